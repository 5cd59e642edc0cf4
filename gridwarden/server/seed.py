"""Load a client store's confirmed records into the server (a district's first data, the demo,
the benchmarks): bulk inserts with scopes computed by the registry's rules, one transaction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event, insert, select, update
from sqlmodel import col

from gridwarden.db.engine import cipher_settings, raw_key
from gridwarden.models.base import LOCAL_FIELDS
from gridwarden.protocol.codec import json_value
from gridwarden.protocol.merge import CREATED, FieldMeta
from gridwarden.protocol.registry import SPECS
from gridwarden.server.db import ChangeCounter, Record, ServerDB, dumps

CHUNK = 5000


def import_store(
    db: ServerDB,
    store: Path,
    device: str = "import",
    entities: set[str] | None = None,
    key: bytes | None = None,
) -> int:
    """Copy every server-confirmed record (of `entities`, default all) into the server. A
    laptop's store is SQLCipher: `key` is its data key (None: a plaintext store)."""
    if key is None:
        source = create_engine(f"sqlite:///{store}")
    else:
        source = create_engine(
            URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(store))
        )
        # the store's page format (HMAC-SHA256), set before the first read
        event.listen(source, "connect", lambda conn, _record: cipher_settings(conn))
    docs: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}

    def lookup(entity: str, record_id: str) -> tuple[dict[str, Any], str] | None:
        return docs.get((entity, record_id))

    count = 0
    with db.writer() as session, session.begin():
        session.execute(
            update(ChangeCounter).where(col(ChangeCounter.id) == 1).values(seq=ChangeCounter.seq)
        )
        seq = int(session.execute(select(col(ChangeCounter.seq))).scalar_one())
        with source.connect() as conn:
            for name, spec in SPECS.items():
                if entities is not None and name not in entities:
                    continue
                table = spec.model.__table__  # type: ignore[attr-defined]
                columns = [c for c in table.columns if c.name not in LOCAL_FIELDS]
                rows: list[dict[str, Any]] = []
                for raw in conn.execute(select(*columns).where(table.c.version > 0)):
                    doc = {c.name: json_value(v) for c, v in zip(columns, raw, strict=True)}
                    scope = spec.scope(doc, lookup)
                    if scope is None:
                        continue
                    # Only areas are looked up by content; every other parent by its scope.
                    docs[(name, doc["id"])] = (doc if name == "area" else {}, scope)
                    seq += 1
                    meta = {CREATED: FieldMeta(1, device, doc["updated_by"], doc["updated_at"])}
                    rows.append(
                        {
                            "entity": name,
                            "id": doc["id"],
                            "version": 1,
                            "seq": seq,
                            "scope": scope,
                            "deleted": doc.get("deleted_at") is not None,
                            "blob": doc.get(spec.blob_field) if spec.blob_field else None,
                            "doc": dumps(doc),
                            "meta": json.dumps({k: m.to_list() for k, m in meta.items()}),
                        }
                    )
                    if len(rows) >= CHUNK:
                        session.execute(insert(Record), rows)
                        count += len(rows)
                        rows = []
                if rows:
                    session.execute(insert(Record), rows)
                    count += len(rows)
        session.execute(update(ChangeCounter).where(col(ChangeCounter.id) == 1).values(seq=seq))
    source.dispose()
    return count
