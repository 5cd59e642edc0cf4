"""Simulated field devices for the server load test (run by `python -m benchmarks.load`).

Each device logs in once, pulls its scope page by page, then every INTERVAL seconds (compressed
time: a warden's laptop syncs about every 5 minutes) pushes ~10 new door-knock visits to
households of its scope and pulls what changed. Requests go to the servers in GW_LOAD_SERVERS
in turn (device n to server n mod k: what a load balancer does with one connection per device).

The environment carries the run: GW_LOAD_SERVERS (comma-separated base URLs), GW_LOAD_USERS
(comma-separated user ids), GW_LOAD_PASSWORD, GW_LOAD_INTERVAL (seconds), GW_LOAD_OPS (per sync).
"""

from __future__ import annotations

import itertools
import os
import random
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from locust import FastHttpUser, task

from gridwarden.protocol.messages import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION

SERVERS = [u for u in os.environ.get("GW_LOAD_SERVERS", "").split(",") if u]
USERS = [u for u in os.environ.get("GW_LOAD_USERS", "").split(",") if u]
PASSWORD = os.environ.get("GW_LOAD_PASSWORD", "")
INTERVAL = float(os.environ.get("GW_LOAD_INTERVAL", "30"))
OPS = int(os.environ.get("GW_LOAD_OPS", "10"))
PULL_LIMIT = 5000


def _tokens() -> list[list[str]]:
    """user,device,token per line: devices that logged in before the run (load.py --logged-in)."""
    path = os.environ.get("GW_LOAD_TOKENS")
    return [line.split(",") for line in Path(path).read_text("utf-8").split()] if path else []


TOKENS = _tokens()
_numbers = itertools.count()


def _said(answer: Any) -> str:
    """The start of a refusal's body, or the connection error when there was no answer
    (status 0: a timeout or a refused connection leaves no body)."""
    if answer.text is None:
        return repr(answer.error)[:200]
    return str(answer.text[:200])


class Device(FastHttpUser):
    host = SERVERS[0] if SERVERS else "http://127.0.0.1:8470"

    def wait_time(self) -> float:
        """Until INTERVAL after the start of the last sync. (locust's constant_pacing counts
        the first interval from the device's spawn, on_start's random wait included: every
        device spawned in the same seconds synced again together one interval later.)"""
        return max(0.0, self._next_sync - time.perf_counter())

    def on_start(self) -> None:
        number = next(_numbers)
        self.base = SERVERS[number % len(SERVERS)] + API_PREFIX if SERVERS else API_PREFIX
        self.cursor = 0
        self.households: list[str] = []
        if TOKENS:
            self.user_id, self.device_id, self.token = TOKENS[number % len(TOKENS)]
        else:
            self.user_id = USERS[number % len(USERS)]
            self.device_id = str(uuid.uuid4())
            self.token = self._login(number)
        self.headers = {
            "Authorization": f"Bearer {self.token}",
            "Accept-Encoding": "gzip",
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        }
        self.pull(name="initial pull")
        # the first sync a random part of INTERVAL after the initial pull: a fleet, not a burst
        self._sleep(random.uniform(0, INTERVAL))
        self._next_sync = time.perf_counter()

    def _login(self, number: int) -> str:
        with self.client.post(
            f"{self.base}/auth/login",
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            json={
                "user": self.user_id,
                "password": PASSWORD,
                "device_id": self.device_id,
                "device_name": f"load-{number}",
            },
            name="login",
            catch_response=True,
        ) as answer:
            if answer.status_code != 200:
                answer.failure(f"login {answer.status_code}: {_said(answer)}")
                raise RuntimeError("login refused")
            return str(answer.json()["token"])

    def pull(self, name: str = "pull") -> None:
        while True:
            with self.client.get(
                f"{self.base}/sync/pull",
                params={"since": self.cursor, "limit": PULL_LIMIT},
                headers=self.headers,
                name=name,
                catch_response=True,
            ) as answer:
                if answer.status_code != 200:
                    answer.failure(f"pull {answer.status_code}: {_said(answer)}")
                    return
                page = answer.json()
            for change in page["changes"]:
                if change["entity"] == "household" and change["data"].get("deleted_at") is None:
                    self.households.append(change["id"])
            self.cursor = int(page["next"])
            if not page["more"]:
                return

    @task
    def sync(self) -> None:
        self._next_sync = time.perf_counter() + INTERVAL
        now = datetime.now(UTC).isoformat()
        ops = [
            {
                "op_id": str(uuid.uuid4()),
                "entity": "visit",
                "id": str(uuid.uuid4()),
                "kind": "upsert",
                "base_version": 0,
                "payload": {
                    "household_id": random.choice(self.households),
                    "resident_id": None,
                    "visitor_id": self.user_id,
                    "visitor_name": "压测网格员",
                    "visited_at": now,
                    "purpose": "routine",
                    "findings": "例行走访，情况正常。",
                    "follow_up_date": None,
                    "outcome": "met",
                    "round_id": None,
                    "campaign_id": None,
                    "updated_at": now,
                    "updated_by": self.user_id,
                    "deleted_at": None,
                },
            }
            for _ in range(OPS if self.households else 0)
        ]
        if ops:
            with self.client.post(
                f"{self.base}/sync/push",
                json={"ops": ops},
                headers=self.headers,
                name="push",
                catch_response=True,
            ) as answer:
                if answer.status_code != 200:
                    answer.failure(f"push {answer.status_code}: {_said(answer)}")
                else:
                    statuses = [a["status"] for a in answer.json()["answers"]]
                    if statuses.count("applied") != len(ops):  # a success is 10 applied ops
                        answer.failure(f"push answers {sorted(set(statuses))}")
        self.pull()

    def _sleep(self, seconds: float) -> None:
        import gevent

        gevent.sleep(seconds)
