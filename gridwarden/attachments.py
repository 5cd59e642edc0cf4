"""Content-addressed file storage in the data dir: attachments/ab/abcdef… (sha256).

A file is hashed while it is copied to a temporary name, flushed, then renamed into place, so a
crash never leaves a half-written blob under a valid hash. Storing the same content twice is a
no-op. Rows that point at blobs are written in the service's transaction; a blob with no row
(a crash between the two) is harmless and can be collected.

Encrypted at rest (PIPL Art. 51): with a data key, each blob is one AEAD message — AES-256-GCM,
or SM4-GCM for commercial-cryptography assessment (密评, GB/T 39786-2021) — under a key derived
from the store's data key, with the plaintext's sha256 as associated data, so a blob cannot be
swapped for another. The name stays the sha256 of the plaintext: sync is unchanged. A blob from
before encryption (no header) is still read, and encrypted by `encrypt_legacy` at start-up.

A hash is only ever accepted as 64 lower-case hex characters, and a path is only ever built
inside the attachments folder: a synced record naming `../../etc/passwd` or a Windows share path
is refused, never opened.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg

MAX_BYTES = 25 * 1024 * 1024
CHUNK = 1024 * 1024
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
MAGIC = b"GWE1"
CIPHERS = {"aes-256-gcm": 1, "sm4-gcm": 2}


def valid_sha(value: object) -> bool:
    """64 lower-case hex characters and nothing else (no separators, no dots, no drive)."""
    return isinstance(value, str) and SHA256_HEX.fullmatch(value) is not None


class BadAttachment(ValueError):
    """A hash that is not one, or a stored file that fails its check."""


def _seal(alg: int, key: bytes, plain: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    if alg == 2:
        enc = Cipher(algorithms.SM4(key[:16]), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(aad)
        body = enc.update(plain) + enc.finalize() + enc.tag
    else:
        body = AESGCM(key).encrypt(nonce, plain, aad)
    return MAGIC + bytes([alg]) + nonce + body


def _open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    alg, nonce, body = blob[4], blob[5:17], blob[17:]
    if alg == 2:
        dec = Cipher(algorithms.SM4(key[:16]), modes.GCM(nonce, body[-16:])).decryptor()
        dec.authenticate_additional_data(aad)
        return dec.update(body[:-16]) + dec.finalize()
    if alg == 1:
        return AESGCM(key).decrypt(nonce, body, aad)
    raise BadAttachment("unknown cipher")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    filename: str
    mime: str


class AttachmentStore:
    def __init__(self, root: Path, key: bytes | None = None, cipher: str = "aes-256-gcm") -> None:
        """`key`: the store's data key (None: plaintext blobs, the benchmarks' baseline)."""
        self.root = root
        self._key: bytes | None = None
        if key is not None:
            from gridwarden.security.keys import subkey

            self._key = subkey(key, "gridwarden attachments v1")
        self._alg = CIPHERS.get(cipher, 1)

    def path(self, sha256: str) -> Path:
        """The blob's file, checked: a valid hash, a path inside the attachments folder."""
        if not valid_sha(sha256):
            raise BadAttachment("not a sha256 hash")
        root = self.root.resolve()
        path = (root / sha256[:2] / sha256).resolve()
        if not path.is_relative_to(root):
            raise BadAttachment("outside the attachments folder")
        return path

    def has(self, sha256: str) -> bool:
        return valid_sha(sha256) and self.path(sha256).is_file()

    def _encode(self, sha256: str, plain: bytes) -> bytes:
        if self._key is None:
            return plain
        return _seal(self._alg, self._key, plain, sha256.encode("ascii"))

    def read(self, sha256: str) -> bytes:
        """The plaintext, checked against its hash (BadAttachment when it does not match)."""
        blob = self.path(sha256).read_bytes()
        if blob[:4] == MAGIC:
            if self._key is None:
                raise BadAttachment("encrypted blob and no key")
            try:
                plain = _open_sealed(self._key, blob, sha256.encode("ascii"))
            except InvalidTag:
                raise BadAttachment("blob fails its authentication tag") from None
        else:
            plain = blob  # from before encryption
        if hashlib.sha256(plain).hexdigest() != sha256:
            raise BadAttachment("blob does not match its hash")
        return plain

    def write(self, plain: bytes) -> str:
        """Store bytes (a download); returns their sha256."""
        sha = hashlib.sha256(plain).hexdigest()
        self._place(sha, self._encode(sha, plain))
        return sha

    def _place(self, sha: str, data: bytes) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = self.path(sha)
        if target.exists():
            return
        target.parent.mkdir(exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise

    def encrypt_legacy(self) -> int:
        """Encrypt blobs stored before encryption; how many. A blob whose content does not
        match its name is left alone (and refused when read)."""
        if self._key is None or not self.root.exists():
            return 0
        done = 0
        for path in self.root.glob("??/*"):
            if not valid_sha(path.name) or path.read_bytes()[:4] == MAGIC:
                continue
            plain = path.read_bytes()
            if hashlib.sha256(plain).hexdigest() != path.name:
                continue
            fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
            with os.fdopen(fd, "wb") as out:
                out.write(self._encode(path.name, plain))
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp_name, path)
            done += 1
        return done

    def reveal(self, sha256: str, viewing: Path, filename: str) -> Path:
        """A plaintext copy for the OS viewer, in the private viewing folder inside the data
        dir (emptied at start, at lock and at exit). The file name is reduced to its last
        part, so a synced name cannot place the copy elsewhere."""
        plain = self.read(sha256)
        viewing.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = viewing / sha256[:16]
        folder.mkdir(exist_ok=True, mode=0o700)
        name = re.split(r"[\\/]", filename)[-1].strip(". ") or sha256[:16]
        target = folder / name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(plain)
        return target

    def put(self, source: Path) -> StoredFile:
        if not source.is_file():
            raise ValidationError(
                {
                    "attachments": msg(
                        QT_TRANSLATE_NOOP("core", "找不到文件：{name}"), name=source.name
                    )
                }
            )
        if source.stat().st_size > MAX_BYTES:
            raise ValidationError(
                {
                    "attachments": msg(
                        QT_TRANSLATE_NOOP("core", "文件过大：{name}（单个附件不超过 25 MB）"),
                        name=source.name,
                    )
                }
            )
        plain = source.read_bytes()
        size = len(plain)
        sha = self.write(plain)
        mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return StoredFile(sha, size, source.name, mime)

    def verify(self, sha256: str) -> bool:
        """Decrypt and re-hash a stored blob (the sync upload checks this before sending)."""
        try:
            self.read(sha256)
        except (BadAttachment, OSError):
            return False
        return True
