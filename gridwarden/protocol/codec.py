"""Records on the wire: JSON documents of a model's synced columns, and back to column values.

A document holds every column except the local bookkeeping (version, server_seq, base_version),
in model_dump's JSON form (ISO dates, UTC instants ending in Z). The server normalises what it
receives by validating it with the same model, so both sides compare like with like. Reading a
pulled page converts with per-column parsers built once per model, not a model instance per
record: that is what keeps a 400,000-record first pull fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model
from sqlalchemy import Date, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from gridwarden.models import Synced
from gridwarden.models.base import LOCAL_FIELDS

Parser = Callable[[Any], Any]


def _parse_instant(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _parse_day(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def identity(value: Any) -> Any:
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
            found[column.name] = identity
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


# --- straight to the driver (a pull's bulk path) ---------------------------------------------------
# An instant as pydantic writes it (UTC, Z or +00:00) and a day, and how SQLite stores them:
# "2026-11-29 02:00:00.000000" and "2026-11-29" (SQLAlchemy's SQLite DATETIME/DATE formats).
_INSTANT = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?(?:Z|\+00:00)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _stored_instant(process: Parser) -> Parser:
    def convert(value: Any) -> Any:
        if isinstance(value, str):
            found = _INSTANT.fullmatch(value)
            if found is not None:
                day, time, fraction = found.groups()
                return f"{day} {time}.{(fraction or '').ljust(6, '0')}"
            value = datetime.fromisoformat(value)  # another offset (or none): the general path
        return None if value is None else process(value)

    return convert


def _stored_day(process: Parser) -> Parser:
    def convert(value: Any) -> Any:
        if isinstance(value, str):
            if _DAY.fullmatch(value):
                return value
            value = date.fromisoformat(value)
        return None if value is None else process(value)

    return convert


def _stored_other(process: Parser) -> Parser:
    return lambda value: None if value is None else process(value)


def stored_converters(model: type[Synced], dialect: Dialect) -> dict[str, Parser]:
    """Column name -> converter from its JSON form straight to the value the driver stores,
    for every synced column: the same stored value as from_wire followed by the column's own
    bind processor, without building a datetime to format it back into text (a first pull
    converts ~800,000 instants). Text and numbers go through untouched."""
    found: dict[str, Parser] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.name in LOCAL_FIELDS:
            continue
        process = column.type._cached_bind_processor(dialect)
        kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
        if isinstance(kind, DateTime) and process is not None:
            found[column.name] = _stored_instant(process)
        elif isinstance(kind, Date) and process is not None:
            found[column.name] = _stored_day(process)
        elif process is not None:
            found[column.name] = _stored_other(process)
        else:
            found[column.name] = identity
    return found
