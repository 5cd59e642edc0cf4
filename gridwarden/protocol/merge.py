"""Field-level three-way merge, decided by the server (pure functions, no database).

The server keeps, per record and per field, the version at which the field last changed and
which device changed it (FieldMeta). A pushed op says which server version it started from
(base_version) and carries only the fields it changed. For each field:

- same value as the server's: nothing to do;
- the server's value changed after the base, by another device: a clash — both values are kept
  (the server's stays in the record, the pushed one goes to a person via the client's
  conflict list), the other fields still merge;
- otherwise the pushed value applies.

A device's own earlier writes never clash with its later ones: its ops arrive in order, so a
field it wrote after the base is a value it built upon. Edit against delete is a conflict both
ways (a record deleted after the base is not silently revived; a record edited after the base is
not silently deleted). Append-only records never conflict: they are created once and voiding
always applies. The base values shown to a person come from the client's shadow (sync_shadow).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Stamped by every write; they follow the applied change and never clash.
STAMP_FIELDS = frozenset({"updated_at", "updated_by"})
# The meta entry of every field not changed since the record was created (keeps meta small).
CREATED = "*"


@dataclass(frozen=True)
class FieldMeta:
    version: int
    device: str
    by: str
    at: str | None

    def to_list(self) -> list[Any]:
        return [self.version, self.device, self.by, self.at]

    @staticmethod
    def from_list(raw: list[Any]) -> FieldMeta:
        return FieldMeta(int(raw[0]), str(raw[1]), str(raw[2]), raw[3])


@dataclass
class Clashed:
    field: str
    local: Any
    server: Any
    meta: FieldMeta | None


@dataclass
class Merge:
    """What one op does to one record."""

    applied: dict[str, Any] = field(default_factory=dict)
    clashes: list[Clashed] = field(default_factory=list)
    conflict: str | None = None  # "field" | "deleted" | "edited"

    @property
    def changes_record(self) -> bool:
        return bool(set(self.applied) - STAMP_FIELDS)


def _changed_since(meta: FieldMeta | None, base: int, device: str) -> bool:
    return meta is not None and meta.version > base and meta.device != device


def field_meta(meta: dict[str, FieldMeta], name: str) -> FieldMeta | None:
    return meta.get(name) or meta.get(CREATED)


def merge_upsert(
    current: dict[str, Any],
    meta: dict[str, FieldMeta],
    base: int,
    changes: dict[str, Any],
    device: str,
) -> Merge:
    """An edit of an existing record. `changes` are normalised values of the pushed fields."""
    result = Merge()
    if current.get("deleted_at") is not None and _changed_since(
        field_meta(meta, "deleted_at"), base, device
    ):
        result.conflict = "deleted"
        result.clashes = [
            Clashed(name, value, current.get(name), field_meta(meta, name))
            for name, value in changes.items()
            if name not in STAMP_FIELDS and name != "deleted_at"
        ]
        return result
    for name, value in changes.items():
        if name in STAMP_FIELDS or value == current.get(name):
            continue
        known = field_meta(meta, name)
        if _changed_since(known, base, device):
            result.clashes.append(Clashed(name, value, current.get(name), known))
        else:
            result.applied[name] = value
    if result.clashes:
        result.conflict = "field"
    if result.applied:
        result.applied.update({k: v for k, v in changes.items() if k in STAMP_FIELDS})
    return result


def merge_delete(
    current: dict[str, Any],
    meta: dict[str, FieldMeta],
    base: int,
    stamp: dict[str, Any],
    device: str,
    append_only: bool,
) -> Merge:
    """A tombstone. `stamp` holds deleted_at, updated_at and updated_by."""
    result = Merge()
    if current.get("deleted_at") is not None:
        return result  # already deleted: nothing to do, nothing lost
    if not append_only:
        edited = [
            name
            for name, m in meta.items()
            if name not in STAMP_FIELDS and name != CREATED and _changed_since(m, base, device)
        ]
        if edited:
            result.conflict = "edited"
            result.clashes = [
                Clashed(name, None, current.get(name), meta.get(name)) for name in sorted(edited)
            ]
            return result
    result.applied = dict(stamp)
    return result


def stamp_meta(
    meta: dict[str, FieldMeta], names: list[str] | set[str], version: int, device: str, doc: dict
) -> dict[str, FieldMeta]:
    """Record that `names` changed at `version` by `device` (a new record: all its fields)."""
    entry = FieldMeta(version, device, str(doc.get("updated_by") or ""), doc.get("updated_at"))
    if not meta:
        return {CREATED: entry}
    updated = dict(meta)
    for name in names:
        if name not in STAMP_FIELDS:
            updated[name] = entry
    return updated


def rebase(server: dict[str, Any], local: dict[str, Any], pending: set[str]) -> dict[str, Any]:
    """The client's view after a server change arrives: the server's values, except the fields
    the device changed and has not had answered yet (they are still on their way)."""
    merged = dict(server)
    for name in pending:
        if name in local:
            merged[name] = local[name]
    return merged
