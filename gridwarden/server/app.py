"""The district server's HTTP API (FastAPI). The OpenAPI spec is served at /openapi.json.

Every sync endpoint needs the protocol header (426 when the client is too old) and a device
token (401 when unknown, 403 with code "device_revoked" when the device was revoked). Refusals
carry {"code", "detail"}. Request bodies may be gzip-compressed; large responses are.
"""

# No `from __future__ import annotations`: FastAPI reads the dependency annotations of the
# routes defined inside create_app at run time.
import logging
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from sqlalchemy import select, update
from sqlmodel import col
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware

from gridwarden import __version__
from gridwarden.server import audit_log, blobs, pull
from gridwarden.server.auth import (
    Caller,
    caller_of,
    check_password,
    new_token,
    token_hash,
    touch,
)
from gridwarden.server.db import Device, ServerDB, User, prepare, utcnow
from gridwarden.server.push import push
from gridwarden.sync.protocol import (
    API_PREFIX,
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    AuditAnswer,
    AuditUpload,
    BlobStatus,
    ErrorBody,
    FetchAnswer,
    FetchRequest,
    IdsAnswer,
    LoginAnswer,
    LoginRequest,
    Meta,
    PullPage,
    PushAnswer,
    PushRequest,
    VerifyAnswer,
)
from gridwarden.sync.registry import SPECS

log = logging.getLogger("gridwarden.server")
MAX_BODY = 64 * 1024 * 1024
SHA = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]
ASGIApp = Callable[..., Awaitable[None]]


class Refusal(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


REFUSALS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "unknown or expired token"},
    403: {"model": ErrorBody, "description": "device revoked or user disabled"},
    426: {"model": ErrorBody, "description": "client protocol too old"},
}


class GzipRequests:
    """Inflate request bodies sent with Content-Encoding: gzip (bounded: no zip bombs)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        headers = dict(scope.get("headers") or []) if scope["type"] == "http" else {}
        if headers.get(b"content-encoding", b"").lower() != b"gzip":
            await self.app(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > MAX_BODY:
                break
        try:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            data = inflater.decompress(body, MAX_BODY)
            if inflater.unconsumed_tail or not inflater.eof:
                raise ValueError("body too large or truncated")
        except (zlib.error, ValueError):
            response = JSONResponse({"code": "bad_gzip", "detail": "bad gzip body"}, 400)
            await response(scope, receive, send)
            return
        kept = [
            (k, v)
            for k, v in scope["headers"]
            if k.lower() not in (b"content-encoding", b"content-length")
        ]
        scope = {**scope, "headers": [*kept, (b"content-length", str(len(data)).encode())]}
        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if delivered:
                return dict(await receive())
            delivered = True
            return {"type": "http.request", "body": data, "more_body": False}

        await self.app(scope, replay, send)


def create_app(db: ServerDB) -> FastAPI:
    epoch = prepare(db)
    app = FastAPI(
        title="GridWarden district server",
        version=__version__,
        description="Offline-first sync for grid wardens, mediators and legal-aid windows.",
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)
    app.add_middleware(GzipRequests)

    @app.exception_handler(Refusal)
    async def refused(_request: Request, exc: Refusal) -> JSONResponse:
        return JSONResponse({"code": exc.code, "detail": exc.detail}, exc.status)

    @app.exception_handler(blobs.BlobRefused)
    async def blob_refused(_request: Request, exc: blobs.BlobRefused) -> JSONResponse:
        return JSONResponse({"code": exc.code, "detail": exc.detail}, exc.status)

    def protocol(
        version: Annotated[int | None, Header(alias=PROTOCOL_HEADER, ge=0, le=10_000)] = None,
    ) -> int:
        if version is None or version < MIN_PROTOCOL_VERSION:
            raise Refusal(426, "upgrade_required", f"protocol {MIN_PROTOCOL_VERSION}+ required")
        return version

    def caller(
        _protocol: Annotated[int, Depends(protocol)],
        authorization: Annotated[str | None, Header(max_length=200)] = None,
    ) -> Caller:
        token = (authorization or "").removeprefix("Bearer ").strip()
        if not token:
            raise Refusal(401, "token_missing", "log in first")
        with db.reader() as session:
            device = session.execute(
                select(Device).where(col(Device.token_hash) == token_hash(token))
            ).scalar_one_or_none()
            if device is None:
                raise Refusal(401, "token_invalid", "log in again")
            if device.revoked_at is not None:
                raise Refusal(403, "device_revoked", device.revoked_reason or "device revoked")
            user = session.get(User, device.user_id)
            if user is None or not user.active:
                raise Refusal(403, "user_disabled", "user disabled")
            found = caller_of(session, device, user)
            seen = touch(device)
        if seen:
            with db.writer() as session, session.begin():
                session.execute(
                    update(Device)
                    .where(col(Device.id) == device.id)
                    .values(last_seen_at=device.last_seen_at)
                )
        return found

    Authed = Annotated[Caller, Depends(caller)]
    api = API_PREFIX

    @app.get(f"{api}/meta", response_model=Meta)
    def meta() -> Meta:
        return Meta(
            epoch=epoch,
            protocol=PROTOCOL_VERSION,
            min_protocol=MIN_PROTOCOL_VERSION,
            server=__version__,
        )

    @app.post(f"{api}/auth/login", response_model=LoginAnswer, responses=REFUSALS)
    def login(body: LoginRequest, _protocol: Annotated[int, Depends(protocol)]) -> LoginAnswer:
        with db.writer() as session, session.begin():
            user = session.get(User, body.user)
            if (
                user is None
                or not user.active
                or not check_password(body.password, user.password_hash)
            ):
                raise Refusal(401, "bad_credentials", "wrong user name or password")
            device = session.get(Device, body.device_id)
            if device is not None and device.revoked_at is not None:
                raise Refusal(403, "device_revoked", device.revoked_reason or "device revoked")
            token = new_token()
            if device is None:
                device = Device(
                    id=body.device_id,
                    user_id=user.id,
                    name=body.device_name,
                    token_hash=token_hash(token),
                    created_at=utcnow(),
                )
                session.add(device)
            else:
                device.user_id, device.name = user.id, body.device_name or device.name
                device.token_hash = token_hash(token)
            device.last_seen_at = utcnow()
            session.flush()
            who = caller_of(session, device, user)
            return LoginAnswer(
                token=token,
                user_id=user.id,
                user_name=user.name,
                role=user.role,
                scopes=sorted(who.keys),
                epoch=epoch,
            )

    @app.post(f"{api}/sync/push", response_model=PushAnswer, responses=REFUSALS)
    def push_ops(body: PushRequest, who: Authed) -> PushAnswer:
        with db.writer() as session:
            return push(session, who, body.ops)

    @app.post(
        f"{api}/audit",
        response_model=AuditAnswer,
        responses={
            409: {"model": ErrorBody, "description": "entry changed or chain broken"},
            **REFUSALS,
        },
    )
    def upload_audit(body: AuditUpload, who: Authed) -> AuditAnswer:
        """A laptop's hash-chained audit entries, kept append-only (see server.audit_log)."""
        try:
            with db.writer() as session, session.begin():
                return audit_log.store(session, who, body.entries)
        except audit_log.AuditRefused as refused:
            log.warning("audit upload from %s refused: %s", who.device_id, refused.detail)
            raise Refusal(409, refused.code, refused.detail) from None

    @app.get(
        f"{api}/sync/pull",
        response_class=Response,
        responses={200: {"model": PullPage}, **REFUSALS},
    )
    def pull_changes(
        who: Authed,
        since: Annotated[int, Query(ge=0, le=2**53)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    ) -> Response:
        with db.reader() as session:
            body, mark = pull.pull_page(session, who, epoch, since, limit)
        if mark is not None:
            with db.writer() as session:
                pull.note_pulled(session, who.device_id, mark)
        return Response(body, media_type="application/json")

    @app.get(f"{api}/sync/verify", response_model=VerifyAnswer, responses=REFUSALS)
    def verify(who: Authed) -> VerifyAnswer:
        with db.reader() as session:
            return pull.verify(session, who, epoch)

    @app.get(f"{api}/sync/ids", response_model=IdsAnswer, responses=REFUSALS)
    def ids(who: Authed, entity: Annotated[str, Query(max_length=32)]) -> IdsAnswer:
        if entity not in SPECS:
            raise Refusal(404, "unknown_entity", entity)
        with db.reader() as session:
            return pull.ids(session, who, entity)

    @app.post(f"{api}/sync/fetch", response_model=FetchAnswer, responses=REFUSALS)
    def fetch(body: FetchRequest, who: Authed) -> FetchAnswer:
        if body.entity not in SPECS:
            raise Refusal(404, "unknown_entity", body.entity)
        with db.reader() as session:
            return FetchAnswer(changes=pull.fetch(session, who, body.entity, body.ids))

    @app.get(f"{api}/blobs/{{sha256}}/status", response_model=BlobStatus, responses=REFUSALS)
    def blob_status(sha256: SHA, who: Authed) -> BlobStatus:
        with db.reader() as session:
            return blobs.status(session, who, sha256)

    @app.put(
        f"{api}/blobs/{{sha256}}",
        response_model=BlobStatus,
        responses=REFUSALS,
        openapi_extra={
            "requestBody": {
                "content": {"application/octet-stream": {"schema": {"type": "string"}}},
                "required": True,
            }
        },
    )
    async def blob_put(
        sha256: SHA,
        request: Request,
        who: Authed,
        offset: Annotated[int, Query(ge=0, le=2**40)] = 0,
        size: Annotated[int, Query(ge=0, le=2**40)] = 0,
    ) -> BlobStatus:
        data = await request.body()

        def store() -> BlobStatus:
            with db.writer() as session:
                return blobs.receive(session, db.blobs, who, sha256, offset, size, data)

        return await run_in_threadpool(store)

    @app.get(
        f"{api}/blobs/{{sha256}}",
        response_class=FileResponse,
        responses={404: {"model": ErrorBody}, **REFUSALS},
    )
    def blob_get(sha256: SHA, who: Authed) -> FileResponse:
        with db.reader() as session:
            path = blobs.readable_path(session, db.blobs, who, sha256)
        if path is None:  # never says whether the file exists for someone else
            raise Refusal(404, "not_found", "no such file")
        return FileResponse(path, media_type="application/octet-stream")

    return app
