"""Attachments: encrypted at rest, named by their plaintext's sha256, only opened from inside
the data dir; a record naming a file by anything but a hash is refused (PIPL Art. 51)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlmodel import col, select

from gridwarden.attachments import MAGIC, AttachmentStore, BadAttachment, valid_sha
from gridwarden.errors import NotFoundError
from gridwarden.models import Attachment, AuditEntry
from gridwarden.security import keys
from gridwarden.services.events import EventDraft, EventService
from gridwarden.store import Store
from gridwarden.sync import local
from tests.conftest import Places

PHOTO = b"\x89PNG\r\n\x1a\n" + "现场照片：工农路12号楼道".encode() * 100

BAD_HASHES = [
    "../../etc/passwd",
    "\\\\host\\share\\x.exe",
    "C:\\Windows\\system32\\calc.exe",
    "ab/../../../../etc/passwd" + "0" * 39,
    "A" * 64,  # upper case is not what we write
    "0" * 63,
    "0" * 64 + "\n",
    "",
]


@pytest.mark.parametrize("bad", BAD_HASHES)
def test_only_64_lower_hex_characters_are_a_hash(tmp_path: Path, bad: str) -> None:
    files = AttachmentStore(tmp_path / "attachments", bytes(32))
    assert not valid_sha(bad)
    assert not files.has(bad)
    with pytest.raises(BadAttachment):
        files.path(bad)
    with pytest.raises(BadAttachment):
        files.read(bad)


@pytest.mark.parametrize("cipher", ["aes-256-gcm", "sm4-gcm"])
def test_a_photo_is_stored_encrypted_under_its_plaintext_hash(tmp_path: Path, cipher: str) -> None:
    source = tmp_path / "现场.png"
    source.write_bytes(PHOTO)
    key = bytes(range(32))
    files = AttachmentStore(tmp_path / "attachments", key, cipher)
    stored = files.put(source)
    assert stored.sha256 == hashlib.sha256(PHOTO).hexdigest() and stored.size == len(PHOTO)
    blob = files.path(stored.sha256).read_bytes()
    assert blob[:4] == MAGIC and blob[4] == {"aes-256-gcm": 1, "sm4-gcm": 2}[cipher]
    assert "工农路".encode() not in blob and PHOTO[:8] not in blob
    assert files.read(stored.sha256) == PHOTO and files.verify(stored.sha256)
    # either cipher reads the other's blobs (the header names the cipher)
    other = AttachmentStore(tmp_path / "attachments", key, "sm4-gcm")
    assert other.read(stored.sha256) == PHOTO
    # another store's key cannot, and a changed byte is caught
    with pytest.raises(BadAttachment):
        AttachmentStore(tmp_path / "attachments", bytes(32)).read(stored.sha256)
    files.path(stored.sha256).write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]))
    assert not files.verify(stored.sha256)


def test_blobs_from_before_encryption_are_encrypted_at_start(tmp_path: Path) -> None:
    root = tmp_path / "attachments"
    sha = hashlib.sha256(PHOTO).hexdigest()
    (root / sha[:2]).mkdir(parents=True)
    (root / sha[:2] / sha).write_bytes(PHOTO)
    files = AttachmentStore(root, bytes(range(32)))
    assert files.read(sha) == PHOTO  # still readable before
    assert files.encrypt_legacy() == 1
    assert (root / sha[:2] / sha).read_bytes()[:4] == MAGIC
    assert files.read(sha) == PHOTO and files.encrypt_legacy() == 0


def test_opening_an_attachment_is_audited_and_the_copy_stays_in_the_data_dir(
    store: Store, events: EventService, tmp_path: Path
) -> None:
    source = tmp_path / "现场.png"
    source.write_bytes(PHOTO)
    event_id = events.report(EventDraft("other", "路灯损坏", "工农路")).primary_id or ""
    events.attach(event_id, [source])
    sha = hashlib.sha256(PHOTO).hexdigest()
    opened = events.open_attachment(sha, "..\\..\\evil/../现场.png")
    assert opened.read_bytes() == PHOTO
    assert opened.name == "现场.png"
    assert opened.parent.parent == store.paths.viewing
    with store.sessions() as session:
        last = (
            session.execute(select(AuditEntry).order_by(col(AuditEntry.id).desc()))
            .scalars()
            .first()
        )
    assert last is not None and last.action == "attachment.open"
    assert last.detail == {"sha256": sha}
    with pytest.raises(NotFoundError):
        events.open_attachment("../../etc/passwd", "passwd")


def test_a_pulled_record_naming_a_path_is_refused(store: Store, places: Places) -> None:
    def change(record_id: str, sha: str) -> dict[str, object]:
        return {
            "entity": "attachment",
            "id": record_id,
            "version": 1,
            "seq": 1,
            "data": {
                "sha256": sha,
                "owner_entity": "grid_event",
                "owner_id": "e1",
                "filename": "x.exe",
                "mime": "application/octet-stream",
                "size": 10,
                "updated_at": "2026-11-29T02:00:00+00:00",
                "updated_by": "server",
            },
        }

    good = "a" * 64
    with store.sessions() as session, session.begin():
        local.apply_changes(
            session,
            [
                change("att-bad-1", "../../etc/passwd"),
                change("att-bad-2", "\\\\host\\share\\x.exe"),
                change("att-good", good),
            ],
        )
    with store.sessions() as session:
        kept = session.execute(select(Attachment.id, Attachment.sha256)).all()
    assert [tuple(row) for row in kept] == [("att-good", good)]
    assert keys.TEST_PASSPHRASE  # the store is the encrypted test store
