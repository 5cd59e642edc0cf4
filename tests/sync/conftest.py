"""Sync fixtures: the real server process (SQLite and PostgreSQL), a district on it, laptops.

One server per test module and back-end; each test gets its own district (fresh grids and
users), so tests never see each other's records.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gridwarden.server.db import ServerDB, upgrade
from gridwarden.server.launch import ServerProcess, start_server
from tests.sync import pg
from tests.sync.harness import District, Laptop, MemoryKeyring, build_district


@pytest.fixture(scope="session")
def pg_base() -> Iterator[str]:
    with pg.cluster() as url:
        yield url


@pytest.fixture(scope="session")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A server database (SQLite) migrated to head once per worker; each module's server starts
    on a copy (its start-up migration is then a no-op, the epoch made on its first start)."""
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


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("server") / "district.sqlite"
        shutil.copyfile(request.getfixturevalue("server_template"), path)
        return str(path)
    template = request.getfixturevalue("pg_template")
    return pg.fresh_database(request.getfixturevalue("pg_base"), template=template)


@pytest.fixture(scope="module")
def server(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    running = start_server(backend, tmp_path_factory.mktemp("blobs"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def server_db(server: ServerProcess) -> Iterator[ServerDB]:
    upgrade(server.db_url)  # already done by the server: a no-op that proves it
    db = ServerDB.open(server.db_url)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _keyring(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    return memory_keyring


@pytest.fixture
def district(server_db: ServerDB) -> District:
    return build_district(server_db)


@pytest.fixture
def laptop(
    tmp_path: Path, server: ServerProcess, district: District
) -> Iterator[Callable[[str], Laptop]]:
    """laptop("wang") → a device of that district user, logged in and synced once (it has the
    district's areas and departments, as after the first login in the app)."""
    made: list[Laptop] = []
    names = {"wang": "王芳", "li": "李娜", "zhao": "赵强", "lead": "孙立", "boss": "周主任"}

    def make(short: str, name: str | None = None) -> Laptop:
        device = Laptop(
            tmp_path, name or f"{short}-{len(made)}", district.user(short), names[short]
        )
        device.login(server.url)
        made.append(device)
        device.sync()
        return device

    yield make
    for device in made:
        device.close()
