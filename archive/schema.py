"""The corpus schema and its migrations.

The tables and columns named in DESIGN.md are a public contract.  A column added
after a release goes into ``ADDED_COLUMNS`` as well as into ``SCHEMA``: new
corpora get it from ``SCHEMA``, older ones from :func:`migrate`.
"""

from __future__ import annotations

import re

SCHEMA = """
CREATE TABLE IF NOT EXISTS crawls (
    id INTEGER PRIMARY KEY,
    job TEXT NOT NULL,              -- what was crawled, as a stable key (resume finds it)
    site TEXT,
    schedule TEXT,
    started TEXT,
    finished TEXT,
    status TEXT,                    -- running, finished, interrupted, failed; seeded (a
                                    -- shared-frontier run only seeded from this corpus)
    pages INTEGER DEFAULT 0,
    articles_new INTEGER DEFAULT 0,
    articles_changed INTEGER DEFAULT 0,
    errors INTEGER DEFAULT 0,
    settings TEXT,                  -- JSON
    warc_files TEXT,                -- JSON array of file names
    host TEXT,
    pid INTEGER,
    frontier TEXT,                  -- the run of a shared frontier (Redis) this crawl joined
    reason TEXT                     -- why a run failed or stopped before its end (NULL if finished)
);
CREATE INDEX IF NOT EXISTS crawls_job ON crawls (job, id);

CREATE TABLE IF NOT EXISTS captures (
    id TEXT PRIMARY KEY,            -- the uuid of the WARC response/revisit record
    crawl_id INTEGER REFERENCES crawls (id),
    url TEXT NOT NULL,
    fetched TEXT,
    status INTEGER,
    mime TEXT,
    payload_digest TEXT,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    warc_record_id TEXT,
    record_type TEXT,               -- response or revisit
    refers_to TEXT,                 -- for a revisit: the capture holding the payload
    etag TEXT,
    last_modified TEXT,
    length INTEGER,                 -- payload bytes as received
    ip TEXT
);
CREATE INDEX IF NOT EXISTS captures_url ON captures (url, fetched);
CREATE INDEX IF NOT EXISTS captures_digest ON captures (url, payload_digest);
CREATE INDEX IF NOT EXISTS captures_crawl ON captures (crawl_id);

CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,       -- canonical URL
    site TEXT,
    section TEXT,
    title TEXT,
    authors TEXT,                   -- JSON array of names
    published TEXT,
    modified TEXT,
    language TEXT,
    description TEXT,
    tags TEXT,                      -- JSON array
    text TEXT,
    word_count INTEGER,
    content_hash TEXT,
    first_captured TEXT,
    last_captured TEXT,
    capture_id TEXT REFERENCES captures (id),
    version INTEGER DEFAULT 1,
    image TEXT,
    trigram_indexed INTEGER DEFAULT 1, -- 0: no character a substring search looks for (see below)
    reprint_of INTEGER,             -- the original this article reprints (archive/reprints.py)
    countries TEXT                  -- JSON array of ISO 3166-1 alpha-2 codes (archive/countries.py)
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_site ON articles (site, section);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);

-- The LSH index of archive/reprints.py: one row a band of an article's MinHash.
CREATE TABLE IF NOT EXISTS article_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_bands_article ON article_bands (article_id);

CREATE TABLE IF NOT EXISTS article_versions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles (id),
    url TEXT,
    version INTEGER,
    title TEXT,
    text TEXT,
    content_hash TEXT,
    capture_id TEXT REFERENCES captures (id),
    first_captured TEXT,
    last_captured TEXT
);
CREATE INDEX IF NOT EXISTS article_versions_article ON article_versions (article_id, version);

CREATE TABLE IF NOT EXISTS ledger (
    crawl_id INTEGER NOT NULL REFERENCES crawls (id),
    url TEXT NOT NULL,
    kind TEXT,                      -- section, article, sitemap, feed, robots, requisite, other
    status TEXT NOT NULL,           -- queued, done, skipped, failed
    reason TEXT,
    depth INTEGER DEFAULT 0,
    referrer TEXT,
    meta TEXT,                      -- JSON: what is needed to rebuild the request
    discovered TEXT,
    updated TEXT,
    PRIMARY KEY (crawl_id, url)
);
CREATE INDEX IF NOT EXISTS ledger_status ON ledger (crawl_id, status);

CREATE TABLE IF NOT EXISTS schedules (
    name TEXT PRIMARY KEY,
    targets TEXT NOT NULL,          -- JSON array: a site profile's name, or start URLs
    cron TEXT NOT NULL,             -- five-field cron expression, local time of the scheduler
    options TEXT,                   -- JSON: the crawl's options (warc_dir, delay, full, ...)
    enabled INTEGER DEFAULT 1,
    created TEXT,
    last_slot TEXT                  -- the cron slot the scheduler last started a run for
);

CREATE VIEW IF NOT EXISTS skipped_urls AS
    SELECT crawl_id, url, kind, status, reason, referrer, updated
    FROM ledger WHERE status IN ('skipped', 'failed');
"""

FTS_COLUMNS = ["title", "description", "text"]
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

# A second index, of substrings (trigrams), for scripts written without spaces
# between words (CJK, Thai) or with attached particles (Arabic, Korean); the
# word index above keeps two-letter words such as "UN" searchable.  See
# archive/search.py for which terms go where.
#
# Only articles with ``trigram_indexed`` not 0 are in it: ``store_article`` sets
# 0 when no character of the title, description or text belongs to those
# scripts (then no substring term can match the article anyway), which spares
# the trigram index of most Latin and Cyrillic articles: about 4.4 ms of the
# 6.2 ms an article took to store (docs/performance.md).  Rows written by other
# tools get the default, 1.  Corpora made before this flag keep their
# unconditional triggers (and index everything), which is just as consistent.
TRIGRAM_SCHEMA = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS articles_trigram USING fts5 (
        title, description, text, tokenize='trigram', content='articles', content_rowid='id'
    )""",
    """CREATE TRIGGER IF NOT EXISTS articles_trigram_ai AFTER INSERT ON articles
    WHEN new.trigram_indexed IS NOT 0 BEGIN
        INSERT INTO articles_trigram (rowid, title, description, text)
        VALUES (new.id, new.title, new.description, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_trigram_ad AFTER DELETE ON articles
    WHEN old.trigram_indexed IS NOT 0 BEGIN
        INSERT INTO articles_trigram (articles_trigram, rowid, title, description, text)
        VALUES ('delete', old.id, old.title, old.description, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_trigram_au
    AFTER UPDATE OF title, description, text, trigram_indexed ON articles BEGIN
        INSERT INTO articles_trigram (articles_trigram, rowid, title, description, text)
        SELECT 'delete', old.id, old.title, old.description, old.text
        WHERE old.trigram_indexed IS NOT 0;
        INSERT INTO articles_trigram (rowid, title, description, text)
        SELECT new.id, new.title, new.description, new.text WHERE new.trigram_indexed IS NOT 0;
    END""",
)

# Characters of the scripts archive/search.py looks for as substrings (a superset of
# its ``is_substring_char``: Arabic, Thai, Lao, Tibetan, Myanmar, Hangul, Khmer, CJK,
# kana, Yi and ideographs; a test checks every code point).
SUBSTRING_SCRIPT = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in (
    (0x600, 0x6FF), (0x750, 0x77F), (0x870, 0x8FF), (0xE00, 0x109F), (0x1100, 0x11FF),
    (0x1780, 0x17FF), (0x19E0, 0x19FF), (0x2E80, 0xA4CF), (0xA960, 0xA97F), (0xA9E0, 0xA9FF),
    (0xAA60, 0xAA7F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFB50, 0xFDFF), (0xFE10, 0xFE6F),
    (0xFE70, 0xFEFF), (0xFF61, 0xFF64), (0x1AFF0, 0x1B167), (0x1D372, 0x1D376),
    (0x1EE00, 0x1EEFF), (0x1F210, 0x1F251), (0x20000, 0x3FFFF),
)) + "]")


def needs_trigram(*texts: str | None) -> bool:
    """Whether any of the texts holds a character a substring search may look for."""
    return any(text and not text.isascii() and SUBSTRING_SCRIPT.search(text) for text in texts)


# (table, column, declaration): columns corpora made before them lack.
ADDED_COLUMNS = (
    ("crawls", "frontier", "TEXT"),
    ("crawls", "reason", "TEXT"),
    ("articles", "trigram_indexed", "INTEGER DEFAULT 1"),
    ("articles", "reprint_of", "INTEGER"),
    ("articles", "countries", "TEXT"),
)

# The word index's update trigger, for the indexed columns only: sqlite-utils'
# fires on any column, so setting ``countries`` or ``reprint_of`` (chancery
# enrich, a new original found) would re-index the whole text each time.
FTS_UPDATE_TRIGGER = (
    "CREATE TRIGGER articles_au AFTER UPDATE OF title, description, text ON articles BEGIN"
    " INSERT INTO articles_fts (articles_fts, rowid, title, description, text)"
    " VALUES ('delete', old.rowid, old.title, old.description, old.text);"
    " INSERT INTO articles_fts (rowid, title, description, text)"
    " VALUES (new.rowid, new.title, new.description, new.text); END"
)


def migrate(db) -> None:
    """Bring a corpus of any earlier version to the current schema (idempotent).

    ``db`` is a sqlite-utils Database inside a write transaction.
    """
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)
    for table, column, declaration in ADDED_COLUMNS:
        if column not in db[table].columns_dict:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
    db.execute("CREATE INDEX IF NOT EXISTS crawls_frontier ON crawls (frontier)")
    db.execute("CREATE INDEX IF NOT EXISTS articles_reprint ON articles (reprint_of)")
    if not db["articles_fts"].exists():
        db["articles"].enable_fts(FTS_COLUMNS, create_triggers=True, tokenize=FTS_TOKENIZER)
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                         " AND name = 'articles_au'").fetchone()
    if trigger and "UPDATE OF" not in trigger[0]:
        db.execute("DROP TRIGGER articles_au")
        db.execute(FTS_UPDATE_TRIGGER)
    if not db["articles_trigram"].exists():
        for statement in TRIGRAM_SCHEMA:
            db.execute(statement)
        db.execute(
            "INSERT INTO articles_trigram (rowid, title, description, text)"
            " SELECT id, title, description, text FROM articles"
            " WHERE trigram_indexed IS NOT 0")
