"""One demo dispute told step by step: the clock moves forward through office hours, every
status change is decided by the lifecycle rules, and steps that keep the status (performance
followed up) never come before the status change they follow."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from gridwarden.clock import LOCAL_TZ
from gridwarden.models import DisputeStep, MediationSession
from gridwarden.rules import dispute_lifecycle as life
from gridwarden.services.dispute_base import plain


class Story:
    """One dispute told step by step: the clock moves forward through office hours and every
    status change goes through the lifecycle rules."""

    def __init__(self, seeder: Any, dispute: dict[str, Any], received_at: datetime) -> None:
        self.seeder, self.gen, self.rng = seeder, seeder.gen, seeder.rng
        self.dispute = dispute
        self.clock = received_at
        self.last_step = received_at  # recorded steps never come before the last status change
        self.status, self.level = life.Status.REGISTERED, dispute["level"]

    def later(self, low: float, high: float) -> datetime:
        """Some hours later, within office hours (9:00–17:30), never after the demo clock."""
        at = (self.clock + timedelta(hours=self.rng.uniform(low, high))).astimezone(LOCAL_TZ)
        if at.hour >= 17:
            at = at + timedelta(days=1)
        if at.hour >= 17 or at.hour < 9:
            at = at.replace(hour=self.rng.randint(9, 11), minute=self.rng.randrange(60))
        self.clock = max(self.clock, min(at, self.gen.now - timedelta(minutes=10)))
        return self.clock

    def day(self) -> date:
        return self.clock.astimezone(LOCAL_TZ).date()

    def _row(self, action: str, to_status: str, to_level: str, inp: life.StepInput) -> None:
        d = self.dispute
        self.seeder.rows[DisputeStep].append(
            {
                **self.gen.sync_cols(),
                "dispute_id": d["id"],
                "action": action,
                "from_status": "" if action == "register" else str(self.status),
                "to_status": str(to_status),
                "from_level": self.level,
                "to_level": to_level,
                "actor_id": "demo-mediator",
                "actor_name": d["mediator_name"] or d["received_by"],
                "at": self.clock,
                "reason": inp.reason,
                "note": inp.note,
                "detail": {},
            }
        )

    def step(
        self, action: str, inp: life.StepInput, hours: tuple[float, float] = (20, 70), **values: Any
    ) -> None:
        """A lifecycle step, decided by the rules, some hours after the last one."""
        if action == "register":
            self._row(action, self.status, self.level, inp)
            return
        self.later(*hours)
        referral = life.referral_state(self.dispute["source"], self.dispute["referral_accepted_on"])
        outcome = life.decide(self.status, self.level, action, inp, referral)
        self._row(action, outcome.to_status, outcome.to_level, inp)
        self.seeder.rows[DisputeStep][-1]["detail"] = {k: plain(v) for k, v in values.items()}
        if (outcome.to_status, outcome.to_level) != (self.status, self.level):
            self.last_step = self.clock
        self.status, self.level = outcome.to_status, outcome.to_level
        self.dispute.update(values)

    def record(self, action: str, reason: str, at: datetime, **detail: Any) -> None:
        """A step that keeps the status (performance supervised)."""
        self.clock = min(max(at, self.last_step + timedelta(minutes=5)), self.gen.now)
        self._row(action, self.status, self.level, life.StepInput(reason=reason))
        self.seeder.rows[DisputeStep][-1]["detail"] = {k: plain(v) for k, v in detail.items()}

    def session(self, text: str, parties: list[str]) -> None:
        held = self.later(20, 90)
        d = self.dispute
        self.seeder.rows[MediationSession].append(
            {
                **self.gen.sync_cols(),
                "dispute_id": d["id"],
                "held_at": held,
                "place": self.seeder.room(d["station_id"]),
                "attendees": [*parties, d["mediator_name"]],
                "mediator_name": d["mediator_name"],
                "record": text,
                "revision": 1,
                "revises_id": None,
                "correction_reason": "",
                "recorded_by": d["mediator_name"],
            }
        )

    def at_office(self, day: date) -> datetime:
        local = datetime.combine(
            day, time(self.rng.randint(9, 16), self.rng.randrange(60)), tzinfo=LOCAL_TZ
        )
        return min(local, self.gen.now - timedelta(minutes=5))
