"""The queries every SQL back end shares, written once in portable SQL with `?` placeholders.

A back end subclasses `SQLStore` and supplies the connection: `_run` (placeholders, errors
translated to `StoreError`), `transaction`, `search` and `close`. The store keeps and finds;
it computes nothing: tracking decides, the store records.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from storyline.errors import NotFound, StoreError
from storyline.model import (
    Attribution,
    Claim,
    Document,
    Event,
    Evidence,
    Mention,
    Stats,
    Story,
    TimelineEntry,
    TimelineSource,
    Timex,
    to_json,
)
from storyline.store.base import (
    ClaimRecord,
    EntityRecord,
    EntryRecord,
    SearchHit,
    StoredDocument,
)

__all__ = ["SQLStore"]

Row = Any  # sqlite3.Row or a psycopg dict row: both index by column name

DOCUMENT_COLUMNS = (
    "id, kind, parent_id, title, outlet, author, published, url, version, lede, headings, "
    "paragraphs, read_minutes, views, text, original, offsets, date_reason, source, story_id, "
    "analyzed, added_at"
)
CLAIM_COLUMNS = (
    "c.id, c.doc_id, c.text, c.sentence, c.span_start, c.span_end, c.attribution, c.modality, "
    "c.polarity, c.predicate, c.theme, c.setting, c.moves_event, c.doer, "
    "c.participants, c.place, c.time, c.status, "
    "c.status_reason, c.status_pinned, c.sources, c.cues, c.entity_ids, c.vector, c.is_new, "
    "c.known_from, d.published AS doc_date, d.story_id"
)
CANDIDATE_LIMIT = 200


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLStore:
    """Documents, analysis results and tracking state, in any SQL database."""

    location: str
    _depth: int = 0  # how many transactions are open, the outermost first

    def _run(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _begin(self) -> None:
        """Start the outermost transaction, taking the write lock (StoreError if refused)."""
        raise NotImplementedError

    def _connection_lost(self) -> bool:
        """True when a rollback cannot run because the server already dropped the session."""
        return False

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all; inner levels are savepoints."""
        depth = self._depth + 1
        savepoint = None if depth == 1 else f"sp{depth}"
        if savepoint is None:
            self._begin()
        else:
            self._run(f"SAVEPOINT {savepoint}")
        self._depth = depth
        try:
            yield
        except BaseException:
            self._rollback(savepoint)
            raise
        else:
            self._commit(savepoint)
        finally:
            self._depth = depth - 1

    def _commit(self, savepoint: str | None) -> None:
        try:
            self._run("COMMIT" if savepoint is None else f"RELEASE {savepoint}")
        except StoreError:
            self._rollback(savepoint)
            raise

    def _rollback(self, savepoint: str | None) -> None:
        statements = ["ROLLBACK"] if savepoint is None else [
            f"ROLLBACK TO {savepoint}", f"RELEASE {savepoint}"]  # fmt: skip
        try:
            for statement in statements:
                self._run(statement)
        except StoreError:
            if not self._connection_lost():
                raise

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _all(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        return list(self._run(sql, parameters).fetchall())

    def _one(self, sql: str, parameters: Sequence[Any] = ()) -> Row | None:
        return self._run(sql, parameters).fetchone()

    # Documents

    def add_document(self, document: Document) -> tuple[str, bool]:
        """Keep a document; (existing id, False) when the same content is already kept."""
        with self.transaction():
            existing = self._one(
                "SELECT id FROM documents WHERE content_hash = ?", (document.content_hash,)
            )
            if existing:
                return existing["id"], False
            if document.parent_id is not None:
                self.get_document(document.parent_id)
            inserted = self._run(
                f"INSERT INTO documents ({DOCUMENT_COLUMNS}, content_hash) "
                f"VALUES ({', '.join('?' * 22)}, ?) ON CONFLICT (content_hash) DO NOTHING",
                (*document_row(document, self._next_version(document.url)), document.content_hash),
            )
            if inserted.rowcount == 0:  # a concurrent writer kept the same content first
                return self.find_content(document) or document.id, False
        return document.id, True

    def find_content(self, document: Document) -> str | None:
        row = self._one("SELECT id FROM documents WHERE content_hash = ?", (document.content_hash,))
        return row["id"] if row else None

    def _next_version(self, url: str | None) -> int:
        if not url:
            return 1
        row = self._one("SELECT MAX(version) AS v FROM documents WHERE url = ?", (url,))
        return (row["v"] or 0) + 1

    def get_document(self, doc_id: str) -> StoredDocument:
        """The document with this id or unique id prefix; NotFound otherwise."""
        rows = self._all(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id >= ? AND id < ? LIMIT 2",
            (doc_id, doc_id + "\uffff"),
        )
        exact = [row for row in rows if row["id"] == doc_id]
        if exact or len(rows) == 1:
            return stored_document(exact[0] if exact else rows[0])
        if rows:
            raise NotFound(f"document id {doc_id!r} is ambiguous", hint="give more characters")
        raise NotFound(f"no document {doc_id!r}", hint="`storyline list` shows the ids")

    def documents(
        self, *, kind: str | None = None, story_id: str | None = None
    ) -> list[StoredDocument]:
        where, parameters = _filters(kind=kind, story_id=story_id)
        rows = self._all(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents{where} "
            "ORDER BY COALESCE(published, added_at), added_at, id",
            parameters,
        )
        return [stored_document(row) for row in rows]

    def notes_of(self, doc_id: str) -> list[StoredDocument]:
        rows = self._all(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE parent_id = ? "
            "ORDER BY published NULLS FIRST, id",
            (doc_id,),
        )
        return [stored_document(row) for row in rows]

    def unanalyzed(self) -> Iterator[StoredDocument]:
        rows = self._all(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE analyzed = 0 "
            "ORDER BY COALESCE(published, added_at), added_at, id"
        )
        return (stored_document(row) for row in rows)

    def mark_analyzed(self, doc_id: str) -> None:
        self._run("UPDATE documents SET analyzed = 1 WHERE id = ?", (doc_id,))

    def counts(self) -> dict[str, int]:
        tables = ("documents", "stories", "entities", "claims", "events", "timexes")
        return {t: self._one(f"SELECT COUNT(*) AS n FROM {t}")["n"] for t in tables}

    # Analysis results

    def save_timexes(self, doc_id: str, timexes: Sequence[Timex]) -> None:
        self._run("DELETE FROM timexes WHERE doc_id = ?", (doc_id,))
        for t in timexes:
            self._run(
                "INSERT INTO timexes (doc_id, start_char, end_char, text, type, value, mod, start, "
                '"end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
                (doc_id, t.start_char, t.end_char, t.text, t.type, t.value, t.mod, t.start, t.end),
            )

    def timexes_of(self, doc_id: str) -> list[Timex]:
        rows = self._all(
            'SELECT text, start_char, end_char, type, value, mod, start, "end" FROM timexes '
            "WHERE doc_id = ? ORDER BY start_char",
            (doc_id,),
        )
        return [Timex(*(row[i] for i in range(8))) for row in rows]

    def save_entity(self, entity: EntityRecord, keys: Sequence[str]) -> None:
        """Add an entity, or add aliases and keys to one already kept."""
        self._run(
            "INSERT INTO entities (id, name, type, stands_for) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (entity.id, entity.name, entity.type, entity.stands_for),
        )
        for alias in {entity.name, *entity.aliases}:
            self._run(
                "INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING",
                (entity.id, alias),
            )
        for key in keys:
            self._run(
                "INSERT INTO entity_keys (entity_id, key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (entity.id, key),
            )

    def entities_by_keys(self, keys: Sequence[str]) -> list[EntityRecord]:
        """Entities filed under any of these blocking keys, with all their names."""
        if not keys:
            return []
        marks = ", ".join("?" * len(keys))
        rows = self._all(
            "SELECT e.id, e.name, e.type, e.stands_for FROM entities e WHERE e.id IN "
            f"(SELECT entity_id FROM entity_keys WHERE key IN ({marks}) LIMIT {CANDIDATE_LIMIT})",
            tuple(keys),
        )
        return [self._entity_record(row) for row in rows]

    def _entity_record(self, row: Row, mentions: int = 0) -> EntityRecord:
        aliases = self._all(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (row["id"],)
        )
        names = tuple(a["alias"] for a in aliases if a["alias"] != row["name"])
        return EntityRecord(row["id"], row["name"], row["type"], names, mentions, row["stands_for"])

    def save_mentions(self, doc_id: str, mentions: Sequence[tuple[str, str, Mention]]) -> None:
        """(store-wide entity id, the entity's id within the document, mention) triples."""
        self._run("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
        for entity_id, local_id, m in mentions:
            self._run(
                "INSERT INTO mentions (doc_id, entity_id, local_id, text, start_char, end_char) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (doc_id, entity_id, local_id, m.text, m.start_char, m.end_char),
            )

    def entities(self, *, story_id: str | None = None) -> list[EntityRecord]:
        where = " WHERE d.story_id = ?" if story_id else ""
        rows = self._all(
            "SELECT e.id, e.name, e.type, e.stands_for, COUNT(*) AS n FROM entities e "
            "JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.id = m.doc_id"
            f"{where} GROUP BY e.id, e.name, e.type, e.stands_for ORDER BY n DESC, e.name",
            (story_id,) if story_id else (),
        )
        return [self._entity_record(row, row["n"]) for row in rows]

    def mentions_of(self, entity_id: str) -> list[tuple[str, Mention]]:
        rows = self._all(
            "SELECT doc_id, text, start_char, end_char FROM mentions WHERE entity_id = ? "
            "ORDER BY doc_id, start_char",
            (entity_id,),
        )
        return [(r["doc_id"], Mention(r["text"], r["start_char"], r["end_char"])) for r in rows]

    def doc_mentions(self, doc_id: str) -> list[tuple[str, Mention]]:
        rows = self._all(
            "SELECT entity_id, text, start_char, end_char FROM mentions WHERE doc_id = ? "
            "ORDER BY start_char",
            (doc_id,),
        )
        return [(r["entity_id"], Mention(r["text"], r["start_char"], r["end_char"])) for r in rows]

    # Claims and their evidence

    def save_claim(self, record: ClaimRecord) -> None:
        c = record.claim
        self._run(
            "INSERT INTO claims (id, doc_id, text, sentence, span_start, span_end, attribution, "
            "modality, polarity, predicate, theme, setting, moves_event, doer, participants, "
            "place, time, time_start, time_end, status, status_reason, sources, cues, "
            "entity_ids, vector, is_new, known_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (
                c.id, c.doc_id, c.text, c.sentence, c.span[0], c.span[1],
                json.dumps(to_json(c.attribution)), c.modality, c.polarity, c.predicate,
                c.theme, c.setting, int(c.moves_event), c.doer, json.dumps(list(c.participants)),
                c.place,
                json.dumps(to_json(c.time)) if c.time else None,
                c.time.start if c.time else None, c.time.end if c.time else None,
                c.status or "open", record.status_reason, json.dumps(list(record.sources)),
                json.dumps(list(record.cues)), json.dumps(list(record.entity_ids)),
                record.vector, int(record.is_new), record.known_from,
            ),
        )  # fmt: skip
        for entity_id in record.entity_ids:
            self._run(
                "INSERT INTO claim_entities (claim_id, entity_id) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING",
                (c.id, entity_id),
            )

    def claim_candidates(
        self,
        entity_ids: Sequence[str],
        *,
        story_ids: Sequence[str],
        exclude_doc: str,
        predicates: Sequence[str] = (),
        unnamed_predicates: Sequence[str] = (),
        themes: Sequence[str] = (),
        moved_themes: Sequence[str] = (),
        limit: int = CANDIDATE_LIMIT,
    ) -> list[ClaimRecord]:
        """The latest earlier claims, in the given stories, sharing an entity or one of the
        `predicates` (for claims that name no one), or naming no one and sharing one of the
        `unnamed_predicates` (for claims that do), or acting on one of the `themes` (for a
        plan moved), or moving an event that acts on one of the `moved_themes` (for the thing
        done on its new day): found by index, not scan."""
        asked = (entity_ids, predicates, unnamed_predicates, themes, moved_themes)
        if not any(asked) or not story_ids:
            return []
        entity_marks, predicate_marks, unnamed_marks, theme_marks, moved_marks, story_marks = (
            ", ".join("?" * len(values)) or "NULL" for values in (*asked, story_ids)
        )
        rows = self._all(
            f"SELECT {CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id "
            "WHERE (c.id IN (SELECT ce.claim_id FROM claim_entities ce "
            f"WHERE ce.entity_id IN ({entity_marks})) OR c.predicate IN ({predicate_marks}) "
            f"OR (c.predicate IN ({unnamed_marks}) AND NOT EXISTS (SELECT 1 FROM "
            f"claim_entities named WHERE named.claim_id = c.id)) OR c.theme IN ({theme_marks}) "
            f"OR (c.theme IN ({moved_marks}) AND c.moves_event = 1)) "
            f"AND d.story_id IN ({story_marks}) AND c.doc_id <> ? "
            f"ORDER BY d.published DESC NULLS LAST LIMIT {int(limit)}",
            (*entity_ids, *predicates, *unnamed_predicates, *themes, *moved_themes, *story_ids,
             exclude_doc),
        )  # fmt: skip
        return [self._claim_record(row, with_evidence=False) for row in rows]

    def claims(
        self,
        *,
        story_id: str | None = None,
        status: str | None = None,
        doc_id: str | None = None,
    ) -> list[ClaimRecord]:
        where, parameters = _filters(
            **{"d.story_id": story_id, "c.status": status, "c.doc_id": doc_id}
        )
        rows = self._all(
            f"SELECT {CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id{where} "
            "ORDER BY d.published NULLS FIRST, c.doc_id, c.span_start",
            parameters,
        )
        return [self._claim_record(row) for row in rows]

    def get_claim(self, claim_id: str) -> ClaimRecord:
        row = self._one(
            f"SELECT {CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id "
            "WHERE c.id = ?",
            (claim_id,),
        )
        if row is None:
            raise NotFound(f"no claim {claim_id!r}", hint="`storyline claims` lists them")
        return self._claim_record(row)

    def _claim_record(self, row: Row, *, with_evidence: bool = True) -> ClaimRecord:
        time = json.loads(row["time"]) if row["time"] else None
        claim = Claim(
            id=row["id"],
            doc_id=row["doc_id"],
            text=row["text"],
            sentence=row["sentence"],
            span=(row["span_start"], row["span_end"]),
            attribution=tuple(Attribution(**_spans(a)) for a in json.loads(row["attribution"])),
            modality=row["modality"],
            polarity=row["polarity"],
            predicate=row["predicate"],
            theme=row["theme"],
            setting=row["setting"],
            moves_event=bool(row["moves_event"]),
            doer=row["doer"],
            participants=tuple(json.loads(row["participants"])),
            place=row["place"],
            time=Timex(**time) if time else None,
            status=row["status"],
            evidence=tuple(self.evidence_of(row["id"])) if with_evidence else (),
        )
        return ClaimRecord(
            claim, row["doc_date"], row["story_id"], tuple(json.loads(row["entity_ids"])),
            tuple(json.loads(row["sources"])), tuple(json.loads(row["cues"])),
            bytes(row["vector"]) if row["vector"] is not None else None,
            row["status_reason"], bool(row["status_pinned"]), bool(row["is_new"]),
            row["known_from"],
        )  # fmt: skip

    def add_evidence(self, claim_id: str, evidence: Evidence, *, by_analyst: bool = False) -> None:
        self._run(
            "INSERT INTO evidence (claim_id, doc_id, relation, sentence, date, source_claim_id, "
            "reason, by_analyst) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                claim_id, evidence.doc_id or None, evidence.relation, evidence.sentence,
                evidence.date, evidence.claim_id, evidence.reason, int(by_analyst),
            ),
        )  # fmt: skip

    def evidence_from(self, doc_id: str) -> list[tuple[str, str]]:
        """(claim id, relation) of the evidence a document gave other documents' claims, by
        the index on the evidence's document."""
        rows = self._all(
            "SELECT e.claim_id, e.relation FROM evidence e JOIN claims c ON c.id = e.claim_id "
            "WHERE e.doc_id = ? AND c.doc_id <> ? ORDER BY e.id",
            (doc_id, doc_id),
        )
        return [(r["claim_id"], r["relation"]) for r in rows]

    def evidence_of(self, claim_id: str) -> list[Evidence]:
        rows = self._all(
            "SELECT doc_id, relation, sentence, date, source_claim_id, reason, by_analyst "
            "FROM evidence WHERE claim_id = ? ORDER BY date NULLS FIRST, id",
            (claim_id,),
        )
        return [
            Evidence(
                r["doc_id"] or "",
                r["relation"],
                r["sentence"],
                r["date"],
                r["source_claim_id"],
                r["reason"],
            )
            for r in rows
        ]

    def analyst_overrides(self, claim_id: str) -> list[tuple[str, str]]:
        """(status, reason) of every analyst override of a claim, oldest first."""
        rows = self._all(
            "SELECT relation, reason FROM evidence WHERE claim_id = ? AND by_analyst = 1 "
            "ORDER BY id",
            (claim_id,),
        )
        return [(r["relation"], r["reason"]) for r in rows]

    def set_claim_status(
        self, claim_id: str, status: str, reason: str, *, pinned: bool | None = None
    ) -> None:
        self._run(
            "UPDATE claims SET status = ?, status_reason = ?, "
            "status_pinned = COALESCE(?, status_pinned) WHERE id = ?",
            (status, reason, None if pinned is None else int(pinned), claim_id),
        )

    def set_claim_novelty(self, claim_id: str, is_new: bool, known_from: str | None) -> None:
        self._run(
            "UPDATE claims SET is_new = ?, known_from = ? WHERE id = ?",
            (int(is_new), known_from, claim_id),
        )

    # Timeline

    def save_event(
        self, event: Event, entry_id: str, entity_ids: Sequence[str], *, is_new: bool
    ) -> None:
        t = event.time
        self._run(
            "INSERT INTO events (id, doc_id, claim_id, summary, sentence, time, start, \"end\", "
            "participants, place, is_plan, predicate, entry_id, is_new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                event.id, event.doc_id, event.claim_id, event.summary, event.sentence,
                json.dumps(to_json(t)), t.start, t.end, json.dumps(list(entity_ids)), event.place,
                int(event.is_plan), event.predicate, entry_id, int(is_new),
            ),
        )  # fmt: skip

    def save_entry(self, record: EntryRecord) -> None:
        e = record.entry
        self._run(
            'INSERT INTO timeline_entries (id, story_id, start, "end", value, mod, summary, '
            "predicate, entity_ids, is_plan, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            'ON CONFLICT (id) DO UPDATE SET start = excluded.start, "end" = excluded."end", '
            "value = excluded.value, mod = excluded.mod, summary = excluded.summary, "
            "entity_ids = excluded.entity_ids, is_plan = excluded.is_plan",
            (
                e.id, record.story_id, e.start, e.end, e.value, e.mod, e.summary,
                record.predicate, json.dumps(list(record.entity_ids)), int(e.is_plan),
                record.vector,
            ),
        )  # fmt: skip

    def entries_near(self, story_ids: Sequence[str], start: str, end: str) -> list[EntryRecord]:
        """Entries of these stories whose dates overlap [start, end]."""
        if not story_ids:
            return []
        marks = ", ".join("?" * len(story_ids))
        rows = self._all(
            f"SELECT * FROM timeline_entries WHERE story_id IN ({marks}) "
            f'AND start <= ? AND "end" >= ? LIMIT {CANDIDATE_LIMIT}',
            (*story_ids, end, start),
        )
        return [self._entry_record(row, with_sources=False) for row in rows]

    def timeline(self, *, story_id: str | None = None) -> list[EntryRecord]:
        where, parameters = _filters(story_id=story_id)
        rows = self._all(f"SELECT * FROM timeline_entries{where} ORDER BY start, id", parameters)
        return [self._entry_record(row) for row in rows]

    def _entry_record(self, row: Row, *, with_sources: bool = True) -> EntryRecord:
        entity_ids = tuple(json.loads(row["entity_ids"]))
        entry = TimelineEntry(
            id=row["id"], start=row["start"], end=row["end"], value=row["value"],
            mod=row["mod"], summary=row["summary"], participants=entity_ids,
            sources=tuple(self._entry_sources(row["id"])) if with_sources else (),
            is_plan=bool(row["is_plan"]),
        )  # fmt: skip
        vector = bytes(row["vector"]) if row["vector"] is not None else None
        return EntryRecord(entry, row["story_id"], row["predicate"], entity_ids, vector)

    def _entry_sources(self, entry_id: str) -> list[TimelineSource]:
        rows = self._all(
            "SELECT ev.doc_id, ev.sentence, c.attribution FROM events ev "
            "LEFT JOIN claims c ON c.id = ev.claim_id JOIN documents d ON d.id = ev.doc_id "
            "WHERE ev.entry_id = ? ORDER BY d.published NULLS FIRST, ev.id",
            (entry_id,),
        )
        return [
            TimelineSource(
                r["doc_id"],
                r["sentence"],
                tuple(Attribution(**_spans(a)) for a in json.loads(r["attribution"] or "[]")),
            )
            for r in rows
        ]

    def events_of(self, doc_id: str) -> list[tuple[str, str, bool]]:
        """(event id, timeline entry id, new to the dossier) for each event of a document."""
        rows = self._all(
            "SELECT id, entry_id, is_new FROM events WHERE doc_id = ? ORDER BY start NULLS FIRST",
            (doc_id,),
        )
        return [(r["id"], r["entry_id"], bool(r["is_new"])) for r in rows]

    # Stories

    def save_story(self, story: Story, *, profile: str | None, pinned: bool = False) -> None:
        if story.thread:
            self._run(
                "INSERT INTO threads (id, title, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (story.thread, story.title, now()),
            )
        self._run(
            'INSERT INTO stories (id, title, thread_id, start, "end", profile, pinned, created_at) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            'title = excluded.title, thread_id = excluded.thread_id, start = excluded.start, '
            '"end" = excluded."end", profile = excluded.profile, pinned = excluded.pinned',
            (story.id, story.title, story.thread, story.start, story.end, profile, int(pinned),
             now()),
        )  # fmt: skip

    def set_story_keys(self, story_id: str, weights: dict[str, float]) -> None:
        self._run("DELETE FROM story_keys WHERE story_id = ?", (story_id,))
        for key, weight in weights.items():
            self._run(
                "INSERT INTO story_keys (story_id, key, weight) VALUES (?, ?, ?)",
                (story_id, key, weight),
            )

    def story_candidates(self, keys: Sequence[str], *, recent: int = 20) -> list[str]:
        """Stories filed under these entity keys (strongest first), plus the latest ones."""
        shared: list[str] = []
        if keys:
            marks = ", ".join("?" * len(keys))
            rows = self._all(
                f"SELECT story_id, SUM(weight) AS w FROM story_keys WHERE key IN ({marks}) "
                f"GROUP BY story_id ORDER BY w DESC LIMIT {CANDIDATE_LIMIT // 4}",
                tuple(keys),
            )
            shared = [r["story_id"] for r in rows]
        latest = self._all(
            f'SELECT id FROM stories ORDER BY "end" DESC NULLS LAST LIMIT {int(recent)}'
        )
        return list(dict.fromkeys([*shared, *(r["id"] for r in latest)]))

    def count_keys(self, keys: Sequence[str]) -> None:
        """One more article, mentioning each of these entity keys (`*` counts all articles)."""
        for key in ("*", *keys):
            self._run(
                "INSERT INTO key_document_counts (key, documents) VALUES (?, 1) "
                "ON CONFLICT (key) DO UPDATE SET documents = key_document_counts.documents + 1",
                (key,),
            )

    def key_counts(self, keys: Sequence[str]) -> tuple[dict[str, int], int]:
        """(articles per entity key, articles in all) for weighting names by rarity."""
        marks = ", ".join("?" * (len(keys) + 1))
        rows = self._all(
            f"SELECT key, documents FROM key_document_counts WHERE key IN ({marks})",
            ("*", *keys),
        )
        found = {r["key"]: r["documents"] for r in rows}
        return found, found.pop("*", 0)

    def story_profiles(self, story_ids: Sequence[str]) -> list[tuple[Story, str | None, bool]]:
        """(story, tracker profile JSON, pinned by an analyst) for each id that exists."""
        if not story_ids:
            return []
        marks = ", ".join("?" * len(story_ids))
        rows = self._all(f"SELECT * FROM stories WHERE id IN ({marks})", tuple(story_ids))
        return [(_story(row), row["profile"], bool(row["pinned"])) for row in rows]

    def story_newest_date(self, story_id: str) -> str | None:
        row = self._one(
            "SELECT MAX(published) AS newest FROM documents WHERE story_id = ?", (story_id,)
        )
        return row["newest"] if row else None

    def stories(self) -> list[Story]:
        rows = self._all('SELECT * FROM stories ORDER BY "end" DESC NULLS LAST, id')
        return [self._story_with_counts(row) for row in rows]

    def get_story(self, story_id: str) -> Story:
        row = self._one("SELECT * FROM stories WHERE id = ?", (story_id,))
        if row is None:
            raise NotFound(f"no story {story_id!r}", hint="`storyline stories` lists them")
        return self._story_with_counts(row)

    def _story_with_counts(self, row: Row) -> Story:
        documents = self._all(
            "SELECT id FROM documents WHERE story_id = ? ORDER BY published NULLS FIRST, id",
            (row["id"],),
        )
        counts = self._all(
            "SELECT c.status, COUNT(*) AS n FROM claims c JOIN documents d ON d.id = c.doc_id "
            "WHERE d.story_id = ? GROUP BY c.status ORDER BY c.status",
            (row["id"],),
        )
        story = _story(row)
        return Story(
            story.id, story.title, story.thread, story.start, story.end,
            tuple(r["id"] for r in documents), tuple((r["status"], r["n"]) for r in counts),
        )  # fmt: skip

    def move_thread(self, from_thread: str, to_thread: str | None) -> None:
        """Fold one thread into another: related stories found to belong together."""
        if to_thread and to_thread != from_thread:
            self._run(
                "UPDATE stories SET thread_id = ? WHERE thread_id = ? AND pinned = 0",
                (to_thread, from_thread),
            )

    def expiring_claims(self, story_id: str, as_of: str) -> list[str]:
        """Open forward-looking claims of a story whose time window closed before `as_of`.

        Only claims about known participants: a claim tracking could never link to later
        reports ("it was expected to arrive") cannot be said to have gone unresolved.
        """
        rows = self._all(
            "SELECT c.id FROM claims c JOIN documents d ON d.id = c.doc_id "
            "WHERE d.story_id = ? AND c.status = 'open' AND c.status_pinned = 0 "
            "AND c.modality IN ('planned', 'expected', 'likely', 'possible', 'uncertain') "
            "AND c.time_end < ? AND c.time_end >= substr(d.published, 1, 10) "
            "AND c.entity_ids <> '[]'",
            (story_id, as_of[:10]),
        )
        return [r["id"] for r in rows]

    def delete_story(self, story_id: str) -> None:
        self._run("DELETE FROM stories WHERE id = ?", (story_id,))

    def move_timeline(self, from_story: str, to_story: str) -> None:
        self._run(
            "UPDATE timeline_entries SET story_id = ? WHERE story_id = ?", (to_story, from_story)
        )

    def doc_entity_names(self, doc_id: str) -> list[tuple[str, str]]:
        """(mention text, entity type) of each mention in a document, for story profiles."""
        rows = self._all(
            "SELECT m.text, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE m.doc_id = ? ORDER BY m.start_char",
            (doc_id,),
        )
        return [(r["text"], r["type"]) for r in rows]

    def set_document_story(self, doc_id: str, story_id: str, *, pinned: bool = False) -> None:
        self._run(
            "UPDATE documents SET story_id = ?, "
            "story_pinned = CASE WHEN ? = 1 THEN 1 ELSE story_pinned END "
            "WHERE id = ? OR parent_id = ?",
            (story_id, int(pinned), doc_id, doc_id),
        )


def _filters(**conditions: str | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause over the conditions that are set."""
    used = {column: value for column, value in conditions.items() if value is not None}
    if not used:
        return "", ()
    return " WHERE " + " AND ".join(f"{column} = ?" for column in used), tuple(used.values())


def _spans(data: dict[str, Any]) -> dict[str, Any]:
    """JSON lists back to the tuples the model uses for spans."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def _story(row: Row) -> Story:
    return Story(row["id"], row["title"], row["thread_id"], row["start"], row["end"])


def document_row(document: Document, version: int) -> tuple[Any, ...]:
    return (
        document.id, document.kind, document.parent_id, document.title, document.outlet,
        document.author, document.published, document.url, version, document.lede,
        json.dumps(document.headings), json.dumps(document.paragraphs),
        document.stats.read_minutes, document.stats.views, document.text, document.original,
        json.dumps(to_json(document.offsets)), document.date_reason, document.source, None, 0,
        now(),
    )  # fmt: skip


def stored_document(row: Row) -> StoredDocument:
    document = Document(
        id=row["id"],
        kind=row["kind"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        url=row["url"],
        parent_id=row["parent_id"],
        lede=row["lede"],
        headings=tuple(json.loads(row["headings"])),
        paragraphs=tuple(json.loads(row["paragraphs"])),
        stats=Stats(row["read_minutes"], row["views"]),
        original=row["original"],
        offsets=tuple((a, b) for a, b in json.loads(row["offsets"])),
        date_reason=row["date_reason"],
        source=row["source"],
    )
    return StoredDocument(
        document, row["version"], row["added_at"], row["story_id"], bool(row["analyzed"])
    )
