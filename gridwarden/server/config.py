"""The server's tunable limits (command-line options of `python -m gridwarden.server`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class ServerConfig:
    # Request bodies larger than this are refused while they are read (413); logins 1 MB.
    max_body: int = 8 * 1024 * 1024
    # A device token not used for this long stops working (the user logs in again); every
    # use renews it.
    token_idle: timedelta = timedelta(days=14)
    # Login attempts (moving window, per user name and per client address), then 429.
    login_per_user: str = "10/minute"
    login_per_address: str = "60/minute"
    # Wrong passwords in a row that lock an account, and for how long (admin `unlock` ends it).
    lock_after: int = 5
    lock_for: timedelta = timedelta(minutes=15)
    # Unfinished uploads per device, and how long an untouched one is kept.
    uploads_per_device: int = 20
    upload_expiry: timedelta = timedelta(hours=24)
    # Serve /docs, /redoc and /openapi.json (off in a district: they describe the attack surface).
    docs: bool = False
