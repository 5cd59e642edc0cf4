"""What every service is given (no module-level singletons) and what it gives back."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from gridwarden.clock import Clock
from gridwarden.db.engine import SessionFactory
from gridwarden.i18n import Message
from gridwarden.paths import DataPaths
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.settings import Settings


@dataclass(frozen=True)
class Actor:
    """The person using this device."""

    user_id: str
    name: str
    role: str
    device_id: str

    @property
    def stamp(self) -> str:
        """The updated_by value: user and device."""
        return f"{self.user_id}@{self.device_id}"


@dataclass(frozen=True)
class ServiceContext:
    """Immutable: a change of who is signed in gives a new context (`with_actor`), and the
    composition root (gridwarden.bootstrap) builds the services anew from it."""

    sessions: SessionFactory
    clock: Clock
    actor: Actor
    settings: Settings
    paths: DataPaths
    key: bytes | None = None  # the store's data key: attachments are encrypted with it

    def with_actor(self, actor: Actor) -> ServiceContext:
        return replace(self, actor=actor)

    @property
    def calendar(self) -> WorkCalendar:
        return WorkCalendar.from_settings(self.settings)


# Long file work (a batch of notices, a filing package's papers) says how far it has come:
# called with (steps done, steps in all) from the worker thread; the UI shows it.
Step = Callable[[int, int], None]


def no_step(_done: int, _total: int) -> None:
    """File work run without anyone watching (a test, the CLI)."""


@dataclass(frozen=True)
class Changes:
    """What one user action changed, so views refresh only what they show (Anki's OpChanges)."""

    entities: frozenset[str] = field(default_factory=frozenset)
    ids: tuple[str, ...] = ()
    # Accepted, but worth telling the user (e.g. an ID number with a retired region code).
    warnings: tuple[Message, ...] = ()

    @property
    def primary_id(self) -> str | None:
        return self.ids[0] if self.ids else None

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))

    @staticmethod
    def of(
        entities: Iterable[str], ids: Iterable[str], warnings: Iterable[Message] = ()
    ) -> Changes:
        return Changes(frozenset(entities), tuple(dict.fromkeys(ids)), tuple(warnings))
