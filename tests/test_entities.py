"""Entities: aliases of one referent merged, different people never merged, metonyms kept."""

from __future__ import annotations

import pytest

from storyline.analyze import analyze
from storyline.analyze.entities import normalize_name
from storyline.analyze.nlp import load_pipeline
from storyline.model import Document, Entity


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


def _doc(text: str, doc_id: str = "t") -> Document:
    return Document(
        id=doc_id, kind="article", text=text, outlet="Test Wire", published="2023-09-04"
    )


def _by_name(entities: tuple[Entity, ...], name: str) -> Entity:
    matches = [e for e in entities if e.name == name]
    assert len(matches) == 1, [(e.name, e.aliases) for e in entities]
    return matches[0]


def _people(entities: tuple[Entity, ...]) -> list[Entity]:
    return [e for e in entities if e.type == "PERSON"]


@pytest.fixture(scope="module")
def article(nlp, seed_article_doc):
    return analyze(seed_article_doc, nlp)


@pytest.fixture(scope="module")
def note(nlp, seed_note_doc):
    return analyze(seed_note_doc, nlp)


@pytest.mark.issue(4)
def test_seed_has_one_kim_jong_un_with_typo_and_descriptions(article):
    kim = _by_name(article.entities, "Kim Jong-un")
    assert kim.type == "PERSON"
    for alias in (
        "Kim Jong-In",
        "Kim",
        "The North Korean leader",
        "The leader of North Korea (DPRK)",
    ):
        assert alias in kim.aliases
    assert not [e for e in _people(article.entities) if "Kim" in e.name and e is not kim]
    texts = [m.text for m in kim.mentions]
    assert "Kim Jong-In" in texts and len(kim.mentions) >= 8


def test_mention_offsets_point_into_the_text(article, seed_article_doc):
    for entity in article.entities:
        for mention in entity.mentions:
            assert seed_article_doc.text[mention.start_char : mention.end_char] == mention.text


@pytest.mark.issue(4)
def test_seed_merges_putin_countries_and_the_times(article):
    putin = _by_name(article.entities, "Vladimir Putin")
    assert "Putin" in putin.aliases
    assert any(m.text.startswith("Russian President") for m in putin.mentions)
    north_korea = _by_name(article.entities, "North Korea")
    assert "DPRK" in north_korea.aliases and north_korea.type == "GPE"
    times = _by_name(article.entities, "The New York Times")
    assert "The publication" in times.aliases


def test_note_merges_spellings_and_keeps_the_kremlin_as_a_metonym(note):
    kim = _by_name(note.entities, "Kim Jong-un")
    assert "Kim Jong Un" in kim.aliases
    assert "North Korean leader" in kim.aliases
    kremlin = _by_name(note.entities, "Kremlin")
    assert kremlin.stands_for == "Russia"
    assert _by_name(note.entities, "Pyongyang").stands_for == "North Korea"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kim Jong-un met his sister Kim Yo Jong in Pyongyang. His father Kim Jong-il ruled "
            "until 2011. Kim Jong Un said the talks went well.",
            {"Kim Jong-un", "Kim Yo-jong", "Kim Jong-il"},
        ),
        (
            "Kim Jong-il died in 2011. His son Kim Jong-un took power. Kim Jong-il had ruled since "
            "1994, and Kim Jong-un was then in his twenties.",
            {"Kim Jong-un", "Kim Jong-il"},
        ),
        (
            "Analysts compared Kim Yo Jong and Kim Jong-un. Kim Yo Jong is his sister.",
            {"Kim Jong-un", "Kim Yo-jong"},
        ),
        (
            "Maria Lopez won the vote. Mario Lopez lost it. Maria Lopez thanked voters, and "
            "Mario Lopez conceded.",
            {"Maria Lopez", "Mario Lopez"},
        ),
    ],
)
def test_similar_names_of_different_people_are_never_merged(nlp, text, expected):
    people = _people(analyze(_doc(text), nlp).entities)
    assert expected <= {e.name for e in people}
    for entity in people:
        spellings = {normalize_name(s) for s in (entity.name, *entity.aliases)}
        full_names = {normalize_name(name) for name in expected}
        assert len(spellings & full_names) <= 1, (entity.name, entity.aliases)


def test_a_typo_is_not_merged_when_it_could_be_two_people(nlp):
    text = (
        "Kim Jong-un spoke. Kim Jong-il was his father. Kim Jong-un went on. "
        "Kim Jong-il is remembered. A report mentioned Kim Jong-xl once."
    )
    people = {e.name for e in _people(analyze(_doc(text), nlp).entities)}
    assert {"Kim Jong-un", "Kim Jong-il"} <= people


def test_acronym_and_parenthesized_short_form_merge(nlp):
    text = (
        "The New York Times reported on Monday that talks stalled. Officials told NYT that a "
        "deal was near. The Islamic Revolutionary Guard Corps (IRGC) denied it."
    )
    entities = analyze(_doc(text), nlp).entities
    times = _by_name(entities, "The New York Times")
    assert "NYT" in times.aliases
    assert not [e for e in entities if e.name == "NYT"]


@pytest.mark.parametrize(
    ("text", "name", "stands_for"),
    [
        ("Pyongyang denies the allegations.", "Pyongyang", "North Korea"),
        ("Washington says it has evidence of such cooperation.", "Washington", "United States"),
        ("The White House reported that talks were held.", "White House", "United States"),
        ("The Kremlin has confirmed the visit.", "Kremlin", "Russia"),
        ("He flew to Moscow on Monday.", "Moscow", None),
    ],
)
def test_metonyms_keep_what_they_stand_for(nlp, text, name, stands_for):
    entity = _by_name(analyze(_doc(text), nlp).entities, name)
    assert entity.stands_for == stands_for


def test_entity_ids_are_stable_and_distinct(nlp, seed_article_doc):
    first = analyze(seed_article_doc, nlp).entities
    second = analyze(seed_article_doc, nlp).entities
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)


def _crane(nlp, second_paragraph: str) -> Entity:
    text = f"The container ship Nordic Crane ran aground near Gdansk.\n\n{second_paragraph}"
    return next(e for e in analyze(_doc(text), nlp).entities if e.name == "Nordic Crane")


def test_a_name_found_once_is_found_where_the_tagger_missed_it(nlp):
    second = "The Nordic Crane was refloated on Saturday and towed to Gdynia."
    crane = _crane(nlp, second)
    assert len(crane.mentions) == 2
    assert crane.mentions[1].text == "Nordic Crane"


def test_a_definite_noun_beside_one_name_is_that_thing(nlp):
    crane = _crane(nlp, "The salvage company Baltic Tow plans to refloat the ship on Thursday.")
    assert [m.text for m in crane.mentions] == ["Nordic Crane", "the ship"]


def test_a_noun_beside_two_names_refers_to_neither(nlp):
    text = (
        "The container ship Nordic Crane ran aground. The container ship Baltic Star helped.\n\n"
        "The ship was refloated on Thursday."
    )
    entities = analyze(_doc(text), nlp).entities
    assert not any(m.text.lower() == "the ship" for e in entities for m in e.mentions)


def test_a_surname_followed_by_who_is_the_person(nlp):
    text = (
        "Prosecutors asked a court to sentence Marc Delorme to four years.\n\n"
        "Delorme, who testified last week that he had never taken money, listened."
    )
    entities = analyze(_doc(text), nlp).entities
    assert [e.name for e in _people(entities)] == ["Marc Delorme"]
    assert "Delorme" in _by_name(entities, "Marc Delorme").aliases


def test_a_surname_tagged_an_organization_after_the_full_name_is_the_person(nlp):
    text = (
        "Harbour City appointed former Norway coach Erik Dahl as manager on Friday.\n\n"
        "Dahl will watch Saturday's match against Westbury from the stands."
    )
    entities = analyze(_doc(text), nlp).entities
    assert "Dahl" in _by_name(entities, "Erik Dahl").aliases
    assert not [e for e in entities if e.name == "Dahl"]


def test_capitalized_words_after_the_are_a_name(nlp):
    """`the Ever Given`, read by the tagger as an adverb and a verb, is a ship all the same; a
    headline in title case capitalizes every word and names nothing by it."""
    text = (
        "Salvage Crews Free The Giant Ship At Last\n\n"
        "Efforts to refloat the Ever Given failed on Thursday, and the ship stayed put."
    )
    entities = analyze(_doc(text), nlp).entities
    ship = _by_name(entities, "Ever Given")
    assert [m.text for m in ship.mentions][:1] == ["Ever Given"]
    assert not [e for e in entities if "Giant Ship" in e.name]


def test_a_name_before_a_site_noun_is_the_site_and_its_last_word_its_kind(nlp):
    """`the Gemelli hospital` is no person a `he` could stand for; `the authority` after `the
    Suez Canal Authority` is that authority."""
    text = (
        "Pope Francis will be discharged from the Gemelli hospital on Saturday.\n\n"
        "The Suez Canal Authority said traffic had resumed. The authority expects 400 ships."
    )
    entities = analyze(_doc(text), nlp).entities
    assert _by_name(entities, "Gemelli").type != "PERSON"
    authority = _by_name(entities, "The Suez Canal Authority")
    assert "The authority" in [m.text for m in authority.mentions]
