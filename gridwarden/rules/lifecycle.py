"""What every status machine shares (grid events, legal-aid applications, …): an action is
allowed only from the statuses listed for it; anything else is refused with the reason."""

from __future__ import annotations

from collections.abc import Container, Mapping
from enum import StrEnum
from typing import TypeVar

from gridwarden.errors import TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, msg

A = TypeVar("A", bound=StrEnum)
S = TypeVar("S", bound=StrEnum)


def allowed(status: str, sources: Mapping[A, Container[str]]) -> list[A]:
    """The actions that may start from `status`, in the machine's order."""
    return [action for action, froms in sources.items() if status in froms]


def ensure_allowed(
    status: str,
    action: str,
    actions: type[A],
    statuses: type[S],
    sources: Mapping[A, Container[S]],
    status_labels: Mapping[str, str],
    action_labels: Mapping[str, str],
    refusal: str,
) -> tuple[A, S]:
    """The action and status as enum members, or a TransitionError: "unknown action", or
    `refusal` ("…当前为「{status}」，不能{action}") filled with the labels."""
    try:
        act = actions(action)
        current = statuses(status)
    except ValueError:
        raise TransitionError(
            msg(QT_TRANSLATE_NOOP("core", "未知的操作：{action}"), action=action)
        ) from None
    if current not in sources[act]:
        raise TransitionError(
            msg(refusal, status=msg(status_labels[current]), action=msg(action_labels[act]))
        )
    return act, current
