"""Chancery as a Scrapyd project: deploy with scrapyd-client, run `news` through schedule.json."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from archive.corpus import Corpus
from tests.conftest import REPO, free_port, wait_for

pytest.importorskip("scrapyd")
pytest.importorskip("scrapyd_client")

BIN = Path(sys.executable).parent
PROJECT_FILES = ("scrapy.cfg", "setup.py", "pyproject.toml", "README.md")
PACKAGES = ("crawler", "middlewares", "spiders", "pipelines", "archive", "extraction")


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=30) as answer:
        return json.loads(answer.read())




@pytest.fixture
def scrapyd(tmp_path):
    """A real Scrapyd on 127.0.0.1 with its own config, eggs, logs and dbs in tmp_path."""
    home = tmp_path / "scrapyd"
    for folder in ("eggs", "logs", "dbs"):
        (home / folder).mkdir(parents=True)
    port = free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"eggs_dir = {home / 'eggs'}\n"
        f"logs_dir = {home / 'logs'}\n"
        f"dbs_dir = {home / 'dbs'}\n"
        "items_dir =\n"
        "max_proc = 1\n"
        "poll_interval = 0.5\n"
    )
    base = f"http://127.0.0.1:{port}"
    with open(home / "scrapyd.out", "w") as out:
        server = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=out,
                                  stderr=subprocess.STDOUT)
        try:
            wait_for(lambda: _answers(base) or server.poll() is not None, "Scrapyd to listen", 60)
            assert server.poll() is None, (home / "scrapyd.out").read_text()
            yield base, home
        finally:
            server.terminate()
            server.wait(timeout=60)


def _answers(base: str) -> bool:
    try:
        return api(base, "daemonstatus.json")["status"] == "ok"
    except (urllib.error.URLError, ConnectionError):
        return False


def project_copy(folder: Path, scrapyd_url: str) -> Path:
    """The project as a user checks it out, with a deploy target for this Scrapyd."""
    for name in PROJECT_FILES:
        shutil.copy2(REPO / name, folder / name)
    for package in PACKAGES:
        shutil.copytree(REPO / package, folder / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    with open(folder / "scrapy.cfg", "a") as cfg:
        cfg.write(f"\n[deploy:test]\nurl = {scrapyd_url}/\nproject = chancery\n")
    return folder


def test_scrapyd_runs_the_news_spider(scrapyd, demo_site, tmp_path):
    base, home = scrapyd
    (tmp_path / "project").mkdir()
    project = project_copy(tmp_path / "project", base)
    deploy = subprocess.run([str(BIN / "scrapyd-deploy"), "test", "-v", "1.0"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    assert json.loads(deploy.stdout)["status"] == "ok", deploy.stdout
    assert api(base, "listspiders.json?project=chancery")["spiders"] == ["news"]

    out = tmp_path / "out"
    section = demo_site.url("/category/interviews/")
    scheduled = api(base, "schedule.json", [
        ("project", "chancery"), ("spider", "news"), ("start_urls", section),
        ("setting", f"CORPUS_PATH={out / 'corpus.db'}"), ("setting", f"WARC_DIR={out / 'warc'}"),
        ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=False"),
    ])
    assert scheduled["status"] == "ok", scheduled
    job = scheduled["jobid"]

    def finished():
        jobs = api(base, "listjobs.json?project=chancery")
        return next((j for j in jobs["finished"] if j["id"] == job), None)

    wait_for(finished, "the Scrapyd job to finish", 180)
    log = next((home / "logs").rglob(f"{job}.log")).read_text()
    assert "Traceback" not in log, log[-5000:]
    with Corpus(out / "corpus.db") as corpus:
        [crawl] = list(corpus.db["crawls"].rows)
        urls = {row["url"] for row in corpus.db["articles"].rows}
    interviews = {a["url"] for a in demo_site.articles if a["section"] == "Interviews"}
    assert crawl["status"] == "finished" and crawl["articles_new"] == len(urls)
    assert interviews <= urls
    assert [f.name for f in (out / "warc").glob("*.warc.gz")] == json.loads(crawl["warc_files"])
