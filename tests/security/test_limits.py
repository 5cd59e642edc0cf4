"""Finding 3: bodies are limited while they are read, before any parsing or authentication;
deep nesting, bad UTF-8 and lone surrogates are refused with 4xx, never 500, and the password
of a refused login never reaches the server's log."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

from gridwarden.protocol.messages import API_PREFIX, PROTOCOL_HEADER
from gridwarden.server.launch import ServerProcess
from tests.security import wire
from tests.sync.harness import PASSWORD, District, Laptop


def _raw(url: str, request: bytes, body: Iterator[bytes] | bytes = b"") -> tuple[int, bytes, float]:
    """Send a request byte by byte control (chunks as given); the status line and the time it
    took the server to answer."""
    parts = urlsplit(url)
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=60) as sock:
        sock.sendall(request)
        try:
            for chunk in [body] if isinstance(body, bytes) else body:
                sock.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server stopped reading: what we want
        answer = b""
        while b"\r\n\r\n" not in answer:
            data = sock.recv(65536)
            if not data:
                break
            answer += data
        while True:  # the JSON body
            try:
                data = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not data:
                break
            answer += data
            if answer.rstrip().endswith(b"}"):
                break
    status = int(answer.split(b" ", 2)[1]) if answer else 0
    return status, answer, time.monotonic() - started


def _head(path: str, length: int | None, extra: str = "") -> bytes:
    lines = [
        f"POST {API_PREFIX}{path} HTTP/1.1",
        "Host: localhost",
        "Content-Type: application/json",
        f"{PROTOCOL_HEADER}: 1",
        "Connection: close",
    ]
    lines.append(
        f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
    )
    if extra:
        lines.append(extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_a_huge_unauthenticated_login_is_refused_at_once_without_reading_it(
    server: ServerProcess,
) -> None:
    # 283 MB declared: refused from the header, nothing read
    status, answer, took = _raw(server.url, _head("/auth/login", 283 * 1024 * 1024))
    assert status == 413 and b"too_large" in answer
    assert took < 2.0


def test_a_body_that_keeps_coming_is_cut_at_the_limit_while_others_sync(
    server: ServerProcess, laptop: Callable[[str], Laptop], district: District
) -> None:
    wang = laptop("wang")
    wang.new_household(district.micro1, "工农路7号")
    sent = {"bytes": 0}

    def endless() -> Iterator[bytes]:
        chunk = b"[" * 65536
        while sent["bytes"] < 300 * 1024 * 1024:
            sent["bytes"] += len(chunk)
            yield f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"

    result: dict[str, tuple[int, bytes, float]] = {}
    attacker = threading.Thread(
        target=lambda: result.setdefault(
            "r", _raw(server.url, _head("/sync/push", None), endless())
        )
    )
    attacker.start()
    report = wang.sync()  # a colleague's sync is not held up by it
    attacker.join(120)
    assert report.pushed == 2
    status, answer, _took = result["r"]
    assert status == 413 and b"too_large" in answer
    assert sent["bytes"] < 64 * 1024 * 1024  # the server stopped reading near its 8 MB limit


def test_a_gzip_bomb_and_a_million_op_push_are_refused_before_parsing(
    server: ServerProcess, district: District
) -> None:
    token = wire.token_of(server.url, district.user("wang"), PASSWORD, str(uuid.uuid4()))
    bomb = gzip.compress(b'{"ops":[' + b" " * (200 * 1024 * 1024) + b"]}", compresslevel=9)
    assert len(bomb) < 1024 * 1024
    answer = wire.post(
        server.url,
        "/sync/push",
        token,
        data=bomb,
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert answer.status_code == 413 and answer.json()["code"] == "too_large"
    op = b'{"op_id":"a","entity":"area","id":"b","kind":"delete","base_version":0,"payload":{}}'
    many = b'{"ops":[' + b",".join([op] * 1_000_000) + b"]}"
    answer = wire.post(
        server.url,
        "/sync/push",
        token,
        data=gzip.compress(many),
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert answer.status_code == 413  # 88 MB of JSON inflated: over the limit
    some = b'{"ops":[' + b",".join([op] * 600) + b"]}"
    answer = wire.post(
        server.url, "/sync/push", token, data=some, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 413 and answer.json()["code"] == "too_many_ops"


def test_deep_nesting_bad_utf8_and_lone_surrogates_answer_422_and_keep_the_password_out_of_logs(
    server: ServerProcess, district: District
) -> None:
    token = wire.token_of(server.url, district.user("wang"), PASSWORD, str(uuid.uuid4()))
    deep = b'{"ops":[{"op_id":"x","payload":' + b"[" * 500 + b"]" * 500 + b"}]}"
    answer = wire.post(
        server.url, "/sync/push", token, data=deep, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422 and answer.json()["code"] == "too_deep"
    secret = "Zq9-secret-horse"
    user = district.user("wang")
    surrogate = f'{{"user":"{user}","password":"{secret}\\ud800","device_id":"d1"}}'.encode()
    answer = wire.post(
        server.url, "/auth/login", data=surrogate, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422
    assert secret not in answer.text
    latin = b'{"user":"wang","password":"caf\xe9-1234567","device_id":"d1"}'
    answer = wire.post(
        server.url, "/auth/login", data=latin, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422 and answer.json()["code"] == "bad_encoding"
    time.sleep(0.2)
    assert not any(secret in line for line in server.log)
    assert not any("Traceback" in line for line in server.log)
