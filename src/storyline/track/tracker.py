"""Tracking one new document against the dossier, in order, each step through an index.

    1. entities   each name joins the store-wide entity it refers to, or starts one
    2. story      an article joins its story or starts one; a note goes with its article
    3. claims     each claim is kept, linked as evidence to the earlier claims it speaks to,
                  and every claim it touched gets its status again (with the reason)
    4. timeline   each dated event joins the entry of the same happening, or starts one
    5. expiry     forward-looking claims of the story whose time ran out become expired

Nothing here scans the store: candidates come from the entity, story and date indexes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from storyline.analyze.entities import country_name
from storyline.model import Analysis, Claim, Entity, Evidence, Timex, content_id
from storyline.store import ClaimRecord, EntityRecord, Store, StoredDocument
from storyline.track.embed import embed_texts
from storyline.track.figures import bounds
from storyline.track.linking import (
    CHANGE_GROUPS,
    CHOOSING_ACTS,
    CONDUCTING_PREDICATES,
    DECISION_NOUNS,
    FACTUAL_MODALITIES,
    NOTE_SOURCE,
    PUBLISHING_PREDICATES,
    RELATED_TEXT,
    SETTLING_RELATIONS,
    ClaimView,
    Link,
    about_the_same,
    best_links,
    cancels,
    finders,
    foretelling_kin,
    lookup_kin,
    named_for,
    one_day,
    plain_sense,
    plan_days,
    predicate_group,
    predicate_kin,
)
from storyline.track.resolve import (
    EntityCandidate,
    blocking_keys,
    normalize_name,
    resolve_entity,
    surname,
)
from storyline.track.status import EvidenceView, claim_status
from storyline.track.stories import names_in_text
from storyline.track.story_step import assign_in_store, entity_names, story_kind_text, story_text
from storyline.track.timeline_step import place_events
from storyline.track.vectors import vector_bytes, vector_tuple

__all__ = ["StatusChange", "TrackReport", "refresh_status", "track_document"]

EARLIER_CLAIMS = 1000  # earlier claims a new document is compared with, the latest first
#: A state due to last until a time (`will remain closed until 11 a.m. Thursday`): nothing has
#: to be reported for it to come about, so its time cannot run out on it.
_HELD_UNTIL = re.compile(r"\b(?:remain|remains|stay|stays|kept)\b.*\buntil\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatusChange:
    claim_id: str
    before: str
    after: str
    reason: str


@dataclass(frozen=True, slots=True)
class TrackReport:
    """What one document changed in the dossier."""

    doc_id: str
    story_id: str | None
    started_story: bool
    changes: tuple[StatusChange, ...] = ()
    new_claims: int = 0
    known_claims: int = 0


def track_document(store: Store, stored: StoredDocument, analysis: Analysis) -> TrackReport:
    """Fold one analyzed document into the dossier; the caller holds the transaction."""
    vectors = _embeddings(stored, analysis)
    entity_ids = resolve_entities(store, stored.id, analysis.entities)
    story_id, started = stories_step(store, stored, analysis, vectors.document, vectors.kind)
    records = claim_records(store, stored, analysis, entity_ids, story_id, vectors.claims)
    for record in records:
        store.save_claim(record)
    changes, known = link_claims(store, records, story_id, _speakers(analysis, entity_ids))
    place_events(store, stored, analysis, entity_ids, story_id, vectors.events)
    changes += expire_claims(store, story_id)
    return TrackReport(stored.id, story_id, started, tuple(changes), len(records) - known, known)


@dataclass(frozen=True, slots=True)
class _Vectors:
    document: np.ndarray
    kind: np.ndarray
    claims: np.ndarray
    events: np.ndarray


def _embeddings(stored: StoredDocument, analysis: Analysis) -> _Vectors:
    """Every text tracking compares, embedded in one call: the model's overhead is per call."""
    texts = [story_text(stored), story_kind_text(stored, entity_names(analysis))]
    texts += [_with_its_participants(claim) for claim in analysis.claims]
    texts += [event.summary for event in analysis.events]
    vectors = embed_texts(texts)
    claims_end = 2 + len(analysis.claims)
    return _Vectors(vectors[0], vectors[1], vectors[2:claims_end], vectors[claims_end:])


def _with_its_participants(claim: Claim) -> str:
    """A claim's words, led by the participants it names only by pronoun: `she would not
    resign` is compared as `Kari Holm: she would not resign`, or it resembles nothing."""
    missing = [name for name in claim.participants if name not in claim.text]
    return f"{', '.join(missing)}: {claim.text}" if missing else claim.text


def resolve_entities(store: Store, doc_id: str, entities: Sequence[Entity]) -> dict[str, str]:
    """Map each entity of the document to its store-wide id, keeping mentions and aliases."""
    mapping: dict[str, str] = {}
    mentions = []
    for entity in entities:
        names = (entity.name, *entity.aliases)
        keys = sorted({key for name in names for key in blocking_keys(name, entity.type)})
        found = store.entities_by_keys(keys)
        candidates = [EntityCandidate(e.id, e.type, (e.name, *e.aliases)) for e in found]
        match = resolve_entity(entity.name, entity.type, candidates)
        global_id = match.entity_id if match else content_id("e", doc_id, entity.id)
        record = EntityRecord(global_id, entity.name, entity.type, entity.aliases, 0,
                              entity.stands_for)  # fmt: skip
        store.save_entity(record, keys)
        mapping[entity.id] = global_id
        mentions += [(global_id, entity.id, mention) for mention in entity.mentions]
    store.save_mentions(doc_id, mentions)
    return mapping


def stories_step(
    store: Store, stored: StoredDocument, analysis: Analysis, vector: np.ndarray, kind: np.ndarray
) -> tuple[str, bool]:
    """A note goes with its article; an article is assigned through the story index."""
    document = stored.document
    if document.parent_id:
        parent = store.get_document(document.parent_id)
        if parent.story_id:
            store.set_document_story(stored.id, parent.story_id)
            return parent.story_id, False
    return assign_in_store(store, stored, analysis, vector, kind)


def claim_records(
    store: Store,
    stored: StoredDocument,
    analysis: Analysis,
    entity_ids: dict[str, str],
    story_id: str,
    vectors: np.ndarray,
) -> list[ClaimRecord]:
    """Claims with resolved participants and sources, and their embeddings for linking."""
    claims = analysis.claims
    by_name = _names_to_ids(analysis.entities, entity_ids)
    looked_up: dict[str, str | None] = {}

    def known(source: str) -> str | None:  # each source name looked up once per document
        if source not in looked_up:
            looked_up[source] = _known_source(store, source)
        return looked_up[source]

    untagged = _known_full_names(store, claims, analysis.entities)
    records = []
    for claim, vector in zip(claims, vectors, strict=True):
        resolved = [by_name.get(n.lower(), entity_ids.get(n)) for n in _named_in(claim)]
        resolved += [untagged.get(name) for name in _full_names_in(claim.text)]
        ids = tuple(dict.fromkeys(i for i in resolved if i))
        records.append(
            ClaimRecord(
                claim=claim,
                doc_date=stored.document.published,
                story_id=story_id,
                entity_ids=ids,
                sources=_source_keys(stored, claim, entity_ids, known),
                cues=tuple(link.cue for link in claim.attribution if link.cue),
                vector=vector_bytes(vector),
            )
        )
    return records


def _known_full_names(
    store: Store, claims: Sequence[Claim], entities: Sequence[Entity]
) -> dict[str, str]:
    """The names of two words or more in the claims' words that the tagger missed throughout
    the document and the store files an entity under, by exact name: the tagger misses a name
    in one report that it tagged in another (`Sophie Marchand was released on Sunday`), and
    the claim would name no one. A name it tagged the analysis has placed already (`unless
    the operator, Baltic Gateway, raises its offer` is no participant of the strike)."""
    tagged = [set(normalize_name(n, "ORG").split()) for e in entities for n in (e.name, *e.aliases)]
    names = {
        name
        for claim in claims
        for name in _full_names_in(claim.text)
        if not any(words & set(name.split()) for words in tagged)
    }
    found: dict[str, str] = {}
    for entity in store.entities_by_keys(sorted(f"name:{name}" for name in names)):
        for name in (entity.name, *entity.aliases):
            if (key := normalize_name(name, "ORG")) in names:
                found.setdefault(key, entity.id)
    return found


def _full_names_in(text: str) -> list[str]:
    return [name for name in names_in_text(text) if " " in name]


def _named_in(claim: Claim) -> tuple[str, ...]:
    """The participants, and the place as one (`returned debris to shore in Newfoundland` and
    `its arrival in port at St. John's, Newfoundland` share it) unless a whole country: most
    claims of a story name the same few countries, and sharing one says little."""
    if claim.place and country_name(claim.place) is None:
        return (*claim.participants, claim.place)
    return claim.participants


def _names_to_ids(entities: Sequence[Entity], entity_ids: dict[str, str]) -> dict[str, str]:
    return {
        name.lower(): entity_ids[entity.id]
        for entity in entities
        for name in (entity.name, *entity.aliases)
    }


def _source_name_key(name: str) -> str:
    """An unresolved source's key, its country spelled out: `US Coast Guard` and `United
    States Coast Guard` are one source, so a second outlet quoting it only restates it. Of a
    name with its role beside it (`The aid group, Relief Without Borders`), the name."""
    words = normalize_name(_named_part(name), "ORG").split()
    for size in (2, 1):
        country = country_name(" ".join(words[:size])) if len(words) > size else None
        if country:
            return " ".join([normalize_name(country, "ORG"), *words[size:]])
    return " ".join(words) or name.lower()


def _known_source(store: Store, source: str) -> str | None:
    """The store's one entity of the source's very name (`Relief Without Borders`, untagged in
    a note, known from the article), so that one source is one key however each report tagged
    it. Names of one word are too ambiguous to look up."""
    name = normalize_name(_named_part(source), "ORG")
    if " " not in name:
        return None
    found = [
        entity.id
        for entity in store.entities_by_keys([f"name:{name}"])
        if name in {normalize_name(n, "ORG") for n in (entity.name, *entity.aliases)}
    ]
    return found[0] if len(set(found)) == 1 else None


def _named_part(source: str) -> str:
    """`The aid group, Relief Without Borders` and `Ingrid Solberg, a spokeswoman` name
    `Relief Without Borders` and `Ingrid Solberg`; a source without such a part is itself."""
    parts = [p.strip() for p in source.split(",")]
    named = [p for p in parts if p and all(w[:1].isupper() for w in p.split() if len(w) > 3)]
    return named[-1] if len(parts) > 1 and len(named) == 1 else source


def _source_keys(
    stored: StoredDocument,
    claim: Claim,
    entity_ids: dict[str, str],
    known: Callable[[str], str | None],
) -> tuple[str, ...]:
    """The attribution chain as comparable keys: entity ids where resolved (by the document,
    else by the store: `known`), else names."""
    document = stored.document
    keys = []
    for position, link in enumerate(claim.attribution):
        if link.entity_id and link.entity_id in entity_ids:
            keys.append(entity_ids[link.entity_id])
        elif position == 0 and document.kind == "note":
            keys.append(NOTE_SOURCE)
        else:
            keys.append(known(link.source) or _source_name_key(link.source))
    if not keys:
        keys.append(NOTE_SOURCE if document.kind == "note" else normalize_name(
            document.outlet or document.id, "ORG"))  # fmt: skip
    return tuple(keys)


def claim_view(record: ClaimRecord) -> ClaimView:
    claim = record.claim
    predicate, polarity = plain_sense(claim.predicate, claim.polarity, claim.theme)
    return ClaimView(
        id=claim.id,
        doc_id=claim.doc_id,
        date=record.doc_date,
        text=claim.text,
        modality=claim.modality,
        polarity=polarity,
        predicate=predicate,
        theme=claim.theme,
        setting=claim.setting,
        entities=frozenset(record.entity_ids),
        place=normalize_name(claim.place, "GPE") if claim.place else None,
        time_start=_time_start(claim.time, record.doc_date),
        time_end=_time_end(claim.time),
        sources=record.sources,
        cues=record.cues,
        vector=vector_tuple(record.vector),
        speaker=claim.attribution[-1].source if claim.attribution else None,
        moves_event=claim.moves_event,
        doer=surname(claim.doer) if claim.doer else None,
    )


def _time_start(time: Timex | None, said_on: str | None) -> str | None:
    """When a claim's time begins, for linking: a deadline (`by Saturday`) from the day it was
    set, so that what was done before it keeps it."""
    if time is None:
        return None
    if time.mod == "ON_OR_BEFORE" and said_on and time.start and said_on[:10] < time.start:
        return said_on[:10]
    return time.start


ONWARD_DAYS = 14  # how long after its day a plan from that day onward is looked for


def _time_end(time: Timex | None) -> str | None:
    """When a claim's time ends, for linking and expiry: a night runs into the next morning
    (`will replace the valve overnight`, done `on Wednesday`), and a plan from a day onward
    (`to file for bankruptcy as soon as Monday`, done on Tuesday) runs two weeks on (a month,
    `from June`, is window enough; expiry waits for no day: see `refresh_status`)."""
    if time is None or time.end is None:
        return None
    if time.mod == "ON_OR_AFTER" and time.start == time.end:
        return (date.fromisoformat(time.end[:10]) + timedelta(days=ONWARD_DAYS)).isoformat()
    if not time.value.endswith("TNI"):
        return time.end
    return (date.fromisoformat(time.end[:10]) + timedelta(days=1)).isoformat()


def link_claims(
    store: Store, records: Sequence[ClaimRecord], story_id: str, speakers: Sequence[str] = ()
) -> tuple[list[StatusChange], int]:
    """Link each new claim to the earlier claims it speaks to; returns changes and restatements.
    The document's `speakers` (entity ids) find earlier claims about them too: the governor
    quoted `at the ceremony` was to attend it."""
    touched: set[str] = set()
    known = 0
    views = [claim_view(record) for record in records]
    found = _earlier_claims(store, records, views, story_id, speakers)
    earlier = [claim_view(record) for record in found]
    sentences = {record.claim.id: record.claim.sentence for record in (*found, *records)}
    evidence: dict[tuple[str, str, str], Evidence] = {}  # (claim, document, relation)
    all_links = _document_links(records, views, _comparable(views, earlier))
    for new, links in zip(views, all_links, strict=True):
        for old, link in links:
            target, witness = (new, old) if link.on_new else (old, new)
            evidence.setdefault(
                (target.id, witness.doc_id, link.relation),
                Evidence(witness.doc_id, link.relation, sentences[witness.id], witness.date,
                         witness.id, link.reason),
            )  # fmt: skip
            touched.add(old.id)
            if link.relation == "confirms" and old.modality == "denied":
                touched.update(_denied_by(store, old))  # no longer contested by it
        restated = next((old for old, link in links if link.relation == "restates"), None)
        if restated is not None and restated.doc_id != new.doc_id:
            store.set_claim_novelty(new.id, False, restated.id)
            known += 1
        touched.add(new.id)
    for (target_id, _, _), found_evidence in _one_per_document(evidence).items():
        store.add_evidence(target_id, found_evidence)
    return [change for cid in sorted(touched) if (change := refresh_status(store, cid))], known


def _one_per_document(
    evidence: dict[tuple[str, str, str], Evidence],
) -> dict[tuple[str, str, str], Evidence]:
    """What one document says of a claim, once per relation, and no restatement beside a
    stronger relation of the same document: two of its sentences that tell the same towing
    to Gdynia confirm the plan once; the one that merely restates it adds nothing."""
    return {
        (claim_id, doc_id, relation): item
        for (claim_id, doc_id, relation), item in evidence.items()
        if relation != "restates"
        or not any((claim_id, doc_id, other) in evidence for other in SETTLING_RELATIONS)
    }


def _earlier_claims(
    store: Store,
    records: Sequence[ClaimRecord],
    views: Sequence[ClaimView],
    story_id: str,
    speakers: Sequence[str] = (),
) -> list[ClaimRecord]:
    """The story's latest earlier claims that share a participant with any of the document's,
    or a kind of happening where one of the two names no one (`about_the_same`), in one
    indexed query: its claims share most participants, so one query per claim would read the
    same rows again and again."""
    if not records:
        return []
    participants = (i for record in records for i in record.entity_ids)
    entity_ids = list(dict.fromkeys((*participants, *speakers)))
    placed = [r for r, view in zip(records, views, strict=True) if _finding_keys(view)]
    unnamed = _kin(r.claim for r in placed if not r.entity_ids)
    named = _kin(r.claim for r in placed if r.entity_ids)
    foretelling = {kin for r in placed for kin in foretelling_kin(r.claim.predicate, r.claim.text)}
    if any(finders(view) for view in views):
        foretelling |= CONDUCTING_PREDICATES  # `An autopsy found` finds the autopsy planned
        foretelling |= PUBLISHING_PREDICATES  # `the ONS said` finds what it was to publish
    put_off = {view.theme for view in views if (view.moves_event or cancels(view)) and view.theme}
    changed = {
        view.theme
        for view in views
        if view.theme and predicate_group(view.predicate) in CHANGE_GROUPS
    }
    done = {view.theme for view in views if view.modality in FACTUAL_MODALITIES and view.theme}
    foretelling |= {verb for view in views if cancels(view) for verb in named_for(view)}
    return store.claim_candidates(
        entity_ids, story_ids=[story_id], exclude_doc=records[0].claim.doc_id,
        predicates=sorted({*unnamed, *foretelling}),
        unnamed_predicates=sorted(set(named) - set(unnamed)),
        # `postponing pre-orders` finds the pre-orders planned; `a 12% fall in annual profit`,
        # the forecasts for profit
        themes=sorted(put_off | changed),
        moved_themes=sorted(done),  # `received their results` finds the results moved
        limit=EARLIER_CLAIMS,
    )  # fmt: skip


def _speakers(analysis: Analysis, entity_ids: dict[str, str]) -> list[str]:
    """The store's ids of the entities the document's claims are told by."""
    told_by = (link.entity_id for claim in analysis.claims for link in claim.attribution)
    return list(dict.fromkeys(entity_ids[i] for i in told_by if i in entity_ids))


def _kin(claims: Iterable[Claim]) -> list[str]:
    """The predicates a claim that names no one is looked up by (`lookup_kin`), and those of
    the event it is told at (`in their Nasdaq debut` finds `will begin trading`)."""
    words = {word for claim in claims for word in (claim.predicate, claim.setting) if word}
    return sorted({kin for word in words for kin in lookup_kin(word)})


def _comparable(views: Sequence[ClaimView], earlier: Sequence[ClaimView]) -> list[list[ClaimView]]:
    """For each new claim, the earlier ones about the same participants (`about_the_same`)
    whose words are at least related (linking relates nothing below RELATED_TEXT), or that
    happen on its day, or that do its very verb to a thing: one matrix product for the
    document instead of a cosine for each of up to a thousand pairs per claim."""
    dim = next((len(v.vector) for v in (*views, *earlier) if v.vector), 1)
    new_rows, old_rows = _rows(views, dim), _rows(earlier, dim)
    unembedded = np.array([old.vector is None for old in earlier], dtype=bool)
    related = (new_rows @ old_rows.T >= RELATED_TEXT) | unembedded
    by_key: dict[str, list[int]] = {}  # by their one day, and by the verb of themed claims
    for j, old in enumerate(earlier):
        for key in _lookup_keys(old):
            by_key.setdefault(key, []).append(j)
    comparable = []
    for i, new in enumerate(views):
        rows = range(len(earlier)) if new.vector is None else np.flatnonzero(related[i])
        alike = [j for key in _finding_keys(new) for j in by_key.get(key, [])]
        rows = sorted({*rows, *alike})
        comparable.append([earlier[j] for j in rows if about_the_same(new, earlier[j])])
    return comparable


def _lookup_keys(claim: ClaimView) -> list[str]:
    """What a claim that names no one is matched by (`about_the_same`), and what stands in
    for related words (`_same_proposition`): the one day it happens on (each day of a plan for
    a week or a month), the verb of a claim that says what it acts on, the event a plan, a
    move or a report told at it names, the verb of one that puts its thing against a bound
    (`below the speed limit`), the thing a plan acts on (`will open pre-orders`), and who is
    to publish (`will be published by the ONS`)."""
    day = one_day(claim)
    keys = [f"day:{d}" for d in ([day] if day else plan_days(claim))]
    if claim.theme and claim.predicate:
        keys.append(f"act:{claim.predicate}")
    if (claim.is_forward or claim.moves_event) and (kind := predicate_group(claim.predicate)):
        keys.append(f"plan:{kind}")  # an event moved finds the plans for it
    if claim.setting and (kind := predicate_group(claim.setting)):
        keys.append(f"plan:{kind}")  # `apologized at a hearing` finds the plan for a hearing
    if claim.predicate and bounds(claim.text):
        keys.append(f"bound:{claim.predicate}")  # `below the speed limit`, then `above` it
    if claim.is_forward and claim.theme:
        keys.append(f"thing:{claim.theme}")  # `An autopsy will be carried out`
    if claim.is_forward and claim.predicate in PUBLISHING_PREDICATES:
        keys.extend(f"by:{entity}" for entity in claim.entities)  # `published by the ONS`
    return keys


def _finding_keys(claim: ClaimView) -> list[str]:
    """What a new claim finds earlier ones by: their keys (`_lookup_keys`), and for a deed
    done, the plans of its kind (`_the_plan_done`)."""
    keys = _lookup_keys(claim)
    if claim.modality in FACTUAL_MODALITIES and (kind := predicate_group(claim.predicate)):
        keys.append(f"plan:{kind}")
    keys.extend(f"thing:{finder}" for finder in finders(claim))  # `An autopsy found`
    keys.extend(f"by:{source}" for source in claim.sources[1:])  # `the ONS said`
    if (claim.moves_event or cancels(claim)) and claim.theme:
        keys.append(f"thing:{claim.theme}")  # `postponing pre-orders`, `cancelled the concerts`
    if cancels(claim):  # `A planned signing ceremony was cancelled`: the plans to sign
        keys.extend(f"plan:{predicate_group(verb)}" for verb in named_for(claim))
    if claim.modality in FACTUAL_MODALITIES and claim.predicate in CHOOSING_ACTS:
        keys.extend(f"thing:{noun}" for noun in DECISION_NOUNS)  # `would announce its decision`
    return keys


def _rows(views: Sequence[ClaimView], dim: int) -> np.ndarray:
    return np.array([v.vector or (0.0,) * dim for v in views], dtype=np.float64).reshape(-1, dim)


def _denial_of_named(
    record: ClaimRecord, new: ClaimView, views: Sequence[ClaimView]
) -> list[tuple[ClaimView, Link]]:
    """A denial whose target analysis named (`denies the allegations`) denies that claim,
    whether or not the two name anyone."""
    named = [view for view in views if record.claim.denies and view.id == record.claim.denies]
    return [(view, Link("denies", f"{new.speaker or 'a source'} denies it")) for view in named]


def _document_links(
    records: Sequence[ClaimRecord],
    views: Sequence[ClaimView],
    comparable: Sequence[Sequence[ClaimView]],
) -> list[list[tuple[ClaimView, Link]]]:
    """Each new claim's links; a claim its own document denies (`media reports saying a
    missile had brought the plane down`, then the Pentagon calling them inaccurate) is told
    there only to be rejected, so it confirms nothing: it restates."""
    all_links = []
    for record, new, candidates in zip(records, views, comparable, strict=True):
        named = _denial_of_named(record, new, views)
        here = [] if named else _denied_here(record, views)
        all_links.append(named + best_links(new, list(candidates) + here))
    denied = {
        (new if link.on_new else old).id
        for new, links in zip(views, all_links, strict=True)
        for old, link in links
        if link.relation == "denies" and old.doc_id == new.doc_id
    }
    rejected = Link("restates", "told in a report that denies it")
    return [
        [
            (old, rejected if new.id in denied and link.relation == "confirms" else link)
            for old, link in links
        ]
        for new, links in zip(views, all_links, strict=True)
    ]


def _denied_here(record: ClaimRecord, views: Sequence[ClaimView]) -> list[ClaimView]:
    """The claims of the same document a denial may reject, for linking to decide."""
    if record.claim.modality != "denied":
        return []
    return [view for view in views if view.id != record.claim.id]


def _denied_by(store: Store, denial: ClaimView) -> list[str]:
    """The claims a denial contested: those its document gave `denies` evidence."""
    return [claim_id for claim_id, relation in store.evidence_from(denial.doc_id)
            if relation == "denies"]  # fmt: skip


def _withdrawn(store: Store, evidence: Evidence) -> bool:
    """A denial its own source has since gone back on (`linking._goes_back_on`)."""
    if evidence.relation != "denies" or not evidence.claim_id:
        return False
    denial = store.get_claim(evidence.claim_id).claim
    return denial.modality == "denied" and any(e.relation == "confirms" for e in denial.evidence)


def refresh_status(store: Store, claim_id: str, as_of: str | None = None) -> StatusChange | None:
    """Derive a claim's status from its evidence again, denials since withdrawn left out;
    the change, if any."""
    record = store.get_claim(claim_id)
    claim = record.claim
    if record.status_pinned:
        return None
    evidence = [
        EvidenceView(e.relation, e.doc_id, e.reason)
        for e in claim.evidence
        if not _withdrawn(store, e)
    ]
    onward = claim.time is not None and claim.time.mod == "ON_OR_AFTER"
    held = _HELD_UNTIL.search(claim.text) is not None  # a state, no happening to wait for
    end = None if onward or held else _time_end(claim.time)  # `from Tuesday afternoon` runs on
    if as_of is None and record.story_id:
        as_of = store.story_newest_date(record.story_id)
    status, reason = claim_status(claim.modality, end, evidence, as_of, record.doc_date)
    if status == "expired" and _done_on_its_day(store, record):
        status, reason = "open", "a report of its kind on its day may tell it, somewhere unnamed"
    if status == claim.status and reason == record.status_reason:
        return None
    store.set_claim_status(claim_id, status, reason)
    return StatusChange(claim_id, claim.status or "open", status, reason)


def _done_on_its_day(store: Store, record: ClaimRecord) -> bool:
    """Whether the story reports its kind of happening as done within the plan's time: `will
    travel to Maui on Monday`, then `visited Lahaina on Monday`, a town the tracker does not
    know to be on the island. Not linked, it is not borne out; nor has its time run out
    unresolved."""
    plan = claim_view(record)
    kin = predicate_kin(plan.predicate)
    if not (kin and record.story_id and plan.time_start and plan.time_end):
        return False
    told = store.claim_candidates(
        [], story_ids=[record.story_id], exclude_doc=plan.doc_id, predicates=sorted(kin)
    )
    days = [
        one_day(claim_view(other)) for other in told if other.claim.modality in FACTUAL_MODALITIES
    ]
    return any(day and plan.time_start[:10] <= day <= plan.time_end[:10] for day in days)


def expire_claims(store: Store, story_id: str) -> list[StatusChange]:
    """Open forward-looking claims of the story whose window closed before its newest document."""
    newest = store.story_newest_date(story_id)
    if newest is None:
        return []
    changes = [refresh_status(store, claim_id, newest) for claim_id in store.expiring_claims(
        story_id, newest)]  # fmt: skip
    return [change for change in changes if change]
