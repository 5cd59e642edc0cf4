"""Applying a pushed batch of ops: merge, validate, scope-check, sequence, remember answers.

One batch is one transaction. It starts by locking the change counter (see db.py), reads every
record the batch touches, applies the ops in order, gives each applied change the next sequence
number, stores each op's answer and commits. An unexpected error rolls everything back and the
client retries the same ops: nothing half-applied, and a retry is always safe.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from pydantic import ValidationError as PydanticError
from sqlalchemy import bindparam, insert, select, update
from sqlmodel import Session, col

from gridwarden.errors import GridWardenError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg
from gridwarden.models.base import LOCAL_FIELDS
from gridwarden.protocol import codec
from gridwarden.protocol.merge import (
    STAMP_FIELDS,
    FieldMeta,
    Merge,
    merge_delete,
    merge_upsert,
    stamp_meta,
)
from gridwarden.protocol.messages import Answer, Change, Clash, Op, PushAnswer, checked_text
from gridwarden.protocol.registry import (
    LIFECYCLE_FIELDS,
    STARTING_STATES,
    EntitySpec,
    dependants,
    lookups_of,
    may_write,
    off_vocabulary,
    parents_named,
    spec_of,
)
from gridwarden.protocol.stamps import user_of_stamp
from gridwarden.server import audit
from gridwarden.server.auth import Caller
from gridwarden.server.blobs import may_reference
from gridwarden.server.db import ChangeCounter, Record, StoredAnswer, User, dumps, utcnow

log = logging.getLogger("gridwarden.server.push")

UNKNOWN_ENTITY = QT_TRANSLATE_NOOP("core", "服务器不认识这类记录：{entity}")
UNKNOWN_RECORD = QT_TRANSLATE_NOOP("core", "服务器上没有这条记录")
NO_PLACE = QT_TRANSLATE_NOOP("core", "无法确定该记录属于哪个网格、工作站或窗口")
NOT_IN_SCOPE = QT_TRANSLATE_NOOP("core", "该记录不在您的负责范围内")
ROLE_REFUSED = QT_TRANSLATE_NOOP("core", "您的角色不能修改这类记录")
ACTION_ROLE_REFUSED = QT_TRANSLATE_NOOP("core", "您的角色不能办理这一步")
APPEND_ONLY = QT_TRANSLATE_NOOP("core", "该类记录只能新增或作废，不能修改")
BAD_DATA = QT_TRANSLATE_NOOP("core", "记录内容不合规：{detail}")
NOT_A_TRANSITION = QT_TRANSLATE_NOOP("core", "这类记录没有状态流转")
OP_ID_TAKEN = QT_TRANSLATE_NOOP("core", "操作编号已被其他设备使用")
STEP_EXISTS = QT_TRANSLATE_NOOP("core", "办理记录编号已存在，不能重复使用")
BLOB_UNKNOWN = QT_TRANSLATE_NOOP("core", "附件文件尚未上传到服务器，或您无权引用该文件")
NOT_A_START = QT_TRANSLATE_NOOP("core", "新记录不能以“{status}”状态开始")
BY_STEPS_ONLY = QT_TRANSLATE_NOOP("core", "“{field}”只能通过办理步骤改变，不能直接修改")

# Who did it is the server's to say, from the token: the caller's stamp and name replace what
# a pushed record claims (ARCHITECTURE rule 15).
ACTOR_ID_FIELDS = frozenset({"actor_id", "visitor_id"})
ACTOR_NAME_FIELDS = frozenset({"actor_name", "recorded_by", "received_by", "visitor_name"})


class _Refused(Exception):
    def __init__(self, template: str, **args: Any) -> None:
        super().__init__(template)
        self.reason = msg(template, **args).render()


def _pydantic_detail(exc: PydanticError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where}: {first.get('msg', '')}"[:300]


_COLUMNS = ("entity", "id", "version", "seq", "scope", "deleted", "blob", "doc", "meta")
_RECORD = Record.__table__  # type: ignore[attr-defined]
_READ = select(*(_RECORD.c[name] for name in _COLUMNS))


class _Row:
    """One record as this batch holds it: read as plain columns, changed here, and written
    back at the end of the batch with one executemany per kind of change (no ORM object,
    attribute events or unit of work per record: most of a push's records are one UPDATE of
    version, seq, doc and meta)."""

    __slots__ = (*_COLUMNS, "changed", "created", "parsed")

    def __init__(self, values: Any, created: bool = False) -> None:
        (
            self.entity,
            self.id,
            self.version,
            self.seq,
            self.scope,
            self.deleted,
            self.blob,
            self.doc,
            self.meta,
        ) = values
        self.created = created
        self.changed: set[str] = set()
        # the document parsed once while the batch was loaded, handed to its first user
        self.parsed: dict[str, Any] | None = None

    def set(self, **values: Any) -> None:
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                self.changed.add(name)

    def document(self) -> dict[str, Any]:
        """The stored document as a dict of the caller's own."""
        parsed, self.parsed = self.parsed, None
        return parsed if parsed is not None else json.loads(self.doc)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _COLUMNS}


class Batch:
    def __init__(self, session: Session, caller: Caller) -> None:
        self.session = session
        self.caller = caller
        self.rows: dict[tuple[str, str], _Row | None] = {}
        self.written: dict[tuple[str, str], _Row] = {}  # new or changed, not yet in the table
        self.seq = 0

    # --- records -----------------------------------------------------------------------------
    def _load(self, ops: list[Op]) -> None:
        """The batch's records in a few queries (one per type and 500 ids), not one per op:
        the ops' own records and steps, then what their scope rules will look up (a
        household's area, a resident's household)."""
        wanted: dict[str, set[str]] = {}
        for op in ops:
            wanted.setdefault(op.entity, set()).add(op.id)
            step = op.payload.get("step") if op.kind == "transition" else None
            spec = spec_of(op.entity)
            if isinstance(step, dict) and spec and spec.transition and "id" in step:
                wanted.setdefault(spec.transition.step_entity, set()).add(str(step["id"]))
        self._fetch(wanted)
        looked_up: dict[str, set[str]] = {}
        for op in ops:
            spec = spec_of(op.entity)
            if spec is None:
                continue
            row = self.rows.get((op.entity, op.id))
            stored: dict[str, Any] = {}
            if row is not None:
                if row.parsed is None:
                    row.parsed = json.loads(row.doc)
                stored = row.parsed
            doc = {**stored, **op.payload}
            for entity, key in lookups_of(spec.scope, doc):
                if key and (entity, key) not in self.rows:
                    looked_up.setdefault(entity, set()).add(key)
        self._fetch(looked_up)

    def _fetch(self, wanted: dict[str, set[str]]) -> None:
        for entity, ids in wanted.items():
            keys = sorted(ids)
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                for key in chunk:
                    self.rows[(entity, key)] = None  # absent unless found
                found = self.session.execute(
                    _READ.where(_RECORD.c.entity == entity, _RECORD.c.id.in_(chunk))
                )
                for values in found:
                    self.rows[(entity, values[1])] = _Row(values)

    def row(self, entity: str, record_id: str) -> _Row | None:
        key = (entity, record_id)
        if key not in self.rows:
            # Every row this batch wrote is in self.rows already (the table has not seen it
            # yet): a record not there is read as it was before the batch.
            found = self.session.execute(
                _READ.where(_RECORD.c.entity == entity, _RECORD.c.id == record_id)
            ).first()
            self.rows[key] = _Row(found) if found is not None else None
        return self.rows[key]

    def lookup(self, entity: str, record_id: str) -> tuple[dict[str, Any], str] | None:
        row = self.row(entity, record_id) if record_id else None
        return (json.loads(row.doc), row.scope) if row is not None else None

    def _lookup_seen(self, entity: str, record_id: str) -> tuple[dict[str, Any], str] | None:
        """A record as the server holds it, when the caller may see it (a record of another
        scope is answered as absent: its state is not the caller's to learn)."""
        found = self.lookup(entity, record_id)
        return found if found is not None and self.caller.sees(found[1]) else None

    def _write(
        self,
        spec: EntitySpec,
        row: _Row | None,
        doc: dict[str, Any],
        meta: dict[str, FieldMeta],
        scope: str,
    ) -> _Row:
        moved_from = row.scope if row is not None and row.scope != scope else None
        self.seq += 1
        blob = str(doc.get(spec.blob_field) or "") or None if spec.blob_field else None
        deleted = doc.get("deleted_at") is not None
        meta_text = dumps({k: m.to_list() for k, m in meta.items()})
        if row is None:
            values = (spec.name, str(doc["id"]), 1, self.seq, scope, deleted, blob, dumps(doc))
            row = _Row((*values, meta_text), created=True)
            self.rows[(spec.name, row.id)] = row
        else:
            row.set(version=row.version + 1, seq=self.seq, scope=scope, deleted=deleted, blob=blob)
            row.set(doc=dumps(doc), meta=meta_text)
        row.parsed = None
        self.written[(row.entity, row.id)] = row
        if moved_from is not None:
            self._carry_dependants(spec.name, row.id, moved_from)
        return row

    def flush(self) -> None:
        """What the batch wrote so far into the table: new records in one executemany, and
        changed ones in one per set of changed columns (an index is only touched when one
        of its columns changes, as with the ORM's UPDATE of the changed columns)."""
        if not self.written:
            return
        created = [r.values() for r in self.written.values() if r.created]
        changed: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in self.written.values():
            if not row.created and row.changed:
                names = tuple(sorted(row.changed))
                values = {f"new_{n}": getattr(row, n) for n in names}
                changed.setdefault(names, []).append(
                    {"key_entity": row.entity, "key_id": row.id, **values}
                )
            row.created = False
            row.changed = set()
        self.written = {}
        if created:
            self.session.execute(insert(_RECORD), created)
        for names, rows in changed.items():
            statement = (
                update(_RECORD)
                .where(
                    _RECORD.c.entity == bindparam("key_entity"),
                    _RECORD.c.id == bindparam("key_id"),
                )
                .values({n: bindparam(f"new_{n}") for n in names})
            )
            self.session.execute(statement, rows)

    def _carry_dependants(self, entity: str, record_id: str, old_scope: str) -> None:
        """A record moved to another scope (a household to another grid, a dispute to another
        station): the records whose scope follows it (residents, visits, sessions, files…) move
        with it, each with a new sequence number so that devices of the new scope pull them.
        Devices of the old scope drop their copies at their next verify."""
        for spec in dependants(entity):
            self.flush()  # the query below sees what this batch wrote (moves included)
            found = self.session.execute(
                _READ.where(
                    _RECORD.c.entity == spec.name,
                    _RECORD.c.scope == old_scope,
                    _RECORD.c.doc.contains(f'"{record_id}"'),  # a text filter; checked below
                )
            ).all()
            for values in found:
                row = self.rows.get((spec.name, values[1])) or _Row(values)
                self.rows[(spec.name, row.id)] = row
                doc = json.loads(row.doc)
                if (entity, record_id) not in parents_named(spec.scope, doc):
                    continue
                scope = spec.scope(doc, self.lookup)
                if not scope or scope == row.scope:
                    continue
                self.seq += 1
                row.set(seq=self.seq, scope=scope)
                self.written[(row.entity, row.id)] = row
                self._carry_dependants(spec.name, row.id, old_scope)

    def _place(self, spec: EntitySpec, doc: dict[str, Any], handing_over: bool = False) -> str:
        """The record's scope; refused unless the caller works there (or hands it over by a
        step that may: the caller's own scope was checked on the record as it stood)."""
        scope = spec.scope(doc, self.lookup)
        if not scope:
            raise _Refused(NO_PLACE)
        if not self.caller.works_in(scope) and not handing_over:
            raise _Refused(NOT_IN_SCOPE)
        return scope

    def _normalise(self, spec: EntitySpec, doc: dict[str, Any]) -> dict[str, Any]:
        """The document in canonical form, refused unless it has the model's types and
        limits and its coded fields hold values of the app's own lists."""
        try:
            normal = codec.normalise(spec.model, doc)
        except PydanticError as exc:
            raise _Refused(BAD_DATA, detail=_pydantic_detail(exc)) from None
        wrong = off_vocabulary(spec.name, normal)
        if wrong:
            raise _Refused(BAD_DATA, detail=wrong)
        return normal

    # --- ops ---------------------------------------------------------------------------------
    def apply(self, op: Op) -> Answer:
        spec = spec_of(op.entity)
        try:
            if spec is None:
                raise _Refused(UNKNOWN_ENTITY, entity=op.entity)
            if not may_write(spec, self.caller.role):
                raise _Refused(ROLE_REFUSED)
            row = self.row(op.entity, op.id)
            if row is not None and not self.caller.works_in(row.scope):
                raise _Refused(NOT_IN_SCOPE)
            if op.kind == "transition":
                return self._transition(spec, op, row)
            if row is None:
                if op.kind == "delete":
                    raise _Refused(UNKNOWN_RECORD)
                return self._create(spec, op)
            return self._change(spec, op, row)
        except _Refused as refused:
            current = self.row(op.entity, op.id) if spec else None
            records = (
                [_change_of(current)] if current is not None and self._visible(current) else []
            )
            return Answer(op_id=op.op_id, status="rejected", reason=refused.reason, records=records)

    def _visible(self, row: _Row) -> bool:
        return self.caller.sees(row.scope)

    def _authored(self, payload: dict[str, Any], created: bool) -> dict[str, Any]:
        """The pushed fields with authorship set by the server: updated_by is the caller's
        stamp; on a new record its actor fields name the caller, on an existing one they
        keep what they said."""
        fields = {**_fields(payload), "updated_by": self.caller.stamp}
        for name in ACTOR_ID_FIELDS | ACTOR_NAME_FIELDS:
            if name not in fields:
                continue
            if not created:
                del fields[name]
            else:
                fields[name] = (
                    self.caller.user_id if name in ACTOR_ID_FIELDS else self.caller.user_name
                )
        return fields

    def _check_blob(self, spec: EntitySpec, doc: dict[str, Any], before: Any) -> None:
        """A record may point at a file only if the caller uploaded it or could read it
        already: knowing a file's sha256 is not a right to another grid's photo."""
        if not spec.blob_field:
            return
        sha = doc.get(spec.blob_field)
        if not sha or sha == before:
            return
        self.flush()  # may_reference reads the records: those of this batch included
        if not may_reference(self.session, self.caller, str(sha)):
            raise _Refused(BLOB_UNKNOWN)

    def _create(self, spec: EntitySpec, op: Op) -> Answer:
        doc = self._normalise(spec, {**self._authored(op.payload, True), "id": op.id})
        starts = STARTING_STATES.get(spec.name)
        if starts is not None and str(doc.get("status")) not in starts:
            raise _Refused(NOT_A_START, status=str(doc.get("status")))
        scope = self._place(spec, doc)
        self._check_blob(spec, doc, None)
        meta = stamp_meta({}, [], 1, self.caller.device_id, doc)
        row = self._write(spec, None, doc, meta, scope)
        return Answer(op_id=op.op_id, status="applied", records=[_change_of(row)])

    def _change(self, spec: EntitySpec, op: Op, row: _Row) -> Answer:
        current = row.document()
        meta = {k: FieldMeta.from_list(v) for k, v in json.loads(row.meta).items()}
        device = self.caller.device_id
        pushed = self._authored(op.payload, False)
        if op.kind == "delete":
            stamp = self._normalise(spec, {**current, **pushed, "id": op.id})
            wanted = {k: stamp[k] for k in ("deleted_at", *STAMP_FIELDS)}
            merge = merge_delete(current, meta, op.base_version, wanted, device, spec.append_only)
        else:
            merged = self._normalise(spec, {**current, **pushed, "id": op.id})
            changes = {k: merged[k] for k in pushed if k in merged}
            for name in LIFECYCLE_FIELDS.get(spec.name, ()):
                if name in changes and changes[name] != current.get(name):
                    raise _Refused(BY_STEPS_ONLY, field=name)
            if spec.append_only and any(
                changes[k] != current.get(k) for k in changes if k not in STAMP_FIELDS
            ):
                raise _Refused(APPEND_ONLY)
            merge = merge_upsert(current, meta, op.base_version, changes, device)
        if merge.changes_record:
            doc = {**current, **merge.applied}
            scope = self._place(spec, doc)
            self._check_blob(spec, doc, current.get(spec.blob_field or ""))
            version = row.version + 1
            meta = stamp_meta(meta, list(merge.applied), version, device, doc)
            self._write(spec, row, doc, meta, scope)
        return _answer(op, merge, row)

    def _transition(self, spec: EntitySpec, op: Op, row: _Row | None) -> Answer:
        rule = spec.transition
        if rule is None:
            raise _Refused(NOT_A_TRANSITION)
        if row is None:
            raise _Refused(UNKNOWN_RECORD)
        if not rule.may_take(str(op.payload.get("action")), self.caller.role):
            raise _Refused(ACTION_ROLE_REFUSED)
        current = row.document()
        step_spec = spec_of(rule.step_entity)
        step_raw = op.payload.get("step")
        step_id = step_raw.get("id") if isinstance(step_raw, dict) else None
        if step_spec is None or not isinstance(step_raw, dict) or not _is_id(step_id):
            raise _Refused(BAD_DATA, detail="step")
        if self.row(step_spec.name, str(step_id)) is not None:
            # a history step is new by definition: naming an existing one (of this record or
            # of any other, in any scope; a replayed step) is refused before anything is
            # decided, never answered with that step
            raise _Refused(STEP_EXISTS)
        try:
            if rule.check is not None:
                rule.check(current, op.payload, self._lookup_seen)
            if rule.decide_seen is not None:
                values, step_fix = rule.decide_seen(current, op.payload, self._lookup_seen)
            else:
                values, step_fix = rule.decide(current, op.payload)
        except GridWardenError as refused:
            return Answer(
                op_id=op.op_id,
                status="rejected",
                reason=refused.message.render(),
                records=[_change_of(row)],
            )
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise _Refused(BAD_DATA, detail=str(exc)[:200]) from None
        values = {**values, "updated_by": self.caller.stamp}
        doc = self._normalise(spec, {**current, **values, "id": row.id})
        step_doc = self._normalise(
            step_spec, {**self._authored(step_raw, True), **step_fix, "id": step_id}
        )
        meta = {k: FieldMeta.from_list(v) for k, v in json.loads(row.meta).items()}
        changed = [k for k in doc if doc[k] != current.get(k)]
        version = row.version + 1
        meta = stamp_meta(meta, changed, version, self.caller.device_id, doc)
        # Both places are checked before anything is written: an op applies whole or not at all.
        handing_over = str(op.payload.get("action")) in rule.hands_over
        scope = self._place(spec, doc, handing_over)
        self._place(step_spec, step_doc)
        self._write(spec, row, doc, meta, scope)
        records = [_change_of(row)]
        # placed again after the record moved: the step goes where the record went
        step_scope = self._place(step_spec, step_doc, handing_over)
        step_meta = stamp_meta({}, [], 1, self.caller.device_id, step_doc)
        step_row = self._write(step_spec, None, step_doc, step_meta, step_scope)
        records.append(_change_of(step_row))
        return Answer(op_id=op.op_id, status="applied", records=records)


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 36 and value.replace("-", "").isalnum()


def _fields(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k not in LOCAL_FIELDS and k != "id"}


def _change_of(row: _Row) -> Change:
    return Change(
        entity=row.entity, id=row.id, version=row.version, seq=row.seq, data=json.loads(row.doc)
    )


def _answer(op: Op, merge: Merge, row: _Row) -> Answer:
    clashes = [
        Clash(
            field=c.field,
            local=c.local,
            server=c.server,
            server_by=c.meta.by if c.meta else "",
            server_at=c.meta.at if c.meta else None,
        )
        for c in merge.clashes
    ]
    return Answer(
        op_id=op.op_id,
        status="conflict" if merge.conflict else "applied",
        conflict=merge.conflict,  # type: ignore[arg-type]
        clashes=clashes,
        records=[_change_of(row)],
    )


def push(
    session: Session, caller: Caller, ops: list[Op], audit_address: str | None = None
) -> PushAnswer:
    """Apply a batch in one transaction (the caller's session is not yet in one). Pushes that
    come over the API (audit_address set) are written to the server's audit trail. The
    answers are built of the checked request and stored records (messages.checked_text)."""
    with checked_text():
        return _push(session, caller, ops, audit_address)


def _push(session: Session, caller: Caller, ops: list[Op], audit_address: str | None) -> PushAnswer:
    with session.begin():
        # The counter row lock first: pushes commit one at a time, in sequence order.
        session.execute(
            update(ChangeCounter).where(col(ChangeCounter.id) == 1).values(seq=ChangeCounter.seq)
        )
        start = int(
            session.execute(
                select(col(ChangeCounter.seq)).where(col(ChangeCounter.id) == 1)
            ).scalar_one()
        )
        batch = Batch(session, caller)
        batch.seq = start
        stored = _stored_answers(session, [op.op_id for op in ops])
        batch._load([op for op in ops if op.op_id not in stored])
        answers: list[Answer] = []
        kept: list[dict[str, Any]] = []
        now = utcnow()
        for op in ops:
            earlier = stored.get(op.op_id)
            if earlier is not None:
                answers.append(_repeat(earlier, op, caller))
                continue
            answer = batch.apply(op)
            stored[op.op_id] = (caller.device_id, answer)
            kept.append(
                {
                    "op_id": op.op_id,
                    "device_id": caller.device_id,
                    "at": now,
                    "answer": answer.model_dump_json(),
                }
            )
            answers.append(answer)
        batch.flush()
        session.flush()
        if kept:  # one executemany (a repeat within the batch is answered from `stored`)
            session.execute(insert(StoredAnswer), kept)
        if batch.seq != start:
            session.execute(
                update(ChangeCounter).where(col(ChangeCounter.id) == 1).values(seq=batch.seq)
            )
        if audit_address is not None:
            counts: dict[str, int] = {}
            for answer in answers:
                counts[answer.status] = counts.get(answer.status, 0) + 1
            audit.append(
                session,
                "push",
                actor=caller.user_id,
                device=caller.device_id,
                address=audit_address,
                detail={"ops": len(ops), **counts, "seq": [start, batch.seq]},
            )
    return PushAnswer(answers=_with_names(session, caller, answers), head=batch.seq)


def _with_names(session: Session, caller: Caller, answers: list[Answer]) -> list[Answer]:
    """Conflict answers name the users behind both sides: the caller, and whoever the server
    recorded as the author of what the caller's record clashed with (records the caller may
    read). Never a name for a user id the pushed op merely claims."""
    mentioned: dict[int, set[str]] = {}
    for i, answer in enumerate(answers):
        if answer.status == "conflict" or answer.first_status == "conflict":
            users = {caller.user_id}
            users |= {user_of_stamp(c.server_by) for c in answer.clashes}
            users |= {user_of_stamp(r.data.get("updated_by")) for r in answer.records}
            mentioned[i] = users - {""}
    wanted = set().union(*mentioned.values()) if mentioned else set()
    if not wanted:
        return answers
    rows = session.execute(select(col(User.id), col(User.name)).where(col(User.id).in_(wanted)))
    names: dict[str, str] = {user_id: name for user_id, name in rows.all()}
    for i, users in mentioned.items():
        answers[i] = answers[i].model_copy(
            update={"names": {u: names[u] for u in sorted(users) if u in names}}
        )
    return answers


def _stored_answers(session: Session, op_ids: list[str]) -> dict[str, tuple[str, Answer]]:
    found: dict[str, tuple[str, Answer]] = {}
    for start in range(0, len(op_ids), 500):
        chunk = op_ids[start : start + 500]
        for row in session.execute(
            select(StoredAnswer).where(col(StoredAnswer.op_id).in_(chunk))
        ).scalars():
            found[row.op_id] = (row.device_id, Answer.model_validate_json(row.answer))
    return found


def _repeat(earlier: tuple[str, Answer], op: Op, caller: Caller) -> Answer:
    device, answer = earlier
    if device != caller.device_id:
        return Answer(op_id=op.op_id, status="rejected", reason=msg(OP_ID_TAKEN).render())
    first = answer.first_status or answer.status
    return answer.model_copy(update={"status": "duplicate", "first_status": first})
