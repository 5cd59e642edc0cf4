"""The device token, kept in the OS keyring (never the password, never plaintext on disk).

Where no keyring backend exists (a bare Linux box without a secret service), the token is kept
in memory for this run only and `persistent` is False, so the app can say so: the user logs in
again after a restart. There is no file fallback on purpose.
"""

from __future__ import annotations

import contextlib
import logging

# keyring is imported where it is used: with its backends' discovery it costs ~35 ms and ~7 MB
# at start-up, and the main window of a device never logged in needs none of it.
log = logging.getLogger("gridwarden.sync")
SERVICE = "GridWarden"


def _backend_usable() -> bool:
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        return False
    priority = getattr(backend, "priority", 0)
    try:
        return float(priority) > 0
    except (TypeError, ValueError):
        return False


class TokenStore:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    @property
    def persistent(self) -> bool:
        return _backend_usable()

    def save(self, account: str, token: str) -> bool:
        """Keep the token; True when it will survive a restart."""
        self._memory[account] = token
        if not self.persistent:
            return False
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, account, token)
        except KeyringError as exc:
            log.warning("keyring refused the token (%s); kept for this run only", exc)
            return False
        return True

    def load(self, account: str) -> str | None:
        if account in self._memory:
            return self._memory[account]
        if not self.persistent:
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            found = keyring.get_password(SERVICE, account)
        except KeyringError as exc:
            log.warning("keyring unreadable: %s", exc)
            return None
        if found:
            self._memory[account] = found
        return found

    def forget(self, account: str) -> None:
        self._memory.pop(account, None)
        if self.persistent:
            import keyring
            from keyring.errors import KeyringError

            with contextlib.suppress(KeyringError):
                keyring.delete_password(SERVICE, account)
