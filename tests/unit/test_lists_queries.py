"""Lists in SQL (issue 12): header sorts with a stable tiebreak, the new filters, the ledger
files read back, and Today's tiles counted against the lists they open."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlmodel import col

from gridwarden.clock import FixedClock, to_local
from gridwarden.exports import ledger as lg
from gridwarden.models import Dispute, GridEvent, LegalAidApplication, Visit
from gridwarden.queries import disputes as dq
from gridwarden.queries import events as eq
from gridwarden.queries import filings as fq
from gridwarden.queries import households as hq
from gridwarden.queries import legal_aid_queue as laq
from gridwarden.queries import today as tq
from gridwarden.queries import today_tiles as tt
from gridwarden.queries import visits as vq
from gridwarden.queries.sorting import Sort
from gridwarden.rules import dispute_lifecycle as dlife
from gridwarden.rules import event_lifecycle as elife
from gridwarden.rules import legal_aid_lifecycle as alife
from gridwarden.rules.calendar import WorkCalendar
from gridwarden.settings import Settings
from gridwarden.store import Store
from tests.unit.test_documents import pdf_text

DEMO = pytest.mark.demo(households=300, events=80)


@DEMO
def test_every_sort_key_orders_the_whole_list_with_the_id_as_tiebreak(
    store: Store, clock: FixedClock
) -> None:
    with store.sessions() as s:
        plain = vq.visit_ids(s, vq.VisitFilter())
        for key in vq.SORTS:
            up = vq.visit_ids(s, vq.VisitFilter(sort=Sort(key)))
            down = vq.visit_ids(s, vq.VisitFilter(sort=Sort(key, True)))
            assert (sorted(up) == sorted(plain) and up == list(reversed(down))) or key in {
                "resident",
                "follow_up",
            }  # empty values stay last in both directions
            assert up == vq.visit_ids(s, vq.VisitFilter(sort=Sort(key)))  # stable
        by_purpose = vq.visit_ids(s, vq.VisitFilter(sort=Sort("purpose")))
        visits = {v.id: v for v in s.execute(select(Visit)).scalars()}
        purposes = [visits[i].purpose for i in by_purpose]
        assert purposes == sorted(purposes)
        for purpose in set(purposes):  # equal values come in id order
            ids = [i for i in by_purpose if visits[i].purpose == purpose]
            assert ids == sorted(ids)
        for key in hq.SORTS:
            ids = hq.search_ids(s, hq.HouseholdFilter(sort=Sort(key)))
            assert len(ids) == 300 and len(set(ids)) == 300
        residents = hq.search_ids(s, hq.HouseholdFilter(sort=Sort("residents", True)))
        rows = hq.rows(s, residents[:300])
        counts = [rows[i].residents for i in residents]
        assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
        for key in eq.SORTS:
            assert len(eq.event_ids(s, eq.EventFilter(sort=Sort(key)))) == 80
        urgency = eq.event_ids(s, eq.EventFilter(sort=Sort("urgency")))
        events = {e.id: e for e in s.execute(select(GridEvent)).scalars()}
        ranks = [["emergency", "priority", "normal"].index(events[i].urgency) for i in urgency]
        assert ranks == sorted(ranks)
        for key in dq.SORTS:
            assert dq.dispute_ids(s, dq.DisputeFilter(None, sort=Sort(key)))
        for key in laq.SORTS:
            assert laq.queue_ids(s, laq.QueueFilter(None, sort=Sort(key)))
        for key in fq.SORTS:
            fq.filing_ids(s, fq.FilingFilter(None, sort=Sort(key)))


@DEMO
def test_filters_of_visits_events_and_disputes(store: Store, clock: FixedClock) -> None:
    today = clock.today()
    with store.sessions() as s:
        visits = list(s.execute(select(Visit).where(col(Visit.deleted_at).is_(None))).scalars())
        week = vq.visit_ids(s, vq.VisitFilter(since=today - timedelta(days=6), until=today))
        expected = {
            v.id for v in visits if today - timedelta(days=6) <= to_local(v.visited_at).date()
        }
        assert set(week) == expected and 0 < len(week) < len(visits)
        phrase = "燃气"
        found = vq.visit_ids(s, vq.VisitFilter(text=phrase))
        assert found and set(found) >= {v.id for v in visits if phrase in v.findings}
        visitor = visits[0].visitor_name
        assert set(vq.visit_ids(s, vq.VisitFilter(visitor=visitor))) == {
            v.id for v in visits if v.visitor_name == visitor
        }
        assert vq.visit_ids(s, vq.VisitFilter(visitor="没有这个人")) == []
        assert visitor in vq.visitors(s)

        events = list(s.execute(select(GridEvent)).scalars())
        urgent = eq.event_ids(s, eq.EventFilter(urgent_only=True))
        assert set(urgent) == {e.id for e in events if e.urgent}
        department = next(e.department_id for e in events if e.department_id)
        assert set(eq.event_ids(s, eq.EventFilter(department_id=department))) == {
            e.id for e in events if e.department_id == department
        }
        recent = eq.event_ids(s, eq.EventFilter(since=today - timedelta(days=2)))
        assert set(recent) == {
            e.id for e in events if to_local(e.reported_at).date() >= today - timedelta(days=2)
        }

        disputes = list(s.execute(select(Dispute)).scalars())
        mediator = Counter(d.mediator_name for d in disputes if d.mediator_name).most_common(1)[0][
            0
        ]
        assert set(dq.dispute_ids(s, dq.DisputeFilter(None, mediator=mediator))) == {
            d.id for d in disputes if d.mediator_name == mediator
        }
        assert mediator in dq.mediators(s)


@DEMO
def test_tiles_count_what_the_filtered_lists_show(store: Store, clock: FixedClock) -> None:
    today = clock.today()
    calendar = WorkCalendar.from_settings(Settings())
    until = calendar.add_working_days(today, 3)
    with store.sessions() as s:
        tiles = tt.tiles(s, today, calendar)
        care = tq.care_due(s, today)
        assert tiles["care"].overdue == sum(1 for c in care if c.due < today)
        assert tiles["care"].due_today == sum(1 for c in care if c.due == today)
        assert tiles["care"].overdue > 0
        events = [
            e
            for e in s.execute(select(GridEvent)).scalars()
            if e.status in elife.OPEN_STATUSES and e.deleted_at is None
        ]
        assert (tiles["events"].overdue, tiles["events"].due_today, tiles["events"].soon) == (
            sum(1 for e in events if e.due_date < today),
            sum(1 for e in events if e.due_date == today),
            sum(1 for e in events if today < e.due_date <= until),
        )
        assert tiles["events"].total > 0
        # the tile opens the list with the same range
        late = eq.event_ids(s, eq.EventFilter(None, due_until=today - timedelta(days=1)))
        assert len(late) == tiles["events"].overdue
        soon = eq.event_ids(
            s, eq.EventFilter(None, due_from=today + timedelta(days=1), due_until=until)
        )
        assert len(soon) == tiles["events"].soon
        disputes = [
            d
            for d in s.execute(select(Dispute)).scalars()
            if d.status in dlife.OPEN_STATUSES and d.due_on
        ]
        assert tiles["disputes"].overdue == sum(1 for d in disputes if d.due_on < today)
        assert tiles["disputes"].soon == len(
            dq.dispute_ids(
                s, dq.DisputeFilter(None, due_from=today + timedelta(days=1), due_until=until)
            )
        )
        aid = [
            a
            for a in s.execute(select(LegalAidApplication)).scalars()
            if a.status in alife.OPEN_STATUSES and a.due_date and a.deleted_at is None
        ]
        assert tiles["legal_aid"].overdue == sum(1 for a in aid if a.due_date < today)
        assert tiles["filing"].soon_until == until


def test_ledger_to_excel_and_pdf_read_back(tmp_path: Path) -> None:
    rows = [
        [f"2026-11-{d:02d} 09:00", f"工农路{d}号", "张三" if d % 2 else "李四"]
        for d in range(1, 29)
    ]
    ledger = lg.Ledger(
        "走访台账", "筛选：走访人 张三；排序：时间（升序）；共 28 条", "2026-11-30 10:00", "王芳",
        ["时间", "地址", "对象"], rows, "制表：王芳　打印时间：2026-11-30 10:00",
    )  # fmt: skip
    seen: list[tuple[int, int]] = []
    xlsx = lg.write_xlsx(tmp_path / "l.xlsx", ledger, lambda d, t: seen.append((d, t)))
    values = [list(r) for r in load_workbook(xlsx).active.iter_rows(values_only=True)]
    assert values[0][0] == "走访台账" and values[1][0].startswith("筛选：走访人 张三")
    assert values[2][0] == "制表：王芳　打印时间：2026-11-30 10:00"
    assert values[4] == ["时间", "地址", "对象"]
    assert values[5:] == rows
    assert seen[-1] == (28, 28)
    pdf = pdf_text(lg.write_pdf(tmp_path / "l.pdf", ledger))
    assert pdf.startswith("走访台账筛选：走访人张三")
    assert "制表：王芳" in pdf
    assert all(f"工农路{d}号" in pdf for d in range(1, 29))
