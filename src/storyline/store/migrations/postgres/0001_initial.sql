-- Storyline schema, version 1, for PostgreSQL: sqlite/0001_initial.sql table for table and
-- column for column (tests/test_postgres.py compares them). BLOB is BYTEA, REAL is DOUBLE
-- PRECISION, INTEGER flags stay INTEGER and timestamps stay ISO TEXT, so the shared SQL of
-- store/sql.py runs unchanged. TEXT is COLLATE "C": byte order, as SQLite's BINARY, whatever the
-- database's locale, so ordering and id-prefix lookups match. Full-text search is the generated
-- `search_vector` column with a GIN index, in place of SQLite's documents_fts table and triggers.


CREATE TABLE threads (
    id          TEXT COLLATE "C" PRIMARY KEY,
    title       TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL
);

CREATE TABLE stories (
    id          TEXT COLLATE "C" PRIMARY KEY,
    title       TEXT COLLATE "C" NOT NULL,
    thread_id   TEXT COLLATE "C" REFERENCES threads(id) ON DELETE SET NULL,
    start       TEXT COLLATE "C",
    "end"       TEXT COLLATE "C",
    profile     TEXT COLLATE "C",                -- tracker state (centroid, entity counts) as JSON
    pinned      INTEGER NOT NULL DEFAULT 0,  -- set by an analyst merge/split: the tracker keeps it
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE INDEX stories_thread ON stories(thread_id);
CREATE INDEX stories_span ON stories("end");

CREATE TABLE documents (
    id           TEXT COLLATE "C" PRIMARY KEY,
    kind         TEXT COLLATE "C" NOT NULL CHECK (kind IN ('article', 'note')),
    parent_id    TEXT COLLATE "C" REFERENCES documents(id) ON DELETE CASCADE,
    content_hash TEXT COLLATE "C" NOT NULL UNIQUE,
    title        TEXT COLLATE "C",
    outlet       TEXT COLLATE "C",
    author       TEXT COLLATE "C",
    published    TEXT COLLATE "C",
    url          TEXT COLLATE "C",
    version      INTEGER NOT NULL DEFAULT 1,
    lede         TEXT COLLATE "C",
    headings     TEXT COLLATE "C" NOT NULL DEFAULT '[]',   -- JSON list
    paragraphs   TEXT COLLATE "C" NOT NULL DEFAULT '[]',   -- JSON list
    read_minutes INTEGER,
    views        INTEGER,
    text         TEXT COLLATE "C" NOT NULL,
    original     TEXT COLLATE "C",
    offsets      TEXT COLLATE "C" NOT NULL DEFAULT '[]',   -- JSON list of [text_offset, original_offset]
    date_reason  TEXT COLLATE "C",
    source       TEXT COLLATE "C",
    story_id     TEXT COLLATE "C" REFERENCES stories(id) ON DELETE SET NULL,
    story_pinned INTEGER NOT NULL DEFAULT 0,   -- moved by an analyst: the tracker leaves it
    analyzed     INTEGER NOT NULL DEFAULT 0,
    added_at     TEXT COLLATE "C" NOT NULL,
    -- PostgreSQL only: what documents_fts indexes in SQLite (title ranks above body text)
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple', text), 'B')
    ) STORED
);
CREATE INDEX documents_parent ON documents(parent_id);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_story ON documents(story_id);
CREATE INDEX documents_search ON documents USING GIN (search_vector);

-- Store-wide entities (one per real-world referent) and their mentions in documents.
CREATE TABLE entities (
    id          TEXT COLLATE "C" PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL,
    type        TEXT COLLATE "C" NOT NULL,
    stands_for  TEXT COLLATE "C",
    pinned      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entity_keys (                -- blocking keys: resolution looks up, never scans
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    key         TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (key, entity_id)
);

CREATE TABLE entity_aliases (
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE mentions (
    doc_id      TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    local_id    TEXT COLLATE "C" NOT NULL,          -- the entity id within the document's analysis
    text        TEXT COLLATE "C" NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, start_char, end_char)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE timexes (
    doc_id      TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT COLLATE "C" NOT NULL,
    type        TEXT COLLATE "C" NOT NULL,
    value       TEXT COLLATE "C" NOT NULL,
    mod         TEXT COLLATE "C",
    start       TEXT COLLATE "C",
    "end"       TEXT COLLATE "C",
    PRIMARY KEY (doc_id, start_char, end_char)
);

CREATE TABLE claims (
    id          TEXT COLLATE "C" PRIMARY KEY,
    doc_id      TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT COLLATE "C" NOT NULL,
    sentence    TEXT COLLATE "C" NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    attribution TEXT COLLATE "C" NOT NULL DEFAULT '[]',   -- JSON, outermost first
    modality    TEXT COLLATE "C" NOT NULL,
    polarity    TEXT COLLATE "C" NOT NULL,
    predicate   TEXT COLLATE "C",
    participants TEXT COLLATE "C" NOT NULL DEFAULT '[]', -- JSON list of entity names
    place       TEXT COLLATE "C",
    time        TEXT COLLATE "C",                        -- JSON timex or NULL
    time_start  TEXT COLLATE "C",
    time_end    TEXT COLLATE "C",
    status      TEXT COLLATE "C",
    status_reason TEXT COLLATE "C",
    status_pinned INTEGER NOT NULL DEFAULT 0, -- set by an analyst: the tracker keeps it
    sources     TEXT COLLATE "C" NOT NULL DEFAULT '[]',   -- JSON: resolved source keys, outermost first
    cues        TEXT COLLATE "C" NOT NULL DEFAULT '[]',   -- JSON: the attribution cues
    entity_ids  TEXT COLLATE "C" NOT NULL DEFAULT '[]',   -- JSON: resolved participant entity ids
    vector      BYTEA,                         -- sentence embedding (float16) for linking
    is_new      INTEGER NOT NULL DEFAULT 1,   -- new to the dossier when its document arrived
    known_from  TEXT COLLATE "C",                         -- else the earlier claim that already said it
    extra       TEXT COLLATE "C" NOT NULL DEFAULT '{}'    -- JSON: fields added to the model later
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_predicate ON claims(predicate, time_end);
CREATE INDEX claims_status ON claims(status);

CREATE TABLE claim_entities (
    claim_id    TEXT COLLATE "C" NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, entity_id)
);
CREATE INDEX claim_entities_entity ON claim_entities(entity_id);

CREATE TABLE evidence (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    claim_id    TEXT COLLATE "C" NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    doc_id      TEXT COLLATE "C" REFERENCES documents(id) ON DELETE CASCADE,
    relation    TEXT COLLATE "C" NOT NULL,
    sentence    TEXT COLLATE "C" NOT NULL,
    date        TEXT COLLATE "C",
    source_claim_id TEXT COLLATE "C" REFERENCES claims(id) ON DELETE CASCADE,
    reason      TEXT COLLATE "C",
    by_analyst  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_claim ON evidence(claim_id);
CREATE INDEX evidence_doc ON evidence(doc_id);

CREATE TABLE timeline_entries (
    id          TEXT COLLATE "C" PRIMARY KEY,
    story_id    TEXT COLLATE "C" REFERENCES stories(id) ON DELETE SET NULL,
    start       TEXT COLLATE "C" NOT NULL,
    "end"       TEXT COLLATE "C" NOT NULL,
    value       TEXT COLLATE "C" NOT NULL,
    mod         TEXT COLLATE "C",
    summary     TEXT COLLATE "C" NOT NULL,
    predicate   TEXT COLLATE "C",
    entity_ids  TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    is_plan     INTEGER NOT NULL DEFAULT 0,
    vector      BYTEA
);
CREATE INDEX timeline_entries_story ON timeline_entries(story_id, start);

-- The story index: stories filed under the entity keys of their profile, so that a new
-- document's candidate stories are looked up, never scanned.
CREATE TABLE story_keys (
    story_id    TEXT COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    key         TEXT COLLATE "C" NOT NULL,               -- an entity key such as 'person:kim jong un'
    weight      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (key, story_id)
);
CREATE INDEX story_keys_story ON story_keys(story_id);

-- In how many articles each entity key occurs: rare names tell stories apart.
CREATE TABLE key_document_counts (
    key         TEXT COLLATE "C" PRIMARY KEY,
    documents   INTEGER NOT NULL
);

CREATE TABLE events (
    id          TEXT COLLATE "C" PRIMARY KEY,
    doc_id      TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    claim_id    TEXT COLLATE "C" REFERENCES claims(id) ON DELETE SET NULL,
    summary     TEXT COLLATE "C" NOT NULL,
    sentence    TEXT COLLATE "C" NOT NULL,
    time        TEXT COLLATE "C" NOT NULL,               -- JSON timex
    start       TEXT COLLATE "C",
    "end"       TEXT COLLATE "C",
    participants TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    place       TEXT COLLATE "C",
    is_plan     INTEGER NOT NULL DEFAULT 0,
    predicate   TEXT COLLATE "C",
    entry_id    TEXT COLLATE "C" REFERENCES timeline_entries(id) ON DELETE SET NULL,
    is_new      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_start ON events(start);
CREATE INDEX events_entry ON events(entry_id);
