"""The fork server the extraction workers are forked from (multiprocessing's
"forkserver" start method), without Scrapy's imports: ``chancery crawl`` starts
it before it imports Scrapy, so that the extractor's imports and warm-up (in the
fork server, see ``pipelines.warm``) run beside the crawl process's own start-up."""

import multiprocessing
import multiprocessing.forkserver

#: What the fork server imports before it forks a worker.
PRELOAD = ["pipelines.warm", "pipelines.extractor"]


def start() -> None:
    """Start the fork server now, if it is not running yet."""
    multiprocessing.set_forkserver_preload(PRELOAD)
    multiprocessing.forkserver.ensure_running()
