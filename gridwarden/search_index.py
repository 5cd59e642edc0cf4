"""An in-memory substring index over the register's search rows, for search-as-you-type.

Scanning 100,000 rows of search text with SQL LIKE takes ~40 ms a keystroke; one Python string
holding every row's text, searched with str.find, takes a few. The index is derived data: built
from household_search on first use (a few hundred ms on a reader thread), kept current by
noting which records changed (edits here, pulls from sync), and rebuilt when too much changed.

    index = SearchIndex()
    ids = index.search_ids(session, HouseholdFilter(text="zs"))   # on a reader thread
    index.note_changed(changes.ids)                               # after a write or a pull

A filter the index does not answer (no text, a tag, only one-character ASCII tokens that match
nearly every row) goes to the SQL query, so results are the same either way.
"""

from __future__ import annotations

import bisect
import heapq
import sys
import threading
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.models import Area, AreaLevel, HouseholdSearch, Resident
from gridwarden.queries.households import HouseholdFilter, search_ids
from gridwarden.search import query_tokens

SEPARATOR = b"\x00"  # between rows: no token contains it, so no match spans two households
REBUILD_AFTER = 2000  # changed households kept beside the base before it is rebuilt


@dataclass
class _Row:
    """A row changed since the snapshot was built (kept beside it until the next rebuild)."""

    household_id: str
    micro_grid_id: str
    text: str
    name_key: str
    address_key: str


def _key(household_id: str, name_key: str, address_key: str, order: str) -> tuple[str, str]:
    return (name_key if order == "name" else address_key, household_id)


_COLUMNS = (
    HouseholdSearch.household_id,
    HouseholdSearch.micro_grid_id,
    HouseholdSearch.text,
    HouseholdSearch.name_key,
    HouseholdSearch.address_key,
)


@dataclass
class _Snapshot:
    """Every row's text as one UTF-8 buffer, in address order, with parallel columns (no object
    per row: at 100,000 households the index costs about as much memory as the text itself).
    UTF-8 is self-synchronising, so a byte search for an encoded token finds exactly the
    character matches."""

    text: bytearray
    starts: array  # where each row's text begins in `text`
    ids: list[str]
    micro: list[str]
    name_keys: list[str]
    address_keys: list[str]
    name_rank: array
    position: dict[str, int]
    micro_grids: dict[str, set[str]]  # grid id → its micro-grids
    dead: set[int] = field(default_factory=set)  # base rows changed or removed since
    extra: dict[str, _Row] = field(default_factory=dict)  # their current rows

    @staticmethod
    def build(session: Session) -> _Snapshot:
        ids: list[str] = []
        micro: list[str] = []
        name_keys: list[str] = []
        address_keys: list[str] = []
        buffer = bytearray()  # streamed: never a list of 100,000 texts at once
        starts, offset = array("q"), 0
        query = (
            select(*_COLUMNS)
            .order_by(HouseholdSearch.address_key, HouseholdSearch.household_id)
            .execution_options(yield_per=2000)
        )
        for household_id, micro_grid_id, text, name_key, address_key in session.execute(query):
            ids.append(household_id)
            micro.append(sys.intern(micro_grid_id))
            name_keys.append(name_key)
            address_keys.append(address_key)
            encoded = text.encode()
            starts.append(offset)
            buffer += encoded
            buffer += SEPARATOR
            offset += len(encoded) + 1
        by_name = sorted(range(len(ids)), key=lambda i: (name_keys[i], ids[i]))
        name_rank = array("l", bytes(8 * len(ids)))
        for rank, index in enumerate(by_name):
            name_rank[index] = rank
        micro_grids: dict[str, set[str]] = {}
        for micro_id, grid in session.execute(
            select(Area.id, Area.parent_id).where(Area.level == AreaLevel.MICRO_GRID)
        ):
            micro_grids.setdefault(str(grid), set()).add(micro_id)
        return _Snapshot(
            buffer,
            starts,
            ids,
            micro,
            name_keys,
            address_keys,
            name_rank,
            {household_id: i for i, household_id in enumerate(ids)},
            micro_grids,
        )

    def _row_text(self, index: int) -> bytes:
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)
        return bytes(self.text[self.starts[index] : end])

    # --- matching -------------------------------------------------------------------------
    def _base_matches(self, tokens: list[str]) -> list[int]:
        """Rows (in address order) whose text holds every token. The longest token is found
        with str.find over the whole text; the others are checked in those rows only."""
        first, *rest = sorted((t.encode() for t in tokens), key=len, reverse=True)
        found: list[int] = []
        text, starts = self.text, self.starts
        position = text.find(first)
        while position != -1:
            index = bisect.bisect_right(starts, position) - 1
            found.append(index)
            following = starts[index + 1] if index + 1 < len(starts) else len(text)
            position = text.find(first, following)
        if rest:
            found = [i for i in found if all(t in self._row_text(i) for t in rest)]
        return [i for i in found if i not in self.dead] if self.dead else found

    def search(self, tokens: list[str], flt: HouseholdFilter, limit: int) -> list[str]:
        allowed = self._allowed_micro_grids(flt)
        base = self._base_matches(tokens)
        if allowed is not None:
            base = [i for i in base if self.micro[i] in allowed]
        if flt.order == "name":
            base.sort(key=self.name_rank.__getitem__)
        extra = sorted(

                _key(row.household_id, row.name_key, row.address_key, flt.order)
                for row in self.extra.values()
                if all(t in row.text for t in tokens)
                and (allowed is None or row.micro_grid_id in allowed)

        )  # fmt: skip
        base_keys = (
            _key(self.ids[i], self.name_keys[i], self.address_keys[i], flt.order) for i in base
        )
        merged = heapq.merge(base_keys, extra)
        return [
            household_id
            for _, (_key_value, household_id) in zip(range(limit), merged, strict=False)
        ]

    def _allowed_micro_grids(self, flt: HouseholdFilter) -> set[str] | None:
        if flt.micro_grid_id:
            return {flt.micro_grid_id}
        if flt.grid_id:
            return self.micro_grids.get(flt.grid_id, set())
        return None

    # --- keeping current ---------------------------------------------------------------------
    def apply(self, session: Session, household_ids: set[str]) -> None:
        current = {
            r[0]: _Row(*r)
            for r in session.execute(
                select(*_COLUMNS).where(col(HouseholdSearch.household_id).in_(household_ids))
            )
        }
        for household_id in household_ids:
            if household_id in self.position:
                self.dead.add(self.position[household_id])
            row = current.get(household_id)
            if row is None:
                self.extra.pop(household_id, None)
            else:
                self.extra[household_id] = row


class SearchIndex:
    """Thread-safe: searches and updates run on reader threads, notes come from the UI."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._pending: set[str] = set()
        self._stale = False

    def note_changed(self, record_ids: Iterable[str]) -> None:
        """Households or residents changed (ids of either); applied before the next search."""
        ids = set(record_ids)
        with self._lock:
            if not ids or len(self._pending) + len(ids) > REBUILD_AFTER:
                self._stale = True
                self._pending.clear()
            else:
                self._pending |= ids

    def warm(self, session: Session) -> None:
        """Build now (after the register opens), so the first keystroke does not wait."""
        with self._lock:
            self._catch_up(session)

    def search_ids(self, session: Session, flt: HouseholdFilter, limit: int = 100_000) -> list[str]:
        tokens = query_tokens(flt.text)
        if not tokens or flt.tag or all(len(t) == 1 and t.isascii() for t in tokens):
            return search_ids(session, flt, limit)
        with self._lock:
            snapshot = self._catch_up(session)
            return snapshot.search(tokens, flt, limit)

    def _catch_up(self, session: Session) -> _Snapshot:
        if self._snapshot is None or self._stale:
            self._snapshot, self._stale, self._pending = _Snapshot.build(session), False, set()
            return self._snapshot
        if self._pending:
            households = set(self._pending)
            households |= set(
                session.execute(
                    select(Resident.household_id).where(col(Resident.id).in_(self._pending))
                ).scalars()
            )
            self._pending.clear()
            self._snapshot.apply(session, households)
            if len(self._snapshot.extra) + len(self._snapshot.dead) > REBUILD_AFTER:
                self._snapshot = _Snapshot.build(session)
        return self._snapshot
