"""Attachment files on the server: content-addressed, uploaded in resumable chunks, verified by
sha256, handed out only to users whose scope holds a live record that points at the file.

Partial uploads are kept per device (blobs/.partial/<sha>.<device>), so a guessed hash reveals
nothing: the status of a file the caller cannot see reads as "nothing received yet".
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from gridwarden.protocol.messages import BLOB_CHUNK, MAX_BLOB_BYTES, BlobStatus
from gridwarden.server.auth import Caller
from gridwarden.server.config import ServerConfig
from gridwarden.server.db import Blob, Record, Upload, utcnow


class BlobRefused(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


def blob_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256


def _partial(root: Path, sha256: str, device: str) -> Path:
    return root / ".partial" / f"{sha256}.{device}"


def may_read(session: Session, caller: Caller, sha256: str) -> bool:
    query = select(col(Record.scope)).where(
        col(Record.blob) == sha256, col(Record.deleted).is_(False)
    )
    return any(caller.sees(scope) for scope in session.execute(query).scalars())


def may_reference(session: Session, caller: Caller, sha256: str) -> bool:
    """A pushed record may name this file: the caller's user uploaded it, or the caller can
    read it already (it is attached to a live record in the caller's scope)."""
    blob = session.get(Blob, sha256)
    if blob is None:
        return False
    return blob.created_by == caller.user_id or may_read(session, caller, sha256)


def expire_uploads(session: Session, root: Path, older_than: datetime) -> int:
    """Forget unfinished uploads nobody touched since `older_than` (and their partial files)."""
    stale = list(
        session.execute(select(Upload).where(col(Upload.updated_at) < older_than)).scalars()
    )
    for upload in stale:
        _partial(root, upload.sha256, upload.device_id).unlink(missing_ok=True)
        session.delete(upload)
    return len(stale)


def status(session: Session, caller: Caller, sha256: str) -> BlobStatus:
    blob = session.get(Blob, sha256)
    if blob is not None and (
        blob.created_by == caller.user_id or may_read(session, caller, sha256)
    ):
        return BlobStatus(sha256=sha256, size=blob.size, received=blob.size, complete=True)
    upload = session.get(Upload, (sha256, caller.device_id))
    if upload is not None:
        return BlobStatus(sha256=sha256, size=upload.size, received=upload.received, complete=False)
    return BlobStatus(sha256=sha256, size=0, received=0, complete=False)


def receive(
    session: Session,
    root: Path,
    caller: Caller,
    sha256: str,
    offset: int,
    size: int,
    data: bytes,
    config: ServerConfig | None = None,
) -> BlobStatus:
    """Append one chunk at `offset` (must equal what was received so far). A device keeps at
    most `uploads_per_device` unfinished uploads; untouched ones expire."""
    config = config or ServerConfig()
    if not 0 < size <= MAX_BLOB_BYTES:
        raise BlobRefused(413, "too_large", "file too large")
    if len(data) > BLOB_CHUNK * 4 or offset + len(data) > size:
        raise BlobRefused(400, "bad_chunk", "chunk does not fit the declared size")
    with session.begin():
        expire_uploads(session, root, utcnow() - config.upload_expiry)
        known = session.get(Blob, sha256)
        upload = session.get(Upload, (sha256, caller.device_id))
        if upload is None:
            open_uploads = session.execute(
                select(func.count())
                .select_from(Upload)
                .where(col(Upload.device_id) == caller.device_id)
            ).scalar_one()
            if open_uploads >= config.uploads_per_device:
                raise BlobRefused(
                    429, "too_many_uploads", "finish or abandon earlier uploads first"
                )
        if upload is None or upload.size != size:
            upload = upload or Upload(
                sha256=sha256, device_id=caller.device_id, size=size, updated_at=utcnow()
            )
            upload.size, upload.received, upload.updated_at = size, 0, utcnow()
        if offset != upload.received:
            raise BlobRefused(409, "offset", f"expected offset {upload.received}")
        part = _partial(root, sha256, caller.device_id)
        part.parent.mkdir(parents=True, exist_ok=True)
        with part.open("r+b" if offset and part.exists() else "wb") as out:
            out.seek(offset)
            out.write(data)
            out.truncate()
            out.flush()
            os.fsync(out.fileno())
        upload.received = offset + len(data)
        upload.updated_at = utcnow()
        session.add(upload)
        if upload.received < size:
            return BlobStatus(sha256=sha256, size=size, received=upload.received, complete=False)
        digest = hashlib.sha256()
        with part.open("rb") as src:
            while chunk := src.read(BLOB_CHUNK):
                digest.update(chunk)
        if upload in session.new:
            session.expunge(upload)
        else:
            session.delete(upload)
        if digest.hexdigest() != sha256:
            part.unlink(missing_ok=True)
            mismatch = True
        else:
            mismatch = False
            _keep(root, part, sha256)
            if known is None:
                session.add(
                    Blob(sha256=sha256, size=size, created_by=caller.user_id, created_at=utcnow())
                )
    if mismatch:  # the upload starts over; the client re-reads its file
        raise BlobRefused(422, "hash_mismatch", "content does not match its sha256")
    return BlobStatus(sha256=sha256, size=size, received=size, complete=True)


def _keep(root: Path, part: Path, sha256: str) -> None:
    target = blob_path(root, sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        part.unlink()
    else:
        os.replace(part, target)


def readable_path(session: Session, root: Path, caller: Caller, sha256: str) -> Path | None:
    if session.get(Blob, sha256) is None or not may_read(session, caller, sha256):
        return None
    path = blob_path(root, sha256)
    return path if path.is_file() else None
