"""local_meta read and written through the driver: notes a long job keeps in the same
transaction as its work (indexes a first pull set aside, a first search index being written),
where the caller holds a Connection or has no ORM objects to flush (gridwarden.store's
get_meta and set_meta are the ORM's way to the same table)."""

from __future__ import annotations

from sqlalchemy.engine import Connection


def read(connection: Connection, key: str) -> str | None:
    found = connection.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?", (key,))
    return found.scalar()


def write(connection: Connection, key: str, value: str) -> None:
    connection.exec_driver_sql(
        "INSERT OR REPLACE INTO local_meta (key, value) VALUES (?, ?)", (key, value)
    )


def forget(connection: Connection, key: str) -> None:
    connection.exec_driver_sql("DELETE FROM local_meta WHERE key = ?", (key,))
