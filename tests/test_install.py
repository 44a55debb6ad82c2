"""Chancery installed as operators install it: a wheel built with ``python -m
build``, installed into a bare virtualenv (no extras, no ``-e``), crawls the demo
site and stores its articles."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import venv

import pytest

from tests.conftest import REPO

pytest.importorskip("build")

SOURCES = ("pyproject.toml", "setup.py", "README.md", "scrapy.cfg")
#: What a bare venv must not lean on: the repository's own packages and the
#: test extras installed in the venv running the tests.
CLEAN_ENV = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")


def run(*args, cwd, timeout=600, env=None) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                            timeout=timeout, env=env)
    assert result.returncode == 0, f"{args} exited {result.returncode}\n{result.stdout[-3000:]}" \
                                   f"\n{result.stderr[-5000:]}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The wheel, built from a copy of the sources (as a clean checkout builds it)."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        shutil.copy(REPO / name, source / name)
    for package in ("crawler", "middlewares", "spiders", "pipelines", "archive", "extraction"):
        if (REPO / package).is_dir():
            shutil.copytree(REPO / package, source / package,
                            ignore=shutil.ignore_patterns("__pycache__"))
    built = run(sys.executable, "-m", "build", "--wheel", "--outdir", source / "dist", ".",
                cwd=source)
    output = built.stdout + built.stderr
    assert "deprecat" not in output.lower(), output  # e.g. the license table setuptools refuses
    [path] = (source / "dist").glob("chancery-*.whl")
    return path


def test_a_plain_install_crawls_and_extracts(wheel, tmp_path):
    home = tmp_path / "venv"
    venv.create(home, with_pip=True)
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    run(home / "bin" / "python", "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path, env=env)
    work = tmp_path / "work"
    work.mkdir()
    result = run(home / "bin" / "chancery", "demo", "--port", "0", cwd=work, env=env)
    assert "finished" in result.stdout
    with sqlite3.connect(work / "data" / "corpus.db") as conn:
        stored = conn.execute("SELECT count(*) FROM articles WHERE length(text) > 200").fetchone()[0]
        errors = conn.execute("SELECT errors FROM crawls").fetchone()[0]
    assert stored == 32 and errors == 0
    version = run(home / "bin" / "chancery", "version", cwd=work, env=env)
    assert "extraction" in version.stdout and "ok" in version.stdout
    served_charts(home / "bin" / "chancery", work, env)


def served_charts(chancery, work, env) -> None:
    """The installed `chancery serve` has its charts page, the JavaScript included."""
    import urllib.request

    from tests.conftest import free_port, listening, wait_for

    port = free_port()
    server = subprocess.Popen([str(chancery), "serve", "--port", str(port)], cwd=work, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: listening(port) or server.poll() is not None, "chancery serve", 60, 0.1)
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/-/dashboards/coverage?q=Lavrov", timeout=60) as page:
            html = page.read().decode()
        [script] = re.findall(r'src="(/-/static-plugins/[^"]+/vega-lite[^"]*)"', html)
        with urllib.request.urlopen(base + script, timeout=60) as js:
            assert js.status == 200 and len(js.read()) > 100_000
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=60)
    assert "Traceback" not in errors, errors
