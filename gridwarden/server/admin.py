"""The server's admin command line (and the same operations as functions, for tests).

python -m gridwarden.server.admin --db URL create-user wang --name 王芳 --role warden
    (the password is read from --password, or from standard input)
python -m gridwarden.server.admin --db URL assign wang --grid <area id>   (or --micro-grid <area id>:
    a warden who works only that micro-grid)
python -m gridwarden.server.admin --db URL list-users | list-devices
python -m gridwarden.server.admin --db URL revoke-device <device id> --reason "遗失"
python -m gridwarden.server.admin --db URL purge-tombstones
python -m gridwarden.server.admin --db URL import-store path/to/gridwarden.sqlite
python -m gridwarden.server.admin --db URL disable-user wang --reason "调离"   (devices stop at once)
python -m gridwarden.server.admin --db URL enable-user wang
python -m gridwarden.server.admin --db URL reset-password wang   (new password on standard input)
python -m gridwarden.server.admin --db URL unassign wang --grid <area id>
python -m gridwarden.server.admin --db URL revoke-user-devices wang --reason "离职"
python -m gridwarden.server.admin --db URL unlock wang   (after too many wrong passwords)
python -m gridwarden.server.admin --db URL audit verify | audit export [--out FILE]

Every change made here is written to the server's audit trail (actor "admin").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from gridwarden.server import audit
from gridwarden.server.auth import (
    PASSWORD_COST,
    ROLE_UNITS,
    ROLES,
    ScryptCost,
    clean_name,
    hash_password,
    password_problem,
    revoke_all,
)
from gridwarden.server.db import Device, Record, ServerDB, User, UserScope, upgrade, utcnow

UNIT_KINDS = ("grid", "micro_grid", "station", "window")


class AdminError(Exception):
    pass


def create_user(
    db: ServerDB,
    user_id: str,
    name: str,
    role: str,
    password: str,
    *,
    cost: ScryptCost = PASSWORD_COST,
) -> None:
    """A new user (the admin CLI always hashes at the product's cost; tests that make hundreds
    of users pass auth.CHEAP_COST, which the hash records)."""
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    problem = password_problem(password, user_id)
    if problem:
        raise AdminError(problem)
    hashed = hash_password(password, cost)  # before the transaction: scrypt is slow
    with db.writer() as session, session.begin():
        if session.get(User, user_id) is not None:
            raise AdminError(f"user {user_id} exists")
        session.add(
            User(id=user_id, name=name, role=role, password_hash=hashed, created_at=utcnow())
        )
        audit.append(
            session, "admin.create_user", actor="admin", target=user_id, detail={"role": role}
        )


def _user(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise AdminError(f"no user {user_id}")
    return user


def disable_user(db: ServerDB, user_id: str, reason: str = "") -> None:
    """The user's devices are refused from their next request on (and their logins)."""
    with db.writer() as session, session.begin():
        _user(session, user_id).active = False
        audit.append(
            session, "admin.disable_user", actor="admin", target=user_id, detail={"reason": reason}
        )


def enable_user(db: ServerDB, user_id: str) -> None:
    with db.writer() as session, session.begin():
        user = _user(session, user_id)
        user.active, user.failed_logins, user.locked_until = True, 0, None
        audit.append(session, "admin.enable_user", actor="admin", target=user_id)


def reset_password(db: ServerDB, user_id: str, password: str) -> int:
    """A new password; every device of the user must log in again. Returns how many tokens
    ended."""
    problem = password_problem(password, user_id)
    if problem:
        raise AdminError(problem)
    hashed = hash_password(password)
    with db.writer() as session, session.begin():
        user = _user(session, user_id)
        user.password_hash, user.failed_logins, user.locked_until = hashed, 0, None
        ended = 0
        for device in session.execute(
            select(Device).where(col(Device.user_id) == user_id)
        ).scalars():
            device.token_hash = f"reset:{device.id}"[:64]  # matches no token's sha256
            ended += 1
        audit.append(session, "admin.reset_password", actor="admin", target=user_id)
    return ended


def unlock(db: ServerDB, user_id: str) -> None:
    with db.writer() as session, session.begin():
        user = _user(session, user_id)
        user.failed_logins, user.locked_until = 0, None
        audit.append(session, "admin.unlock", actor="admin", target=user_id)


def unassign(db: ServerDB, user_id: str, kind: str, unit_id: str) -> str:
    key = f"{kind}:{unit_id}"
    with db.writer() as session, session.begin():
        _user(session, user_id)
        scope = session.get(UserScope, (user_id, key))
        if scope is None:
            raise AdminError(f"{user_id} is not assigned to {key}")
        session.delete(scope)
        audit.append(
            session, "admin.unassign", actor="admin", target=user_id, detail={"scope": key}
        )
    return key


def revoke_user_devices(db: ServerDB, user_id: str, reason: str) -> int:
    with db.writer() as session, session.begin():
        _user(session, user_id)
        done = revoke_all(session, user_id, reason)
        audit.append(
            session,
            "admin.revoke_user_devices",
            actor="admin",
            target=user_id,
            detail={"reason": reason, "devices": done},
        )
    return done


def assign(db: ServerDB, user_id: str, kind: str, unit_id: str) -> str:
    """Give a user a scope key: a warden a grid, a mediator a station, a clerk a window."""
    if kind not in UNIT_KINDS:
        raise AdminError(f"kind must be one of {', '.join(UNIT_KINDS)}")
    key = f"{kind}:{unit_id}"
    with db.writer() as session, session.begin():
        user = session.get(User, user_id)
        if user is None:
            raise AdminError(f"no user {user_id}")
        expected = ROLE_UNITS.get(user.role)
        if expected is not None and kind not in expected:
            raise AdminError(
                f"a {user.role} is assigned to a {' or a '.join(expected)}, not a {kind}"
            )
        if session.get(UserScope, (user_id, key)) is None:
            session.add(UserScope(user_id=user_id, key=key))
            audit.append(
                session, "admin.assign", actor="admin", target=user_id, detail={"scope": key}
            )
    return key


def revoke_device(db: ServerDB, device_id: str, reason: str) -> None:
    with db.writer() as session, session.begin():
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"no device {device_id}")
        device.revoked_at = utcnow()
        device.revoked_reason = reason
        audit.append(
            session,
            "admin.revoke_device",
            actor="admin",
            target=device_id,
            detail={"reason": reason},
        )


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
        purged = int(done.rowcount or 0)  # type: ignore[attr-defined]
        audit.append(session, "admin.purge_tombstones", actor="admin", detail={"purged": purged})
        return purged


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
        where.add_argument(f"--{kind.replace('_', '-')}", dest=kind, metavar="ID")
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
    disable = sub.add_parser("disable-user")
    disable.add_argument("user_id")
    disable.add_argument("--reason", default="")
    sub.add_parser("enable-user").add_argument("user_id")
    reset = sub.add_parser("reset-password")
    reset.add_argument("user_id")
    reset.add_argument("--password", help="default: read one line from standard input")
    sub.add_parser("unlock").add_argument("user_id")
    take = sub.add_parser("unassign")
    take.add_argument("user_id")
    where = take.add_mutually_exclusive_group(required=True)
    for kind in UNIT_KINDS:
        where.add_argument(f"--{kind.replace('_', '-')}", dest=kind, metavar="ID")
    revoke_all_p = sub.add_parser("revoke-user-devices")
    revoke_all_p.add_argument("user_id")
    revoke_all_p.add_argument("--reason", default="")
    trail = sub.add_parser("audit")
    trail.add_argument("what", choices=("verify", "export"))
    trail.add_argument("--out", help="export: write to this file (default: standard output)")
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
    command = _COMMANDS.get(args.command)
    if command is None:
        return 0
    return command(db, args) or 0


def _create_user(db: ServerDB, args: argparse.Namespace) -> None:
    password = args.password or sys.stdin.readline().rstrip("\n")
    create_user(db, args.user_id, args.name, args.role, password)
    print(f"created {args.user_id} ({args.role})")


def _assign(db: ServerDB, args: argparse.Namespace) -> None:
    kind = next(k for k in UNIT_KINDS if getattr(args, k))
    print(assign(db, args.user_id, kind, getattr(args, kind)))


def _list_users(db: ServerDB, _args: argparse.Namespace) -> None:
    for user_id, name, role, keys in users(db):
        print(f"{user_id}\t{name}\t{role}\t{' '.join(keys)}")


def _list_devices(db: ServerDB, _args: argparse.Namespace) -> None:
    for d in devices(db):
        state = f"revoked {d.revoked_at:%Y-%m-%d} {d.revoked_reason}" if d.revoked_at else "active"
        seen = f"{d.last_seen_at:%Y-%m-%d %H:%M}" if d.last_seen_at else "-"
        name = clean_name(d.name)  # no escape sequences reach the admin's terminal
        print(f"{d.id}\t{d.user_id}\t{name}\tlast seen {seen}\t{clean_name(state)}")


def _revoke_device(db: ServerDB, args: argparse.Namespace) -> None:
    revoke_device(db, args.device_id, args.reason)
    print(f"revoked {args.device_id}")


def _wipe_device(db: ServerDB, args: argparse.Namespace) -> None:
    mark_for_wipe(db, args.device_id, args.reason)
    print(f"marked {args.device_id} for wipe")


def _purge_tombstones(db: ServerDB, _args: argparse.Namespace) -> None:
    print(f"purged {purge_tombstones(db)} tombstones")


def _import_store(db: ServerDB, args: argparse.Namespace) -> None:
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


def _disable_user(db: ServerDB, args: argparse.Namespace) -> None:
    disable_user(db, args.user_id, args.reason)
    print(f"disabled {args.user_id}")


def _enable_user(db: ServerDB, args: argparse.Namespace) -> None:
    enable_user(db, args.user_id)
    print(f"enabled {args.user_id}")


def _reset_password(db: ServerDB, args: argparse.Namespace) -> None:
    password = args.password or sys.stdin.readline().rstrip("\n")
    ended = reset_password(db, args.user_id, password)
    print(f"new password for {args.user_id}; {ended} device(s) must log in again")


def _unlock(db: ServerDB, args: argparse.Namespace) -> None:
    unlock(db, args.user_id)
    print(f"unlocked {args.user_id}")


def _unassign(db: ServerDB, args: argparse.Namespace) -> None:
    kind = next(k for k in UNIT_KINDS if getattr(args, k))
    print(f"removed {unassign(db, args.user_id, kind, getattr(args, kind))}")


def _revoke_user_devices(db: ServerDB, args: argparse.Namespace) -> None:
    print(f"revoked {revoke_user_devices(db, args.user_id, args.reason)} device(s)")


def _audit(db: ServerDB, args: argparse.Namespace) -> int:
    if args.what == "verify":
        verdict = audit.verify(db)
        if verdict.ok:
            print(f"audit trail intact: {verdict.entries} entries")
            return 0
        print(f"audit trail BROKEN: {verdict.problem}", file=sys.stderr)
        return 3
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        count = 0
        for line in audit.export_lines(db):
            out.write(line + "\n")
            count += 1
    finally:
        if args.out:
            out.close()
    if args.out:
        print(f"exported {count} entries to {args.out}")
    return 0


# Each admin command (`python -m gridwarden.server.admin <command>`): what it does; an exit
# code other than 0 only where the command returns one (audit verify: 3 when broken).
_COMMANDS: dict[str, Callable[[ServerDB, argparse.Namespace], int | None]] = {
    "create-user": _create_user,
    "assign": _assign,
    "list-users": _list_users,
    "list-devices": _list_devices,
    "revoke-device": _revoke_device,
    "wipe-device": _wipe_device,
    "purge-tombstones": _purge_tombstones,
    "import-store": _import_store,
    "disable-user": _disable_user,
    "enable-user": _enable_user,
    "reset-password": _reset_password,
    "unlock": _unlock,
    "unassign": _unassign,
    "revoke-user-devices": _revoke_user_devices,
    "audit": _audit,
}


if __name__ == "__main__":
    sys.exit(main())
