"""Security tests: the real server process on SQLite and on a private PostgreSQL cluster (the
sync tests' fixtures), attacked the way the review attacked it."""

from __future__ import annotations

from tests.sync.conftest import (  # noqa: F401  (fixtures)
    _keyring,
    backend,
    district,
    laptop,
    pg_base,
    pg_template,
    server,
    server_db,
    server_template,
)
