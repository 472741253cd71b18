"""Synthetic stores for scale benchmarks: developing stories from real news sentence patterns.

Building a million documents through the full pipeline would take days, so the generator writes
what the pipeline would have written (documents, entities and their keys, claims with their
entities and embeddings, stories with their profiles and index keys, timeline entries) straight
into the store's tables, in bulk. Every story has its own people, place and dates, drawn from
pools big enough that the indexes see realistic key frequencies.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from storyline.model import Timex, to_json

FIRST = [
    "Anna",
    "Boris",
    "Carlos",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Marta",
    "Nadia",
    "Omar",
    "Pavel",
    "Quinn",
    "Rosa",
    "Samir",
    "Tomas",
    "Ulla",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zofia",
]
LAST = [
    "Adeyemi",
    "Brandt",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rossi",
    "Sato",
    "Tanaka",
    "Ueda",
    "Vargas",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhang",
]
PLACES = [
    "Gdansk",
    "Lagos",
    "Lima",
    "Osaka",
    "Porto",
    "Quito",
    "Riga",
    "Seville",
    "Tbilisi",
    "Tunis",
    "Turin",
    "Valencia",
    "Vilnius",
    "Accra",
    "Bergen",
    "Cairo",
    "Dakar",
    "Hanoi",
    "Izmir",
    "Krakow",
    "Lyon",
    "Manila",
    "Nairobi",
    "Odesa",
    "Perth",
]
ORGS = [
    "ministry",
    "council",
    "union",
    "agency",
    "court",
    "parliament",
    "commission",
    "police",
    "army",
    "company",
]
OUTLETS = ["Wire", "Herald", "Times", "Post", "Gazette", "Courier", "Tribune", "Observer"]
PATTERNS = (
    "{a} plans to visit {place} in {month}, {org} officials said.",
    "{a} met {b} in {place} on {day}, according to the {org}.",
    "The {org} said that {a} is expected to sign the agreement with {b} next week.",
    "{b} denied the allegations, calling them baseless, the {outlet} reported.",
    "{a} was arrested in {place} on {day}, police said.",
    "Talks between {a} and {b} may resume in {month}, a spokesman for the {org} said.",
    "{a} confirmed that the {org} had opened an inquiry into the collapse in {place}.",
)
DIM = 384


@dataclass(frozen=True, slots=True)
class StoryPlan:
    number: int
    people: tuple[str, str]
    place: str
    org: str
    start: date


def digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def story_plans(count: int, seed: int = 7) -> Iterator[StoryPlan]:
    rng = random.Random(seed)
    for number in range(count):
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2)]
        start = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        first, second = people
        yield StoryPlan(number, (first, second), rng.choice(PLACES), rng.choice(ORGS), start)


def document_text(plan: StoryPlan, index: int, rng: random.Random) -> tuple[str, str]:
    day = plan.start + timedelta(days=index)
    fields = {
        "a": plan.people[0], "b": plan.people[1], "place": plan.place, "org": plan.org,
        "outlet": rng.choice(OUTLETS), "month": day.strftime("%B"), "day": day.strftime("%B %d"),
    }  # fmt: skip
    sentences = [rng.choice(PATTERNS).format(**fields) for _ in range(5)]
    return sentences[0].rstrip("."), " ".join(sentences)


def build(db: sqlite3.Connection, documents: int, per_story: int = 10, seed: int = 7) -> None:
    """Fill an (already migrated) SQLite store with about `documents` synthetic documents."""
    rng = random.Random(seed)
    vectors = np.random.default_rng(seed)
    stories = max(1, documents // per_story)
    db.execute("BEGIN")
    for plan in story_plans(stories, seed):
        _write_story(db, plan, per_story, rng, vectors)
    db.execute(
        "INSERT INTO key_document_counts (key, documents) VALUES ('*', ?) "
        "ON CONFLICT (key) DO UPDATE SET documents = documents + excluded.documents",
        (stories * per_story,),
    )
    db.execute("COMMIT")


def _write_story(
    db: sqlite3.Connection,
    plan: StoryPlan,
    per_story: int,
    rng: random.Random,
    vectors: np.random.Generator,
) -> None:
    story_id = f"st{digest('story', plan.number)}"
    entity_ids = {name: f"e{digest('entity', plan.number, name)}" for name in plan.people}
    for name, entity_id in entity_ids.items():
        db.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, 'PERSON')",
                   (entity_id, name))  # fmt: skip
        db.executemany("INSERT OR IGNORE INTO entity_keys (entity_id, key) VALUES (?, ?)",
                       [(entity_id, f"person:{w.lower()}") for w in name.split()])  # fmt: skip
    keys = {f"person:{n.lower()}": 0.4 for n in plan.people} | {f"place:{plan.place.lower()}": 0.2}
    profile = {
        "story_id": story_id, "centroid": [0.0] * DIM, "entities": sorted(keys.items()),
        "terms": [],
        "places": [[f"place:{plan.place.lower()}", per_story]],
        "first_date": plan.start.isoformat(),
        "last_date": (plan.start + timedelta(days=per_story)).isoformat(),
        "size": per_story, "thread_id": None, "locked": False, "documents": [],
    }  # fmt: skip
    db.execute(
        'INSERT INTO stories (id, title, start, "end", profile, created_at) '
        "VALUES (?, ?, ?, ?, ?, '2024-01-01')",
        (story_id, f"Story {plan.number}", profile["first_date"], profile["last_date"],
         json.dumps(profile)),
    )  # fmt: skip
    db.executemany("INSERT INTO story_keys (story_id, key, weight) VALUES (?, ?, ?)",
                   [(story_id, k, w) for k, w in keys.items()])  # fmt: skip
    for index in range(per_story):
        _write_document(db, plan, story_id, index, entity_ids, rng, vectors)


def _write_document(
    db: sqlite3.Connection,
    plan: StoryPlan,
    story_id: str,
    index: int,
    entity_ids: dict[str, str],
    rng: random.Random,
    vectors: np.random.Generator,
) -> None:
    title, text = document_text(plan, index, rng)
    doc_id = f"d{digest('doc', plan.number, index)}"
    published = (plan.start + timedelta(days=index)).isoformat()
    db.execute(
        "INSERT INTO documents (id, kind, content_hash, title, outlet, published, text, story_id, "
        "analyzed, added_at) VALUES (?, 'article', ?, ?, ?, ?, ?, ?, 1, '2024-01-01')",
        (doc_id, digest("hash", doc_id), title, rng.choice(OUTLETS), published, text, story_id),
    )
    for number, sentence in enumerate(text.split(". ")[:3]):
        claim_id = f"c{digest(doc_id, number)}"
        vector = vectors.standard_normal(DIM).astype(np.float16).tobytes()
        db.execute(
            "INSERT INTO claims (id, doc_id, text, sentence, span_start, span_end, modality, "
            "polarity, predicate, status, entity_ids, vector) "
            "VALUES (?, ?, ?, ?, 0, 1, 'reported', 'positive', 'meet', 'open', ?, ?)",
            (claim_id, doc_id, sentence, sentence, json.dumps(list(entity_ids.values())), vector),
        )
        db.executemany("INSERT INTO claim_entities (claim_id, entity_id) VALUES (?, ?)",
                       [(claim_id, e) for e in entity_ids.values()])  # fmt: skip
    _write_event(db, plan, story_id, index, doc_id, text.split(". ")[0], entity_ids, vectors)


def _write_event(
    db: sqlite3.Connection,
    plan: StoryPlan,
    story_id: str,
    index: int,
    doc_id: str,
    sentence: str,
    entity_ids: dict[str, str],
    vectors: np.random.Generator,
) -> None:
    """The document's first sentence on the story's timeline; two reports tell each happening."""
    day = (plan.start + timedelta(days=index - index % 2)).isoformat()
    entry_id = f"t{digest('entry', plan.number, day)}"
    ids = json.dumps(list(entity_ids.values()))
    if index % 2 == 0:
        vector = vectors.standard_normal(DIM).astype(np.float16).tobytes()
        db.execute(
            'INSERT INTO timeline_entries (id, story_id, start, "end", value, summary, predicate, '
            "entity_ids, vector) VALUES (?, ?, ?, ?, ?, ?, 'meet', ?, ?)",
            (entry_id, story_id, day, day, day, sentence, ids, vector),
        )
    time = to_json(Timex(day, 0, len(day), "DATE", day, None, day, day))
    db.execute(
        'INSERT INTO events (id, doc_id, claim_id, summary, sentence, time, start, "end", '
        "participants, predicate, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'meet', ?)",
        (f"v{digest(doc_id)}", doc_id, f"c{digest(doc_id, 0)}", sentence, sentence,
         json.dumps(time), day, day, ids, entry_id),
    )  # fmt: skip
