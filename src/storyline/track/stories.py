"""Incremental story assignment: each new document joins its story or starts one.

A story is one developing event; a thread groups stories of related events. A document joins the
story whose *participants* it shares (people, organizations, works, years: weighted by how rare
they are in the store) and whose *text* it resembles, helped or hindered by place and date when
both sides have them. Text is two cosines mixed: the title-and-lede embedding (what kind of event)
and the rare words of the whole text against the store (which one: `Wasilla`, `Teixeira`). Text
alone cannot tell two earthquakes apart, names and dates can; names alone drift (the same
minister in two unrelated stories), text keeps them apart.

A thread is events of one *kind* (two actresses checking into rehab), which the embedding of
title and lede tells poorly: names weigh most in it. So each document also carries a *kind*
vector, its lede embedded with names and numbers taken out (`embed.kind_text`), and threads
compare those besides text and participants.

A document that starts a story joins the nearest thread (its candidate stories pooled) when
their text, participants or kind are close enough; when a story grows, threads of other grown
stories that are now as close in text or kind are folded into its thread
(`StoryDecision.merge_threads`), and candidate stories that now score as its own documents do
are folded into the story itself (`StoryDecision.merge_stories`): an event whose first reports
said too little to be recognised started two stories, and the grown one finds the other.

Everything here is pure: the caller (the store) finds the candidate stories through an index
(`StoryIndex` is the in-memory one: entity postings plus embedding neighbours) and persists the
profiles. Analyst choices are data: a document the analyst moved carries `pinned_story` and is
never reassigned; a story the analyst merged or split is `locked`: the tracker never merges its
thread automatically, and the lead's store never re-clusters its documents.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from storyline.analyze.timex_grammar import MONTHS, WEEKDAYS
from storyline.model import content_id
from storyline.track.resolve import EntityKey, entity_key, normalize_name

__all__ = [
    "DocumentProfile",
    "StoryDecision",
    "StoryIndex",
    "StoryParams",
    "StoryProfile",
    "assign_story",
    "class_free_keys",
    "doc_profile",
    "known_names",
    "merge_profiles",
    "names_in_text",
    "new_story",
    "story_score",
    "term_counts",
    "untagged_names",
    "update_profile",
]

_CLASS_WEIGHT = {"person": 1.0, "org": 0.6, "place": 0.4, "work": 0.8, "year": 0.5}
_WORK_TYPES = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
_TERM = re.compile(r"[a-z][a-z'-]{2,}")
_MAX_TERMS = 60
_MAX_STORY_KEYS = 400
_STOPWORD_TEXT = (
    "about above after again against all also and any are because been before being below "
    "between both but can could did does doing down during each few for from further had has "
    "have having her here hers herself him himself his how into its itself just more most "
    "nor not now off once only other our ours out over own same she should some such than "
    "that the their theirs them then there these they this those through too under until "
    "very was were what when where which while who whom why will with would you your yours "
    "said says say told according new one two three four five year years time people "
    "last first monday tuesday wednesday thursday friday saturday sunday week day today "
    "yesterday may might also many much make made get got like well back even still"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PLACE_CLASSES = frozenset({"place"})
_SURNAME_CLASSES = frozenset({"person", "org"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NAME_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:of|the|and|for|de)\b|[A-Z0-9][\w'’&.-]*))*")
_MAX_NAME_WORDS = 5
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_KNOWN_PER_STORY = 40  # a candidate story's heaviest names looked for in a document's text
_KNOWN_WHEN_NAMED = 3  # ... in a document that has names of its own


@dataclass(frozen=True, slots=True)
class StoryParams:
    """Every threshold of story and thread assignment, chosen once on ECB+ dev (see evaluation);
    those that need publication dates, which ECB+ lacks, on the dated invented stories."""

    join: float = 0.45  # a document joins a story when its score reaches this
    text_weight: float = 0.7  # score = text_weight * cosine + entity_weight * entity cosine
    entity_weight: float = 1.0
    lexical_share: float = 0.5  # text cosine = mix of embedding and rare-word cosines
    place_bonus: float = 0.05  # shared place: a little closer
    place_penalty: float = 0.05  # both have places, none shared: a little further
    date_window_days: int = 30  # beyond it the date gap costs, growing to date_penalty (a
    # developing story, a takeover or a trial, is told month after month)
    date_penalty: float = 0.3
    close_days: int = 7  # a report within a week of a story's dates is likely a follow-up ...
    close_bonus: float = 0.2  # ... and gets this much closer, less and less up to the window's
    # end (never without dates)
    year_penalty: float = 0.2  # undated: both name years, none the same (two events years apart)
    thread_text: float = 0.34  # a new story joins the nearest thread at this text cosine
    thread_entity: float = 0.35  # ... or at this entity cosine (the same people, elsewhere)
    thread_merge: float = 0.36  # two grown stories this alike in text put their threads together
    thread_kind: float = 0.62  # ... or at this kind cosine (ledes with the names taken out)
    kind_merge: float = 0.70  # ... or this alike in kind
    neighbours: int = 20  # embedding neighbours the index returns besides entity postings
    story_merge: float = 0.85  # a grown story absorbs another story this alike
    bridge: float = 0.5  # ... and any other story of the same days its new document fits this well


@dataclass(frozen=True, slots=True)
class DocumentProfile:
    """What story assignment knows of a document.

    `entities` maps entity keys (`person:vladimir putin`) to weights that sum to 1; `places` are
    the place keys among them; `date` is ISO `YYYY-MM-DD` or None (ECB+ has none); `terms` are
    the document's rarest words (`term:wasilla`) with weights summing to 1; `kind` is the unit
    vector of its lede without names (empty when the caller has none).
    """

    doc_id: str
    embedding: tuple[float, ...]
    entities: tuple[tuple[str, float], ...] = ()
    places: tuple[str, ...] = ()
    date: str | None = None
    pinned_story: str | None = None
    terms: tuple[tuple[str, float], ...] = ()
    kind: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryProfile:
    """A story as assignment sees it; `centroid` is the sum of its documents' unit vectors.

    `entities` and `terms` are sums of the documents' weights, heaviest first, capped to 400
    keys each so that a story of thousands of documents costs what a small one does. `locked`
    marks a story the analyst merged into or split from: the tracker never merges its thread
    with another. `documents` keeps the ids of its members; `kind` sums their kind vectors.
    """

    story_id: str
    centroid: tuple[float, ...]
    entities: tuple[tuple[str, float], ...] = ()
    places: tuple[tuple[str, int], ...] = ()
    first_date: str | None = None
    last_date: str | None = None
    size: int = 0
    thread_id: str | None = None
    locked: bool = False
    documents: tuple[str, ...] = ()
    terms: tuple[tuple[str, float], ...] = ()
    kind: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryDecision:
    """Where a document goes: `story_id` None means a new story (`new_story` builds it)."""

    doc_id: str
    story_id: str | None
    score: float
    reason: str
    thread_id: str | None
    thread_reason: str = ""
    scores: tuple[tuple[str, float], ...] = field(default=())
    merge_threads: tuple[str, ...] = ()  # threads to fold into `thread_id`
    merge_stories: tuple[str, ...] = ()  # stories to fold into `story_id`


def doc_profile(
    doc_id: str,
    embedding: Sequence[float] | np.ndarray,
    entities: Iterable[tuple[str, str]],
    *,
    published: str | None = None,
    doc_freq: Mapping[str, int] | None = None,
    n_docs: int = 0,
    pinned_story: str | None = None,
    text: str = "",
    kind: Sequence[float] | np.ndarray = (),
) -> DocumentProfile:
    """Profile a document from its vector and its (name, type) entity mentions.

    Weights: mentions counted (sub-linearly), times the class weight (people tell events apart
    best, places least), times the key's rarity in the store when `doc_freq` is given (so `US`
    in every story counts for little). Names resolve to keys by `normalize_name`; a person's
    bare surname is filed under the full name seen in the same document. A dated document's own
    year is left out: every report of the year names it, and the date term weighs dates.
    """
    counts = _entity_counts(entities)
    if published:
        counts.pop(f"year:{published[:4]}", None)  # its own year: the date says it better
    weights: dict[str, float] = {}
    for key, (count, cls) in counts.items():
        rarity = _rarity(doc_freq.get(key, 0), n_docs) if doc_freq is not None else 1.0
        weights[key] = (1 + math.log(count)) * _CLASS_WEIGHT.get(cls, 0.3) * rarity
    total = sum(weights.values()) or 1.0
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    places = tuple(k for k, _ in ranked if counts[k][1] in _PLACE_CLASSES)
    return DocumentProfile(
        doc_id,
        _unit(embedding),
        tuple((k, w / total) for k, w in ranked),
        places,
        published[:10] if published else None,
        pinned_story,
        _term_weights(text, doc_freq or {}, n_docs),
        _unit(kind) if len(kind) else (),
    )


def term_counts(text: str) -> dict[str, int]:
    """Content words of a text (`term:` keys), with counts: what lexical rarity is counted on."""
    counts: dict[str, int] = {}
    for word in _TERM.findall(text.lower()):
        if word not in _STOPWORDS:
            key = f"term:{word}"
            counts[key] = counts.get(key, 0) + 1
    return counts


def _term_weights(
    text: str, doc_freq: Mapping[str, int], n_docs: int
) -> tuple[tuple[str, float], ...]:
    """The document's rarest frequent words (TF-IDF against the store), at most `_MAX_TERMS`.

    The embedding of the lede knows what *kind* of event it is; the rare words of the whole text
    (`Wasilla`, `magnitude`, `Teixeira`) know *which* one, and keep the profile small.
    """
    counts = term_counts(text)
    weights = {
        k: (1 + math.log(c)) * _rarity(doc_freq.get(k, 0), n_docs) for k, c in counts.items()
    }
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:_MAX_TERMS]
    total = sum(w for _, w in top) or 1.0
    return tuple((k, w / total) for k, w in top)


PRIOR_DOCUMENTS = 100  # unseen documents assumed in every store, none with the word


def _rarity(df: int, n_docs: int) -> float:
    """Inverse document frequency, smoothed by a prior of `PRIOR_DOCUMENTS` documents.

    Without it a young dossier misjudges every word: in a store of one article, each word the
    second article shares with it counts for a third of a word it does not share, which splits
    one developing story into many. In a large store the prior no longer matters.
    """
    return math.log((n_docs + PRIOR_DOCUMENTS + 2) / (df + 1))


def _entity_counts(entities: Iterable[tuple[str, str]]) -> dict[str, tuple[int, str]]:
    """Entity keys with mention counts and their most frequent class in this document.

    Keys carry no class (`name:tony thompson`): the tagger calls one name a person in one
    report and an organization or a place in the next, and a key per class would keep those
    reports apart. A lone surname (`Thompson`, tagged person or organization) counts for the
    one full name of a person it ends, generational suffixes aside (`LaCalamita III`).
    Titles of works, events and laws count as participants; a DATE contributes only the years
    it names, which keep apart two events of the same kind years apart when the document has
    no publication date.
    """
    keys = [_key(name, kind) for name, kind in entities if name.strip()]
    keys = [k for k in keys if k is not None and k.name]
    full = {_without_suffix(k.name) for k in keys if k.cls == "person" and " " in k.name}
    counts: dict[str, int] = {}
    classes: dict[str, dict[str, int]] = {}
    for key in keys:
        name = _without_suffix(key.name) if key.cls == "person" else key.name
        if key.cls in _SURNAME_CLASSES and " " not in name:
            owners = {f for f in full if f.split()[-1] == name}
            if len(owners) == 1:
                name = owners.pop()
        label = "year" if key.cls == "year" else "name"
        text = f"{label}:{name}"
        counts[text] = counts.get(text, 0) + 1
        seen = classes.setdefault(text, {})
        seen[key.cls] = seen.get(key.cls, 0) + 1
    return {
        k: (n, max(classes[k].items(), key=lambda kv: (kv[1], _CLASS_WEIGHT.get(kv[0], 0)))[0])
        for k, n in counts.items()
    }


_CLASS_PREFIXES = ("person:", "org:", "place:", "work:")  # the keys' classes before `name:`


def class_free_keys(pairs: Iterable[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    """The pairs of a profile saved while keys had a class (`person:x`) under today's keys
    (`name:x`), one name's weights added up; migration 0004 renames the store's own tables."""
    merged: dict[str, float] = {}
    for key, weight in pairs:
        if key.startswith(_CLASS_PREFIXES):
            key = "name:" + key.split(":", 1)[1]
        merged[key] = merged.get(key, 0) + weight
    return tuple(merged.items())


def _without_suffix(name: str) -> str:
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1] in _SUFFIXES else name


def _key(name: str, kind: str) -> EntityKey | None:
    if kind.upper() == "DATE":
        year = _YEAR.search(name)
        return EntityKey("year", year.group(1)) if year else None
    if kind.upper() in _WORK_TYPES:
        return EntityKey("work", entity_key(name, kind).name)
    key = entity_key(name, kind)
    return key if key.cls in _CLASS_WEIGHT else None


def _similarities(
    doc: DocumentProfile, story: StoryProfile, params: StoryParams
) -> tuple[float, float]:
    """(text similarity, entity cosine): text mixes the embedding and the rare-word cosines."""
    centroid = np.asarray(story.centroid)
    norm = float(np.linalg.norm(centroid)) or 1.0
    embedding = float(np.dot(np.asarray(doc.embedding), centroid) / norm)
    lexical = _cosine(doc.terms, story.terms)
    share = params.lexical_share if doc.terms and story.terms else 0.0
    entities = _cosine(_surnames_resolved(doc.entities, story), story.entities)
    return (1 - share) * embedding + share * lexical, entities


def _surnames_resolved(
    entities: tuple[tuple[str, float], ...], story: StoryProfile
) -> tuple[tuple[str, float], ...]:
    """The document's lone names (`scholz`) under the story's one full name they end (`olaf
    scholz`): a follow-up names people by surname alone, often in a report with no full name to
    resolve them by. Places are left out (`sudan` is not `south sudan`)."""
    known = {key for key, _ in story.entities}
    places = {place for place, _ in story.places}
    owners: dict[str, set[str]] = {}
    for key in known - places:
        words = key.removeprefix("name:").split()
        if key.startswith("name:") and len(words) > 1:
            owners.setdefault(words[-1], set()).add(key)
    resolved: dict[str, float] = {}
    for key, weight in entities:
        full = owners.get(key.removeprefix("name:"), set())
        if key.startswith("name:") and key not in known and len(full) == 1:
            key = next(iter(full))
        resolved[key] = resolved.get(key, 0.0) + weight
    return tuple(resolved.items())


def _cosine(doc: tuple[tuple[str, float], ...], story: tuple[tuple[str, float], ...]) -> float:
    mass = dict(story)
    dot = sum(w * mass.get(k, 0.0) for k, w in doc)
    if not dot:
        return 0.0
    doc_norm = math.sqrt(sum(w * w for _, w in doc))
    story_norm = math.sqrt(sum(w * w for w in mass.values()))
    return dot / (doc_norm * story_norm)


def _place_term(doc: DocumentProfile, story: StoryProfile, params: StoryParams) -> float:
    if not doc.places or not story.places:
        return 0.0
    known = {p for p, _ in story.places}
    return params.place_bonus if known & set(doc.places) else -params.place_penalty


def _date_term(doc: DocumentProfile, story: StoryProfile, params: StoryParams) -> float:
    """A bonus for a report within days of the story (a developing story is told day by day),
    fading to none at the window's end, then a cost growing with the days beyond it; 0 when
    either side is undated."""
    if not doc.date or not story.first_date or not story.last_date:
        return 0.0
    day = date.fromisoformat(doc.date)
    first, last = date.fromisoformat(story.first_date), date.fromisoformat(story.last_date)
    gap = max((first - day).days, (day - last).days, 0)
    if gap <= params.close_days:
        return params.close_bonus
    if gap <= params.date_window_days:  # the follow-up's bonus fades over the window
        fading = (params.date_window_days - gap) / (params.date_window_days - params.close_days)
        return params.close_bonus * fading
    excess = (gap - params.date_window_days) / (2 * params.date_window_days)
    return -params.date_penalty * min(1.0, excess)


def _year_term(doc: DocumentProfile, story: StoryProfile, params: StoryParams) -> float:
    """Without publication dates, the years the texts name stand in: a document whose years
    the story never names tells another event of its kind (a boxer's title defence of 2012,
    not of 2008); 0 when dated or when either side names none."""
    if doc.date and story.first_date:
        return 0.0
    doc_years = {key for key, _ in doc.entities if key.startswith("year:")}
    story_years = {key for key, _ in story.entities if key.startswith("year:")}
    if not doc_years or not story_years or doc_years & story_years:
        return 0.0
    return -params.year_penalty


def story_score(doc: DocumentProfile, story: StoryProfile, params: StoryParams) -> float:
    """How well a document fits a story: text and participants, then place and date."""
    text, entity = _similarities(doc, story, params)
    return (
        params.text_weight * text
        + params.entity_weight * entity
        + _place_term(doc, story, params)
        + _date_term(doc, story, params)
        + _year_term(doc, story, params)
    )


def names_in_text(text: str) -> frozenset[str]:
    """Every run of capitalized words in a text, and every shorter run inside it, normalized
    as entity keys are: where the names the store knows are looked for."""
    found: set[str] = set()
    for run in _NAME_RUN.finditer(text):
        words = run.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + _MAX_NAME_WORDS) + 1):
                if words[i][0].islower() or words[j - 1][0].islower():
                    continue  # `of Aden` and `Gulf of` are no names
                name = normalize_name(" ".join(words[i:j]), "ORG")
                if name:
                    found.add(name)
    return frozenset(found)


def untagged_names(text: str, entities: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Names of two capitalized words or more, written inside a sentence, that the tagger
    missed everywhere (`the Ever Given`): a ship or a product named in every report of its
    story, and in none of another's. Dates are no names, nor is a run that holds a tagged one
    (`Chief Executive Greg Becker`), and a run opening a sentence, a line or a bracket may be a
    headline's or a sentence's capital, or an agency's credit."""
    tagged = [key for name, kind in entities if (key := normalize_name(name, kind))]
    found: list[tuple[str, str]] = []
    for run in _NAME_RUN.finditer(text):
        words = run.group(0).split()
        if len(words) < 2 or not words[-1][0].isupper() or _opens_sentence(text, run.start()):
            continue
        if any(word.lower().strip(".") in _CALENDAR_WORDS for word in words):
            continue
        name = normalize_name(run.group(0), "ORG")
        if name and not any(key in name or name in key for key in tagged):
            found.append((run.group(0), "ORG"))
    return found


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a run opens a sentence or a line, or a bracket (`OAKRIDGE (State Wire) -`)."""
    before = text[:start].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?:;(\n-–—"


def known_names(
    doc: DocumentProfile, text: str, candidates: Sequence[StoryProfile]
) -> list[tuple[str, str]]:
    """Participants of candidate stories named in a document whose tagger missed them.

    A made-up brand (`Voltra`) or a ship (`the Marisol`) is tagged in one report and not in the
    next, and a follow-up whose main name goes untagged would start a story of its own. A name
    the store already files a candidate story under, written capitalized in the text, then
    counts as a mention (a place when the story has it as one, else an organization). A
    document with names of its own gets only each story's three heaviest names: lighter ones
    only blur events of one kind in one place (on ECB+ they cost story precision), and most
    are common words tagged somewhere.
    """
    have = {key for key, _ in doc.entities}
    named = any(key.startswith("name:") for key in have)
    per_story = _KNOWN_WHEN_NAMED if named else _KNOWN_PER_STORY
    names = names_in_text(text)
    found: dict[str, str] = {}
    for story in candidates:
        places = {place for place, _ in story.places}
        for key, _ in story.entities[:per_story]:
            if key.startswith("name:") and key not in have and key[5:] in names:
                found[key] = "GPE" if key in places else "ORG"
    return [(key[5:], kind) for key, kind in found.items()]


def assign_story(
    doc: DocumentProfile, candidates: Sequence[StoryProfile], params: StoryParams = StoryParams()
) -> StoryDecision:
    """Join the best-fitting candidate story above `params.join`, or start a new story.

    A document the analyst pinned goes to its story whatever the scores say. A new story joins
    the thread of its nearest candidate when text or participants are close enough.
    """
    by_id = {s.story_id: s for s in candidates}
    if doc.pinned_story is not None:
        pinned = by_id.get(doc.pinned_story)
        thread = pinned.thread_id if pinned else None
        return StoryDecision(doc.doc_id, doc.pinned_story, 1.0, "moved by the analyst", thread)
    scored = sorted(
        ((story_score(doc, s, params), s) for s in candidates),
        key=lambda pair: (-pair[0], pair[1].story_id),
    )
    top = tuple((s.story_id, round(score, 4)) for score, s in scored[:5])
    if scored and scored[0][0] >= params.join:
        score, story = scored[0]
        reason = f"score {score:.2f} >= {params.join}"
        grown = update_profile(story, doc)
        merge, why = _threads_to_merge(grown, candidates, params)
        alike = _stories_to_merge(grown, candidates, params) + _bridged(doc, scored[1:], params)
        absorb = tuple(dict.fromkeys(alike))
        return StoryDecision(
            doc.doc_id, story.story_id, score, reason, story.thread_id, why, top, merge, absorb
        )
    best = scored[0][0] if scored else 0.0
    thread, why = _thread_for_new_story(doc, candidates, params)
    reason = f"best score {best:.2f} < {params.join}" if scored else "no candidate story"
    return StoryDecision(doc.doc_id, None, best, reason, thread, why, top)


def _thread_for_new_story(
    doc: DocumentProfile, candidates: Sequence[StoryProfile], params: StoryParams
) -> tuple[str | None, str]:
    """The thread whose candidate stories, taken together, are closest in text or participants.

    Pooling a thread's stories (their centroids are sums, so they add up) is steadier than the
    single nearest story, which may be one stray document.
    """
    pooled: dict[str, StoryProfile] = {}
    for story in candidates:
        if story.thread_id is None:
            continue
        known = pooled.get(story.thread_id)
        pooled[story.thread_id] = story if known is None else _pool(known, story)
    best: tuple[float, str, str] | None = None
    for thread_id, thread in pooled.items():
        text, entity = _similarities(doc, thread, params)
        kind = _kind_similarity(doc, thread)
        closeness = max(
            text / params.thread_text, entity / params.thread_entity, kind / params.thread_kind
        )
        if closeness >= 1 and (best is None or closeness > best[0]):
            why = f"text {text:.2f}, entities {entity:.2f}, kind {kind:.2f}"
            best = (closeness, thread_id, why)
    if best is None:
        return None, "no related story"
    return best[1], f"related to thread {best[1]}: {best[2]}"


def _threads_to_merge(
    grown: StoryProfile, candidates: Sequence[StoryProfile], params: StoryParams
) -> tuple[tuple[str, ...], str]:
    """Threads of other grown stories now as alike in text or kind as stories of one thread are.

    A thread is chosen once, from a story's first document, which may say little of the
    event's kind; once the story has several documents its centroid is steadier, so a thread
    missed at the start can still be joined. One-document stories never trigger it, and a
    story the analyst locked keeps its thread.
    """
    if grown.size < 2 or grown.locked or grown.thread_id is None:
        return (), ""
    merge: dict[str, None] = {}
    as_doc = _as_document(grown)
    for other in candidates:
        if other.size < 2 or other.locked or other.thread_id in (None, grown.thread_id):
            continue
        text, _ = _similarities(as_doc, other, params)
        alike = text >= params.thread_merge or _kind_similarity(as_doc, other) >= params.kind_merge
        if alike and other.thread_id is not None:
            merge[other.thread_id] = None
    return tuple(merge), f"threads merged: {', '.join(merge)}" if merge else ""


def _stories_to_merge(
    grown: StoryProfile, candidates: Sequence[StoryProfile], params: StoryParams
) -> tuple[str, ...]:
    """Other stories that the grown story now resembles as closely as its own documents do.

    A story's first documents may say too little to find it, so one event can start two
    stories; once one of them has grown, its profile finds the other.
    """
    if grown.size < 2 or grown.locked:
        return ()
    as_doc = _as_document(grown)
    return tuple(
        other.story_id
        for other in candidates
        if other.story_id != grown.story_id
        and not other.locked
        and story_score(as_doc, other, params) >= params.story_merge
    )


def _bridged(
    doc: DocumentProfile, others: Sequence[tuple[float, StoryProfile]], params: StoryParams
) -> tuple[str, ...]:
    """Other stories of the document's own days that it fits as well as the one it joins: a
    report that ties the rescue teams of one story to the earthquake of another shows that the
    first report of the rescue teams, which never named the earthquake, told of it too."""
    return tuple(
        story.story_id
        for score, story in others
        if score >= params.bridge and not story.locked and _date_term(doc, story, params) > 0
    )


def _as_document(story: StoryProfile) -> DocumentProfile:
    entity_total = sum(w for _, w in story.entities) or 1.0
    term_total = sum(w for _, w in story.terms) or 1.0
    return DocumentProfile(
        story.story_id,
        _unit(story.centroid),
        tuple((k, w / entity_total) for k, w in story.entities),
        tuple(p for p, _ in story.places),
        terms=tuple((k, w / term_total) for k, w in story.terms),
        kind=_unit(story.kind) if story.kind else (),
    )


def _unit(vector: Sequence[float] | np.ndarray) -> tuple[float, ...]:
    array = np.asarray(vector, dtype=np.float64)
    return tuple(float(x) for x in array / (float(np.linalg.norm(array)) or 1.0))


def _kind_similarity(doc: DocumentProfile, story: StoryProfile) -> float:
    """Cosine of the document's kind vector and the story's summed ones; 0 when either lacks
    one (profiles saved before kinds were kept)."""
    if not doc.kind or not story.kind:
        return 0.0
    total = np.asarray(story.kind)
    return float(np.dot(np.asarray(doc.kind), total) / (float(np.linalg.norm(total)) or 1.0))


def _add_vectors(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, ...]:
    """Two sums of vectors as one; an empty one (a profile saved without it) adds nothing."""
    if not a or not b:
        return a or b
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _pool(a: StoryProfile, b: StoryProfile) -> StoryProfile:
    mass = dict(a.entities)
    for key, weight in b.entities:
        mass[key] = mass.get(key, 0.0) + weight
    terms = _add_mass(a.terms, b.terms, _MAX_STORY_KEYS)
    return replace(
        a,
        centroid=_add_vectors(a.centroid, b.centroid),
        entities=tuple(mass.items()),
        terms=terms,
        size=a.size + b.size,
        kind=_add_vectors(a.kind, b.kind),
    )


def _add_mass(
    a: tuple[tuple[str, float], ...], b: tuple[tuple[str, float], ...], keep: int
) -> tuple[tuple[str, float], ...]:
    mass = dict(a)
    for key, weight in b:
        mass[key] = mass.get(key, 0.0) + weight
    return tuple(sorted(mass.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])


def new_story(doc: DocumentProfile, thread_id: str | None = None) -> StoryProfile:
    """A one-document story (its id derived from the document's); a new thread if none given."""
    story_id = content_id("st", doc.doc_id)
    empty = StoryProfile(story_id, tuple(0.0 for _ in doc.embedding))
    story = update_profile(empty, doc)
    return replace(story, thread_id=thread_id or content_id("th", doc.doc_id))


def merge_profiles(keep: StoryProfile, other: StoryProfile) -> StoryProfile:
    """One story from two: `keep`'s id and thread, both stories' documents and mass."""
    places = dict(keep.places)
    for place, count in other.places:
        places[place] = places.get(place, 0) + count
    dates = [d for d in (keep.first_date, keep.last_date, other.first_date, other.last_date) if d]
    return replace(
        keep,
        centroid=_add_vectors(keep.centroid, other.centroid),
        entities=_add_mass(keep.entities, other.entities, _MAX_STORY_KEYS),
        terms=_add_mass(keep.terms, other.terms, _MAX_STORY_KEYS),
        places=tuple(sorted(places.items())),
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        size=keep.size + other.size,
        documents=(*keep.documents, *other.documents),
        kind=_add_vectors(keep.kind, other.kind),
    )


def update_profile(story: StoryProfile, doc: DocumentProfile) -> StoryProfile:
    """The story with one more document: centroid, entity mass, places, date span, size."""
    alone = StoryProfile(
        story_id=doc.doc_id,
        centroid=doc.embedding,
        entities=doc.entities,
        places=tuple((place, 1) for place in doc.places),
        first_date=doc.date,
        last_date=doc.date,
        size=1,
        documents=(doc.doc_id,),
        terms=doc.terms,
        kind=doc.kind,
    )
    return merge_profiles(story, alone)


class StoryIndex:
    """In-memory candidate index and story table: the reference the store mirrors in SQL.

    Candidates for a document are the stories filed under its heaviest entity keys (at most
    `per_key` recent stories per key) plus its nearest stories by embedding: never all
    stories, so one more document costs the same in a store of 100,000.
    """

    def __init__(self, params: StoryParams = StoryParams(), per_key: int = 50) -> None:
        self.params = params
        self.per_key = per_key
        self.stories: dict[str, StoryProfile] = {}
        self.story_of: dict[str, str] = {}
        self.doc_freq: dict[str, int] = {}
        self.n_docs = 0
        self._postings: dict[str, list[str]] = {}
        self._threads: dict[str, dict[str, None]] = {}
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._vectors = np.zeros((0, 0), dtype=np.float32)  # grown by doubling

    def add(
        self,
        doc_id: str,
        embedding: Sequence[float] | np.ndarray,
        entities: Iterable[tuple[str, str]],
        *,
        published: str | None = None,
        pinned_story: str | None = None,
        text: str = "",
        kind: Sequence[float] | np.ndarray = (),
    ) -> StoryDecision:
        """Profile, assign and file one document; returns the decision taken."""
        mentions = list(entities)
        mentions += untagged_names(text, mentions)

        def profile_of(names: list[tuple[str, str]]) -> DocumentProfile:
            return doc_profile(
                doc_id, embedding, names, published=published, doc_freq=self.doc_freq,
                n_docs=self.n_docs, pinned_story=pinned_story, text=text, kind=kind,
            )  # fmt: skip

        profile = profile_of(mentions)
        candidates = self.candidates(profile)
        missed = known_names(profile, text, candidates)
        if missed:
            profile = profile_of(mentions + missed)
        decision = assign_story(profile, candidates, self.params)
        if decision.story_id is None or decision.story_id not in self.stories:
            story = new_story(profile, decision.thread_id)
            if decision.story_id is not None:
                story = replace(story, story_id=decision.story_id, locked=True)
            decision = replace(decision, story_id=story.story_id, thread_id=story.thread_id)
        else:
            story = update_profile(self.stories[decision.story_id], profile)
        self._file(story, profile, term_counts(text))
        self._merge_threads(decision)
        self._merge_stories(decision)
        return decision

    def candidates(self, doc: DocumentProfile, max_keys: int = 10) -> list[StoryProfile]:
        found: dict[str, None] = {}
        if doc.pinned_story in self.stories:
            found[doc.pinned_story] = None
        for key, _ in doc.entities[:max_keys]:
            for story_id in self._postings.get(key, [])[-self.per_key :]:
                found[story_id] = None
        if self._ids:
            sims = self._vectors[: len(self._ids)] @ np.asarray(doc.embedding, dtype=np.float32)
            k = min(self.params.neighbours, len(self._ids))
            for row in np.argpartition(-sims, k - 1)[:k]:
                found[self._ids[row]] = None
        return [self.stories[s] for s in found]

    def _merge_stories(self, decision: StoryDecision) -> None:
        """Fold absorbed stories into the decided one: documents, profile, postings, row."""
        target_id = decision.story_id
        if not decision.merge_stories or target_id is None:
            return
        target = self.stories[target_id]
        for story_id in decision.merge_stories:
            other = self.stories.pop(story_id, None)
            if other is None:
                continue
            target = merge_profiles(target, other)
            for doc_id in other.documents:
                self.story_of[doc_id] = target_id
            if other.thread_id is not None:
                self._threads.get(other.thread_id, {}).pop(story_id, None)
            for key, _ in other.entities:
                posting = self._postings.get(key, [])
                self._postings[key] = [target_id if s == story_id else s for s in posting]
            self._drop_row(story_id)
        self.stories[target_id] = target
        centroid = np.asarray(target.centroid, dtype=np.float32)
        self._vectors[self._rows[target_id]] = centroid / (float(np.linalg.norm(centroid)) or 1.0)

    def _drop_row(self, story_id: str) -> None:
        row = self._rows.pop(story_id)
        last = len(self._ids) - 1
        if row != last:
            moved = self._ids[last]
            self._ids[row] = moved
            self._vectors[row] = self._vectors[last]
            self._rows[moved] = row
        self._ids.pop()

    def _merge_threads(self, decision: StoryDecision) -> None:
        if not decision.merge_threads or decision.thread_id is None:
            return
        members = self._threads.setdefault(decision.thread_id, {})
        for thread in decision.merge_threads:
            for story_id in self._threads.pop(thread, {}):
                self.stories[story_id] = replace(
                    self.stories[story_id], thread_id=decision.thread_id
                )
                members[story_id] = None

    def _file(self, story: StoryProfile, doc: DocumentProfile, terms: Iterable[str]) -> None:
        is_new = story.story_id not in self.stories
        self.stories[story.story_id] = story
        self.story_of[doc.doc_id] = story.story_id
        if story.thread_id is not None:
            self._threads.setdefault(story.thread_id, {})[story.story_id] = None
        for term in terms:
            self.doc_freq[term] = self.doc_freq.get(term, 0) + 1
        for key, _ in doc.entities:
            self.doc_freq[key] = self.doc_freq.get(key, 0) + 1
            posting = self._postings.setdefault(key, [])
            if not posting or posting[-1] != story.story_id:
                posting.append(story.story_id)
        self.n_docs += 1
        centroid = np.asarray(story.centroid, dtype=np.float32)
        centroid /= float(np.linalg.norm(centroid)) or 1.0
        if is_new:
            if len(self._ids) == len(self._vectors):
                grown = np.zeros((max(64, 2 * len(self._ids)), centroid.size), dtype=np.float32)
                if self._ids:
                    grown[: len(self._ids)] = self._vectors[: len(self._ids)]
                self._vectors = grown
            self._rows[story.story_id] = len(self._ids)
            self._ids.append(story.story_id)
        self._vectors[self._rows[story.story_id]] = centroid
