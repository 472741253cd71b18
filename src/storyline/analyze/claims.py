"""Claims: one proposition per clause, with its predicate, participants, place, time,
attribution chain (outermost first), modality and polarity.

Units of claims:

- every main clause (`ROOT`), every clause reported by a cue (`X said that <clause>`) and every
  coordinated verb of one (`plans to visit Russia and <meet with Putin>`);
- the object of a confirm/deny/announce cue (`the Kremlin has confirmed <the visit of X to Y>`):
  the embedded proposition, predicate from the event noun;
- an object that names an allegation (`Pyongyang denies <the allegations>`): a denial that
  restates the claim it denies and points to it (`Claim.denies`).

The chain starts with the document itself (its outlet, or "note"), then the relations whose
content holds the claim, widest first; an anaphoric cue (`The New York Times writes about it`)
also frames the rest of its paragraph. Modality comes from the cue words of `lexicon` (the
strongest hedge wins); with none, a claim is asserted in the document's own voice or behind a
confirming cue, and reported behind any other cue.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from storyline.analyze import lexicon
from storyline.analyze.attribution import Relation, char_span, text_of
from storyline.analyze.nlp import verb_of_gerund
from storyline.analyze.timex_grammar import SMALL_NUMBERS
from storyline.model import Attribution, Claim, Document, Entity, Event, Timex, content_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from storyline.analyze.entities import EntityIndex

__all__ = ["UNNAMED_SOURCE", "document_source", "extract_claims"]

#: The source of an impersonal cue (`It is noted that ...`).
UNNAMED_SOURCE = "(unnamed)"
CHAIN_KINDS = frozenset({"verb", "quote", "according", "citing", "impersonal", "anaphoric"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})  # `one week`, `48 hours` as the tagger types them
INFINITIVE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})  # where `to file` may hang
PLACE_PREPOSITIONS = frozenset({"to", "in", "at", "into", "inside", "near"})
PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
WH_WORDS = frozenset({"where", "who", "whom", "whose", "what", "which", "why", "how", "when"})
THING_PRONOUNS = frozenset({"it", "its", "they", "their"})
SUBJECTS = ("nsubj", "nsubjpass")
_PERIOD_VALUE = re.compile(r"\d{4}(?:-[HQ]\d)?$")  # a year, half or quarter: `2019`, `2020-Q3`
SUBJECT_DEPS = frozenset({*SUBJECTS, "poss"})
BODY_LABELS = frozenset({"ORG", "NORP", "GPE"})  # who `it` or `they` can be when they speak
IT_LABELS = frozenset({"ORG", "GPE", "FAC", "PRODUCT"})  # ... and what `it` can be
PERSON_LABELS = frozenset({"PERSON"})  # ... and `he` or `she`
LEADING_DROP = frozenset({"mark", "cc", "punct"})
STANCE_MODALITY = {"confirm": "asserted", "deny": "denied"}
CONDITION_MARKS = frozenset({"if", "unless"})
STEP_MARKS = frozenset({"before", "after"})  # `will visit Kyiv before travelling to Warsaw`
#: Cues whose infinitive is foreseen (`is expected to carry out`), as in MODALITY_CUES.
FORWARD_CUES = frozenset(
    lemma
    for (lemma, _), modality in lexicon.MODALITY_CUES.items()
    if modality in ("planned", "expected", "likely")
)
COPULAS = frozenset({"be", "stay", "remain"})  # `will stay open` says a quality, like `is open`
SIDE_CLAUSES = ("advcl", "relcl", "acl", "pcomp")  # clauses on a word of the claim (`word on when`)
EVENT_MODALITIES = {"asserted": False, "reported": False, "planned": True, "expected": True}
FACTUAL = frozenset(m for m, foretold in EVENT_MODALITIES.items() if not foretold)
UNHEDGED = frozenset(EVENT_MODALITIES)  # told as so, or as due: a condition makes it possible
MIN_TOKENS = 3
ACCUSING_CUES = frozenset({"accuse", "charge"})  # whose noun content is a happening of its own
STATE_PREPOSITIONS = frozenset({"since", "for", "until", "through"})  # a span, not a moment
DEADLINE_WORDS = (" by", " no later than")  # `would end by Saturday`: on or before it
PART_MODS = frozenset({"START", "MID", "END"})  # `by the end of March`: by its last day
ONWARD_WORDS = (" from", " as soon as", " as early as", " no earlier than")  # on or after it
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
SCHEDULE_WORDS = frozenset({"due", "set", "schedule", "expect"})
POINTING_DETERMINERS = frozenset({"that", "this", "those", "these"})
TRUTH_WORDS = frozenset({"true", "accurate", "correct", "right"})  # negated, a denial
CAUSATIVE_VERBS = frozenset({"have", "get"})  # `have the fire contained`: the fire contained
THEME_POS = frozenset({"NOUN", "ADJ"})  # an object tagged ADJ is a noun the tagger missed
MOTION = lexicon.MOTION_VERBS
MAX_UNIT_TOKENS = 80
SENTENCE_CONTEXT = 400  # characters of a run-on sentence kept on each side of a claim

TokSpan = tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Unit:
    head: int
    start: int
    end: int
    relation: Relation | None = None  # set for a unit that is a cue's noun-phrase object


def document_source(document: Document) -> Attribution:
    """The outermost link of every chain: the note itself, or the document's outlet."""
    if document.kind == "note":
        return Attribution(source="note", cue="")
    return Attribution(source=document.outlet or document.title or "document", cue="")


# --- units ----------------------------------------------------------------------------------


def _trim_unit(doc: Doc, start: int, end: int) -> TokSpan:
    while start < end and (doc[start].dep_ in LEADING_DROP or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text in ("”", '"', "’") and start > 0 and doc[start - 1].text in '“"‘':
            break
        end -= 1
    return start, end


def _containing_piece(relations: Sequence[Relation], i: int) -> TokSpan | None:
    best: TokSpan | None = None
    for relation in relations:
        for start, end in relation.content:
            if start <= i < end and (best is None or end - start < best[1] - best[0]):
                best = (start, end)
    return best


def _clause_span(doc: Doc, head: Token, chains: _Chains) -> TokSpan:
    start, end = head.left_edge.i, head.right_edge.i + 1
    if head.dep_ == "relcl" and (_foretold(head) or _told_in_passing(head)):
        start = head.head.left_edge.i  # the thing it tells of: `a ceasefire that will take effect`
    elif _foretold(head):  # `before [Blinken is due to travel]`
        start = next((c.i + 1 for c in head.lefts if c.dep_ == "mark"), start)
    elif (noun := _passing_participle(head)) is not None:
        start = noun.left_edge.i  # `its preliminary report, released on Tuesday`
    elif _told_in_passing(head):
        start = next((c.i + 1 for c in head.lefts if c.lower_ in lexicon.PASSING_MARKS), start)
    # a run-on clause is cut to a window around its head: no claim is a page long
    start, end = max(start, head.i - MAX_UNIT_TOKENS), min(end, head.i + MAX_UNIT_TOKENS)
    chain = chains.holding(head.i, head.i + 1)
    for child in _joined_clauses(head):
        cut = child.left_edge.i
        while cut > head.i and doc[cut - 1].dep_ in ("cc", "punct"):
            cut -= 1
        end = min(end, cut)
    for token in doc[start:end]:  # a claim does not run across a semicolon, nor begin before
        if token.text == ";":  # a colon that opens its clause (`... consideration: Prigozhin was`)
            start, end = (token.i + 1, end) if token.i < head.i else (start, min(end, token.i))
        elif token.text == ":" and token.i < head.i:
            start = token.i + 1
    piece = _containing_piece(chain, head.i)
    if piece is not None:
        start, end = max(start, piece[0]), min(end, piece[1])
    for relation in chain:  # a cue or source inside the clause is not part of what is claimed
        for span in (relation.cue, relation.source):
            if span is None or not (start <= span[0] < end):
                continue
            if relation.content_start >= span[1]:
                start = max(start, relation.content_start)
    return _trim_unit(doc, start, end)


def _joined_clauses(head: Token) -> Iterator[Token]:
    """What ends a unit on its right: a verb joined to its head (`will close two factories and
    cut 600 jobs`), a speaker's aside, a step of the plan (`will visit Kyiv before travelling
    to Warsaw`), a second infinitive or a step joined to the head's infinitive (`expected to
    reach orbit on August 16 and to land on August 21`), and a second `that` clause: units of
    their own."""
    for child in head.rights:
        joined_verb = child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
        if joined_verb or _speakers_aside(child) or any(_next_step(c) for c in child.children):
            yield child
        elif child.dep_ in ("xcomp", "acomp"):  # `is expected to`, `are due to`
            yield from _joined_to_infinitive(child)
        else:  # `..., giving priority to ..., and that it expected to run`: hung on the aside
            yield from (clause for clause in child.rights if _another_that_clause(clause))


def _joined_to_infinitive(verb: Token) -> Iterator[Token]:
    for joined in verb.rights:
        if _another_infinitive(joined) or any(_next_step(c) for c in joined.children):
            yield joined
        elif joined.dep_ == "xcomp":
            yield from _joined_to_infinitive(joined)


def _speakers_aside(child: Token) -> bool:
    """A participle of speaking or blaming after a comma at the end of what a source said
    (`denied that the outage was caused by a cyberattack, blaming a faulty power supply`): the
    source's own addition, which the parser may hang on the content. Not a happening told with
    it (`the troops advanced, killing 20 people`)."""
    content = child.head
    lemma = child.lemma_.lower()
    return (
        (lemma in lexicon.CUE_VERBS or lemma in lexicon.BLAME_VERBS)
        and child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and child.left_edge.i > 0
        and child.doc[child.left_edge.i - 1].text == ","
        and content.dep_ == "ccomp"
        and content.head.lemma_.lower() in lexicon.CUE_VERBS
    )


def _told_then(doc: Doc, head: Token, timex: Timex) -> bool:
    """Whether a time is when the complement was said, which the parser hangs on the
    complement when no `that` parts the two: `Binance said on Wednesday it would not pursue
    the deal` was said on Wednesday, and names no day the deal was due."""
    subject = _subject(head)
    if head.dep_ != "ccomp" or subject is None or not head.head.i < subject.i:
        return False
    lead = [c for c in head.lefts if c.i < subject.i and c.dep_ in ("prep", "npadvmod")]
    if not lead or lead[0].left_edge.i != head.head.i + 1:
        return False
    return doc[lead[0].left_edge.i].idx <= timex.start_char < subject.idx


def _units(doc: Doc, chain: Sequence[Relation], chains: _Chains) -> list[_Unit]:
    cue_heads: dict[int, Relation] = {}
    for relation in chain:
        if not _an_act(doc, relation):
            for i in range(*relation.cue):
                cue_heads[i] = relation
    np_relations = [
        r for r in chain if r.kind == "verb" and _is_noun_content(doc, r) and not _an_act(doc, r)
    ]  # `would announce its response on Sunday`: an announcing, no claim of a response
    content_roots = {doc[start:end].root.i for r in chain for start, end in r.content}
    occasions = {i: r for r in chain if _an_occasion(doc, r) for i in range(*r.cue)}
    units: list[_Unit] = []
    heads: set[int] = set()
    for sent in doc.sents:
        for token in sent:
            if token.pos_ not in ("VERB", "AUX") or token.i in cue_heads or _asks_what(token):
                continue
            if not (
                _heads_unit(token, cue_heads, heads, content_roots)
                or _across_semicolon(doc, token, token.head)
            ):
                continue
            start, end = _clause_span(doc, token, chains)
            if token.i in occasions:
                end = _before_content(doc, occasions[token.i], start, end)
            heads.add(token.i)  # even too short a clause passes its rank to its conjuncts
            if end - start < MIN_TOKENS or not (start <= token.i < end):
                continue
            units.append(_Unit(token.i, start, end))
    for relation in np_relations:
        start, end = _trim_unit(doc, *relation.content[0])
        if end > start and not _only_a_name(doc[start:end]):
            units.append(_Unit(doc[start:end].root.i, start, end, relation))
    units.sort(key=lambda u: (u.start, u.end))
    furniture = [sent for sent in doc.sents if _page_furniture(sent)]  # once per sentence
    return [u for u in units if not any(s.start <= u.head < s.end for s in furniture)]


def _page_furniture(sent: Span) -> bool:
    """What the page says around the report: a caption, a labelled link (`WATCH: ...`), or a
    request to the reader (`Sign up for our breaking news alerts`): no one's claim."""
    return _describes_picture(sent) or _labelled(sent) or _asks_the_reader(sent)


def _labelled(sent: Span) -> bool:
    """On a line opened by a label and a colon (the parser ends a sentence at the colon)."""
    text = text_of(sent.doc)
    line = text[text.rfind("\n", 0, sent.start_char) + 1 : sent.end_char]
    label, colon, _ = line.partition(":")
    words = label.lower().split()
    return bool(colon and words) and all(word in lexicon.PAGE_LABELS for word in words)


def _asks_the_reader(sent: Span) -> bool:
    """An imperative opening the sentence: a bare verb with no subject (`Click here`)."""
    root = sent.root
    return (
        root.i == sent.start
        and root.tag_ == "VB"
        and not any(c.dep_ in (*SUBJECTS, "expl") for c in root.children)
    )


def _describes_picture(sent: Span) -> bool:
    """A caption (`Titan submersible on a descent, in an undated image provided by the
    company`; `FILE - ...`) tells what a picture shows; the parser reads its nouns as verbs."""
    if sent[0].text == "FILE" and len(sent) > 1 and sent[1].text in ("-", "–", "—", ":"):
        return True
    return any(
        token.lemma_.lower() in lexicon.PICTURE_NOUNS and token.head.lower_ == "in"
        for token in sent
    )


def _an_act(doc: Doc, relation: Relation) -> bool:
    """`the government would declare a state of emergency`: a cue verb with a noun object, or
    a noun said of its object (`declared himself head of a government`), does something (see
    ACT_CUES); its clause is a claim like any other, and so is the clause of a
    cue that is an occasion of its own (`_an_occasion`)."""
    if _an_occasion(doc, relation) or _a_legal_act(doc, relation):
        return True
    if relation.kind != "verb" or not relation.content:
        return False
    start, end = relation.content[0]
    if end <= start:
        return False
    root = doc[start:end].root  # `declared himself head of a government`: no verb, a deed
    if relation.lemma == "announce":
        return root.dep_ == "dobj" and root.lemma_.lower() in lexicon.PUBLISHED_NOUNS
    if relation.lemma not in lexicon.ACT_CUES:
        return False
    return root.dep_ == "dobj" or root.pos_ in ("NOUN", "PROPN")


def _a_legal_act(doc: Doc, relation: Relation) -> bool:
    """A ruling on a request (`_a_ruling`), or a charge brought: `Prosecutors charged the
    manager with negligence` charges him, where `charged that the vote was rigged` says so."""
    charge = relation.lemma == "charge" and any(
        child.lower_ == "with" for child in doc[relation.cue[0]].children
    )
    return charge or _a_ruling(doc, relation)


def _a_ruling(doc: Doc, relation: Relation) -> bool:
    """`The court rejected the unions' appeal`: a ruling on a request (DECISION_VERBS), which
    took place and tells the request was made; no denial of something said."""
    start, end = relation.content[0]
    return (
        relation.lemma in lexicon.DECISION_VERBS
        and end > start
        and doc[start:end].root.lemma_.lower() in lexicon.REQUEST_NOUNS
    )


def _an_occasion(doc: Doc, relation: Relation) -> bool:
    """`Delorme testified on Wednesday that ...`, `Woldbye told MPs on Wednesday that ...`: the
    telling is an occasion the story waited for (OCCASION_CUES, or telling a body that hears
    testimony), a claim of who told, when, without what was told (a claim of its own)."""
    if relation.kind != "verb":
        return False
    return relation.lemma in lexicon.OCCASION_CUES or _tells_a_hearing(doc[relation.cue[0]])


def _tells_a_hearing(verb: Token) -> bool:
    """`told MPs`, `told the committee`: testimony (HEARING_BODIES)."""
    return verb.lemma_.lower() == "tell" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.HEARING_BODIES for c in verb.children
    )


def _before_content(doc: Doc, relation: Relation, start: int, end: int) -> int:
    """The end of an occasion's claim: where what was told begins, `that` and commas left out."""
    cut = relation.content_start if start < relation.content_start < end else end
    while cut > start and doc[cut - 1].lower_ in ("that", ",", ":", "“", '"'):
        cut -= 1
    return cut


def _only_a_name(span: Span) -> bool:
    """`OceanGate co-founder rebuts James Cameron`: what is rebutted is a person, not a claim."""
    return all(token.pos_ in ("PROPN", "DET", "PUNCT") for token in span)


def _foretold(token: Token) -> bool:
    """A relative clause that tells what a thing will do (`agreed to a ceasefire [that will
    take effect at noon on Sunday]`), or an adverbial one that tells what is due (`comes days
    [before Blinken is due to travel to Beijing]`): a plan of its own, told in passing."""
    if token.dep_ == "advcl":
        return _scheduled(token)
    return token.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in token.children
    )


def _scheduled(verb: Token) -> bool:
    """`is due to travel`, `is set to meet`, `was scheduled to resume`: a time already fixed."""
    words = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return any(
        word.lemma_.lower() in SCHEDULE_WORDS and any(c.dep_ == "xcomp" for c in word.children)
        for word in words
    )


def _agreed_on(token: Token) -> bool:
    """What an agreement is for (`an agreement in principle for Sam Altman to return`, `a deal
    to end the strike`): a plan of its own, which what is later done bears out."""
    return (
        token.dep_ in ("advcl", "acl")
        and token.head.lemma_.lower() in lexicon.AGREEMENT_NOUNS
        and _to(token)
    )


def _heads_unit(
    token: Token, cue_heads: dict[int, Relation], heads: set[int], content_roots: set[int]
) -> bool:
    """A main clause, a clause a cue reports, or a verb coordinated with a unit's head or with
    a cue (`The paper wrote that ..., but Prigozhin was supposed to be buried elsewhere`). A
    clause that is a cue's content wherever it hangs (`rejected reports that <X>`, `according
    to Y, <X>; Z`) is one too, and so are the clauses that tell of a place or a supposition."""
    dep = token.dep_
    if token.i in content_roots or dep in ("ROOT", "parataxis"):
        return True
    if _tells_of_place(token) or _supposed(token) or _foretold(token) or _told_in_passing(token):
        return True
    if _done_while_telling(token):
        return True
    if _agreed_on(token):
        return True
    if dep == "ccomp":  # before a head that tells nothing, a misparse (`..., two suspended`)
        return token.head.i in cue_heads or token.i < token.head.i
    if _next_step(token) or _misread_main_verb(token) or _another_that_clause(token):
        return True
    return dep == "conj" and (
        token.head.i in heads or token.head.i in cue_heads or _another_infinitive(token)
    )


def _done_while_telling(token: Token) -> bool:
    """`Aagesen said on Tuesday as she presented the government's report`: what a source did
    as it spoke is a happening of its own, on the day of the telling."""
    return (
        token.dep_ == "advcl"
        and token.head.lemma_.lower() in lexicon.CUE_VERBS
        and _past(token)
        and any(c.dep_ == "mark" and c.lower_ in lexicon.SAME_MOMENT_MARKS for c in token.children)
        and any(c.dep_ in SUBJECTS for c in token.children)
        and any(c.dep_ == "dobj" for c in token.children)
    )


def _another_that_clause(token: Token) -> bool:
    """`said that it would restart some flights, giving priority to ..., and that it expected to
    run a full schedule on Saturday`: a second `that` clause with a subject of its own is a
    claim of its own, wherever the parser hangs it."""
    children = list(token.children)
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
    return token.dep_ == "conj" and marked and any(c.dep_ in SUBJECTS for c in children)


def _misread_main_verb(token: Token) -> bool:
    """`The capsule undocked from the space station six hours earlier`, parsed as a noun
    with a participle: a sentence with no verb but one right after its subject noun."""
    root = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ in ("VBN", "VBD")
        and root.dep_ == "ROOT"
        and root.pos_ in ("NOUN", "PROPN")
        and token.i == root.i + 1
    )


def _next_step(token: Token) -> bool:
    """`will carry out two manoeuvres before attempting to touch down on August 23`: a step
    of the same plan, before or after the first, is a plan of its own."""
    gerund = token.tag_ == "VBG" or _passive_gerund(token)  # `before being flown to London`
    step = token.dep_ == "pcomp" and gerund and token.head.lower_ in STEP_MARKS
    return step and bool(_foreseeing(token.head.head))


def _passive_gerund(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children
    )


def _foreseeing(verb: Token) -> list[Token]:
    """What makes a verb a plan: its modal (`will`), or the cue or modal of the verb it is the
    infinitive of (`is expected to`, `will try to`); for a second infinitive, the first's (`due
    to dock on Thursday and to spend a week there before returning on June 14`)."""
    if _another_infinitive(verb):
        return _foreseeing(verb.head)
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if verb.dep_ == "xcomp":
        governor = verb.head
        modals += [governor] if governor.lemma_.lower() in FORWARD_CUES else []
        modals += _foreseeing(governor)
    return modals


def _another_infinitive(token: Token) -> bool:
    """`expected to reach lunar orbit on August 16 and to land on August 21`: a second plan,
    its own `to` joined to the first."""
    first = token.head
    return first.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _told_in_passing(token: Token) -> bool:
    """A past happening told in passing: a relative clause with a date of its own (`dams like
    the one [that burst in Sandvik on Monday]`), or a `when` or `after` clause with a subject
    of its own (`killed [when the dam burst on March 3]`, `lost the vote [after the Greens
    voted against him]`), and a participle with a date or an `after` on the noun it tells of
    (`its report, [released on Tuesday]`, `the jets, [grounded after the fire]`; not its doer
    alone: `a power line [owned by Western Grid]` tells of no happening); an `as` clause too
    (`lined the streets [as she was buried after a service]`). The timeline
    wants its date and tracking its news from every report; `when it crashed` tells of nothing
    by itself: what crashed is said elsewhere."""
    if _participle_noun(token) is not None:  # not a state (`aid workers [held since March]`)
        return any(
            (_a_date(child) and child.lower_ not in STATE_PREPOSITIONS)
            or child.lower_ in lexicon.PASSING_MARKS
            for child in token.children
        )
    if token.dep_ == "relcl":
        return token.tag_ == "VBD" and any(_a_date(child) for child in token.children)
    return (
        token.dep_ == "advcl"
        and _past(token)
        and any(c.lower_ in lexicon.CLAUSE_PASSING_MARKS for c in token.children)
        and any(c.dep_ in SUBJECTS and c.pos_ != "PRON" for c in token.children)
        and any(c.dep_ in ("dobj", "prep", "npadvmod", "xcomp", "ccomp") for c in token.children)
    )  # `when the storm hit` only sets the scene; `after patients began arriving on Friday` tells


def _past(verb: Token) -> bool:
    """Told in the simple past, active or passive (`was buried`)."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children
    )


def _passing_participle(verb: Token) -> Token | None:
    """The noun a participle told in passing tells of (`its report, [released on Tuesday]`)."""
    noun = _participle_noun(verb)
    return noun if noun is not None and _told_in_passing(verb) else None


def _participle_noun(verb: Token) -> Token | None:
    """The noun a bare past participle tells of: its head (`the plan [announced on Monday]`),
    or the noun before its comma where the parser hangs it on the main verb instead (`said in
    its report, [released on Tuesday]`)."""
    if verb.tag_ != "VBN" or any(c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in verb.children):
        return None
    if verb.dep_ == "acl":
        return verb.head
    comma = verb.left_edge.i - 1
    if verb.dep_ != "advcl" or comma < 1 or verb.doc[comma].text != ",":
        return None
    noun = verb.doc[comma - 1]
    return noun if noun.pos_ == "NOUN" else None


def _a_date(child: Token) -> bool:
    """`on Monday`, `last week`, `on Sunday afternoon`: a date the parser hangs on the verb, as
    itself or in a `prep`."""
    words = (
        [child, *(c for c in child.children if c.dep_ == "pobj")]
        if child.dep_ == "prep"
        else [child]
    )
    return any(word.ent_type_ in ("DATE", "TIME") for word in words)


def _tells_of_place(token: Token) -> bool:
    """A `where` clause on a place (`Porokhovskoye cemetery, where he was buried`) is a claim of
    its own: what happened at that place (not on a day: `not clear on Sunday where he was`,
    unless a place comes before the day, see `_on_the_days_occasion`)."""
    if token.dep_ != "relcl" or not any(c.lower_ == "where" for c in token.children):
        return False
    if token.head.ent_type_ not in ("DATE", "TIME"):
        return True
    # `carried to Westminster Hall on Wednesday afternoon, where her lying in state began`:
    # the parser hangs the clause on the day, but it tells of the place named before it
    before = token.doc[token.sent.start : token.head.i]
    return any(t.ent_type_ in PLACE_LABELS for t in before)


def _asks_what(token: Token) -> bool:
    """A clause that asks rather than tells (`did not say where he was`, `how many died`):
    it claims nothing."""
    return token.dep_ in ("ccomp", "csubj") and token.left_edge.lower_ in WH_WORDS


def _asks_whether(token: Token) -> bool:
    """`declined to say whether Shoigu would keep his job`: a question left open."""
    if token.dep_ not in ("ccomp", "csubj"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children)


def _supposed(token: Token) -> bool:
    """A clause a noun of supposition holds (`consistent with the theory that the crew were
    still alive`) is a claim of its own, and a hedged one."""
    return (
        token.dep_ == "acl"
        and token.head.lemma_.lower() in lexicon.SUPPOSITION_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    )


def _across_semicolon(doc: Doc, token: Token, other: Token) -> bool:
    """Whether a semicolon parts the two: spaCy often hangs a clause on the one after it."""
    low, high = sorted((token.i, other.i))
    return any(doc[i].text == ";" for i in range(low + 1, high))


def _is_noun_content(doc: Doc, relation: Relation) -> bool:
    start, end = relation.content[0]
    if end <= start:
        return False
    root = doc[start:end].root
    pointing = root.lower_ in lexicon.DEMONSTRATIVES  # `denied that, saying`: tagged a conjunction
    return (root.pos_ in ("NOUN", "PROPN", "PRON") or pointing) and (
        relation.lemma in lexicon.NP_CONTENT_CUES | ACCUSING_CUES or _participle(root) is not None
    )


def _participle(noun: Token) -> Token | None:
    """The past participle a noun's clause keeps when a headline drops its auxiliary
    (`Remains found in wreckage, police say`): the clause's predicate."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)


# --- attribution ----------------------------------------------------------------------------


def _resolve_source(
    doc: Doc, span: TokSpan | None, entities: EntityIndex
) -> tuple[str, str | None]:
    if span is None:
        return UNNAMED_SOURCE, None
    root = doc[span[0] : span[1]].root
    if root.tag_ in ("WP", "WDT") and root.head.dep_ == "relcl":
        root = root.head.head  # `Delorme, who testified that ...`: Delorme
        while root.dep_ == "appos":  # `Paul Girard, the builder who says ...`: Paul Girard
            root = root.head
        span = (root.left_edge.i, root.i + 1)
    entity = _person_at(root, entities) or entities.at(root.i)  # `Rubiales has denied ...`
    if entity is not None:
        return entity.name, entity.id
    text = doc[span[0] : span[1]].text
    named = _named_last(doc, span, entities)
    if named is not None:  # `The former director of Batir Rhone, Paul Girard`
        return named.name, named.id
    for child in root.children:  # `The publication's sources`: the possessor's entity
        if child.dep_ == "poss":
            owner = entities.at(child.i)
            if owner is not None:
                return text, owner.id
    holder = _title_holder(doc, root, entities)
    return text, holder.id if holder is not None else None


def _named_last(doc: Doc, span: TokSpan, entities: EntityIndex) -> Entity | None:
    """The person a role is given to after a comma, at the end of a source (`The former
    director of Batir Rhone, Paul Girard`), however the parser hangs the name."""
    end = span[1]
    while end > span[0] and doc[end - 1].is_punct:
        end -= 1
    person = entities.at(end - 1) if end > span[0] else None
    if person is None or person.type != "PERSON":
        return None
    start = end - 1
    while start > span[0] and entities.at(start - 1) is person:
        start -= 1
    return person if start > span[0] and doc[start - 1].text == "," else None


def _title_holder(doc: Doc, role: Token, entities: EntityIndex) -> Entity | None:
    """`The sheriff` where the report names one person by that title (`Sheriff Dale Brooks`):
    that person, so that what the sheriff denies and what Dale Brooks later says are one
    source's."""
    if not any(c.lower_ == "the" for c in role.children):
        return None
    return _role_holder(doc, role, entities)


def _role_holder(doc: Doc, role: Token, entities: EntityIndex) -> Entity | None:
    """The one person the report names in a role, by title (`Sheriff Dale Brooks`) or beside
    it (`The officer, Commander Anders Holt`, `Anders Holt, the officer`, `the man, identified
    as John Smith`), so that what `a naval officer` will face and what Anders Holt faced are
    about one man. Found once per role word and document: a long one names many people."""
    if role.pos_ != "NOUN" or entities.at(role.i) is not None:
        return None
    found = doc.user_data.setdefault(("storyline_role_holders", id(entities)), {})
    key = (role.lower_, role.lemma_)  # all the search below reads of the role
    if key not in found:
        found[key] = _holder_of(doc, role, entities)
    return found[key]


def _holder_of(doc: Doc, role: Token, entities: EntityIndex) -> Entity | None:
    holders = {}
    for start, end, position in entities.spans:
        person = entities.entities[position]
        if person.type != "PERSON":
            continue
        root = doc[start:end].root
        beside = [root.head] if root.dep_ == "appos" else []
        beside += [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.dep_ == "acl":
            beside.append(root.head.head.head)  # `the man, identified as John Smith`
        titled = start > 0 and doc[start - 1].lower_ == role.lower_
        if titled or any(t.lemma_ == role.lemma_ and t.pos_ == "NOUN" for t in beside):
            holders[person.id] = person
    return next(iter(holders.values())) if len(holders) == 1 else None


def _link(doc: Doc, relation: Relation, entities: EntityIndex) -> Attribution:
    source, entity_id = _resolve_source(doc, relation.source, entities)
    return Attribution(
        source=source,
        cue=doc[relation.cue[0] : relation.cue[1]].text,
        source_span=char_span(doc, relation.source) if relation.source else None,
        cue_span=char_span(doc, relation.cue),
        entity_id=entity_id,
    )


def _paragraph_of(doc: Doc) -> list[int]:
    number, out = 0, []
    for token in doc:
        out.append(number)
        if token.is_space and "\n\n" in token.text:
            number += 1
    return out


class _Chains:
    """Chain relations sorted by where their content starts, for quick containment tests."""

    def __init__(self, chain: Sequence[Relation]) -> None:
        self.chain = sorted(chain, key=lambda r: r.content_start)
        self.starts = [r.content_start for r in self.chain]
        self.longest = max((r.content_end - r.content_start for r in chain), default=0)

    def holding(self, start: int, end: int) -> list[Relation]:
        """The relations with a content piece that holds [start, end)."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_right(self.starts, start)
        return [
            r for r in self.chain[low:high] if any(s <= start and end <= e for s, e in r.content)
        ]


def _chain_for(
    unit: _Unit, chains: _Chains, anaphoric: Sequence[Relation], paragraph: list[int]
) -> list[Relation]:
    holding = chains.holding(unit.start, unit.end)
    if unit.relation is not None and unit.relation not in holding:
        holding.append(unit.relation)
    named = any(r.source is not None and r.kind in ("verb", "quote") for r in holding)
    if not named and not any(r.kind == "anaphoric" for r in holding):
        frames = [
            r
            for r in anaphoric
            if r.cue[1] <= unit.start and paragraph[r.cue[0]] == paragraph[unit.start]
        ]
        if frames:
            holding.append(frames[-1])
    return sorted(holding, key=lambda r: r.rank)


# --- proposition ----------------------------------------------------------------------------


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in SUBJECTS), None)


def _event_named(noun: Token) -> Token | None:
    """The event noun a subject is, or names the effort of (`a vaccination campaign`)."""
    if noun.lemma_.lower() in lexicon.EVENT_NOUNS:
        return noun
    if noun.lemma_.lower() not in lexicon.EFFORT_NOUNS:
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "compound" and c.lemma_.lower() in lexicon.EVENT_NOUNS
        ),
        None,
    )


def _activity(subjects: Sequence[Token]) -> tuple[str, Token] | None:
    """`Vertical drilling began on Sunday`: an -ing noun that starts or stops names the doing
    of its verb, which `would begin drilling` foretold (not a thing: `the building closed`)."""
    for noun in subjects:
        lemma = noun.lemma_.lower()
        if noun.tag_ == "VBG":
            return lemma, noun  # `Shelling resumed`, tagged a verb
        if noun.tag_ != "NN" or noun.ent_type_ or lemma in lexicon.THING_GERUNDS:
            continue
        if (verb := verb_of_gerund(lemma)) is not None:
            return verb, noun
    return None


def _complement(token: Token) -> Token | None:
    """What a light, permission, implicative or causative verb carries (`plans to visit`,
    `wants Kim to agree`, `is likely to attend`, `failed on Thursday to pull`, `to have the
    fire contained`); None for any other verb."""
    lemma = token.lemma_.lower()
    if (obliged := _obliged(token)) is not None:
        return obliged  # `will have to wait until Monday`: the waiting
    if lemma in CAUSATIVE_VERBS and token.tag_ == "VB":  # not `has a plant located in Ohio`
        return _done_to(token)  # `to have the fire contained by Friday`: the fire's containing
    if (done := _ultimatum(token)) is not None:
        return done  # `gave the junta one week to reinstate Bazoum`: the reinstating, due
    if (intended := _intended(token)) is not None:
        return intended  # `has no plans to sell the unit`: a selling, not to be
    if not (
        lemma in lexicon.LIGHT_VERBS
        or lemma in lexicon.PERMISSION_VERBS
        or lemma in lexicon.IMPLICATIVE_VERBS
        or lemma in lexicon.SUMMONING_VERBS
        or lemma in lexicon.DIRECTIVE_VERBS
    ):
        return None
    for child in token.children:
        if child.dep_ == "xcomp":
            return child
    for child in token.children:
        if child.dep_ == "ccomp" and (
            lemma in lexicon.CUE_VERBS or lemma in lexicon.PERMISSION_VERBS
        ):
            return child  # `wants Kim to agree`, `would not allow the crash to be probed`
        if _infinitive_after(child, lemma):
            return child  # a phrase between: `failed on Thursday to pull`
        if lemma in lexicon.LIGHT_VERBS and child.dep_ == "ccomp" and _to(child):
            return child  # `will decide on Tuesday whether to declare`: a declaring, if any
    if lemma == "be" and _under_way(token):  # `preparations were under way for X to hand over`
        return next((c for c in token.children if c.dep_ in ("advcl", "xcomp") and _to(c)), None)
    if lemma == "be" and (course := _on_course(token)) is not None:
        return course  # `was on pace to complete its evacuation by August 31`
    for child in token.children:
        if child.dep_ in ("acomp", "attr") and child.lemma_.lower() in (
            lexicon.LIGHT_VERBS | {"likely", "unlikely", "able", "due", "set"}
        ):
            return next((c for c in child.children if c.dep_ == "xcomp"), None)
    return None


def _aim_of_a_deed(token: Token, head: Token) -> bool:
    """An infinitive hung on a verb that carries no complement: what the deed was for, not a
    hedge on it (`retired to consider`, against `plans to consider`)."""
    aim = token.head.i == head.i and token.dep_ in ("xcomp", "advcl") and _to(token)
    return aim and _complement(head) is None


def _obliged(verb: Token) -> Token | None:
    """`wait` of `will have to wait until Monday`, `evacuated` of `had to be evacuated`."""
    if verb.lemma_.lower() != "have":
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and _to(c)), None)


def _intended(verb: Token) -> Token | None:
    """What a party has an intention of doing: `sell` of `has plans to sell`, `resigning` of
    `had no intention of resigning`."""
    if verb.lemma_.lower() != "have":
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        if noun.lemma_.lower() not in lexicon.INTENT_NOUNS:
            continue
        for child in noun.children:
            if child.dep_ == "acl" and _to(child):
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for c in child.children if c.dep_ == "pcomp"), None)
    return None


def _carried(verb: Token, depth: int = 4) -> list[Token]:
    """What a verb carries through its light verbs, outermost first: `[try, visit]` of `plans to
    try to visit`, `[resume]` of `are scheduled to resume`; none for any other verb."""
    chain: list[Token] = []
    while len(chain) < depth and (verb := _complement(verb)) is not None:
        chain.append(verb)
    return chain


def _done_to(verb: Token) -> Token | None:
    """The participle after a verb's object (`have [the fire] contained`)."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        return None
    return next((c for c in thing.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)


def _implicative_head(predicate: Token) -> Token | None:
    """The implicative verb a predicate hangs on: `failed` of `failed on Thursday to pull`."""
    head = predicate.head
    if head.i == predicate.i or predicate.dep_ not in ("xcomp", "advcl"):
        return None
    return head if head.lemma_.lower() in lexicon.IMPLICATIVE_VERBS else None


def _infinitive_after(child: Token, lemma: str) -> bool:
    """`failed on Thursday to pull`, which the parser hangs on an implicative verb as a clause
    of purpose (for others it is one: `was in Moscow to sign`)."""
    return lemma in lexicon.IMPLICATIVE_VERBS and child.dep_ == "advcl" and _to(child)


def _to(verb: Token) -> bool:
    """An infinitive: `to pull`."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _ultimatum(verb: Token) -> Token | None:
    """What a party was given a time to do (`gave the junta one week to reinstate Bazoum`,
    `would be given 15 days [to file a complaint]`, the infinitive hung on the days), or a day
    to do it by (`gave Musk until October 28 to complete his purchase`)."""
    if verb.lemma_.lower() != "give":
        return None
    given = [c for c in verb.children if c.dep_ in ("npadvmod", "dobj")]
    given += [o for p in verb.children if p.lower_ == "until" for o in p.children]
    time = next((c for c in given if c.ent_type_ in TIME_LABELS), None)
    if time is None:
        return None
    clauses = [*verb.children, *time.children]
    return next((c for c in clauses if c.dep_ in INFINITIVE_DEPS and _to(c)), None)


def _bids(verb: Token) -> bool:
    """`ordered the military to shoot it down`: a thing bidden, which its doer may yet do."""
    return verb.lemma_.lower() in lexicon.DIRECTIVE_VERBS and _complement(verb) is not None


def _commits(verb: Token) -> bool:
    """`agreed on Monday to buy Nordfisk`: bound to a thing it has yet to do (not `wants Kim
    to agree to donate`, a commitment wished for)."""
    bound = verb.lemma_.lower() in lexicon.COMMITTING_VERBS and verb.tag_ != "VB"
    return bound and _complement(verb) is not None


def _binds(verb: Token) -> bool:
    """A commitment made or an order given: a happening that binds someone to a deed to come."""
    return _commits(verb) or _bids(verb)


def _bound_on(doc: Doc, timexes: Sequence[Timex], verb: Token) -> Timex | None:
    """The day a commitment was made or an order given (`agreed on Monday to buy Nordfisk`,
    `ordered its airlines on Monday to ground their jets`): the deed is due on no day, but the
    agreement or the order goes on the timeline on its own."""
    if not _binds(verb):
        return None
    return next((t for t in timexes if _verb_of(doc, t) == verb), None)


def _acts_on_people(verb: Token) -> bool:
    """Whether what the verb acts on is people: a person named, a noun for people, or one held
    (`hostages`, `prisoners`)."""
    return any(
        noun.ent_type_ == "PERSON"
        or _a_given_and_family_name(noun)
        or noun.lemma_.lower() in lexicon.PEOPLE_NOUNS | lexicon.HELD_PEOPLE
        or noun.lower_ in PRONOUNS | {"them"}
        for noun in _acted_on(verb)
    )


def _a_given_and_family_name(noun: Token) -> bool:
    """Two capitalized words alone, the way people are named (`Sophie Marchand`), whatever the
    tagger made of them: it often calls a person it does not know an organization."""
    words = [*(c for c in noun.lefts if c.dep_ == "compound"), noun]
    return (
        len(words) == 2
        and noun.n_lefts == 1
        and all(w.pos_ == "PROPN" and w.is_alpha and w.is_title for w in words)
    )


def _begun_again(head: Token, doing: Token) -> bool:
    """`began flowing again`, `started operating again`: a thing resumed."""
    again = any(c.lower_ == "again" for t in (head, doing) for c in t.children)
    return again and doing is not head and head.lemma_.lower() in lexicon.BEGINNING_VERBS


def _on_course(verb: Token) -> Token | None:
    """The infinitive `on track`, `on pace` or `on course` leads to: a forecast of it."""
    courses = [n for n in _objects_of(verb, ("on",)) if n.lemma_.lower() in lexicon.COURSE_NOUNS]
    steps = [c for n in courses for c in n.children if c.dep_ in ("acl", "relcl")]
    steps += [c for c in verb.children if c.dep_ in ("advcl", "xcomp")] if courses else []
    return next((c for c in steps if _to(c)), None)


def _under_way(verb: Token) -> bool:
    return any(
        c.lower_ == "underway"
        or (c.lower_ == "under" and any(o.lower_ == "way" for o in c.children))
        for c in verb.children
    )


def _predicate(doc: Doc, unit: _Unit) -> tuple[str, Token]:
    """The predicate lemma and its token, through light verbs and event-noun subjects."""
    token = doc[unit.head]
    if unit.relation is not None:
        noun = token
        if noun.lemma_.lower() in lexicon.EVENT_NOUNS:
            return lexicon.EVENT_NOUNS[noun.lemma_.lower()], noun
        verb = _participle(noun) or next(
            (t for t in doc[unit.start : unit.end] if t.pos_ == "VERB" and t.dep_ != "amod"),
            None,
        )  # not a modifier: `a net loss after a year of [falling] sales` is no falling
        if verb is not None:
            return verb.lemma_.lower(), verb
        return noun.lemma_.lower(), noun
    token = (_carried(token) or [token])[-1]
    lemma = token.lemma_.lower()
    if _begun_again(doc[unit.head], token):
        return "resume", token  # `gas began flowing again`: the flow resumed
    if lemma in lexicon.SETTING_FREE_VERBS and _acts_on_people(token):
        return "free", token  # `will release 50 women and children`: a freeing
    result = _result_noun(token)
    if result is not None:
        return lexicon.EVENT_NOUNS[result.lemma_.lower()], token
    event = _carried_event(token)
    if event is not None:
        return lexicon.EVENT_NOUNS[event.lemma_.lower()], token
    if (done := _done_so(token)) is not None:
        return done.lemma_.lower(), token  # `has not yet declared but is expected to do so`
    aim = _aim_given_up(token)
    if aim is not None:
        return aim.lemma_.lower(), aim  # `abandoned its plan to raise capital`: no raising
    scheduled = _scheduled_event(token)
    if scheduled is not None:
        return lexicon.EVENT_NOUNS[scheduled.lemma_.lower()], scheduled  # `set a hearing for`
    existing = _what_there_is(token)
    if existing is not None:
        return lexicon.EVENT_NOUNS[existing.lemma_.lower()], token
    if lemma == "appear" and _before_a_court(token):
        return lexicon.EVENT_NOUNS["hearing"], token  # a court appearance is a hearing
    if _tells_a_hearing(token):
        return "testify", token  # `told MPs on Wednesday`
    if lemma == "find" and (verdict := _verdict(token)) is not None:
        return verdict, token  # `found him guilty`: convicted
    if lemma == "see" and _sighted(token):
        return "spot", token  # `the pair had been seen in Bergstad`: a sighting
    if lemma == "reach" and _reaches_a_place(token):
        return "arrive", token  # `Two more tugboats reached the Suez Canal on Sunday`
    if lemma in lexicon.GOING_FREE_VERBS and any(c.lower_ == "free" for c in token.children):
        return "free", token  # `walked free from Tarsk prison`: released
    if lemma == "lose" and _people_lost(token):
        return "die", token  # `all five people on board had been lost`: a death
    if lemma in lexicon.HOSTING_VERBS and any(
        c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children
    ):
        return "host", token  # `received Zelensky`: a visit, seen from the host
    if lemma in lexicon.EVENT_FRAME_VERBS:
        subjects = [c for t in (token, doc[unit.head]) for c in t.children if c.dep_ in SUBJECTS]
        doing = next((c for c in token.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
        if doing is not None:
            return doing.lemma_.lower(), doing  # `her lying in state began`: the lying
        if token.dep_ == "relcl":  # `a ceasefire that will take effect`: the ceasefire
            subjects.append(token.head)
        event = next((e for c in subjects if (e := _event_named(c)) is not None), None)
        if event is not None:
            return lexicon.EVENT_NOUNS[event.lemma_.lower()], event
        if lemma in lexicon.UNDERGOING_VERBS and (doing := _activity(subjects)) is not None:
            return doing
    if _takes_effect(token):
        return "take effect", token  # `A hosepipe ban came into force`: the ban begins to apply
    quality = next((c for c in token.children if c.dep_ == "acomp" and _a_quality(c)), None)
    if lemma in COPULAS and quality is not None:  # `was not present`: the quality says what
        return quality.lower_ if quality.tag_ == "VBN" else quality.lemma_.lower(), token
    if (phrasal := _with_particle(token)) != lemma:  # `came out` is no coming
        return phrasal, token
    preposition = next((c for c in token.children if c.lower_ in _verb_prepositions(token)), None)
    if preposition is not None and preposition.dep_ == "prep":
        return f"{lemma} {preposition.lower_}", token
    return lemma, token


def _a_quality(word: Token) -> bool:
    """An adjective, or a participle told as a state (`remained [closed] on Wednesday`)."""
    return word.pos_ == "ADJ" or word.tag_ == "VBN"


def _verb_prepositions(verb: Token) -> set[str]:
    """The prepositions that make another verb of this one (`broke into`, `switched off`)."""
    lemma = verb.lemma_.lower()
    return {p for v, p in lexicon.PREPOSITIONAL_VERBS if v == lemma}


def _sighted(verb: Token) -> bool:
    """`had been seen in the village`: someone spotted somewhere, not `seen as a threat`."""
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return any(dep == "nsubjpass" for dep, _ in deps) and ("prep", "as") not in deps


def _reaches_a_place(verb: Token) -> bool:
    """`reached the Suez Canal`, `reached the area`: an arrival, not `reached a deal`."""
    return any(
        c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in lexicon.DESTINATION_NOUNS
        for c in verb.children
        if c.dep_ == "dobj"
    )


def _people_lost(verb: Token) -> bool:
    """`all five aboard were lost`: people lost are people dead, a ship lost is a ship sunk."""
    return any(
        c.dep_ == "nsubjpass"
        and (c.lemma_.lower() in lexicon.PARTY_NOUNS or c.ent_type_ in ("PERSON", "CARDINAL"))
        for c in verb.children
    )


def _what_there_is(verb: Token) -> Token | None:
    """The event an existential tells of: `there will be no job cuts` is about cutting (and
    `no` negates it, see `_done_by_no_one`)."""
    if verb.lemma_.lower() not in COPULAS or not any(c.dep_ == "expl" for c in verb.children):
        return None
    nouns = (c for c in verb.children if c.dep_ == "attr")
    return next((event for noun in nouns if (event := _event_named(noun)) is not None), None)


def _done_so(verb: Token) -> Token | None:
    """The verb `do so` stands for: the last one before it in the sentence that says more than
    a light verb (`declared` of `has not yet declared but is expected to do so`)."""
    if verb.lemma_.lower() != "do" or not any(c.lower_ == "so" for c in verb.children):
        return None
    earlier = (t for t in reversed(verb.sent[: verb.i - verb.sent.start]) if t.pos_ == "VERB")
    return next((t for t in earlier if t.lemma_.lower() not in lexicon.LIGHT_VERBS), None)


def _aim_given_up(verb: Token) -> Token | None:
    """What a cancel verb's aim was to do: `raise` of `abandoned its plan to raise capital`."""
    if verb.lemma_.lower() not in lexicon.CANCEL_VERBS:
        return None
    aims = (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    for noun in aims:
        if noun.lemma_.lower() in lexicon.AIM_NOUNS:
            return next((c for c in noun.children if c.dep_ == "acl" and _to(c)), None)
    return None


def _called_off(verb: Token, predicate: str) -> bool:
    """The event the claim is about is called off (`The visit was cancelled`, `scrapped the
    summit`, `called off the strike`, `averted a strike`): it says the event will not be, not
    that it was."""
    lemma = _with_particle(verb)
    return lemma in lexicon.CANCEL_VERBS and predicate != lemma


def _with_particle(verb: Token) -> str:
    """The verb's lemma with its particle, if any (`call off`)."""
    particle = next((c for c in verb.children if _particle_of(c, verb)), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def _day_of_the_event(doc: Doc, timexes: Sequence[Timex], verb: Token) -> Timex | None:
    """When an event called off was to be (`called off Friday's strike on Thursday`): no day
    of the calling off, which says the event will not be on any."""
    event = _carried_event(verb)
    if event is None:
        return None
    for timex in timexes:
        span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
        if span is not None and span.root.head == event:
            return timex
    return None


def _told_false(verb: Token, predicate: str) -> bool:
    """The event the subject names is said to be false (`the reported sighting had been a case
    of mistaken identity`, `the bomb threat was a hoax`): it says the event did not happen."""
    if verb.lemma_.lower() != "be" or predicate == "be":
        return False
    said = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    return any(t.lemma_.lower() in lexicon.FALSITY_WORDS for c in said for t in c.subtree)


def _carried_event(verb: Token) -> Token | None:
    """The event noun of a verb that says little but that it happens or moves (`paid a
    [visit]`, `made [landfall]`, `postponed the [hearing]`, `rejected the [appeal]`), also as
    the modifier the parser may leave of it (`shifted its expected [landfall] north`): the
    event is the claim's predicate; so is the event a verb enters (`went on [strike]`) or
    joins (`will take part in [elections]`) or is behind (`was behind the [attack]`)."""
    lemma, phrasal = verb.lemma_.lower(), _with_particle(verb)
    entering = {"on"} if lemma in lexicon.ENTERING_VERBS else set()
    if lemma in lexicon.JOINING_VERBS or _takes_part(verb):
        entering = {"in"}  # `will take part in elections`
    if lemma in lexicon.BEHIND_VERBS:
        entering = {"behind"}
    entered = [n for n in _objects_of(verb, entering) if n.lemma_.lower() in lexicon.EVENT_NOUNS]
    if entered:
        return entered[0]
    carriers = (
        lexicon.SUPPORT_VERBS, lexicon.RESCHEDULE_VERBS, lexicon.CANCEL_VERBS,
        lexicon.DECISION_VERBS,
    )  # fmt: skip
    if not any(lemma in words or phrasal in words for words in carriers):
        return None
    for child in verb.children:
        if child.dep_ not in ("dobj", "oprd", "nsubjpass"):  # also `a vigil will be held`
            continue
        for noun in (child, *_modifiers(child)):
            if noun.lemma_.lower() in lexicon.EVENT_NOUNS:
                return noun
    return None


def _takes_part(verb: Token) -> bool:
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    )


def _modifiers(noun: Token) -> list[Token]:
    """The words that say what kind of thing a noun is: `a [memorial] service`, `the
    [landfall] forecast`."""
    return [child for child in noun.children if child.dep_ in ("compound", "amod")]


def _verdict(find: Token) -> str | None:
    """What `found` someone: `found him guilty`, `found Delorme, a former mayor, guilty` (the
    parser may hang `guilty` on the object)."""
    objects = [c for c in find.children if c.dep_ == "dobj"]
    for word in (*find.children, *(c for o in objects for c in o.children)):
        if word.lower_ in lexicon.VERDICT_WORDS:
            return lexicon.VERDICT_WORDS[word.lower_]
    return None


def _moves_event(verb: Token) -> bool:
    """`postponed the vote to Friday`: the claim is the event, at the time it is moved to; so is
    a thing that is due, put off (`postponed his fiscal statement to November 17`)."""
    lemma = verb.lemma_.lower()
    if lexicon.DELAY_VERBS & {lemma, _with_particle(verb)} and _acted_on(verb):
        return True
    scheduled = _scheduled_event(verb.head)
    if scheduled is not None and scheduled.i == verb.i and _past(verb.head):
        return True  # `called a snap election for July 14`: whatever day was foretold before
    if _later_than_planned(verb):
        return True
    on_hold = lemma == "put" and any(n.lower_ == "hold" for n in _objects_of(verb, ("on",)))
    moved = lemma in lexicon.RESCHEDULE_VERBS or on_hold  # `put the trial on hold`
    return moved and _carried_event(verb) is not None


def _later_than_planned(verb: Token) -> bool:
    """`will take effect at 7 a.m. on Friday, a day later than expected`: a plan moved (said
    of the verb, whose subject may be the event: `The truce will take effect`); what `opened
    ... a day later than scheduled` is done, late."""
    clause = verb.head if verb.dep_ in SUBJECTS else verb
    if _past(clause):
        return False
    words = [t.lower_ for t in clause.subtree]
    return any(
        a in ("later", "earlier") and b == "than" and c in lexicon.PLANNED_WORDS
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _before_a_court(verb: Token) -> bool:
    """`appear in court`, `appeared before a judge`, `summoned him to appear`, `will appear
    before MPs on the transport committee`."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.SUMMONING_VERBS:
        return True
    if any(n.lemma_.lower() in lexicon.HEARING_BODIES for n in _objects_of(verb, ("before",))):
        return True
    return any(n.lemma_.lower() in lexicon.COURT_NOUNS for n in _objects_of(verb, ("in", "before")))


def _objects_of(word: Token, prepositions: Collection[str]) -> list[Token]:
    """The objects of the word's prepositions among these (`appeared [in] court`: court)."""
    return [
        noun
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def _particle_of(child: Token, verb: Token) -> bool:
    """`called [off]`; also a particle parsed as an adverb right after its verb (`walked out`)."""
    if child.dep_ == "prt":
        return True
    adjacent = child.i == verb.i + 1 and (child.dep_ == "advmod" or _before_of(child))
    return adjacent and child.lower_ in lexicon.PARTICLES


def _before_of(child: Token) -> bool:
    """`pulled [out] of the race`: a particle the parser takes for a preposition before `of`."""
    return child.dep_ == "prep" and any(c.lower_ == "of" for c in child.children)


def _result_noun(verb: Token) -> Token | None:
    """The event noun a result verb leads to, through a noun that reports it: `led to official
    confirmation of Prigozhin's [death]`."""
    preposition = lexicon.RESULT_VERBS.get(verb.lemma_.lower())
    noun = next(iter(_objects_of(verb, {preposition})), None) if preposition else None
    while noun is not None and noun.lemma_.lower() in lexicon.REPORT_NOUNS:
        noun = next(iter(_objects_of(noun, {"of"})), None)
    return noun if noun is not None and noun.lemma_.lower() in lexicon.EVENT_NOUNS else None


def _theme(predicate: Token) -> str | None:
    """The common noun the predicate acts on (`detected banging [sounds]`); people are the
    claim's participants, not its theme, but a named candidate chosen is one (`has chosen
    Britain's [Babcock]`), and so is a prize named (`won the Harlow [Prize]`) and a plea; an
    event the verb makes or moves is the predicate itself (`made [landfall]`, `shifted its
    expected [landfall] north`), not a thing acted on."""
    if _carried_event(predicate) is not None or _tells_a_hearing(predicate):
        return None  # `told parliament on Wednesday`: the body told is the hearing, not a thing
    if predicate.lemma_.lower() == "plead":
        return _plea(predicate)  # `pleaded not guilty`: the plea is what is told of
    for noun in _things_acted_on(predicate):
        if noun.ent_type_ in ("DATE", "TIME"):
            continue  # `crashed minutes after taking off`: how long after, nothing acted on
        if noun.lemma_.lower() in lexicon.AMOUNT_NOUNS | lexicon.STAGE_NOUNS or noun.pos_ == "NUM":
            # `a total of 50 hostages`, `all three of her concerts`, `the start of production`
            noun = next(iter(_objects_of(noun, ("of",))), noun)
        if noun.pos_ in THEME_POS:
            lemma = noun.lemma_.lower()
            return None if lemma in lexicon.PEOPLE_NOUNS else lemma
        if noun.pos_ == "PROPN" and predicate.lemma_.lower() in lexicon.CHOICE_VERBS:
            return noun.lower_
        if noun.pos_ == "PROPN" and noun.lemma_.lower() in lexicon.PRIZE_NOUNS:
            return noun.lemma_.lower()
    return None


def _things_acted_on(predicate: Token) -> list[Token]:
    """The nouns a predicate acts on: its objects; the noun a participle hangs on (`remains
    [found] in the wreckage`); the subject of `the [search] would end` (or `the [deal] is
    expected to close`, `the [ban] came into force`, `[profit] would fall`), which undergoes it
    as the object of `ended the search` does; the object of a verb's own preposition (`broke
    into its [systems]`), and what a change is in (`a 12% fall in annual [profit]`)."""
    beginning = _takes_effect(predicate)  # `the ban came into force`: the ban, not the force
    acted_on = [] if beginning else _acted_on(predicate)
    acted_on += _objects_of(predicate, _verb_prepositions(predicate))
    if (noun := _participle_noun(predicate)) is not None:
        acted_on.append(noun)
    changed = predicate.lemma_.lower() in lexicon.CHANGE_WORDS
    if changed and predicate.pos_ == "NOUN":
        acted_on += _objects_of(predicate, ("in",))
    undergoing = predicate.lemma_.lower() in lexicon.UNDERGOING_VERBS or changed
    if not acted_on and (undergoing or _goes_ahead(predicate) or beginning):
        acted_on = [c for c in predicate.children if c.dep_ == "nsubj"]
        if not acted_on and predicate.dep_ == "xcomp":  # `the deal is expected to close`
            acted_on = [c for c in predicate.head.children if c.dep_ in SUBJECTS]
    if not acted_on and _passive_conj(predicate):  # `The boys were found and will be discharged`
        acted_on = [c for c in predicate.head.children if c.dep_ in SUBJECTS]
    return acted_on


def _plea(plead: Token) -> str | None:
    """`guilty` or `not guilty`, as pleaded: two pleas, not a plea and its negation, since
    pleading not guilty is done as much as pleading guilty."""
    word = next((c for c in plead.children if c.lower_ in lexicon.PLEAS), None)
    if word is None:
        return None
    negated = any(c.dep_ == "neg" for c in (*word.children, *plead.children))
    return f"not {word.lower_}" if negated else word.lower_


def _takes_effect(verb: Token) -> bool:
    """`took effect`, `came into force`, `went into effect`: the subject begins to apply."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    into = _objects_of(verb, ("into",)) if lemma in ("come", "go", "enter") else []
    return any(noun.lemma_.lower() in lexicon.EFFECT_NOUNS for noun in into)


def _goes_ahead(verb: Token) -> bool:
    """`The three concerts will go ahead`, `the vote took place`: the subject is the thing that
    happens, and what a cancellation of it undoes."""
    lemma = verb.lemma_.lower()
    if lemma == "go":
        return any(c.lower_ == "ahead" for c in verb.children)
    return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _acted_on(verb: Token) -> list[Token]:
    """A verb's object or passive subject; also the object the parser hangs on its particle
    (`shot down [the balloon]` as `down`'s object), and what its particle is out of (`pulled out
    of the [race]`)."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    particles = [c for c in verb.children if _particle_of(c, verb)]
    found += [o for p in particles for o in p.children if o.dep_ == "pobj"]
    return found + [o for p in particles for o in _objects_of(p, {"of"})]


def _passive_conj(verb: Token) -> bool:
    """A passive verb joined to another with no subject of its own: the other's undergoes it."""
    return (
        verb.dep_ == "conj"
        and _subject(verb) is None
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def _setting(predicate: Token) -> str | None:
    """The event a happening is told at (`waived extradition [at a hearing]`, `spoke [during
    the summit]`) or decides (`lost [a vote]`), as the predicate its noun carries: telling it
    tells the event took place."""
    prepositions = set(lexicon.SETTING_PREPOSITIONS)
    if predicate.lemma_.lower() in lexicon.GATHERING_VERBS:
        prepositions.add("for")  # `filled the church for a memorial service`
    nouns = _objects_of(predicate, prepositions)
    if predicate.lemma_.lower() in lexicon.OUTCOME_VERBS:  # `lost a vote of no confidence`
        nouns += [child for child in predicate.children if child.dep_ == "dobj"]
    events = [
        lexicon.EVENT_NOUNS[word.lemma_.lower()]
        for noun in nouns
        for word in (noun, *_modifiers(noun))
        if word.lemma_.lower() in lexicon.EVENT_NOUNS
    ]
    return events[0] if events else None


def _negated(token: Token) -> bool:
    """A negation on the word, on its auxiliary (`will not, at the moment, investigate`), or on
    the copula of an adjective (`was not clear`)."""
    if any(c.dep_ == "neg" for c in token.children) or _no_intention(token):
        return True
    if any(_negated_aux(c) for c in token.children) or _done_by_no_one(token):
        return True
    copula = token.head
    return token.dep_ in ("acomp", "attr") and (
        any(c.dep_ == "neg" for c in copula.children) or _done_by_no_one(copula)
    )


def _no_intention(noun: Token) -> bool:
    """`no plans to sell`, `no intention of resigning`: the intended deed is not to be."""
    return noun.lemma_.lower() in lexicon.INTENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def _done_by_no_one(verb: Token) -> bool:
    """`Nobody was asleep`, `no fuel has leaked`, `None of the crew was hurt`, `there will be
    no cuts`: the subject (or what there is) is no one, which negates the happening as a `not`
    would."""
    existential = any(c.dep_ == "expl" for c in verb.children)
    return any(
        (child.dep_ in SUBJECTS or (existential and child.dep_ == "attr"))
        and (
            child.lemma_.lower() in lexicon.NO_ONE
            or any(d.dep_ == "det" and d.lower_ in lexicon.NO_ONE for d in child.children)
        )
        for child in verb.children
    )


def _negated_aux(token: Token) -> bool:
    """`will not`, and `no longer` (`would no longer announce retaliatory tariffs on Sunday`)."""
    if token.dep_ == "advmod" and token.lower_ == "longer":
        return any(c.dep_ == "neg" and c.lower_ == "no" for c in token.children)
    return token.dep_ in ("aux", "auxpass") and any(c.dep_ == "neg" for c in token.children)


def _negative(unit: _Unit, predicate: Token, consumed: set[int]) -> bool:
    """The predicate, or a verb of the unit it hangs on, is negated by a negation no hedge took
    (`is not expected to attend` tells, hedged, that he will not attend), unless a verb that
    says it did not happen turns it back: `failed to pull` is not pulling, `did not fail to
    pay` is paying."""
    negated = failed = False
    token = predicate
    while unit.start <= token.i < unit.end:
        negated = negated or (_negated(token) and token.i not in consumed)
        if token.i != predicate.i and lexicon.IMPLICATIVE_VERBS.get(token.lemma_.lower()) is False:
            failed = not failed
        if token.i == unit.head or token.head.i == token.i:
            break
        token = token.head
    return negated != failed


def _modality(doc: Doc, unit: _Unit, chain: Sequence[Relation]) -> tuple[str, set[int]]:
    """The strongest hedge in the unit, and the negations its cues consume; a hedge inside a
    side clause (`..., though whether they came from the sub was unclear`) is that clause's."""
    found: list[str] = []
    consumed: set[int] = set()
    head = doc[unit.head]
    shared = _shared_modals(head)
    passing = _passing_participle(head) is not None
    for token in [*doc[unit.start : unit.end], *shared]:
        if token not in shared and (_in_side_clause(token, unit.head) or _describes_a_thing(token)):
            continue
        if passing and not head.left_edge.i <= token.i <= head.right_edge.i:
            continue  # `The plan, announced on Monday`: the plan was announced, not planned
        if token.pos_ == "NOUN" and (
            token.dep_ == "pobj" or token.head.lemma_.lower() in lexicon.CANCEL_VERBS
        ):
            continue  # `marched against the plan to raise the pension age`, `dropped its plan`
        lemma = token.lemma_.lower()
        if lemma in lexicon.PROMISE_CUES and token.pos_ == "NOUN" and token.n_rights == 0:
            continue  # `kept his promise`: nothing promised here
        if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.n_rights == 0:
            continue  # `Voters backed the plan`, `ran a full schedule`: acted on, not foretold
        negated = _negated(token)
        modality = lexicon.MODALITY_CUES.get((lemma, negated))
        if lemma == "would" and chain and token.tag_ == "MD":
            modality = "expected"  # `she said she would not resign`: `will`, told in the past
        if modality is None and negated:
            modality = lexicon.MODALITY_CUES.get((lemma, False))
            negated = False
        if modality is None:
            continue
        if lemma in ("will", "can", "should", "may", "might", "could", "shall") and (
            token.tag_ != "MD" or _a_name_before_a_modal(token)
        ):
            continue  # `the will of the people`; `May will ask`: Theresa May, no modal
        if lemma == "set" and not _sets_a_time(token):
            continue  # `set a record` is done; `set to resume`, `set for Monday` are due
        if lemma in ("call", "convene", "invite") and _scheduled_event(token) is None:
            continue  # `called for calm`, `convened on Monday`, `invited him in`: done, not due
        if lemma == "agree" and not _commits(token):
            continue  # `agreed to a ceasefire` is done; `agreed to buy` is a plan
        if _aim_of_a_deed(token, head):
            continue  # `retired to consider their verdicts`: retiring is done, considering its aim
        found.append(modality)
        if negated:
            consumed.add(token.i)
            consumed.add(token.head.i)
    if _supposed(doc[unit.head]):
        found.append("possible")
    if _is_to(head) or (head.lemma_.lower() == "be" and _on_course(head) is not None):
        found.append("expected")  # `The queen is to be buried on Monday`, `is on track to`
    if any(_asks_whether(t) for t in (head, *_carried(head))):
        found.append("uncertain")  # `declined to say whether`, `will decide whether to declare`
    if _agreed_on(doc[unit.head]):
        found.append("planned")
    if _ultimatum(head) is not None:
        found.append("expected")  # an ultimatum: due by its time, whether or not it is done
    if _bids(head):
        found.append("planned")  # `ordered the military to shoot it down`: bidden, not yet done
    innermost = chain[-1] if chain else None
    if innermost is not None and innermost.stance == "deny":
        found.append("denied")
    if innermost is not None and innermost.stance == "confirm" and _to(doc[innermost.cue[1] - 1]):
        found.append("uncertain")  # `swam to prove the river was clean`: a goal, not a finding
    if innermost is not None and _to(head) and (foreseen := _foreseen_by(doc, innermost)):
        found.append(foreseen)  # `Negotiators expect Sophie Marchand to be freed within days`
    if found:
        return min(found, key=lexicon.MODALITY_STRENGTH.index), consumed
    if innermost is None:
        return "asserted", consumed
    return STANCE_MODALITY.get(innermost.stance, "reported"), consumed


def _foreseen_by(doc: Doc, relation: Relation) -> str | None:
    """What a cue that governs an infinitive with its own subject (`expect X to`, `want X to`)
    says of it: that it is due or wanted, as the cue's modality."""
    cue = doc[relation.cue[1] - 1]
    return lexicon.MODALITY_CUES.get((relation.lemma, _negated(cue)))


def _a_name_before_a_modal(token: Token) -> bool:
    """`May will ask EU leaders`: two modals never stand together, so the first is a name the
    tagger read as one (it may hang it on the verb as a subject or as an auxiliary)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.dep_ in SUBJECTS or (following is not None and following.tag_ == "MD")


def _is_to(verb: Token) -> bool:
    """`is to be buried`, `was to meet Biden on Friday`: `be` with an infinitive tells what is
    (or was) due."""
    return verb.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and _to(c) for c in verb.children)


def _sets_a_time(verb: Token) -> bool:
    """`set to resume`, `was set for Monday`, `set a hearing for Monday`: a time fixed for
    what is to come."""
    children = verb.children
    fixed = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children)
    return fixed or _scheduled_event(verb) is not None


def _scheduled_event(verb: Token) -> Token | None:
    """The event a verb fixes a time for (`set a [hearing] for Monday`, `set a five-day [trial]
    to begin on October 17`, `invited them to a [meeting] on May 9`), which is due then; not a
    record set, nor a date set by itself."""
    if verb.lemma_.lower() in lexicon.INVITING_VERBS:
        event = next(iter(_objects_of(verb, ("to",))), None)
        return event if event is not None and event.lemma_.lower() in lexicon.EVENT_NOUNS else None
    if verb.lemma_.lower() not in lexicon.SCHEDULING_VERBS:
        return None
    event = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if event is None or event.lemma_.lower() not in lexicon.EVENT_NOUNS:
        return None
    timed = any(c.dep_ == "prep" and c.lower_ == "for" for c in (*event.children, *verb.children))
    return event if timed or _start_of(verb) is not None else None


def _start_of(verb: Token) -> Token | None:
    """The infinitive that tells when a thing set starts (`set a trial [to begin] on ...`)."""
    return next((c for c in verb.children if c.dep_ in INFINITIVE_DEPS and _to(c)), None)


def _shared_modals(verb: Token) -> list[Token]:
    """The modal a second verb shares with the first (`will close two factories and cut 600
    jobs`): its clause, a unit of its own, says nothing of the plan without it; so does a second
    infinitive, the verb the first hangs on (`expected to reach orbit and to land`)."""
    if _another_infinitive(verb):
        return _foreseeing(verb)
    if _next_step(verb):
        return _foreseeing(verb.head.head)
    own = {c.dep_ for c in verb.children} & {"aux", "auxpass", "nsubj", "nsubjpass"}
    if verb.dep_ != "conj" or own or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.head.children if c.dep_ == "aux" and c.tag_ == "MD"]


def _describes_a_thing(token: Token) -> bool:
    """A participle before a noun that is no event (`covered 80 percent of scheduled shifts`,
    `expected losses`), or before an event the claim is told at (`clashed on Tuesday night in
    their only scheduled debate`): it hedges nothing; `the planned visit` is still a plan."""
    return (
        token.dep_ == "amod"
        and token.tag_ in ("VBN", "VBG")
        and (token.head.lemma_.lower() not in lexicon.EVENT_NOUNS or token.head.dep_ == "pobj")
    )


def _in_side_clause(token: Token, head: int) -> bool:
    return _on_the_way(token, head, lambda t: t.dep_ in SIDE_CLAUSES)


def _in_condition(token: Token, head: int) -> bool:
    """Inside a condition on the claim (`the strike will begin unless [Baltic Gateway] raises its
    offer`): who the condition names takes no part in what the claim says will happen."""
    return _on_the_way(token, head, _is_condition)


def _conditional(predicate: Token, unit: _Unit) -> bool:
    """A claim told on a condition (`unless 300 prisoners were freed`, `if it is invited`)
    says what may be, not what is."""
    verbs = (predicate, predicate.doc[unit.head])
    return any(
        _is_condition(c) and unit.start <= c.i < unit.end for verb in verbs for c in verb.children
    )


def _is_condition(token: Token) -> bool:
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return token.dep_ == "advcl" and bool(marks & CONDITION_MARKS)


def _on_the_way(token: Token, head: int, test: Callable[[Token], bool]) -> bool:
    """Whether a token on the way up from `token` to the unit's head passes `test`."""
    while token.i != head and token.head.i != token.i:
        if test(token):
            return True
        token = token.head
    return False


def _pronoun_referent(doc: Doc, token: Token, entities: EntityIndex) -> str | None:
    """The person a pronoun stands for: of those named in the 80 tokens before it, the one whose
    surname the document writes most often, the nearest on a tie (`Judge Anton Berg released
    her on bail. Her trial is set ...`: her trial is Sofia Lind's, the person the report is
    about)."""
    named: list[Entity] = []
    for i in range(token.i - 1, max(token.i - 80, 0) - 1, -1):
        person = _person_at(doc[i], entities)
        if person is not None and person not in named:
            named.append(person)
    if not named:
        return None
    return max(named, key=entities.times_named).name


def _person_at(token: Token, entities: EntityIndex) -> Entity | None:
    """The person a token names: tagged so, or a lone surname of a person the document names in
    full, whatever the tagger made of it (`Prigozhin` as an organization, or as nothing, or
    `Rubiales` opening a sentence as a common noun)."""
    entity = entities.at(token.i)
    if entity is not None and entity.type == "PERSON":
        return entity
    one_word = entities.at(token.i - 1) is not entity and entities.at(token.i + 1) is not entity
    if (entity is None or one_word) and (token.pos_ == "PROPN" or token.is_title):
        return entities.person_by_surname(token.text)
    return None


def _place(doc: Doc, unit: _Unit, entities: EntityIndex) -> tuple[str | None, str | None]:
    head = doc[unit.head]
    if _tells_of_place(head):  # the place is the name the `where` clause hangs on
        named = head.head
        if named.ent_type_ in ("DATE", "TIME"):  # or the last before the day it hangs on
            before = reversed(doc[head.sent.start : named.i])
            named = next(t for t in before if t.ent_type_ in PLACE_LABELS)
        spans = entities.spans_in(named.left_edge.i, named.i + 1)
        if not spans:
            return None, None
        start, _, position = spans[-1]
        return doc[start : named.i + 1].text, entities.entities[position].id
    places = []
    for start, end, position in entities.spans_in(unit.start, unit.end):
        entity = entities.entities[position]
        if entity.type not in PLACE_LABELS:
            continue
        root = doc[start:end].root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in PLACE_PREPOSITIONS:
            places.append((_remoteness(head.head, unit), start, entity))
        if root.dep_ == "dobj" and head.lemma_.lower() in lexicon.MOTION_VERBS:
            places.append((_remoteness(head, unit), start, entity))
    if places:  # where it happens (`arrive in Kessel`) before a name's own (`in Europe`)
        entity = min(places, key=lambda p: p[:2])[2]
        return entity.name, entity.id
    for token in doc[unit.start : unit.end]:  # a place name NER missed: `to Russia's Vladivostok`
        if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.ent_type_:
            continue
        governor = token.head.head
        if token.head.lower_ in PLACE_PREPOSITIONS and governor.lemma_.lower() in MOTION:
            return token.text, None
    return None, None


def _remoteness(governor: Token, unit: _Unit) -> int:
    """0 for the claim's own verb, 1 for another verb (`the ceasefire agreed in Doha`), 2 for
    a noun (`the Organization for Security and Cooperation in Europe`)."""
    if governor.i == unit.head:
        return 0
    return 1 if governor.pos_ in ("VERB", "AUX") else 2


def _shared_subject(head: Token) -> Token | None:
    """The subject a clause shares with the one it is joined to: `will close two factories and
    cut 600 jobs`, `will visit Kyiv before travelling to Warsaw`, `is expected to reach orbit
    and to land`."""
    if _next_step(head) or _another_infinitive(head):
        return _subject_above(head.head.head)
    if head.dep_ == "conj" and _subject(head) is None:
        return _subject(head.head)
    return None


def _subject_above(verb: Token) -> Token | None:
    """The subject of a verb or of the clause it completes (`[they] are due to dock`)."""
    for _ in range(4):
        if (subject := _subject(verb)) is not None:
            return subject
        if verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _participants(
    doc: Doc,
    unit: _Unit,
    entities: EntityIndex,
    place_id: str | None,
    excluded: set[int],
    speaker: Relation | None,
) -> tuple[str, ...]:
    names: list[str] = []

    def add(name: str | None) -> None:
        if name and name not in names:
            names.append(name)

    head = doc[unit.head]
    shared = _shared_subject(head)
    if shared is not None:
        for entity in entities.within(shared.left_edge.i, shared.right_edge.i + 1):
            add(entity.name)
        if shared.lower_ in PRONOUNS:
            add(_pronoun_referent(doc, shared, entities))
    subject = _subject(head)
    speaking = set(range(*speaker.source)) if speaker and speaker.source else set()
    bidder = subject if _bids(head) else None  # `Biden ordered the military to shoot`: not his
    for token in doc[unit.start : unit.end]:
        if token.i in excluded and not _acts_here(token, subject, speaking):
            continue
        if bidder is not None and bidder.left_edge.i <= token.i <= bidder.right_edge.i:
            continue
        if _in_condition(token, unit.head):
            continue
        entity = _person_at(token, entities) or entities.at(token.i)
        if entity is not None:
            if entity.id != place_id and entity.type not in ("DATE", "CARDINAL"):
                add(entity.name)
        elif token.lower_ in PRONOUNS and token.pos_ == "PRON":
            add(_person_meant(doc, token, entities, speaker))
        elif token.lower_ in THING_PRONOUNS and token.dep_ in SUBJECT_DEPS and speaker:
            add(_speaker_referent(doc, speaker, entities))
        elif token.lower_ == "it" and token.dep_ == "nsubj" and token.i == token.sent.start:
            add(_body_before(doc, token, entities))
        elif token.lower_ == "its" and token.dep_ == "poss":
            add(_main_body(doc, token, entities))
    for role in (subject, next((c for c in head.children if c.dep_ == "dobj"), None)):
        holder = _role_holder(doc, role, entities) if role is not None else None
        if holder is not None:  # `A naval officer ... will go on trial`: the officer named later
            add(holder.name)
    if not names and subject is not None and _party_of_the_topic(subject):
        add(entities.topic.name if entities.topic else None)  # `the crew` of the Titan
    return tuple(names)


def _party_of_the_topic(noun: Token) -> bool:
    """`the crew`, `the passengers`: of what the report is about; not `union members`, nor
    `members of the guild`, whom their own words place elsewhere."""
    placed = any(c.dep_ == "compound" or c.lower_ == "of" for c in noun.children)
    return noun.lemma_.lower() in lexicon.PARTY_NOUNS and not placed


def _person_meant(
    doc: Doc, pronoun: Token, entities: EntityIndex, speaker: Relation | None
) -> str | None:
    """Who `he` or `she` is: the speaker, for the subject of what they say (`Lund said she
    would`: she is Lund), else the person the report is about."""
    says = pronoun.dep_ in SUBJECT_DEPS
    person = _speaker_referent(doc, speaker, entities, PERSON_LABELS) if says else None
    return person or _pronoun_referent(doc, pronoun, entities)


def _doer(doc: Doc, head: Token, entities: EntityIndex, speaker: Relation | None) -> str | None:
    """The person the active subject of a clause names, so that another person doing the same
    thing is not taken for the one foreseen (`Ray ... will also testify` is not `he would
    testify`, said by Bankman-Fried). None for a passive, a thing, or a role without a name."""
    subject = _subject(head)
    if subject is None and head.dep_ == "conj":
        subject = _subject(head.head)
    if subject is None or (subject.dep_ != "nsubj" and not _raised(subject, head)):
        return None
    if subject.lower_ in PRONOUNS and subject.pos_ == "PRON":
        return _person_meant(doc, subject, entities, speaker)
    named = [subject, *(c for c in subject.children if c.dep_ == "appos")]  # `its chief, Ray`
    person = next((p for t in named if (p := _person_at(t, entities))), None)
    person = person or _role_holder(doc, subject, entities)  # `the officer`, named elsewhere
    return person.name if person else None


def _body_before(doc: Doc, pronoun: Token, entities: EntityIndex) -> str | None:
    """`Harwick Foods expects profit to rise, the company said. It will publish results on June
    12`: `It` opening a sentence that names no speaker is the first body or thing the sentence
    before has for a subject (`Kelby Bridge will close ..., the council said. It will reopen`)."""
    if pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    for token in before:
        entity = entities.at(token.i)
        if entity is not None and entity.type in IT_LABELS and token.dep_ in SUBJECT_DEPS:
            return entity.name
    return None


def _raised(subject: Token, head: Token) -> bool:
    """`Mara Quill is expected to win`: the subject of a passive that carries an active
    infinitive does it (not `The hostages are expected to be released`)."""
    done = _complement(head)
    active = done is not None and not any(c.dep_ == "auxpass" for c in done.children)
    return subject.dep_ == "nsubjpass" and active


def _main_body(doc: Doc, pronoun: Token, entities: EntityIndex) -> str | None:
    """The body `its` stands for in a clause hung on another: the subject of the sentence's
    main verb (`The WHO declared an emergency after its committee met`: the WHO's committee)."""
    root = pronoun.sent.root
    subject = _subject(root)
    if subject is None or pronoun.i <= root.i:
        return None
    bodies = [e for e in entities.within(subject.left_edge.i, subject.right_edge.i + 1)
              if e.type in BODY_LABELS]  # fmt: skip
    return bodies[-1].name if bodies else None


def _acts_here(token: Token, subject: Token | None, speaking: set[int]) -> bool:
    """A source is a participant of what it does, not of what it says: in `Putin commented on
    the crash and said that ...`, Putin comments (the comment's subject) and says the rest."""
    if subject is None or token.i in speaking:
        return False
    return subject.left_edge.i <= token.i <= subject.right_edge.i


def _speaker_referent(
    doc: Doc, speaker: Relation | None, entities: EntityIndex, labels: frozenset[str] = BODY_LABELS
) -> str | None:
    """`The office said it has opened an inquiry`: `it` is the body that said so, when it is
    the subject of that very cue (after `..., Ifremer said, adding that it was expected to reach
    the site`, `it` is the ship); so `she` in `Karin Lund said she would name a minister`."""
    if speaker is None or speaker.source is None:
        return None
    cue_start, cue_end = speaker.cue
    if not cue_start <= doc[slice(*speaker.source)].root.head.i < cue_end:
        return None
    bodies = [e for e in entities.within(*speaker.source) if e.type in labels]
    return bodies[-1].name if bodies else None


def _timex_in(
    doc: Doc, timexes: Sequence[Timex], unit: _Unit, predicate: Token, sent: Span
) -> Timex | None:
    """The time of the unit's own clause (not of a relative clause inside it: `the center where
    Putin and Lukashenko met in April 2022`), a date before a vague or lasting one."""
    start, end = unit_start, unit_end = char_span(doc, (unit.start, unit.end))
    own = {unit.head, predicate.i}
    if unit.relation is not None:  # `In early November 2022, X accused Y of ...`
        start, end = sent.start_char, sent.end_char
        own.add(unit.relation.cue[1] - 1)
    token = predicate
    while token.i != unit.head and token.head.i != token.i and len(own) < 8:
        token = token.head
        own.add(token.i)
    own.update(t.i for t in _carried(doc[unit.head]))  # `are scheduled to resume on Saturday`
    scheduled = _scheduled_event(doc[unit.head]) is not None
    if scheduled and (begins := _start_of(doc[unit.head])) is not None:
        own.add(begins.i)  # `set a five-day trial to begin on October 17`
    if _binds(doc[unit.head]):
        own.discard(unit.head)  # `ordered on Wednesday to shoot it down`: when it was bidden

    head = doc[unit.head]  # `arrived in Kyiv on Monday, where he met Zelensky`: that Monday
    occasion_day = head.head.idx if _on_the_days_occasion(head) else None

    def is_own(timex: Timex) -> bool:
        if occasion_day is not None and timex.start_char <= occasion_day < timex.end_char:
            return True
        if timex.start_char < start or timex.end_char > end or _as_of(doc, timex):
            return False
        if _told_then(doc, doc[unit.head], timex):
            return False
        if timex.type == "DURATION" and (_of_a_noun(doc, timex) or _lasting(doc, timex)):
            return False  # `upheld her four-year ban`: how long the ban lasts, not when
        if unit.relation is not None and unit_start <= timex.start_char < unit_end:
            return True
        verb = _verb_of(doc, timex, unit.head)
        if verb is None or _makes_a_plan(verb):
            return False
        return verb.i in own or _doing_then(verb, own) or (_aim_then(verb, timex) in own)

    found = sorted(
        (t for t in timexes if is_own(t)),
        key=lambda t: (_of_a_noun(doc, t) or _period_covered(doc, t), _possessive(t)),
    )  # `declared him the winner of Sunday's election early on Monday`: on Monday
    if _moves_event(predicate):  # `on Wednesday postponed his statement to November 17`
        found.sort(key=lambda t: not _words_before(doc, t).endswith((" to", " until")))
        found = [t for t in found if not _possessive(t)]  # `Thursday's spacewalk`: from there
    if scheduled:  # `on Tuesday set a hearing for Monday`: the hearing's day, not the setting's
        found.sort(key=lambda timex: _when_it_was_made(doc, timex, doc[unit.head]))
    dated = [timex for timex in found if timex.start and timex.end]
    return _joined_days(doc, dated) or (dated or found or [None])[0]


def _makes_a_plan(verb: Token) -> bool:
    """`unveiled plans on Monday to cut 500 jobs`, `announced a plan to raise the pension age`:
    the day is when the plan was made, not when it is due."""
    return any(
        noun.dep_ == "dobj"
        and noun.lemma_.lower() in lexicon.INTENT_NOUNS
        and any(c.dep_ == "acl" and _to(c) for c in noun.children)
        for noun in verb.children
    )


def _joined_days(doc: Doc, timexes: Sequence[Timex]) -> Timex | None:
    """`MPs will vote on Wednesday on one motion, and on Thursday on another`: one verb on two
    days joined by `and`, which the claim spans (as `September 10-13` spans its days)."""
    days = [t for t in timexes if t.type == "DATE" and t.start and t.start == t.end]
    if len(days) != 2:
        return None
    first, last = sorted(days, key=lambda t: t.start_char)
    between = text_of(doc)[first.end_char : last.start_char]
    apart = (dt.date.fromisoformat(last.start[:10]) - dt.date.fromisoformat(first.start[:10])).days
    if re.search(r"\band\b", between) is None or not 0 < apart <= 7:
        return None
    return replace(first, end=last.end)


def _on_the_days_occasion(verb: Token) -> bool:
    """A `where` clause hung on the day of its sentence's happening (`_tells_of_place`): on that
    day, and part of that happening's entry on the timeline."""
    return _tells_of_place(verb) and verb.head.ent_type_ in ("DATE", "TIME")


def _aim_then(verb: Token, timex: Timex) -> int | None:
    """The past deed whose day the parser hung on the deed's aim or on a participle beside it:
    `won the contest to lead the party on Tuesday`, `filed a lawsuit to block the merger on
    Monday`, `passed the bill to suspend the debt ceiling on Wednesday night`, `celebrated the
    Mass marking the start of his pontificate on Sunday`, `retired to consider their verdicts
    on Tuesday afternoon`. Only a day: an aim's own time lies further ahead (`won the right to
    host the Games in 2028`)."""
    if timex.start is None or timex.start != timex.end or timex.type not in ("DATE", "TIME"):
        return None
    deed = verb.head
    if verb.dep_ in ("acl", "relcl") and deed.dep_ == "dobj":
        deed = deed.head  # the aim of the thing acted on
    elif not (verb.dep_ == "advcl" or _aim_of_a_deed(verb, deed)):
        return None
    aim = _to(verb) or verb.tag_ == "VBG"  # `celebrated the Mass marking ... on Sunday`
    return deed.i if aim and deed.tag_ == "VBD" else None


def _doing_then(verb: Token, own: set[int]) -> bool:
    """`shot down an object [flying] off Alaska on Friday`: what the thing acted on was doing
    when it was acted on, the parser's home for the day of the whole."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return False
    return any(verb.head in _acted_on(verb.doc[i]) for i in own)


def _time_apart(doc: Doc, timexes: Sequence[Timex], verb: Token) -> Timex | None:
    """`began consultations on Monday, two days after Mart Kallaste resigned`: a clause dated
    by how long before the day of the clause it hangs on it happened."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None or verb.dep_ != "advcl":
        return None
    gap = next((t for t in timexes if t.type == "DURATION" and _verb_of(doc, t) == verb), None)
    day = next(
        (t for t in timexes if t.start and t.start == t.end and _verb_of(doc, t) == verb.head),
        None,
    )
    if gap is None or day is None or day.start is None or (days := _days_in(gap.value)) is None:
        return None
    when = (dt.date.fromisoformat(day.start[:10]) - dt.timedelta(days=days)).isoformat()
    start, end = gap.start_char, mark.idx + len(mark.text)
    return Timex(text_of(doc)[start:end], start, end, "DATE", when, None, when, when)


def _time_soon_after(doc: Doc, timexes: Sequence[Timex], verb: Token) -> Timex | None:
    """`crashed minutes after taking off from Addis Ababa on Sunday`: what happened minutes or
    hours after a happening of one day is on that day."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "after" or prep.i == 0:
            continue
        if doc[prep.i - 1].lemma_.lower() not in lexicon.SHORT_GAPS:
            continue
        then = {c.i for c in prep.children if c.dep_ in ("pcomp", "pobj")}
        for timex in timexes:
            dated = timex.start is not None and timex.start == timex.end
            if dated and (of := _verb_of(doc, timex)) is not None and of.i in then:
                return timex
    return None


def _time_in_passing(doc: Doc, timexes: Sequence[Timex], verb: Token) -> Timex | None:
    """A past clause told in passing beside a dated one: `declared an emergency on Wednesday,
    after its committee met` (the meeting was on or before that day), `canceled 43 flights on
    Friday as the carrier returned to normal` (the return was that day). A claim with that
    time, but no entry of its own."""
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark"), None)
    if mark not in ("after", *lexicon.SAME_MOMENT_MARKS) or verb.dep_ != "advcl":
        return None
    if verb.tag_ != "VBD":
        return None
    day = next((t for t in timexes if t.start and t.start == t.end
                and _verb_of(doc, t) == verb.head), None)  # fmt: skip
    if day is None or day.start is None:
        return None
    mod = "ON_OR_BEFORE" if mark == "after" else None
    return replace(day, value=day.start[:10], mod=mod, start=day.start[:10], end=day.start[:10])


def _time_shared(doc: Doc, timexes: Sequence[Timex], verb: Token) -> Timex | None:
    """`dismissed the appeal on Wednesday and upheld the ban`: a deed joined to a dated one,
    with the same subject, happened on its day; not a plan (`will close on Wednesday and stay
    closed until ...`), another tense (`resigned on Monday and will run again`), nor a state
    (`stayed shut until Friday`)."""
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or first.tag_ != "VBD":
        return None
    if any(c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in verb.children):
        return None
    if any(
        word.lower_ in STATE_PREPOSITIONS and word.dep_ in ("prep", "mark")
        for child in verb.children
        for word in (child, *child.children)
    ):
        return None  # `until Friday`, `until the storm passed`
    return next(
        (t for t in timexes if t.start and t.start == t.end and _verb_of(doc, t) == first),
        None,
    )


def _days_in(duration: str) -> int | None:
    """`P2D` is 2 days, `P1W` 7: other lengths are not counted in days."""
    found = re.fullmatch(r"P(\d+)([DW])", duration)
    return int(found.group(1)) * (7 if found.group(2) == "W" else 1) if found else None


def _of_a_noun(doc: Doc, timex: Timex) -> bool:
    """`The death toll from Sunday's earthquake rose to 31 on Monday`: `Sunday's` dates the
    earthquake, a noun on the way to the verb; `on Monday` dates the rising."""
    span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
    if span is None:
        return False
    token = span.root.head
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.pos_ in ("NOUN", "PROPN"):
            return True
        token = token.head
    return False


def _period_covered(doc: Doc, timex: Timex) -> bool:
    """`will publish its results for 2019 on June 18`: a year, half or quarter after a noun and
    `for` is the period the noun covers, however the parser hangs it; June 18 dates the act."""
    span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
    if span is None or span.start < 2 or not _PERIOD_VALUE.match(timex.value or ""):
        return False
    before = doc[span.start - 1]
    return before.lower_ == "for" and doc[span.start - 2].pos_ in ("NOUN", "PROPN")


def _possessive(timex: Timex) -> bool:
    """`Sunday's`: a day that dates the noun it owns, whatever the parser hangs the noun on."""
    return timex.text.endswith(("'s", "’s"))


def _lasting(doc: Doc, timex: Timex) -> bool:
    """`returned to normal after more than a week of cancellations`: how long the cancellations
    lasted, not when the return was."""
    span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
    return span is not None and any(
        child.lower_ == "of" and any(c.dep_ == "pobj" for c in child.children)
        for child in span.root.children
    )


def _as_of(doc: Doc, timex: Timex) -> bool:
    """`as of August 28, all that is clear is that he will be buried in St. Petersburg`: when
    what is known was known, not when the burial is due (nor a deadline that can pass)."""
    return _words_before(doc, timex).endswith(" as of")


def _time_given(
    doc: Doc, timexes: Sequence[Timex], verb: Token, published: str | None
) -> Timex | None:
    """The deadline of an ultimatum: the day it was given, plus the time given (`on Sunday gave
    the junta one week to`: on or before the next Sunday, a deadline like `by Sunday`)."""
    demanded = _ultimatum(verb)
    if demanded is None:
        return None
    nearby = [t for t in timexes if _verb_of(doc, t) in (verb, demanded)]
    until = next((t for t in nearby if _one_day_until(doc, t)), None)
    if until is not None and until.start:  # `until October 28`: on or before that day
        return replace(until, type="DATE", mod="ON_OR_BEFORE", value=until.start[:10])
    spans = [(t, reach) for t in nearby if t.type in ("DURATION", "TIME") and (reach := _reach(t))]
    day = next((t.start for t in nearby if t.start and t.start == t.end), None) or published
    if not spans or not day:
        return None
    given, reach = spans[0]
    end = (dt.date.fromisoformat(day[:10]) + reach).isoformat()
    return Timex(given.text, given.start_char, given.end_char, "DATE", end, "ON_OR_BEFORE",
                 end, end)  # fmt: skip


def _one_day_until(doc: Doc, timex: Timex) -> bool:
    one_day = bool(timex.start) and timex.start == timex.end
    return one_day and _words_before(doc, timex).endswith(" until")


def _deadline_within(doc: Doc, timex: Timex | None, published: str | None) -> Timex | None:
    """`expected to be refloated within two days`, told on the 24th: due on or before the 26th,
    a deadline like `by Friday`; so `a report within three months` of April 29, by July 29, and
    `could be completed in two to three days` by the longer. Years are a horizon, not a day to
    hold a promise to (`rebuild the cathedral within five years`); they and any other time stay
    as they are."""
    if timex is None or not published or timex.type != "DURATION":
        return timex
    ahead = timex.text.lower().startswith("within ") or _words_before(doc, timex).endswith(
        (" within", " in")
    )
    reach = _reach(timex) if ahead else None
    if reach is None:
        return timex
    end = (dt.date.fromisoformat(published[:10]) + reach).isoformat()
    return replace(timex, type="DATE", value=end, mod="ON_OR_BEFORE", start=end, end=end)


def _reach(duration: Timex) -> relativedelta | None:
    """How far a duration of hours, days, weeks or months reaches: `P3M`, `PT48H`, or the
    longer end of a range (`two to three days`, `PXD`)."""
    found = re.fullmatch(r"P(?:(\d+|X)([DWM])|T(\d+|X)H)", duration.value)
    if found is None:
        return None
    amount = found.group(1) or found.group(3)
    if amount == "X":
        last = re.search(r"(\w+)[ -](?:hour|day|week|month)s?$", duration.text.lower())
        word = last.group(1) if last else ""
        amount = word if word.isdigit() else str(SMALL_NUMBERS.get(word, ""))
    count = int(amount) if amount.isdigit() else 0
    reach = {
        "D": relativedelta(days=count),
        "W": relativedelta(weeks=count),
        "M": relativedelta(months=count),
    }.get(found.group(2), relativedelta(days=count // 24))  # hours, as whole days
    return reach if reach.days or reach.months else None


def _from_onward(doc: Doc, nearby: Sequence[Timex], timex: Timex | None) -> Timex | None:
    """A plan from a day: to the day its `until` names (`will vote on the new contract from
    Monday until October 9`), else from that day onward (`would picket outside the studios
    from Tuesday afternoon`, `to file for bankruptcy as soon as Monday`), which no later day
    runs out (see `tracker.refresh_status`)."""
    if timex is None or not timex.start or not _words_before(doc, timex).endswith(ONWARD_WORDS):
        return timex
    until = next(
        (
            t
            for t in nearby
            if t.start_char > timex.end_char
            and t.end
            and _words_before(doc, t).endswith((" until", " till", " to", " through"))
        ),
        None,
    )
    if until is not None:
        return replace(timex, end=until.end)
    return replace(timex, mod="ON_OR_AFTER")


def _week_ahead(timex: Timex | None, published: str | None) -> Timex | None:
    """`would try to remove McCarthy as speaker this week`, told on a Saturday or a Sunday: the
    week ahead, not the one ending."""
    if timex is None or not published or timex.text.lower() != "this week":
        return timex
    told = dt.date.fromisoformat(published[:10])
    if told.weekday() < 5:
        return timex
    monday = told + dt.timedelta(days=7 - told.weekday())
    year, week, _ = monday.isocalendar()
    start, end = monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    return replace(timex, value=f"{year}-W{week:02}", start=start, end=end)


def _as_deadline(doc: Doc, timex: Timex | None) -> Timex | None:
    """`would end by Saturday`: on or before the day (TimeML's `ON_OR_BEFORE`), so that ending
    on Friday night keeps the promise; `back on track before next week`: on or before the day
    before it begins; `by the end of March` (or `before` it): on or before its last day."""
    if timex is None:
        return timex
    before = _words_before(doc, timex)
    if timex.mod in PART_MODS and before.endswith((*DEADLINE_WORDS, " before")):
        return replace(timex, mod="ON_OR_BEFORE")
    if timex.mod:
        return timex
    if (
        before.endswith(" before")
        and timex.type == "DATE"
        and timex.start
        and "T" not in timex.value
    ):
        day = (dt.date.fromisoformat(timex.start[:10]) - dt.timedelta(days=1)).isoformat()
        return replace(timex, value=day, mod="ON_OR_BEFORE", start=day, end=day)
    if not before.endswith(DEADLINE_WORDS):
        return timex
    return replace(timex, mod="ON_OR_BEFORE")


def _words_before(doc: Doc, timex: Timex) -> str:
    """The few words before a time expression, lower case, opening quotes taken off."""
    before = text_of(doc)[max(0, timex.start_char - 16) : timex.start_char]
    return " " + before.lower().rstrip(" “\"'")


def _verb_of(doc: Doc, timex: Timex, unit_head: int | None = None) -> Token | None:
    """The verb a time expression belongs to; a clause of the same moment (`killed when it
    crashed on Wednesday`) hands it on to the verb it hangs on, unless that clause is the
    claim (`unit_head`) itself."""
    span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    while verb.head.i != verb.i and (verb.pos_ not in ("VERB", "AUX") or _same_moment_clause(verb)):
        if verb.i == unit_head:
            break
        verb = verb.head
    return verb


def _same_moment_clause(verb: Token) -> bool:
    """`when it crashed on Wednesday`, an onset (`will be notified starting on October 20`,
    `will apply beginning Monday`) or a state (`remained closed on Wednesday`): the time is the
    verb's it hangs on."""
    if verb.lower_ in lexicon.ONSET_PARTICIPLES and verb.head.i != verb.i:
        return True
    if verb.dep_ == "acomp":
        return True
    if _bidden_state(verb):
        return True
    return verb.dep_ == "advcl" and any(
        child.dep_ in ("mark", "advmod") and child.lower_ in lexicon.SAME_MOMENT_MARKS
        for child in verb.children
    )


def _bidden_state(verb: Token) -> bool:
    """`ordered it wound up on January 29`, `ordered him held`: a participle with no tense of
    its own, which comes about with the order, so the time is the order's."""
    return (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.lemma_.lower() in lexicon.DIRECTIVE_VERBS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _telling_time(
    doc: Doc, timexes: Sequence[Timex], unit: _Unit, predicate: Token
) -> Timex | None:
    """When a past happening was told (`On Sunday the Guard said it had opened a board`): it
    happened by then, so it goes on the timeline there, though the claim has no time."""
    verb = _tense_verb(_implicative_head(predicate) or predicate)  # `has finished handing`
    if not _told_as_past(verb):  # `agreed to buy ..., the regulator said late on Sunday`
        return None
    tellers = set()  # `said [tests had confirmed [who ... were]]`: every verb up the chain
    token = doc[unit.head]
    while token.dep_ == "ccomp" and len(tellers) < 4:
        token = token.head
        if token.lemma_.lower() in lexicon.OCCASION_CUES:
            return None  # the testimony is on the timeline, not what it tells of years ago
        tellers.add(token.i)
    for timex in timexes:
        verb = _verb_of(doc, timex) if timex.start else None
        if verb is not None and (verb.i in tellers or _told_then(doc, doc[unit.head], timex)):
            return timex
    return None


def _tense_verb(verb: Token) -> Token:
    """The verb whose tense a complement takes: `began` of `began vaccinating residents on
    Thursday`, `agreed` of `agreed to buy`."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _told_as_past(predicate: Token) -> bool:
    """A verb in the past that tells of a happening: not a state (`was the priority`), nor a
    participle of the present (`the Victor 6000 is equipped with cameras`)."""
    if predicate.tag_ not in ("VBD", "VBN") or predicate.lemma_.lower() == "be":
        return False
    return not any(
        child.dep_ in ("aux", "auxpass")
        and child.lemma_.lower() == "be"
        and child.tag_ in ("VBZ", "VBP")
        for child in predicate.children
    )


def _denied_target(
    doc: Doc,
    claims: Sequence[Claim],
    relations: dict[str, Relation],
    denial: Relation,
    paragraph: list[int],
    pointing_back: bool,
) -> Claim | None:
    """What `denies the allegations` rejects: the last earlier claim made by an allegation cue
    (claim, allege, accuse), else the last one another named source told in the paragraph
    (`Baltic Watch says it saw a sheen. The port denies the allegations.`), or in the one
    before where the denial opens its own (`..., two of her aides said.` then `Her office
    denied the report.`); `denied that` points back further, to the last one another source
    told at all. A claim told inside another (`two jailers had been asleep [when the men cut
    through the wall]`) is not what is denied: the claim around it is."""
    whole = [c for c in claims if not any(o.span != c.span and _within(c, o) for o in claims)]
    for claim in reversed(whole):
        relation = relations.get(claim.id)
        if relation is not None and relation.stance == "claim":
            return claim
    denier = _source_text(doc, denial)
    near = (0, 1) if _opens_paragraph(doc, denial.cue[0], paragraph) else (0,)
    for claim in reversed(whole):
        relation = relations.get(claim.id)
        if relation is None:
            continue
        if not pointing_back and paragraph[denial.cue[0]] - paragraph[relation.cue[0]] not in near:
            continue
        if relation.source is not None and _source_text(doc, relation) != denier:
            return claim
    return None


def _opens_paragraph(doc: Doc, i: int, paragraph: list[int]) -> bool:
    """Whether the sentence of token `i` is the first of its paragraph."""
    start = doc[i].sent.start
    return start == 0 or doc[start].is_space or paragraph[start - 1] != paragraph[start]


def _what_it_denies(
    doc: Doc,
    unit: _Unit,
    predicate: str,
    holding: Sequence[Relation],
    claims: Sequence[Claim],
    relations: dict[str, Relation],
    paragraph: list[int],
) -> Claim | None:
    """The earlier claim a unit denies: what `denies the allegations` or `denied that` points
    back to, what a party denies its part in (the blame just told in its paragraph), or what a
    source calls false (`Okafor said that figure was "simply not true"`)."""
    denial = unit.relation or (holding[-1] if holding else None)
    if denial is not None and denial.stance == "deny":
        noun = doc[unit.head].lemma_.lower()
        pointing_back = noun in lexicon.DEMONSTRATIVES
        if unit.relation is not None and (noun in lexicon.ALLEGATION_NOUNS or pointing_back):
            return _denied_target(doc, claims, relations, denial, paragraph, pointing_back)
        if predicate in lexicon.RESPONSIBILITY_WORDS and not _blames_a_thing(doc[unit.head]):
            return _denied_target(doc, claims, relations, denial, paragraph, False)
        return None
    if holding and _calls_it_false(doc[unit.head]):
        return _denied_target(doc, claims, relations, holding[-1], paragraph, True)
    return None


def _blames_a_thing(verb: Token) -> bool:
    """`REN denied that it had blamed an atmospheric phenomenon`: the denier's own blaming of
    something, a claim of its own, not its part in the deed told before (`denied that it was
    to blame`)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)


def _calls_it_false(head: Token) -> bool:
    """`that figure was not true`, `this is false`, `the reports ... do not correspond to
    reality`: what was said before, called false."""
    subject = _subject(head)
    if subject is None or not (
        subject.lower_ in lexicon.DEMONSTRATIVES
        or subject.lemma_.lower() in lexicon.ALLEGATION_NOUNS
        or any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS for c in subject.children)
    ):
        return False
    if head.lemma_.lower() in lexicon.MATCHING_VERBS and _negated(head):
        objects = [
            *_objects_of(head, ("to", "with")),
            *(c for c in head.children if c.dep_ == "dobj"),
        ]
        return any(o.lemma_.lower() in lexicon.REALITY_NOUNS for o in objects)
    quality = next((c for c in head.children if c.dep_ in ("acomp", "attr")), None)
    if head.lemma_ not in COPULAS or quality is None:
        return False
    negated = _negated(quality)
    word = quality.lemma_.lower()
    return (word in lexicon.FALSITY_WORDS and not negated) or (word in TRUTH_WORDS and negated)


def _within(claim: Claim, other: Claim) -> bool:
    return other.span[0] <= claim.span[0] and claim.span[1] <= other.span[1]


def _source_text(doc: Doc, relation: Relation) -> str | None:
    return doc[slice(*relation.source)].text.lower() if relation.source else None


def extract_claims(
    doc: Doc,
    document: Document,
    entities: EntityIndex,
    timexes: Sequence[Timex] = (),
) -> tuple[tuple[Claim, ...], tuple[Event, ...]]:
    """Claims and timeline event candidates of one parsed document."""
    relations: list[Relation] = list(doc._.storyline_attributions or ())
    chain = [r for r in relations if r.kind in CHAIN_KINDS]
    paragraph = _paragraph_of(doc)
    root = document_source(document)
    claims: list[Claim] = []
    innermost: dict[str, Relation] = {}
    events: list[Event] = []
    seen: set[str] = set()
    # never participants: sources, cues, and the places in a person's title (`the leader of X`)
    excluded = {i for r in chain for span in (r.source, r.cue) if span for i in range(*span)}
    for start, end, position in entities.spans:
        if entities.entities[position].type == "PERSON" and end - start > 1:
            excluded.update(
                i for i in range(start, end) if entities.at(i) is not entities.entities[position]
            )
    sents = list(doc.sents)
    sent_starts = [sent.start for sent in sents]
    in_sentence = _by_sentence(timexes, [sent.start_char for sent in sents])
    chains = _Chains(chain)
    anaphoric = [r for r in chain if r.kind == "anaphoric"]
    for unit in _units(doc, chain, chains):
        holding = _chain_for(unit, chains, anaphoric, paragraph)
        start_char, end_char = char_span(doc, (unit.start, unit.end))
        claim_id = content_id("c", document.id, str(start_char), str(end_char))
        sent = sents[bisect_right(sent_starts, unit.head) - 1]
        here = in_sentence[sent.start_char]  # a clause's times are its sentence's
        if claim_id in seen:
            continue
        seen.add(claim_id)
        modality, consumed = _modality(doc, unit, holding)
        predicate, predicate_token = _predicate(doc, unit)
        on_condition = modality in UNHEDGED and _conditional(predicate_token, unit)
        if on_condition:
            modality = "possible"  # `would not sign any deal unless prisoners were freed`
        target = _what_it_denies(doc, unit, predicate, holding, claims, innermost, paragraph)
        if target is not None:
            modality = "denied"  # `Okafor said that figure was "simply not true"`
        theme = _theme(predicate_token)
        negative = modality == "denied" or _negative(unit, predicate_token, consumed)
        negative = negative != (
            _called_off(doc[unit.head], predicate) or _told_false(doc[unit.head], predicate)
        )
        place, place_id = _place(doc, unit, entities)
        speaker = holding[-1] if holding else None
        participants = _participants(doc, unit, entities, place_id, excluded, speaker)
        if modality not in FACTUAL:  # `will now open in the first half of 2022`: the half
            here = [t for t in here if t.value != "PRESENT_REF"]
        own_time = (
            _time_given(doc, here, doc[unit.head], document.published)
            or _time_soon_after(doc, here, predicate_token)
            or _as_deadline(doc, _timex_in(doc, here, unit, predicate_token, sent))
            or _time_apart(doc, here, doc[unit.head])
        )
        if _called_off(doc[unit.head], predicate):
            own_time = _day_of_the_event(doc, here, doc[unit.head])
        if modality not in FACTUAL:
            own_time = _week_ahead(
                _deadline_within(doc, own_time, document.published), document.published
            )
            own_time = _from_onward(doc, here, own_time)
        shared_time = (
            None
            if own_time
            else (
                _time_shared(doc, here, doc[unit.head])
                or _time_in_passing(doc, here, doc[unit.head])
            )
        )
        text = doc[unit.start : unit.end].text
        denies = None
        if target is not None:
            denies = target.id
            text = target.text
            predicate = target.predicate or predicate
            theme = target.theme
            participants = target.participants or participants
            place = target.place or place
        claim = Claim(
            id=claim_id,
            doc_id=document.id,
            text=text,
            sentence=_sentence_text(document.text, sent, start_char, end_char),
            span=(start_char, end_char),
            attribution=(root, *(_link(doc, r, entities) for r in holding)),
            modality=modality,
            polarity="negative" if negative else "positive",
            predicate=predicate,
            theme=theme,
            setting=_setting(predicate_token),
            moves_event=_moves_event(predicate_token),
            doer=None if target else _doer(doc, doc[unit.head], entities, speaker),
            participants=participants,
            place=place,
            time=own_time or shared_time,
            denies=denies,
        )
        claims.append(claim)
        if holding:
            innermost[claim.id] = holding[-1]
        if shared_time is not None or _only_a_thing(unit, predicate_token):
            continue  # a claim, but no entry for the timeline (or its day's, told first)
        if _on_the_days_occasion(doc[unit.head]):
            continue  # `appeared in court on Wednesday, where she was charged`: one occasion
        factual = claim.modality in FACTUAL
        committed = _binds(doc[unit.head])  # `agreed to buy`: the agreement is a happening
        told = _telling_time(doc, here, unit, predicate_token) if factual or committed else None
        dated = claim.time if claim.time and claim.time.start else None  # not `for 30 days`
        time = dated or _bound_on(doc, here, doc[unit.head]) or told
        event = _event(claim, predicate_token, time, document.published, on_condition)
        if event is not None:
            events.append(event)
        if event is not None and claim.moves_event and event.is_plan:
            moved_on = _day_of_the_move(doc, here, doc[unit.head]) or told
            if moved_on is not None:
                events.append(_the_move(event, moved_on, doc[unit.head]))
    events += _dated_happenings(doc, document, timexes, entities, events)
    return tuple(claims), tuple(events)


def _day_of_the_move(doc: Doc, timexes: Sequence[Timex], verb: Token) -> Timex | None:
    """The day a move or a setting was made (`on Thursday called a snap election for July
    14`)."""
    one_day = (t for t in timexes if t.start is not None and t.start == t.end)
    return next((t for t in one_day if _when_it_was_made(doc, t, verb)), None)


def _when_it_was_made(doc: Doc, timex: Timex, verb: Token) -> bool:
    """A time of the moving or setting verb's own, not the one it moves or sets its event to
    (`for Monday`, `to Friday`, `until Tuesday`)."""
    moved_to = _words_before(doc, timex).endswith((" for", " to", " until"))
    return not moved_to and _verb_of(doc, timex, verb.i) == verb


def _the_move(plan: Event, told: Timex, verb: Token) -> Event:
    """`has delayed A-level results to August 21, the board said on Monday`: beside the results
    due on the 21st, the delay itself happened, on the Monday it was told."""
    return replace(
        plan,
        id=content_id("v", plan.doc_id, plan.claim_id or "", "moved"),
        time=told,
        is_plan=False,
        predicate=_with_particle(verb),
    )


def _by_sentence(timexes: Sequence[Timex], sent_starts: list[int]) -> dict[int, list[Timex]]:
    """The time expressions of each sentence, by its first character: a clause's times are in
    its sentence (every helper below is given only those), and a long document has thousands
    of others."""
    found: dict[int, list[Timex]] = {start: [] for start in sent_starts}
    for timex in timexes:
        position = bisect_right(sent_starts, timex.start_char) - 1
        if position >= 0:
            found[sent_starts[position]].append(timex)
    return found


def _dated_happenings(
    doc: Doc,
    document: Document,
    timexes: Sequence[Timex],
    entities: EntityIndex,
    events: Sequence[Event],
) -> list[Event]:
    """`The toll from Tuesday's explosion at Beirut port rose to 135`: a happening dated by a
    possessive or a modifier (`Tuesday's explosion`, `since the Jan. 1 earthquake`) is a
    timeline entry of its own, to which a report that tells of it only in passing adds its
    source."""
    found: list[Event] = []
    for timex in timexes:
        noun = _dated_noun(doc, timex)
        if noun is None or any(_tells_it(event, noun, timex) for event in events):
            continue
        start_char, end_char = char_span(doc, (noun.left_edge.i, noun.right_edge.i + 1))
        text = text_of(doc)[start_char:end_char]
        named = entities.within(noun.left_edge.i, noun.right_edge.i + 1)
        ahead = document.published is not None and timex.start[:10] > document.published[:10]
        found.append(
            Event(
                id=content_id("v", document.id, "dated", str(timex.start_char)),
                doc_id=document.id,
                summary=text if len(text) <= 160 else text[:157] + "...",
                sentence=_sentence_text(document.text, noun.sent, start_char, end_char),
                time=timex,
                participants=tuple(e.name for e in named if e.type not in ("DATE", "CARDINAL")),
                is_plan=ahead,
                predicate=lexicon.HAPPENING_NOUNS[noun.lemma_.lower()],
            )
        )
    return found


def _dated_noun(doc: Doc, timex: Timex) -> Token | None:
    """The happening a day's possessive or modifier dates: `explosion` of `Tuesday's
    explosion`, `earthquake` of `the Jan. 1 earthquake`."""
    if timex.type != "DATE" or not timex.start or timex.start != timex.end:
        return None
    span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
    if span is None:
        return None
    attached = [t for t in span if not span.start <= t.head.i < span.end]
    if len({t.head.i for t in attached}) != 1:
        return None
    if not any(t.dep_ in ("poss", "nmod", "compound") for t in attached):
        return None
    noun = attached[0].head
    if noun.lemma_.lower() not in lexicon.HAPPENING_NOUNS or _called_off_or_moved(noun):
        return None
    return noun


def _called_off_or_moved(noun: Token) -> bool:
    """`Friday's strike was called off`, `postponed the Monday meeting`: no happening that day."""
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    moved = verb.lemma_.lower() in lexicon.RESCHEDULE_VERBS  # `delay` and `postpone` among them
    return moved or _with_particle(verb) in lexicon.CANCEL_VERBS or _negated(verb)


def _tells_it(event: Event, noun: Token, timex: Timex) -> bool:
    """An event of the same sentence already on that day (`Tuesday's explosion killed 78`)."""
    in_sentence = noun.sent.start_char <= event.time.start_char < noun.sent.end_char
    return in_sentence and event.time.start == timex.start


def _sentence_text(text: str, sent: Span, start: int, end: int) -> str:
    """The claim's sentence (a run-on one cut to a window around the claim)."""
    low = max(sent.start_char, start - SENTENCE_CONTEXT)
    high = min(sent.end_char, end + SENTENCE_CONTEXT)
    return text[low:high].strip()


def _page_date(claim: Claim, predicate: Token) -> bool:
    """`Published June 28`, `This report was first published June 28`: the page's own dates,
    with no one who did it (`The bank published its forecasts on Thursday` is an event)."""
    doer = any(child.dep_ == "nsubj" for child in predicate.children)
    return claim.predicate in lexicon.PAGE_VERBS and not doer


def _only_a_thing(unit: _Unit, predicate: Token) -> bool:
    """A reported noun that names no happening (`reporting [a net loss of 48 million
    crowns]`) is no entry for the timeline; an accusation or a charge is one (`charged [the
    owner] with negligent homicide`)."""
    return (
        unit.relation is not None
        and unit.relation.lemma not in ACCUSING_CUES
        and predicate.pos_ in ("NOUN", "PROPN")
        and predicate.lemma_.lower() not in lexicon.EVENT_NOUNS
    )


def _event(
    claim: Claim,
    predicate: Token,
    time: Timex | None,
    published: str | None,
    on_condition: bool = False,
) -> Event | None:
    """A dated claim of something that happened (or is planned) is a timeline candidate; the
    page's own `Published June 28` is not (`The bank published its forecasts on Thursday` is),
    nor is anything that lasts (`96 hours`). What is dated after its report is a plan, however
    it is told (`would declare ... on Monday`), and so is what is due on a condition (`will be
    lifted on Saturday if the winds stay calm`); a commitment made or an order given is no plan
    (`agreed on Monday to buy`, `ordered on Monday to ground`)."""
    bound = predicate.head if _binds(predicate.head) else None  # `agreed on Monday to buy`
    attempt = _implicative_head(predicate) or bound  # `failed to pull`: the attempt was made
    if time is None or not (claim.modality in EVENT_MODALITIES or on_condition):
        return None
    if claim.polarity != "positive" and attempt is None:
        return None
    if time.type not in ("DATE", "TIME") or _page_date(claim, predicate):
        return None
    if time.value == "PRESENT_REF":  # `right now` tells of a state, not of a happening
        return None
    if _words_before(predicate.doc, time).endswith((" until", " till")):
        return None  # `would remain in place until Wednesday`: where a state ends, no happening
    ahead = published is not None and time.start is not None and time.start[:10] > published[:10]
    is_plan = on_condition or ahead or (EVENT_MODALITIES[claim.modality] and bound is None)
    # an event noun subject tells its tense through its verb: `The inquiry ... began on Friday`
    verb = _tense_verb(
        attempt or (predicate.head if predicate.dep_ in ("nsubj", "nsubjpass") else predicate)
    )
    if not is_plan and verb.tag_ not in ("VBD", "VBN") and claim.modality != "reported":
        return None
    return Event(
        id=content_id("v", claim.doc_id, claim.id),
        doc_id=claim.doc_id,
        summary=claim.text if len(claim.text) <= 160 else claim.text[:157] + "...",
        sentence=claim.sentence,
        time=time,
        participants=claim.participants,
        place=claim.place,
        is_plan=is_plan,
        claim_id=claim.id,
    )
