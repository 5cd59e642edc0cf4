"""The server's admin command line (and the same operations as functions, for tests).

python -m gridwarden.server.admin --db URL create-user wang --name 王芳 --role warden
    (the password is read from --password, or from standard input)
python -m gridwarden.server.admin --db URL assign wang --grid <area id>
python -m gridwarden.server.admin --db URL list-users | list-devices
python -m gridwarden.server.admin --db URL revoke-device <device id> --reason "遗失"
python -m gridwarden.server.admin --db URL purge-tombstones
python -m gridwarden.server.admin --db URL import-store path/to/gridwarden.sqlite
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlmodel import col

from gridwarden.server.auth import ROLE_UNIT, ROLES, hash_password
from gridwarden.server.db import Device, Record, ServerDB, User, UserScope, upgrade, utcnow

UNIT_KINDS = ("grid", "station", "window")


class AdminError(Exception):
    pass


def create_user(db: ServerDB, user_id: str, name: str, role: str, password: str) -> None:
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise AdminError("the password needs at least 8 characters")
    with db.writer() as session, session.begin():
        if session.get(User, user_id) is not None:
            raise AdminError(f"user {user_id} exists")
        session.add(
            User(
                id=user_id,
                name=name,
                role=role,
                password_hash=hash_password(password),
                created_at=utcnow(),
            )
        )


def assign(db: ServerDB, user_id: str, kind: str, unit_id: str) -> str:
    """Give a user a scope key: a warden a grid, a mediator a station, a clerk a window."""
    if kind not in UNIT_KINDS:
        raise AdminError(f"kind must be one of {', '.join(UNIT_KINDS)}")
    key = f"{kind}:{unit_id}"
    with db.writer() as session, session.begin():
        user = session.get(User, user_id)
        if user is None:
            raise AdminError(f"no user {user_id}")
        expected = ROLE_UNIT.get(user.role)
        if expected is not None and expected != kind:
            raise AdminError(f"a {user.role} is assigned to a {expected}, not a {kind}")
        if session.get(UserScope, (user_id, key)) is None:
            session.add(UserScope(user_id=user_id, key=key))
    return key


def revoke_device(db: ServerDB, device_id: str, reason: str) -> None:
    with db.writer() as session, session.begin():
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"no device {device_id}")
        device.revoked_at = utcnow()
        device.revoked_reason = reason


WIPE_REASON = "管理员已标记清除本机数据"


def mark_for_wipe(db: ServerDB, device_id: str, reason: str = "") -> None:
    """A lost or stolen laptop: revoked, with a reason that says its data is to be wiped. The
    laptop wipes itself when the server next refuses it (issue 10)."""
    revoke_device(db, device_id, f"{WIPE_REASON}：{reason}" if reason else WIPE_REASON)


def purge_tombstones(db: ServerDB) -> int:
    """Forget deleted records every active device has pulled past."""
    with db.writer() as session, session.begin():
        mark = session.execute(
            select(func.min(Device.pulled_seq)).where(col(Device.revoked_at).is_(None))
        ).scalar_one()
        if mark is None:
            return 0
        done = session.execute(
            delete(Record).where(col(Record.deleted).is_(True), col(Record.seq) <= mark)
        )
        return int(done.rowcount or 0)  # type: ignore[attr-defined]


def users(db: ServerDB) -> list[tuple[str, str, str, list[str]]]:
    with db.reader() as session:
        found = []
        for user in session.execute(select(User).order_by(col(User.id))).scalars():
            keys = session.execute(
                select(col(UserScope.key)).where(col(UserScope.user_id) == user.id)
            ).scalars()
            found.append((user.id, user.name, user.role, sorted(keys)))
        return found


def devices(db: ServerDB) -> list[Device]:
    with db.reader() as session:
        return list(session.execute(select(Device).order_by(col(Device.user_id))).scalars())


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m gridwarden.server.admin")
    p.add_argument("--db", required=True)
    sub = p.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create-user")
    create.add_argument("user_id")
    create.add_argument("--name", required=True)
    create.add_argument("--role", required=True, choices=ROLES)
    create.add_argument("--password", help="default: read one line from standard input")
    give = sub.add_parser("assign")
    give.add_argument("user_id")
    where = give.add_mutually_exclusive_group(required=True)
    for kind in UNIT_KINDS:
        where.add_argument(f"--{kind}", metavar="ID")
    sub.add_parser("list-users")
    sub.add_parser("list-devices")
    revoke = sub.add_parser("revoke-device")
    revoke.add_argument("device_id")
    revoke.add_argument("--reason", default="")
    # A revoked device wipes its local data at its next contact (after one last push attempt,
    # which the server refuses): "wipe-device" says so in the reason the laptop shows.
    wipe = sub.add_parser("wipe-device", help="mark a device for wipe (lost or stolen laptop)")
    wipe.add_argument("device_id")
    wipe.add_argument("--reason", default="")
    sub.add_parser("purge-tombstones")
    load = sub.add_parser("import-store")
    load.add_argument("store")
    args = p.parse_args(argv)

    upgrade(args.db)
    db = ServerDB.open(args.db)
    try:
        return _run(db, args)
    except AdminError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()


def _run(db: ServerDB, args: argparse.Namespace) -> int:
    from gridwarden.server.db import prepare

    prepare(db)
    if args.command == "create-user":
        password = args.password or sys.stdin.readline().rstrip("\n")
        create_user(db, args.user_id, args.name, args.role, password)
        print(f"created {args.user_id} ({args.role})")
    elif args.command == "assign":
        kind = next(k for k in UNIT_KINDS if getattr(args, k))
        print(assign(db, args.user_id, kind, getattr(args, kind)))
    elif args.command == "list-users":
        for user_id, name, role, keys in users(db):
            print(f"{user_id}\t{name}\t{role}\t{' '.join(keys)}")
    elif args.command == "list-devices":
        for d in devices(db):
            state = (
                f"revoked {d.revoked_at:%Y-%m-%d} {d.revoked_reason}" if d.revoked_at else "active"
            )
            seen = f"{d.last_seen_at:%Y-%m-%d %H:%M}" if d.last_seen_at else "-"
            print(f"{d.id}\t{d.user_id}\t{d.name}\tlast seen {seen}\t{state}")
    elif args.command == "revoke-device":
        revoke_device(db, args.device_id, args.reason)
        print(f"revoked {args.device_id}")
    elif args.command == "wipe-device":
        mark_for_wipe(db, args.device_id, args.reason)
        print(f"marked {args.device_id} for wipe")
    elif args.command == "purge-tombstones":
        print(f"purged {purge_tombstones(db)} tombstones")
    elif args.command == "import-store":
        import os
        from pathlib import Path

        from gridwarden.security import keys as store_keys
        from gridwarden.server.seed import import_store

        # A laptop store is encrypted: its key file sits beside it, unlocked with the
        # passphrase in GRIDWARDEN_PASSPHRASE.
        store = Path(args.store)
        key = None
        if store_keys.exists(store.parent):
            key = store_keys.unlock(store.parent, os.environ.get("GRIDWARDEN_PASSPHRASE", ""))
        print(f"imported {import_store(db, store, key=key)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
