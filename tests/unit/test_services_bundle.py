"""The composition root's bundle builds each service on first use, once, from its context."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from gridwarden.bootstrap import build_services
from gridwarden.services.context import ServiceContext
from gridwarden.services.disputes import DisputeService
from gridwarden.services.filing_documents import FilingPackages


def test_a_service_is_built_when_first_asked_for_and_kept(ctx: ServiceContext) -> None:
    services = build_services(ctx)
    assert "disputes" not in vars(services)  # nothing built yet
    disputes = services.disputes
    assert isinstance(disputes, DisputeService)
    assert services.disputes is disputes
    assert disputes.ctx is ctx
    assert "filing_packages" not in vars(services)  # only what was asked for


def test_threads_asking_at_once_share_one_service(ctx: ServiceContext) -> None:
    services = build_services(ctx)
    with ThreadPoolExecutor(8) as pool:
        built = list(pool.map(lambda _n: services.filing_packages, range(32)))
    assert isinstance(built[0], FilingPackages)
    assert {id(service) for service in built} == {id(built[0])}


def test_a_new_actor_gets_a_new_bundle_of_new_services(ctx: ServiceContext) -> None:
    first = build_services(ctx)
    other = build_services(ctx.with_actor(replace(ctx.actor, user_id="u-2")))
    assert other.register is not first.register
    assert other.register.ctx.actor.user_id == "u-2"
    assert first.register.ctx.actor.user_id == ctx.actor.user_id
