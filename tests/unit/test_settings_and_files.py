from pathlib import Path

from gridwarden.attachments import AttachmentStore
from gridwarden.settings import Settings


def test_malformed_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert Settings.load(path) == Settings()


def test_settings_round_trip_and_wrong_types_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(user_name="李明", near_deadline_days=3).save(path)
    assert Settings.load(path).user_name == "李明"
    path.write_text(
        '{"near_deadline_days": "three", "user_name": "赵六", "bogus": 1}', encoding="utf-8"
    )
    loaded = Settings.load(path)
    assert (loaded.near_deadline_days, loaded.user_name) == (1, "赵六")


def test_same_content_is_stored_once(tmp_path: Path) -> None:
    files = AttachmentStore(tmp_path / "att")
    a, b = tmp_path / "a.jpg", tmp_path / "b.jpg"
    a.write_bytes(b"photo")
    b.write_bytes(b"photo")
    first, second = files.put(a), files.put(b)
    assert first.sha256 == second.sha256 and first.mime == "image/jpeg"
    assert files.verify(first.sha256)
    assert [p.name for p in (tmp_path / "att").rglob("*") if p.is_file()] == [first.sha256]
