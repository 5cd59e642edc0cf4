"""The district server's HTTP API (FastAPI). The OpenAPI spec is served at /openapi.json.

Every sync endpoint needs the protocol header (426 when the client is too old) and a device
token (401 when unknown, 403 with code "device_revoked" when the device was revoked). Refusals
carry {"code", "detail"}. Request bodies may be gzip-compressed; large responses are.
"""

# No `from __future__ import annotations`: FastAPI reads the dependency annotations of the
# routes defined inside create_app at run time.
import logging
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from sqlalchemy import select, update
from sqlmodel import col
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware

from gridwarden import __version__
from gridwarden.protocol.messages import (
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
from gridwarden.protocol.registry import SPECS
from gridwarden.server import audit, audit_log, blobs, pull
from gridwarden.server.auth import (
    DUMMY_HASH,
    SEEN_EVERY,
    Caller,
    LoginLimiter,
    caller_of,
    check_password,
    clean_name,
    idle_for,
    locked_now,
    new_token,
    record_failure,
    token_hash,
    touch,
)
from gridwarden.server.config import ServerConfig
from gridwarden.server.db import Device, ServerDB, User, head, utcnow
from gridwarden.server.epoch import EpochKeeper
from gridwarden.server.guard import BodyGuard, Limits
from gridwarden.server.push import push

log = logging.getLogger("gridwarden.server")
SHA = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]


class Refusal(Exception):
    def __init__(
        self, status: int, code: str, detail: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail
        self.headers = headers


REFUSALS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "unknown or expired token"},
    403: {"model": ErrorBody, "description": "device revoked or user disabled"},
    413: {"model": ErrorBody, "description": "request body too large"},
    422: {"model": ErrorBody, "description": "request not valid"},
    426: {"model": ErrorBody, "description": "client protocol too old"},
    429: {"model": ErrorBody, "description": "too many login attempts"},
}


def _address(request: Request) -> str:
    return request.client.host if request.client else ""


def create_app(db: ServerDB, config: ServerConfig | None = None) -> FastAPI:
    config = config or ServerConfig()
    keeper = EpochKeeper(db)
    epoch = keeper.start()
    logins = LoginLimiter(config)
    app = FastAPI(
        title="GridWarden district server",
        version=__version__,
        description="Offline-first sync for grid wardens, mediators and legal-aid windows.",
        docs_url="/docs" if config.docs else None,
        redoc_url="/redoc" if config.docs else None,
        openapi_url="/openapi.json" if config.docs else None,
    )
    app.state.epoch = keeper
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)
    # Outermost: nothing below it sees a body before its size, encoding and depth are checked.
    app.add_middleware(BodyGuard, limits=Limits(max_body=config.max_body))

    @app.exception_handler(Refusal)
    async def refused(_request: Request, exc: Refusal) -> JSONResponse:
        return JSONResponse({"code": exc.code, "detail": exc.detail}, exc.status, exc.headers)

    @app.exception_handler(blobs.BlobRefused)
    async def blob_refused(_request: Request, exc: blobs.BlobRefused) -> JSONResponse:
        return JSONResponse({"code": exc.code, "detail": exc.detail}, exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Where and why only: the refused input (a password, a record) is never echoed back.
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))[:200]}
            for e in exc.errors()[:20]
        ]
        first = errors[0] if errors else {"loc": [], "msg": ""}
        where = ".".join(str(p) for p in first["loc"])
        return JSONResponse(
            {"code": "invalid", "detail": f"{where}: {first['msg']}", "errors": errors}, 422
        )

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
            if idle_for(device) > config.token_idle:
                raise Refusal(401, "token_expired", "not used for too long: log in again")
            found = caller_of(session, device, user)
            seen = touch(device, min(SEEN_EVERY, config.token_idle / 4))
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

    def note(action: str, who: Caller, request: Request, **fields: Any) -> None:
        audit.write(
            db,
            action,
            actor=who.user_id,
            device=who.device_id,
            address=_address(request),
            **fields,
        )

    @app.get(f"{api}/meta", response_model=Meta)
    def meta() -> Meta:
        with db.reader() as session:
            top = head(session)
        return Meta(
            epoch=epoch,
            protocol=PROTOCOL_VERSION,
            min_protocol=MIN_PROTOCOL_VERSION,
            server=__version__,
            head=top,
        )

    @app.post(f"{api}/auth/login", response_model=LoginAnswer, responses=REFUSALS)
    def login(
        body: LoginRequest, request: Request, _protocol: Annotated[int, Depends(protocol)]
    ) -> LoginAnswer:
        address = _address(request)
        wait = logins.refused(body.user, address)
        if wait is not None:
            audit.write(db, "login.throttled", actor=body.user, address=address)
            raise Refusal(
                429,
                "too_many_attempts",
                f"too many login attempts: try again in {wait} s",
                {"Retry-After": str(wait)},
            )
        # The password is checked outside any transaction (scrypt takes tens of ms: a flood
        # of logins must not hold the write lock everyone's sync needs), and as slowly for a
        # user name that does not exist as for one that does.
        with db.reader() as session:
            user = session.get(User, body.user)
            stored = user.password_hash if user is not None else DUMMY_HASH
            locked = user is not None and locked_now(user)
        matches = check_password(body.password, stored)
        if user is None or not matches or not user.active or locked:
            logins.failed(body.user, address)
            if user is not None and not locked:
                record_failure(db, user.id, config)
            audit.write(
                db,
                "login.failed",
                actor=body.user,
                device=body.device_id,
                address=address,
                detail={
                    "why": "unknown user"
                    if user is None
                    else "locked"
                    if locked
                    else "disabled"
                    if not user.active
                    else "wrong password"
                },
            )
            if locked and matches:
                raise Refusal(423, "account_locked", "account locked: try later or ask the admin")
            raise Refusal(401, "bad_credentials", "wrong user name or password")
        with db.writer() as session, session.begin():
            user = session.get(User, body.user)
            if user is None or not user.active:
                raise Refusal(401, "bad_credentials", "wrong user name or password")
            device = session.get(Device, body.device_id)
            if device is not None and device.user_id != user.id:
                # A device id belongs to the user who registered it: logging in with another
                # user's device id would take over their session and their authorship.
                audit.append(
                    session,
                    "login.device_taken",
                    actor=user.id,
                    device=body.device_id,
                    address=address,
                )
                raise Refusal(403, "device_taken", "this device belongs to another user")
            if device is not None and device.revoked_at is not None:
                raise Refusal(403, "device_revoked", device.revoked_reason or "device revoked")
            token = new_token()
            name = clean_name(body.device_name)
            if device is None:
                device = Device(
                    id=body.device_id,
                    user_id=user.id,
                    name=name,
                    token_hash=token_hash(token),
                    created_at=utcnow(),
                )
                session.add(device)
            else:
                device.name = name or device.name
                device.token_hash = token_hash(token)
            device.last_seen_at = utcnow()
            user.failed_logins, user.locked_until = 0, None
            session.flush()
            who = caller_of(session, device, user)
            audit.append(session, "login", actor=user.id, device=device.id, address=address)
            return LoginAnswer(
                token=token,
                user_id=user.id,
                user_name=user.name,
                role=user.role,
                scopes=sorted(who.keys),
                epoch=epoch,
            )

    @app.post(f"{api}/sync/push", response_model=PushAnswer, responses=REFUSALS)
    def push_ops(body: PushRequest, who: Authed, request: Request) -> Response:
        with db.writer() as session:
            answer = push(session, who, body.ops, audit_address=_address(request))
        keeper.advanced(answer.head)
        # Serialised once, as built (the answers hold the server's own records): FastAPI's
        # response_model path would dump it, validate the dump again and dump it once more.
        return Response(answer.model_dump_json(), media_type="application/json")

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
        request: Request,
        since: Annotated[int, Query(ge=0, le=2**53)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    ) -> Response:
        with db.reader() as session:
            body, mark, count = pull.pull_page(session, who, epoch, since, limit)
        with db.writer() as session, session.begin():
            if mark is not None:
                pull.note_pulled(session, who.device_id, mark)
            audit.append(
                session,
                "pull",
                actor=who.user_id,
                device=who.device_id,
                address=_address(request),
                detail={"since": since, "records": count},
            )
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
    def fetch(body: FetchRequest, who: Authed, request: Request) -> FetchAnswer:
        if body.entity not in SPECS:
            raise Refusal(404, "unknown_entity", body.entity)
        with db.reader() as session:
            changes = pull.fetch(session, who, body.entity, body.ids)
        note("fetch", who, request, target=body.entity, detail={"records": len(changes)})
        return FetchAnswer(changes=changes)

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
                return blobs.receive(session, db.blobs, who, sha256, offset, size, data, config)

        return await run_in_threadpool(store)

    @app.get(
        f"{api}/blobs/{{sha256}}",
        response_class=FileResponse,
        responses={404: {"model": ErrorBody}, **REFUSALS},
    )
    def blob_get(sha256: SHA, who: Authed, request: Request) -> FileResponse:
        with db.reader() as session:
            path = blobs.readable_path(session, db.blobs, who, sha256)
        note("file.download" if path else "file.refused", who, request, target=sha256)
        if path is None:  # never says whether the file exists for someone else
            raise Refusal(404, "not_found", "no such file")
        return FileResponse(path, media_type="application/octet-stream")

    return app
