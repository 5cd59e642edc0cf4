"""The session's server processes, one per back end and test process (pytest plugin).

Registered once from tests/conftest.py (`pytest_plugins`), not imported into each conftest: a
session fixture imported into two conftests is two fixtures with two caches, and the sync and
the security tests in one xdist worker would then start two PostgreSQL clusters and two
servers per back end.

The shared servers are plain session fixtures (`shared_sqlite`, `shared_postgresql`), not one
session fixture parametrised by back end: pytest keeps one value per fixture, so a parametrised
session fixture is torn down and started again each time the next test wants the other back
end, and it regroups the tests of every module by parameter across the session (which would
undo the slow-files-first order and, under `--dist loadfile`, would restart the servers at
every file anyway). Each is started the first time a module asks for it, and is stopped at
the end of the session, before the PostgreSQL cluster it uses.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from gridwarden.server.db import ServerDB, upgrade
from gridwarden.server.launch import ServerProcess, start_server
from tests.sync import pg


@dataclass
class Shared:
    """A server process shared by every module of this test process on one back end, and the
    database handle the tests read and arrange its data through."""

    backend: str
    server: ServerProcess
    db: ServerDB


def check_alive(server: ServerProcess, what: str = "the server") -> None:
    """Fail at once, saying why, when the server process is gone (it crashed, or a test
    stopped or killed a server other tests share): its later requests would only be refused
    connections, one confusing sync error after another."""
    code = server.process.poll()
    if code is not None:
        tail = "".join(server.log[-30:]) or "(nothing)\n"
        pytest.fail(
            f"{what} at {server.url} (pid {server.process.pid}) exited with code {code} while "
            f"the tests ran; every test that uses it fails from here on.\n"
            f"Its last log lines:\n{tail}",
            pytrace=False,
        )


def _share(backend: str, db_url: str, blobs: Path) -> Iterator[Shared]:
    server = start_server(db_url, blobs)
    try:
        upgrade(server.db_url)  # already done by the server: a no-op that proves it
        db = ServerDB.open(server.db_url)
    except BaseException:
        server.stop()
        raise
    try:
        yield Shared(backend, server, db)
    finally:
        db.close()
        server.stop()


@pytest.fixture(scope="session")
def pg_base() -> Iterator[str]:
    with pg.cluster() as url:
        yield url


@pytest.fixture(scope="session")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A server database (SQLite) migrated to head once per worker; each server starts on a
    copy (its start-up migration is then a no-op, the epoch made on its first start)."""
    path = tmp_path_factory.mktemp("server-template") / "district.sqlite"
    upgrade(str(path))
    return path


@pytest.fixture(scope="session")
def pg_template(pg_base: str) -> str:
    """The same on PostgreSQL: a database migrated once, copied by CREATE DATABASE … TEMPLATE."""
    url = pg.fresh_database(pg_base)
    upgrade(url)
    name = url.rsplit("/", 1)[1]
    pg.seal_template(pg_base, name)
    return name


def fresh_sqlite(template: Path, folder: Path) -> str:
    path = folder / "district.sqlite"
    shutil.copyfile(template, path)
    return str(path)


@pytest.fixture(scope="session")
def shared_sqlite(
    server_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Shared]:
    root = tmp_path_factory.mktemp("shared-sqlite")
    yield from _share("sqlite", fresh_sqlite(server_template, root), root / "blobs")


@pytest.fixture(scope="session")
def shared_postgresql(
    pg_base: str, pg_template: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Shared]:
    url = pg.fresh_database(pg_base, template=pg_template)
    yield from _share("postgresql", url, tmp_path_factory.mktemp("shared-postgresql-blobs"))
