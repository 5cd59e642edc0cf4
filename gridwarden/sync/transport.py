"""HTTP to the district server: gzip both ways, timeouts, errors turned into SyncFailure.

The read timeout is the stall watchdog: a transfer that receives no byte for `stall_s` seconds
is cut (and retried on the timer). Retrying is the caller's business: every request here is
safe to repeat (pushes carry op ids, uploads carry offsets).
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from gridwarden import __version__
from gridwarden.protocol.messages import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from gridwarden.sync import errors

if TYPE_CHECKING:
    import requests

log = logging.getLogger("gridwarden.sync.http")
GZIP_FROM = 1024


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_address(server_url: str) -> None:
    """Only https:// leaves this machine; http:// is refused except to loopback (a server on
    this very computer, for tests and demos)."""
    parts = urlsplit(server_url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return
    raise errors.insecure_address(server_url)


@dataclass
class Counters:
    sent: int = 0
    received: int = 0


class Transport:
    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        connect_s: float = 5.0,
        stall_s: float = 30.0,
        ca_bundle: str = "",
    ) -> None:
        check_address(server_url)
        self.base = server_url.rstrip("/") + API_PREFIX
        self.server_url = server_url
        self.token = token
        self.timeout = (connect_s, stall_s)
        self.stall_s = stall_s
        self.counters = Counters()
        import requests  # imported on first use: it costs start-up time

        self.http = requests.Session()
        # The system's trusted authorities, or a district's own CA (settings.server_ca_bundle),
        # passed with every request (a session-wide setting loses to REQUESTS_CA_BUNDLE).
        # Certificate checks are never switched off.
        self.verify: str | bool = ca_bundle or True
        self.http.headers.update(
            {
                PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                "User-Agent": f"GridWarden/{__version__}",
                "Accept-Encoding": "gzip",
            }
        )

    def close(self) -> None:
        self.http.close()

    # --- requests ------------------------------------------------------------------------------
    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = dict(extra or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        import requests

        try:
            response = self.http.request(
                method, self.base + path, timeout=self.timeout, verify=self.verify, **kwargs
            )
        except requests.exceptions.SSLError as exc:
            log.warning("TLS to %s failed: %s", self.server_url, exc)
            raise errors.tls_failed(self.server_url, str(exc)) from None
        except requests.Timeout:
            raise errors.stalled(int(self.stall_s)) from None
        except requests.ConnectionError as exc:
            # urllib3 reports a read timeout inside a body as a connection error
            if "timed out" in str(exc).lower():
                raise errors.stalled(int(self.stall_s)) from None
            raise errors.network_down(self.server_url) from None
        except requests.RequestException:
            raise errors.network_down(self.server_url) from None
        self.counters.received += int(response.headers.get("Content-Length") or 0)
        self._check(response)
        return response

    def _check(self, response: requests.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        try:
            body = response.json()
        except ValueError:
            body = {}
        code = body.get("code", "") if isinstance(body, dict) else ""
        detail = str(body.get("detail", "")) if isinstance(body, dict) else ""
        if status == 401:
            raise errors.bad_credentials() if code == "bad_credentials" else errors.auth_expired()
        if status == 403 and code == "device_revoked":
            raise errors.device_revoked(detail)
        if status == 403 and code == "device_taken":
            raise errors.device_taken()
        if status == 403 and code == "user_disabled":
            raise errors.user_disabled()
        if status == 403:
            raise errors.auth_expired()
        if status == 423:
            raise errors.account_locked()
        if status == 429:
            raise errors.throttled(int(response.headers.get("Retry-After") or 60))
        if status == 413:
            raise errors.too_large(detail)
        if status == 426:
            raise errors.outdated()
        if status >= 500:
            raise errors.server_error(status)
        raise errors.unexpected(status, detail or response.reason or "")

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        response = self._send("GET", path, params=params, headers=self._headers())
        return _decoded(response)

    def post_json(self, path: str, body: Any) -> Any:
        return self.post_prepared(path, prepare_json(body))

    def post_prepared(self, path: str, prepared: Prepared) -> Any:
        """POST a body made by prepare_json (possibly on another thread, ahead of time)."""
        data, headers = prepared
        self.counters.sent += len(data)
        response = self._send("POST", path, data=data, headers=self._headers(headers))
        return _decoded(response)

    def put_bytes(self, path: str, data: bytes, params: dict[str, Any]) -> Any:
        self.counters.sent += len(data)
        headers = {"Content-Type": "application/octet-stream"}
        return self._send(
            "PUT", path, data=data, params=params, headers=self._headers(headers)
        ).json()

    def stream(self, path: str) -> Iterator[bytes]:
        """Download in chunks; the read timeout cuts a stalled transfer."""
        import requests

        response = self._send("GET", path, headers=self._headers(), stream=True)
        try:
            yield from response.iter_content(chunk_size=256 * 1024)
        except requests.RequestException:
            raise errors.stalled(int(self.stall_s)) from None
        finally:
            response.close()


Prepared = tuple[bytes, dict[str, str]]


def prepare_json(body: Any) -> Prepared:
    """A JSON request body as sent (gzip-compressed when large) and its headers."""
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json"}
    if len(data) >= GZIP_FROM:
        data = gzip.compress(data, compresslevel=5)
        headers["Content-Encoding"] = "gzip"
    return data, headers


def _decoded(response: requests.Response) -> Any:
    """An answer's JSON, decoded in C (orjson: about twice the stdlib's speed on a first
    pull's 400,000 records). Anything but JSON (a proxy's error page) is the server's fault."""
    import orjson  # not at start-up: the first window needs no sync

    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        raise errors.server_error(response.status_code) from None
