"""Knowing when the server went back in time.

The epoch names one continuous history of the change sequence. It is kept twice: in the
database (server_info) and in a small file beside it (epoch.json, next to the SQLite file or in
the blobs folder), together with the highest sequence number the server has ever acknowledged.
A database restored from a backup, or a SQLite file that lost its last commits to a power cut,
has a lower sequence than the file remembers (or another epoch): the server then starts a new
epoch. Clients that see a new epoch reconcile (gridwarden.sync.client): they pull everything
again, upload what the server lacks, and never delete a record only because the server forgot it.

The file is rewritten (atomically, fsynced) after every push that moved the sequence. Several
server processes may share it (one database, one blobs folder, behind a load balancer): each
writes through its own temporary file under an exclusive lock on epoch.json.lock, and never
lowers the sequence another process wrote.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gridwarden.server.db import ChangeCounter, ServerDB, ServerInfo, head, utcnow

log = logging.getLogger("gridwarden.server")
FILE_NAME = "epoch.json"


def epoch_file(db: ServerDB) -> Path:
    if db.url.startswith("sqlite"):
        return Path(db.url.split("///", 1)[1]).with_name(FILE_NAME)
    return db.blobs / FILE_NAME


class EpochKeeper:
    def __init__(self, db: ServerDB) -> None:
        self.db = db
        self.path = epoch_file(db)
        self.lock = threading.Lock()
        self.epoch = ""
        self.seq = 0
        self.restored = False

    def start(self) -> str:
        """Create the counter and epoch on first start; start a new epoch if the database is
        behind what the server acknowledged before. Returns the epoch."""
        saved = self._read()
        with self.db.writer() as session, session.begin():
            if session.get(ChangeCounter, 1) is None:
                session.add(ChangeCounter(id=1, seq=0))
                session.flush()
            row = session.get(ServerInfo, "epoch")
            seq = head(session)
            if row is None:
                row = ServerInfo(key="epoch", value=str(uuid.uuid4()))
                session.add(row)
            elif saved is not None and (saved[0] != row.value or saved[1] > seq):
                log.warning(
                    "the database is behind what this server acknowledged (epoch %s seq %d, "
                    "database %s seq %d): restored from a backup or lost commits; new epoch",
                    saved[0],
                    saved[1],
                    row.value,
                    seq,
                )
                row.value = str(uuid.uuid4())
                self.restored = True
                restored = session.get(ServerInfo, "restored_at") or ServerInfo(
                    key="restored_at", value=""
                )
                restored.value = utcnow().isoformat()
                session.add(restored)
            self.epoch = row.value
        self.db.blobs.mkdir(parents=True, exist_ok=True)
        self.seq = seq
        self._write(self.epoch, seq)
        return self.epoch

    def advanced(self, seq: int) -> None:
        """A push committed up to `seq`: remember it beside the database."""
        with self.lock:
            if seq <= self.seq:
                return
            self.seq = seq
            self._write(self.epoch, seq)

    def _read(self) -> tuple[str, int] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return str(data["epoch"]), int(data["seq"])
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable %s: treating the database as restored", self.path)
            return ("", 2**62)

    def _write(self, epoch: str, seq: int) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _exclusive(self.path.with_name(self.path.name + ".lock")):
            saved = self._read() if self.path.exists() else None
            if saved is not None and saved[0] == epoch and saved[1] > seq:
                return  # another server process acknowledged more: keep its figure
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            with tmp.open("w", encoding="utf-8") as out:
                json.dump({"epoch": epoch, "seq": seq}, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """An exclusive advisory lock across processes (POSIX); on Windows the unique temporary
    file alone keeps concurrent writers from failing."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with lock_path.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
