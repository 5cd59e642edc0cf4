"""Sync fixtures: the real server process (SQLite and PostgreSQL), a district on it, laptops.

Every test runs on both back ends (`backend`, a module-scoped parameter: sqlite, postgresql).

Servers are shared. A server process costs ~0.75 s of CPU to start (imports) and a database to
create, so each test process (xdist worker) starts ONE server per back end, the first time a
module asks for it, and every module that may share it uses it until the session ends
(tests/sync/servers.py). Each test gets its own district (fresh grids, users, stations and
windows with a random suffix), so tests never see each other's records.

The rule: a module shares the worker's servers unless it changes or counts state of the whole
server, or needs a server of another kind. Such a module says so with
`pytestmark = pytest.mark.private_server("why")` and gets a server of its own (per back end, on a
fresh database, module scope, as before), or overrides `server` itself on `fresh_db`:

- it changes or counts server-wide state: tampers with the audit chain and runs `audit verify`
  over the whole database (security/test_audit.py); expires every unfinished upload and
  asserts the exact list left (security/test_smaller.py); revokes every other device on the
  server and counts the devices in service before purging tombstones
  (sync/test_server_admin.py);
- it needs special server options, or stops, kills or restarts its server: --docs
  (sync/test_api_fuzz.py), HTTPS (security/test_tls.py); test_kill, test_restore,
  test_two_servers, test_accounts' short idle and test_login's strict limits start their own
  servers as before and never touch the shared ones;
- it makes many failed logins from 127.0.0.1: the per-address limit (60 failed a minute) is
  server-wide, and a wrong password, an unknown user, a locked or a disabled account each count.
  The sharing modules make 19 in all per back end, over minutes (test_login 15: the lockout
  test's 7 and the timing test's 8; test_accounts 2; test_auth 1; ui/test_sync_ui 1), far
  under it; a module that adds many more must go private.

Everything else shares: records live in the test's own district; server-wide reads in the
sharing modules select by the district's ids (or only hold more rows on a shared server:
`boss`, a supervisor, receives every district's records, so its tests assert membership, not
totals). A shared server that crashed, or that a test stopped, fails the next test that uses
it with its exit code and log, instead of a string of refused connections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gridwarden.server.db import ServerDB, upgrade
from gridwarden.server.launch import ServerProcess, start_server
from tests.sync import pg
from tests.sync.harness import District, Laptop, MemoryKeyring, build_district
from tests.sync.servers import Shared, check_alive, fresh_sqlite

BACKENDS = ("sqlite", "postgresql")


def _private(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("private_server") is not None


def _shared(request: pytest.FixtureRequest, backend: str) -> Shared:
    shared: Shared = request.getfixturevalue(f"shared_{backend}")
    return shared


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The back end the module's tests run on this time: "sqlite" or "postgresql"."""
    return str(request.param)


@pytest.fixture(scope="module")
def fresh_db(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """A new database of this module on the back end (a copy of the migrated template): a
    SQLite file path or a PostgreSQL URL, for a module's own server."""
    if backend == "sqlite":
        template = request.getfixturevalue("server_template")
        return fresh_sqlite(template, tmp_path_factory.mktemp("server"))
    template = request.getfixturevalue("pg_template")
    return pg.fresh_database(request.getfixturevalue("pg_base"), template=template)


@pytest.fixture(scope="module")
def server(
    request: pytest.FixtureRequest, backend: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """The worker's shared server on this back end, or the module's own (`private_server`)."""
    if not _private(request):
        yield _shared(request, backend).server
        return
    running = start_server(request.getfixturevalue("fresh_db"), tmp_path_factory.mktemp("blobs"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def server_db(
    request: pytest.FixtureRequest, backend: str, server: ServerProcess
) -> Iterator[ServerDB]:
    if not _private(request):
        yield _shared(request, backend).db
        return
    upgrade(server.db_url)  # already done by the server: a no-op that proves it
    db = ServerDB.open(server.db_url)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _server_alive(request: pytest.FixtureRequest) -> None:
    """A test that uses a server finds it running, or fails saying it is gone (and why)."""
    if "server" in request.fixturenames:
        backend = request.getfixturevalue("backend")
        whose = "the module's own" if _private(request) else "the worker's shared"
        check_alive(request.getfixturevalue("server"), f"{whose} {backend} server")


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
