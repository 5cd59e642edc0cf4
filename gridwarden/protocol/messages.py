"""The wire protocol between the app and the district server, shared by both sides.

Every request names the protocol it speaks in the X-GridWarden-Protocol header; a server that no
longer speaks it answers 426 and the app asks for an update. Bodies are JSON, gzip-compressed
both ways when large. The models below are the single definition of each message: the server
validates requests with them (and publishes them in its OpenAPI spec), the client builds and
reads them. Pull pages are the exception on the hot path: the server writes stored JSON straight
into the page and the client reads it with json.loads (see PullPage for the shape).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, ModelWrapValidatorHandler, StringConstraints, model_validator
from sqlmodel import Field, SQLModel

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-GridWarden-Protocol"
API_PREFIX = "/api/v1"

MAX_PUSH_OPS = 500
MAX_PULL_LIMIT = 5000
DEFAULT_PULL_LIMIT = 2000
MAX_FETCH_IDS = 1000
BLOB_CHUNK = 1024 * 1024
MAX_BLOB_BYTES = 25 * 1024 * 1024

Kind = Literal["upsert", "delete", "transition"]
Status = Literal["applied", "duplicate", "conflict", "rejected"]
ConflictKind = Literal["field", "deleted", "edited"]

IdText = Annotated[str, StringConstraints(min_length=1, max_length=36, pattern=r"^[0-9A-Za-z_-]+$")]


def _unstorable(text: str) -> bool:
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800" in JSON) is no character
        return True
    return False


def has_nul(value: Any) -> bool:
    """Text that cannot be stored — NUL characters (PostgreSQL text refuses them) or lone
    surrogates (not UTF-8 at all) — is refused at the door (422), never reaches a hash or a
    database, and never turns into an internal error that would log the request.

    One walk with a stack (every nested message validates again, so a push of 500 ops is
    walked several times): plain ASCII text without NUL, the usual case, costs one check."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item or (not item.isascii() and _unstorable(item)):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False


# Set while a message's content is being validated after its whole text was checked: the
# messages nested inside it (a push's ops, an answer's records) need not walk it again.
_CHECKED: ContextVar[bool] = ContextVar("gridwarden_text_checked", default=False)


@contextmanager
def checked_text() -> Iterator[None]:
    """Messages built inside hold only text that was checked already: the server's push
    answers, made of the request it checked at the door and of records it stored (each
    validated on its way in; a pull page writes the same stored text unchecked). Their
    content is validated as always; only the walk for NUL and lone surrogates is skipped
    (it was ~15 % of a 500-op push's CPU, answer by answer)."""
    token = _CHECKED.set(True)
    try:
        yield
    finally:
        _CHECKED.reset(token)


class Message(SQLModel):
    model_config = ConfigDict(extra="forbid")  # type: ignore[assignment]

    @model_validator(mode="wrap")
    @classmethod
    def _no_nul(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        if _CHECKED.get():
            return handler(data)
        if has_nul(data):
            raise ValueError("text must not contain NUL characters or lone surrogates")
        token = _CHECKED.set(True)
        try:
            return handler(data)
        finally:
            _CHECKED.reset(token)


class Meta(Message):
    epoch: str
    protocol: int
    min_protocol: int
    server: str
    # The newest change's sequence number: a client whose cursor is past it holds changes
    # the server no longer has (it was restored from a backup) and reconciles.
    head: int = 0


class LoginRequest(Message):
    user: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=200)
    device_id: IdText
    device_name: str = Field(default="", max_length=120)


class LoginAnswer(Message):
    token: str
    user_id: str
    user_name: str
    role: str
    scopes: list[str]
    epoch: str


class Op(Message):
    """One outbox entry: op_id is the idempotency key."""

    op_id: IdText
    entity: str = Field(min_length=1, max_length=32)
    id: IdText
    kind: Kind
    base_version: int = Field(ge=0, le=2**31)
    payload: dict[str, Any]


class PushRequest(Message):
    ops: list[Op] = Field(max_length=MAX_PUSH_OPS)


class Change(Message):
    """A record as the server holds it now: one item of a pull page or a push answer."""

    entity: str
    id: str
    version: int
    seq: int
    data: dict[str, Any]


class Clash(Message):
    """One field both sides changed to different values since the pushed op's base."""

    field: str
    local: Any = None
    server: Any = None
    server_by: str = ""
    server_at: str | None = None


class Answer(Message):
    op_id: str
    status: Status
    # For a duplicate: what the first delivery was answered (the stored answer is repeated).
    first_status: Status | None = None
    conflict: ConflictKind | None = None
    clashes: list[Clash] = Field(default_factory=list)
    reason: str = ""
    # The records as they stand after this op (the record, and e.g. a transition's step).
    records: list[Change] = Field(default_factory=list)
    # For a conflict: the display names of the users it mentions (user id → 王芳), so the
    # person resolving it sees who made each change.
    names: dict[str, str] = Field(default_factory=dict)


class PushAnswer(Message):
    answers: list[Answer]
    head: int


class PullPage(Message):
    """A page of changes. Each change's `data` is the record's document WITHOUT its "id"
    (the change's own `id` is the record's): the copy cost ~4 bytes a record after gzip."""

    epoch: str
    changes: list[Change]
    next: int
    more: bool
    head: int


class EntityDigest(Message):
    count: int
    hash: str


class VerifyAnswer(Message):
    epoch: str
    head: int
    entities: dict[str, EntityDigest]


class IdsAnswer(Message):
    entity: str
    ids: list[tuple[str, int]]


class FetchRequest(Message):
    entity: str = Field(min_length=1, max_length=32)
    ids: list[str] = Field(max_length=MAX_FETCH_IDS)


class FetchAnswer(Message):
    changes: list[Change]


class BlobStatus(Message):
    sha256: str
    size: int
    received: int
    complete: bool


class ErrorBody(Message):
    """Every refusal carries a machine-readable code next to FastAPI's detail."""

    code: str
    detail: str


def digest_lines(pairs: list[tuple[str, int]]) -> str:
    """The verify hash of (id, version) pairs: both sides compute it the same way."""
    import hashlib

    h = hashlib.sha256()
    for record_id, version in sorted(pairs):
        h.update(f"{record_id}:{version}\n".encode())
    return h.hexdigest()


# --- the audit trail, uploaded as append-only records (issue 10) -------------------------------
MAX_AUDIT_ENTRIES = 500
AUDIT_GENESIS = "0" * 64
HashText = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


def audit_hash(prev: str, at: str, fields: dict[str, Any]) -> str:
    """The hash of one audit entry: sha256 over the previous entry's hash, its time (ISO, UTC,
    microseconds) and its content as canonical JSON. The laptop chains its entries with it and
    the server checks every uploaded entry with it."""
    import hashlib
    import json

    body = {"prev": prev, "at": at, **fields}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AuditItem(Message):
    local_id: int = Field(ge=1, le=2**53)
    at: str = Field(min_length=20, max_length=40)
    actor_id: str = Field(max_length=80)
    actor_name: str = Field(max_length=40)
    device_id: str = Field(max_length=36)  # as written on the laptop (the demo seed says "demo")
    action: str = Field(max_length=48)
    entity: str = Field(max_length=32)
    record_id: str = Field(max_length=36)
    detail: dict[str, Any]
    prev_hash: HashText
    hash: HashText

    def fields(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id,
            "actor_name": self.actor_name,
            "device_id": self.device_id,
            "action": self.action,
            "entity": self.entity,
            "record_id": self.record_id,
            "detail": self.detail,
        }


class AuditUpload(Message):
    entries: list[AuditItem] = Field(max_length=MAX_AUDIT_ENTRIES)


class AuditAnswer(Message):
    stored: int
    duplicate: int
    last_local_id: int
