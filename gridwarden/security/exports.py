"""The exports folder: every PDF, DOCX, Excel sheet and package the app writes goes to
`exports/` inside the private data dir (0700), is listed for the user, can be emptied in one
action, and is removed after `export_retention_days` (PIPL Art. 19: kept no longer than needed).
Emptying is audited."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from gridwarden.clock import Clock


@dataclass(frozen=True)
class ExportFile:
    relative: str  # inside the exports folder, with "/"
    size: int
    modified: datetime


def list_exports(folder: Path) -> list[ExportFile]:
    found: list[ExportFile] = []
    if not folder.exists():
        return found
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            found.append(
                ExportFile(
                    path.relative_to(folder).as_posix(),
                    stat.st_size,
                    datetime.fromtimestamp(stat.st_mtime).astimezone(),
                )
            )
    return sorted(found, key=lambda f: f.modified, reverse=True)


def _remove(folder: Path, older_than: datetime | None) -> int:
    removed = 0
    if not folder.exists():
        return 0
    for path in sorted(folder.rglob("*"), reverse=True):  # files before their folders
        if path.is_symlink() or path.is_file():
            modified = datetime.fromtimestamp(path.lstat().st_mtime).astimezone()
            if older_than is None or modified < older_than:
                path.unlink()
                removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            os.rmdir(path)
    return removed


def empty_exports(folder: Path) -> int:
    """Remove every exported file; how many."""
    return _remove(folder, None)


def remove_old_exports(folder: Path, days: int, clock: Clock) -> int:
    """Remove exported files older than `days` (0 keeps them); how many."""
    if days <= 0:
        return 0
    return _remove(folder, clock.now() - timedelta(days=days))
