"""The crawl process's C allocator, set for a long crawl (``crawler.run.long_running_malloc``):
a page-sized block is mapped for itself, so that freeing it leaves no hole in the heap."""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys

import pytest

PROBE = """
import ctypes, sys
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
libc = ctypes.CDLL(None)
libc.mallinfo2.restype = Info
if sys.argv[1] == "crawl":
    from crawler.run import long_running_malloc
    long_running_malloc()
big = bytes(1 << 20)  # freed: glibc's own threshold then rises to 1 MB
del big
before = libc.mallinfo2().hblks
pages = [b"x" * 100_000 for _ in range(50)]  # the bodies of pages in flight
print(libc.mallinfo2().hblks - before)
"""


def mapped_blocks(mode: str, threshold: str | None = None) -> int:
    """Blocks mapped for themselves by allocating 50 page-sized blocks, in a fresh process
    (glibc maps a block for itself only where the heap has no room for it)."""
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_MMAP_THRESHOLD_"}
    if threshold:
        env["MALLOC_MMAP_THRESHOLD_"] = threshold
    result = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True, env=env)
    return int(result.stdout)


@pytest.mark.skipif(ctypes.util.find_library("c") is None or not sys.platform.startswith("linux"),
                    reason="glibc's allocator")
def test_a_page_sized_block_is_mapped_for_itself_in_a_crawl_process():
    assert mapped_blocks("plain") == 0  # glibc's default: from the heap, once a larger block was freed
    assert mapped_blocks("crawl") >= 40
    assert mapped_blocks("crawl", threshold=str(1 << 20)) == 0  # the archivist's own setting rules
