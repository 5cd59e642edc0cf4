"""A private PostgreSQL cluster for the sync tests (unless GRIDWARDEN_TEST_PG_URL names one).

initdb and pg_ctl come from Debian's postgresql package (scripts/system-deps.sh). As root the
cluster runs as the postgres system user (PostgreSQL refuses to run as root). Trust auth on
127.0.0.1 and a private socket folder: nothing outside the test touches it.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gridwarden.server.launch import free_port


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} not found: run scripts/system-deps.sh (installs postgresql)")
    return path


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextmanager
def cluster() -> Iterator[str]:
    """Yield the URL of a running throw-away cluster; stop and delete it afterwards."""
    given = os.environ.get("GRIDWARDEN_TEST_PG_URL")
    if given:
        yield given
        return
    root = Path(tempfile.mkdtemp(prefix="gw-pg-"))
    data, sockets = root / "data", root / "run"
    data.mkdir()
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(data, "postgres")
        shutil.chown(sockets, "postgres")
    port = free_port()
    subprocess.run(
        _as_owner(
            [_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
        ),
        check=True,
        capture_output=True,
    )
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        _as_owner(
            [_bin("pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_owner([_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(base_url: str, template: str | None = None) -> str:
    """A new database in the cluster, empty or a copy of `template` (a database nobody is
    connected to); its URL."""
    import psycopg

    name = "gw_" + uuid.uuid4().hex[:12]
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(base_url, autocommit=True) as conn:
        for attempt in range(50):
            try:
                conn.execute(f'CREATE DATABASE "{name}"{copy}')
                break
            except psycopg.errors.ObjectInUse:  # a background worker still had the template open
                if attempt == 49:
                    raise
                time.sleep(0.1)
    return base_url.rsplit("/", 1)[0] + f"/{name}"


def seal_template(base_url: str, name: str) -> None:
    """Make `name` a template nobody connects to (not even autovacuum, which would make
    CREATE DATABASE … TEMPLATE fail while it works there)."""
    import psycopg

    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
