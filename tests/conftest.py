"""Fixtures shared by every test: a temp data dir, a migrated store, a fixed clock, services."""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import keyring
import pytest

from gridwarden import logsetup
from gridwarden.clock import FixedClock
from gridwarden.db import migrate
from gridwarden.models import Area, AreaLevel, Department
from gridwarden.paths import DataPaths, data_paths
from gridwarden.security import keys
from gridwarden.services.context import ServiceContext
from gridwarden.services.events import EventService
from gridwarden.services.register import RegisterService
from gridwarden.services.visits import VisitService
from gridwarden.settings import Settings
from gridwarden.store import Store, open_store
from gridwarden.sync.credentials import MemoryKeyring

T = TypeVar("T")

# Sunday 2026-11-29 10:00 in Nantong (02:00 UTC).
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test carries the marker of its folder (unit, ui, sync, e2e, security), so
    `pytest -m unit` runs the fast core tests alone."""
    for item in items:
        parts = item.path.relative_to(Path(__file__).parent).parts
        if len(parts) > 1 and parts[0] in KINDS:
            item.add_marker(parts[0])


KINDS = ("unit", "ui", "sync", "e2e", "security")


def present(value: T | None) -> T:
    """A value the test's steps must have produced (a lookup, a dialog's field), narrowed for
    mypy; the test then asserts what it holds."""
    if value is None:
        raise AssertionError("expected a value here, found None")
    return value


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory OS keyring for one test (no secret service runs on a test machine)."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_error_is_logged(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """An ERROR (or CRITICAL) log record during a test fails it, like an unexpected Qt warning
    does (pytest-qt, `qt_log_level_fail` in pyproject.toml): a test that provokes one on purpose
    says so with `@pytest.mark.logs_errors` (and a Qt warning with pytest-qt's
    `@pytest.mark.qt_log_ignore(...)` or `@pytest.mark.qt_log_level_fail("CRITICAL")`)."""
    yield
    if request.node.get_closest_marker("logs_errors"):
        return
    errors = [
        f"{r.name}: {r.getMessage()}"
        for when in ("setup", "call")
        for r in caplog.get_records(when)
        if r.levelno >= logging.ERROR
    ]
    if errors:
        pytest.fail("unexpected ERROR log records:\n" + "\n".join(errors[:10]), pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def logs_hold_no_personal_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """After the whole suite, no log file any test wrote (the app's, started as a user starts
    it, and the in-process ones) holds an ID number or a mobile number (PIPL Art. 51)."""
    yield
    found = []
    for log in tmp_path_factory.getbasetemp().rglob("*.log*"):
        if not log.is_file():
            continue
        text = log.read_text(encoding="utf-8", errors="replace")
        for pattern in (logsetup.ID_PATTERN, logsetup.PHONE_PATTERN):
            found += [f"{log.name}: {m.group(0)}" for m in pattern.finditer(text)]
    assert found == [], found[:10]


def store_key(root: Path) -> bytes:
    """The data key of a test store: the test passphrase, with a cheap scrypt cost so that
    hundreds of stores stay fast (the key file records its cost)."""
    return keys.unlock_or_create(root, keys.TEST_PASSPHRASE, cost=keys.CHEAP_COST)


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return data_paths(tmp_path / "data")


_TEMPLATE: dict[str, Path] = {}  # this process's migrated template store


def template_store(base: Path | None = None) -> Path:
    """An empty store migrated to head once per test process (per xdist worker), in `base` (the
    session's temp folder) or a temporary folder of its own; every test store starts as a copy
    of it, not from a fresh Alembic run (ARCHITECTURE §5: 1-2.5 s each, and the sync tests
    make two or three laptops a test). The migrations themselves are tested on their own in
    tests/unit/test_migrations.py."""
    if "store" not in _TEMPLATE:
        if base is None:
            base = Path(tempfile.mkdtemp(prefix="gw-template-"))
            atexit.register(shutil.rmtree, base, ignore_errors=True)
        template = data_paths(base / "data")
        template.root.mkdir(parents=True, exist_ok=True)
        migrate.upgrade(template.store, template.backups, store_key(template.root))
        _TEMPLATE["store"] = template.store
    return _TEMPLATE["store"]


def copy_template(paths: DataPaths) -> None:
    """Give a new data folder a copy of the template's encrypted file and of its key file (the
    same test data key); opening it finds it at head, and it gets its own device id. A folder
    that holds a store or a key already (a laptop opened again) is left as it is."""
    if paths.store.exists() or keys.key_path(paths.root).exists():
        return
    template = template_store()
    paths.store.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, paths.store)  # checkpointed: the WAL is empty after upgrade
    shutil.copyfile(keys.key_path(template.parent), keys.key_path(paths.root))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return template_store(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(paths: DataPaths, migrated_template: Path) -> Iterator[Store]:
    copy_template(paths)
    # at head already: opens without migrating
    opened = open_store(paths, store_key(paths.root))
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def settings() -> Settings:
    return Settings(user_id="warden-1", user_name="王芳")


@pytest.fixture
def ctx(store: Store, settings: Settings, clock: FixedClock) -> ServiceContext:
    return store.context(settings, clock)


@dataclass
class Places:
    district: str
    grid: str
    micro: str
    other_micro: str
    department: str
    other_department: str


@pytest.fixture
def places(store: Store) -> Places:
    """A minimal area tree (district → street → community → grid → two micro-grids) and two
    departments, written as server-confirmed reference data."""
    stamp = {"updated_at": NOW, "updated_by": "server", "version": 1}
    district = Area(level=AreaLevel.DISTRICT, name="崇川区", **stamp)
    street = Area(level=AreaLevel.STREET, name="和平桥街道", parent_id=district.id, **stamp)
    community = Area(level=AreaLevel.COMMUNITY, name="桃坞社区", parent_id=street.id, **stamp)
    grid = Area(level=AreaLevel.GRID, name="第1网格", parent_id=community.id, **stamp)
    micro = Area(level=AreaLevel.MICRO_GRID, name="第1-1微网格", parent_id=grid.id, **stamp)
    other = Area(level=AreaLevel.MICRO_GRID, name="第1-2微网格", parent_id=grid.id, **stamp)
    fire = Department(name="区消防救援大队", phone="0513-85100107", **stamp)
    city = Department(name="区城市管理局", phone="0513-85100103", **stamp)
    with store.sessions() as session, session.begin():
        for row in (district, street, community, grid, micro, other, fire, city):
            session.add(row)
            session.flush()
    return Places(district.id, grid.id, micro.id, other.id, fire.id, city.id)


@pytest.fixture
def register(ctx: ServiceContext) -> RegisterService:
    return RegisterService(ctx)


@pytest.fixture
def visits(ctx: ServiceContext) -> VisitService:
    return VisitService(ctx)


@pytest.fixture
def events(ctx: ServiceContext) -> EventService:
    return EventService(ctx)
