"""The whole-archive commands' memory benchmark runs end to end on two tiny archives.

Not a timed test: it checks that every command ran over both and was measured.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO


def test_archive_memory_measures_every_command_at_both_sizes(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bench.archive_memory", "--pages", "8,16", "--workdir", str(tmp_path),
         "--json", str(tmp_path / "memory.json")],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    figures = json.loads((tmp_path / "memory.json").read_text())["results"]
    assert sorted(figures) == sorted(["verify", "index", "reindex", "wacz", "export"])
    for name, by_size in figures.items():
        assert sorted(by_size) == ["16", "8"], name
        for size, run in by_size.items():
            assert run["returncode"] == 0 and run["peak_rss_max"] > 0 and run["cpu"] > 0, (name, size)
            assert run["cores"] > 0, (name, size)
    for name in figures:
        assert f"| {name} |" in result.stdout
    assert (tmp_path / "archive-16" / "done").exists()  # kept for the next run
