"""Bring the store to the current schema at start-up, after a backup copy.

Checking is cheap (one SELECT and the head id of the version scripts); the backup and the
upgrade happen only when the store is behind. The backup uses SQLite's online backup API so a
WAL store is copied consistently; both ends are keyed with the data key, so backups are as
encrypted as the store.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from gridwarden.clock import SystemClock, to_local
from gridwarden.db.engine import connect
from gridwarden.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("gridwarden.db")
KEEP_BACKUPS = 5


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _alembic_config(store: Path | None = None) -> Config:
    from alembic.config import Config  # imported lazily: alembic costs start-up time

    config = Config()
    config.set_main_option("script_location", str(migrations_dir() / "local"))
    if store is not None:
        config.set_main_option("sqlalchemy.url", f"sqlite:///{store}")
    return config


_REVISION = re.compile(r"^revision(?::[^=]*)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?\s*=\s*(.+)$", re.MULTILINE)


def quick_head() -> str | None:
    """The head revision read straight from the version files, without importing alembic
    (a third of start-up time). None when the files are not a plain tree with one head; the
    caller then asks alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "local" / "versions").glob("*.py"):
        if path.name == "__init__.py":
            continue
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


@cache
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found in " + str(migrations_dir()))
    return head


def current_revision(store: Path, key: bytes | None) -> str | None:
    if not store.exists() or store.stat().st_size == 0:
        return None
    with closing(connect(store, key)) as conn:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return found[0] if found else None


def backup(
    store: Path, backups: Path, label: str, key: bytes | None, stem: str | None = None
) -> Path:
    backups.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = to_local(SystemClock().now()).strftime("%Y%m%d-%H%M%S")
    stem = stem or store.stem
    target = backups / f"{stem}-{stamp}-{label}.sqlite"
    target.touch(mode=0o600)
    with closing(connect(store, key)) as source, closing(connect(target, key)) as copy:
        source.backup(copy)
    old = sorted(backups.glob(f"{stem}-*.sqlite"))[:-KEEP_BACKUPS]
    for path in old:
        path.unlink(missing_ok=True)
    return target


def upgrade(
    store: Path,
    backups: Path,
    key: bytes | None,
    target: str = "head",
    progress: Callable[[str], None] | None = None,
) -> MigrationResult:
    """Upgrade `store` to `target` (default: head). A store with data is backed up first."""
    before = current_revision(store, key)
    if target == "head" and before is not None and before == quick_head():
        return MigrationResult(before, before, None)  # the usual start: nothing to do

    from alembic import command

    from gridwarden.db.engine import make_engine

    wanted = head_revision() if target == "head" else target
    if before == wanted:
        return MigrationResult(before, wanted, None)
    copy = backup(store, backups, before or "unversioned", key) if before is not None else None
    if copy:
        log.info("backed up store to %s before migrating from %s", copy, before)
    if progress:
        progress(f"{before or '∅'} → {wanted}")
    engine = make_engine(store, key, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = _alembic_config(store)
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()
    log.info("store migrated from %s to %s", before, wanted)
    return MigrationResult(before, wanted, copy)
