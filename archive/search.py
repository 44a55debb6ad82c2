"""Full-text search over the corpus, in any script, with filters shared by export.

The corpus has two FTS5 indexes over the title, description and text of
``articles`` (both kept in sync by triggers, see :mod:`archive.corpus`):

- ``articles_fts`` (``unicode61``): whole words, case- and accent-folded.  Right
  for scripts that put spaces between words (Latin, Cyrillic, Greek...), and the
  only sound place for two-letter words such as "UN" or "EU".
- ``articles_trigram`` (``trigram``): substrings of three characters or more.
  Right for scripts written without spaces (Chinese, Japanese, Thai...), for
  Korean and Arabic, whose words carry attached particles and prefixes
  ("والرئيس" holds "الرئيس"), and so search there matches inside words.

Each term of a query goes to the index its script needs; a term in those
scripts that is shorter than three characters (a two-character Chinese name)
is looked for by a scan of the articles, which is slower but exact.

Query syntax: words (all required), ``"a phrase"``, ``prefix*``, ``OR``
between terms, ``-word`` to exclude.  Anything else is read as plain words,
never as FTS5 syntax, so no input raises a syntax error.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from typing import Iterator, Sequence

WORD_INDEX = "articles_fts"
SUBSTRING_INDEX = "articles_trigram"
INDEXED = ("title", "description", "text")
# bm25 weights of title, description and text in the word index.
WEIGHTS = (10.0, 3.0, 1.0)
HIGHLIGHT = ("**", "**")

# Scripts written without spaces between words, or whose words carry attached
# particles: searched as substrings.
_SUBSTRING_SCRIPTS = (
    "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR",
    "TIBETAN", "ARABIC", "YI ",
)
_TOKEN = re.compile(
    r'(?P<neg>-)?"(?P<phrase>[^"]*)"?'
    r"|(?P<neg2>-)?(?P<word>\w[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]*"
    r"(?:[-'’.]\w+)*)(?P<star>\*)?",
    re.UNICODE,
)
_WORDS = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+", re.UNICODE)


def is_substring_char(char: str) -> bool:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return False
    return name.startswith(_SUBSTRING_SCRIPTS) or "IDEOGRAPH" in name


@dataclass(frozen=True)
class Term:
    """One searchable unit of a query: a word, a phrase or a prefix."""

    text: str
    prefix: bool = False
    negated: bool = False

    @property
    def index(self) -> str:
        """``word``, ``substring`` or ``scan``: how this term is looked for."""
        if not any(is_substring_char(c) for c in self.text):
            return "word"
        if len(self.text.replace(" ", "")) >= 3:
            return "substring"
        if any(unicodedata.name(c, "").startswith("ARABIC") for c in self.text):
            return "word"  # a two-letter Arabic word is a whole word
        return "scan"

    def fts(self) -> str:
        """The term as FTS5 query syntax: a quoted string, maybe a prefix."""
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + " *" if self.prefix and self.index == "word" else quoted


@dataclass
class Query:
    """A parsed query: alternatives (OR) of groups of terms that must all hold."""

    groups: list[list[Term]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(any(not t.negated for t in g) for g in self.groups)

    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    def positive(self, index: str) -> list[Term]:
        return [t for t in self.terms() if not t.negated and t.index == index]


def parse_query(text: str) -> Query:
    """Words, "phrases", prefix*, -exclusions and OR, as a :class:`Query`."""
    groups: list[list[Term]] = [[]]
    for match in _TOKEN.finditer(text or ""):
        negated = bool(match.group("neg") or match.group("neg2"))
        if match.group("word") == "OR" and not negated:
            if groups[-1]:
                groups.append([])
            continue
        raw = match.group("phrase") if match.group("phrase") is not None else match.group("word")
        words = _WORDS.findall(raw or "")
        if not words:
            continue
        prefix = bool(match.group("star")) and len(words) == 1
        groups[-1].append(Term(" ".join(words), prefix=prefix, negated=negated))
    groups = [g for g in groups if any(not t.negated for t in g)]
    return Query(groups)


def fts_query(text: str) -> str:
    """A user's words as a word-index FTS5 query (kept for callers of the old API)."""
    return " ".join(t.fts() for t in parse_query(text).terms() if not t.negated)


# -- filters -------------------------------------------------------------------


def _many(value) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value if v)


@dataclass(frozen=True)
class Filters:
    """Filters shared by search, iteration and export.

    ``site``, ``section`` and ``lang`` take one value or several (any of them);
    ``author`` matches part of any name in ``authors`` (case-insensitive);
    ``since`` and ``until`` bound ``published`` by ISO prefix, both inclusive:
    ``until="2024-03"`` keeps all of March; ``country`` takes ISO 3166-1 alpha-2
    codes (any of them named, see ``articles.countries``); ``originals`` leaves
    out reprints (``articles.reprint_of`` set).
    """

    site: str | Sequence[str] | None = None
    section: str | Sequence[str] | None = None
    author: str | None = None
    since: str | None = None
    until: str | None = None
    lang: str | Sequence[str] | None = None
    country: str | Sequence[str] | None = None
    originals: bool = False

    def where(self, alias: str = "a") -> tuple[list[str], list]:
        clauses: list[str] = []
        params: list = []
        for column, values in (("site", _many(self.site)), ("section", _many(self.section))):
            if values:
                clauses.append(
                    "(" + " OR ".join(f"{alias}.{column} = ? COLLATE NOCASE" for _ in values) + ")"
                )
                params.extend(values)
        langs = _many(self.lang)
        if langs:
            clauses.append("(" + " OR ".join(
                f"({alias}.language = ? COLLATE NOCASE OR {alias}.language LIKE ? || '-%')"
                for _ in langs) + ")")
            for lang in langs:
                params.extend([lang, lang])
        if self.author:
            clauses.append(
                f"EXISTS (SELECT 1 FROM {_each(alias, 'authors')}"
                " WHERE lower(value) LIKE ? OR instr(value, ?) > 0)"  # LIKE folds ASCII only
            )
            params.extend(["%" + self.author.lower() + "%", self.author])
        self._research(alias, clauses, params)
        if self.since:
            clauses.append(f"{alias}.published >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"substr({alias}.published, 1, ?) <= ?")
            params.extend([len(self.until), self.until])
        return clauses, params

    def _research(self, alias: str, clauses: list[str], params: list) -> None:
        """The filters on the research columns: ``country``, ``originals``."""
        countries = [c.upper() for c in _many(self.country)]
        if countries:
            clauses.append(f"EXISTS (SELECT 1 FROM {_each(alias, 'countries')}"
                           f" WHERE value IN ({', '.join('?' * len(countries))}))")
            params.extend(countries)
        if self.originals:
            clauses.append(f"{alias}.reprint_of IS NULL")


def _each(alias: str, column: str) -> str:
    """``json_each`` over a JSON array column, an invalid value read as empty."""
    return (f"json_each(CASE WHEN json_valid({alias}.{column}) THEN {alias}.{column}"
            " ELSE '[]' END)")


# -- compiling a query to SQL ---------------------------------------------------


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone()
    return row is not None


def _haystack(alias: str) -> str:
    return " || ' ' || ".join(f"coalesce({alias}.{c}, '')" for c in INDEXED)


def term_condition(term: Term, alias: str, trigram: bool) -> tuple[str, list]:
    """SQL that holds for the articles containing ``term``."""
    index = term.index
    if index == "substring" and not trigram:
        index = "scan"  # a database made before the trigram index existed
    if index == "word":
        return (f"{alias}.id IN (SELECT rowid FROM {WORD_INDEX} WHERE {WORD_INDEX} MATCH ?)",
                [term.fts()])
    if index == "substring":
        return (f"{alias}.id IN (SELECT rowid FROM {SUBSTRING_INDEX}"
                f" WHERE {SUBSTRING_INDEX} MATCH ?)", [term.fts()])
    return f"instr(lower({_haystack(alias)}), lower(?)) > 0", [term.text]


def query_condition(query: Query, alias: str, trigram: bool) -> tuple[str, list]:
    """One SQL boolean for the whole query: OR of groups, AND within a group."""
    ors, params = [], []
    for group in query.groups:
        ands = []
        for term in group:
            sql, args = term_condition(term, alias, trigram)
            ands.append(f"NOT ({sql})" if term.negated else sql)
            params.extend(args)
        ors.append("(" + " AND ".join(ands) + ")")
    return "(" + " OR ".join(ors) + ")", params


def _any_of(terms: list[Term]) -> str:
    return " OR ".join(dict.fromkeys(t.fts() for t in terms))


RESULT_COLUMNS = (
    "id", "url", "site", "section", "title", "authors", "published", "language", "word_count",
    "reprint_of", "countries",
)


def search(
    conn_or_db,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int | None = 20,
    order: str = "rank",
    highlight: tuple[str, str] = HIGHLIGHT,
    snippet_words: int = 16,
) -> list[dict]:
    """Articles matching ``query`` and ``filters``, best first (bm25) or newest first.

    Each result holds :data:`RESULT_COLUMNS`, ``score`` (bm25: lower is better,
    None for newest-first order or scan-only queries) and ``snippet``: the best
    passage with the matched terms between the ``highlight`` markers.
    """
    conn = getattr(conn_or_db, "conn", conn_or_db)
    parsed = parse_query(query)
    if not parsed:
        return []
    trigram = has_table(conn, SUBSTRING_INDEX)
    condition, params = query_condition(parsed, "a", trigram)
    clauses, filter_params = (filters or Filters()).where("a")
    where = " AND ".join([condition, *clauses])
    params += filter_params

    ranked, rank_params, score = "", [], "NULL"
    words = parsed.positive("word")
    substrings = parsed.positive("substring") if trigram else []
    if order == "rank" and (words or substrings):
        index, terms, weights = (
            (WORD_INDEX, words, ", " + ", ".join(map(str, WEIGHTS))) if words
            else (SUBSTRING_INDEX, substrings, "")
        )
        ranked = (f"LEFT JOIN (SELECT rowid, bm25({index}{weights}) AS score FROM {index}"
                  f" WHERE {index} MATCH ?) AS r ON r.rowid = a.id")
        rank_params = [_any_of(terms)]
        score = "r.score"
    present = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    columns = ", ".join(f"a.{c}" for c in RESULT_COLUMNS if c in present)  # older corpora too
    order_by = (f"{score} IS NULL, {score}, " if score != "NULL" else "") + \
        "a.published IS NULL, a.published DESC, a.id DESC"
    sql = (f"SELECT {columns}, {score} AS score FROM articles AS a {ranked}"
           f" WHERE {where} ORDER BY {order_by}")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    cursor = conn.execute(sql, rank_params + params)
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    for row in rows:
        row["snippet"] = snippet(conn, row["id"], parsed, trigram, highlight, snippet_words)
    return rows


def snippet(conn: sqlite3.Connection, article_id: int, query: Query, trigram: bool,
            highlight: tuple[str, str] = HIGHLIGHT, words: int = 16) -> str:
    """The passage of one article that best shows the query's terms."""
    start, end = highlight
    for index, terms, size in (
        (WORD_INDEX, query.positive("word"), words),
        (SUBSTRING_INDEX, query.positive("substring") if trigram else [], words * 4),
    ):
        if not terms:
            continue
        row = conn.execute(
            f"SELECT snippet({index}, -1, ?, ?, ' … ', ?) FROM {index}"
            f" WHERE {index} MATCH ? AND rowid = ?",
            [start, end, min(size, 64), _any_of(terms), article_id],
        ).fetchone()
        if row and row[0]:
            return row[0]
    row = conn.execute("SELECT title, description, text FROM articles WHERE id = ?",
                       [article_id]).fetchone()
    return plain_snippet(" ".join(v for v in row or () if v), [t.text for t in query.terms()
                                                               if not t.negated], highlight)


def plain_snippet(text: str, needles: list[str], highlight: tuple[str, str] = HIGHLIGHT,
                  width: int = 60) -> str:
    """A passage around the first of ``needles`` found in ``text``, highlighted."""
    lowered = text.lower()
    hits = [(lowered.find(n.lower()), n) for n in needles if n and n.lower() in lowered]
    if not hits:
        return text[: width * 2].replace("\n", " ")
    at, needle = min(hits)
    begin, stop = max(0, at - width), min(len(text), at + len(needle) + width)
    passage = (text[begin:at] + highlight[0] + text[at:at + len(needle)] + highlight[1]
               + text[at + len(needle):stop]).replace("\n", " ")
    return ("… " if begin else "") + passage + (" …" if stop < len(text) else "")


def matching_ids_sql(conn: sqlite3.Connection, query: str | None,
                     filters: Filters | None, alias: str = "a") -> tuple[str, list]:
    """A WHERE clause (without the keyword) for ``query`` and ``filters``; '1' for none."""
    clauses, params = (filters or Filters()).where(alias)
    parsed = parse_query(query) if query else Query()
    if parsed:
        condition, query_params = query_condition(parsed, alias, has_table(conn, SUBSTRING_INDEX))
        clauses.insert(0, condition)
        params = query_params + params
    return (" AND ".join(clauses) or "1"), params


def iter_articles(conn_or_db, query: str | None = None, filters: Filters | None = None,
                  *, columns: Sequence[str] | None = None, order: str = "newest",
                  batch: int = 500) -> Iterator[dict]:
    """Every matching article row, streamed from the database in batches."""
    conn = getattr(conn_or_db, "conn", conn_or_db)
    where, params = matching_ids_sql(conn, query, filters)
    selected = ", ".join(f"a.{c}" for c in columns) if columns else "a.*"
    order_by = ("a.published IS NULL, a.published DESC, a.id DESC" if order == "newest"
                else "a.id")
    cursor = conn.execute(f"SELECT {selected} FROM articles AS a WHERE {where}"
                          f" ORDER BY {order_by}", params)
    names = [d[0] for d in cursor.description]
    try:
        while True:
            rows = cursor.fetchmany(batch)
            if not rows:
                return
            for row in rows:
                yield dict(zip(names, row))
    finally:
        cursor.close()
