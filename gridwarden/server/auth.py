"""Passwords, device tokens and who is calling.

Passwords are stored as scrypt hashes (stdlib, salted) that carry their cost (`hash_password`).
Login hands a device a random token; the
server keeps only its sha256, so a copy of the database logs nobody in. A token names one device
of one user; revoking the device ends it. Scope keys come from the user's assignments, never
from the request.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import secrets
import threading
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy import select, update
from sqlmodel import Session, col

from gridwarden.protocol.registry import EVERYTHING, MICRO_GRID, PUBLIC
from gridwarden.server.config import ServerConfig
from gridwarden.server.db import Device, Record, ServerDB, User, UserScope, utcnow

# grid_leader (网格长): sees the whole grid like its wardens and urges/supervises its work
# orders (rules.event_lifecycle.ACTION_ROLES).
ROLES = ("warden", "grid_leader", "mediator", "clerk", "supervisor")
# Which assignment kind each role works in (admin `assign --grid/--station/--window`).
ROLE_UNIT = {"warden": "grid", "grid_leader": "grid", "mediator": "station", "clerk": "window"}
# Every kind a role may be assigned to: a warden works a whole grid or only the micro-grids
# they are assigned to (admin `assign --micro-grid`); a grid leader always a whole grid.
ROLE_UNITS = {role: (unit,) for role, unit in ROLE_UNIT.items()} | {"warden": ("grid", MICRO_GRID)}
SEEN_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's cost for one password: n=2^14, r=8 takes ~30 ms of CPU and 16 MiB, which makes
    guessing from a stolen database expensive but lets a flood of logins through (the server
    checks passwords outside any transaction)."""

    n: int = 2**14
    r: int = 8
    p: int = 1


# Every hash the product makes (admin create-user and reset-password, the unknown-user dummy).
PASSWORD_COST = ScryptCost()
# The cost of the first format, `scrypt$salt$digest`, which did not record it: server databases
# made before the cost was carried in the hash still log their users in.
LEGACY_COST = ScryptCost(n=2**14, r=8, p=1)
# Tests that make hundreds of users and logins use a cheap cost (as keys.CHEAP_COST for store
# keys); the hash records it, so the server checks it with no knowledge of tests.
CHEAP_COST = ScryptCost(n=2**4, r=8, p=1)
# A stored cost beyond these is a damaged or hostile row, refused without running scrypt.
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 16
_MAXMEM = 256 * 1024 * 1024


def _scrypt(password: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=cost.n, r=cost.r, p=cost.p, maxmem=_MAXMEM, dklen=32
    )


def hash_password(password: str, cost: ScryptCost = PASSWORD_COST) -> str:
    """`scrypt$n$r$p$salt$digest` (salt and digest in hex): the hash says what it cost, so the
    cost can change without breaking the hashes already stored."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, cost)
    return f"scrypt${cost.n}${cost.r}${cost.p}${salt.hex()}${digest.hex()}"


def _parsed(stored: str) -> tuple[ScryptCost, bytes, bytes] | None:
    """The cost, salt and digest of a stored hash in either format (None: not one of ours)."""
    fields = stored.split("$")
    try:
        if len(fields) == 3 and fields[0] == "scrypt":
            cost = LEGACY_COST
        elif len(fields) == 6 and fields[0] == "scrypt":
            cost = ScryptCost(int(fields[1]), int(fields[2]), int(fields[3]))
        else:
            return None
        salt, digest = bytes.fromhex(fields[-2]), bytes.fromhex(fields[-1])
    except ValueError:
        return None
    n, r, p = cost.n, cost.r, cost.p
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= _MAX_R and 0 < p <= _MAX_P):
        return None
    if not salt or len(digest) != 32:
        return None
    return cost, salt, digest


def password_cost(stored: str) -> ScryptCost | None:
    """The cost a stored hash was made with (None: not a hash this server can check)."""
    parsed = _parsed(stored)
    return parsed[0] if parsed is not None else None


def check_password(password: str, stored: str) -> bool:
    """Whether `password` is the one `stored` was made from, at the cost the hash records.

    A hash below PASSWORD_COST is not re-hashed at a successful login: the product never made
    one (the 3-field hashes are at today's cost, LEGACY_COST), and test users are cheap on
    purpose (re-hashing them would put the product's cost back on every later login). Raising
    PASSWORD_COST one day needs a server option naming the lowest cost accepted without an
    upgrade, so that test servers can keep their cheap users."""
    parsed = _parsed(stored)
    if parsed is None:
        return False
    cost, salt, digest = parsed
    return hmac.compare_digest(_scrypt(password, salt, cost), digest)


# Checked for a user name that does not exist, so that it answers as slowly as a real one: the
# product's cost, and a digest of zeros that no password has (the login is refused anyway). A
# constant, so that no scrypt runs when the server starts.
DUMMY_HASH = f"scrypt${PASSWORD_COST.n}${PASSWORD_COST.r}${PASSWORD_COST.p}${'00' * 16}${'00' * 32}"


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
    """The user's assignments; a grid brings the keys of all its micro-grids (a grid warden
    and a grid leader see and work the whole grid, a micro-grid warden only their own)."""
    if user.role == "supervisor":
        return frozenset({EVERYTHING})
    keys = set(
        session.execute(
            select(col(UserScope.key)).where(col(UserScope.user_id) == user.id)
        ).scalars()
    )
    grids = {key.split(":", 1)[1] for key in keys if key.startswith("grid:")}
    if grids:
        keys |= {f"{MICRO_GRID}:{m}" for m in micro_grids_of(session, grids)}
    return frozenset(keys)


def micro_grids_of(session: Session, grids: set[str]) -> set[str]:
    """The live micro-grid areas under these grids, as the server holds the area records."""
    rows = session.execute(
        select(col(Record.id), col(Record.doc)).where(
            col(Record.entity) == "area", col(Record.deleted).is_(False)
        )
    )
    found = set()
    for area_id, doc in rows:
        area = json.loads(doc)
        if area.get("level") == MICRO_GRID and area.get("parent_id") in grids:
            found.add(area_id)
    return found


def caller_of(session: Session, device: Device, user: User) -> Caller:
    return Caller(user.id, user.name, user.role, device.id, scope_keys(session, user))


def touch(device: Device, every: timedelta = SEEN_EVERY) -> bool:
    """Note the device was seen (at most once a minute: not a write per request). Seeing it
    renews its token's idle period."""
    now = utcnow()
    last = device.last_seen_at
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=now.tzinfo)
    if last is None or now - last > every:
        device.last_seen_at = now
        return True
    return False


# --- password policy (等保 2.0 身份鉴别: complexity; admin create-user and reset-password) --------
MIN_PASSWORD = 10
# The most used passwords of Chinese and international leaks that are 10+ characters long
# (shorter ones fail on length already).
COMMON_PASSWORDS = frozenset(
    {
        "1234567890",
        "0123456789",
        "1qaz2wsx3edc",
        "1q2w3e4r5t",
        "1q2w3e4r5t6y",
        "qwertyuiop",
        "qwerty12345",
        "qwerty123456",
        "asdfghjkl1",
        "password12",
        "password123",
        "password1234",
        "passw0rd123",
        "p@ssw0rd123",
        "admin12345",
        "admin123456",
        "administrator",
        "woaini1314",
        "woaini520",
        "iloveyou12",
        "iloveyou123",
        "abc1234567",
        "abcd123456",
        "abcdefghij",
        "a123456789",
        "aa12345678",
        "zxcvbnm123",
        "qq123456789",
        "5201314520",
        "1314520520",
        "gridwarden",
        "gridwarden1",
        "gridwarden123",
        "changeme123",
        "welcome123",
        "letmein123",
    }
)


def password_problem(password: str, user_id: str = "") -> str | None:
    """Why this password may not be used (None: it may)."""
    if len(password) < MIN_PASSWORD:
        return f"the password needs at least {MIN_PASSWORD} characters"
    if password.isdigit():
        return "the password may not be digits only"
    if len(set(password)) < 4:
        return "the password repeats too few characters"
    lowered = password.lower()
    if lowered in COMMON_PASSWORDS or (user_id and user_id.lower() in lowered):
        return "the password is too common or contains the user name"
    return None


# --- login throttling and lockout ---------------------------------------------------------------
class LoginLimiter:
    """Failed logins per user name and per client address in a moving window (the `limits`
    package, in memory: one server process). When either is used up, every attempt for that
    user or from that address is refused with 429 until the window frees up."""

    def __init__(self, config: ServerConfig) -> None:
        self.limiter = MovingWindowRateLimiter(MemoryStorage())
        self.per_user = parse(config.login_per_user)
        self.per_address = parse(config.login_per_address)
        self.lock = threading.Lock()

    def refused(self, user: str, address: str) -> int | None:
        """Seconds to wait, or None when the attempt may go ahead."""
        with self.lock:
            waits = []
            for item, key in ((self.per_user, user.lower()), (self.per_address, address)):
                if not self.limiter.test(item, "login", key):
                    reset = self.limiter.get_window_stats(item, "login", key).reset_time
                    waits.append(max(1, math.ceil(reset - utcnow().timestamp())))
            return max(waits) if waits else None

    def failed(self, user: str, address: str) -> None:
        with self.lock:
            self.limiter.hit(self.per_user, "login", user.lower())
            self.limiter.hit(self.per_address, "login", address)


def _aware(at: datetime | None) -> datetime | None:
    if at is not None and at.tzinfo is None:
        return at.replace(tzinfo=utcnow().tzinfo)
    return at


def locked_now(user: User) -> bool:
    until = _aware(user.locked_until)
    return until is not None and until > utcnow()


def record_failure(db: ServerDB, user_id: str, config: ServerConfig) -> None:
    """One more wrong password; the LOCK_AFTER-th in a row locks the account for a while."""
    with db.writer() as session, session.begin():
        user = session.get(User, user_id)
        if user is None:
            return
        user.failed_logins += 1
        if user.failed_logins >= config.lock_after:
            user.locked_until = utcnow() + config.lock_for
            user.failed_logins = 0


def idle_for(device: Device) -> timedelta:
    last = _aware(device.last_seen_at) or _aware(device.created_at)
    return utcnow() - last if last is not None else timedelta(0)


def clean_name(name: str) -> str:
    """A device name as the admin's terminal will print it: no control or format characters
    (no escape sequences, no bidi overrides), spaces collapsed."""
    kept = "".join(" " if unicodedata.category(c).startswith(("C", "Z")) else c for c in name)
    return " ".join(kept.split())[:120]


def revoke_all(session: Session, user_id: str, reason: str) -> int:
    done = session.execute(
        update(Device)
        .where(col(Device.user_id) == user_id, col(Device.revoked_at).is_(None))
        .values(revoked_at=utcnow(), revoked_reason=reason)
    )
    return int(done.rowcount or 0)  # type: ignore[attr-defined]
