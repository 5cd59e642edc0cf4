"""Performance of a mediation agreement and the committee's supervision of it (人民调解法 第三十一条:
the agreement binds the parties; the committee supervises performance and urges the parties to
perform). Shared with the district server.

Each obligation is pending, overdue, performed (on a day) or not performed (不履行, recorded
with what happened). A not-performed obligation may still be performed late; the record of the
breach stays. What the other party can do next: a confirmed agreement (Art. 33) is enforced by
the court on application; otherwise a dispute over performance goes to court (Art. 32).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from gridwarden.errors import TransitionError, ValidationError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg

PENDING, OVERDUE, PERFORMED, BREACHED = "pending", "overdue", "performed", "breached"
STATES: dict[str, str] = {
    PENDING: QT_TRANSLATE_NOOP("core", "待履行"),
    OVERDUE: QT_TRANSLATE_NOOP("core", "逾期未履行"),
    PERFORMED: QT_TRANSLATE_NOOP("core", "已履行"),
    BREACHED: QT_TRANSLATE_NOOP("core", "不履行"),
}


def state(due_on: date, performed_on: date | None, breached_on: date | None, today: date) -> str:
    if performed_on is not None:
        return PERFORMED
    if breached_on is not None:
        return BREACHED
    return OVERDUE if due_on < today else PENDING


def ensure_can_perform(performed_on: date | None, on: date, reached_on: date, today: date) -> None:
    """Performance is recorded once, on a day between the agreement and today (a breached
    obligation may still be performed late)."""
    if performed_on is not None:
        raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "该事项已登记履行")))
    if on > today:
        raise ValidationError(
            {"performed_on": msg(QT_TRANSLATE_NOOP("core", "履行日期不能晚于今天"))}
        )
    if on < reached_on:
        raise ValidationError(
            {"performed_on": msg(QT_TRANSLATE_NOOP("core", "履行日期不能早于协议达成日期"))}
        )


def ensure_can_breach(
    performed_on: date | None, breached_on: date | None, on: date, note: str, today: date
) -> None:
    """不履行 is recorded once, with what happened (the obligor's refusal, a missed payment)."""
    if performed_on is not None:
        raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "该事项已登记履行，不能登记不履行")))
    if breached_on is not None:
        raise TransitionError(msg(QT_TRANSLATE_NOOP("core", "该事项已登记不履行")))
    if on > today:
        raise ValidationError({"on": msg(QT_TRANSLATE_NOOP("core", "日期不能晚于今天"))})
    if not note.strip():
        raise ValidationError(
            {
                "note": msg(
                    QT_TRANSLATE_NOOP("core", "请写明不履行的情况（如义务人明确拒绝、逾期未付款）")
                )
            }
        )


def ensure_supervision_note(note: str) -> None:
    if not note.strip():
        raise ValidationError(
            {"note": msg(QT_TRANSLATE_NOOP("core", "请记录督促的方式和义务人的答复"))}
        )


def remedy(confirmation_state: str) -> Message:
    """What the party owed can do when an obligation is not performed."""
    if confirmation_state == "confirmed":
        return msg(
            QT_TRANSLATE_NOOP(
                "core",
                "协议已经司法确认：一方拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行",
            )
        )
    return msg(
        QT_TRANSLATE_NOOP(
            "core",
            "当事人之间就调解协议的履行发生争议的，一方当事人可以向人民法院提起诉讼"
            "（人民调解法第三十二条）",
        )
    )


@dataclass(frozen=True)
class Summary:
    """The committee's view of one agreement's (or all agreements') performance."""

    total: int = 0
    performed: int = 0
    breached: int = 0
    overdue: int = 0
    pending: int = 0

    @property
    def rate(self) -> float | None:
        """Performed ÷ obligations already settled one way or the other (due or decided)."""
        settled = self.performed + self.breached + self.overdue
        return self.performed / settled if settled else None


def summarize(states: Iterable[str]) -> Summary:
    counts = {PENDING: 0, OVERDUE: 0, PERFORMED: 0, BREACHED: 0}
    for value in states:
        counts[value] += 1
    return Summary(
        sum(counts.values()),
        counts[PERFORMED],
        counts[BREACHED],
        counts[OVERDUE],
        counts[PENDING],
    )
