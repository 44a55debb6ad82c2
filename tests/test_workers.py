"""Many workers on one shared Redis frontier: each article stored once, fetched about once,
WARCs whole, and nothing lost when a worker is killed."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest

from archive import warc
from crawler.fleet import NO_JOB_EXIT
from tests.conftest import REPO, chancery, free_port, listening, query, wait_for, warcio_check
from tests.server import Exchange, SiteServer

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None,
                                reason="redis-server is not installed (scripts/system-packages.sh)")

SECTIONS = ("world", "embassies", "interviews")
WORDS = ("minister ambassador treaty summit delegation envoy consulate accord sanctions "
         "council resolution protocol bilateral multilateral talks visit communique "
         "cooperation dialogue mission charter negotiation ceasefire agenda").split()
# Fast liveness for tests: a dead worker is noticed within a few seconds.
FAST = ["-s", "CHANCERY_FRONTIER_HEARTBEAT=1", "-s", "CHANCERY_FRONTIER_TTL=10",
        "-s", "EXTRACT_WORKERS=0"]


# -- a generated news site ----------------------------------------------------------------------


def paragraph(n: int, k: int) -> str:
    words = [WORDS[(n * 7 + k * 3 + i * (n % 5 + 1)) % len(WORDS)] for i in range(40)]
    return f"Report {n}-{k}: " + " ".join(words).capitalize() + f" (item {n * 31 + k})."


class NewsSite:
    """``count`` articles in three sections, ``per_page`` teasers a page, served on 127.0.0.1."""

    def __init__(self, count: int = 300, per_page: int = 10):
        self.count = count
        self.per_page = per_page
        self.server: SiteServer | None = None

    def slug(self, n: int) -> str:
        return f"/{SECTIONS[n % 3]}/envoys-meet-on-agenda-{n:04d}/"

    @property
    def article_paths(self) -> list[str]:
        return [self.slug(n) for n in range(self.count)]

    def url(self, path: str) -> str:
        return self.server.url(path)

    @property
    def section_urls(self) -> list[str]:
        return [self.url(f"/{s}/") for s in SECTIONS]

    def article_fetches(self) -> int:
        articles = set(self.article_paths)
        return sum(1 for path in self.server.paths() if path in articles)

    def page(self, path: str) -> tuple[int, str, str]:
        if path == "/robots.txt":
            return 200, "text/plain", "User-agent: *\nAllow: /\n"
        parts = [p for p in path.split("/") if p]
        if parts and parts[0] in SECTIONS and (len(parts) == 1 or parts[1] == "page"):
            return self.section(parts[0], int(parts[2]) if len(parts) == 3 else 1)
        if len(parts) == 2 and parts[0] in SECTIONS and parts[1].startswith("envoys-meet-on-agenda-"):
            n = int(parts[1].rsplit("-", 1)[1])
            if n < self.count and self.slug(n) == path:
                return self.article(n)
        return 404, "text/html", "<html><body><h1>Not found</h1></body></html>"

    def section(self, name: str, page: int) -> tuple[int, str, str]:
        numbers = [n for n in range(self.count) if SECTIONS[n % 3] == name]
        pages = max(1, -(-len(numbers) // self.per_page))
        if page > pages:
            return 404, "text/html", "<html><body>No such page</body></html>"
        chunk = numbers[(page - 1) * self.per_page: page * self.per_page]
        teasers = "".join(f'<article><h2><a href="{self.slug(n)}">Envoys meet, part {n}</a></h2>'
                          f"<p>{paragraph(n, 0)[:80]}</p></article>" for n in chunk)
        nxt = f'<a rel="next" href="/{name}/page/{page + 1}/">Older posts</a>' if page < pages else ""
        link = f'<link rel="next" href="/{name}/page/{page + 1}/">' if page < pages else ""
        html = (f'<html><head><title>{name} page {page}</title>{link}'
                f'<meta property="og:type" content="website"></head><body><main>{teasers}'
                f'<nav class="pagination">{nxt}</nav></main></body></html>')
        return 200, "text/html; charset=utf-8", html

    def article(self, n: int) -> tuple[int, str, str]:
        body = "".join(f"<p>{paragraph(n, k)}</p>" for k in range(1, 5))
        html = (f'<html lang="en"><head><title>Envoys meet, part {n}</title>'
                f'<link rel="canonical" href="{self.slug(n)}">'
                f'<meta property="og:type" content="article">'
                f'<meta property="article:published_time" content="2024-03-{n % 28 + 1:02d}T10:00:00+00:00">'
                f'</head><body><header><a href="/">Home</a></header><article>'
                f'<h1>Envoys meet, part {n}</h1><p class="byline">By Ana Diplomat</p>{body}'
                f'</article><footer>Footer text</footer></body></html>')
        return 200, "text/html; charset=utf-8", html

    def answer(self, ex: Exchange) -> None:
        status, mime, text = self.page(ex.path)
        ex.send(text.encode("utf-8"), status, content_type=mime)

    @contextmanager
    def serve(self):
        """On the tests' one server, which logs every request (``self.server.requested()``)."""
        with SiteServer.serve({"*": self.answer}) as self.server:
            yield self


# -- a real Redis ---------------------------------------------------------------------------------


@contextmanager
def redis_server():
    """``redis-server`` on 127.0.0.1, a free port and a temporary folder; yields its URL."""
    folder = Path(tempfile.mkdtemp(prefix="chancery-redis-"))
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--dir", str(folder),
         "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: listening(port) or process.poll() is not None, "redis-server to listen", 20, 0.05)
        assert process.poll() is None, "redis-server did not start"
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=20)
        shutil.rmtree(folder, ignore_errors=True)


# -- running workers ---------------------------------------------------------------------------------


def seed(site: NewsSite, redis_url: str, db: Path, warc_dir: Path, *args: str):
    return chancery("crawl", *site.section_urls, "--redis", redis_url, "--db", str(db),
                    "--warc-dir", str(warc_dir), "--impolite", *args)


def worker_command(redis_url: str, db: Path, warc_dir: Path, log: Path, *args: str) -> list[str]:
    """``chancery worker``, logging at INFO to ``log``, with FAST liveness."""
    return [sys.executable, "-m", "crawler", "worker", "--redis", redis_url, "--db", str(db),
            "--warc-dir", str(warc_dir), "--log-level", "INFO", "--log-file", str(log), *FAST, *args]


def start_worker(redis_url: str, db: Path, warc_dir: Path, log: Path, *args: str) -> subprocess.Popen:
    """A ``--once`` worker: it waits up to a minute for a job and exits when it is finished."""
    return subprocess.Popen(worker_command(redis_url, db, warc_dir, log, "--once", "--wait", "60", *args),
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(workers: list[subprocess.Popen], timeout: float = 90) -> list[str]:
    outputs = []
    for worker in workers:
        out, _ = worker.communicate(timeout=timeout)
        outputs.append(out)
    return outputs


def stored(db: Path) -> Counter:
    return Counter(url for (url,) in query(db, "SELECT url FROM articles"))


def assert_archive_whole(db: Path, warc_dir: Path) -> None:
    assert not warc.open_files(warc_dir)
    files = sorted(warc_dir.glob("*.warc.gz"))
    assert files
    check = warcio_check(*files)
    assert check.returncode == 0, check.stdout + check.stderr
    verify = chancery("verify", "--db", str(db), "--warc-dir", str(warc_dir), check=False)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    for url, file, offset in query(db, "SELECT a.url, c.warc_file, c.warc_offset FROM articles a"
                                       " JOIN captures c ON c.id = a.capture_id"):
        record, _payload = warc.read_record(warc_dir, file, offset)
        assert record.rec_headers.get_header("WARC-Target-URI") == url


def assert_job_done(db: Path) -> tuple:
    """No URL left queued, one crawls row, finished; returns its (pages, articles_new, frontier)."""
    assert query(db, "SELECT count(*) FROM ledger WHERE status = 'queued'") == [(0,)]
    assert query(db, "SELECT count(*), min(status), max(status) FROM crawls") == [(1, "finished", "finished")]
    [crawl] = query(db, "SELECT pages, articles_new, frontier FROM crawls")
    return crawl


# -- the tests -------------------------------------------------------------------------------------


def test_three_workers_share_one_frontier(tmp_path):
    site = NewsSite(300)
    with redis_server() as redis_url, site.serve():
        db, warcs = tmp_path / "corpus.db", tmp_path / "warc"
        workers = [start_worker(redis_url, db, warcs, tmp_path / f"worker{i}.log") for i in range(3)]
        out = seed(site, redis_url, db, warcs)  # the workers wait for it (--wait)
        assert "Seeded a new run" in out.stdout
        outputs = finish(workers)
        for worker, output in zip(workers, outputs):
            assert worker.returncode == 0, output
        articles = stored(db)
        assert sorted(articles) == sorted(site.url(p) for p in site.article_paths)
        assert set(articles.values()) == {1}
        assert site.count <= site.article_fetches() <= site.count + 3
        pages, articles_new, frontier = assert_job_done(db)
        assert articles_new == site.count and frontier
        # the workers shared the work, each in WARC files of its own (a worker that
        # started late on a loaded machine may have found nothing left to take)
        owners = {p.name.rsplit("-", 1)[1] for p in warcs.glob("*.warc.gz")}
        assert len(owners) >= 2
        assert_archive_whole(db, warcs)
        # a new one-job worker finds the job finished and says so
        late = chancery("worker", "--once", "--job", out.stdout.split("job ")[1].split()[0],
                        "--redis", redis_url, "--db", str(db), "--warc-dir", str(warcs), check=False)
        assert late.returncode == NO_JOB_EXIT and "finished" in late.stderr


def test_a_worker_killed_halfway_loses_nothing(tmp_path):
    site = NewsSite(300)
    with redis_server() as redis_url, site.serve():
        db, warcs = tmp_path / "corpus.db", tmp_path / "warc"
        # Each worker takes 4 requests at most: a busy worker asks Redis for more after
        # each response and an idle one once a second, so with 16 each the first two
        # could keep the queue empty and leave the one to be killed nothing to lose.
        slow = ["-s", "DOWNLOAD_DELAY=0.01", "-s", "CONCURRENT_REQUESTS=4"]
        workers = [start_worker(redis_url, db, warcs, tmp_path / f"worker{i}.log", *slow)
                   for i in range(3)]
        seed(site, redis_url, db, warcs)
        deadline = time.monotonic() + 60
        while site.article_fetches() < site.count // 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert workers[0].poll() is None, "the crawl ended before the kill: slow it down"
        workers[0].send_signal(signal.SIGKILL)
        workers[0].communicate(timeout=30)
        outputs = finish(workers[1:])
        for worker, output in zip(workers[1:], outputs):
            assert worker.returncode == 0, output
        articles = stored(db)
        assert sorted(articles) == sorted(site.url(p) for p in site.article_paths)
        assert set(articles.values()) == {1}
        assert_job_done(db)
        # the dead worker's WARC file was left open; the survivors repaired it
        assert_archive_whole(db, warcs)
        logs = "".join((tmp_path / f"worker{i}.log").read_text() for i in (1, 2))
        assert "go back to the queue" in logs


def test_a_worker_without_a_job_says_so():
    with redis_server() as redis_url:
        out = chancery("worker", "--once", "--redis", redis_url, check=False)
        assert out.returncode == NO_JOB_EXIT and "no unfinished job" in out.stderr
        for once in (["--once"], []):
            out = chancery("worker", *once, "--redis", "redis://127.0.0.1:1/0", check=False)
            assert out.returncode == 1 and "Redis at redis://127.0.0.1:1/0" in out.stderr
