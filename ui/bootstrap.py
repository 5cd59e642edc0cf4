"""The shell's composition root (ARCHITECTURE rule 14): the one place that builds the services
(through gridwarden.bootstrap), the change bus, the sync client and its worker, and the context
the pages are given. Nothing else constructs a service."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gridwarden.bootstrap import build_services
from gridwarden.clock import Clock
from gridwarden.settings import Settings
from gridwarden.store import Store
from gridwarden.sync.credentials import TokenStore
from ui.app_context import AppContext
from ui.change_bus import ChangeBus
from ui.sync_worker import SyncWorker
from ui.tasks import Dispatcher


def build_app_context(
    store: Store,
    settings: Settings,
    clock: Clock,
    dispatcher: Dispatcher,
    parent: QObject | None = None,
    tokens: TokenStore | None = None,
) -> AppContext:
    bus = ChangeBus(parent)
    services = build_services(store.context(settings, clock))
    app = AppContext(store, services, dispatcher, bus, parent)
    worker = SyncWorker(store, settings, clock, dispatcher, bus, tokens, parent=app)
    # first: the context acts as the new account before any page reads who is signed in
    worker.account_changed.connect(app.adopt_account)
    app.sync = worker
    return app
