"""micro-grid scopes: households and what follows them move from "grid:<g>" to
"micro_grid:<m>" (issue 13, the micro-grid warden)

A data migration, no schema change. Households in a micro-grid, their residents, care plans,
visits, work orders about them (their history steps) and the files attached to any of these
take the micro-grid's key. Grid wardens and grid leaders hold the keys of every micro-grid of
their grid (gridwarden.server.auth.scope_keys), so what they see does not change. Sequence
numbers are kept: nobody who held these records loses them, and a micro-grid warden's device
starts from an empty cursor.

Revision ID: gap001
Revises: sec001
Create Date: 2026-11-30 02:20:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "gap001"
down_revision: str | Sequence[str] | None = "sec001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

record = sa.table(
    "record",
    sa.column("entity", sa.String),
    sa.column("id", sa.String),
    sa.column("doc", sa.Text),
    sa.column("scope", sa.String),
)
# (entity, the fields naming the record whose scope it takes), parents first. Frozen here (not
# read from gridwarden.sync.registry) so the migration means the same thing forever.
FOLLOWS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("resident", (("household", "household_id"),)),
    ("care_plan", (("resident", "resident_id"),)),
    ("visit", (("household", "household_id"),)),
    ("grid_event", (("household", "household_id"),)),
    ("event_step", (("grid_event", "event_id"),)),
)


def _move(bind: sa.engine.Connection, entity: str, new: dict[str, str]) -> None:
    for record_id, scope in new.items():
        bind.execute(
            record.update()
            .where(record.c.entity == entity, record.c.id == record_id)
            .values(scope=scope)
        )


def upgrade() -> None:
    bind = op.get_bind()
    micro = set()
    for area_id, doc in bind.execute(
        sa.select(record.c.id, record.c.doc).where(record.c.entity == "area")
    ):
        if json.loads(doc).get("level") == "micro_grid":
            micro.add(area_id)
    scopes: dict[tuple[str, str], str] = {}
    moved: dict[str, str] = {}
    for record_id, doc, scope in bind.execute(
        sa.select(record.c.id, record.c.doc, record.c.scope).where(record.c.entity == "household")
    ):
        area = str(json.loads(doc).get("micro_grid_id") or "")
        new = f"micro_grid:{area}" if area in micro else scope
        scopes[("household", record_id)] = new
        if new != scope:
            moved[record_id] = new
    _move(bind, "household", moved)
    for entity, parents in FOLLOWS:
        moved = {}
        for record_id, doc, scope in bind.execute(
            sa.select(record.c.id, record.c.doc, record.c.scope).where(record.c.entity == entity)
        ):
            fields = json.loads(doc)
            new = scope
            for parent, name in parents:
                found = scopes.get((parent, str(fields.get(name) or "")))
                if found is not None and found.startswith("micro_grid:"):
                    new = found
                    break
            scopes[(entity, record_id)] = new
            if new != scope:
                moved[record_id] = new
        _move(bind, entity, moved)
    moved = {}
    for record_id, doc, scope in bind.execute(
        sa.select(record.c.id, record.c.doc, record.c.scope).where(record.c.entity == "attachment")
    ):
        fields = json.loads(doc)
        owner = (str(fields.get("owner_entity") or ""), str(fields.get("owner_id") or ""))
        found = scopes.get(owner)
        if found is not None and found != scope:
            moved[record_id] = found
    _move(bind, "attachment", moved)


def downgrade() -> None:
    bind = op.get_bind()
    parent_of = {}
    for area_id, doc in bind.execute(
        sa.select(record.c.id, record.c.doc).where(record.c.entity == "area")
    ):
        area = json.loads(doc)
        if area.get("level") == "micro_grid" and area.get("parent_id"):
            parent_of[f"micro_grid:{area_id}"] = f"grid:{area['parent_id']}"
    for key, grid in parent_of.items():
        bind.execute(record.update().where(record.c.scope == key).values(scope=grid))
