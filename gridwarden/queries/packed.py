"""A list's keys in little memory: the register's 100,000 household ids as one string.

A list page holds every key of its list in display order (ARCHITECTURE rule 5). As Python
strings 100,000 UUIDs take ~9 MB (an object of 85 bytes each, plus the list); packed end to end
in one string they take 3.6 MB, and a key is sliced out only when a row is shown or fetched.
Keys of unequal length (ids of other shapes) stay a plain list.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload


class PackedKeys(Sequence[str]):
    """Keys of one length, end to end in one string; read like a list of them."""

    __slots__ = ("_count", "_text", "_width")

    def __init__(self, text: str, width: int) -> None:
        self._text, self._width = text, width
        self._count = len(text) // width if width else 0

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        width = self._width
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            return [self._text[i * width : (i + 1) * width] for i in range(start, stop, step)]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("key index out of range")
        return self._text[index * width : (index + 1) * width]

    def __iter__(self) -> Iterator[str]:
        width, text = self._width, self._text
        return (text[i : i + width] for i in range(0, len(text), width))

    def __contains__(self, key: object) -> bool:
        return self._find(key) >= 0

    def index(self, key: object, start: int = 0, stop: int | None = None) -> int:
        found = self._find(key, start, self._count if stop is None else stop)
        if found < 0:
            raise ValueError(f"{key!r} is not in the keys")
        return found

    def _find(self, key: object, start: int = 0, stop: int | None = None) -> int:
        """The position of key, or -1: a substring search that only counts matches starting on
        a key's boundary (a key could occur across two neighbours' characters)."""
        if not isinstance(key, str) or len(key) != self._width or not self._width:
            return -1
        width = self._width
        begin = max(start, 0) * width
        end = (self._count if stop is None else min(stop, self._count)) * width
        at = self._text.find(key, begin, end)
        while at >= 0 and at % width:
            at = self._text.find(key, at + 1, end)
        return at // width if at >= 0 else -1


def pack(keys: Sequence[str]) -> Sequence[str]:
    """The keys packed when they all have one length (UUIDs), else as a list."""
    if isinstance(keys, PackedKeys):
        return keys
    width = len(keys[0]) if keys else 0
    if not width or any(len(key) != width for key in keys):
        return list(keys)
    return PackedKeys("".join(keys), width)
