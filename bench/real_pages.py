"""The real-page crawl (issue #17): real article pages behind a plain section, crawled.

Usage::

    python -m bench.real_pages [--dataset DIR ...] [--per-page 20] [--json OUT]

Each usable page of the datasets (``../shared/real-pages/news`` and
``../shared/extraction-benchmark/zyte`` by default: ``html/<id>.html.gz`` and a
``ground-truth.json`` with each page's original ``url`` and gold ``articleBody``)
is served on 127.0.0.1 at its original URL path, query string included, with the
bytes of the file.  A plain section page at ``/listing/`` lists them, ``--per-page``
headline links a page, each page with a ``rel=next`` link to the next.  Pages
link their CDNs and publishers by absolute URL: the crawl's scope (the start
URL's host) keeps it on 127.0.0.1, and the server answers 404 to anything else.

``chancery crawl`` runs on it for real, and the report gives: the share of
pages stored, rows that are no gold page (false rows), and body F1 with Zyte's
metric (``bench.extraction``), a page not stored counting as an empty output;
then, for each page not stored, what the ledger says of it.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import sqlite3
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from bench.extraction import aggregate, load, match, score
from spiders.links import normalize

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DATASETS = [SHARED / "real-pages" / "news", SHARED / "extraction-benchmark" / "zyte"]
LISTING = "/listing/"


@dataclass
class RealPage:
    id: str
    url: str  # the original URL
    path: str  # path and query string it is served at
    gold: str
    file: Path


def real_pages(datasets: list[Path]) -> list[RealPage]:
    """The usable pages of the datasets (skipped: a path served twice)."""
    pages: dict[str, RealPage] = {}
    for dataset in datasets:
        truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
        for page in load(dataset):
            if not truth[page.id].get("usable", True):
                continue
            parts = urlsplit(page.url)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if path in ("/", "") or path.startswith(LISTING):
                continue
            pages.setdefault(path, RealPage(page.id, page.url, path, page.gold, page.path))
    return list(pages.values())


def all_there(datasets: list[Path]) -> bool:
    """Whether every dataset folder is there (says which are not, on stderr)."""
    missing = [d for d in datasets if not (d / "ground-truth.json").exists()]
    if missing:
        print(f"datasets not found: {', '.join(map(str, missing))}", file=sys.stderr)
    return not missing


def listing_pages(pages: list[RealPage], per_page: int) -> dict[str, bytes]:
    """The plain section: path -> HTML of each of its pages."""
    out = {}
    chunks = [pages[i:i + per_page] for i in range(0, len(pages), per_page)] or [[]]
    for number, chunk in enumerate(chunks, 1):
        path = LISTING if number == 1 else f"{LISTING}?page={number}"
        head = f'<link rel="next" href="{LISTING}?page={number + 1}">' if number < len(chunks) else ""
        items = "".join(
            f'<li><h2><a href="{html.escape(p.path)}">Story {html.escape(p.id)}</a></h2></li>' for p in chunk)
        more = f'<p><a rel="next" href="{LISTING}?page={number + 1}">Older</a></p>' if head else ""
        out[path] = (f"<!DOCTYPE html><html><head><title>News</title>{head}</head><body>"
                     f"<h1>News</h1><ul>{items}</ul>{more}</body></html>").encode()
    return out


class RealSite(ThreadingHTTPServer):
    """The pages and the section on 127.0.0.1 (port 0), looked up by normalised URL."""

    daemon_threads = True
    request_queue_size = 128  # socketserver's 5 overflows at a crawl's 16 connections at once

    def __init__(self, pages: list[RealPage], per_page: int = 20):
        super().__init__(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.routes: dict[str, tuple[Path | None, bytes | None]] = {}
        for path, body in listing_pages(pages, per_page).items():
            self.routes[self.key(path)] = (None, body)
        for page in pages:
            self.routes[self.key(page.path)] = (page.file, None)
        self.requested: list[str] = []
        self.thread = threading.Thread(target=self.serve_forever, name="real-site", daemon=True)

    def key(self, path: str) -> str:
        return normalize(self.base + path)

    def url(self, path: str) -> str:
        return normalize(self.base + path)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.thread.join()
        self.server_close()


class Handler(BaseHTTPRequestHandler):
    server: RealSite

    def do_GET(self):  # noqa: N802 (the standard library's name)
        self.server.requested.append(self.path)
        file, body = self.server.routes.get(self.server.key(self.path), (None, None))
        if file is not None:
            body = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
        if body is None:
            self.send_response(404)
            body = b"not found"
        else:
            self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@dataclass
class Report:
    pages: int
    stored: int
    false_rows: list[str]
    precision: float
    recall: float
    f1: float
    not_stored: dict[str, str] = field(default_factory=dict)  # original URL -> the ledger's word
    worst: list[tuple[float, str]] = field(default_factory=list)

    @property
    def stored_share(self) -> float:
        return self.stored / self.pages if self.pages else 0.0

    def text(self) -> str:
        lines = [
            f"real pages crawled: {self.pages}",
            f"stored: {self.stored} ({100 * self.stored_share:.1f}%)",
            f"false rows: {len(self.false_rows)}",
            f"body (Zyte's metric, a page not stored counts as empty): "
            f"P={self.precision:.4f} R={self.recall:.4f} F1={self.f1:.4f}",
        ]
        lines += [f"  false row: {url}" for url in self.false_rows]
        lines += [f"  not stored: {url}: {why}" for url, why in self.not_stored.items()]
        lines += [f"  low F1 {f1:.3f}: {url}" for f1, url in self.worst]
        return "\n".join(lines)


def crawl(site: RealSite, out: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    """``chancery crawl`` of the site's section into ``out`` (corpus.db, warc/)."""
    return subprocess.run(
        [sys.executable, "-m", "crawler", "crawl", site.url(LISTING), "--db", str(out / "corpus.db"),
         "--warc-dir", str(out / "warc"), "--impolite", "--log-level", "INFO",
         "--log-file", str(out / "crawl.log"),
         "-s", "CHANCERY_RESOLVE=*=127.0.0.1"],  # pages link CDNs: every host name to loopback
        cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False,
    )


def report(site: RealSite, pages: list[RealPage], db: Path) -> Report:
    """The crawl's result against the gold."""
    connection = sqlite3.connect(db)
    try:
        stored = dict(connection.execute("SELECT url, text FROM articles").fetchall())
        ledger = {url: (status, reason) for url, status, reason in
                  connection.execute("SELECT url, status, reason FROM ledger").fetchall()}
    finally:
        connection.close()
    gold_urls = {site.url(p.path): p for p in pages}
    matches, not_stored, scores = [], {}, []
    for url, page in gold_urls.items():
        text = stored.get(url)
        matches.append(match(text or "", page.gold))
        if text is None:
            status, reason = ledger.get(url, ("absent", "never reached the ledger"))
            not_stored[page.url] = f"{status}: {reason}"
        else:
            scores.append((score(text, page.gold)["f1"], page.url))
    total = aggregate(matches)
    return Report(
        pages=len(pages), stored=sum(1 for url in gold_urls if url in stored),
        false_rows=sorted(set(stored) - set(gold_urls)),
        precision=total["precision"], recall=total["recall"], f1=total["f1"],
        not_stored=not_stored, worst=sorted(scores)[:10],
    )


def run(datasets: list[Path], out: Path, per_page: int = 20) -> tuple[Report, subprocess.CompletedProcess]:
    pages = real_pages(datasets)
    with RealSite(pages, per_page) as site:
        result = crawl(site, out)
        return report(site, pages, out / "corpus.db"), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", action="append", type=Path, help="a dataset folder (repeatable)")
    parser.add_argument("--per-page", type=int, default=20)
    parser.add_argument("--out", type=Path, help="keep the crawl's corpus and WARCs here")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    datasets = args.dataset or DATASETS
    if not all_there(datasets):
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="chancery-real-"))
    out.mkdir(parents=True, exist_ok=True)
    result, process = run(datasets, out, args.per_page)
    print(process.stdout)
    print(result.text())
    if args.json:
        args.json.write_text(json.dumps({
            "pages": result.pages, "stored": result.stored, "false_rows": result.false_rows,
            "precision": result.precision, "recall": result.recall, "f1": result.f1,
            "not_stored": result.not_stored,
        }, indent=2))
    return 0 if process.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
