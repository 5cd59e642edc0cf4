"""Expected failures, each with a message the user can act on.

Bugs are not modelled here: they propagate to the global excepthook. Everything below is an
outcome a user can cause and fix (bad input, an illegal step, a record someone else removed).
"""

from __future__ import annotations

from gridwarden.i18n import Message


class GridWardenError(Exception):
    """Base of all expected errors; `message` is shown to the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class ValidationError(GridWardenError):
    """One or more fields are wrong. `fields` maps field name → message; the form marks each."""

    def __init__(self, fields: dict[str, Message], warnings: dict[str, Message] | None = None):
        first = next(iter(fields.values()))
        super().__init__(first)
        self.fields = fields
        self.warnings = warnings or {}


class TransitionError(GridWardenError):
    """A status change the rules do not allow from the record's current state."""


class NotFoundError(GridWardenError):
    """The record is gone (voided, or never existed in this store)."""


class StorageError(GridWardenError):
    """The disk or the store refused (disk full, read-only, locked too long)."""
