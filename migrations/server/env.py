"""Alembic environment for the district server's store (SQLite or PostgreSQL).

gridwarden.server.db.upgrade hands over a live connection in config.attributes["connection"];
developers can also run alembic with GRIDWARDEN_SERVER_DB set to a database URL.
"""

import os

from alembic import context
from sqlalchemy import create_engine

from gridwarden.server.db import METADATA, normalise_url

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=METADATA,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = normalise_url(os.environ.get("GRIDWARDEN_SERVER_DB", "gridwarden-server-dev.sqlite"))
    with create_engine(url).connect() as conn:
        _run(conn)
