"""`analyze(document) -> Analysis`: pure, batched, the same in a CLI call, a request or a worker.

    analysis = analyze(document)                       # one document, the shared pipeline
    for analysis in analyze_many(documents):           # many, through one `nlp.pipe`
        ...

No store, no tracking, no output: a Document in, an Analysis out. The pipeline is loaded once
(`nlp.load_pipeline`); time expressions come from `analyze.timex`, their tense checked against
the parse.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from storyline.analyze import lexicon
from storyline.analyze.attribution import text_of
from storyline.analyze.timex import tag_timexes
from storyline.analyze.timex_grammar import DEFERRALS, WEEKDAYS
from storyline.errors import InputError
from storyline.model import Analysis, Document, HeadlineName, Timex, to_json

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from storyline.analyze.entities import EntityIndex

__all__ = ["analysis_to_json", "analyze", "analyze_many", "build_analysis", "parse_text"]

# A wire dateline opening a paragraph: `KESSEL, Marovia (Reuters) - `, `RIVERTON, Ohio (AP) — `,
# `WASHINGTON -- `, `HARBOR CITY - `; the city in capitals (four words at most: `THREE PEOPLE
# HAVE DIED IN A BLAZE — ` is an all-capitals headline), then a place, an agency in brackets,
# or a dash (a hyphen only before a capital: `NASA - the agency said` is no dateline).
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’-]{2,}(?: [A-Z.'’-]+){0,3})(?P<region>,\s*[A-Z][\w.'’ -]{1,40})?"
    r"(?:[ \t]*\([A-Za-z&. ]{2,20}\)[ \t]*[-–—]{1,2}|[ \t]+(?:—|–|--|-(?= [A-Z0-9\x22“]))) ?",
    re.MULTILINE,
)

# ... or an agency's credit alone (`(Reuters) - Airlines grounded flights`), which names no place.
_CREDIT = re.compile(r"^\([A-Za-z&. ]{2,20}\)[ \t]*[-–—]{1,2} ?", re.MULTILINE)

HEADLINE_CONTEXT = 400  # characters of the text read after a headline to tag its names


def parse_text(text: str) -> str:
    """The text the parser reads: wire datelines cut to their place, offsets kept.

    The parser reads `KESSEL, Marovia (Reuters) - Marovia's government freed 150 prisoners` as
    a sentence whose subject is KESSEL, and the lede, the sentence that matters most, comes out
    wrong. Read as `Kessel, Marovia.`, a line break and spaces to the same length, the lede
    parses as the report it is, and the place it was filed from is still a place (`PINE HOLLOW -
    Pushed by strong winds, the fire ...` tells of Pine Hollow, which the rest may not name).
    """
    text = _CREDIT.sub(lambda match: " " * len(match.group()), text)
    return _DATELINE.sub(_place_of_dateline, text)


def _place_of_dateline(match: re.Match[str]) -> str:
    place = f"{match['city'].title()}{(match['region'] or '').rstrip()}.\n"
    return place.ljust(len(match.group()))  # the line break ends the place's sentence


def _checked(documents: Iterable[Document], max_length: int) -> Iterator[tuple[str, Document]]:
    for document in documents:
        if not isinstance(document, Document):
            raise InputError(f"analyze takes Documents, not {type(document).__name__}")
        text = document.text
        if not isinstance(text, str):
            raise InputError(f"document {document.id!r} has no text")
        if len(text) > max_length:
            raise InputError(
                f"document {document.id!r} has {len(text):,} characters, more than the "
                f"{max_length:,} the pipeline takes",
                hint="split the text into parts before analysis",
            )
        yield parse_text(text), document


def _timexes(doc: Doc, document: Document) -> tuple[Timex, ...]:
    """The document's time expressions, a bare weekday moved a week where the parse tells its
    tense better than the tagger's words: a schedule told in the present looks ahead
    (`Riverton voters go to the polls on Tuesday`, said on a Sunday), a verb in the simple past
    looks back (`published its forecasts on Thursday`, where `forecasts` read as a plan)."""
    found = tag_timexes(document.text, document.published)
    published = (document.published or "")[:10]
    return tuple(_by_its_verb(doc, t, published) for t in found)


def _by_its_verb(doc: Doc, timex: Timex, published: str) -> Timex:
    if not published or timex.text.lower() not in WEEKDAYS or not timex.start:
        return timex
    verb = _verb_of(doc, timex)
    if verb is None:
        return timex
    if timex.start < published and (_looks_ahead(verb) or _set_for(doc, timex, verb)):
        return _moved(timex, 7)
    if timex.start > published and _simple_past(verb) and not _set_for(doc, timex, verb):
        return _moved(timex, -7)
    return timex


def _set_for(doc: Doc, timex: Timex, verb: Token) -> bool:
    """`set a hearing for Monday`: the day a thing is set for is still to come."""
    before = text_of(doc)[max(0, timex.start_char - 6) : timex.start_char].rstrip().lower()
    return verb.lemma_.lower() in lexicon.SCHEDULING_VERBS and before.endswith(" for")


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past that moves nothing ahead (`postponed the vote to Friday`,
    `shifted its expected landfall to Wednesday` look ahead however past they are)."""
    moves = verb.lemma_ in lexicon.RESCHEDULE_VERBS or verb.lower_ in DEFERRALS
    return verb.tag_ == "VBD" and not moves and not _told_ahead(verb)


def _verb_of(doc: Doc, timex: Timex) -> Token | None:
    span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
    verb = span.root if span is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _looks_ahead(verb: Token) -> bool:
    """A verb in the simple present (a schedule) or one the parse sees looking ahead (`is
    expected to raise rates by a quarter of a point on Thursday`, a cue too far from the day
    for the tagger)."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    simple_present = verb.tag_ in ("VBP", "VBZ") and not auxiliaries
    schedule = simple_present and verb.dep_ != "relcl"  # `the one that burst on Monday`: past
    return (schedule and verb.lemma_ not in lexicon.CUE_VERBS) or _told_ahead(verb)


def _shares_auxiliary(verb: Token) -> bool:
    """`would remain at Balmoral and return to London on Friday`: a second verb with neither
    subject nor auxiliary of its own, whose tense is its first verb's."""
    own = ("aux", "auxpass", "nsubj", "nsubjpass")
    bare = not any(child.dep_ in own for child in verb.children)
    return verb.dep_ == "conj" and verb.tag_ == "VB" and bare


def _auxiliaries(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ == "aux"}


def _told_ahead(verb: Token) -> bool:
    """A verb with `will`, an infinitive hung on a verb in the present (`is expected to
    raise`, `plans to visit`), a gerund hung on one of these or on `before` or `after` one, or
    a second verb that shares the first's `will` or reported `would`: what it tells is still to
    come."""
    words = _auxiliaries(verb)
    if words & {"will", "shall", "'ll"}:
        return True
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        return _told_ahead(verb.head)  # `will begin lifting the wreckage ... on Monday`
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "after"):
        return _told_ahead(verb.head.head)  # `will lie in state before being flown on Tuesday`
    if _shares_auxiliary(verb):
        return _told_ahead(verb.head) or "would" in _auxiliaries(verb.head)
    if verb.tag_ != "VB" or "to" not in words or verb.dep_ != "xcomp":
        return False
    head = verb.head
    helpers = [child for child in head.children if child.dep_ in ("aux", "auxpass")]
    return head.tag_ in ("VBP", "VBZ") or any(h.tag_ in ("VBP", "VBZ") for h in helpers)


def _moved(timex: Timex, days: int) -> Timex:
    day = (date.fromisoformat(timex.value) + timedelta(days=days)).isoformat()
    return replace(timex, value=day, start=day, end=day)


def build_analysis(doc: Doc, document: Document, headline: Doc | None = None) -> Analysis:
    """The Analysis of a Document from its parsed Doc and headline (`_headline_text`), both from
    `load_pipeline`."""
    from storyline.analyze.claims import extract_claims
    from storyline.analyze.entities import find_entities

    if not document.text.strip():
        return Analysis(doc_id=document.id)
    end = len(document.title or "")  # the headline's names, not those of the text read after it
    _dateline_places(doc, document.text)
    _titled_people(doc)
    _names_after_the(doc, end)
    entities = _counting_the_headline(find_entities(doc, document.id), headline, end)
    timexes = _timexes(doc, document)
    claims, events = extract_claims(doc, document, entities, timexes)
    named = find_entities(headline, document.id).entities if headline is not None else ()
    return Analysis(
        doc_id=document.id,
        entities=entities.entities,
        timexes=timexes,
        claims=claims,
        events=events,
        title_names=tuple(
            HeadlineName(e.name, e.type) for e in named for m in e.mentions if m.start_char < end
        )
        + _headline_years(document),
    )


def _counting_the_headline(entities: EntityIndex, headline: Doc | None, end: int) -> EntityIndex:
    """The names the headline writes count as written once more: whom the report is about
    (`Singer Mara Lind dies at 52`) is whom its `she` stands for, not the manager quoted."""
    if headline is None:
        return entities
    written = Counter(t.text for t in headline if t.pos_ == "PROPN" and t.idx < end)
    return replace(entities, proper_nouns=dict(Counter(entities.proper_nouns) + written))


def _titled_people(doc: Doc) -> None:
    """Tag a name after a title as a person though the tagger missed it (`Commander Anders
    Holt`): a rank or office before capitalized words is a person's, and a report that loses
    its only named person loses what it is about."""
    from spacy.tokens import Span

    people = []
    for title in doc:
        if not _a_title(title) or title.ent_type_:
            continue
        end = title.i + 1
        while end < len(doc) and end - title.i <= 3 and _untagged_name(doc[end]):
            end += 1
        if end < len(doc) and _a_title(doc[end]):
            continue  # `Chief Public Relations Officer`: words of one title
        if end > title.i + 1 and (not people or people[-1].end <= title.i):
            people.append(Span(doc, title.i + 1, end, label="PERSON"))
    _add_entities(doc, people)


def _names_after_the(doc: Doc, headline_end: int) -> None:
    """Tag capitalized words after `the` as a name though the tagger missed them (`the Ever
    Given`, which it reads as an adverb and a verb): in running text, two capitalized words
    after an article are a name; a ship or a building left out loses every claim about it."""
    from spacy.tokens import Span

    names = []
    for article in doc[:-2]:
        if article.lower_ != "the" or article.idx < headline_end:
            continue
        end = article.i + 1
        while end < len(doc) and _capitalized_word(doc[end]):
            end += 1
        words = doc[article.i + 1 : end]
        if len(words) > 1 and not all(_a_title(t) for t in words) and not _headline_case(words):
            names.append(Span(doc, article.i + 1, end, label="PRODUCT"))
    _add_entities(doc, names)


def _capitalized_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and not token.ent_type_ and not token.is_sent_start


def _headline_case(words: Span) -> bool:
    """Whether the words stand in a line in title case (`Ever Given Refloated, Traffic
    Resumes`), which capitalizes every word but the small ones."""
    return not any(t.is_alpha and t.is_lower and not t.is_stop for t in words.sent)


def _a_title(token: Token) -> bool:
    word = token.text.rstrip(".")
    return word.istitle() and word.lower() in lexicon.PERSON_TITLES


def _untagged_name(token: Token) -> bool:
    """A capitalized proper noun no entity holds, and no title itself (`General Manager`)."""
    if _a_title(token) or token.lower_ in lexicon.ROLE_NOUNS:
        return False
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_


def _dateline_places(doc: Doc, text: str) -> None:
    """Tag each wire dateline's city as a place: read alone (`Arnhaven.`, see `parse_text`),
    a town the tagger does not know is no entity, and the report loses the place it tells of."""
    from spacy.tokens import Span

    places = []
    for match in _DATELINE.finditer(text):
        span = doc.char_span(match.start("city"), match.end("city"))
        if span is not None and not any(token.ent_type_ for token in span):
            places.append(Span(doc, span.start, span.end, label="GPE"))
    _add_entities(doc, places)


def _add_entities(doc: Doc, spans: list[Span]) -> None:
    """Add spans the tagger missed (none of their words is in an entity) to its entities."""
    if spans:
        doc.ents = (*doc.ents, *spans)


def _headline_years(document: Document) -> tuple[HeadlineName, ...]:
    """The years of the dates in the headline (`27/09/2013 - Turkmenistan to hold ...`), as
    DATE names: tracking tells events of one kind years apart by them."""
    dates = tag_timexes(document.title or "", document.published)
    return tuple(HeadlineName(year, "DATE") for t in dates if (year := t.year))


def analyze_many(
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    nlp: Language | None = None,
) -> Iterator[Analysis]:
    """Analyses of many documents, in order, through one batched `nlp.pipe`."""
    from storyline.analyze.nlp import load_pipeline

    nlp = nlp or load_pipeline()
    pairs, titled = itertools.tee(_checked(documents, nlp.max_length))
    parsed = nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process)
    headlines = nlp.pipe(
        (_headline_text(document) for _, document in titled),
        batch_size=batch_size,
        disable=["storyline_attribution"],  # a headline's names need no attribution
    )
    for (doc, document), headline in zip(parsed, headlines, strict=True):
        yield build_analysis(doc, document, headline if document.title else None)


def _headline_text(document: Document) -> str:
    """The headline before the opening of the text, which tells the tagger who its names are
    (`Lohan checks into rehab` is Lindsay Lohan); empty where there is no headline."""
    if not document.title or not document.text.strip():
        return ""
    return f"{document.title}\n\n{parse_text(document.text[:HEADLINE_CONTEXT])}"


def analyze(document: Document, nlp: Language | None = None) -> Analysis:
    """Entities, time expressions, claims (attribution, modality) and events of one document."""
    return next(analyze_many([document], batch_size=1, nlp=nlp))


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """The Analysis in the JSON shapes of DESIGN.md."""
    return to_json(analysis)
