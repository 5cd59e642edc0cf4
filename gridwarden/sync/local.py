"""The local store as sync sees it: the outbox, applying server records, settling answers,
recording conflicts. Every function runs inside the caller's transaction, so a page of changes
and the cursor after it, or a push's answers and the outbox rows they settle, commit together.

Applying a server record ("rebase"): the server's values replace the local ones, except fields
that still have an op waiting in the outbox — those stay as the user left them and go to the
server, which merges them (gridwarden.protocol.merge). A record the store already has at the same or
a newer version is skipped, so re-delivered pages cost nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Table, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlmodel import Session, col

from gridwarden.attachments import valid_sha
from gridwarden.models import (
    SYNCED_MODELS,
    OutboxOp,
    SyncConflict,
    SyncReindex,
    SyncShadow,
    SyncState,
)
from gridwarden.models.base import LOCAL_FIELDS
from gridwarden.protocol import codec
from gridwarden.protocol.merge import STAMP_FIELDS
from gridwarden.protocol.messages import Answer, Op, digest_lines
from gridwarden.protocol.registry import SPECS
from gridwarden.search import address_key, refresh_households

log = logging.getLogger("gridwarden.sync")

CHUNK = 500


def chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def table_of(entity: str) -> Table:
    table: Table = SYNCED_MODELS[entity].__table__  # type: ignore[attr-defined]
    return table


# --- state and outbox ----------------------------------------------------------------------------
def state(session: Session) -> SyncState:
    found = session.get(SyncState, 1)
    if found is None:
        found = SyncState(id=1)
        session.add(found)
        session.flush()
    return found


def pending_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(OutboxOp)).scalar_one())


def open_conflicts(session: Session) -> int:
    query = select(func.count()).select_from(SyncConflict)
    return int(session.execute(query.where(col(SyncConflict.resolved_at).is_(None))).scalar_one())


def outbox_batch(session: Session, limit: int) -> list[Op]:
    """The oldest waiting ops, read as plain columns (no ORM object, no validation per op: the
    services wrote them, and the server validates every op it receives)."""
    rows = session.execute(
        select(
            col(OutboxOp.op_id),
            col(OutboxOp.entity),
            col(OutboxOp.record_id),
            col(OutboxOp.kind),
            col(OutboxOp.base_version),
            col(OutboxOp.payload),
        )
        .order_by(col(OutboxOp.seq))
        .limit(limit)
    )
    return [
        Op.model_construct(
            op_id=op_id,
            entity=entity,
            id=record_id,
            kind=kind,
            base_version=base_version,
            payload=payload,
        )
        for op_id, entity, record_id, kind, base_version, payload in rows
    ]


def op_body(op: Op) -> dict[str, Any]:
    """An op as the push request carries it (its payload is JSON already)."""
    return {
        "op_id": op.op_id,
        "entity": op.entity,
        "id": op.id,
        "kind": op.kind,
        "base_version": op.base_version,
        "payload": op.payload,
    }


def note_failure(session: Session, op_ids: list[str], reason: str) -> None:
    for chunk in chunks(op_ids):
        for row in session.execute(
            select(OutboxOp).where(col(OutboxOp.op_id).in_(chunk))
        ).scalars():
            row.attempts += 1
            row.last_error = reason[:2000]


def op_fields(kind: str, payload: dict[str, Any]) -> set[str]:
    """The record fields an outbox op changes."""
    if kind == "transition":
        result = payload.get("result")
        return set(result) if isinstance(result, dict) else set()
    if kind == "delete":
        return {"deleted_at"} | (set(payload) & STAMP_FIELDS)
    return set(payload) - LOCAL_FIELDS - {"id"}


def pending_fields(session: Session, entity: str, ids: Iterable[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for chunk in chunks(list(ids)):
        rows = session.execute(
            select(col(OutboxOp.record_id), col(OutboxOp.kind), col(OutboxOp.payload)).where(
                col(OutboxOp.entity) == entity, col(OutboxOp.record_id).in_(chunk)
            )
        )
        for record_id, kind, payload in rows:
            found.setdefault(record_id, set()).update(op_fields(kind, payload or {}))
    return found


# --- applying server records ---------------------------------------------------------------------
@dataclass
class Applied:
    count: int = 0
    entities: set[str] = field(default_factory=set)
    ids: list[str] = field(default_factory=list)
    households: set[str] = field(default_factory=set)

    def add(self, other: Applied) -> None:
        self.count += other.count
        self.entities |= other.entities
        self.ids += other.ids
        self.households |= other.households


_CONDITION = {"newer": "<", "equal": "<=", "any": None}


def _upsert_sql(table: Table, replace: str) -> str:
    """INSERT … ON CONFLICT(id) DO UPDATE of every column, positional (see _upsert)."""
    names = [c.name for c in table.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    sql = (
        f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" for _ in names)})'
        f' ON CONFLICT ("id") DO UPDATE SET {updates}'
    )
    condition = _CONDITION[replace]
    if condition is not None:
        sql += f' WHERE "{table.name}"."version" {condition} excluded."version"'
    return sql


def _upsert(session: Session, table: Table, rows: list[dict[str, Any]], replace: str) -> int:
    """Insert or update in bulk; a row the store has at a newer version (or the same, unless
    `replace` is "equal") is left alone by SQLite itself; "any" replaces whatever is there
    (verify's repair: the server is the authority). Returns how many rows were written.

    Rows that give every column go to the driver's executemany as tuples, converted by the
    columns' own SQLAlchemy bind processors (the same stored values as a Core insert, without
    building a parameter dict per row: a first pull writes 400,000 of them)."""
    if not rows:
        return 0
    columns = list(table.columns)
    names = [c.name for c in columns]
    connection = session.connection()
    if any(len(row) != len(names) for row in rows) or set(rows[0]) != set(names):
        return _upsert_core(session, table, rows, replace)
    dialect = connection.dialect
    processors = [c.type._cached_bind_processor(dialect) for c in columns]
    pairs = list(zip(names, processors, strict=True))
    params = [
        tuple(row[n] if p is None or row[n] is None else p(row[n]) for n, p in pairs)
        for row in rows
    ]
    return _execute_upsert(session, table, params, replace)


def _execute_upsert(
    session: Session, table: Table, params: list[tuple[Any, ...]], replace: str
) -> int:
    """Rows already in the driver's form (every column, in table order) to executemany."""
    if not params:
        return 0
    connection = session.connection()
    sql = _upsert_sql(table, replace)
    written = 0
    for chunk in chunks(params, 5000):
        written += max(0, connection.exec_driver_sql(sql, chunk).rowcount)
    return written


@cache
def _row_builder(entity: str, dialect: Dialect) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """change -> the tuple of stored values the upsert takes (every column in table order):
    the document's values converted straight to the driver's form (codec.stored_converters),
    the server's version as version and base_version, its sequence number as server_seq,
    and a column the document lacks (an older server) at its default."""
    model = SPECS[entity].model
    table = table_of(entity)
    convert = codec.stored_converters(model, dialect)
    defaults = codec.defaults(model)
    names = [column.name for column in table.columns]
    # per document column: its name, its converter (None: stored as sent) and stored default
    plan: list[tuple[str, Callable[[Any], Any] | None, Any]] = []
    for name in names:
        default = defaults.get(name)
        conv = convert.get(name)
        stored = None if default is None or conv is None else conv(codec.json_value(default))
        plan.append((name, None if conv is codec.identity else conv, stored))
    at = {name: names.index(name) for name in ("id", "version", "base_version", "server_seq")}
    missing = object()

    def build(change: dict[str, Any]) -> tuple[Any, ...]:
        get = change["data"].get
        row = [
            default
            if (value := get(name, missing)) is missing
            else value
            if conv is None or value is None
            else conv(value)
            for name, conv, default in plan
        ]
        row[at["id"]] = change["id"]
        row[at["version"]] = row[at["base_version"]] = change["version"]
        row[at["server_seq"]] = change["seq"]
        return tuple(row)

    return build


def _upsert_core(session: Session, table: Table, rows: list[dict[str, Any]], replace: str) -> int:
    stmt = sqlite_insert(table)
    newer = {
        "newer": table.c.version < stmt.excluded.version,
        "equal": table.c.version <= stmt.excluded.version,
        "any": None,
    }[replace]
    stmt = stmt.on_conflict_do_update(
        index_elements=["id"],
        set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"},
        where=newer,
    )
    written = 0
    for chunk in chunks(rows, 1000):
        written += max(0, session.execute(stmt, chunk).rowcount)  # type: ignore[attr-defined]
    return written


def apply_changes(
    session: Session,
    changes: Iterable[dict[str, Any]],
    *,
    replace: str = "newer",
    defer_search: bool = False,
) -> Applied:
    """Bring server records into the store (see the module doc). replace="equal" also
    rewrites a record the store has at the same version (a push answer: the local copy may
    still show a value the server just refused); "any" whatever version it has (a repair).
    `defer_search` notes the households whose search row must be rebuilt instead of
    rebuilding it now (see reindex)."""
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for change in changes:
        key = (change["entity"], change["id"])
        if _bad_blob(change):
            continue
        if change["entity"] in SPECS and (
            key not in latest or latest[key]["version"] <= change["version"]
        ):
            latest[key] = change
    applied = Applied()
    if not latest:
        return applied
    outbox_empty = session.execute(select(col(OutboxOp.seq)).limit(1)).first() is None
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for (entity, _id), change in latest.items():
        by_entity.setdefault(entity, []).append(change)
    for entity, items in by_entity.items():
        applied.add(_apply_entity(session, entity, items, replace, outbox_empty))
    if applied.households and defer_search:
        # through the driver: a first pull notes 100,000 households twice (households, residents)
        session.connection().exec_driver_sql(
            f"INSERT OR IGNORE INTO {SyncReindex.__tablename__} (household_id) VALUES (?)",
            [(h,) for h in sorted(applied.households)],
        )
    elif applied.households:
        refresh_households(session, sorted(applied.households))
    return applied


def _bad_blob(change: dict[str, Any]) -> bool:
    """A record naming a file by anything but a 64-hex sha256 (a path, a share, junk) is refused:
    it would point the app at a file outside its attachments folder."""
    spec = SPECS.get(change["entity"])
    if spec is None or not spec.blob_field:
        return False
    value = (change.get("data") or {}).get(spec.blob_field)
    if valid_sha(value):
        return False
    log.warning("refused %s %s: its file hash is malformed", change["entity"], change["id"])
    return True


def reindex_waiting(session: Session) -> int:
    """How many households wait for their search rows (see reindex)."""
    return session.execute(select(func.count()).select_from(SyncReindex)).scalar_one()


# Households whose search rows one transaction rebuilds. After a street's first pull (100,000
# households) 20,000 a transaction built the index in ~18 s of CPU against ~24 s at 5,000:
# fewer FTS5 segments to merge and fewer commits. A transaction is ~3-4 s there, which is how
# long closing the app may wait for the one in flight (it is atomic: a kill loses nothing).
REINDEX_BATCH = 20_000


def reindex(session: Session, limit: int = REINDEX_BATCH) -> int:
    """Rebuild the search rows of up to `limit` noted households; how many were done."""
    ids = list(session.execute(select(col(SyncReindex.household_id)).limit(limit)).scalars())
    if ids:
        refresh_households(session, ids)
        _forget_noted(session, ids)
    return len(ids)


def noted_in_display_order(session: Session) -> list[str]:
    """The noted households that exist, in the register's display order (address_key, id):
    the order a first index is written in (see reindex_in_order)."""
    rows = session.connection().exec_driver_sql(
        f"SELECT h.id, h.address FROM {SyncReindex.__tablename__} AS r"
        " JOIN household AS h ON h.id = r.household_id WHERE h.deleted_at IS NULL"
    )
    return [hid for _key, hid in sorted((address_key(address), hid) for hid, address in rows)]


def reindex_in_order(session: Session, ids: list[str], rowids: Sequence[int]) -> None:
    """Search rows for these noted households at these index rowids (an empty index filled in
    display order: no neighbours to look up, and no unordered tail afterwards)."""
    refresh_households(session, ids, dict(zip(ids, rowids, strict=True)))
    _forget_noted(session, ids)


def _forget_noted(session: Session, ids: list[str]) -> None:
    session.connection().exec_driver_sql(
        f"DELETE FROM {SyncReindex.__tablename__} WHERE household_id"
        " IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )


def _apply_entity(
    session: Session,
    entity: str,
    items: list[dict[str, Any]],
    replace: str,
    outbox_empty: bool,
) -> Applied:
    spec = SPECS[entity]
    model = spec.model
    table = table_of(entity)
    waiting = {} if outbox_empty else pending_fields(session, entity, [c["id"] for c in items])
    defaults = codec.defaults(model)
    plain: list[dict[str, Any]] = []
    rebased: list[dict[str, Any]] = []
    result = Applied(entities={entity})
    held = _versions(session, table, [c["id"] for c in items]) if replace != "any" else {}
    build = _row_builder(entity, session.connection().dialect)
    direct: list[tuple[Any, ...]] = []
    for change in items:
        have = held.get(change["id"])
        if have is not None and (
            have >= change["version"] if replace == "newer" else have > change["version"]
        ):
            # what the upsert's WHERE would leave alone, known from one IN query per chunk:
            # a re-delivered record costs no conversion and no search refresh
            result.ids.append(change["id"])
            continue
        result.ids.append(change["id"])
        if spec.household_field:
            household = (
                change["id"]
                if spec.household_field == "id"
                else change["data"].get(spec.household_field)
            )
            if household:
                result.households.add(str(household))
        mine = waiting.get(change["id"])
        if not mine:
            direct.append(build(change))  # no local edit waits: the server's values as sent
            continue
        values = {**defaults, **codec.from_wire(model, change["data"])}
        values.update(
            id=change["id"],
            version=change["version"],
            base_version=change["version"],
            server_seq=change["seq"],
        )
        mine_now = (
            session.execute(select(table).where(table.c.id == change["id"])).mappings().first()
        )
        if mine_now is not None:
            values.update({name: mine_now[name] for name in mine if name in mine_now})
            rebased.append(values)
        else:
            plain.append(values)
    result.count = _execute_upsert(session, table, direct, replace)
    result.count += _upsert(session, table, plain, replace)
    result.count += _upsert(session, table, rebased, replace)
    settled = [rid for rid in result.ids if rid not in waiting]
    if settled and session.execute(select(col(SyncShadow.entity)).limit(1)).first():
        forget_shadows(session, entity, settled)
    return result


def _versions(session: Session, table: Table, ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(ids, 5000):
        rows = session.execute(select(table.c.id, table.c.version).where(table.c.id.in_(chunk)))
        found.update((rid, version) for rid, version in rows)
    return found


def forget_shadows(session: Session, entity: str, ids: list[str]) -> None:
    for chunk in chunks(ids):
        session.execute(
            delete(SyncShadow).where(
                col(SyncShadow.entity) == entity, col(SyncShadow.record_id).in_(chunk)
            )
        )


# --- settling push answers -------------------------------------------------------------------------
@dataclass
class Settled:
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    records: Applied = field(default_factory=Applied)


def settle(session: Session, answers: list[Answer], now: datetime) -> Settled:
    """Take the server's answers: settled ops leave the outbox, conflicts and refusals go to a
    person, and the records come back as the server now holds them."""
    outcome = Settled()
    waiting: dict[str, OutboxOp] = {}
    for chunk in chunks([a.op_id for a in answers]):
        for row in session.execute(
            select(OutboxOp).where(col(OutboxOp.op_id).in_(chunk))
        ).scalars():
            waiting[row.op_id] = row
    records: list[dict[str, Any]] = []
    for answer in answers:
        row = waiting.pop(answer.op_id, None)
        if row is None:
            continue  # settled by an earlier delivery of the same answer
        status = answer.first_status if answer.status == "duplicate" else answer.status
        if status == "conflict":
            _record_conflict(session, row, answer, now)
            outcome.conflicts += 1
        elif status == "rejected":
            _record_rejection(session, row, answer, now)
            outcome.rejected += 1
        else:
            outcome.applied += 1
        records += [
            {"entity": r.entity, "id": r.id, "version": r.version, "seq": r.seq, "data": r.data}
            for r in answer.records
        ]
    done = [a.op_id for a in answers]
    for chunk in chunks(done):
        session.execute(delete(OutboxOp).where(col(OutboxOp.op_id).in_(chunk)))
    records, confirmed = _confirm_unchanged(session, records)
    outcome.records = apply_changes(session, records, replace="equal")
    outcome.records.add(confirmed)
    return outcome


# What the server sets on a record it confirms without changing what it says: a record whose
# every other stored value equals the answer's needs only these (no search row to rebuild).
SYNC_STAMPS = ("version", "base_version", "server_seq", "updated_by")


def _confirm_unchanged(
    session: Session, records: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], Applied]:
    """Split a push's answered records: those the store already holds with the same content
    (the usual answer to an applied edit: the server kept what this device sent) get the
    server's version, sequence number and author stamp in one executemany, which is what
    apply_changes(replace="equal") would have written for them (it keeps the store's values
    of fields with ops still waiting, equal here as well) without building their search rows
    again; the rest are returned for apply_changes. Values are compared as stored (the
    driver's form), so anything the server changed, or wrote differently, takes the full
    path."""
    confirmed = Applied()
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for change in records:
        key = (change["entity"], change["id"])
        if change["entity"] in SPECS and (
            key not in latest or latest[key]["version"] <= change["version"]
        ):
            latest[key] = change
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for (entity, _id), change in latest.items():
        by_entity.setdefault(entity, []).append(change)
    rest: list[dict[str, Any]] = [c for c in records if c["entity"] not in SPECS]
    connection = session.connection()
    for entity, items in by_entity.items():
        table = table_of(entity)
        names = [c.name for c in table.columns]
        content = [i for i, n in enumerate(names) if n not in SYNC_STAMPS]
        build = _row_builder(entity, connection.dialect)
        quoted = ", ".join(f'"{n}"' for n in names)
        held: dict[str, tuple[Any, ...]] = {}
        for chunk in chunks([c["id"] for c in items]):
            rows = connection.exec_driver_sql(
                f'SELECT {quoted} FROM "{table.name}" WHERE "id" IN ({", ".join("?" * len(chunk))})',
                tuple(chunk),
            )
            held.update((row[names.index("id")], tuple(row)) for row in rows)
        stamps: list[tuple[Any, ...]] = []
        for change in items:
            mine = held.get(change["id"])
            if mine is None or _bad_blob(change):
                rest.append(change)
                continue
            theirs = build(change)
            if any(mine[i] != theirs[i] for i in content):
                rest.append(change)
                continue
            stamps.append(
                (
                    change["version"],
                    change["version"],
                    change["seq"],
                    theirs[names.index("updated_by")],
                    change["id"],
                    change["version"],
                )
            )
            confirmed.ids.append(change["id"])
        if stamps:
            confirmed.entities.add(entity)
            sql = (
                f'UPDATE "{table.name}" SET "version" = ?, "base_version" = ?, "server_seq" = ?,'
                ' "updated_by" = ? WHERE "id" = ? AND "version" <= ?'
            )
            confirmed.count += max(0, connection.exec_driver_sql(sql, stamps).rowcount)
            waiting = pending_fields(session, entity, [s[4] for s in stamps])
            settled = [s[4] for s in stamps if s[4] not in waiting]
            if settled and session.execute(select(col(SyncShadow.entity)).limit(1)).first():
                forget_shadows(session, entity, settled)
    return rest, confirmed


def _shadow_values(session: Session, entity: str, record_id: str) -> dict[str, Any]:
    shadow = session.get(SyncShadow, (entity, record_id))
    return dict(shadow.values) if shadow else {}


def _instant(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _record_conflict(session: Session, op: OutboxOp, answer: Answer, now: datetime) -> None:
    base = _shadow_values(session, op.entity, op.record_id)
    server_doc = answer.records[0].data if answer.records else {}
    fields = {
        clash.field: {
            "base": base.get(clash.field),
            "local": clash.local,
            "server": clash.server,
            "server_by": clash.server_by,
            "server_at": clash.server_at,
        }
        for clash in answer.clashes
    }
    session.add(
        SyncConflict(
            entity=op.entity,
            record_id=op.record_id,
            kind=answer.conflict or "field",
            op_id=op.op_id,
            fields=fields,
            payload=op.payload,
            local_by=str(op.payload.get("updated_by") or ""),
            local_at=_instant(op.payload.get("updated_at")) or op.created_at,
            server_by=str(server_doc.get("updated_by") or ""),
            server_at=_instant(server_doc.get("updated_at")),
            created_at=now,
            names=answer.names,
        )
    )


def _record_rejection(session: Session, op: OutboxOp, answer: Answer, now: datetime) -> None:
    spec = SPECS.get(op.entity)
    step = op.payload.get("step") if op.kind == "transition" else None
    if spec and spec.transition and isinstance(step, dict) and step.get("id"):
        # The history step of a refused action never happened: it leaves the store (it was
        # never on the server); the action itself stays visible in the conflict list.
        steps = table_of(spec.transition.step_entity)
        session.execute(delete(steps).where(steps.c.id == step["id"], steps.c.version == 0))
    session.add(
        SyncConflict(
            entity=op.entity,
            record_id=op.record_id,
            kind="rejected",
            op_id=op.op_id,
            fields={},
            payload={"kind": op.kind, **op.payload},
            reason=answer.reason,
            local_by=str(op.payload.get("updated_by") or ""),
            local_at=op.created_at,
            created_at=now,
        )
    )


# --- verify ----------------------------------------------------------------------------------------
def local_digests(session: Session) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for entity in SPECS:
        table = table_of(entity)
        pairs = [
            (rid, version)
            for rid, version in session.execute(
                select(table.c.id, table.c.version).where(table.c.version > 0)
            ).all()
        ]
        if pairs:
            found[entity] = (len(pairs), digest_lines(pairs))
    return found


def local_versions(session: Session, entity: str) -> dict[str, int]:
    table = table_of(entity)
    return dict(
        session.execute(select(table.c.id, table.c.version).where(table.c.version > 0)).all()
    )


def drop_unknown(session: Session, entity: str, ids: list[str]) -> int:
    """Remove confirmed records the server no longer gives this device (out of scope or
    purged), unless they still have ops waiting."""
    waiting = pending_fields(session, entity, ids)
    gone = [rid for rid in ids if rid not in waiting]
    table = table_of(entity)
    for chunk in chunks(gone):
        session.execute(delete(table).where(table.c.id.in_(chunk), table.c.version > 0))
    spec = SPECS[entity]
    if spec.household_field == "id" and gone:
        refresh_households(session, gone)
    return len(gone)


# --- reconcile after the server went back in time -----------------------------------------------
def confirmed_docs(session: Session, entity: str) -> dict[str, tuple[int, dict[str, Any]]]:
    """Every record of `entity` the server once confirmed, as the server last confirmed it
    (this device's unanswered edits taken back out, from the shadow): id → (version, doc)."""
    model = SPECS[entity].model
    shadows = {
        row.record_id: row.values
        for row in session.execute(
            select(SyncShadow).where(col(SyncShadow.entity) == entity)
        ).scalars()
    }
    found: dict[str, tuple[int, dict[str, Any]]] = {}
    for record in session.execute(select(model).where(col(model.version) > 0)).scalars():
        doc = {**codec.to_wire(record), **shadows.get(record.id, {})}
        found[record.id] = (record.version, doc)
    return found


def note_version(session: Session, entity: str, record_id: str, version: int) -> None:
    table = table_of(entity)
    session.execute(
        table.update().where(table.c.id == record_id).values(version=version, base_version=version)
    )


def requeue_first(
    session: Session, entity: str, record_id: str, op: OutboxOp, version: int
) -> None:
    """Queue `op` ahead of the record's waiting ops (they are queued again after it, unchanged)
    and note the record at the server's `version` (0: the server does not have it)."""
    waiting = list(
        session.execute(
            select(OutboxOp)
            .where(col(OutboxOp.entity) == entity, col(OutboxOp.record_id) == record_id)
            .order_by(col(OutboxOp.seq))
        ).scalars()
    )
    copies = [
        OutboxOp(
            op_id=w.op_id,
            entity=w.entity,
            record_id=w.record_id,
            kind=w.kind,
            base_version=w.base_version,
            payload=w.payload,
            created_at=w.created_at,
        )
        for w in waiting
    ]
    for w in waiting:
        session.delete(w)
    session.flush()
    session.add(op)
    session.flush()
    for copy in copies:
        session.add(copy)
    note_version(session, entity, record_id, version)
    session.flush()
