"""The store's data key, wrapped by a key derived from the user's passphrase.

A random 256-bit data key encrypts the SQLCipher store, its backups and the attachment files
(PIPL Art. 51: encryption of personal information). It is never written in the clear: the key
file beside the store holds it encrypted (AES-256-GCM) under a key derived from the passphrase
with scrypt, like CommCare's per-user key, so a stolen laptop cannot be opened even with the OS
session unlocked. Changing the passphrase re-wraps the same data key; nothing is re-encrypted.

Wrong passphrases are slowed down (等保 2.0 login-failure handling): after three failures each
further attempt waits twice as long as the last, up to five minutes, and the count survives a
restart because it is kept in the key file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gridwarden.errors import GridWardenError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message

KEY_FILE = "store.key"
FORMAT = 1
AAD = b"gridwarden store key v1"
# The passphrase of demo stores, filled in by the sign-in screen (labelled as demo data), and of
# the stores the test suite makes.
DEMO_PASSPHRASE = "gridwarden-demo"
TEST_PASSPHRASE = "gridwarden-test"
MIN_PASSPHRASE = 8
FREE_FAILURES = 3
MAX_WAIT_S = 300


@dataclass(frozen=True)
class KdfCost:
    """scrypt's cost: n=2^17, r=8 takes ~0.3 s and 128 MiB, which makes guessing expensive."""

    n: int = 2**17
    r: int = 8
    p: int = 1


# Tests and benchmarks that make hundreds of stores use a cheap cost; the key file records the
# cost it was made with, so opening needs no knowledge of it.
CHEAP_COST = KdfCost(n=2**10, r=8, p=1)


def _cost_for(passphrase: str, cost: KdfCost | None) -> KdfCost:
    """The cost asked for; else the cheap one for the demo's passphrase, which the source and
    the sign-in screen print (a guesser tries it first: 0.3 s and 128 MiB of scrypt would buy
    it no protection, only slow every demo start), and the product's for any other."""
    if cost is not None:
        return cost
    return CHEAP_COST if passphrase == DEMO_PASSPHRASE else KdfCost()


class StoreKeyError(GridWardenError):
    """The key file is missing, damaged, or the passphrase does not open it."""


class WrongPassphrase(StoreKeyError):
    def __init__(self, failures: int, wait_s: int) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("core", "口令不正确，数据未被改动。已连续错误 {failures} 次。"),
                {"failures": failures},
            )
            if wait_s == 0
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "口令不正确，数据未被改动。已连续错误 {failures} 次，请 {wait} 秒后再试。",
                ),
                {"failures": failures, "wait": wait_s},
            )
        )
        self.failures, self.wait_s = failures, wait_s


class TooSoon(StoreKeyError):
    def __init__(self, wait_s: int) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("core", "口令错误次数过多，请 {wait} 秒后再试。"),
                {"wait": wait_s},
            )
        )
        self.wait_s = wait_s


class WeakPassphrase(StoreKeyError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("core", "口令至少 {n} 个字符。"),
                {"n": MIN_PASSPHRASE},
            )
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=cost.n,
        r=cost.r,
        p=cost.p,
        maxmem=256 * 1024 * 1024,
        dklen=32,
    )


def key_path(root: Path) -> Path:
    return root / KEY_FILE


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreKeyError(
            Message(QT_TRANSLATE_NOOP("core", "找不到本地数据的密钥文件 {file}。"), {"file": path})
        ) from None
    except (OSError, ValueError):
        raw = None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise StoreKeyError(
            Message(
                QT_TRANSLATE_NOOP("core", "密钥文件 {file} 已损坏，无法打开本地数据。"),
                {"file": path},
            )
        )
    return raw


def _write(path: Path, data: dict[str, Any]) -> None:
    """Replace the key file atomically (a crash leaves the old or the new file, never half)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".store-key-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def exists(root: Path) -> bool:
    return key_path(root).exists()


def is_demo(root: Path) -> bool:
    try:
        return bool(_read(key_path(root)).get("demo"))
    except StoreKeyError:
        return False


def _wrap(data_key: bytes, passphrase: str, cost: KdfCost) -> dict[str, Any]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _derive(passphrase, salt, cost)
    return {
        "kdf": "scrypt",
        "n": cost.n,
        "r": cost.r,
        "p": cost.p,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, AAD)),
    }


def create(
    root: Path, passphrase: str, *, demo: bool = False, cost: KdfCost | None = None
) -> bytes:
    """A new random data key for a new store, wrapped by `passphrase`. Refuses to replace a key
    file (that would make the store unreadable)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase()
    path = key_path(root)
    if path.exists():
        raise FileExistsError(path)
    data_key = secrets.token_bytes(32)
    record = {"format": FORMAT, "demo": demo, "failures": 0, "failed_at": 0.0}
    record.update(_wrap(data_key, passphrase, _cost_for(passphrase, cost)))
    _write(path, record)
    return data_key


def wait_needed(root: Path, now: float | None = None) -> int:
    """Seconds to wait before the next attempt may be tried (0: try now)."""
    record = _read(key_path(root))
    return _wait(record, time.time() if now is None else now)


def _wait(record: dict[str, Any], now: float) -> int:
    failures = int(record.get("failures", 0))
    if failures < FREE_FAILURES:
        return 0
    delay = min(MAX_WAIT_S, 2 ** (failures - FREE_FAILURES + 1))
    return max(0, int(float(record.get("failed_at", 0.0)) + delay - now + 0.999))


def unlock(root: Path, passphrase: str, now: float | None = None) -> bytes:
    """The data key, or WrongPassphrase / TooSoon. Nothing but the failure count changes."""
    path = key_path(root)
    record = _read(path)
    moment = time.time() if now is None else now
    wait = _wait(record, moment)
    if wait:
        raise TooSoon(wait)
    try:
        cost = KdfCost(int(record["n"]), int(record["r"]), int(record["p"]))
        kek = _derive(passphrase, _unb64(record["salt"]), cost)
        data_key = AESGCM(kek).decrypt(_unb64(record["nonce"]), _unb64(record["wrapped"]), AAD)
    except InvalidTag:
        record["failures"] = int(record.get("failures", 0)) + 1
        record["failed_at"] = moment
        _write(path, record)
        raise WrongPassphrase(record["failures"], _wait(record, moment)) from None
    except (KeyError, ValueError, TypeError):
        raise StoreKeyError(
            Message(
                QT_TRANSLATE_NOOP("core", "密钥文件 {file} 已损坏，无法打开本地数据。"),
                {"file": path},
            )
        ) from None
    if record.get("failures"):
        record["failures"], record["failed_at"] = 0, 0.0
        _write(path, record)
    return data_key


def change_passphrase(root: Path, old: str, new: str, *, cost: KdfCost | None = None) -> None:
    """Re-wrap the same data key under a new passphrase; a demo store stops being one."""
    if len(new) < MIN_PASSPHRASE:
        raise WeakPassphrase()
    data_key = unlock(root, old)
    record = _read(key_path(root))
    record.update(_wrap(data_key, new, _cost_for(new, cost)))
    record["demo"] = False
    _write(key_path(root), record)


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A separate key per use (files, audit) derived from the data key (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=purpose.encode("utf-8")).derive(data_key)


def unlock_or_create(
    root: Path, passphrase: str, *, demo: bool = False, cost: KdfCost | None = None
) -> bytes:
    """Open the key file, or make one for a new store (automation, tests, the demo)."""
    if exists(root):
        return unlock(root, passphrase)
    return create(root, passphrase, demo=demo, cost=cost)
