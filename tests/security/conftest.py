"""Security tests: the real server process on SQLite and on a private PostgreSQL cluster (the
sync tests' fixtures and their rule for sharing a server: tests/sync/conftest.py), attacked the
way the review attacked it."""

from __future__ import annotations

from tests.sync.conftest import (  # noqa: F401  (fixtures)
    _keyring,
    _server_alive,
    backend,
    district,
    fresh_db,
    laptop,
    server,
    server_db,
)
