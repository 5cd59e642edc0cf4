"""Converting a plaintext store (made before encryption) into an encrypted one, at start-up.

Steps, each safe to interrupt: (1) export the plaintext store into a new SQLCipher file keyed
with the data key (`sqlcipher_export`), (2) check every table has the same row count, (3) keep an
encrypted backup copy, (4) move the plaintext aside and the encrypted file into its place, (5)
overwrite the plaintext with zeros and delete it, with its WAL and shared-memory files. Plaintext
backups in the backups folder are converted the same way. A crash between (4) and (5) leaves
`gridwarden.sqlite.plaintext` beside an encrypted store: the next start removes it; a crash
before (4) leaves the plaintext store untouched and the next start begins again.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from gridwarden.db import migrate
from gridwarden.db.engine import cipher_settings, connect, is_plaintext, raw_key
from gridwarden.paths import DataPaths

log = logging.getLogger("gridwarden.security")
Progress = Callable[[str], None]


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then delete it. (On SSDs and copy-on-write file systems the
    old blocks may survive; the data key is what protects the data, this only shortens the
    plaintext's life.)"""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as handle:
        chunk = b"\0" * 1_048_576
        left = size
        while left > 0:
            handle.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def encrypt_file(plain: Path, target: Path, key: bytes) -> dict[str, int]:
    """Write an encrypted copy of the plaintext SQLite file `plain` to `target`; return the
    row counts, checked equal on both sides."""
    import sqlcipher3

    target.unlink(missing_ok=True)
    target.touch(mode=0o600)
    with closing(sqlite3.connect(plain)) as source:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _counts(source)
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
    conn = sqlcipher3.connect(str(plain))
    try:
        conn.execute(f'ATTACH DATABASE ? AS enc KEY "{raw_key(key)}"', (str(target),))
        cipher_settings(conn, "enc")
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute(f"PRAGMA enc.user_version = {int(user_version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    with closing(connect(target, key)) as check:
        after = _counts(check)
    if after != before:
        target.unlink(missing_ok=True)
        raise RuntimeError(f"encrypted copy differs from the plaintext store: {before} {after}")
    with target.open("rb") as handle:
        os.fsync(handle.fileno())
    return after


def _remove_plain(store: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        side = store.with_name(store.name + suffix)
        if side.exists():
            shred(side)
    shred(store)


def seeded_demo(plain: Path) -> bool:
    """A plaintext store that holds the demo district (it converts under the demo passphrase)."""
    try:
        with closing(sqlite3.connect(f"file:{plain}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT 1 FROM local_meta WHERE key = 'demo_seeded'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None


def convert_store(paths: DataPaths, key: bytes, progress: Progress | None = None) -> Path | None:
    """Encrypt a plaintext store (and plaintext backups) in place. Returns the encrypted backup
    made on the way, or None when there was nothing to convert."""
    store = paths.store
    aside = store.with_name(store.name + ".plaintext")
    if aside.exists():
        if store.exists() and not is_plaintext(store):
            log.info("removing the plaintext copy left by an interrupted conversion")
            _remove_plain(aside)
        elif not store.exists():
            os.replace(aside, store)  # interrupted before the swap: start again
    made: Path | None = None
    if is_plaintext(store):
        if progress:
            progress("encrypt")
        converting = store.with_name(store.name + ".converting")
        counts = encrypt_file(store, converting, key)
        label = migrate.current_revision(converting, key) or "unversioned"
        if progress:
            progress("backup")
        made = migrate.backup(converting, paths.backups, f"{label}-encrypted", key, stem=store.stem)
        os.replace(store, aside)
        for suffix in ("-wal", "-shm"):
            side = store.with_name(store.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(converting, store)
        _remove_plain(aside)
        log.info("store encrypted: %d tables, %d rows", len(counts), sum(counts.values()))
    for old in sorted(paths.backups.glob("*.sqlite")):
        if is_plaintext(old):
            if progress:
                progress("backups")
            converting = old.with_name(old.name + ".converting")
            encrypt_file(old, converting, key)
            aside_backup = old.with_name(old.name + ".plaintext")
            os.replace(old, aside_backup)
            os.replace(converting, old)
            _remove_plain(aside_backup)
            log.info("backup %s encrypted", old.name)
    return made
