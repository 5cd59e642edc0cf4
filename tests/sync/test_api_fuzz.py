"""schemathesis against the OpenAPI spec the server serves: generated requests (valid and
not) never make it answer 5xx. Runs against the SQLite and the PostgreSQL back-end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.schemas import OpenApiSchema

from gridwarden.protocol.messages import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from gridwarden.server.db import ServerDB
from gridwarden.server.launch import ServerProcess, start_server
from tests.sync.harness import PASSWORD, build_district

pytestmark = pytest.mark.private_server("--docs: the spec is published by this server only")


@pytest.fixture(scope="module")
def server(fresh_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """This module's server publishes its spec (--docs; a district server does not)."""
    running = start_server(fresh_db, tmp_path_factory.mktemp("blobs"), extra=["--docs"])
    yield running
    running.stop()


@pytest.fixture(scope="module")
def token(server: ServerProcess, server_db: ServerDB) -> str:
    district = build_district(server_db)
    answer = requests.post(
        f"{server.url}{API_PREFIX}/auth/login",
        json={"user": district.user("wang"), "password": PASSWORD, "device_id": "fuzz-device"},
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["token"])


def all_operations(schema: OpenApiSchema) -> list[APIOperation]:
    """Every operation the server's OpenAPI document declares; one it cannot read fails here."""
    operations = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise AssertionError(
                f"the OpenAPI document has an unreadable operation: {result.err()}"
            )
        operations.append(result.ok())
    return operations


def test_no_generated_request_makes_the_server_fail(server: ServerProcess, token: str) -> None:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = all_operations(schema)
    assert len(operations) >= 10  # login, push, pull, verify, ids, fetch, blobs, meta…
    # A valid protocol and token, so generated bodies reach the code behind the door.
    auth = {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    failures: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=30,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def check(case: schemathesis.Case) -> None:
            response = case.call(base_url=server.url, headers=auth)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code}")
            case.validate_response(response, checks=[not_a_server_error])

        check()
    assert failures == []


def test_hostile_bodies_to_every_operation_answer_4xx_never_5xx(
    server: ServerProcess, token: str
) -> None:
    """Beyond what the spec generates: oversized, deeply nested, non-UTF-8, lone-surrogate and
    gzip-bomb bodies sent to every operation that takes a body."""
    import gzip

    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = all_operations(schema)
    with_body = [op for op in operations if op.method.upper() in ("POST", "PUT")]
    assert len(with_body) >= 3  # login, push, fetch, blob upload
    auth = {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    bodies = {
        "oversized": (b'{"ops":[' + b" " * (9 * 1024 * 1024) + b"]}", {}),
        "deep": (b'{"a":' + b"[" * 2000 + b"]" * 2000 + b"}", {}),
        "latin-1": (b'{"user":"caf\xe9","password":"x","device_id":"d"}', {}),
        "surrogate": (b'{"user":"u","password":"\\udc00","device_id":"d","ids":["\\ud800"]}', {}),
        "gzip-bomb": (
            gzip.compress(b"[" + b" " * (64 * 1024 * 1024) + b"]"),
            {"Content-Encoding": "gzip"},
        ),
        "truncated-gzip": (gzip.compress(b'{"ops":[]}')[:-6], {"Content-Encoding": "gzip"}),
    }
    sha = "0" * 64
    failures = []
    for operation in with_body:
        path = operation.path.replace("{sha256}", sha)
        for label, (data, extra) in bodies.items():
            answer = requests.request(
                operation.method.upper(),
                f"{server.url}{path}",
                data=data,
                headers={**auth, "Content-Type": "application/json", **extra},
                params={"offset": 0, "size": 10} if "{sha256}" in operation.path else None,
                timeout=60,
            )
            if answer.status_code >= 500:
                failures.append(f"{operation.method} {path} {label}: {answer.status_code}")
            else:
                assert 400 <= answer.status_code < 500 or label == "surrogate", (label, path)
    assert failures == []
