"""Reprints: which article's text another article reprints (``articles.reprint_of``).

A ministry's press release reappears on news sites with a dateline and a closing
line added; wire copy runs on many sites under other headlines.  Two articles are
*near-duplicates* when the Jaccard similarity of their sets of word shingles
(``SHINGLE`` words in a row) is at least ``THRESHOLD``; an article reprints the
earliest-published of its near-duplicates, on any site, when that one is earlier
than itself (``reprint_of`` is its id; NULL for an original).

What is compared is the text without what a reprinting site adds or a page
repeats (:func:`comparable_words`): a leading dateline ("PARIS, 3 May (Agency) —"),
and lines of fewer than ``MIN_LINE_WORDS`` words (credits, captions, "Read more",
share prompts).  A closing line ("This statement was first published by...") is
kept: it is a small share of the shingles, which the threshold absorbs.

Why 0.5 (``tests/test_research.py`` and ``docs/researchers.md`` hold the examples):
a press release of 150 words reprinted with a dateline and a closing line of ten
words scores 0.92; its first three paragraphs of five, 0.59; a report quoting one
of its paragraphs, the rest its own, 0.11; a report of the same meeting in other
words (same names, same places), 0.0.

Finding the near-duplicates without comparing every pair: each article's MinHash
(``datasketch``, ``NUM_PERM`` permutations) is cut into bands, and each band's hash
is a row of ``article_bands(band, hash, article_id)``.  Articles sharing a band
with a new text are its candidates (one indexed query; memory does not grow with
the corpus), whose exact similarity then decides.  Band and row counts are
datasketch's choice for the threshold, false negatives weighted 9 to 1 against
false positives (a missed reprint is worse than a wasted comparison): 32 bands of
4 rows, which finds a pair at 0.5 with probability 0.87, at 0.6 with 0.99.
The bands live in the corpus, so the index persists across crawls and processes.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from functools import lru_cache
from typing import Iterable

import numpy as np

THRESHOLD = 0.5
SHINGLE = 4
MIN_LINE_WORDS = 6
MIN_SHINGLES = 20  # shorter texts are too short to call anything a reprint
NUM_PERM = 128
# Fixed: the bands stored in corpora depend on them.  Shingles come hashed (see
# ``shingles``: CRC-32 of words, combined, many times faster than datasketch's
# SHA-1 of each shingle's text; MinHash needs no more than an even spread of
# 32-bit values), so MinHash's own hash function is the identity.
SCHEME, SEED, HASH = "affine32", 1, int
MIX = np.uint64(0x100000001B3)  # FNV's 64-bit prime: spreads each word over the bits

# A dateline: at most ten words before a dash that open the first line, with a
# digit, a parenthesis or a word in capitals among them ("PARIS, 3 May (Agency) —").
_DATELINE = re.compile(r"^\s*(?P<head>(?:\S+\s+){0,9}?\S+)\s*(?:—|–|--|-)\s+")
_DATELINE_MARK = re.compile(r"\d|\(|\b[^\W\d_a-z]{3,}\b")
# Words: runs of letters and digits; each CJK or kana character is a word of its own.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")


def comparable_words(text: str) -> list[str]:
    """The words of ``text`` that reprint detection compares, lowercased."""
    words: list[str] = []
    for number, line in enumerate(l for l in (text or "").splitlines() if l.strip()):
        if number == 0:
            line = without_dateline(line)
        line_words = _WORD.findall(line.lower())
        if len(line_words) >= MIN_LINE_WORDS:
            words.extend(line_words)
    return words


def without_dateline(line: str) -> str:
    match = _DATELINE.match(line)
    if match and _DATELINE_MARK.search(match.group("head")):
        return line[match.end():]
    return line


def shingles(text: str) -> set[int]:
    """The 32-bit hashes of the text's shingles: each word's CRC-32, combined over
    ``SHINGLE`` words in a row (one pass in numpy, not a string a shingle)."""
    words = comparable_words(text)
    count = len(words) - SHINGLE + 1
    if count < 1:
        return set()
    hashes = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), np.uint64, len(words))
    combined = np.zeros(count, np.uint64)
    for offset in range(SHINGLE):  # wraps around modulo 2**64, as intended
        combined = combined * MIX + hashes[offset:offset + count]
    return set(((combined ^ (combined >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).tolist())


def similarity(a: set[int], b: set[int]) -> float:
    """Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


@lru_cache(maxsize=1)
def _lsh_shape() -> tuple:
    """(bands, rows, an empty MinHash whose permutations are reused).

    datasketch is imported here, not with the module: its LSH pulls in scipy (0.4 s
    and tens of MB), which only the processes that store articles need.
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=(0.1, 0.9))
    return lsh.b, lsh.r, MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=HASH)


def warm_up_bands() -> None:
    _lsh_shape()


def reprint_bands(text: str | None) -> list[tuple[int, int]]:
    """The (band, hash) rows a text is indexed by in ``article_bands``; none for a
    text too short to call anything a reprint."""
    own = shingles(text)
    return band_hashes(own) if len(own) >= MIN_SHINGLES else []


def band_hashes(shingle_set: Iterable[int]) -> list[tuple[int, int]]:
    """(band, hash) of each band of the MinHash of a shingle set."""
    bands, rows, empty = _lsh_shape()
    minhash = type(empty)(num_perm=NUM_PERM, seed=SEED, permutations=empty.permutations,
                      scheme=SCHEME, hashfunc=HASH)
    minhash.update_batch(shingle_set)
    values = minhash.hashvalues
    return [(band, int.from_bytes(hashlib.blake2b(values[band * rows:(band + 1) * rows]
                                                  .tobytes(), digest_size=8).digest(),
                                  "big", signed=True))
            for band in range(bands)]


# -- keeping articles.reprint_of current -------------------------------------------


def _key(row: sqlite3.Row | tuple) -> tuple:
    """Publication order: dated before undated, then by date, first capture, URL (not the
    id, which follows the order the articles were stored in: a crawl's extraction
    processes finish pages in any order, reindex reads them in the archive's)."""
    published, first_captured, url = row[1], row[2], row[5]
    return (published is None, published or "", first_captured or "", url)


def _articles(conn: sqlite3.Connection, ids: Iterable[int]) -> list[tuple]:
    ids = list(ids)
    if not ids:
        return []
    return conn.execute(
        "SELECT id, published, first_captured, text, reprint_of, url FROM articles"
        f" WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchall()


def _near_duplicates(conn: sqlite3.Connection, article_id: int, text: str,
                     bands: list[tuple[int, int]]) -> list[tuple]:
    """The rows of the articles sharing a band with ``bands`` and similar enough
    to ``text`` (whose shingles are worked out only when there are candidates)."""
    if not bands:
        return []
    pairs = " OR ".join("(band = ? AND hash = ?)" for _ in bands)
    candidates = _articles(conn, (c[0] for c in conn.execute(
        f"SELECT DISTINCT article_id FROM article_bands WHERE ({pairs}) AND article_id != ?",
        [v for pair in bands for v in pair] + [article_id]).fetchall()))
    own = shingles(text) if candidates else set()
    return [row for row in candidates if similarity(own, shingles(row[3])) >= THRESHOLD]


def _original(row: tuple, neighbours: list[tuple]) -> int | None:
    """The earliest of ``neighbours`` if it is earlier than ``row``, else None."""
    earlier = [n for n in neighbours if _key(n) < _key(row)]
    return min(earlier, key=_key)[0] if earlier else None


def settle(conn: sqlite3.Connection, article_id: int,
           bands: list[tuple[int, int]] | None = None) -> None:
    """Index an article's new text (by ``bands``, its ``reprint_bands``, when they
    come worked out) and set ``reprint_of`` for it and the articles it bears on:
    its later near-duplicates, and those that pointed at it before."""
    row = next(iter(_articles(conn, [article_id])), None)
    if row is None:
        return
    conn.execute("DELETE FROM article_bands WHERE article_id = ?", [article_id])
    if bands is None:
        bands = reprint_bands(row[3])
    neighbours = _near_duplicates(conn, article_id, row[3], bands)
    conn.executemany("INSERT INTO article_bands (band, hash, article_id) VALUES (?, ?, ?)",
                     [(band, value, article_id) for band, value in bands])
    _set(conn, article_id, row[4], _original(row, neighbours))
    for later in (n for n in neighbours if _key(n) > _key(row)):
        current = next(iter(_articles(conn, [later[4]])), None) if later[4] else None
        if current is None or _key(row) < _key(current):
            _set(conn, later[0], later[4], article_id)
    linked = {n[0] for n in neighbours}
    for (follower,) in conn.execute("SELECT id FROM articles WHERE reprint_of = ?",
                                    [article_id]).fetchall():
        if follower not in linked:  # it pointed here for a text this article no longer has
            recheck(conn, follower)


def recheck(conn: sqlite3.Connection, article_id: int) -> None:
    """Set one indexed article's ``reprint_of`` again from its stored bands."""
    row = next(iter(_articles(conn, [article_id])), None)
    if row is None:
        return
    bands = conn.execute("SELECT band, hash FROM article_bands WHERE article_id = ?",
                         [article_id]).fetchall()
    neighbours = _near_duplicates(conn, article_id, row[3], bands)
    _set(conn, article_id, row[4], _original(row, neighbours))


def _set(conn: sqlite3.Connection, article_id: int, old: int | None, new: int | None) -> None:
    if old != new:
        conn.execute("UPDATE articles SET reprint_of = ? WHERE id = ?", [new, article_id])
