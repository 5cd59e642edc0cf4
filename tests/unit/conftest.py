"""Fixtures the dispute tests share: the org units disputes are handled at, the service."""

from __future__ import annotations

import pytest

from gridwarden.services.context import ServiceContext
from gridwarden.services.disputes import DisputeService
from gridwarden.store import Store
from tests.conftest import Places
from tests.dispute_support import Units, add_units


@pytest.fixture
def units(store: Store, places: Places) -> Units:
    return add_units(store, places.district)


@pytest.fixture
def disputes(ctx: ServiceContext) -> DisputeService:
    return DisputeService(ctx)
