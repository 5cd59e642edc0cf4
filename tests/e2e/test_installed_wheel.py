"""A non-editable install, run from another folder, finds its migrations and resources."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gridwarden.db.engine import connect
from gridwarden.security import keys

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_installed_elsewhere_migrates_and_starts(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    wheel = next(wheels.glob("gridwarden-*.whl"))
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "QT_QPA_PLATFORM": "offscreen",
        "GRIDWARDEN_NO_CRASH_DIALOG": "1",
    }
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import gridwarden.paths as p; print(p.migrations_dir()); print(p.resources_dir())",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    migrations, resources = where.stdout.split()
    assert migrations.startswith(str(target)) and resources.startswith(str(target))
    assert (Path(resources) / "styles" / "app.qss").is_file()
    # the district server's own Alembic history ships too
    assert (Path(migrations) / "server" / "env.py").is_file()
    assert list((Path(migrations) / "server" / "versions").glob("*_srv0001_*.py"))
    data = tmp_path / "data"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gridwarden",
            "--data-dir",
            str(data),
            "--demo",
            "--demo-households",
            "120",
            "--screenshot",
            str(tmp_path / "shot.png"),
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    with connect(data / "gridwarden.sqlite", keys.unlock(data, keys.DEMO_PASSPHRASE)) as conn:
        assert conn.execute("SELECT count(*) FROM household").fetchone() == (120,)
    assert (tmp_path / "shot.png").stat().st_size > 10_000
