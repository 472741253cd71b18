-- Storyline schema, version 1. One row per document version; analysis and tracking tables
-- hang off documents and are rebuilt for a document inside the transaction that writes it.

CREATE TABLE threads (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    thread_id   TEXT REFERENCES threads(id) ON DELETE SET NULL,
    start       TEXT,
    "end"       TEXT,
    profile     TEXT,                -- tracker state (centroid, entity counts) as JSON
    pinned      INTEGER NOT NULL DEFAULT 0,  -- set by an analyst merge/split: the tracker keeps it
    created_at  TEXT NOT NULL
);
CREATE INDEX stories_thread ON stories(thread_id);
CREATE INDEX stories_span ON stories("end");

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('article', 'note')),
    parent_id    TEXT REFERENCES documents(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    outlet       TEXT,
    author       TEXT,
    published    TEXT,
    url          TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    lede         TEXT,
    headings     TEXT NOT NULL DEFAULT '[]',   -- JSON list
    paragraphs   TEXT NOT NULL DEFAULT '[]',   -- JSON list
    read_minutes INTEGER,
    views        INTEGER,
    text         TEXT NOT NULL,
    original     TEXT,
    offsets      TEXT NOT NULL DEFAULT '[]',   -- JSON list of [text_offset, original_offset]
    date_reason  TEXT,
    source       TEXT,
    story_id     TEXT REFERENCES stories(id) ON DELETE SET NULL,
    story_pinned INTEGER NOT NULL DEFAULT 0,   -- moved by an analyst: the tracker leaves it
    analyzed     INTEGER NOT NULL DEFAULT 0,
    added_at     TEXT NOT NULL
);
CREATE INDEX documents_parent ON documents(parent_id);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_story ON documents(story_id);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- Store-wide entities (one per real-world referent) and their mentions in documents.
CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    stands_for  TEXT,
    pinned      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entity_keys (                -- blocking keys: resolution looks up, never scans
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
);

CREATE TABLE entity_aliases (
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE mentions (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,          -- the entity id within the document's analysis
    text        TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, start_char, end_char)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE timexes (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    value       TEXT NOT NULL,
    mod         TEXT,
    start       TEXT,
    "end"       TEXT,
    PRIMARY KEY (doc_id, start_char, end_char)
);

CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    attribution TEXT NOT NULL DEFAULT '[]',   -- JSON, outermost first
    modality    TEXT NOT NULL,
    polarity    TEXT NOT NULL,
    predicate   TEXT,
    participants TEXT NOT NULL DEFAULT '[]', -- JSON list of entity names
    place       TEXT,
    time        TEXT,                        -- JSON timex or NULL
    time_start  TEXT,
    time_end    TEXT,
    status      TEXT,
    status_reason TEXT,
    status_pinned INTEGER NOT NULL DEFAULT 0, -- set by an analyst: the tracker keeps it
    sources     TEXT NOT NULL DEFAULT '[]',   -- JSON: resolved source keys, outermost first
    cues        TEXT NOT NULL DEFAULT '[]',   -- JSON: the attribution cues
    entity_ids  TEXT NOT NULL DEFAULT '[]',   -- JSON: resolved participant entity ids
    vector      BLOB,                         -- sentence embedding (float16) for linking
    is_new      INTEGER NOT NULL DEFAULT 1,   -- new to the dossier when its document arrived
    known_from  TEXT,                         -- else the earlier claim that already said it
    extra       TEXT NOT NULL DEFAULT '{}'    -- JSON: fields added to the model later
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_predicate ON claims(predicate, time_end);
CREATE INDEX claims_status ON claims(status);

CREATE TABLE claim_entities (
    claim_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, entity_id)
);
CREATE INDEX claim_entities_entity ON claim_entities(entity_id);

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    claim_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    doc_id      TEXT REFERENCES documents(id) ON DELETE CASCADE,
    relation    TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    date        TEXT,
    source_claim_id TEXT REFERENCES claims(id) ON DELETE CASCADE,
    reason      TEXT,
    by_analyst  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_claim ON evidence(claim_id);
CREATE INDEX evidence_doc ON evidence(doc_id);

CREATE TABLE timeline_entries (
    id          TEXT PRIMARY KEY,
    story_id    TEXT REFERENCES stories(id) ON DELETE SET NULL,
    start       TEXT NOT NULL,
    "end"       TEXT NOT NULL,
    value       TEXT NOT NULL,
    mod         TEXT,
    summary     TEXT NOT NULL,
    predicate   TEXT,
    entity_ids  TEXT NOT NULL DEFAULT '[]',
    is_plan     INTEGER NOT NULL DEFAULT 0,
    vector      BLOB
);
CREATE INDEX timeline_entries_story ON timeline_entries(story_id, start);

-- The story index: stories filed under the entity keys of their profile, so that a new
-- document's candidate stories are looked up, never scanned.
CREATE TABLE story_keys (
    story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,               -- an entity key such as 'person:kim jong un'
    weight      REAL NOT NULL,
    PRIMARY KEY (key, story_id)
);
CREATE INDEX story_keys_story ON story_keys(story_id);

-- In how many articles each entity key occurs: rare names tell stories apart.
CREATE TABLE key_document_counts (
    key         TEXT PRIMARY KEY,
    documents   INTEGER NOT NULL
);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    claim_id    TEXT REFERENCES claims(id) ON DELETE SET NULL,
    summary     TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    time        TEXT NOT NULL,               -- JSON timex
    start       TEXT,
    "end"       TEXT,
    participants TEXT NOT NULL DEFAULT '[]',
    place       TEXT,
    is_plan     INTEGER NOT NULL DEFAULT 0,
    predicate   TEXT,
    entry_id    TEXT REFERENCES timeline_entries(id) ON DELETE SET NULL,
    is_new      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_start ON events(start);
CREATE INDEX events_entry ON events(entry_id);
