"""Passwords, device tokens and who is calling.

Passwords are stored as scrypt hashes (stdlib, salted). Login hands a device a random token; the
server keeps only its sha256, so a copy of the database logs nobody in. A token names one device
of one user; revoking the device ends it. Scope keys come from the user's assignments, never
from the request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.server.db import Device, User, UserScope, utcnow
from gridwarden.sync.registry import EVERYTHING, PUBLIC

# grid_leader (网格长): sees the whole grid like its wardens and urges/supervises its work
# orders (rules.event_lifecycle.ACTION_ROLES).
ROLES = ("warden", "grid_leader", "mediator", "clerk", "supervisor")
# Which assignment kind each role works in (admin `assign --grid/--station/--window`).
ROLE_UNIT = {"warden": "grid", "grid_leader": "grid", "mediator": "station", "clerk": "window"}
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
SEEN_EVERY = timedelta(minutes=1)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        kind, salt, digest = stored.split("$")
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    found = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), **_SCRYPT)
    return hmac.compare_digest(found.hex(), digest)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Caller:
    """An authenticated device and what its user may see."""

    user_id: str
    user_name: str
    role: str
    device_id: str
    keys: frozenset[str]

    @property
    def everything(self) -> bool:
        return EVERYTHING in self.keys

    def sees(self, scope: str) -> bool:
        return scope == PUBLIC or self.everything or scope in self.keys

    def works_in(self, scope: str) -> bool:
        """May create or change records of this scope (public ones only with the right role)."""
        return self.everything or scope in self.keys

    def readable_keys(self) -> list[str]:
        return sorted(self.keys | {PUBLIC})

    @property
    def stamp(self) -> str:
        return f"{self.user_id}@{self.device_id}"


def scope_keys(session: Session, user: User) -> frozenset[str]:
    if user.role == "supervisor":
        return frozenset({EVERYTHING})
    rows = session.execute(
        select(col(UserScope.key)).where(col(UserScope.user_id) == user.id)
    ).scalars()
    return frozenset(rows)


def caller_of(session: Session, device: Device, user: User) -> Caller:
    return Caller(user.id, user.name, user.role, device.id, scope_keys(session, user))


def touch(device: Device) -> bool:
    """Note the device was seen (at most once a minute: not a write per request)."""
    now = utcnow()
    last = device.last_seen_at
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=now.tzinfo)
    if last is None or now - last > SEEN_EVERY:
        device.last_seen_at = now
        return True
    return False
