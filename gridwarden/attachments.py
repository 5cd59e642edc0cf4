"""Content-addressed file storage in the data dir: attachments/ab/abcdef… (sha256).

A file is hashed while it is copied to a temporary name, flushed, then renamed into place, so a
crash never leaves a half-written blob under a valid hash. Storing the same content twice is a
no-op. Rows that point at blobs are written in the service's transaction; a blob with no row
(a crash between the two) is harmless and can be collected.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from gridwarden.errors import ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg

MAX_BYTES = 25 * 1024 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    filename: str
    mime: str


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

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
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        size = 0
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return StoredFile(sha, size, source.name, mime)

    def verify(self, sha256: str) -> bool:
        """Re-hash a stored blob (the sync upload checks this before sending)."""
        digest = hashlib.sha256()
        with self.path(sha256).open("rb") as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256
