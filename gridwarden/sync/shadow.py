"""The base of a three-way merge: server-confirmed values of fields edited on this device.

UnitOfWork calls remember_base before it overwrites fields of a record the server has confirmed.
The first value remembered for a field is kept (it is the one the server confirmed); the row goes
when no op of the record is waiting any more (gridwarden.sync.local).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from gridwarden.models import Synced, SyncShadow
from gridwarden.protocol.codec import json_value


def remember_base(session: Session, entity: str, record: Synced, old: dict[str, Any]) -> None:
    if record.version == 0:
        return  # never confirmed by the server: there is no base to remember
    values = {name: json_value(value) for name, value in old.items()}
    row = session.get(SyncShadow, (entity, record.id))
    if row is None:
        session.add(
            SyncShadow(entity=entity, record_id=record.id, version=record.version, values=values)
        )
    else:
        row.values = {**values, **row.values}
