"""Score article extractors on a benchmark of pages with gold bodies.

The dataset layout and the metric are those of the Zyte (Scrapinghub)
article-extraction-benchmark: ``html/<id>.html.gz`` (gzip, UTF-8) beside
``ground-truth.json`` (``{id: {"articleBody": ..., "url": ...}}``).  Text is
tokenised with the regex ``\\w+``; each page's prediction and gold body become
multisets of 4-token shingles; tp/fp/fn are counted per page and normalised so
that long pages weigh no more than short ones.  Precision is the mean over pages
with a non-empty output, recall the mean over all pages, and F1 = 2PR/(P+R) of
those means, as in the benchmark's ``evaluate.py``.

Timing: ms/page is wall time, CPU ms/page the extracting thread's CPU time (steadier
on a shared machine), and "CPU vs trafilatura" the ratio of ours to plain
trafilatura's in the same run.  With ``--jobs 1`` (the default, and the one to
time with) the extractors take turns page by page, after an untimed pass over the
pages that pays for one-time setup (imports, date-parser tables): the figures are
those of a long crawl's steady state.

On a dataset whose gold also has metadata (``../shared/real-pages/news``) the same
run scores title, authors and publication date of each extractor (``bench.fields``).

Usage::

    python -m bench.extraction ../shared/extraction-benchmark/zyte [--limit N] [--jobs 1]
    python -m bench.extraction ../shared/real-pages/news --misses
    python -m bench.extraction ../shared/real-pages/news --no-body --without ld,social
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from bench import fields

TOKEN_RE = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def tokenize(text: str | None) -> list[str]:
    return TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE) -> Counter:
    tokens = tokenize(text)
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def match(pred: str | None, gold: str | None) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of 4-token shingles, as the benchmark counts them."""
    p, g = shingles(pred), shingles(gold)
    tp = sum((p & g).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total:
        return tp / total, fp / total, fn / total
    return 0.0, 0.0, 0.0


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score(pred: str | None, gold: str | None) -> dict[str, float]:
    """Precision, recall and F1 of one page."""
    tp, fp, fn = match(pred, gold)
    p, r = _precision(tp, fp, fn), _recall(tp, fp, fn)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def aggregate(matches: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    """The benchmark's corpus figures from per-page (tp, fp, fn)."""
    matches = list(matches)
    precs = [_precision(*m) for m in matches if m[0] + m[1] > 0]
    recs = [_recall(*m) for m in matches if m[0] + m[2] > 0]
    p = statistics.mean(precs) if precs else 0.0
    r = statistics.mean(recs) if recs else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass
class Page:
    id: str
    url: str
    gold: str
    path: Path

    def html(self) -> str:
        with gzip.open(self.path, "rt", encoding="utf-8", errors="replace") as f:
            return f.read()


def load(dataset: Path | str, limit: int | None = None, ids: Iterable[str] | None = None) -> list[Page]:
    """Pages of a dataset directory, sorted by id (so ``limit`` is deterministic)."""
    dataset = Path(dataset)
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    wanted = sorted(truth) if ids is None else list(ids)
    pages = []
    for key in wanted:
        path = dataset / "html" / f"{key}.html.gz"
        if not path.exists():
            path = dataset / "html" / f"{key}.html"
        pages.append(Page(key, truth[key].get("url", ""), truth[key].get("articleBody", ""), path))
    return pages[:limit] if limit else pages


@dataclass
class Result:
    name: str
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    median_f1: float = 0.0
    empty: int = 0
    exceptions: int = 0
    ms_per_page: float = 0.0
    cpu_ms_per_page: float = 0.0
    pages: dict[str, dict] = field(default_factory=dict)


def _timed(
    extractor: Callable[[str, str], str | None], page: Page
) -> tuple[str, float, float, str | None]:
    """Text, wall seconds, CPU seconds (this thread's) and error of one extraction."""
    html = page.html()
    start, cpu_start = time.perf_counter(), time.thread_time()
    error = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = extractor(html, page.url) or ""
    except Exception as exc:  # noqa: BLE001 - a benchmark counts failures, it does not stop
        text, error = "", repr(exc)
    return text, time.perf_counter() - start, time.thread_time() - cpu_start, error


def _timed_named(args: tuple[str, Page]) -> tuple[str, float, float, str | None]:
    name, page = args
    return _timed(EXTRACTORS[name], page)


def run(
    name: str,
    extractor: Callable[[str, str], str | None] | None,
    pages: list[Page],
    jobs: int = 1,
) -> Result:
    """Run ``extractor(html, url) -> text`` over pages and score it.

    With ``jobs`` > 1 the pages are spread over processes (``name`` must then be a
    key of ``EXTRACTORS``); ms/page stays the time of one extraction.
    """
    if jobs > 1:
        from multiprocessing import Pool

        with Pool(jobs, initializer=warm_up, initargs=([name],)) as pool:
            outputs = pool.map(_timed_named, [(name, p) for p in pages], chunksize=4)
    else:
        extractor = extractor or EXTRACTORS[name]
        outputs = [_timed(extractor, p) for p in pages]
    return _scored(name, pages, outputs)


def run_interleaved(names: list[str], pages: list[Page]) -> list[Result]:
    """Run several extractors of ``EXTRACTORS`` over the same pages in one process,
    page by page: each page's runs follow each other, so a busy (shared) machine
    slows them alike and their time ratios hold; which runs first alternates, as the
    second run of a page finds the processor's caches warmer."""
    outputs: dict[str, list] = {name: [] for name in names}
    for i, page in enumerate(pages):
        for name in names if i % 2 == 0 else names[::-1]:  # who goes first alternates
            outputs[name].append(_timed(EXTRACTORS[name], page))
    return [_scored(name, pages, outputs[name]) for name in names]


def _scored(name: str, pages: list[Page], outputs: list[tuple[str, float, float, str | None]]) -> Result:
    res = Result(name)
    matches, elapsed, cpu = [], 0.0, 0.0
    for page, (text, seconds, cpu_seconds, error) in zip(pages, outputs):
        elapsed += seconds
        cpu += cpu_seconds
        if error:
            res.exceptions += 1
        if not text.strip():
            res.empty += 1
        matches.append(match(text, page.gold))
        res.pages[page.id] = {**score(text, page.gold), "url": page.url, "text": text, "error": error}
    agg = aggregate(matches)
    res.precision, res.recall, res.f1 = agg["precision"], agg["recall"], agg["f1"]
    res.median_f1 = statistics.median(p["f1"] for p in res.pages.values()) if pages else 0.0
    res.ms_per_page = 1000 * elapsed / max(1, len(pages))
    res.cpu_ms_per_page = 1000 * cpu / max(1, len(pages))
    return res


def chancery_extractor(html: str, url: str) -> str:
    from extraction import extract

    return extract(html, url).text


def trafilatura_extractor(html: str, url: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, url=url)


EXTRACTORS = {"chancery": chancery_extractor, "trafilatura": trafilatura_extractor}


def warm_up(names: Iterable[str], pages: Iterable[Page] = ()) -> None:
    """Run each extractor, untimed, over a warm-up page and ``pages``, so that the
    timed run measures the steady state of a long crawl: one-time setup (imports,
    htmldate's and dateparser's per-language tables) is paid here."""
    from extraction import WARM_UP_PAGE

    samples = [(WARM_UP_PAGE, "https://example.org/warm-up")] + [(p.html(), p.url) for p in pages]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in names:
            for html, url in samples:
                try:
                    EXTRACTORS[name](html, url)
                except Exception:  # noqa: BLE001 - the timed run counts failures
                    pass


def empty_where_not(ours: Result, theirs: Result) -> int:
    """Pages where ``ours`` gave no text and ``theirs`` did."""
    return sum(
        1
        for key, page in ours.pages.items()
        if not page["text"].strip() and theirs.pages.get(key, {}).get("text", "").strip()
    )


def cpu_ratio(result: Result, results: list[Result]) -> float | None:
    """CPU ms/page of ``result`` over plain trafilatura's in the same run, if it ran."""
    base = next((r for r in results if r.name == "trafilatura"), None)
    if base is None or not base.cpu_ms_per_page:
        return None
    return result.cpu_ms_per_page / base.cpu_ms_per_page


def table(results: list[Result], n: int) -> str:
    lines = [
        f"| extractor ({n} pages) | precision | recall | F1 | median F1 | empty | exceptions "
        "| ms/page | CPU ms/page | CPU vs trafilatura |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        ratio = cpu_ratio(r, results)
        lines.append(
            f"| {r.name} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | {r.median_f1:.3f} "
            f"| {r.empty} | {r.exceptions} | {r.ms_per_page:.0f} | {r.cpu_ms_per_page:.0f} "
            f"| {'-' if ratio is None else f'{ratio:.2f}x'} |"
        )
    return "\n".join(lines)


def score_bodies(args: argparse.Namespace, names: list[str]) -> None:
    """Body precision, recall and F1 (and speed) of each extractor; the table printed."""
    pages = load(args.dataset, args.limit)
    warm_up(names, [] if args.no_warm_up else pages)
    if args.jobs > 1:
        results = [run(name, EXTRACTORS[name], pages, args.jobs) for name in names]
    else:
        results = run_interleaved(names, pages)
    print(table(results, len(pages)))
    if len(results) > 1:
        print(f"\n{results[0].name} empty where {results[1].name} is not: {empty_where_not(*results[:2])}")
    if args.worst:
        ours = results[0]
        print()
        for key, p in sorted(ours.pages.items(), key=lambda kv: kv[1]["f1"])[: args.worst]:
            print(f"{p['f1']:.3f} P={p['precision']:.3f} R={p['recall']:.3f} {key[:12]} {p['url']}")
    if args.dump:
        args.dump.write_text(
            json.dumps({r.name: r.pages for r in results}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    print(
        " ".join(
            f"{r.name}: P={r.precision:.4f} R={r.recall:.4f} F1={r.f1:.4f} "
            f"median={r.median_f1:.4f} empty={r.empty} exceptions={r.exceptions} ms={r.ms_per_page:.0f} "
            f"cpu_ms={r.cpu_ms_per_page:.0f}"
            + ("" if cpu_ratio(r, results) is None else f" cpu_ratio={cpu_ratio(r, results):.2f}")
            + ";"
            for r in results
        ).rstrip(";")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="dataset folder (html/ and ground-truth.json)")
    parser.add_argument("--limit", type=int, help="score only the first N pages (sorted by id)")
    parser.add_argument(
        "--only", choices=sorted(EXTRACTORS), action="append", help="run only this extractor"
    )
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument(
        "--no-warm-up", action="store_true", help="skip the untimed pass over the pages (one-time setup is then timed)"
    )
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of ours")
    parser.add_argument("--dump", type=Path, help="write per-page scores and texts as JSON")
    parser.add_argument("--no-fields", action="store_true", help="skip the metadata fields (title, authors, dates)")
    parser.add_argument("--misses", action="store_true", help="list the pages where our fields differ from the gold")
    parser.add_argument("--without", default="", help="score the fields with these declarations taken out of "
                        f"each page, comma-separated: {', '.join(fields.DECLARATIONS)}")
    parser.add_argument("--no-body", action="store_true", help="skip the body (score the fields only)")
    args = parser.parse_args(argv)
    if not (args.dataset / "ground-truth.json").exists():
        parser.error(f"{args.dataset}: no ground-truth.json")
    out = [name for name in args.without.split(",") if name]
    if set(out) - set(fields.DECLARATIONS):
        parser.error(f"--without: one of {', '.join(fields.DECLARATIONS)}")
    names = args.only or ["chancery", "trafilatura"]
    if not args.no_body:
        score_bodies(args, names)
    if not args.no_fields and fields.has_gold(args.dataset):
        gold = fields.load_gold(args.dataset, args.limit)
        field_results = [fields.run_fields(name, gold, declarations_out=out) for name in names]
        print("\n" + fields.field_table(field_results) + (f"\n\n(without {', '.join(out)})" if out else ""))
        if args.misses:
            print("\n".join(["", *fields.field_misses(field_results[0], gold)]))
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
