"""The crawl benchmark: Chancery against its baselines, in one run, on the same pages.

Usage::

    python -m bench.crawl [--pages 5000] [--seed 7] [--server auto|nginx|stdlib]
                          [--only NAME,...] [--variant LABEL=ARGS ...] [--json OUT]

It generates a WordPress-style news site of ``--pages`` articles (60-120 KB
each, five paginated sections; see ``bench/site.py``), serves it on 127.0.0.1
with nginx (or the standard library's threaded server, when nginx is missing:
the output says which), and measures, one after the other:

- ``chancery crawl --impolite`` end to end (WARC, extraction, SQLite + FTS);
- ``chancery crawl --impolite --archive-only`` (WARC + ledger, no extraction);
- a bare Scrapy crawl of the same pages that stores nothing;
- ``trafilatura.extract`` alone over the same article HTML, in 1 and 2 processes,
  and with ``with_metadata=True`` (what the corpus stores) in 2;
- Chancery's own ``extract()`` alone over it, in 2 processes (the end-to-end ceiling);
- ``wget --recursive --warc-file`` over the same site;
- any ``--variant LABEL=ARGS``: one more ``chancery crawl`` with extra arguments,
  e.g. ``--variant "gzip 1=-s WARC_GZIP_LEVEL=1"`` (to compare settings in one run).

Each run is its own process tree, measured by ``bench/measure.py``: wall time,
CPU seconds of all its processes, peak RSS.  The result is a Markdown table
with the ratios of ours to the baselines.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import site as sitegen
from bench.server import StaticServer

REPO = Path(__file__).resolve().parent.parent
# Each ratio compares runs doing the same work: trafilatura and plain wget fetch the
# pages only, so they are set against the runs with ``--requisites none``; the runs
# with page requisites (the default) against ``wget --page-requisites``.
RUNS = ["trafilatura-1", "trafilatura-2", "trafilatura-meta-2", "extract-2", "scrapy-bare", "wget",
        "wget-p", "chancery", "chancery-none", "chancery-archive", "chancery-archive-none"]
LABELS = {
    "chancery": "chancery crawl (end to end)",
    "chancery-none": "chancery crawl --requisites none (end to end)",
    "chancery-archive": "chancery crawl --archive-only",
    "chancery-archive-none": "chancery crawl --archive-only --requisites none",
    "scrapy-bare": "bare Scrapy crawl (stores nothing)",
    "trafilatura-1": "trafilatura.extract, 1 process",
    "trafilatura-2": "trafilatura.extract, 2 processes",
    "trafilatura-meta-2": "trafilatura.extract with_metadata=True, 2 processes",
    "extract-2": "Chancery's extract() alone, 2 processes",
    "wget": "wget --recursive --warc-file",
    "wget-p": "wget --recursive --page-requisites --warc-file",
}


@dataclass
class Result:
    name: str
    label: str
    pages: int = 0
    articles: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    peak_rss_max: int = 0
    peak_rss_command: int = 0  # the command's own process: the crawl process
    peak_rss_sum: int = 0
    returncode: int | None = None
    notes: list[str] = field(default_factory=list)
    requisites: int = 0  # page requisites fetched, and their bytes (bodies as received)
    requisite_bytes: int = 0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.wall if self.wall else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall if self.wall else 0.0

    @property
    def cpu_per_page(self) -> float:
        return self.cpu / self.pages if self.pages else 0.0


def measured(command: list[str], work: Path, env: dict | None = None, cwd: Path = REPO) -> dict:
    """Run a command under bench.measure (from ``cwd``); return its measurements."""
    out = work / "measure.json"
    log = work / "output.log"
    with open(log, "wb") as fh:
        subprocess.run([sys.executable, "-m", "bench.measure", str(out), "--", *command],
                       cwd=cwd, stdout=fh, stderr=subprocess.STDOUT, env=env)
    result = json.loads(out.read_text())
    if result["returncode"] != 0:
        tail = log.read_text(errors="replace")[-3000:]
        print(f"  ! exit {result['returncode']}: {' '.join(command[:4])}...\n{tail}", file=sys.stderr)
    return result


def fill(result: Result, numbers: dict) -> Result:
    result.wall = numbers["wall"]
    result.cpu = numbers["cpu"]
    result.peak_rss_max = numbers["peak_rss_max"]
    result.peak_rss_command = numbers.get("peak_rss_command", 0)
    result.peak_rss_sum = numbers["peak_rss_sum"]
    result.returncode = numbers["returncode"]
    return result


# -- the runs ---------------------------------------------------------------------


def run_extraction(kind: str, processes: int, files: list[Path], work: Path) -> Result:
    listing = work / "files.txt"
    listing.write_text("\n".join(map(str, files)))
    numbers = measured([sys.executable, "-m", "bench.baselines", kind,
                        str(work / "counts.json"), str(processes), f"@{listing}"], work)
    counts = json.loads((work / "counts.json").read_text()) if (work / "counts.json").exists() else {}
    result = Result(f"{kind}-{processes}", LABELS[f"{kind}-{processes}"],
                    pages=counts.get("pages", 0), articles=counts.get("articles", 0))
    return fill(result, numbers)


def run_bare_scrapy(urls: list[str], work: Path) -> Result:
    numbers = measured([sys.executable, "-m", "bench.baselines", "scrapy",
                        str(work / "counts.json"), *urls], work)
    counts = json.loads((work / "counts.json").read_text()) if (work / "counts.json").exists() else {}
    return fill(Result("scrapy-bare", LABELS["scrapy-bare"], pages=counts.get("pages", 0)), numbers)


def run_wget(name: str, urls: list[str], work: Path, extra: list[str]) -> Result:
    wget = shutil.which("wget")
    result = Result(name, LABELS[name])
    if not wget:
        result.notes.append("wget is not installed")
        return result
    numbers = measured([wget, "--recursive", "--level=inf", "--no-verbose", "--tries=1",
                        "-e", "robots=on", f"--warc-file={work / 'wget'}",
                        f"--directory-prefix={work / 'files'}", *extra, *urls], work)
    result.pages = count_warc_pages(work / "wget.warc.gz")
    return fill(result, numbers)


def run_chancery(name: str, label: str, urls: list[str], work: Path, extra: list[str]) -> Result:
    command = [sys.executable, "-m", "crawler", "crawl", *urls, "--db", str(work / "corpus.db"),
               "--warc-dir", str(work / "warc"), "--impolite", "--no-sitemaps",
               "--log-level", "WARNING", "--log-file", str(work / "crawl.log"),
               "-s", "CHANCERY_RESOLVE=*=127.0.0.1", *extra]  # whatever a page links: never off this machine
    numbers = measured(command, work, env={**os.environ, "COLUMNS": "200"})
    result = Result(name, label)
    counted(result, work / "corpus.db", archive_only="--archive-only" in extra)
    return fill(result, numbers)


def run_fleet_worker(urls: list[str], work: Path) -> Result:
    """One fleet worker (``chancery worker --once``) doing a whole job that
    ``chancery crawl --redis`` seeded into a Redis of our own (127.0.0.1, no disk)."""
    result = Result("worker", "chancery worker --once (one fleet worker)")
    redis = shutil.which("redis-server")
    if not redis:
        result.notes.append("redis-server is not installed")
        return result
    from bench.server import free_port

    port = free_port()
    server = subprocess.Popen([redis, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no"], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    where = ["--db", str(work / "corpus.db"), "--warc-dir", str(work / "warc"), "--impolite"]
    try:
        for _ in range(100):  # until it accepts connections
            seeded = subprocess.run([sys.executable, "-m", "crawler", "crawl", *urls, "--redis", url,
                                     "--no-sitemaps", *where], cwd=REPO, capture_output=True)
            if seeded.returncode == 0:
                break
            time.sleep(0.1)
        numbers = measured([sys.executable, "-m", "crawler", "worker", "--redis", url, "--once",
                            "--log-file", str(work / "crawl.log"), *where], work)
    finally:
        server.terminate()
        server.wait()
    counted(result, work / "corpus.db", archive_only=False)
    return fill(result, numbers)


def counted(result: Result, db_path: Path, archive_only: bool) -> None:
    """Pages and articles of a run, from its corpus."""
    if not db_path.exists():
        return
    with sqlite3.connect(db_path) as db:
        result.pages = db.execute(
            "SELECT count(*) FROM captures WHERE status = 200 AND mime LIKE 'text/html%'"
        ).fetchone()[0]
        result.articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        if archive_only:
            result.articles = db.execute(
                "SELECT count(*) FROM ledger WHERE reason = 'archived'").fetchone()[0]
        result.requisites, result.requisite_bytes = db.execute(
            "SELECT count(*), coalesce(sum(c.length), 0) FROM ledger l"  # by URL: a crawl's
            " JOIN captures c INDEXED BY captures_url"  # captures share its crawl_id
            " ON c.url = l.url AND c.crawl_id = l.crawl_id WHERE l.kind = 'requisite'").fetchone()
        failed = db.execute("SELECT count(*) FROM ledger WHERE status = 'failed'").fetchone()[0]
        queued = db.execute("SELECT count(*) FROM ledger WHERE status = 'queued'").fetchone()[0]
    db.close()
    if failed or queued:
        result.notes.append(f"{failed} failed, {queued} still queued")


def count_warc_pages(path: Path) -> int:
    """HTML pages answered 200 in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    if not path.exists():
        return 0
    count = 0
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response" and record.http_headers \
                    and record.http_headers.get_statuscode() == "200" \
                    and "text/html" in (record.http_headers.get_header("Content-Type") or ""):
                count += 1
    return count


# -- the report ---------------------------------------------------------------------


def machine() -> dict:
    info = {"nproc": os.cpu_count(), "cpu": platform.processor() or "?", "ram": "?"}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["ram"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return info


def versions() -> dict:
    import lxml.etree
    import scrapy
    import trafilatura

    found = {
        "Python": platform.python_version(),
        "Scrapy": scrapy.__version__,
        "trafilatura": trafilatura.__version__,
        "lxml": ".".join(map(str, lxml.etree.LXML_VERSION)),
        "SQLite": sqlite3.sqlite_version,
    }
    wget = shutil.which("wget")
    if wget:
        found["wget"] = subprocess.run([wget, "--version"], capture_output=True, text=True
                                       ).stdout.split("\n")[0].replace("GNU Wget ", "").split()[0]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                            capture_output=True, text=True).stdout.strip()
    if commit:
        found["chancery commit"] = commit
    return found


def ratio(a: Result | None, b: Result | None, attr: str) -> str:
    if not a or not b or not getattr(b, attr):
        return "n/a"
    return f"{getattr(a, attr) / getattr(b, attr):.2f}"


def report(results: dict[str, Result], context: dict) -> str:
    mb = 1024 * 1024
    lines = [
        f"Site: {context['articles']} articles + {context['listings']} section pages, "
        f"{context['size_mb']:.0f} MB of HTML (60-120 KB a page), served by {context['server']}.",
        f"Machine: {context['machine']['nproc']} CPUs ({context['machine']['cpu']}), "
        f"{context['machine']['ram']} RAM; load average {context['load_before']} before, "
        f"{context['load_after']} after.",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in context["versions"].items()) + ".",
        "",
        "| run | pages | articles | wall s | pages/s | articles/s | CPU s | CPU ms/page "
        "| peak RSS, largest process MB | peak RSS, all processes MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results.values():
        note = f" ({'; '.join(r.notes)})" if r.notes else ""
        lines.append(
            f"| {r.label}{note} | {r.pages} | {r.articles or ''} | {r.wall:.1f} | {r.pages_per_s:.1f} "
            f"| {f'{r.articles_per_s:.1f}' if r.articles else ''} | {r.cpu:.1f} "
            f"| {r.cpu_per_page * 1000:.1f} "
            f"| {r.peak_rss_max / mb:.0f} | {r.peak_rss_sum / mb:.0f} |")
    get = results.get
    ours, archive = get("chancery-none"), get("chancery-archive-none")
    lines += [
        "",
        "| ratio (runs doing the same work) | value | target |",
        "| --- | ---: | ---: |",
        f"| end to end articles/s ÷ trafilatura 2 processes articles/s | "
        f"{ratio(ours, get('trafilatura-2'), 'articles_per_s')} | ≥ 0.7 |",
        f"| end to end articles/s ÷ trafilatura with metadata, 2 processes articles/s | "
        f"{ratio(ours, get('trafilatura-meta-2'), 'articles_per_s')} | |",
        f"| end to end articles/s ÷ trafilatura 1 process articles/s | "
        f"{ratio(ours, get('trafilatura-1'), 'articles_per_s')} | |",
        f"| archive-only pages/s ÷ wget --warc pages/s | "
        f"{ratio(archive, get('wget'), 'pages_per_s')} | ≥ 1.2 |",
        f"| archive-only with requisites pages/s ÷ wget --page-requisites pages/s | "
        f"{ratio(get('chancery-archive'), get('wget-p'), 'pages_per_s')} | |",
        f"| archive-only pages/s ÷ bare Scrapy pages/s | "
        f"{ratio(archive, get('scrapy-bare'), 'pages_per_s')} | |",
        f"| end to end pages/s ÷ wget --warc pages/s | {ratio(ours, get('wget'), 'pages_per_s')} | |",
        f"| end to end CPU/page ÷ trafilatura CPU/page | "
        f"{ratio(ours, get('trafilatura-1'), 'cpu_per_page')} | |",
        f"| Chancery's extract() CPU/page ÷ trafilatura CPU/page | "
        f"{ratio(get('extract-2'), get('trafilatura-2'), 'cpu_per_page')} | |",
        f"| end to end articles/s ÷ Chancery's extract() alone, 2 processes | "
        f"{ratio(ours, get('extract-2'), 'articles_per_s')} | |",
        f"| end to end articles/s with requisites ÷ without | "
        f"{ratio(get('chancery'), ours, 'articles_per_s')} | |",
    ]
    for name, r in results.items():
        if name.startswith("variant:"):
            lines.append(f"| {r.label} pages/s ÷ end to end pages/s | {ratio(r, ours, 'pages_per_s')} | |")
    return "\n".join(lines + requisite_lines(results))


def requisite_lines(results: dict[str, Result]) -> list[str]:
    """What page requisites cost (issue #22): requests and bytes an article, and the
    archive-only rate with requisites (the default) over the rate without."""
    lines = ["", "| page requisites | requests / article | KB / article |", "| --- | ---: | ---: |"]
    for r in results.values():
        if r.articles and r.requisites:
            lines.append(f"| {r.label} | {r.requisites / r.articles:.2f} "
                         f"| {r.requisite_bytes / r.articles / 1024:.1f} |")
    with_them, without = results.get("chancery-archive"), results.get("chancery-archive-none")
    lines.append(f"| archive-only pages/s with requisites ÷ without | "
                 f"{ratio(with_them, without, 'pages_per_s')} | |")
    return lines


MEMORY_RUNS = ("chancery", "chancery-archive", "worker")


def memory_report(sizes: list[int], args) -> str:
    """The crawl process's peak RSS at each site size: end to end, archive-only and one
    fleet worker, with the growth from the smallest size to each larger one (issue #20:
    within 10%); and the largest process's (the extraction processes, which preload the
    research columns' libraries, outgrow the crawl process)."""
    results: dict[tuple[str, int], Result] = {}
    for size in sizes:
        folder, info = sitegen.cached(args.workdir, size, args.seed)
        with StaticServer(folder, args.server) as server:
            urls = [server.url(p) for p in info["sections"]]
            for name in MEMORY_RUNS:
                work = Path(tempfile.mkdtemp(prefix=f"memory-{size}-{name}-", dir=args.workdir))
                print(f"- memory: {name} at {size} articles ...", file=sys.stderr, flush=True)
                try:
                    if name == "worker":
                        result = run_fleet_worker(urls, work)
                    else:
                        extra = ["--archive-only"] if name == "chancery-archive" else []
                        result = run_chancery(name, LABELS[name], urls, work, extra)
                finally:
                    shutil.rmtree(work, ignore_errors=True)
                results[(name, size)] = result
                print(f"  {result.articles} articles, peak RSS {result.peak_rss_command / 2**20:.0f} MB "
                      f"(largest process {result.peak_rss_max / 2**20:.0f} MB)", file=sys.stderr)
    first = sizes[0]
    head = " | ".join(f"{size:,}" for size in sizes)
    growth = " | ".join(f"{size:,} ÷ {first:,}" for size in sizes[1:])
    lines = [f"Peak RSS of the crawl process / of the largest process, MB (articles stored); load {load()} at the end.",
             "", f"| run | {head} | {growth} |", "| --- |" + " ---: |" * (2 * len(sizes) - 1)]
    for name in MEMORY_RUNS:
        row = [results[(name, size)] for size in sizes]
        cells = [f"{r.peak_rss_command / 2**20:.0f} / {r.peak_rss_max / 2**20:.0f} ({r.articles})"
                 + (f" {'; '.join(r.notes)}" if r.notes else "") for r in row]
        ratios = [f"{ratio(r, row[0], 'peak_rss_command')} / {ratio(r, row[0], 'peak_rss_max')}" for r in row[1:]]
        lines.append(f"| {row[0].label} | {' | '.join(cells)} | {' | '.join(ratios)} |")
    return "\n".join(lines)


def run_one(name: str, extra: str | None, urls: list[str], files: list[Path], work: Path,
            keep: bool) -> Result:
    """One measurement of the plan, in its own folder (removed after unless ``keep``)."""
    work = work.with_name(work.name.replace(":", "-").replace(" ", "_"))
    work.mkdir()
    print(f"- {name} ...", file=sys.stderr, flush=True)
    if name.startswith(("trafilatura-", "extract-")):
        kind, processes = name.rsplit("-", 1)
        result = run_extraction(kind, int(processes), files, work)
    elif name == "scrapy-bare":
        result = run_bare_scrapy(urls, work)
    elif name == "wget":
        result = run_wget(name, urls, work, [])
    elif name == "wget-p":
        result = run_wget(name, urls, work, ["--page-requisites"])
    elif name == "chancery":
        result = run_chancery(name, LABELS[name], urls, work, [])
    elif name == "chancery-none":
        result = run_chancery(name, LABELS[name], urls, work, ["--requisites", "none"])
    elif name == "chancery-archive":
        result = run_chancery(name, LABELS[name], urls, work, ["--archive-only"])
    elif name == "chancery-archive-none":
        result = run_chancery(name, LABELS[name], urls, work, ["--archive-only", "--requisites", "none"])
    else:
        result = run_chancery(name, f"chancery crawl {extra} ({name[8:]})", urls, work,
                              shlex.split(extra))
    print(f"  {result.pages} pages in {result.wall:.1f} s "
          f"({result.pages_per_s:.1f}/s, CPU {result.cpu:.1f} s)", file=sys.stderr)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    return result


def median_run(runs: list[Result]) -> Result:
    """The run of median wall time (``--repeat``), its note giving the others' range."""
    ordered = sorted(runs, key=lambda r: r.wall)
    middle = ordered[(len(ordered) - 1) // 2]
    if len(ordered) > 1:
        middle.notes.append(f"median of {len(ordered)}: {ordered[0].wall:.1f}-{ordered[-1].wall:.1f} s")
    return middle


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crawl", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=5000, help="articles in the site (default 5000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--server", choices=["auto", "nginx", "stdlib"], default="auto")
    parser.add_argument("--only", help=f"comma-separated runs among {', '.join(RUNS)}")
    parser.add_argument("--variant", action="append", default=[], metavar="LABEL=ARGS",
                        help="one more chancery crawl with these extra arguments")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "chancery-bench",
                        help="where the site is generated (and kept for the next run)")
    parser.add_argument("--keep", action="store_true", help="keep each run's output")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each measurement this many times; report the median (by wall time)")
    parser.add_argument("--memory", metavar="SIZES",
                        help="instead: the memory report at these site sizes (e.g. 2000,5000,20000)")
    args = parser.parse_args(argv)
    if args.memory:
        print(memory_report([int(n) for n in args.memory.split(",")], args))
        return 0
    only = args.only.split(",") if args.only else RUNS
    unknown = set(only) - set(RUNS)
    if unknown:
        parser.error(f"unknown runs: {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    folder, info = sitegen.cached(args.workdir, args.pages, args.seed)
    files = [folder / p.lstrip("/") / "index.html" for p in info["article_paths"]]
    size_mb = sum(f.stat().st_size for f in folder.rglob("*.html")) / 1024 / 1024
    print(f"Site ready in {time.perf_counter() - started:.1f} s: {folder}", file=sys.stderr)
    runs_dir = Path(tempfile.mkdtemp(prefix="runs-", dir=args.workdir))
    results: dict[str, Result] = {}
    context = {"articles": info["articles"], "listings": info["listing_pages"], "size_mb": size_mb,
               "machine": machine(), "versions": versions(), "load_before": load()}
    try:
        with StaticServer(folder, args.server) as server:
            context["server"] = server.kind
            print(f"Serving on {server.url()} with {server.kind}", file=sys.stderr)
            urls = [server.url(p) for p in info["sections"]]
            plan = [(name, None) for name in only]
            plan += [(f"variant:{v.split('=', 1)[0]}", v.split("=", 1)[1]) for v in args.variant]
            runs: dict[str, list[Result]] = {name: [] for name, _ in plan}
            for n in range(args.repeat):  # in turn, so that the machine's moods hit every run
                for name, extra in plan:
                    runs[name].append(run_one(name, extra, urls, files, runs_dir / f"{name}-{n}",
                                              args.keep))
            results = {name: median_run(measured) for name, measured in runs.items()}
    finally:
        if not args.keep:
            shutil.rmtree(runs_dir, ignore_errors=True)
    context["load_after"] = load()
    command = "python -m bench.crawl " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    print(f"Command: `{command}`\n")
    print(report(results, context))
    if args.json:
        args.json.write_text(json.dumps(
            {"context": context, "results": {k: vars(v) for k, v in results.items()}}, indent=2))
    return 0 if all(r.returncode == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
