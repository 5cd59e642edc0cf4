"""Read side of the warden's round and of campaign sweeps: the households due today in walking
order (building → unit → room), a round's counts and duration, a campaign's coverage per
micro-grid with the households still missing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg
from gridwarden.models import Area, Campaign, Household, PatrolRound, Resident, Visit
from gridwarden.queries.today import care_due, follow_ups_due
from gridwarden.rules.rounds import NOT_HOME, Place, place_of


@dataclass
class Stop:
    """One household on the round and why it is on it."""

    household_id: str
    address: str
    place: Place
    reasons: list[Message] = field(default_factory=list)  # "关怀 张三（逾期 2 天）", "回访 …"
    purposes: list[str] = field(default_factory=list)  # the visit purposes owed: care, …
    resident_id: str | None = None  # the care target, when there is one
    outcome: str | None = None  # met / not_home when ticked in the round shown


def _kept(session: Session, stops: dict[str, Stop], keep: Iterable[str]) -> None:
    """Households already ticked in the running round stay on its list."""
    wanted = [hid for hid in keep if hid not in stops]
    if not wanted:
        return
    for hid, address in session.execute(
        select(Household.id, Household.address).where(col(Household.id).in_(wanted))
    ):
        stops[hid] = Stop(
            hid, address, place_of(address), [msg(QT_TRANSLATE_NOOP("core", "本轮已登记"))]
        )


def due_stops(session: Session, today: date, keep: Iterable[str] = ()) -> list[Stop]:
    """Care visits and follow-ups due today or earlier, one stop per household, walking order
    (with the households `keep`: those already ticked in the running round)."""
    stops: dict[str, Stop] = {}

    def stop(household_id: str, address: str) -> Stop:
        found = stops.get(household_id)
        if found is None:
            found = stops[household_id] = Stop(household_id, address, place_of(address))
        return found

    for care in care_due(session, today):
        s = stop(care.household_id, care.address)
        if care.days_overdue:
            s.reasons.append(
                msg(
                    QT_TRANSLATE_NOOP("core", "关怀 {name}（逾期 {days} 天）"),
                    name=care.name,
                    days=care.days_overdue,
                )
            )
        else:
            s.reasons.append(msg(QT_TRANSLATE_NOOP("core", "关怀 {name}"), name=care.name))
        s.purposes.append("care")
        s.resident_id = s.resident_id or care.resident_id
    for follow in follow_ups_due(session, today):
        s = stop(follow.household_id, follow.address)
        s.reasons.append(
            msg(QT_TRANSLATE_NOOP("core", "回访 {findings}"), findings=follow.findings[:20])
        )
        s.purposes.append(follow.purpose)
    _kept(session, stops, keep)
    return sorted(stops.values(), key=lambda s: s.place)


def campaign_stops(session: Session, campaign_id: str, keep: Iterable[str] = ()) -> list[Stop]:
    """The campaign's households not yet visited (met at the door), walking order."""
    rows = coverage(session, campaign_id)
    stops = {
        hid: Stop(
            hid,
            address,
            place_of(address),
            [msg(QT_TRANSLATE_NOOP("core", "专项走访"))],
            ["campaign"],
        )
        for micro in rows
        for hid, address in micro.missing
    }
    _kept(session, stops, keep)
    return sorted(stops.values(), key=lambda s: s.place)


def grouped(stops: list[Stop]) -> list[tuple[str, list[tuple[str, list[Stop]]]]]:
    """Stops (already in walking order) as building → unit → households."""
    buildings: dict[str, dict[str, list[Stop]]] = {}
    for s in stops:
        buildings.setdefault(s.place.building, {}).setdefault(s.place.unit, []).append(s)
    return [(b, list(units.items())) for b, units in buildings.items()]


@dataclass(frozen=True)
class RoundSummary:
    id: str
    started_at: datetime
    finished_at: datetime | None
    planned: int
    visited: int
    not_home: int
    campaign_id: str | None
    outcomes: dict[str, str]  # household → its latest outcome in this round

    def duration(self, now: datetime) -> timedelta:
        end = self.finished_at or now
        start = self.started_at
        if start.tzinfo is None and end.tzinfo is not None:
            end = end.replace(tzinfo=None)
        return end - start


def round_outcomes(session: Session, round_id: str) -> dict[str, str]:
    visits = session.execute(
        select(Visit.household_id, Visit.outcome)
        .where(Visit.round_id == round_id, col(Visit.deleted_at).is_(None))
        .order_by(Visit.visited_at)
    ).all()
    return {household: outcome for household, outcome in visits}


def round_summary(session: Session, round_id: str) -> RoundSummary | None:
    row = session.get(PatrolRound, round_id)
    if row is None or row.deleted_at is not None:
        return None
    return RoundSummary(
        row.id,
        row.started_at,
        row.finished_at,
        row.planned,
        row.visited,
        row.not_home,
        row.campaign_id,
        round_outcomes(session, round_id),
    )


def open_round(session: Session, warden_id: str) -> RoundSummary | None:
    """The warden's round that has started and not finished, if any."""
    found = session.execute(
        select(PatrolRound.id)
        .where(
            PatrolRound.warden_id == warden_id,
            col(PatrolRound.finished_at).is_(None),
            col(PatrolRound.deleted_at).is_(None),
        )
        .order_by(col(PatrolRound.started_at).desc())
        .limit(1)
    ).scalar()
    return round_summary(session, found) if found else None


@dataclass(frozen=True)
class RoundItem:
    id: str
    started_at: datetime
    finished_at: datetime | None
    warden_name: str
    planned: int
    visited: int
    not_home: int
    campaign: str


def recent_rounds(session: Session, limit: int = 50) -> list[RoundItem]:
    rows = session.execute(
        select(PatrolRound, Campaign.name)
        .join(Campaign, Campaign.id == PatrolRound.campaign_id, isouter=True)
        .where(col(PatrolRound.deleted_at).is_(None))
        .order_by(col(PatrolRound.started_at).desc())
        .limit(limit)
    ).all()
    return [
        RoundItem(
            r.id,
            r.started_at,
            r.finished_at,
            r.warden_name,
            r.planned,
            r.visited,
            r.not_home,
            name or "",
        )
        for r, name in rows
    ]


# --- campaigns ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CampaignItem:
    id: str
    name: str
    kind: str
    starts_on: date
    ends_on: date
    micro_grids: int


def campaigns(session: Session, on: date | None = None) -> list[CampaignItem]:
    """Campaigns (those running on `on`, when given), newest first."""
    query = select(Campaign).where(col(Campaign.deleted_at).is_(None))
    if on is not None:
        query = query.where(col(Campaign.starts_on) <= on, col(Campaign.ends_on) >= on)
    return [
        CampaignItem(c.id, c.name, c.kind, c.starts_on, c.ends_on, len(c.micro_grid_ids))
        for c in session.execute(query.order_by(col(Campaign.starts_on).desc())).scalars()
    ]


@dataclass(frozen=True)
class MicroCoverage:
    micro_grid_id: str
    name: str
    grid: str
    visited: int
    total: int
    missing: list[tuple[str, str]]  # (household id, address) in walking order

    @property
    def rate(self) -> float | None:
        return self.visited / self.total if self.total else None


def coverage(session: Session, campaign_id: str) -> list[MicroCoverage]:
    """Per micro-grid of the campaign: households met at the door / households to visit, and
    the ones still missing (未遇 counts as missing: the visit is still owed)."""
    found = session.get(Campaign, campaign_id)
    if found is None:
        return []
    wanted = set(found.tags)
    met = set(
        session.execute(
            select(Visit.household_id).where(
                Visit.campaign_id == campaign_id,
                Visit.outcome != NOT_HOME,
                col(Visit.deleted_at).is_(None),
            )
        ).scalars()
    )
    homes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if found.micro_grid_ids:
        for hid, micro, address, tags in session.execute(
            select(Household.id, Household.micro_grid_id, Household.address, Household.tags).where(
                col(Household.micro_grid_id).in_(found.micro_grid_ids),
                col(Household.deleted_at).is_(None),
            )
        ):
            if not wanted or wanted.intersection(tags or []):
                homes[micro].append((hid, address))
    areas = {a.id: a for a in session.execute(select(Area)).scalars()}
    result = []
    for micro in found.micro_grid_ids:
        area = areas.get(micro)
        parent = areas.get(area.parent_id or "") if area else None
        listed = sorted(homes.get(micro, []), key=lambda h: place_of(h[1]))
        result.append(
            MicroCoverage(
                micro,
                area.name if area else "—",
                parent.name if parent else "",
                sum(1 for hid, _a in listed if hid in met),
                len(listed),
                [(hid, address) for hid, address in listed if hid not in met],
            )
        )
    return result


def care_residents(session: Session, household_ids: list[str]) -> dict[str, list[str]]:
    """The names of the residents of these households (for the round's list)."""
    names: dict[str, list[str]] = defaultdict(list)
    for chunk in range(0, len(household_ids), 900):
        for hid, name in session.execute(
            select(Resident.household_id, Resident.name).where(
                col(Resident.household_id).in_(household_ids[chunk : chunk + 900]),
                col(Resident.deleted_at).is_(None),
            )
        ):
            names[hid].append(name)
    return names
