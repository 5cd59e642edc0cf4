"""Fixtures shared by every test: a temp data dir, a migrated store, a fixed clock, services."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypedDict, TypeVar

import keyring
import pytest

from gridwarden import logsetup
from gridwarden.clock import FixedClock
from gridwarden.db import migrate
from gridwarden.db.engine import make_engine, make_session_factory
from gridwarden.demo.generator import DemoSize, seed
from gridwarden.models import Area, AreaLevel, Department
from gridwarden.paths import DataPaths, data_paths
from gridwarden.security import keys
from gridwarden.server import launch
from gridwarden.services.context import ServiceContext
from gridwarden.services.events import EventService
from gridwarden.services.register import RegisterService
from gridwarden.services.visits import VisitService
from gridwarden.settings import Settings
from gridwarden.store import Store, open_store
from gridwarden.sync.memory_keyring import MemoryKeyring

try:
    import fcntl  # the lock that lets xdist workers share seeded demo stores (POSIX)
except ImportError:  # Windows: each worker seeds its own
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")

# The session's shared server processes and PostgreSQL cluster (tests/sync/servers.py): one
# plugin, so the sync, security and UI tests of a worker share one of each.
pytest_plugins = ("tests.sync.servers",)

# Server processes are forked from a forkserver that has imported the server once
# (gridwarden/server/forked.py): the same main and arguments, ~0.7 s of imports less a start.
launch.FORK_SERVERS = True

# Sunday 2026-11-29 10:00 in Nantong (02:00 UTC).
NOW = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)


class ServerStamp(TypedDict):
    """What the server stamps on reference data (areas, departments, units) it sends down."""

    updated_at: datetime
    updated_by: str
    version: int


SERVER_STAMP: ServerStamp = {"updated_at": NOW, "updated_by": "server", "version": 1}


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by them
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test carries the marker of its folder (unit, ui, sync, e2e, security), so
    `pytest -m unit` runs the fast core tests alone, and the tests in SLOW carry `slow`
    (`pytest -m "not slow"` before a small commit)."""
    for item in items:
        parts = _parts(item)
        if len(parts) > 1 and parts[0] in KINDS:
            item.add_marker(parts[0])
        if _seconds(item):
            item.add_marker("slow")


class SlowFilesFirst:
    """`make test` hands whole files to the workers (`--dist loadfile --no-loadscope-reorder`)
    in collection order: the files holding SLOW tests come first, the heaviest first, so a
    30-second file starts while short ones fill the other worker instead of starting last
    and leaving a core idle at the end. Within a file the order is kept (a stable sort)."""

    @pytest.hookimpl(trylast=True)  # after pytest's grouping by module-scoped parameters
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        tests: dict[Path, dict[str, float]] = {}
        for item in items:  # a test's seconds once, whatever its parameters
            tests.setdefault(item.path, {})[_name(item)] = _seconds(item)
        weight = {path: sum(named.values()) for path, named in tests.items()}
        items.sort(key=lambda item: -weight[item.path])


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(SlowFilesFirst(), "gridwarden-slow-files-first")


def _parts(item: pytest.Item) -> tuple[str, ...]:
    return item.path.relative_to(Path(__file__).parent).parts


def _name(item: pytest.Item) -> str:
    return str(getattr(item, "originalname", item.name))  # without its parameters


def _seconds(item: pytest.Item) -> float:
    return SLOW.get(f"{'/'.join(_parts(item))}::{_name(item)}", 0.0)


KINDS = ("unit", "ui", "sync", "e2e", "security")

# The tests over ~4 s (seconds from `pytest -n 2 --durations=0` on the shared 2-core machine
# at a load of ~7, summed over a test's parameters; about half that on a quiet machine).
# Re-measure when a test gets much slower or faster: the numbers only order the files.
SLOW: dict[str, float] = {
    "security/test_kill.py::test_killing_the_server_during_a_large_push_loses_and_doubles_nothing": 28,
    "sync/test_stateful.py::test_two_laptops_converge_under_random_edits_and_faults": 42,
    "sync/test_server_admin.py::test_the_admin_command_line_manages_users_and_devices": 23,
    "sync/test_api_fuzz.py::test_no_generated_request_makes_the_server_fail": 57,
    "security/test_restore.py::test_a_restored_server_loses_nothing_the_laptops_hold": 54,
    "unit/test_encrypted_store.py::test_a_plaintext_store_from_every_revision_is_encrypted_intact": 27,
    "ui/test_dialogs_fit_ui.py::test_every_dialog_fits_a_1366x768_laptop_with_its_buttons_in_view": 10,
    "sync/test_faults.py::test_a_push_fault_then_a_retry_applies_every_op_exactly_once": 25,
    "e2e/test_cli.py::test_demo_start_seeds_an_empty_store_and_screenshots_the_page": 24,
    "ui/test_pages_render_ui.py::test_every_page_renders_at_1366x768_with_the_status_bar_in_view": 10,
    "sync/test_rounds_map_sync.py::test_campaign_round_and_not_at_home_reach_the_grid_leader": 20,
    "e2e/test_installed_wheel.py::test_wheel_installed_elsewhere_migrates_and_starts": 17,
    "e2e/test_cli.py::test_a_plaintext_demo_store_from_before_encryption_is_converted_at_start": 16,
    "ui/test_models_and_pages.py::test_every_table_model_passes_the_model_tester": 5,
    "sync/test_micro_grid_scope.py::test_a_micro_grid_warden_sees_their_micro_grid_only": 14,
    "sync/test_two_servers.py::test_state_machine_converges_across_two_servers": 13,
    "security/test_login.py::test_a_login_flood_does_not_stall_a_colleagues_sync": 13,
    "unit/test_crash_consistency.py::test_kill_minus_nine_at_many_points_loses_nothing_committed": 12,
    "ui/test_legal_aid_end_ui.py::test_the_end_of_a_case_on_screen": 12,
    "sync/test_roundtrip.py::test_a_household_recorded_offline_reaches_the_other_laptop": 12,
    "sync/test_legal_aid_end_sync.py::test_a_closed_case_and_a_consultation_stay_in_their_windows_scope": 12,
    "security/test_tls.py::test_a_certificate_for_another_name_or_expired_is_refused_with_the_reason": 12,
    "security/test_integrity.py::test_a_withdraw_cannot_set_a_made_up_status_or_rewrite_the_dispute": 12,
    "ui/test_dispute_grid_intake_ui.py::test_a_dispute_lead_event_becomes_a_dispute": 11,
    "sync/test_work_orders_sync.py::test_urged_by_the_leader_and_extended_by_the_centre": 11,
    "sync/test_faults.py::test_a_pull_fault_then_a_retry_misses_nothing": 11,
    "security/test_tls.py::test_two_laptops_sync_over_tls_with_the_districts_own_ca": 11,
    "security/test_login.py::test_wrong_passwords_lock_the_account_until_an_admin_unlocks_it": 11,
    "security/test_audit.py::test_logins_pulls_downloads_pushes_and_admin_actions_are_in_the_trail": 8,
    "sync/test_verify.py::test_a_damaged_store_is_found_and_repaired_by_a_targeted_re_pull": 10,
    "sync/test_casework_sync.py::test_a_dispute_reaches_its_stations_mediators_only": 10,
    "security/test_accounts.py::test_an_idle_token_expires_and_each_use_renews_it": 10,
}


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


_SEEDED: dict[DemoSize, DataPaths] = {}  # the seeded demo stores this process has found
_DEMO_CACHE: dict[str, Path] = {}  # the run's folder of seeded demo stores (demo_cache)


@pytest.fixture(scope="session")
def demo_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder this run's seeded demo stores are kept in: under xdist the parent of the
    workers' temporary folders, which every worker of the run shares, so a size is seeded once
    per run, not once per worker."""
    base = tmp_path_factory.getbasetemp()
    shared = "PYTEST_XDIST_WORKER" in os.environ and fcntl is not None
    folder = (base.parent if shared else base) / "demo-stores"
    folder.mkdir(exist_ok=True)
    _DEMO_CACHE["folder"] = folder
    return folder


def seeded_template(size: DemoSize) -> DataPaths:
    """A data folder holding a copy of the migrated template with the demo district of `size`
    seeded into it, once per run (the first worker to need it seeds it while holding a lock;
    the others wait and use it), as a test's `seed(store.sessions, FixedClock(NOW),
    Settings(), size)` on its fresh store would: the same rows (the generator draws from a
    fixed random seed and the fixed clock; only the UUIDs, the hex in the numbers made from
    them and the stand-in PDFs' creation times are drawn anew at each seeding) and the same
    stand-in scans in the `attachments` folder next to the store. Seeded through an engine, not
    `open_store`, so it records no device id: each copy gets its own when it is opened."""
    if size not in _SEEDED:
        folder = _DEMO_CACHE.get("folder") or Path(tempfile.mkdtemp(prefix="gw-demo-"))
        name = f"h{size.households}-e{size.events}-v{size.visits_per_household:g}"
        seeded = data_paths(folder / name)
        with _locked(folder / f"{name}.lock"):
            if not (folder / f"{name}.done").exists():
                shutil.rmtree(seeded.root, ignore_errors=True)  # a worker that died seeding
                _seed_into(seeded, size)
                (folder / f"{name}.done").touch()
        _SEEDED[size] = seeded
    return _SEEDED[size]


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock between the run's processes (xdist workers) on `path`."""
    if fcntl is None:
        yield
        return
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _seed_into(seeded: DataPaths, size: DemoSize) -> None:
    seeded.root.mkdir(parents=True, exist_ok=True)
    copy_template(seeded)
    engine = make_engine(seeded.store, store_key(seeded.root))
    seed(make_session_factory(engine), FixedClock(NOW), Settings(), size)
    with engine.connect() as connection:  # everything into the file, nothing left in a WAL
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    wal = seeded.store.with_name(seeded.store.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the seeded store's WAL is not empty"


def demo_size(request: pytest.FixtureRequest) -> DemoSize | None:
    """The size of demo district a test asks for with `@pytest.mark.demo(households=…,
    events=…)`, or None."""
    marker = request.node.get_closest_marker("demo")
    return None if marker is None else DemoSize(*marker.args, **marker.kwargs)


def copy_seeded(paths: DataPaths, size: DemoSize) -> None:
    """Give a new data folder a copy of the seeded store of `size` and of its key file."""
    seeded = seeded_template(size)
    paths.store.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(seeded.store, paths.store)
    shutil.copyfile(keys.key_path(seeded.root), keys.key_path(paths.root))


def copy_demo_files(paths: DataPaths, size: DemoSize) -> None:
    """The seeded district's stand-in scans, put where seeding an opened store writes them
    (unencrypted until the store is next opened, as after `seed`)."""
    scans = seeded_template(size).attachments
    if scans.exists():
        shutil.copytree(scans, paths.attachments, dirs_exist_ok=True)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return template_store(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(
    request: pytest.FixtureRequest, paths: DataPaths, migrated_template: Path, demo_cache: Path
) -> Iterator[Store]:
    """The test's store, a copy of the migrated template, or with `@pytest.mark.demo(...)` a
    copy of the template with that demo district seeded into it (tests/unit/test_demo.py
    tests the generator on a store of its own seeding)."""
    size = demo_size(request)
    if size is None:
        copy_template(paths)
    else:
        copy_seeded(paths, size)
    # at head already: opens without migrating
    opened = open_store(paths, store_key(paths.root))
    if size is not None:
        copy_demo_files(paths, size)
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
    stamp = SERVER_STAMP
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
