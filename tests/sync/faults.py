"""A fault-injecting HTTP proxy between a laptop and the real server (both on loopback).

Requests pass through unchanged (gzip bodies included) unless a planned fault matches:

- lose:       forward, let the server commit, then drop the connection (the answer is lost)
- fail_before: answer 500 without forwarding (the server never saw it)
- fail_after: forward (the server commits), then answer 500
- duplicate:  forward twice (the server sees the request twice), answer the second
- hold:       keep the request until release() (reordering, stalls, a client killed mid-pull)

With `also`, it is a round-robin load balancer over several server processes as well.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

from gridwarden.server.launch import free_port

HOP = {"host", "content-length", "connection", "keep-alive", "transfer-encoding"}


# a captive portal's page: what a hotel or station Wi-Fi answers in place of the server
PORTAL = "<html><body>请先登录无线网络 / Please sign in to the Wi-Fi</body></html>".encode()


@dataclass
class Fault:
    path: str  # matched as a prefix of the API path, e.g. "/api/v1/sync/push"
    kind: str
    skip: int = 0  # let this many matching requests through first
    times: int = 1
    hits: int = 0


@dataclass
class Forwarded:
    method: str
    path: str
    status: int
    target: str = ""  # the server that answered


@dataclass
class FaultProxy:
    target: str
    # More servers behind the same proxy (a load balancer): requests go to each in turn, so
    # consecutive pages of one pull, and a duplicated request, reach different processes.
    also: list[str] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    seen: list[Forwarded] = field(default_factory=list)
    held: threading.Event = field(default_factory=threading.Event)
    _release: threading.Event = field(default_factory=threading.Event)
    _held_done: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.lock = threading.Lock()
        self._turn = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _any(self) -> None:
                proxy.handle(self)

            do_GET = do_POST = do_PUT = do_HEAD = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def plan(self, path: str, kind: str, skip: int = 0, times: int = 1) -> Fault:
        fault = Fault(path, kind, skip, times)
        with self.lock:
            self.faults.append(fault)
        return fault

    def release(self) -> None:
        self._release.set()

    def wait_released_request_done(self, timeout: float = 30) -> bool:
        return self._held_done.wait(timeout)

    def close(self) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()

    def _match(self, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if path.startswith(fault.path) and fault.hits < fault.skip + fault.times:
                    fault.hits += 1
                    if fault.hits > fault.skip:
                        return fault
                    return None
        return None

    def _next_target(self) -> str:
        with self.lock:
            targets = [self.target, *self.also]
            self._turn += 1
            return targets[self._turn % len(targets)]

    def _forward(self, handler: BaseHTTPRequestHandler, body: bytes) -> requests.Response:
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in HOP}
        target = self._next_target()
        response = requests.request(
            handler.command,
            target + handler.path,
            data=body,
            headers=headers,
            stream=True,
            timeout=60,
        )
        response.raw.decode_content = False
        response._content = response.raw.read()  # the raw (still compressed) body
        self.seen.append(
            Forwarded(handler.command, handler.path.split("?")[0], response.status_code, target)
        )
        return response

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        fault = self._match(handler.path)
        kind = fault.kind if fault else None
        if kind == "fail_before":
            self._reply(handler, 500, {}, b'{"detail":"injected"}')
            return
        if kind == "hold":
            self.held.set()
            self._release.wait()
            try:
                response = self._forward(handler, body)
            finally:
                self._held_done.set()
            self._send(handler, response)
            return
        response = self._forward(handler, body)
        if kind == "duplicate":
            response = self._forward(handler, body)
        if kind == "lose":
            handler.close_connection = True
            handler.connection.close()  # the server committed; the laptop hears nothing
            return
        if kind == "fail_after":
            self._reply(handler, 500, {}, b'{"detail":"injected"}')
            return
        if kind == "mangle":  # the server committed; a captive portal answers 200 in HTML
            self._reply(handler, 200, {"Content-Type": "text/html"}, PORTAL)
            return
        if kind == "truncate":  # the server committed; its answer is cut off half-way
            headers = {k: v for k, v in response.headers.items() if k.lower() not in HOP}
            self._reply(handler, 200, headers, response.content[: len(response.content) // 2])
            return
        self._send(handler, response)

    def _send(self, handler: BaseHTTPRequestHandler, response: requests.Response) -> None:
        headers = {k: v for k, v in response.headers.items() if k.lower() not in HOP}
        self._reply(handler, response.status_code, headers, response.content)

    @staticmethod
    def _reply(
        handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes
    ) -> None:
        try:
            handler.send_response(status)
            for key, value in headers.items():
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except OSError:
            pass  # the laptop gave up (a stall test): nothing to tell
