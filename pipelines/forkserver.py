"""The fork server the extraction workers are forked from (multiprocessing's
"forkserver" start method), without Scrapy's imports: ``chancery crawl`` starts
it before it imports Scrapy, so that the extractor's imports and warm-up (in the
fork server, see ``pipelines.warm``) run beside the crawl process's own start-up."""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.forkserver
import multiprocessing.util
import os
import tempfile

#: What the fork server imports before it forks a worker.
PRELOAD = ["pipelines.warm", "pipelines.extractor"]
#: The longest temporary folder the fork server's socket fits in: a Unix socket's path
#: has 107 bytes at most, and multiprocessing adds a folder and the socket's name.
LONGEST_TEMP_DIR = 107 - len("/pymp-xxxxxxxx/listener-xxxxxxxx")


def start() -> None:
    """Start the fork server now, if it is not running yet."""
    context()
    multiprocessing.forkserver.ensure_running()


def context(preload: list[str] | None = PRELOAD) -> multiprocessing.context.BaseContext:
    """multiprocessing's "forkserver" context, with what its fork server imports first.

    Where ``TMPDIR`` is too long a path for a Unix socket (a deep working folder's),
    multiprocessing's own temporary folder is made in ``/tmp`` instead: the fork server
    could not listen otherwise."""
    if len(tempfile.gettempdir()) > LONGEST_TEMP_DIR and os.access("/tmp", os.W_OK):
        saved, tempfile.tempdir = tempfile.tempdir, "/tmp"
        try:
            multiprocessing.util.get_temp_dir()  # made once, removed at exit
        finally:
            tempfile.tempdir = saved
    forkserver = multiprocessing.get_context("forkserver")
    if preload:
        forkserver.set_forkserver_preload(preload)
    return forkserver
