""" "Remember on this computer": the data key in the OS keyring, only where a setting allows it
(`allow_remember_key`, off by default). With it, the OS session protects the store; without it,
a stolen laptop with an unlocked session still cannot open the store."""

from __future__ import annotations

import contextlib
import hashlib
import logging
from pathlib import Path

# keyring is imported where it is used: with its backends' discovery it costs ~35 ms and ~7 MB
# at start-up, and a store whose key is not remembered never needs it.
log = logging.getLogger("gridwarden.security")
SERVICE = "GridWarden store key"


def _account(root: Path) -> str:
    return hashlib.sha256(str(root.resolve()).encode("utf-8")).hexdigest()[:32]


def save(root: Path, data_key: bytes) -> bool:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _account(root), data_key.hex())
    except KeyringError as exc:
        log.warning("keyring refused the store key (%s); not remembered", exc)
        return False
    return True


def load(root: Path) -> bytes | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        found = keyring.get_password(SERVICE, _account(root))
    except KeyringError as exc:
        log.warning("keyring unreadable: %s", exc)
        return None
    try:
        return bytes.fromhex(found) if found else None
    except ValueError:
        return None


def forget(root: Path) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _account(root))
