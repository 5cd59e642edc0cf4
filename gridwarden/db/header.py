"""A store file's first bytes: plaintext SQLite or not. Apart from the engine so that the app's
first window (the sign-in screen) can ask without importing SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

PLAIN_HEADER = b"SQLite format 3\x00"


def is_plaintext(path: Path) -> bool:
    """True for an unencrypted SQLite file (an empty or missing file is neither)."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except FileNotFoundError:
        return False
