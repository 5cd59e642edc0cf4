"""the audit log becomes a hash chain

audit_log.prev_hash and audit_log.hash: each entry's hash covers its content and the hash of
the entry before it (gridwarden.security.audit), so a changed, inserted or deleted entry is
detected by `gridwarden --verify-audit` and the Tools menu. Entries written before are chained
here, in their order.

Revision ID: lap001
Revises: wo003
Create Date: 2026-11-30 00:40:00.000000
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'lap001'
down_revision: str | Sequence[str] | None = 'wo003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from gridwarden.security.audit import GENESIS, entry_hash
    from sqlmodel.sql.sqltypes import UTCDateTime

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('prev_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False,
                      server_default='')
        )
        batch_op.add_column(
            sa.Column('hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False,
                      server_default='')
        )
    log = sa.table(
        'audit_log',
        sa.column('id', sa.Integer),
        sa.column('at', UTCDateTime()),
        *(sa.column(n, sa.String) for n in (
            'actor_id', 'actor_name', 'device_id', 'action', 'entity', 'record_id', 'detail',
            'prev_hash', 'hash',
        )),
    )
    bind = op.get_bind()
    prev = GENESIS
    rows = bind.execute(sa.select(log).order_by(log.c.id)).mappings().all()
    for row in rows:
        fields = {
            n: row[n]
            for n in ('actor_id', 'actor_name', 'device_id', 'action', 'entity', 'record_id')
        }
        fields['detail'] = json.loads(row['detail']) if row['detail'] else {}
        digest = entry_hash(prev, row['at'], fields)
        bind.execute(
            log.update().where(log.c.id == row['id']).values(prev_hash=prev, hash=digest)
        )
        prev = digest


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
