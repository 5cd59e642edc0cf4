"""A crash log for what no Python handler sees (a segfault in Qt or SQLCipher, an abort): the
standard library's faulthandler writes the thread tracebacks to logs/crash.log in the data
folder. At the next start the app shows a log the previous run left (and moves it aside, so it is
shown once): see `previous` and ui/dialogs/crash.py."""

from __future__ import annotations

import faulthandler
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from gridwarden.paths import DataPaths

CRASH_LOG = "crash.log"
KEEP = 5  # earlier crash logs kept beside it


@dataclass(frozen=True)
class Crash:
    """A crash log the previous run left: where it now lies (moved aside) and its text."""

    path: Path
    text: str


def log_path(paths: DataPaths) -> Path:
    return paths.logs / CRASH_LOG


def previous(paths: DataPaths) -> Crash | None:
    """The crash log of the previous run, if it wrote one, moved aside to crash-<time>.log
    (named by when it was written); None when the previous run ended without a fatal error."""
    current = log_path(paths)
    try:
        text = current.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    if not text.strip():
        return None
    written = datetime.fromtimestamp(current.stat().st_mtime, UTC)
    kept = current.with_name(f"crash-{written:%Y%m%d-%H%M%S}.log")
    current.replace(kept)
    for old in sorted(paths.logs.glob("crash-*.log"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return Crash(kept, text)


def enable(paths: DataPaths) -> TextIO:
    """Send fatal errors' tracebacks (all threads) to a fresh crash log for this run. The file
    stays open for the life of the process (faulthandler writes to its descriptor)."""
    stream = log_path(paths).open("w", encoding="utf-8")
    faulthandler.enable(stream, all_threads=True)
    return stream


def disable(stream: TextIO) -> None:
    """The app ended normally: stop watching and close the (empty) crash log."""
    faulthandler.disable()
    stream.close()
