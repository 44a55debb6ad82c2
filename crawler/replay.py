"""Replay: the WARC folder served by pywb on 127.0.0.1.

pywb pins old versions of several libraries (and ships ``brotlipy``, which
shadows the ``brotli`` module Scrapy uses), so it lives in a virtualenv of its
own, ``.venv-pywb`` beside ``.venv`` (``make pywb`` makes it, and so does the
first ``chancery replay``).  pywb is started as a child process with a
``config.yaml`` whose one collection, ``chancery``, reads the WARC files and
their CDXJ indexes straight from the WARC folder: nothing is copied.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from archive.cdxj import index_folder

COLLECTION = "chancery"
REPO = Path(__file__).resolve().parent.parent
PYWB_VENV = REPO / ".venv-pywb"
PYWB_REQUIREMENT = "pywb>=2.8"
START_TIMEOUT = 60.0


class ReplayError(RuntimeError):
    """pywb could not be found, installed or started."""


def find_wayback() -> Path | None:
    """pywb's ``wayback`` server: beside this Python, in .venv-pywb, or on PATH."""
    candidates = [Path(sys.executable).parent / "wayback", PYWB_VENV / "bin" / "wayback"]
    found = shutil.which("wayback")
    if found:
        candidates.append(Path(found))
    return next((c for c in candidates if c.exists()), None)


def install_pywb(venv: Path = PYWB_VENV, echo: Callable[[str], None] = print) -> Path:
    """Make a virtualenv holding pywb; return its ``wayback``."""
    echo(f"Installing pywb into {venv} (once) ...")
    base = getattr(sys, "_base_executable", sys.executable)
    try:
        subprocess.run([base, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        PYWB_REQUIREMENT], check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise ReplayError(f"could not install pywb into {venv}: {exc}") from exc
    return venv / "bin" / "wayback"


def write_config(folder: Path, warc_dir: Path) -> Path:
    """pywb's config.yaml: one collection reading the WARC folder and its CDXJ files."""
    warc_dir = warc_dir.resolve()
    config = folder / "config.yaml"
    config.write_text(
        "# Written by `chancery replay`.\n"
        "collections:\n"
        f"  {COLLECTION}:\n"
        f"    index_paths: {warc_dir}/\n"
        f"    archive_paths: {warc_dir}/\n"
        "framed_replay: true\n"
        "enable_memento: true\n",
        encoding="utf-8",
    )
    return config


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Replay:
    """A running pywb: its base URL and the replay URL of a capture."""

    def __init__(self, process: subprocess.Popen, port: int, folder: Path):
        self.process = process
        self.port = port
        self.folder = folder
        self.base_url = f"http://127.0.0.1:{port}"

    def url(self, target: str, timestamp: str = "", frame: bool = True) -> str:
        """The replay URL of ``target`` at ``timestamp`` (YYYYMMDDhhmmss, or any prefix)."""
        modifier = "" if frame else "mp_"
        stamp = f"{timestamp}{modifier}/" if (timestamp or modifier) else ""
        return f"{self.base_url}/{COLLECTION}/{stamp}{target}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def running(warc_dir: Path | str, *, port: int = 0, collection_dir: Path | str | None = None,
            install: bool = True, echo: Callable[[str], None] = print,
            log: Path | None = None) -> Iterator[Replay]:
    """pywb serving ``warc_dir`` on 127.0.0.1 for the duration of the block."""
    warc_dir = Path(warc_dir)
    if not warc_dir.is_dir():
        raise ReplayError(f"no WARC folder at {warc_dir}")
    index_folder(warc_dir)  # WARC files closed before indexes existed, or repaired ones
    wayback = find_wayback() or (install_pywb(echo=echo) if install else None)
    if wayback is None:
        raise ReplayError("pywb is not installed: run `make pywb`")
    with tempfile.TemporaryDirectory(prefix="chancery-pywb-") as temp:
        folder = Path(collection_dir) if collection_dir else Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        write_config(folder, warc_dir)
        port = port or free_port()
        out = open(log, "ab") if log else subprocess.DEVNULL
        try:
            process = subprocess.Popen(
                [str(wayback), "--bind", "127.0.0.1", "--port", str(port)],
                cwd=folder, stdout=out, stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
        finally:
            if log:
                out.close()
        replay = Replay(process, port, folder)
        try:
            wait_until_up(replay)
            yield replay
        finally:
            replay.stop()


def wait_until_up(replay: Replay, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if replay.process.poll() is not None:
            raise ReplayError(f"pywb exited with status {replay.process.returncode}")
        try:
            with urllib.request.urlopen(replay.base_url + "/", timeout=2) as answer:
                answer.read()
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise ReplayError(f"pywb did not answer on {replay.base_url} within {timeout:g} s")


def serve(warc_dir: Path | str, *, port: int = 8080, collection_dir: Path | str | None = None,
          echo: Callable[[str], None] = print) -> None:
    """Run pywb until interrupted (Ctrl-C or SIGTERM, either of which stops pywb too)."""
    signal.signal(signal.SIGTERM, _stop)
    with running(warc_dir, port=port, collection_dir=collection_dir, echo=echo) as replay:
        echo(f"pywb is replaying {warc_dir} at {replay.base_url}/{COLLECTION}/")
        echo(f"Open {replay.url('https://example.org/any-captured-url')} (any captured URL);"
             " Ctrl-C stops it.")
        try:
            replay.process.wait()
        except KeyboardInterrupt:
            echo("Stopping pywb")


def _stop(signum, frame):
    raise KeyboardInterrupt
