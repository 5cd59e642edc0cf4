"""One sync, start to end: meta → upload files → push → pull → download files → verify.

SyncClient is Qt-free; the app runs it on a background thread. Local writes go through the
`write` callable (the app routes them to its single writer thread; tests call them directly),
each one a short transaction of its own: a push batch with the answers that settle it, or a
pull page with the cursor after it. A kill at any point leaves a consistent store, and the next
sync resumes: unsettled ops are pushed again (the server repeats its stored answers) and the
pull continues from the stored cursor.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import platform
import queue
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import event, select
from sqlmodel import Session, col

from gridwarden import search_fts
from gridwarden.attachments import MAX_BYTES, AttachmentStore, BadAttachment, valid_sha
from gridwarden.clock import Clock, SystemClock
from gridwarden.db import bulk_indexes
from gridwarden.db.engine import make_session_factory
from gridwarden.i18n import Message
from gridwarden.models import SYNCED_MODELS, Household, OutboxOp, SyncBlob
from gridwarden.models.sync import SyncState
from gridwarden.protocol import codec
from gridwarden.protocol.merge import STAMP_FIELDS
from gridwarden.protocol.messages import (
    BLOB_CHUNK,
    MAX_AUDIT_ENTRIES,
    MAX_FETCH_IDS,
    MAX_PULL_LIMIT,
    MAX_PUSH_OPS,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    Answer,
    AuditAnswer,
    AuditItem,
    LoginAnswer,
    Meta,
    PushAnswer,
    VerifyAnswer,
)
from gridwarden.protocol.registry import SPECS
from gridwarden.services.context import Changes
from gridwarden.settings import Settings
from gridwarden.store import Store, get_meta, set_meta
from gridwarden.sync import errors, local
from gridwarden.sync.credentials import TokenStore
from gridwarden.sync.errors import SyncFailure
from gridwarden.sync.transport import Prepared, Transport, prepare_json

log = logging.getLogger("gridwarden.sync")
T = TypeVar("T")
Writer = Callable[[Callable[[], T]], T]
# (stage, done, total): stage is one of "push", "pull", "index", "upload", "download", "verify".
Progress = Callable[[str, int, int], None]

PUSH_BATCH = MAX_PUSH_OPS  # 500: fewer round trips and local commits per push
PUSH_AHEAD = 2  # batches read from the outbox at once: one settled while the next is sent
PAGES_AHEAD = 4  # pulled pages waiting to be stored (a 5,000-record page is ~2 MB of JSON)
# A pull of at least this many records into a store without households (a new laptop's first
# sync) sets the synced tables' secondary indexes aside and builds them after the records
# (gridwarden.db.bulk_indexes): the records go in ~25% faster at 400,000.
BULK_PULL = 20_000
STORE_BATCH = 20_000  # pulled records stored in one local transaction, at most about
VERIFY_EVERY = timedelta(hours=24)
BULK_GC_THRESHOLD = 100_000  # young objects between two collections while a pull is stored


@contextmanager
def _bulk_collection() -> Iterator[None]:
    """Python's cyclic garbage collector, seldom while pulled pages are stored. A first pull
    makes millions of short-lived dicts and strings (freed by reference counting); at the
    default threshold (a young collection every 700 allocations) they also set off full
    collections that walk the whole heap: ~3.5 s of a 23 s first pull. Process-wide, so the
    old threshold is put back whatever happens."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], BULK_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def direct(fn: Callable[[], T]) -> T:
    return fn()


def _big_cache(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA cache_size=-65536")
    # Checkpoint after 64 MB of WAL instead of 4 MB: a first pull rewrites the same index
    # pages page after page, and each checkpoint copies them back into the file and syncs it.
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=16384")


@dataclass
class SyncReport:
    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    uploaded: int = 0
    downloaded: int = 0
    audit_uploaded: int = 0
    verified: bool | None = None
    repaired: int = 0
    reconciled: int = 0  # records given back to a server that had forgotten them
    bytes_sent: int = 0
    bytes_received: int = 0
    entities: set[str] = field(default_factory=set)
    ids: list[str] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """What the sync changed in the store, for the views (search rows follow households)."""
        entities = set(self.entities)
        if entities & {"resident", "household"}:
            entities.add("household")
        return Changes.of(entities, self.ids)


class Cancelled(Exception):
    """The app is closing: stop between two transactions (silently, ARCHITECTURE rule 6)."""


class SyncClient:
    def __init__(
        self,
        store: Store,
        tokens: TokenStore,
        *,
        write: Writer[Any] = direct,
        clock: Clock | None = None,
        pull_limit: int = MAX_PULL_LIMIT,  # the largest page the server serves: fewer round trips
        stall_s: float = 30.0,
        device_name: str = "",
        file_cipher: str = "aes-256-gcm",
        ca_bundle: str = "",
    ) -> None:
        self.store = store
        self.tokens = tokens
        self.write = write
        self.clock = clock or SystemClock()
        self.pull_limit = pull_limit
        self.stall_s = stall_s
        self.device_name = device_name or platform.node()
        self.files = AttachmentStore(store.paths.attachments, store.key, file_cipher)
        self.ca_bundle = ca_bundle  # a district's own certificate authority (PEM), if any
        # Pulled pages may hold a child before its parent (the parent changed later and moved
        # up the change order): this connection defers to the server for integrity.
        self._engine = store.make_engine(foreign_keys=False)
        # A first pull writes hundreds of MB of random-keyed rows: a bigger page cache for
        # this connection saves re-reading B-tree pages (64 MB; SQLite's default is 2 MB).
        event.listen(self._engine, "connect", _big_cache)
        self.sessions = make_session_factory(self._engine)
        self.cancel = threading.Event()
        # The last failure of this run as a translatable message; the store keeps its Chinese
        # text (the log's language), which the status shows when the failure is older.
        self._failure: Message | None = None

    def close(self) -> None:
        self._engine.dispose()

    # --- local transactions ------------------------------------------------------------------
    def _tx(self, fn: Callable[[Session], T]) -> T:
        def run() -> T:
            with self.sessions() as session, session.begin():
                return fn(session)

        return self.write(run)

    def _read(self, fn: Callable[[Session], T]) -> T:
        with self.sessions() as session:
            return fn(session)

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()

    # --- account -----------------------------------------------------------------------------
    @staticmethod
    def account(server_url: str, device_id: str) -> str:
        return f"{server_url.rstrip('/')}#{device_id}"

    def server_url(self) -> str:
        return self._read(lambda s: local.state(s).server_url) if self._has_state() else ""

    def _has_state(self) -> bool:
        return self._read(lambda s: s.get(SyncState, 1) is not None)

    def login(
        self, server_url: str, user: str, password: str, *, take_over_pending: bool = False
    ) -> tuple[LoginAnswer, bool]:
        """Log in; the token goes to the keyring (never the password). Returns the account and
        whether the token will survive a restart (False: no keyring on this machine).

        A different account than the last one is refused while the last one's edits wait to be
        pushed, unless the caller confirmed the new account takes them over."""
        server_url = server_url.strip().rstrip("/")
        if not take_over_pending:
            self._check_account_switch(user.strip())
        transport = Transport(server_url, stall_s=self.stall_s, ca_bundle=self.ca_bundle)
        try:
            body = self._login(transport, user.strip(), password)
        finally:
            transport.close()
        answer = LoginAnswer.model_validate(body)
        persistent = self.tokens.save(self.account(server_url, self.store.device_id), answer.token)

        def remember(session: Session) -> None:
            state = local.state(session)
            if state.server_url == server_url and state.epoch and state.epoch != answer.epoch:
                state.reconcile = True  # the same server with another history: restored
            if state.server_url != server_url or state.epoch != answer.epoch:
                state.cursor, state.epoch = 0, answer.epoch  # another server: pull it all
            state.server_url = server_url
            state.user_id, state.user_name, state.role = (
                answer.user_id,
                answer.user_name,
                answer.role,
            )
            state.scopes = answer.scopes
            state.revoked, state.failures, state.last_error, state.last_error_kind = (
                False,
                0,
                "",
                "",
            )

        self._tx(remember)
        return answer, persistent

    def _login(self, transport: Transport, user: str, password: str) -> Any:
        """A device id belongs to the account that registered it on the server. When another
        account logs in on this computer it gets a device id of its own (derived from this
        store's and the account's, so the same one each time)."""
        request = {
            "user": user,
            "password": password,
            "device_id": self.store.device_id,
            "device_name": self.device_name[:120],
        }
        try:
            return transport.post_json("/auth/login", request)
        except SyncFailure as failure:
            if failure.kind != "device_taken":
                raise
        own = str(uuid.uuid5(uuid.NAMESPACE_OID, f"{self.store.device_id}/{user.lower()}"))
        return transport.post_json("/auth/login", {**request, "device_id": own})

    def _check_account_switch(self, user: str) -> None:
        def pending_of_other(session: Session) -> tuple[int, str]:
            state = session.get(SyncState, 1)
            if state is None or not state.user_id or state.user_id == user:
                return 0, ""
            return local.pending_count(session), state.user_name or state.user_id

        pending, name = self._read(pending_of_other)
        if pending:
            raise errors.pending_of_another_user(pending, name)

    def logout(self) -> None:
        url = self.server_url()
        if url:
            self.tokens.forget(self.account(url, self.store.device_id))

    def _transport(self) -> Transport:
        url = self.server_url()
        if not url:
            raise errors.not_configured()
        token = self.tokens.load(self.account(url, self.store.device_id))
        if not token:
            raise errors.auth_expired()
        return Transport(url, token, stall_s=self.stall_s, ca_bundle=self.ca_bundle)

    # --- one sync ----------------------------------------------------------------------------
    def run_once(
        self, progress: Progress | None = None, *, verify: bool | None = None
    ) -> SyncReport:
        report = SyncReport()
        started = self.clock.now()
        self._tx(lambda s: setattr(local.state(s), "last_attempt_at", started))
        transport: Transport | None = None
        try:
            transport = self._transport()
            self._meta(transport)
            if self._read(lambda s: local.state(s).reconcile):
                self._reconcile(transport, report)
            self._upload(transport, report, progress)
            with ThreadPoolExecutor(1, thread_name_prefix="gw-push") as sender:
                chain = _Chain(sender, transport, self.cancel)
                audit = self._push(transport, report, progress, chain)
                self._upload_audit(report, chain, audit)
            with _bulk_collection():
                self._pull(transport, report, progress)
            self._download(transport, report, progress)
            if verify or (verify is None and self._verify_due()):
                self._verify(transport, report, progress)
        except SyncFailure as failure:
            if failure.kind == "revoked" and transport is not None:
                self._last_push(transport, report)
            self._failed(failure)
            raise
        finally:
            if transport is not None:
                report.bytes_sent = transport.counters.sent
                report.bytes_received = transport.counters.received
                transport.close()
        self._succeeded()
        return report

    def _last_push(self, transport: Transport, report: SyncReport) -> None:
        """Revoked or disabled: one last attempt to push what is pending before the laptop is
        wiped, in case the server still accepts it (ours refuses every call of a revoked
        device, so there it fails at once)."""
        try:
            self._push(transport, report, None)
        except SyncFailure as again:
            log.warning("last push before the wipe refused: %s", again.kind)
        else:
            log.info("last push before the wipe sent %d changes", report.pushed)

    def _failed(self, failure: SyncFailure) -> None:
        def note(session: Session) -> None:
            state = local.state(session)
            state.failures += 1
            state.last_error = failure.message.render()[:1000]
            state.last_error_kind = failure.kind
            if failure.kind == "revoked":
                state.revoked = True

        self._tx(note)
        self._failure = failure.message
        if failure.kind in ("auth", "revoked"):
            url = self.server_url()
            if url:
                self.tokens.forget(self.account(url, self.store.device_id))

    def _succeeded(self) -> None:
        now = self.clock.now()

        def note(session: Session) -> None:
            state = local.state(session)
            state.last_success_at = now
            state.failures, state.last_error, state.last_error_kind = 0, "", ""

        self._tx(note)
        self._failure = None

    def _meta(self, transport: Transport) -> None:
        meta = Meta.model_validate(transport.get_json("/meta"))
        if meta.min_protocol > PROTOCOL_VERSION or meta.protocol < MIN_PROTOCOL_VERSION:
            raise errors.outdated()

        def check_epoch(session: Session) -> None:
            state = local.state(session)
            if state.epoch != meta.epoch or state.cursor > meta.head:
                # A restored server database (a new epoch, or its newest change older than
                # what this store has seen): its sequence means nothing to us, and it may have
                # forgotten records. Compare record by record before trusting it.
                log.warning(
                    "server went back in time (epoch %s -> %s, cursor %d, head %d): reconciling",
                    state.epoch,
                    meta.epoch,
                    state.cursor,
                    meta.head,
                )
                if state.epoch:
                    state.reconcile = True
                state.epoch, state.cursor, state.verified_at = meta.epoch, 0, None

        self._tx(check_epoch)

    # --- after a restore ---------------------------------------------------------------------
    def _reconcile(self, transport: Transport, report: SyncReport) -> None:
        """The server went back in time. For every record this store holds as confirmed:
        one the server lacks is uploaded whole again (as the server last confirmed it; this
        device's waiting edits follow it); one the server holds at an older version gets the
        fields that differ. Nothing is deleted here: the verify after it only drops what the
        server, having been given everything, still does not list for this device."""
        for entity in SPECS:
            self._check_cancel()
            server = {
                rid: v for rid, v in transport.get_json("/sync/ids", {"entity": entity})["ids"]
            }
            mine = self._read(lambda s, e=entity: local.confirmed_docs(s, e))  # type: ignore[misc]
            lacking = [rid for rid in mine if rid not in server]
            ahead = [rid for rid, (v, _doc) in mine.items() if rid in server and v > server[rid]]
            theirs: dict[str, dict[str, Any]] = {}
            for start in range(0, len(ahead), MAX_FETCH_IDS):
                ids = ahead[start : start + MAX_FETCH_IDS]
                body = transport.post_json("/sync/fetch", {"entity": entity, "ids": ids})
                theirs.update({c["id"]: c["data"] for c in body["changes"]})
            if not lacking and not theirs:
                continue
            now = self.clock.now()
            queued = self._tx(
                partial(
                    _queue_reconcile,
                    entity=entity,
                    mine=mine,
                    lacking=lacking,
                    theirs=theirs,
                    server=server,
                    now=now,
                )
            )
            log.warning(
                "reconcile: %s: %d the server lacks, %d newer here: %d queued",
                entity,
                len(lacking),
                len(theirs),
                queued,
            )
            report.reconciled += queued
        self._tx(lambda s: setattr(local.state(s), "reconcile", False))

    # --- push --------------------------------------------------------------------------------
    def _push(
        self,
        transport: Transport,
        report: SyncReport,
        progress: Progress | None,
        chain: _Chain | None = None,
    ) -> _AuditSent | None:
        """The outbox in batches, oldest first, posted by the run's sender thread one after
        another, each as soon as the server has answered the one before: the server applies
        them in outbox order as before, while this thread settles the answers that have come
        back. After the outbox's last batch the first audit entries follow the same way
        (read and prepared here while the batches are with the server) and are returned for
        _upload_audit, which takes it from there."""
        total = self._read(local.pending_count)
        if not total:
            return None  # a sync with nothing to send (the common one) reads the outbox once
        if chain is None:  # the last push before a wipe: no audit upload follows
            with ThreadPoolExecutor(1, thread_name_prefix="gw-push") as own:
                mine = _Chain(own, transport, self.cancel)
                return self._push_batches(report, progress, mine, total, with_audit=False)
        return self._push_batches(report, progress, chain, total, with_audit=True)

    def _push_batches(
        self,
        report: SyncReport,
        progress: Progress | None,
        chain: _Chain,
        total: int,
        with_audit: bool,
    ) -> _AuditSent | None:
        done = 0
        audit: _AuditSent | None = None
        wanted = PUSH_BATCH * PUSH_AHEAD
        cursor = self._read(lambda s: local.state(s).cursor)
        answered: set[int] = set()  # the sequence numbers of the records answered with
        # Ops queued while we push are pushed too, but a run stops at the ones it first saw
        # plus one batch, so a busy writer cannot keep a sync running forever.
        rounds = total // PUSH_BATCH + 2
        while rounds > 0:
            self._check_cancel()
            ops = self._read(lambda s: local.outbox_batch(s, wanted + 1))
            if not ops:
                break
            batches = [ops[i : i + PUSH_BATCH] for i in range(0, min(len(ops), wanted), PUSH_BATCH)]
            # the outbox's last batches (as far as this read knows): the audit entries follow
            final = with_audit and audit is None and len(ops) <= wanted and len(batches) <= rounds
            batches = batches[:rounds]
            rounds -= len(batches)
            if progress:
                progress("push", done, max(total, done + len(batches[0])))
            sent = [chain.post("/sync/push", _ops_body(batch)) for batch in batches]
            if final:  # read and prepared while the batches are with the server
                audit = self._queue_audit(chain, None)
                if audit is not None:
                    self._queue_audit(chain, audit)
            for index, (batch, reply) in enumerate(zip(batches, sent, strict=True)):
                if index and progress:
                    progress("push", done, max(total, done + len(batch)))
                answer = self._answered(batch, reply)
                # (an error here leaves a batch sent meanwhile unsettled: its ops are sent
                # again next time and the server repeats its stored answers)
                self._settle(batch, answer, report)
                answered.update(r.seq for a in answer.answers for r in a.records)
                done += len(batch)
        self._tx(partial(_past_own_changes, before=cursor, answered=answered))
        return audit

    def _answered(self, ops: list[Any], answered: Future[Any]) -> PushAnswer:
        """The server's answer to a batch; a failure is noted on its ops (attempts, reason)."""
        try:
            return PushAnswer.model_validate(answered.result())
        except SyncFailure as failure:
            ids, reason = [o.op_id for o in ops], failure.message.render()
            self._tx(partial(local.note_failure, op_ids=ids, reason=reason))
            raise

    def _settle(self, ops: list[Any], answer: PushAnswer, report: SyncReport) -> None:
        now = self.clock.now()
        settled = self._tx(partial(local.settle, answers=answer.answers, now=now))
        report.pushed += settled.applied
        report.conflicts += settled.conflicts
        report.rejected += settled.rejected
        report.entities |= settled.records.entities
        report.ids += settled.records.ids
        if _unanswered(ops, answer.answers):
            raise errors.unexpected(200, "push answers do not match the ops")

    # --- pull --------------------------------------------------------------------------------
    def _pull(self, transport: Transport, report: SyncReport, progress: Progress | None) -> None:
        """Page by page from the stored cursor. A reader thread fetches the pages one after
        another (up to PAGES_AHEAD waiting) while this thread stores them: the server and the
        network work while SQLite writes. The pages that have arrived are stored together with
        the cursor after the last of them, up to STORE_BATCH records a transaction (a first
        pull rewrites the same index pages page after page: fewer, larger commits write each
        of them fewer times); a page is never kept waiting for the next one."""
        cursor = start = self._read(lambda s: local.state(s).cursor)
        pages = _PageReader(transport, cursor, self.pull_limit)
        total: int | None = None
        batch: list[Any] = []
        nxt = cursor

        def store() -> None:
            nonlocal batch, cursor
            self._check_cancel()
            applied = self._tx(partial(_store_page, changes=batch, cursor=nxt))
            batch = []
            report.pulled += applied.count
            report.entities |= applied.entities
            report.ids += applied.ids[:2000]
            if progress and total:
                progress("pull", min(total, nxt - start), total)
            cursor = nxt

        bulk = False
        try:
            while True:
                page = pages.get()
                if isinstance(page, BaseException):
                    if batch:
                        store()  # what arrived before the failure is kept
                    raise page
                nxt = int(page["next"])
                if total is None:
                    total = max(0, int(page["head"]) - cursor)
                    if total >= BULK_PULL and self._read(_register_empty):
                        bulk = bool(self._tx(_set_indexes_aside))
                batch += page["changes"]
                if len(batch) < STORE_BATCH and page["more"] and pages.waiting():
                    continue  # the next page is here already: stored together with this one
                store()
                if not page["more"]:
                    break
        finally:
            pages.close()
            if bulk:
                self._restore_indexes()
        self._reindex(progress)

    def _reindex_in_order(self, progress: Progress | None, total: int) -> int:
        """A first index (a new laptop's first sync): the households in display order, their
        rowids given (search_fts.ordered_rowids) instead of each looked up between its
        neighbours. How many were done. An edit saved meanwhile is indexed in the tail (see
        search_fts.FIRST_INDEX_KEY). (household_search's own indexes stay: setting them aside
        saved nothing measurable, and the register reads one by name, INDEXED BY.)"""
        order = self._read(local.noted_in_display_order)
        rowids = search_fts.ordered_rowids(len(order))
        self._tx(partial(search_fts.mark_first_index, running=True))
        try:
            for start in range(0, len(order), local.REINDEX_BATCH):
                if progress:
                    progress("index", start, total)
                self._check_cancel()
                end = start + local.REINDEX_BATCH
                self._tx(
                    partial(local.reindex_in_order, ids=order[start:end], rowids=rowids[start:end])
                )
        finally:
            self._tx(partial(search_fts.mark_first_index, running=False))
        return len(order)

    def _restore_indexes(self) -> None:
        """The indexes a first pull set aside, built again from the stored rows (~0.7 s at
        100,000 households). Should that fail, the store notes them still and builds them when
        it is next opened: the pull's own failure is the one reported."""
        try:
            self._tx(bulk_indexes.restore)
        except Exception:
            log.exception("indexes set aside for the first pull not rebuilt yet")

    def _reindex(self, progress: Progress | None) -> None:
        """Search rows of the households that arrived (also those a killed run left noted), a
        transaction at a time: after a street's first pull, 100,000 households (a stage of its
        own in the progress, "index")."""
        total = self._read(local.reindex_waiting)
        if not total:
            return  # nothing arrived that changes a household (the common sync)
        done = 0
        if total >= BULK_PULL and self._read(search_fts.is_empty):
            done = self._reindex_in_order(progress, total)
        while True:
            if progress:
                progress("index", done, total)
            self._check_cancel()
            count = self._tx(local.reindex)
            if not count:
                return
            done += count

    # --- audit -------------------------------------------------------------------------------
    def _upload_audit(
        self, report: SyncReport, chain: _Chain, first: _AuditSent | None = None
    ) -> None:
        """The hash-chained audit entries not uploaded yet go to the server, which keeps them
        append-only: an entry changed here after its upload no longer matches the server's
        copy (等保 2.0: audit records protected from tampering). A refusal is logged and does
        not stop the sync of the records. While one batch is with the server the next is read
        and queued behind it; the cursor moves only past entries the server has answered
        for (a refused batch stops the ones queued after it)."""
        if first is None:
            self._check_cancel()
            first = self._queue_audit(chain, None)
        sent = first
        while sent is not None:
            if sent.following is None:
                self._queue_audit(chain, sent)
            try:
                answer = AuditAnswer.model_validate(sent.answered.result())
            except SyncFailure as failure:
                if failure.kind != "protocol":
                    raise
                log.warning("the server refused the audit entries: %s", failure)
                return
            last = sent.entries[-1].local_id
            self._tx(partial(set_meta, key=AUDIT_CURSOR, value=str(last)))
            report.audit_uploaded += answer.stored
            sent = sent.following

    def _queue_audit(self, chain: _Chain, behind: _AuditSent | None) -> _AuditSent | None:
        """The audit entries after the uploaded ones (or after those `behind` holds), queued
        on the chain; None when there are none."""
        after = behind.entries[-1].local_id if behind is not None else None
        entries = self._read(partial(_audit_batch, after=after))
        if not entries:
            return None
        queued = _AuditSent(entries, chain.post("/audit", _audit_body(entries)))
        if behind is not None:
            behind.following = queued
        return queued

    # --- files -------------------------------------------------------------------------------
    def _upload(self, transport: Transport, report: SyncReport, progress: Progress | None) -> None:
        wanted = self._read(self._files_to_upload)
        for index, (sha, size) in enumerate(wanted):
            self._check_cancel()
            if progress:
                progress("upload", index, len(wanted))
            if not self.files.has(sha):
                log.warning("attachment %s is missing locally; its record goes without it", sha)
                continue
            status = transport.get_json(f"/blobs/{sha}/status")
            offset = int(status["received"]) if int(status["size"]) == size else 0
            try:
                plain = self.files.read(sha)  # decrypted and checked against its hash
            except BadAttachment:
                log.warning("attachment %s fails its check; its record goes without it", sha)
                continue
            while not status["complete"]:
                self._check_cancel()
                chunk = plain[offset : offset + BLOB_CHUNK]
                status = transport.put_bytes(
                    f"/blobs/{sha}", chunk, {"offset": offset, "size": size}
                )
                offset += len(chunk)
                self._tx(partial(self._note_blob, sha=sha, direction="up", size=size, done=offset))
            report.uploaded += 1

    def _files_to_upload(self, session: Session) -> list[tuple[str, int]]:
        found: dict[str, int] = {}
        for name, spec in SPECS.items():
            if not spec.blob_field:
                continue
            rows = session.execute(
                select(col(OutboxOp.payload)).where(
                    col(OutboxOp.entity) == name, col(OutboxOp.kind) == "upsert"
                )
            ).scalars()
            for payload in rows:
                sha = payload.get(spec.blob_field)
                if valid_sha(sha):
                    found[sha] = int(payload.get("size") or 0)
        return sorted(found.items())

    @staticmethod
    def _note_blob(session: Session, sha: str, direction: str, size: int, done: int) -> None:
        row = session.get(SyncBlob, (sha, direction)) or SyncBlob(sha256=sha, direction=direction)
        row.size, row.done = size, done
        session.add(row)

    def _download(
        self, transport: Transport, report: SyncReport, progress: Progress | None
    ) -> None:
        wanted = [
            sha
            for sha in self._read(self._files_named)
            if valid_sha(sha) and not self.files.has(sha)
        ]
        for index, sha in enumerate(wanted):
            self._check_cancel()
            if progress:
                progress("download", index, len(wanted))
            try:
                self._fetch_file(transport, sha)
                report.downloaded += 1
            except SyncFailure as failure:
                if failure.kind != "protocol":
                    raise
                # 404: not (yet) on the server; try again on the next sync
                self._tx(partial(self._blob_failed, sha=sha, failure=failure))

    def _files_named(self, session: Session) -> list[str]:
        found: set[str] = set()
        for name, spec in SPECS.items():
            if spec.blob_field:
                table = local.table_of(name)
                column = table.c[spec.blob_field]
                found.update(
                    session.execute(
                        select(column).where(table.c.deleted_at.is_(None), table.c.version > 0)
                    ).scalars()
                )
        return sorted(found)

    def _fetch_file(self, transport: Transport, sha: str) -> None:
        """Download into memory (attachments are at most 25 MB), check the hash, then store it
        encrypted: no plaintext copy ever touches the disk."""
        self.files.path(sha)  # refuses a malformed hash before any request
        received = bytearray()
        for chunk in transport.stream(f"/blobs/{sha}"):
            received += chunk
            if len(received) > MAX_BYTES:
                raise errors.unexpected(200, "downloaded file is larger than any attachment")
        if hashlib.sha256(received).hexdigest() != sha:
            raise errors.unexpected(200, "downloaded file does not match its sha256")
        self.files.write(bytes(received))

    @staticmethod
    def _blob_failed(session: Session, sha: str, failure: SyncFailure) -> None:
        row = session.get(SyncBlob, (sha, "down")) or SyncBlob(sha256=sha, direction="down")
        row.attempts += 1
        row.last_error = failure.message.render()[:1000]
        session.add(row)

    # --- verify ------------------------------------------------------------------------------
    def _verify_due(self) -> bool:
        last = self._read(lambda s: local.state(s).verified_at)
        return last is None or self.clock.now() - last > VERIFY_EVERY

    def _verify(self, transport: Transport, report: SyncReport, progress: Progress | None) -> None:
        """Compare counts and hashes per record type; re-pull the types that differ."""
        answer = VerifyAnswer.model_validate(transport.get_json("/sync/verify"))
        cursor = self._read(lambda s: local.state(s).cursor)
        if answer.head != cursor:
            return  # the server moved on meanwhile: verify next time
        mine = self._read(local.local_digests)
        theirs = {e: (d.count, d.hash) for e, d in answer.entities.items()}
        differing = [e for e in SPECS if theirs.get(e, _NONE) != mine.get(e, _NONE)]
        for index, entity in enumerate(differing):
            if progress:
                progress("verify", index, len(differing))
            report.repaired += self._repair(transport, entity, report)
        report.verified = not differing
        now = self.clock.now()
        self._tx(lambda s: setattr(local.state(s), "verified_at", now))

    def _repair(self, transport: Transport, entity: str, report: SyncReport) -> int:
        server = {rid: v for rid, v in transport.get_json("/sync/ids", {"entity": entity})["ids"]}
        mine = self._read(lambda s: local.local_versions(s, entity))
        wrong = [rid for rid, v in server.items() if mine.get(rid) != v]
        extra = [rid for rid in mine if rid not in server]
        log.warning("verify: %s differs (%d to fetch, %d to drop)", entity, len(wrong), len(extra))
        fixed = 0
        for start in range(0, len(wrong), MAX_FETCH_IDS):
            ids = wrong[start : start + MAX_FETCH_IDS]
            body = transport.post_json("/sync/fetch", {"entity": entity, "ids": ids})
            applied = self._tx(partial(local.apply_changes, changes=body["changes"], replace="any"))
            fixed += applied.count
            report.entities |= applied.entities
            report.ids += applied.ids[:2000]
        if extra:
            fixed += self._tx(lambda s: local.drop_unknown(s, entity, extra))
            report.entities.add(entity)
        return fixed

    # --- for the sync page -------------------------------------------------------------------
    def status(self) -> SyncStatus:
        def read(session: Session) -> SyncStatus:
            state = local.state(session) if session.get(SyncState, 1) else SyncState()
            failing = session.execute(
                select(col(OutboxOp.entity), col(OutboxOp.last_error), col(OutboxOp.attempts))
                .where(col(OutboxOp.attempts) > 0)
                .order_by(col(OutboxOp.seq))
                .limit(50)
            ).all()
            failure = self._failure
            if failure is not None and failure.render()[:1000] != state.last_error:
                failure = None
            return SyncStatus(
                server_url=state.server_url,
                user_id=state.user_id,
                user_name=state.user_name,
                role=state.role,
                last_success_at=state.last_success_at,
                last_attempt_at=state.last_attempt_at,
                last_error=state.last_error,
                last_error_kind=state.last_error_kind,
                failures=state.failures,
                revoked=state.revoked,
                cursor=state.cursor,
                pending=local.pending_count(session),
                conflicts=local.open_conflicts(session),
                failing_ops=[(e, err or "", n) for e, err, n in failing],
                logged_in=bool(
                    state.server_url
                    and self.tokens.load(self.account(state.server_url, self.store.device_id))
                ),
                error=failure,
            )

        return self._read(read)


_NONE = (0, "")


class _PageReader:
    """Fetches pull pages one after another on its own thread (each page's `next` is the
    following request's `since`), keeping up to PAGES_AHEAD waiting; a failure is handed
    over in place of a page."""

    def __init__(self, transport: Transport, since: int, limit: int) -> None:
        self.transport, self.since, self.limit = transport, since, limit
        self.pages: queue.Queue[Any] = queue.Queue(maxsize=PAGES_AHEAD)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="gw-pull", daemon=True)
        self.thread.start()

    def get(self) -> Any:
        return self.pages.get()

    def waiting(self) -> bool:
        return not self.pages.empty()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()

    def _hand_over(self, item: Any) -> None:
        while not self.stop.is_set():
            try:
                self.pages.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _run(self) -> None:
        try:
            while not self.stop.is_set():
                page = self.transport.get_json(
                    "/sync/pull", {"since": self.since, "limit": self.limit}
                )
                self._hand_over(page)
                if not page["more"]:
                    return
                self.since = int(page["next"])
        except BaseException as exc:  # handed to the storing thread, which raises it
            self._hand_over(exc)


AUDIT_CURSOR = "audit_uploaded_id"


def _past_own_changes(session: Session, before: int, answered: set[int]) -> None:
    """The pull cursor past the changes this push made, when the answers hold every one of
    them: each sequence number after the cursor (`before`, read before the push) up to the
    first one missing belongs to a record the answers carried, at that change or a later one,
    and settling stored it. Pulling from the old cursor would bring back exactly those
    records at versions the store holds already (skipped one by one): 1,000 records on the
    wire and through the store for nothing after a push of 1,000 edits. A number missing
    (another device's change, a record carried along into another scope) stops it there:
    what lies beyond is pulled as always. Nothing moves if the cursor moved meanwhile."""
    state = local.state(session)
    if state.cursor != before:
        return
    top = before
    while top + 1 in answered:
        top += 1
    state.cursor = top


def _audit_batch(session: Session, after: int | None = None) -> list[AuditItem]:
    """The next entries to upload (after the uploaded cursor, or after `after`: the batch
    that is with the server), built without validation (the server checks every field and
    every hash of what it receives)."""
    from gridwarden.models import AuditEntry
    from gridwarden.security import audit

    if after is None:
        after = int(get_meta(session, AUDIT_CURSOR) or 0)
    rows = session.execute(
        select(AuditEntry)
        .where(col(AuditEntry.id) > after)
        .order_by(col(AuditEntry.id))
        .limit(MAX_AUDIT_ENTRIES)
    ).scalars()
    return [
        AuditItem.model_construct(
            local_id=entry.id or 0,
            at=audit.at_text(entry.at),
            prev_hash=entry.prev_hash,
            hash=entry.hash,
            **audit.content(entry),
        )
        for entry in rows
    ]


def _queue_reconcile(
    session: Session,
    entity: str,
    mine: dict[str, tuple[int, dict[str, Any]]],
    lacking: list[str],
    theirs: dict[str, dict[str, Any]],
    server: dict[str, int],
    now: datetime,
) -> int:
    model = SPECS[entity].model
    queued = 0
    for rid in lacking:
        _version, doc = mine[rid]
        payload = {k: v for k, v in doc.items() if k != "id"}
        op = OutboxOp(
            op_id=str(uuid.uuid4()),
            entity=entity,
            record_id=rid,
            kind="upsert",
            base_version=0,
            payload=payload,
            created_at=now,
        )
        local.requeue_first(session, entity, rid, op, 0)
        queued += 1
    for rid, their_doc in theirs.items():
        _version, doc = mine[rid]
        try:
            ours = codec.normalise(model, doc)
            known = codec.normalise(model, their_doc)
        except ValueError:
            continue
        differing = {
            k: v
            for k, v in ours.items()
            if k != "id" and k not in STAMP_FIELDS and known.get(k) != v
        }
        if not differing:
            local.note_version(session, entity, rid, server[rid])
            continue
        payload = {**differing, "updated_at": ours.get("updated_at"), "updated_by": ""}
        op = OutboxOp(
            op_id=str(uuid.uuid4()),
            entity=entity,
            record_id=rid,
            kind="upsert",
            base_version=server[rid],
            payload=payload,
            created_at=now,
        )
        local.requeue_first(session, entity, rid, op, server[rid])
        queued += 1
    return queued


def _register_empty(session: Session) -> bool:
    """No household yet: the pull fills an empty store (a new laptop's first sync)."""
    return session.execute(select(col(Household.id)).limit(1)).first() is None


def _set_indexes_aside(session: Session) -> int:
    return bulk_indexes.set_aside(session, [local.table_of(e).name for e in SYNCED_MODELS])


def _store_page(session: Session, changes: list[Any], cursor: int) -> local.Applied:
    """One pulled page and the cursor after it: one transaction."""
    applied = local.apply_changes(session, changes, defer_search=True)
    local.state(session).cursor = cursor
    return applied


def adopt_account(settings: Settings, answer: LoginAnswer) -> None:
    """After a login the server's account is who works on this device: the actor stamped on
    every record, and the home grid events without a household belong to."""
    settings.user_id, settings.user_name, settings.user_role = (
        answer.user_id,
        answer.user_name,
        answer.role,
    )
    grids = [key.split(":", 1)[1] for key in answer.scopes if key.startswith("grid:")]
    if grids and settings.home_grid_id not in grids:
        settings.home_grid_id = grids[0]


@dataclass(frozen=True)
class SyncStatus:
    server_url: str
    user_id: str
    user_name: str
    role: str
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str
    last_error_kind: str
    failures: int
    revoked: bool
    cursor: int
    pending: int
    conflicts: int
    failing_ops: list[tuple[str, str, int]]
    logged_in: bool
    error: Message | None = None  # last_error as a translatable message, when this run has it


class _Skipped(Exception):
    """A request queued behind one that failed: not sent (it goes again at the next sync)."""


class _Chain:
    """Requests posted in order by one helper thread, each as soon as the one before it was
    answered: the server gets them one at a time and in order, as before, with no gap for
    this side to read an answer and build the next request (built here, ahead of time). A
    failure skips the requests queued after it; a cancelled sync sends nothing more."""

    def __init__(
        self, sender: ThreadPoolExecutor, transport: Transport, cancel: threading.Event
    ) -> None:
        self.sender, self.transport, self.cancel = sender, transport, cancel
        self.broken = False

    def post(self, path: str, body: Any) -> Future[Any]:
        return self.sender.submit(self._send, path, prepare_json(body))

    def _send(self, path: str, prepared: Prepared) -> Any:
        if self.broken:
            raise _Skipped(path)
        if self.cancel.is_set():
            raise Cancelled()
        try:
            return self.transport.post_prepared(path, prepared)
        except BaseException:
            self.broken = True
            raise


@dataclass
class _AuditSent:
    """Audit entries queued on the chain, the answer to come, and the batch queued behind."""

    entries: list[AuditItem]
    answered: Future[Any]
    following: _AuditSent | None = None


def _audit_body(entries: list[AuditItem]) -> dict[str, Any]:
    """Audit entries as the laptop wrote them (the server validates and checks each one)."""
    return {"entries": [item.model_dump(mode="json") for item in entries]}


def _ops_body(ops: list[Any]) -> dict[str, Any]:
    return {"ops": [local.op_body(op) for op in ops]}


def _unanswered(ops: list[Any], answers: list[Answer]) -> bool:
    return {op.op_id for op in ops} != {a.op_id for a in answers}
