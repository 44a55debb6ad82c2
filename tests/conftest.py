"""Shared fixtures: sites served on 127.0.0.1 and crawls run as a user runs them."""

from __future__ import annotations

import os
import pickle
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite golden files from the current output.")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture
def demo_site():
    from crawler.demo import DemoSite

    with DemoSite.serve(port=0) as site:
        yield site


@pytest.fixture(scope="session")
def demo_crawl(demo_crawls, tmp_path_factory):
    """The demo site, served for the whole session and crawled once: (site, out).

    Shared by every module that only reads one plain crawl (``out/corpus.db``,
    ``out/warc``); a test that would change them copies them first.
    """
    out = tmp_path_factory.mktemp("demo-crawl")
    return demo_crawls[0], crawl_from_done(demo_crawls, ((),), out, tmp_path_factory)


@pytest.fixture(scope="session")
def demo_crawls(tmp_path_factory):
    """The session's demo site and its finished crawls: (site, {runs: folder}), each
    ``runs`` a tuple of ``chancery crawl`` argument tuples run in order into its folder.
    Copies no test sees, for ``crawled`` to start from: a module whose ``DEMO_RUNS``
    begin with runs done before copies their folder and runs only the rest."""
    from crawler.demo import DemoSite

    with DemoSite.serve(port=0) as site:
        yield site, {}


def copy_crawl(source: Path, target: Path) -> Path:
    """A crawl's folder (corpus.db, warc/, crawl.log) copied into ``target``."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    return target


@pytest.fixture(scope="module")
def crawled(request, tmp_path_factory) -> Path:
    """The folder of the demo site crawled as the test module says: its ``DEMO_RUNS``
    lists what happens in order, each a tuple of ``chancery crawl`` arguments (one
    crawl) or a function given the served ``DemoSite`` (a change to the site before
    the next crawl).  Without ``DEMO_RUNS``: the session's one plain crawl.

    Crawls alone (no change to the site) run on the session's demo site, from a copy
    of the longest start of them done before (``demo_crawls``): the module has a
    folder of its own, as if it had made every crawl itself."""
    runs = getattr(request.module, "DEMO_RUNS", None)
    if runs is None:
        return request.getfixturevalue("demo_crawl")[1]
    out = tmp_path_factory.mktemp(request.module.__name__.rpartition(".")[2])
    if not any(callable(run) for run in runs):
        return crawl_from_done(request.getfixturevalue("demo_crawls"), tuple(runs), out,
                               tmp_path_factory)
    from crawler.demo import DemoSite

    with DemoSite.serve(port=0) as site:
        for run in runs:
            if callable(run):
                run(site)
            else:
                run_crawl(site.section_urls, out, *run)
    return out


def crawl_from_done(demo_crawls, runs: tuple, out: Path, tmp_path_factory) -> Path:
    """``runs`` into ``out``: the longest start of them done before copied, the rest
    crawled; the result kept (as a copy no test sees) for the modules after."""
    site, done = demo_crawls
    start = max((key for key in done if runs[:len(key)] == key), key=len, default=())
    if start:
        copy_crawl(done[start], out)
    for run in runs[len(start):]:
        run_crawl(site.section_urls, out, *run)
    if runs not in done:
        done[runs] = copy_crawl(out, tmp_path_factory.mktemp("demo-crawl"))
    return out


@pytest.fixture(scope="session")
def site_crawl(tmp_path_factory):
    """``site_crawl(name, build)``: the test site ``build`` makes (tests/sites) served
    and crawled once a session, as (site, the paths its server was asked for, the
    crawl's folder); the same for every module that asks, so read it, never change it.

    Once a session, not once a process: under pytest-xdist each worker is a process of
    its own, so the crawl is shared on disk, as pytest-xdist documents ("making
    session-scoped fixtures execute only once").  The first worker to want a site
    crawls it under a file lock in the run's temporary folder (the workers' common
    parent) and pickles the site and the paths beside the crawl; a worker that wants it
    after waits on the lock and reads them.  Modules that walk every site walk them in
    opposite orders (test_reindex.py reversed), so two workers meet on one site at most.
    Without xdist: the session's own temporary folder, the same steps."""
    from filelock import FileLock

    from tests.sites import serve

    base = tmp_path_factory.getbasetemp()
    root = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "site-crawls"
    root.mkdir(exist_ok=True)
    done = {}

    def crawl(name: str, build):
        if name not in done:
            home = root / name
            shared = home / "site.pickle"  # written last: the crawl is whole
            with FileLock(str(home) + ".lock"):
                if not shared.exists():
                    shutil.rmtree(home, ignore_errors=True)  # a crawl that failed before
                    folder, out = home / "site", home / "crawl"
                    folder.mkdir(parents=True)
                    out.mkdir()
                    with serve(build, folder) as (site, server):
                        run_crawl(site.sections, out)
                    shared.write_bytes(pickle.dumps((site, server.paths())))
                site, paths = pickle.loads(shared.read_bytes())
            done[name] = site, paths, home / "crawl"
        return done[name]

    return crawl


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now (for a server that cannot take port 0)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def listening(port: int) -> bool:
    """Whether something accepts connections on 127.0.0.1:``port``."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def chancery(*args: str, cwd: Path | None = None, timeout: float = 300,
             check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m crawler ARGS`` in a child process, as a user would."""
    result = subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"chancery {' '.join(args)} exited {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr[-5000:]}"
        )
    return result


def crawl_args(targets, out: Path, *args: str) -> list[str]:
    """The ``chancery`` arguments of an impolite crawl of local sites into
    ``out/corpus.db`` and ``out/warc``, logged to ``out/crawl.log``; every host name
    pinned to 127.0.0.1 (``LOOPBACK``), so that no link of a page (a CDN's stylesheet,
    a tracker) leads off this machine."""
    targets = [targets] if isinstance(targets, str) else list(targets)
    return ["crawl", *targets, "--db", str(out / "corpus.db"), "--warc-dir", str(out / "warc"),
            "--impolite", "--log-level", "INFO", "--log-file", str(out / "crawl.log"),
            "-s", LOOPBACK, *args]


#: ``chancery crawl -s`` pinning every host name to 127.0.0.1 (middlewares/resolve.py).
LOOPBACK = "CHANCERY_RESOLVE=*=127.0.0.1"


def run_crawl(targets, out: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    """A real, impolite crawl of local sites into ``out`` (``crawl_args``)."""
    return chancery(*crawl_args(targets, out, *args), **kwargs)


def query(db: Path, sql: str, args=()) -> list[tuple]:
    """The rows of one query on a corpus: a SQLite file, or a crawl's folder (its
    ``corpus.db``); the connection closed after."""
    conn = sqlite3.connect(db / "corpus.db" if db.is_dir() else db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def warcio_check(*paths: Path) -> subprocess.CompletedProcess:
    """``warcio check`` on WARC files, as an archivist runs it, with archive.warc's
    brotli adapter registered: warcio's own brotli reader fails on Google's brotli
    module (webrecorder/warcio#73), which Scrapy installs."""
    return subprocess.run(
        [sys.executable, "-c",
         "import sys, archive.warc; from warcio.cli import main; main(sys.argv[1:])",
         "check", *map(str, paths)],
        capture_output=True, text=True, cwd=REPO,
    )


def wait_for(condition, what: str, limit: float = 120.0, every: float = 0.2):
    """Poll ``condition`` until it returns something true, and return that;
    a bound on waiting, not a measurement."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"gave up waiting for {what}")
