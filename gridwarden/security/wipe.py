"""Wiping the laptop when its device was revoked or its user disabled (a lost laptop made a
non-event; PIPL Art. 51). The key file goes first, overwritten: without it the store and its
backups are unreadable even where old disk blocks survive (crypto-erase). Then the store, its
backups, attachments, exports and viewing copies are deleted, and a remembered key is dropped
from the OS keyring. The log (which holds no personal data) and the settings stay, and the log
records the wipe."""

from __future__ import annotations

import logging
import shutil

from gridwarden.paths import DataPaths
from gridwarden.security import keys, remember
from gridwarden.security.convert import shred

log = logging.getLogger("gridwarden.security")


def wipe(paths: DataPaths, reason: str) -> list[str]:
    """Remove everything personal; the names of what was removed (for the log and a test)."""
    removed: list[str] = []
    key = keys.key_path(paths.root)
    if key.exists():
        shred(key)
        removed.append(key.name)
    for suffix in ("", "-wal", "-shm", "-journal", ".converting", ".plaintext"):
        file = paths.store.with_name(paths.store.name + suffix)
        if file.exists():
            file.unlink()
            removed.append(file.name)
    for folder in (paths.backups, paths.attachments, paths.exports, paths.viewing):
        if folder.exists():
            shutil.rmtree(folder)
            removed.append(folder.name + "/")
    remember.forget(paths.root)
    log.warning("local data wiped (%s): %s", reason, ", ".join(removed))
    return removed
