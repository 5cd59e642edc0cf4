"""Two laptops and a server: what one records offline reaches the other, nothing twice."""

from __future__ import annotations

from collections.abc import Callable

from gridwarden.services.register import HouseholdDraft
from gridwarden.services.visits import VisitDraft
from tests.sync.harness import District, Laptop


def test_a_household_recorded_offline_reaches_the_other_laptop(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    wang.sync()
    li.sync()
    household = wang.new_household(district.micro1, "工农路12号3幢101室")
    wang.visits.record(VisitDraft(household, "routine", "情况正常"))
    assert wang.pending() == 3

    report = wang.sync()
    assert report.pushed == 3 and report.conflicts == 0
    assert wang.pending() == 0
    assert wang.get("household", household).version == 1

    li.sync()
    seen = li.get("household", household)
    assert seen.address == "工农路12号3幢101室"
    residents = [r for r in li.snapshot(("resident",))["resident"].values()]
    assert [r["name"] for r in residents if r["household_id"] == household] == ["张三"]
    # a second sync brings nothing new and pushes nothing
    again = li.sync()
    assert (again.pulled, again.pushed) == (0, 0)
    # the search index on the receiving laptop knows the new household
    from gridwarden.queries.households import HouseholdFilter, search_ids

    with li.store.sessions() as session:
        assert search_ids(session, HouseholdFilter(text="张三")) == [household]


def test_edits_on_different_fields_merge_cleanly(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    wang, li = laptop("wang"), laptop("li")
    household = wang.new_household(district.micro1, "青年中路8号")
    wang.sync()
    li.sync()
    wang.register.save_household(
        HouseholdDraft(district.micro1, "青年中路8号", ["rental"], "", household)
    )
    li.register.save_household(
        HouseholdDraft(district.micro1, "青年中路8号", [], "独居，需关注", household)
    )
    wang.sync()
    report = li.sync()
    assert report.conflicts == 0
    wang.sync()
    for device in (wang, li):
        record = device.get("household", household)
        assert (record.tags, record.notes) == (["rental"], "独居，需关注")
        assert record.version == 3
    assert wang.conflicts() == [] and li.conflicts() == []


def test_a_first_pull_shows_the_search_index_being_built_and_finds_every_household(
    laptop: Callable[[str], Laptop], district: District
) -> None:
    """After the records of a first pull, the pulled households' search rows are built as a
    stage of their own ("index"), counted to the end, and every household is found."""
    from gridwarden.queries.households import HouseholdFilter, search_ids

    wang, li = laptop("wang"), laptop("li")
    heads = {f"工农路{n}号": f"钱{'一二三四五六七八九十'[n - 1]}" for n in range(1, 11)}
    made = dict(zip(heads, wang.new_households(district.micro1, heads), strict=True))
    wang.sync()

    stages: list[tuple[str, int, int]] = []
    li.client.run_once(lambda stage, done, total: stages.append((stage, done, total)))
    index = [(done, total) for stage, done, total in stages if stage == "index"]
    assert index[-1] == (10, 10)
    assert [stage for stage, _, _ in stages].index("index") > [s for s, _, _ in stages].index(
        "pull"
    )
    with li.store.sessions() as session:
        assert sorted(search_ids(session, HouseholdFilter(text="钱"))) == sorted(made.values())
        assert search_ids(session, HouseholdFilter(text="qw")) == [made["工农路5号"]]
        assert search_ids(session, HouseholdFilter(text="工农路10号")) == [made["工农路10号"]]
