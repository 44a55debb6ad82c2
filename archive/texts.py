"""What the corpus knows an article text by.

Kept apart from ``archive.corpus`` so that the extraction workers, which make the
texts, compute it without importing the corpus (and sqlite-utils) themselves.
"""

from __future__ import annotations

import hashlib


def content_hash(text: str) -> str:
    """A hash of the article text, blind to whitespace differences."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
