"""The whole-archive commands' memory at two archive sizes: does it stay flat?

Usage::

    python -m bench.archive_memory [--pages 2000,20000] [--workdir DIR]
                                   [--only verify,index,reindex,wacz,export]
                                   [--repo PATH] [--json OUT]

For each size it needs one crawl of the benchmark's generated site (``bench/site.py``)
with ``chancery crawl`` end to end (WARC files and corpus); it makes it under
``--workdir`` on first use (``archive-N/``) and keeps it for the next run (a
20,000-article crawl takes three to five minutes).  Then it runs each command that
reads a whole archive over it, each as its own process tree measured by
``bench/measure.py`` (wall, CPU of all its processes, peak RSS):

- ``chancery verify`` (every record read back, every corpus row checked);
- ``chancery index --rebuild`` (the CDXJ index of every WARC file);
- ``chancery reindex`` into a new corpus (2 extraction processes);
- ``chancery wacz`` of everything;
- ``chancery export`` to JSON Lines.

The report gives each command's peak RSS at each size and the ratio of the largest
size to the smallest: flat memory is a ratio near 1.  "cores" is the mean number of
the command's processes running or waiting for a core (at most one a CPU): how many
cores it keeps busy, a figure other work on a shared machine does not change, where
wall time it does.  ``--repo`` measures another
checkout's code (e.g. ``main``) on the same archives, for a before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from bench import site as sitegen
from bench.crawl import REPO, load, machine, measured, run_chancery
from bench.server import StaticServer

COMMANDS = ["verify", "index", "reindex", "wacz", "export"]
MB = 1024 * 1024


def archive_for(pages: int, workdir: Path, seed: int = 7) -> Path:
    """A crawl of the generated site of ``pages`` articles: ``corpus.db`` and ``warc/``."""
    folder = workdir / f"archive-{pages}"
    if (folder / "done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    site, info = sitegen.cached(workdir, pages, seed)
    print(f"Crawling {pages} articles into {folder} ...", file=sys.stderr, flush=True)
    with StaticServer(site) as server:
        result = run_chancery("chancery", "crawl", [server.url(p) for p in info["sections"]],
                              folder, [])
    if result.returncode != 0 or result.articles < pages:
        raise SystemExit(f"the crawl of {pages} articles stored {result.articles}: see {folder}")
    (folder / "done").write_text(json.dumps(vars(result)))
    return folder


def command_line(name: str, archive: Path, out: Path) -> list[str]:
    chancery = [sys.executable, "-m", "crawler"]
    db, warc = str(archive / "corpus.db"), str(archive / "warc")
    return {
        "verify": [*chancery, "verify", "--db", db, "--warc-dir", warc, "--json"],
        "index": [*chancery, "index", "--warc-dir", warc, "--rebuild"],
        "reindex": [*chancery, "reindex", "--warc-dir", warc, "--into", str(out / "rebuilt.db"),
                    "--workers", "2"],
        "wacz": [*chancery, "wacz", str(out / "all.wacz"), "--db", db, "--warc-dir", warc],
        "export": [*chancery, "export", "--db", db, "--format", "jsonl", "-o", str(out / "all.jsonl")],
    }[name]


def measure_command(name: str, archive: Path, repo: Path) -> dict:
    """One command over one archive, in a fresh folder for its output (removed after)."""
    with tempfile.TemporaryDirectory(prefix=f"{name}-", dir=archive) as out:
        numbers = measured(command_line(name, archive, Path(out)), Path(out),
                           env={**os.environ, "PYTHONPATH": str(repo)}, cwd=repo)
    return numbers


def report(results: dict[str, dict[int, dict]], sizes: list[int], context: dict) -> str:
    small, large = min(sizes), max(sizes)
    lines = [
        f"Archives: crawls of the generated site at {', '.join(f'{n:,}' for n in sizes)} articles"
        f" (one WARC file each up to 1 GB). Code: {context['repo']}.",
        f"Machine: {context['machine']['nproc']} CPUs ({context['machine']['cpu']}), "
        f"{context['machine']['ram']} RAM; load average {context['load_before']} before, "
        f"{context['load_after']} after.",
        "",
        "| command | " + " | ".join(f"{n:,}: peak RSS MB (largest / all) | wall s | CPU s | cores"
                                   for n in sizes)
        + f" | RSS ratio {large:,} ÷ {small:,} (largest / all) |",
        "| --- | " + " | ".join("---: | ---: | ---: | ---:" for _ in sizes) + " | ---: |",
    ]
    for name, by_size in results.items():
        cells = []
        for n in sizes:
            r = by_size[n]
            failed = "" if r["returncode"] == 0 else f" (exit {r['returncode']})"
            cells.append(f"{r['peak_rss_max'] / MB:.0f} / {r['peak_rss_sum'] / MB:.0f}{failed}"
                         f" | {r['wall']:.1f} | {r['cpu']:.1f} | {r.get('cores', 0):.2f}")
        a, b = by_size[small], by_size[large]
        ratio = (f"{b['peak_rss_max'] / a['peak_rss_max']:.2f} / "
                 f"{b['peak_rss_sum'] / a['peak_rss_sum']:.2f}")
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.archive_memory",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--pages", default="2000,20000", help="archive sizes, in articles")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "chancery-bench",
                        help="where the sites and their crawls are kept for the next run")
    parser.add_argument("--only", help=f"comma-separated commands among {', '.join(COMMANDS)}")
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout whose code to run")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    sizes = sorted(int(n) for n in args.pages.split(","))
    only = args.only.split(",") if args.only else COMMANDS
    if set(only) - set(COMMANDS):
        parser.error(f"unknown commands: {', '.join(sorted(set(only) - set(COMMANDS)))}")
    archives = {n: archive_for(n, args.workdir) for n in sizes}
    context = {"machine": machine(), "load_before": load(), "repo": str(args.repo.resolve())}
    results: dict[str, dict[int, dict]] = {}
    for name in only:
        for n in sizes:
            print(f"- {name} over {n:,} articles ...", file=sys.stderr, flush=True)
            numbers = measure_command(name, archives[n], args.repo.resolve())
            results.setdefault(name, {})[n] = numbers
            print(f"  {numbers['wall']:.1f} s, CPU {numbers['cpu']:.1f} s, peak RSS "
                  f"{numbers['peak_rss_max'] / MB:.0f} MB", file=sys.stderr, flush=True)
    context["load_after"] = load()
    print(report(results, sizes, context))
    if args.json:
        args.json.write_text(json.dumps({"context": context, "results": results}, indent=2))
    return 0 if all(r["returncode"] == 0 for by in results.values() for r in by.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
