"""Serving the benchmark site on 127.0.0.1: nginx when installed, else the standard library.

nginx runs as our own foreground process with a throw-away configuration (one
worker, no access log, sendfile); the fallback is ``python -m http.server``
(a ``ThreadingHTTPServer``).  Either is a separate process, so its CPU is not
counted against the crawlers measured.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NGINX_CONF = """\
{user}worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    types {{ text/html html; text/plain txt; application/json json; }}
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
    }}
}}
"""


PR_SET_PDEATHSIG = 1


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class StaticServer:
    """``with StaticServer(folder) as server: server.url("/path/")``."""

    def __init__(self, root: Path | str, prefer: str = "auto"):
        self.root = Path(root).resolve()
        self.prefer = prefer
        self.kind = ""
        self.port = 0
        self.process: subprocess.Popen | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None
        # The server's stderr: a file, not a pipe, since ``http.server`` logs each
        # request there and would stall once a pipe nobody reads is full (64 KB).
        self._stderr = None

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> "StaticServer":
        binary = nginx_binary() if self.prefer in ("auto", "nginx") else None
        if self.prefer == "nginx" and not binary:
            raise RuntimeError("nginx is not installed (apt-get install nginx-light)")
        self.port = free_port()
        if binary:
            self._tmp = tempfile.TemporaryDirectory(prefix="chancery-nginx-")
            conf = Path(self._tmp.name) / "nginx.conf"
            user = "user root;\n" if os.geteuid() == 0 else ""  # workers read what we can read
            conf.write_text(NGINX_CONF.format(user=user, tmp=self._tmp.name, port=self.port,
                                              root=self.root))
            command = [binary, "-c", str(conf), "-p", self._tmp.name]
            self.kind = f"nginx ({_nginx_version(binary)}, 1 worker)"
        else:
            command = [sys.executable, "-m", "http.server", "--bind", "127.0.0.1",
                       "--directory", str(self.root), str(self.port)]
            self.kind = f"python -m http.server (ThreadingHTTPServer, Python {sys.version.split()[0]})"
        self._stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=self._stderr,
                                        preexec_fn=_die_with_parent)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        for _ in range(200):
            if self.process.poll() is not None:
                self._stderr.seek(0)
                error = self._stderr.read().decode(errors="replace")
                self._stderr.close()
                raise RuntimeError(f"the static server did not start: {error}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the static server did not start listening")

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self._stderr.close()
            self.process = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def _die_with_parent() -> None:
    """In the server's process: be stopped (SIGTERM) when the process that started it dies."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _nginx_version(binary: str) -> str:
    result = subprocess.run([binary, "-v"], capture_output=True, text=True)
    return (result.stderr or result.stdout).strip().split(":")[-1].strip()
