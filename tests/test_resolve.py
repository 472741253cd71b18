"""Cross-document entity resolution: spelling variants merge, relatives never do."""

from __future__ import annotations

import pytest

from storyline.track.resolve import (
    EntityCandidate,
    EntityIndex,
    blocking_keys,
    normalize_name,
    resolve_entity,
)

KIMS = (
    EntityCandidate("un", "PERSON", ("Kim Jong-un",)),
    EntityCandidate("il", "PERSON", ("Kim Jong-il",)),
    EntityCandidate("yo", "PERSON", ("Kim Yo Jong",)),
)


def _resolved(name: str, candidates: tuple[EntityCandidate, ...] = KIMS) -> str | None:
    match = resolve_entity(name, "PERSON", candidates)
    return match.entity_id if match else None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kim Jong Un", "un"),
        ("Kim Jong-un", "un"),
        ("KIM JONG UN", "un"),
        ("North Korean leader Kim Jong Un", "un"),
        ("Kim Jong-il", "il"),
        ("Kim Jong Il", "il"),
        ("Kim Yo-jong", "yo"),
    ],
)
def test_kim_family_members_stay_apart(name: str, expected: str) -> None:
    assert _resolved(name) == expected


def test_a_different_given_name_is_another_person() -> None:
    only_un = (KIMS[0],)
    assert _resolved("Kim Jong-il", only_un) is None
    assert _resolved("Kim Yo Jong", only_un) is None
    assert _resolved("Kim Jong-nam", only_un) is None


def test_surname_alone_attaches_only_when_unambiguous() -> None:
    assert _resolved("Kim") is None
    assert _resolved("Kim", (KIMS[1],)) == "il"


@pytest.mark.parametrize(
    "name", ["Putin", "Vladimir Putin", "Russian President Vladimir Putin", "President Putin"]
)
def test_putin_variants_resolve_to_one_entity(name: str) -> None:
    putin = EntityCandidate("putin", "PERSON", ("Vladimir Putin",))
    assert _resolved(name, (putin,)) == "putin"


def test_titles_and_diacritics_are_normalized() -> None:
    assert normalize_name("Russian President Vladimir Putin") == "vladimir putin"
    assert normalize_name("Président François Hollande") == "francois hollande"
    assert normalize_name("North Korea", "GPE") == "north korea"
    assert normalize_name("Commander Anders Holt") == "anders holt"  # a rank the tagger reads
    assert normalize_name("Singer Mara Lind") == "mara lind"


def test_types_must_agree_and_acronyms_match() -> None:
    us = EntityCandidate("us", "GPE", ("United States",))
    assert resolve_entity("U.S.", "GPE", (us,)) is not None
    assert resolve_entity("U.S.", "ORG", (us,)) is None
    nba = EntityCandidate("nba", "ORG", ("National Basketball Association",))
    assert resolve_entity("NBA", "ORG", (nba,)) is not None


def test_index_finds_candidates_by_blocking_keys() -> None:
    index = EntityIndex()
    first = index.add("Kim Jong-un", "PERSON")
    assert index.add("Kim Jong Un", "PERSON") == first
    assert index.add("Kim Jong-il", "PERSON") != first
    assert index.add("Vladimir Putin", "PERSON") not in {first}
    assert {c.id for c in index.candidates("Putin", "PERSON")} == {index.add("Putin", "PERSON")}
    assert "person:putin" in blocking_keys("President Vladimir Putin", "PERSON")
    kim = index.add("Kim", "PERSON")  # two Kims known: a new, separate entity
    assert kim not in {first, index.add("Kim Jong-il", "PERSON")}
    assert len(index.entities) == 4


def test_a_full_name_typed_otherwise_elsewhere_is_the_same_thing() -> None:
    ship = EntityCandidate("ship", "PRODUCT", ("Nordic Crane",))
    assert resolve_entity("Nordic Crane", "PERSON", (ship,)).entity_id == "ship"
    assert resolve_entity("the Nordic Crane", "ORG", (ship,)).entity_id == "ship"
    owner = EntityCandidate("owner", "ORG", ("Nordic Crane",))
    assert resolve_entity("Nordic Crane", "PERSON", (ship, owner)) is None  # which one?
    jordan = EntityCandidate("jordan", "GPE", ("Jordan",))
    michael = EntityCandidate("michael", "PERSON", ("Michael Jordan", "Jordan"))
    assert resolve_entity("Jordan", "GPE", (michael,)) is None  # a man known by his full name
    assert resolve_entity("Jordan", "ORG", (jordan,)) is None  # an institution is no place


def test_a_town_the_tagger_took_for_a_person_is_the_town() -> None:
    """`through central Arnhaven` read as a person, `ARNHAVEN (Newsline) -` as a place: a
    one-word name with no other is the one town, whichever report came first."""
    index = EntityIndex()
    town = index.add("Arnhaven", "PERSON")
    assert index.add("Arnhaven", "GPE") == town
    assert index.add("Arnhaven", "PERSON") == town
    other = EntityIndex()
    place = other.add("Jordan", "GPE")
    assert other.add("Jordan", "PERSON") == place
    assert other.add("Michael Jordan", "PERSON") != place
    index = EntityIndex()
    first = index.add("Nordic Crane", "PRODUCT")
    assert index.add("Nordic Crane", "PERSON") == first


def test_a_people_and_its_country_are_one_participant() -> None:
    """`Sudanese` troops and `Sudan`, `Valdan` diplomats and `Valdia`; not `Austrian` and
    `Australia`, nor a people of a country the store does not know."""
    index = EntityIndex()
    sudan = index.add("Sudan", "GPE")
    assert index.add("Sudanese", "NORP") == sudan
    valdan = index.add("Valdan", "NORP")
    assert index.add("Valdia", "GPE") == valdan
    australia = index.add("Australia", "GPE")
    assert index.add("Austrian", "NORP") != australia
    assert index.add("Democrats", "NORP") not in (sudan, valdan, australia)


def test_a_whole_name_typed_otherwise_beats_a_part_of_this_type() -> None:
    """`Emil Varga` tagged a person, then `Varga` an organization, then `Emil Varga` an
    organization: the whole name is the man, not the organization of his surname."""
    index = EntityIndex()
    man = index.add("Emil Varga", "PERSON")
    surname = index.add("Varga", "ORG")
    assert surname != man  # one word of another type: too little to tell
    assert index.add("Emil Varga", "ORG") == man


def test_a_surname_taken_for_a_place_is_its_person_and_a_known_place_stays_a_place() -> None:
    index = EntityIndex()
    scholz = index.add("Olaf Scholz", "PERSON")
    assert index.add("Scholz", "GPE") == scholz
    jordan = index.add("Michael Jordan", "PERSON")
    assert index.add("Jordan", "GPE") != jordan  # a country of the gazetteer
    index.add("Anna Novak", "PERSON")
    index.add("Peter Novak", "PERSON")
    assert index.add("Novak", "GPE") not in {
        e.id for e in index.entities.values() if " " in e.names[0]
    }


def test_a_one_word_name_typed_a_product_and_an_organization_is_one_thing() -> None:
    index = EntityIndex()
    assert index.add("Bundestag", "PRODUCT") == index.add("Bundestag", "ORG")
