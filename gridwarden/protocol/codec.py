"""Records on the wire: JSON documents of a model's synced columns, and back to column values.

A document holds every column except the local bookkeeping (version, server_seq, base_version),
in model_dump's JSON form (ISO dates, UTC instants ending in Z). The server normalises what it
receives by validating it with the same model, so both sides compare like with like. Reading a
pulled page converts with per-column parsers built once per model, not a model instance per
record: that is what keeps a 400,000-record first pull fast.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model
from sqlalchemy import Date, DateTime
from sqlalchemy.types import TypeDecorator

from gridwarden.models import Synced
from gridwarden.models.base import LOCAL_FIELDS

Parser = Callable[[Any], Any]


def _parse_instant(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _parse_day(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _identity(value: Any) -> Any:
    return value


@cache
def parsers(model: type[Synced]) -> dict[str, Parser]:
    """Column name -> converter from its JSON form, for every synced column of `model`."""
    found: dict[str, Parser] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.name in LOCAL_FIELDS:
            continue
        kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
        if isinstance(kind, DateTime):
            found[column.name] = _parse_instant
        elif isinstance(kind, Date):
            found[column.name] = _parse_day
        else:
            found[column.name] = _identity
    return found


def from_wire(model: type[Synced], data: dict[str, Any]) -> dict[str, Any]:
    """Column values from a document (unknown keys are dropped: a newer server may send more)."""
    table = parsers(model)
    return {name: table[name](value) for name, value in data.items() if name in table}


def to_wire(record: Synced, names: set[str] | None = None) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude=set(LOCAL_FIELDS))
    return data if names is None else {k: v for k, v in data.items() if k in names}


@cache
def document_model(model: type[Synced]) -> type[BaseModel]:
    """A plain pydantic twin of a table model's synced fields (same types and limits): it
    validates a document ten times faster than the table model, which builds an ORM object."""
    fields: dict[str, Any] = {
        name: (info.annotation, info)
        for name, info in model.model_fields.items()
        if name not in LOCAL_FIELDS
    }
    return create_model(
        f"{model.__name__}Document", __config__=ConfigDict(extra="ignore"), **fields
    )


def normalise(model: type[Synced], doc: dict[str, Any]) -> dict[str, Any]:
    """Validate a whole document with its model's types and return it in canonical JSON form
    (raises pydantic.ValidationError on a wrong type, a missing column or an overlong text)."""
    return document_model(model).model_validate(doc).model_dump(mode="json")


def json_value(value: Any) -> Any:
    """One column value in its JSON form, as pydantic writes it: UTC instants end in Z."""
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def defaults(model: type[Synced]) -> dict[str, Any]:
    """Plain default values of a model's columns, for documents that lack a column (a server
    older than this client): a row insert needs every column."""
    found: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name in LOCAL_FIELDS:
            continue
        if info.default_factory is not None:
            found[name] = info.default_factory()  # type: ignore[call-arg]
        elif not info.is_required():
            found[name] = info.default
    return found
