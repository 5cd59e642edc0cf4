"""Where things live: the per-user data dir, and the bundled migrations and resources.

The data dir comes from platformdirs unless `--data-dir` (or GRIDWARDEN_DATA_DIR) overrides it, so
tests and smoke runs never touch a real profile. Migrations and resources are found in three
layouts: the PyInstaller bundle (sys._MEIPASS), an installed wheel (inside the gridwarden package)
and the source tree (top-level folders beside gridwarden/).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "GridWarden"
STORE_FILE = "gridwarden.sqlite"


def _bundled_dir(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / name
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / name
    if installed.is_dir():
        return installed
    return package_dir.parent / name


def migrations_dir() -> Path:
    return _bundled_dir("migrations")


def resources_dir() -> Path:
    return _bundled_dir("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True)
class DataPaths:
    """Every file the app writes sits below `root`."""

    root: Path

    @property
    def store(self) -> Path:
        return self.root / STORE_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def viewing(self) -> Path:
        """Short-lived plaintext copies of attachments opened in the OS viewer."""
        return self.root / "viewing"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.attachments, self.exports, self.logs):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def data_paths(override: str | os.PathLike[str] | None = None) -> DataPaths:
    chosen = override or os.environ.get("GRIDWARDEN_DATA_DIR")
    root = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return DataPaths(root.expanduser().resolve()).ensure()
