"""Attribution: who says what, by which cue, found on the dependency parse spaCy already gives.

`find_relations(doc)` returns one `Relation` per attribution (source, cue and content as token
spans). The rules, all driven by the word lists in `lexicon.py`:

- reported speech: a cue verb with a clausal complement (`X said/writes/reported that ...`,
  `..., officials said`), its subject (or passive agent) the source;
- direct quotes: a quote that a cue outside it attaches to is the whole content
  (`"...," stated in the material`), across sentences;
- `according to X`, `citing X` / `quoting X` (nested inside the verb it hangs on);
- impersonal cues (`It is noted that`, `it became known that`): no source;
- noun-phrase contents for confirm/deny/announce (`Pyongyang denies the allegations`,
  `the Kremlin has confirmed the visit of X to Y`) and for naming verbs (`calls them "..."`);
- dismissals: a denial of a report's content (`the ministry rejected as false reports that X`,
  `claims that X are untrue`) has that content, the `that` clause, as its own;
- anaphoric cues (`The New York Times writes about it`): the content is the sentences before;
- intentions (`wants to`, `plans to`) are kept as relations of kind "intention": the PolNeAR
  scheme counts them, claims read them as modality instead.

The component `storyline_attribution` stores the relations on `doc._.storyline_attributions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analyze import lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "AttributionComponent",
    "Relation",
    "char_span",
    "find_relations",
    "quote_spans",
    "text_of",
]

TokSpan = tuple[int, int]
TEXT_KEY = "storyline_text"  # where `text_of` keeps a document's joined text

OPEN_QUOTES = frozenset({"“", "``", "‘‘", "«", "„"})
CLOSE_QUOTES = frozenset({"”", "''", "’’", "»"})
STRAIGHT_QUOTES = frozenset({'"'})
TRIM_PUNCT = frozenset({",", ".", ";", ":", "-", "–", "—", "(", ")", "...", "…"})

#: Cues whose infinitive complement is an intention (`wants to`, `urged X to`).
INTENTION_CUES = lexicon.words(
    "want plan intend hope expect promise pledge vow threaten urge ask refuse decline seek "
    "try call aim wish demand agree encourage push press warn tell seem appear"
)
GERUND_CUES = lexicon.words("deny admit acknowledge confirm")  # whose gerund is the content
PERFECT_CUES = lexicon.words("claim allege boast")  # `claim to have stolen`: what is claimed
NAMING_CUES = lexicon.words("call describe label brand dub characterize term name")
ANAPHORS = lexicon.words("it this that so these those")
EXPLETIVES = frozenset({"it"})
LEFT_NOMINAL_DEPS = frozenset({"npadvmod", "dep", "nsubj"})
MAX_COLON_SOURCE = 5  # tokens of a name before a colon that attributes what follows
MIN_COLON_CONTENT = 4
KIND_ORDER = {"anaphoric": 0, "quote": 0, "verb": 1, "impersonal": 1, "according": 2, "citing": 3}


@dataclass(frozen=True, slots=True)
class Relation:
    """One attribution: spans are [start, end) token indices into the Doc.

    `content` may have several pieces (a content split by `according to X` in its middle).
    `stance` says what the cue does to the content: report, claim, confirm, deny or think.
    """

    cue: TokSpan
    content: tuple[TokSpan, ...]
    source: TokSpan | None
    kind: str
    stance: str
    lemma: str

    @property
    def content_start(self) -> int:
        return self.content[0][0]

    @property
    def content_end(self) -> int:
        return self.content[-1][1]

    @property
    def rank(self) -> tuple[int, int]:
        """Sort key, outermost first: wider contents, then the cue kinds that wrap others."""
        return (-(self.content_end - self.content_start), KIND_ORDER.get(self.kind, 1))


def text_of(doc: Doc) -> str:
    """The document's text, joined once: `Doc.text` joins every token each time it is read,
    which made a long document's analysis quadratic."""
    if TEXT_KEY not in doc.user_data:
        doc.user_data[TEXT_KEY] = doc.text
    return doc.user_data[TEXT_KEY]


def char_span(doc: Doc, span: TokSpan) -> tuple[int, int]:
    """Character offsets of a token span."""
    start, end = span
    if end <= start:
        return (doc[start].idx, doc[start].idx)
    last = doc[end - 1]
    return (doc[start].idx, last.idx + len(last.text))


# --- quotes -------------------------------------------------------------------------------


def quote_spans(doc: Doc, max_tokens: int = 400) -> list[TokSpan]:
    """Spans of quoted passages, quote marks included, paired within a paragraph."""
    spans: list[TokSpan] = []
    open_at: int | None = None
    straight_at: int | None = None
    for token in doc:
        text = token.text
        if token.is_space and "\n\n" in text:
            open_at = straight_at = None
        elif text in OPEN_QUOTES:
            open_at = token.i
        elif text in CLOSE_QUOTES and open_at is not None:
            if token.i - open_at <= max_tokens:
                spans.append((open_at, token.i + 1))
            open_at = None
        elif text in STRAIGHT_QUOTES:
            if straight_at is None:
                straight_at = token.i
            else:
                if token.i - straight_at <= max_tokens:
                    spans.append((straight_at, token.i + 1))
                straight_at = None
    return spans


# --- helpers --------------------------------------------------------------------------------


def _subtree_span(token: Token) -> TokSpan:
    return (token.left_edge.i, token.right_edge.i + 1)


def _trim(doc: Doc, span: TokSpan) -> TokSpan:
    """Drop spaces and punctuation at both ends (a closing bracket only when unbalanced)."""
    start, end = span
    while start < end and (doc[start].is_space or doc[start].text in TRIM_PUNCT):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in TRIM_PUNCT):
        if doc[end - 1].text == ")" and any(doc[i].text == "(" for i in range(start, end)):
            break
        end -= 1
    return (start, end)


def _overlaps(a: TokSpan, b: TokSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _cue_span(token: Token) -> TokSpan:
    """The cue verb with its auxiliaries and negation (`has confirmed`, `is noted`)."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("aux", "auxpass", "neg") and token.i - child.i <= 3:
            start = min(start, child.i)
    return (start, token.i + 1)


def _subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return child
    return None


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _source_span(doc: Doc, subject: Token, avoid: Iterable[TokSpan]) -> TokSpan:
    end = subject.right_edge.i + 1
    for child in subject.rights:
        if child.dep_ in ("relcl", "acl") and child.left_edge.i > subject.i:
            end = min(end, child.left_edge.i)
    span = _trim(doc, (subject.left_edge.i, end))
    if any(_overlaps(span, other) for other in avoid):
        modifiers = ("compound", "det", "amod", "poss", "nmod")
        start = min(
            (c.left_edge.i for c in subject.lefts if c.dep_ in modifiers), default=subject.i
        )
        span = (start, subject.i + 1)
    return span


# --- the rules ------------------------------------------------------------------------------


def _clausal_content(token: Token, lemma: str) -> list[Token]:
    comps = [c for c in token.children if c.dep_ == "ccomp"]
    if not comps and lemma in INTENTION_CUES:
        comps = [c for c in token.children if c.dep_ == "xcomp"]
    if not comps and lemma in GERUND_CUES:  # `denied paying a ransom`
        comps = [c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    if not comps and lemma in PERFECT_CUES:  # `claim to have stolen the data`
        comps = [c for c in token.children if c.dep_ == "xcomp" and _perfect_infinitive(c)]
    if not comps and lemma in lexicon.SAY_VERBS:
        comps = [c for c in token.lefts if _headline_clause(c)]
    if not comps and lemma in lexicon.SAY_VERBS:
        comps = _said_in(token)
    return comps


def _said_in(verb: Token) -> list[Token]:
    """`said in a statement that X`: the parser hangs the `that` clause on the noun of the
    phrase between the cue and its content (`a statement that ...`), as if it told the noun."""
    nouns = (c for prep in verb.rights if prep.dep_ == "prep" for c in prep.children)
    return [clause for noun in nouns if noun.dep_ == "pobj" and (clause := _that_clause(noun))]


def _perfect_infinitive(verb: Token) -> bool:
    """`to have stolen`: a past deed told in the infinitive."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and {"to", "have"} <= auxiliaries


def _headline_clause(token: Token) -> bool:
    """`Remains found in wreckage, Coast Guard says`: a headline's clause without its auxiliary
    (a noun and its participle) that the parser hangs on the cue, a comma between them."""
    after = token.right_edge.i + 1
    return (
        token.dep_ == "dep"
        and token.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in token.children)
        and after < len(token.doc)
        and token.doc[after].text == ","
    )


def _withheld(verb: Token) -> bool:
    """`denied clemency to Darnell Hayes`, `rejected his appeal`: a thing granted or refused."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.GRANTED_THINGS for c in verb.children
    )


def _a_work_written(verb: Token) -> bool:
    """`would write a book about his time in prison`: a work made, no words told."""
    return verb.lemma_.lower() == "write" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.WRITTEN_WORKS for c in verb.children
    )


def _done_to_a_person(verb: Token) -> bool:
    """`dismissed coach Jorge Vilda`, `charged three people`: done to someone, no words judged
    (but `rebuts James Cameron` answers what he said)."""
    return any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON"
            or c.lemma_.lower() in lexicon.PEOPLE_NOUNS
            or c.lemma_.lower() in lexicon.PERSON_TITLES
        )
        for c in verb.children
    )


def _complement_span(doc: Doc, token: Token) -> TokSpan | None:
    """Everything the verb governs to its right, but its subject (`confirmed the visit of X`)."""
    rights = [c for c in token.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "mark")]
    if not any(c.dep_ in ("dobj", "oprd", "attr") for c in rights):
        return None
    start = min(c.left_edge.i for c in rights)
    end = max(c.right_edge.i for c in rights) + 1
    return _trim(doc, (start, end))


def _previous_sentences(
    doc: Doc, sent: Span, before: list[Span], taken: list[TokSpan], limit: int = 3
) -> TokSpan:
    """Up to `limit` sentences before `sent`, stopping at one that already has a cue."""
    start = sent.start
    for previous in reversed(before[-limit:]):
        if any(previous.start <= cue[0] < previous.end for cue in taken):
            break
        if not any(t.pos_ in ("VERB", "AUX") for t in previous):
            break
        start = previous.start
    return _trim(doc, (start, sent.start))


def _pieces(doc: Doc, spans: Iterable[TokSpan]) -> tuple[TokSpan, ...]:
    trimmed = [_trim(doc, span) for span in spans]
    return tuple(span for span in trimmed if span[1] > span[0])


def _adjacent_quotes(
    doc: Doc, token: Token, cue: TokSpan, source: TokSpan | None, quotes: list[TokSpan]
) -> tuple[TokSpan, ...]:
    """Quotes right before or after the cue clause (`"...," he said, "..."`)."""
    taken = set(range(*cue)) | (set(range(*source)) if source else set())
    clause = (token.left_edge.i, token.right_edge.i + 1)
    found = []
    for q_start, q_end in quotes:
        if q_start <= token.i < q_end:
            continue
        if q_end <= cue[0]:
            gap = range(q_end, cue[0])
        elif q_start >= cue[1]:
            gap = range(cue[1], q_start)
        else:
            continue
        if len(gap) > 12 or not (clause[0] - 3 <= q_start and q_end <= clause[1] + 3):
            continue
        if all(i in taken or doc[i].is_punct or doc[i].is_space for i in gap):
            found.append((q_start, q_end))
    return tuple(found)


def _verb_relation(
    doc: Doc,
    token: Token,
    sent: Span,
    cues_so_far: list[TokSpan],
    quotes: list[TokSpan],
    before: list[Span],
) -> Relation | None:
    lemma = token.lemma_.lower()
    stance = lexicon.CUE_VERBS.get(lemma)
    evaluative = lemma in lexicon.EVALUATION_CUES or lemma in lexicon.PREP_CUES
    if stance is None and not evaluative:
        return None
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if token.pos_ == "ADJ" and not any(c.dep_ == "ccomp" for c in token.children):
        return None
    cue = _cue_span(token)
    kind = "verb"
    content: tuple[TokSpan, ...] = ()
    source, _ = _find_source(doc, token, cue, cue, kind)
    comps = _clausal_content(token, lemma)
    after = [c for c in comps if c.i > token.i]
    if after and len(after) < len(comps):
        comps = after  # `X took place - they say that Y`: the complement after the cue
    if comps:
        # `denied paying`, `claims to have stolen`: a deed told, not an intention
        deed = lemma in GERUND_CUES or lemma in PERFECT_CUES
        if (all(c.dep_ == "xcomp" for c in comps) and not deed) or stance == "intend":
            kind = "intention"
        content = _pieces(
            doc,
            [
                (
                    min(c.left_edge.i for c in comps),
                    max(c.right_edge.i for c in comps) + 1,
                )
            ],
        )
    elif token.dep_ == "parataxis" and stance is not None:
        head = token.head
        clause = (max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end))
        inner = (token.left_edge.i, token.right_edge.i + 1)
        content = _pieces(doc, [(clause[0], inner[0]), (inner[1], clause[1])])
    if not content and stance is not None:
        content = _adjacent_quotes(doc, token, cue, source, quotes)
        if content:
            kind = "quote"
    objects = [c for c in token.children if c.dep_ in ("dobj", "prep", "advmod")]
    anaphoric = any(
        c.lower_ in ANAPHORS or (c.dep_ == "prep" and any(g.lower_ in ANAPHORS for g in c.children))
        for c in objects
    )
    short = lemma not in lexicon.CLAUSE_ONLY_CUES and len(list(token.rights)) <= 3
    if not content and anaphoric and short and stance is not None and sent.start > 0:
        previous = _previous_sentences(doc, sent, before, cues_so_far)
        if previous[1] > previous[0]:
            content, kind = (previous,), "anaphoric"
    if not content and lemma in lexicon.PREP_CUES:
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in lexicon.PREP_CUES[lemma]:
                pobj = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                if pobj:
                    cue = (cue[0], child.i + 1) if child.i == cue[1] else cue
                    content = _pieces(doc, [(pobj[0].left_edge.i, pobj[-1].right_edge.i + 1)])
                    kind = "verb" if stance is not None else "evaluation"
                    break
    if not content and stance == "deny":
        clause = _dismissed_clause(token)
        if clause is not None:
            content = _pieces(doc, [_subtree_span(clause)])
    if not content and (
        lemma in lexicon.NP_CONTENT_CUES
        or lemma in NAMING_CUES
        or (lemma in lexicon.SAY_VERBS and lemma not in lexicon.CLAUSE_ONLY_CUES)
        or lemma in lexicon.EVALUATION_CUES
    ):  # `would add more plants to the strike`: no words told
        fired = lemma in lexicon.ACTING_ON_PEOPLE_CUES and _done_to_a_person(token)
        acted = fired or _withheld(token) or _a_work_written(token)
        span = None if acted else _complement_span(doc, token)
        if span is not None:
            content = _pieces(doc, [span])
            evaluation = lemma in lexicon.EVALUATION_CUES or lemma in NAMING_CUES
            if stance is None or (evaluation and stance != "deny"):
                kind = "evaluation"
    if not content and token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
        content = _pieces(doc, [(token.i + 2, sent.end)])
        kind = "quote"
    if not content or any(start <= token.i < end for start, end in content):
        return None
    source, kind = _find_source(doc, token, cue, content[0], kind)
    if kind == "impersonal" and token.dep_ == "acomp":
        cue = (min(cue[0], token.head.i), cue[1])
    return Relation(cue, content, source, kind, stance or "evaluate", lemma)


def _reported_clause(noun: Token) -> Token | None:
    """The `that` clause of a report noun (`reports that X`), not a relative clause (`reports
    that circulated`): the complementizer `that` marks it."""
    if noun.lemma_.lower() not in lexicon.ALLEGATION_NOUNS:
        return None
    return _that_clause(noun)


def _that_clause(noun: Token) -> Token | None:
    """The clause after a noun that the complementizer `that` opens, if any."""
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl", "ccomp") and any(
            grandchild.dep_ == "mark" and grandchild.lower_ == "that"
            for grandchild in child.children
        ):
            return child
    return None


def _dismissed_clause(token: Token) -> Token | None:
    """`rejected (as inaccurate) reports that X`: what is rejected is X, not the reports."""
    for child in token.rights:
        if child.dep_ == "dobj":
            nouns = [child]
        elif child.dep_ == "prep":
            nouns = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
        else:
            continue
        for noun in nouns:
            clause = _reported_clause(noun)
            if clause is not None:
                return clause
    return None


def _falsity_relation(doc: Doc, token: Token) -> Relation | None:
    """`Reports that X are false`: X is denied. No source is named here; the cue that frames
    the sentence (`..., the Pentagon says`) says who."""
    if token.lemma_.lower() not in lexicon.FALSITY_WORDS or token.dep_ not in ("acomp", "attr"):
        return None
    copula = token.head
    if any(child.dep_ == "neg" for child in copula.children):
        return None
    noun = _subject(copula) or _misread_report(copula)
    clause = _reported_clause(noun) if noun is not None else None
    if clause is None:
        return None
    content = _pieces(doc, [_subtree_span(clause)])
    if not content:
        return None
    cue = (min(copula.i, token.i), max(copula.i, token.i) + 1)
    return Relation(cue, content, None, "impersonal", "deny", token.lemma_.lower())


def _misread_report(copula: Token) -> Token | None:
    """`Press reports that X were inaccurate`, parsed as the verb `reports` with two clauses:
    the report noun misread as a verb is the subjectless copula's subject."""
    report = copula.head
    if copula.dep_ != "ccomp" or report.tag_ != "VBZ":
        return None
    return report if _reported_clause(report) is not None else None


def _calls_false(verb: Token) -> bool:
    """Whether `verb` is a report noun misread as a verb (`_misread_report`): not a cue."""
    return any(
        _subject(child) is None
        and _misread_report(child) == verb
        and any(
            grandchild.dep_ in ("acomp", "attr")
            and grandchild.lemma_.lower() in lexicon.FALSITY_WORDS
            for grandchild in child.children
        )
        for child in verb.children
    )


def _find_source(
    doc: Doc, token: Token, cue: TokSpan, content: TokSpan, kind: str
) -> tuple[TokSpan | None, str]:
    subject = _subject(token)
    holder = token
    # `X said A and added B`, `declined to say`, `it became known that`, `by saying`, `rushing
    # to TV to say`: the subject is higher up.
    while (
        subject is None
        and holder.head.i != holder.i
        and (
            holder.dep_ in ("conj", "xcomp", "acomp")
            or (holder.dep_ in ("advcl", "pcomp") and holder.tag_ in ("VBG", "VB"))
            or (holder.dep_ == "prep" and holder.pos_ == "ADP")
        )
    ):
        holder = holder.head
        subject = _subject(holder)
    if subject is None and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        noun = token.head  # `911 calls saying ...`, `a group backing X`
        return _trim(doc, (noun.left_edge.i, noun.i + 1)), kind
    agent = _agent(token)
    if agent is not None:
        return _source_span(doc, agent, (cue, content)), kind
    if subject is not None and _told_to(subject, token):
        return None, kind  # `the cabinet had never been warned that ...`: the hearer
    if subject is not None:
        if subject.lower_ in EXPLETIVES and (
            subject.dep_ in ("nsubjpass", "expl") or holder.i != token.i
        ):
            return None, "impersonal" if kind == "verb" else kind
        return _source_span(doc, subject, (cue, content)), kind
    # `Earlier, The New York Times, citing X, wrote`: a misparsed subject to the left.
    if kind != "impersonal" and token.dep_ in ("ROOT", "ccomp", "conj"):
        found = _left_nominal(doc, token, cue, max(0, cue[0] - 15))
        if found is not None:
            return _source_span(doc, found, (cue, content)), kind
    # `"...," stated in the material`: a participle whose source hangs on a preposition.
    for child in token.children if token.tag_ == "VBN" else ():
        if child.dep_ == "prep" and child.lower_ in ("in", "by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _source_span(doc, pobj, (cue, content)), kind
    return None, kind


def _told_to(subject: Token, cue: Token) -> bool:
    """The passive subject of a cue of telling someone (`was warned that`, `had been told
    that`) heard it: the teller goes unnamed."""
    return subject.dep_ == "nsubjpass" and cue.lemma_.lower() in lexicon.ADDRESSEE_CUES


def _left_nominal(doc: Doc, token: Token, cue: TokSpan, sent_start: int) -> Token | None:
    """A noun hanging on the cue verb's left as npadvmod/dep (parser slips), outside clauses."""
    skip: set[int] = set()
    for child in token.lefts:
        if child.dep_ in ("advcl", "prep", "ccomp", "mark", "csubj"):
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    for i in range(cue[0] - 1, max(sent_start, cue[0] - 15) - 1, -1):
        candidate = doc[i]
        if i in skip:
            continue
        if candidate.pos_ not in ("PROPN", "NOUN") or candidate.dep_ not in LEFT_NOMINAL_DEPS:
            continue
        if token.i in (candidate.head.i, candidate.head.head.i):
            return candidate
    return None


def _according_relation(doc: Doc, token: Token, sent: Span) -> Relation | None:
    """`According to X, ...` and `..., according to X`."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        to = doc[token.i + 1]
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    phrase = (min(token.i, token.left_edge.i), max(token.right_edge.i, to.right_edge.i) + 1)
    source = _trim(doc, _subtree_span(pobj))
    return _rest_of_clause(doc, token, sent, phrase, (token.i, to.i + 1), source, "according")


def _colon_relation(doc: Doc, sent: Span) -> Relation | None:
    """`Reuters: the Doha meeting was postponed`, `Kremlin: visit will take place`: a name and
    a colon open the sentence, as notes and headlines attribute what follows."""
    colon = next((t for t in sent[: MAX_COLON_SOURCE + 1] if t.text == ":"), None)
    if colon is None or colon.i == sent.start or sent.end - colon.i < MIN_COLON_CONTENT:
        return None
    name = doc[sent.start : colon.i]
    if not all(t.pos_ == "PROPN" or t.ent_type_ or t.text in ".'&" for t in name):
        return None
    content = _trim(doc, (colon.i + 1, sent.end))
    source = (sent.start, colon.i)
    return Relation((colon.i, colon.i + 1), (content,), source, "according", "report", ":")


def _rest_of_clause(
    doc: Doc,
    token: Token,
    sent: Span,
    phrase: TokSpan,
    cue: TokSpan,
    source: TokSpan,
    kind: str,
    stance: str = "report",
) -> Relation | None:
    head = token.head if token.head.i != token.i else token
    while head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl") and head.head.i != head.i:
        head = head.head
    clause = _subtree_span(head)
    clause = (max(clause[0], sent.start), min(clause[1], sent.end))
    pieces = [
        _trim(doc, (clause[0], phrase[0])),
        _trim(doc, (phrase[1], clause[1])),
    ]
    pieces = [p for p in pieces if p[1] - p[0] > 1]
    if not pieces:
        return None
    return Relation(cue, tuple(pieces), source, kind, stance, doc[cue[0]].lemma_.lower())


def _citing_relation(
    doc: Doc, token: Token, sent: Span, by_verb: dict[int, Relation]
) -> Relation | None:
    """`X, citing Y, wrote that ...`: Y is nested inside X's relation, sharing its content."""
    lemma = token.lemma_.lower()
    if (
        lemma not in ("cite", "quote")
        or token.tag_ != "VBG"
        or token.dep_ not in ("advcl", "acl", "xcomp")
    ):
        return None
    obj = next((c for c in token.children if c.dep_ in ("dobj", "pobj")), None)
    if obj is None or obj.lemma_.lower() in lexicon.CITED_REASONS:
        return None  # `citing an oil leak`: a reason given, no source
    source = _trim(doc, _subtree_span(obj))
    outer = by_verb.get(token.head.i)
    if outer is not None:
        return Relation((token.i, token.i + 1), outer.content, source, "citing", "report", lemma)
    phrase = _trim(doc, _subtree_span(token))
    return _rest_of_clause(doc, token, sent, phrase, (token.i, token.i + 1), source, "citing")


def _extend_to_quotes(relation: Relation, quotes: list[TokSpan]) -> Relation:
    """A content that overlaps a quote its cue stands outside of takes in the whole quote."""
    if len(relation.content) != 1 or relation.kind in ("intention", "anaphoric"):
        return relation
    start, end = relation.content[0]
    cue_at = relation.cue[0]
    for q_start, q_end in quotes:
        if q_start <= cue_at < q_end:
            continue
        if q_start < end and start < q_end:
            start, end = min(start, q_start), max(end, q_end)
    if (start, end) == relation.content[0]:
        return relation
    return Relation(
        relation.cue,
        ((start, end),),
        relation.source,
        relation.kind,
        relation.stance,
        relation.lemma,
    )


def find_relations(doc: Doc) -> list[Relation]:
    """Every attribution relation in the Doc, in text order of their cues (none unparsed)."""
    if not doc.has_annotation("DEP"):
        return []
    quotes = quote_spans(doc)
    relations: list[Relation] = []
    by_verb: dict[int, Relation] = {}
    cues: list[TokSpan] = []
    sents = list(doc.sents)
    for number, sent in enumerate(sents):
        pending: list[Token] = []
        colon = _colon_relation(doc, sent)
        if colon is not None:
            relations.append(colon)
            cues.append(colon.cue)
        for token in sent:
            if token.lower_ == "according":
                found = _according_relation(doc, token, sent)
            elif token.tag_ == "VBG" and token.lemma_.lower() in ("cite", "quote"):
                pending.append(token)
                continue
            elif _calls_false(token):
                continue
            else:
                found = _verb_relation(
                    doc, token, sent, cues, quotes, sents[max(0, number - 3) : number]
                ) or _falsity_relation(doc, token)
            if found is None:
                continue
            found = _extend_to_quotes(found, quotes)
            relations.append(found)
            if found.kind not in ("intention", "evaluation"):
                cues.append(found.cue)
            by_verb[token.i] = found
        for token in pending:
            found = _citing_relation(doc, token, sent, by_verb)
            if found is not None:
                relations.append(found)
                cues.append(found.cue)
    relations.sort(key=lambda r: r.cue)
    return _drop_nested_cues(relations)


def _drop_nested_cues(relations: list[Relation]) -> list[Relation]:
    """A cue word inside another relation's source is not a cue of its own."""
    in_sources = {i for r in relations if r.source is not None for i in range(*r.source)}
    return [r for r in relations if in_sources.isdisjoint(range(*r.cue))]


class AttributionComponent:
    """The `storyline_attribution` pipe: sets `doc._.storyline_attributions`."""

    def __init__(self, nlp: Language, name: str) -> None:
        from spacy.tokens import Doc

        if not Doc.has_extension("storyline_attributions"):
            Doc.set_extension("storyline_attributions", default=None)
        self.name = name

    @classmethod
    def factory(cls, nlp: Language, name: str) -> AttributionComponent:
        return cls(nlp, name)

    def __call__(self, doc: Doc) -> Doc:
        doc._.storyline_attributions = find_relations(doc)
        return doc


def _speaker_in_quote(doc: Doc, relation: Relation) -> bool:
    """A first or second person source (`I think`, `we want`): a voice inside someone's words."""
    if relation.source is None:
        return True
    return doc[relation.source[0]].lower_ in ("i", "we", "you", "me", "us")


def outermost(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """The relations whose cue lies in no other relation's content nor in a quotation (a
    univocal reading, where each token belongs to one attribution at most, as PolNeAR has it)."""
    quotes = quote_spans(doc)
    relations = [
        r
        for r in relations
        if not (_speaker_in_quote(doc, r) and any(a <= r.cue[0] < b for a, b in quotes))
    ]
    kept: list[Relation] = []
    for relation in sorted(relations, key=lambda r: r.rank):
        inside = any(
            start <= relation.cue[0] < end for other in kept for start, end in other.content
        )
        if not inside:
            kept.append(relation)
    return sorted(kept, key=lambda r: r.cue)
