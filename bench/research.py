"""What the research columns cost the store step: ``python -m bench.research [N]``.

Stores N generated articles (bench/site.py's prose; one in ten a reprint of an
earlier one, with a dateline and a closing line) through ``archive.articles.store``
into a fresh corpus twice in this one run: with the research hook
(``archive.enrich.after_store``: countries, reprint LSH) and without it (the
baseline).  Prints ms/article of each, of the last fifth alone (does the cost grow
with the corpus?), the ratio, and how many planted reprints were linked.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import archive.articles as articles
from archive.corpus import Corpus
from bench.site import Text


def generated(count: int, seed: int = 11) -> list[SimpleNamespace]:
    rng = random.Random(seed)
    text = Text(rng)
    made = []
    for number in range(count):
        if number % 10 == 9:  # a reprint of an earlier article
            source = made[rng.randrange(len(made))].text
            body = f"PARIS, 3 May (Agency) — {source}\n\nFirst published by the ministry."
        else:
            body = "\n\n".join(text.paragraph() for _ in range(rng.randint(5, 8)))
        made.append(SimpleNamespace(
            title=text.title(), authors=[], published=f"2024-{1 + number // 2000 % 12:02d}-"
            f"{1 + number % 28:02d}T{number % 24:02d}:00:00+00:00", modified=None, language="en",
            description=None, tags=[], text=body, word_count=None, content_hash=None, image=None,
            section=None))
    return made


def store_all(made: list, folder: Path) -> list[float]:
    """Seconds each store took."""
    took = []
    with Corpus(folder / "corpus.db") as corpus:
        for number, article in enumerate(made):
            filing = articles.Filing(f"http://127.0.0.1/a/{number}/", "bench", None,
                                     "2024-07-01T00:00:00+00:00", None, None, None)
            start = time.perf_counter()
            articles.store(corpus, article, filing)
            took.append(time.perf_counter() - start)
    return took


def main(count: int) -> None:
    made = generated(count)
    hook = articles.after_store
    results = {}
    for name, active in (("baseline (no research columns)", False), ("with the hook", True)):
        articles.after_store = hook if active else (lambda *args: None)
        with tempfile.TemporaryDirectory() as folder:
            took = store_all(made, Path(folder))
            if active:
                with Corpus(Path(folder) / "corpus.db") as corpus:
                    linked = corpus.db.execute(
                        "SELECT count(*) FROM articles WHERE reprint_of IS NOT NULL").fetchone()[0]
        results[name] = took
        tail = took[-len(took) // 5:]
        print(f"{name}: {1000 * sum(took) / len(took):.2f} ms/article,"
              f" last fifth {1000 * sum(tail) / len(tail):.2f} ms/article")
    articles.after_store = hook
    base, full = (sum(t) for t in results.values())
    print(f"hook adds {1000 * (full - base) / count:.2f} ms/article (ratio {full / base:.2f});"
          f" {linked} of {count // 10} planted reprints linked")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
