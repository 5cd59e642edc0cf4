"""The mediator's deadlines on the "today" page: mediation limits, court referrals waiting to be
accepted (3 working days), judicial confirmation (Art. 33), obligations due (Art. 31)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlmodel import Session, col

from gridwarden.clock import to_local
from gridwarden.models import AgreementObligation, Dispute, Filing
from gridwarden.queries.disputes import current_agreement_ids, party_names
from gridwarden.rules import dispute_deadlines as dl
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.rules.disputes import COURT_SOURCES
from gridwarden.settings import Settings


@dataclass(frozen=True)
class DisputeDeadline:
    dispute_id: str
    number: str
    kind: str  # a key of rules.dispute_deadlines.KINDS
    parties: str
    status: str
    due: date
    days_left: int
    what: str  # the obligation, or the mediator in charge


def deadlines(session: Session, today: date, settings: Settings) -> list[DisputeDeadline]:
    """Every dispute deadline due within settings.dispute_remind_days, or already passed."""
    horizon = today + timedelta(days=settings.dispute_remind_days)
    calendar = WorkCalendar.from_settings(settings)
    found: list[tuple[Dispute, str, date, str]] = []
    open_rows = session.execute(
        select(Dispute).where(
            col(Dispute.status).in_(life.OPEN_STATUSES),
            col(Dispute.deleted_at).is_(None),
            or_(
                col(Dispute.due_on) <= horizon,
                (col(Dispute.status) == life.Status.REGISTERED)
                & col(Dispute.source).in_(COURT_SOURCES)
                & col(Dispute.referral_accepted_on).is_(None),
            ),
        )
    ).scalars()
    for d in open_rows:
        if d.due_on is not None and d.due_on <= horizon:
            kind = d.source if d.source in COURT_SOURCES else "mediation_limit"
            found.append((d, kind, d.due_on, d.mediator_name))
        if (
            d.status == life.Status.REGISTERED
            and life.referral_state(d.source, d.referral_accepted_on) == life.REFERRAL_PENDING
        ):
            accept = dl.court_accept_deadline(to_local(d.received_at).date(), calendar)
            if accept.due <= horizon:
                found.append((d, accept.kind, accept.due, d.mediator_name))
    for d in session.execute(
        select(Dispute).where(
            col(Dispute.status) == life.Status.AGREED,
            col(Dispute.confirmation_state) == "",
            col(Dispute.confirmation_due_on) <= horizon,
            col(Dispute.deleted_at).is_(None),
            # a confirmation filing under way lists the window itself (queries.filings)
            col(Dispute.id).not_in(
                select(Filing.dispute_id).where(
                    col(Filing.kind) == "confirmation",
                    col(Filing.deleted_at).is_(None),
                    col(Filing.dispute_id).is_not(None),
                )
            ),
        )
    ).scalars():
        assert d.confirmation_due_on is not None
        found.append((d, "confirmation", d.confirmation_due_on, d.mediator_name))
    for item, d in session.execute(
        select(AgreementObligation, Dispute)
        .join(Dispute, col(Dispute.id) == AgreementObligation.dispute_id)
        .where(
            col(AgreementObligation.performed_on).is_(None),
            col(AgreementObligation.breached_on).is_(None),  # not performed: no longer a due date
            col(AgreementObligation.due_on) <= horizon,
            col(AgreementObligation.deleted_at).is_(None),
            col(Dispute.status) == life.Status.AGREED,
            col(AgreementObligation.agreement_id).in_(current_agreement_ids()),
        )
    ).all():
        what = f"{item.obligor}：{item.description}"
        found.append((d, "obligation", item.due_on, what))
    names = party_names(session, list({d.id for d, *_ in found}))
    result = [
        DisputeDeadline(
            d.id,
            d.number,
            kind,
            "、".join(names[d.id]["applicant"] + names[d.id]["respondent"]),
            d.status,
            due,
            (due - today).days,
            what,
        )
        for d, kind, due, what in found
    ]
    result.sort(key=lambda x: (x.due, x.number))
    return result
