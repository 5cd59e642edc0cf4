"""The real program, started as a user (or CI) starts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from gridwarden import __version__
from gridwarden.db.engine import connect
from gridwarden.db.migrate import quick_head
from gridwarden.security import keys

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRIDWARDEN_NO_CRASH_DIALOG": "1"}


def run(*args: str, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gridwarden", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=ENV,
    )


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"gridwarden {__version__}"


def test_demo_start_seeds_an_empty_store_and_screenshots_the_page(tmp_path: Path) -> None:
    data = tmp_path / "profile"
    shot = tmp_path / "households.png"
    done = run(
        "--data-dir",
        str(data),
        "--demo",
        "--demo-households",
        "300",
        "--page",
        "households",
        "--screenshot",
        str(shot),
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)  # a screenshot renders the laptop
    with connect(data / "gridwarden.sqlite", keys.unlock(data, keys.DEMO_PASSPHRASE)) as conn:
        assert conn.execute("SELECT count(*) FROM household").fetchone() == (300,)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (quick_head(),)
    settings = (data / "settings.json").read_text(encoding="utf-8")
    assert '"user_name": "王芳"' in settings
    # a second start keeps the data as it is: --demo seeds only an empty store
    again = run(
        "--data-dir",
        str(data),
        "--demo",
        "--page",
        "today",
        "--screenshot",
        str(tmp_path / "today.png"),
    )
    assert again.returncode == 0, again.stderr
    with connect(data / "gridwarden.sqlite", keys.unlock(data, keys.DEMO_PASSPHRASE)) as conn:
        assert conn.execute("SELECT count(*) FROM household").fetchone() == (300,)
    log = (data / "logs" / "gridwarden.log").read_text(encoding="utf-8")
    assert "screenshot" in log


def test_unknown_page_is_refused_with_the_choices(tmp_path: Path) -> None:
    done = run("--data-dir", str(tmp_path), "--page", "nowhere")
    assert done.returncode == 2
    assert "households" in done.stderr


def test_a_plaintext_demo_store_from_before_encryption_is_converted_at_start(
    tmp_path: Path,
) -> None:
    from gridwarden.clock import SystemClock
    from gridwarden.db.engine import is_plaintext
    from gridwarden.demo.generator import DemoSize, seed
    from gridwarden.paths import data_paths
    from gridwarden.settings import Settings
    from gridwarden.store import open_store

    paths = data_paths(tmp_path / "old")
    old = open_store(paths, None)  # as the app wrote it before encryption
    seed(old.sessions, SystemClock(), Settings(), DemoSize(households=30))
    old.close()
    assert is_plaintext(paths.store)
    done = run("--data-dir", str(paths.root), "--demo", "--screenshot", str(tmp_path / "shot.png"))
    assert done.returncode == 0, done.stderr
    assert not is_plaintext(paths.store)
    plain_left = [p.name for p in paths.root.rglob("*") if p.is_file() and is_plaintext(p)]
    assert plain_left == []
    key = keys.unlock(paths.root, keys.DEMO_PASSPHRASE)  # converted under the demo passphrase
    with connect(paths.store, key) as conn:
        assert conn.execute("SELECT count(*) FROM household").fetchone() == (30,)
    [backup] = list(paths.backups.glob("gridwarden-*-encrypted.sqlite"))
    with connect(backup, key) as conn:
        assert conn.execute("SELECT count(*) FROM household").fetchone() == (30,)
