"""Zero-width joiners kept through trafilatura.

The zero-width non-joiner (U+200C) is part of Persian, Kurdish and Pashto spelling
("بیانیه‌ای": the word's letters must not join there) and, with the zero-width joiner
(U+200D), of Indic scripts and emoji sequences.  trafilatura drops every character
Python does not call printable, and so took them out of the words ("بیانیهای").  On a
page that has them, they are swapped for printable stand-ins in the tree before
trafilatura reads it, and put back in the body's text.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

#: Each joiner and its stand-in: printable, no word character (so a block's normalised
#: words split there as at the joiner), and from a block of symbols text never uses.
STAND_INS = {"\u200c": "\u2bd1", "\u200d": "\u2bd2"}
BACK = {ord(stand_in): joiner for joiner, stand_in in STAND_INS.items()}


#: The joiners as HTML writes them too: ``&zwnj;``, ``&#8204;``, ``&#x200C;``...
ENTITY_RE = re.compile(r"&(?:zwn?j|#820[45]|#x0*200[cd]);", re.I)


def has_joiners(html: str) -> bool:
    """Whether a page has joiners to keep (and none of their stand-ins of its own)."""
    written = any(j in html for j in STAND_INS) or ENTITY_RE.search(html) is not None
    return written and not any(s in html for s in STAND_INS.values())


def guard(tree: HtmlElement) -> None:
    """The tree's joiners swapped for their stand-ins, in place."""
    for el in tree.iter():
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and ("\u200c" in value or "\u200d" in value):
                for joiner, stand_in in STAND_INS.items():
                    value = value.replace(joiner, stand_in)
                setattr(el, attr, value)


def restore(text: str) -> str:
    """Text with the stand-ins turned back into joiners."""
    return text.translate(BACK)
