"""What the server checks before it parses (or even finishes reading) a request body.

- A size limit enforced while reading: the Content-Length is checked first, and a body that
  keeps coming is cut at the limit (413); 1 MB for a login, the configured limit (8 MB by
  default) for the rest, one upload chunk and a little for a file upload. Gzip bodies are
  inflated with the same limit (no zip bombs).
- JSON bodies must be UTF-8 and nested at most MAX_DEPTH deep (422): json.loads would recurse
  on a deeply nested body and fail with an internal error.
- A push names at most MAX_PUSH_OPS ops: counted in the text before it is parsed, so a 1M-op
  push costs the server a scan, not gigabytes of objects.

Refusals are JSON {"code", "detail"} like every other refusal of the API.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from starlette.responses import JSONResponse

from gridwarden.protocol.messages import API_PREFIX, BLOB_CHUNK, MAX_PUSH_OPS

ASGIApp = Callable[..., Awaitable[None]]
MAX_DEPTH = 32
LOGIN_BODY = 1024 * 1024
BLOB_BODY = BLOB_CHUNK * 4 + 64 * 1024
# A JSON string, written as the "unrolled loop" (a run of plain characters, then escape +
# run, …): the same matches as "(?:[^"\\]|\\.)*" at a third of the time (one step per run,
# not per character): ~1 ms instead of ~2.6 ms for a 500-op push.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


class Refused(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


def json_depth(body: bytes) -> int:
    """How deep the body's arrays and objects nest (strings skipped; a linear scan)."""
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    opening = brackets.count(b"[") + brackets.count(b"{")
    if opening <= MAX_DEPTH:
        return opening
    return max(accumulate(_STEP[b] for b in brackets), default=0)


@dataclass(frozen=True)
class Limits:
    max_body: int = 8 * 1024 * 1024

    def for_path(self, path: str) -> int:
        if path == f"{API_PREFIX}/auth/login":
            return LOGIN_BODY
        if path.startswith(f"{API_PREFIX}/blobs/"):
            return BLOB_BODY
        return self.max_body


class BodyGuard:
    """ASGI middleware: reads (bounded), inflates (bounded), checks, then hands the body on."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.limits.for_path(str(scope.get("path", "")))
        headers = dict(scope.get("headers") or [])
        try:
            body = await self._read(headers, receive, limit)
            gzipped = headers.get(b"content-encoding", b"").lower() == b"gzip"
            if gzipped:
                body = _inflate(body, limit)
            if b"json" in headers.get(b"content-type", b"").lower():
                _check_json(body, str(scope.get("path", "")))
        except Refused as refused:
            response = JSONResponse(
                {"code": refused.code, "detail": refused.detail}, refused.status
            )
            await response(scope, receive, send)
            return
        kept = [
            (k, v)
            for k, v in scope["headers"]
            if k.lower() not in (b"content-encoding", b"content-length", b"transfer-encoding")
        ]
        scope = {**scope, "headers": [*kept, (b"content-length", str(len(body)).encode())]}
        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if delivered:
                return dict(await receive())
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    @staticmethod
    async def _read(headers: dict[bytes, bytes], receive: Any, limit: int) -> bytes:
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                raise Refused(400, "bad_length", "bad Content-Length") from None
            if size > limit:
                raise Refused(413, "too_large", f"request body larger than {limit} bytes")
        parts: list[bytes] = []
        received, more = 0, True
        while more:
            message = await receive()
            if message.get("type") == "http.disconnect":
                raise Refused(400, "disconnected", "client went away")
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > limit:
                raise Refused(413, "too_large", f"request body larger than {limit} bytes")
            parts.append(chunk)
            more = message.get("more_body", False)
        return b"".join(parts)


def _inflate(body: bytes, limit: int) -> bytes:
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = inflater.decompress(body, limit + 1)
    except zlib.error:
        raise Refused(400, "bad_gzip", "bad gzip body") from None
    if len(data) > limit or inflater.unconsumed_tail:
        raise Refused(413, "too_large", f"request body larger than {limit} bytes inflated")
    if not inflater.eof:
        raise Refused(400, "bad_gzip", "truncated gzip body")
    return data


def _check_json(body: bytes, path: str) -> None:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(422, "bad_encoding", "request body is not UTF-8") from None
    if json_depth(body) > MAX_DEPTH:
        raise Refused(422, "too_deep", f"JSON nested deeper than {MAX_DEPTH} levels")
    if path == f"{API_PREFIX}/sync/push" and body.count(b'"op_id"') > MAX_PUSH_OPS:
        raise Refused(413, "too_many_ops", f"at most {MAX_PUSH_OPS} ops per push")
