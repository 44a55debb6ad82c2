"""A crawl run in a child process, with the stop signals of its parent passed on:
what the schedule daemon and the fleet worker loop both do.

The child runs in a session of its own, so Ctrl-C in a terminal reaches the parent
only.  The first signal passed on lets the crawl finish what is in flight and close
cleanly (resumable); a second stops it at once (still resumable: WARC files left
open are cut back to the last whole record).  Every signal goes on as SIGTERM:
Scrapy stops on SIGTERM and SIGINT, but a SIGHUP would kill it uncleanly.  A signal
that comes while no child runs is passed on to the next one as soon as it starts
(the parent was stopping as it started it).
"""

from __future__ import annotations

import logging
import signal
import subprocess
import threading
from typing import Callable, TextIO

logger = logging.getLogger(__name__)


class ChildCrawl:
    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.passed = 0  # signals passed on to the running child
        self._pending: list[int] = []  # signals that came while no child ran

    def forward(self, signum: int) -> None:
        """Pass a stop signal to the running crawl, or to the next one as it starts.
        Called from signal handlers, which run in the main thread, as ``run`` does."""
        process = self.process
        if process is None:
            self._pending.append(signum)
            return
        if process.poll() is not None:
            return
        self.passed += 1
        logger.warning("%s: passing SIGTERM to crawl process %d (%s)", signal.Signals(signum).name,
                       process.pid, "stopping at once" if self.passed > 1
                       else "finishing what is in flight; send it again to stop at once")
        process.send_signal(signal.SIGTERM)

    def run(self, command: list[str], stderr: Callable[[TextIO], None] | None = None) -> tuple[int, int]:
        """Run ``command`` to its end; ``stderr``, if given, reads the child's standard
        error (in a thread).  Returns (pid, exit status), a death by signal N as 128 + N."""
        self.passed = 0
        try:
            with subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True,
                                  stderr=subprocess.PIPE if stderr else None, text=True,
                                  errors="replace") as process:
                self.process = process
                while self._pending:  # a signal that came first goes on now
                    self.forward(self._pending.pop(0))
                reader = threading.Thread(target=stderr, args=(process.stderr,), daemon=True) \
                    if stderr else None
                if reader:
                    reader.start()
                try:
                    status = process.wait()
                finally:
                    if reader:
                        reader.join()
        finally:
            self.process = None
        return process.pid, 128 - status if status < 0 else status
