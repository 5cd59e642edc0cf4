"""Raw HTTP against the server, the way an attacker (not the app) talks to it."""

from __future__ import annotations

from typing import Any

import requests

from gridwarden.protocol.messages import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def post(url: str, path: str, token: str = "", **kwargs: Any) -> requests.Response:
    headers = {**HEADERS, **kwargs.pop("headers", {})}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(f"{url}{API_PREFIX}{path}", headers=headers, timeout=60, **kwargs)


def get(url: str, path: str, token: str = "", **kwargs: Any) -> requests.Response:
    headers = {**HEADERS, **kwargs.pop("headers", {})}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.get(f"{url}{API_PREFIX}{path}", headers=headers, timeout=60, **kwargs)


def login(url: str, user: str, password: str, device_id: str, name: str = "") -> requests.Response:
    return post(
        url,
        "/auth/login",
        json={"user": user, "password": password, "device_id": device_id, "device_name": name},
    )


def token_of(url: str, user: str, password: str, device_id: str) -> str:
    answer = login(url, user, password, device_id)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["token"])
