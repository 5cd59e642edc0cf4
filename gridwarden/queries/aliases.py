"""Aliases of a model built on first use, for queries that keep one at module level.

`aliased(Model)` configures every mapper of the registry. At import time that is ~90 ms of
start-up before the main window; on first use it is part of the first query, which configures
the mappers anyway. Kept at module level (built once, not per call) because a new alias per
call rebuilds its column collection."""

from __future__ import annotations

from functools import cached_property
from typing import Any, TypeVar, cast

from sqlalchemy.orm import aliased

T = TypeVar("T")


class _Later:
    def __init__(self, model: type[Any]) -> None:
        self._model = model

    @cached_property
    def _alias(self) -> Any:
        return aliased(self._model)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._alias, name)


def alias_on_use(model: type[T]) -> type[T]:
    """An alias of `model` that is built when one of its columns is first used."""
    return cast(type[T], _Later(model))
