"""Alembic environment for the local client store (SQLite).

The app runs migrations through gridwarden.db.migrate, which hands over a live connection in
config.attributes["connection"]. Developers can also run `alembic -c alembic.ini ...` with
GRIDWARDEN_DB set to a store file (a plaintext development store; an encrypted one needs
GRIDWARDEN_DB_KEY, the data key in hex).
"""

import os
from pathlib import Path

from alembic import context
from sqlmodel import SQLModel

import gridwarden.models  # noqa: F401 - registers every table on SQLModel.metadata
from gridwarden.db.engine import make_engine
from gridwarden.search_fts import is_index_table

config = context.config
target_metadata = SQLModel.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copy-and-rename
        compare_type=True,
        # the FTS5 index and its shadow tables are made by migration pf001, not by a model
        include_name=lambda name, kind, _parent: not (kind == "table" and is_index_table(name)),
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    store = os.environ.get("GRIDWARDEN_DB", "gridwarden-dev.sqlite")
    hex_key = os.environ.get("GRIDWARDEN_DB_KEY")
    engine = make_engine(
        Path(store), bytes.fromhex(hex_key) if hex_key else None, foreign_keys=False
    )
    with engine.connect() as conn:
        _run(conn)
