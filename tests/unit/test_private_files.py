"""Private files and logs without personal data (PIPL Art. 51; Cybersecurity Law Art. 21)."""

from __future__ import annotations

import logging
import logging.handlers
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from gridwarden import logsetup
from gridwarden.paths import data_paths
from gridwarden.security import permissions
from gridwarden.store import Store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_loose_permissions_are_repaired_at_start(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    loose = paths.exports / "调解协议书.pdf"
    loose.write_bytes(b"%PDF")
    loose.chmod(0o644)
    paths.attachments.chmod(0o755)
    paths.root.chmod(0o755)
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("x")
    outside.chmod(0o644)
    (paths.root / "link").symlink_to(outside)
    repaired = permissions.secure_tree(paths.root)
    assert set(repaired) == {paths.root, paths.attachments, loose}
    assert _mode(paths.root) == 0o700 and _mode(paths.attachments) == 0o700
    assert _mode(loose) == 0o600
    assert _mode(outside) == 0o644  # a link out of the data dir is not followed
    assert permissions.secure_tree(paths.root) == []


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        ("身份证320602199001011234错误", "身份证[身份证号]错误"),
        ("id 32060219900101123X.", "id [身份证号]."),
        ("legacy 320602900101123 ok", "legacy [身份证号] ok"),
        ("手机13912345678，", "手机[手机号]，"),
        ("phone +86 139-1234-5678", "phone [手机号]"),
        ("tel 0513-85100107", "tel [电话]"),
        ("masked 320602********1234", "masked [身份证号]"),
        # not personal: ids, counts, versions stay readable
        ("household 5f3c2a1e-13912345678a x", "household 5f3c2a1e-13912345678a x"),
        ("pulled 1234 records in 139123456789 ms", "pulled 1234 records in 139123456789 ms"),
    ],
)
def test_the_mask_hides_id_and_phone_shapes(line: str, masked: str) -> None:
    assert logsetup.mask(line) == masked


@pytest.mark.logs_errors  # the error is logged on purpose: the log must not hold its values
def test_a_database_error_is_logged_without_its_values(tmp_path: Path, store: Store) -> None:
    log_file = logsetup.configure(tmp_path / "logs")
    try:
        with store.sessions() as session, session.begin():
            session.execute(
                text("INSERT INTO nowhere (name, id_number) VALUES (:n, :i)"),
                {"n": "张三丰", "i": "320602199001011234"},
            )
    except Exception:
        logging.getLogger("gridwarden.test").exception("save failed")
    finally:
        logsetup.close()
    written = log_file.read_text(encoding="utf-8")
    assert "save failed" in written and "no such table: nowhere" in written
    assert "张三丰" not in written and "320602199001011234" not in written
    assert _mode(log_file) == 0o600


def test_logs_are_kept_for_the_retention_days(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    for day in range(1, 11):  # ten days of old logs
        (folder / f"gridwarden.log.2020-01-{day:02d}").write_text("old\n")
    path = logsetup.configure(folder, retention_days=3)
    try:
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_gridwarden", False))
        assert isinstance(handler, logging.handlers.TimedRotatingFileHandler)
        handler.doRollover()  # midnight
    finally:
        logsetup.close()
    kept = sorted(p.name for p in folder.iterdir() if p.name != path.name)
    assert len(kept) == 3 and kept[-1] > "gridwarden.log.2020-01-10"  # today's rolled file
    assert kept[:2] == ["gridwarden.log.2020-01-09", "gridwarden.log.2020-01-10"]


def test_the_data_key_is_remembered_only_in_the_keyring(
    tmp_path: Path, memory_keyring: object
) -> None:
    from gridwarden.security import remember

    key = bytes(range(32))
    assert remember.load(tmp_path) is None
    assert remember.save(tmp_path, key)
    assert remember.load(tmp_path) == key
    assert remember.load(tmp_path / "another") is None  # per data dir
    assert not any(
        key.hex() in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file()
    )
    remember.forget(tmp_path)
    assert remember.load(tmp_path) is None
