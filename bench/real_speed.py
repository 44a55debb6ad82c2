"""The crawl's speed on real pages: end to end against trafilatura, on the same bytes.

Usage::

    python -m bench.real_speed [--copies 4] [--dataset DIR ...]

The generated site of ``bench/crawl.py`` has pages that cost trafilatura about 6 ms
each; real pages (``../shared/real-pages/news`` and the Zyte set, 230 KB on average)
cost it three to four times as much, so that the crawl's cost a page outside the
extraction (Scrapy, the WARC, the corpus) weighs less.  This measures the same ratio
on them: every usable page served ``--copies`` times (``/copyN/`` before its path, a
comment naming the copy after its bytes, so that each copy is a page of its own to the
crawl) behind the plain section of ``bench/real_pages.py``, and

- ``chancery crawl --impolite --requisites none`` of that section (no retries: the
  pages' other hosts are never asked for without requisites);
- ``trafilatura.extract`` and Chancery's ``extract()`` alone over the same bytes, in
  2 processes each (``bench/baselines.py``).

Each run is measured by ``bench/measure.py`` (wall, CPU of all its processes).  The
site is served by this process (the standard library's threaded server), on the same
cores: its share is small against 20 ms of extraction a page, and the same for every run.
"""

from __future__ import annotations

import argparse
import gzip
import sqlite3
import sys
import tempfile
from pathlib import Path

from bench.crawl import Result, fill, measured, ratio, run_extraction
from bench.real_pages import DATASETS, LISTING, RealPage, RealSite, all_there, real_pages


def copies_of(pages: list[RealPage], copies: int, folder: Path) -> list[RealPage]:
    """``copies`` copies of every page, as files under ``folder`` (decompressed)."""
    out = []
    for number in range(copies):
        for page in pages:
            raw = page.file.read_bytes()
            body = gzip.decompress(raw) if page.file.suffix == ".gz" else raw
            file = folder / f"{number}-{page.id}.html"
            file.write_bytes(body + f"\n<!-- copy {number} -->\n".encode())
            out.append(RealPage(f"{number}-{page.id}", page.url, f"/copy{number}{page.path}",
                                page.gold, file))
    return out


def crawl_run(site: RealSite, work: Path) -> Result:
    """The crawl, measured; its pages are the copies it fetched."""
    numbers = measured(
        [sys.executable, "-m", "crawler", "crawl", site.url(LISTING), "--db", str(work / "corpus.db"),
         "--warc-dir", str(work / "warc"), "--impolite", "--requisites", "none",
         "--log-level", "WARNING", "--log-file", str(work / "crawl.log"),
         "-s", "CHANCERY_RESOLVE=*=127.0.0.1", "-s", "RETRY_TIMES=0"], work)
    with sqlite3.connect(work / "corpus.db") as db:
        fetched = db.execute("SELECT count(*) FROM captures WHERE status = 200"
                             " AND url LIKE '%/copy%'").fetchone()[0]
    db.close()
    return fill(Result("crawl", "chancery crawl --requisites none (end to end)", pages=fetched), numbers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.real_speed", description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=4, help="times each page is served (default 4)")
    parser.add_argument("--dataset", action="append", type=Path, help="a dataset folder (repeatable)")
    args = parser.parse_args(argv)
    datasets = args.dataset or DATASETS
    if not all_there(datasets):
        return 2
    with tempfile.TemporaryDirectory(prefix="chancery-real-speed-") as tmp:
        root = Path(tmp)
        (root / "pages").mkdir()
        pages = copies_of(real_pages(datasets), args.copies, root / "pages")
        files = [p.file for p in pages]
        kilobytes = sum(f.stat().st_size for f in files) / len(files) / 1024
        results = []
        with RealSite(pages) as site:
            for name in ("crawl", "trafilatura", "extract"):
                work = root / name
                work.mkdir()
                print(f"- {name} ...", file=sys.stderr, flush=True)
                results.append(crawl_run(site, work) if name == "crawl"
                               else run_extraction(name, 2, files, work))
    print(f"{len(pages)} pages ({args.copies} copies of each real page), {kilobytes:.0f} KB on average.\n")
    print("| run | pages | wall s | pages/s | CPU ms/page | cores |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        print(f"| {r.label} | {r.pages} | {r.wall:.1f} | {r.pages_per_s:.1f} "
              f"| {1000 * r.cpu_per_page:.1f} | {r.cpu / r.wall:.2f} |")
    crawl, trafilatura = results[0], results[1]
    print(f"\nend to end pages/s ÷ trafilatura 2 processes pages/s: {ratio(crawl, trafilatura, 'pages_per_s')}")
    print(f"trafilatura CPU/page ÷ end to end CPU/page: {ratio(trafilatura, crawl, 'cpu_per_page')}")
    return 0 if all(r.returncode == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
