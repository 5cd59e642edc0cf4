"""Demo data of the other workflows (disputes, legal aid, …), seeded after the register.

A seeder is `seed(gen: DemoGenerator, session: Session, size: DemoSize) -> None`. It may use
gen.rng (deterministic), gen.now / gen.today, gen.sync_cols() (columns of a server-confirmed
record), gen.writer.add(Model, row) for bulk rows (add the model to _Writer.ORDER after its
parents), gen.people (adults from the register, with address and grid_id), gen.station_ids,
gen.window_ids, gen.court_id. Add yours to SEEDERS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gridwarden.demo.legal_aid import seed_legal_aid

if TYPE_CHECKING:
    from sqlmodel import Session

Seeder = Callable[[Any, "Session", Any], None]


def _disputes(gen: Any, session: Session, size: Any) -> None:
    from gridwarden.demo.disputes import seed

    seed(gen, session, size)


def _filings(gen: Any, session: Session, size: Any) -> None:
    from gridwarden.demo.filings import seed_filings

    seed_filings(gen, session, size)


SEEDERS: list[Seeder] = [
    _disputes,  # disputes at every stage and level (issue 3)
    seed_legal_aid,  # legal-aid applications at every stage (issue 4)
    _filings,  # online filings from failed mediations and signed agreements (issue 11)
]
