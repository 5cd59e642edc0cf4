"""Sorting a list by a header, in SQL: the page names a sort key (a column of its list), the
query turns it into ORDER BY with the record's id as the tiebreak, so equal values always come
back in the same order and the keyed table model can page the ids lazily."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sort:
    key: str  # one of the query's sortable keys (unknown keys fall back to the default order)
    descending: bool = False


def order_by(
    sort: Sort | None, columns: Mapping[str, Any], tiebreak: Any, default: Sequence[Any]
) -> list[Any]:
    """ORDER BY terms: `default` without a (known) sort; else the column, empty values last in
    either direction, then the id in the same direction (a stable, total order)."""
    if sort is None or sort.key not in columns:
        return [*default, tiebreak]
    expression = columns[sort.key]
    if sort.descending:
        return [expression.is_(None), expression.desc(), tiebreak.desc()]
    return [expression.is_(None), expression.asc(), tiebreak.asc()]
