"""Form drafts (issue 12): what a person has typed but not saved, kept in the encrypted local
store per user and form so that a cancel, a lock or a crash never loses it. Drafts are the
person's own scratch paper: local only, never synced, not audited (they are not records), and
removed when the form is saved or the person declines to restore them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete
from sqlmodel import Session

from gridwarden.models.draft import FormDraft
from gridwarden.services.context import ServiceContext

MAX_VALUE_CHARS = 20_000  # a draft is a form, not a document


def load(session: Session, user_id: str, kind: str, key: str) -> dict[str, Any] | None:
    """The user's draft of that form, if any (a query: runs on the reader pool)."""
    draft = session.get(FormDraft, (user_id, kind, key))
    return dict(draft.values) if draft is not None else None


class DraftService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def user_id(self) -> str:
        return self.ctx.actor.user_id

    def save(self, kind: str, key: str, values: dict[str, Any]) -> None:
        kept = {
            name: value[:MAX_VALUE_CHARS] if isinstance(value, str) else value
            for name, value in values.items()
        }
        with self.ctx.sessions() as session, session.begin():
            draft = session.get(FormDraft, (self.user_id, kind, key))
            if draft is None:
                draft = FormDraft(
                    user_id=self.user_id, kind=kind, key=key, saved_at=self.ctx.clock.now()
                )
            draft.values = kept
            draft.saved_at = self.ctx.clock.now()
            session.add(draft)

    def clear(self, kind: str, key: str) -> None:
        with self.ctx.sessions() as session, session.begin():
            session.execute(
                delete(FormDraft).where(
                    FormDraft.user_id == self.user_id,  # type: ignore[arg-type]
                    FormDraft.kind == kind,  # type: ignore[arg-type]
                    FormDraft.key == key,  # type: ignore[arg-type]
                )
            )

    def load(self, kind: str, key: str) -> dict[str, Any] | None:
        with self.ctx.sessions() as session:
            return load(session, self.user_id, kind, key)
