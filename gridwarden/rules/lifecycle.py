"""The one lifecycle engine every status machine uses (grid events, disputes, legal-aid
applications, court filings): an action is allowed only from the statuses listed for it;
anything else is refused with the reason, named with the machine's own labels. Missing input
for a step is a ValidationError on the field (`missing`)."""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg

A = TypeVar("A", bound=StrEnum)
S = TypeVar("S", bound=StrEnum)


def missing(field_name: str, text: str, **args: object) -> ValidationError:
    """A step refused for input it needs: the message sits on the form's field."""
    return ValidationError({field_name: msg(text, **args)})


@dataclass(frozen=True)
class Lifecycle(Generic[A, S]):
    """A status machine: `sources[action]` are the statuses it may start from.

    `refusal` is the ordinary refusal ("…当前为「{status}」，不能{action}");
    `status_refusals` give a status its own (e.g. a mediation a party refused, Art. 17)."""

    actions: type[A]
    statuses: type[S]
    sources: Mapping[A, Container[S]]
    status_labels: Mapping[str, str]
    action_labels: Mapping[str, str]
    refusal: str
    status_refusals: Mapping[S, str] = field(default_factory=dict)

    def allowed(self, status: str) -> list[A]:
        """The actions that may start from `status`, in the machine's order."""
        return [action for action, froms in self.sources.items() if status in froms]

    def ensure_allowed(self, status: str, action: str) -> tuple[A, S]:
        """The action and status as enum members, or a TransitionError: an unknown action, or
        the refusal filled with the labels."""
        try:
            act = self.actions(action)
            current = self.statuses(status)
        except ValueError:
            raise TransitionError(
                msg(QT_TRANSLATE_NOOP("core", "未知的操作：{action}"), action=action)
            ) from None
        if current not in self.sources[act]:
            text = self.status_refusals.get(current, self.refusal)
            raise TransitionError(
                msg(text, status=self.status_label(current), action=self.action_label(act))
            )
        return act, current

    def status_label(self, status: str) -> Message:
        return msg(self.status_labels.get(status, status))

    def action_label(self, action: str) -> Message:
        return msg(self.action_labels.get(action, action))
