"""Text as every stage of extraction handles it: whitespace, normalised words,
word shingles, and the ``Block`` (one block of body text)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from lxml import etree

WORD_RE = re.compile(r"\w+")
#: Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Japanese kana,
#: Chinese characters): Korean is written with spaces.
UNSPACED_RE = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


#: Han, kana and Hangul characters, and what one weighs in a length of prose: an
#: English text runs to two or three times the characters of its Chinese, Japanese or
#: Korean translation.
WIDE_RE = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
WIDE_WEIGHT = 2
#: A text this long (a paragraph, or lines between ``<br>``s) is the article's text: its
#: headline and byline come before it.
TEXT_PARAGRAPH = 150


def weighed(text: str) -> int:
    """A text's length in characters, a Chinese, Japanese or Korean one counted as
    ``WIDE_WEIGHT``: one says as much as two or three of a spaced script."""
    return len(text) + (WIDE_WEIGHT - 1) * len(WIDE_RE.findall(text))


def clean_space(text: str) -> str:
    """NFC text with runs of whitespace as one space (str.split's whitespace is re's \\s)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


#: UTF-8 read as Latin-1 or Windows-1252: a lead byte's letter (Ã, Â, â...) followed by
#: continuation bytes' ("Ã©" for "é", "â€™" for "’").
CONTINUATION = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
MOJIBAKE_RE = re.compile(f"[\u00c2-\u00df][{CONTINUATION}]|[\u00e0-\u00ef][{CONTINUATION}]{{2}}")


def repaired(text: str) -> str:
    """Metadata a CMS encoded to UTF-8 twice, decoded back ("AuÃŸenministerin" →
    "Außenministerin"); unchanged unless the whole of it decodes so."""
    if not MOJIBAKE_RE.search(text):
        return text
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in text)
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def norm(text: str) -> str:
    """The lower-cased words of a text, one space apart: how blocks are compared."""
    return " ".join(WORD_RE.findall(text.lower()))


def shingles(tokens: list[str], n: int = 4) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def similar(a: str, b: str) -> bool:
    """Two normalised texts sharing at least 80% of their words."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return False
    common = sum((Counter(ta) & Counter(tb)).values())
    return common >= 0.8 * max(len(ta), len(tb))


class Block:
    """One block of body text: its kind (p, head, list, table, quote, code), its text,
    and the share of its characters that sat inside links."""

    __slots__ = ("kind", "text", "links", "_key")

    def __init__(self, kind: str, text: str, links: float = 0.0):
        self.kind, self.text, self.links = kind, text, links
        self._key: str | None = None

    @property
    def key(self) -> str:
        """``norm`` of the text, made once: the gap filler's confirmer and the furniture
        sweep both compare blocks by it."""
        if self._key is None:
            self._key = norm(self.text)
        return self._key

    def __repr__(self) -> str:
        return f"Block({self.kind!r}, {self.text[:40]!r}, links={self.links:.2f})"


def link_share(el: etree._Element, link_tag: str = "ref") -> float:
    """Share of the element's text inside links (``ref`` in trafilatura's output, ``a`` in HTML)."""
    if next(el.iter(link_tag), None) is None:
        return 0.0
    total = len(clean_space("".join(el.itertext())))
    if not total:
        return 0.0
    linked = sum(len(clean_space("".join(r.itertext()))) for r in el.iter(link_tag))
    return min(1.0, linked / total)
