"""chancery verify's cross-checks over a re-crawled archive: revisits and their
originals, and what points at a missing WARC file (archive/crosscheck.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3

from tests.conftest import chancery

# Two crawls, each into its own WARC files: the second writes revisits of the first's pages.
DEMO_RUNS = [(), ()]


def report(out) -> dict:
    result = chancery("verify", "--db", str(out / "corpus.db"), "--warc-dir", str(out / "warc"),
                      "--json", check=False)
    return json.loads(result.stdout)


def test_revisits_find_their_originals(crawled):
    found = report(crawled)
    assert found["ok"], found["faults"]
    assert found["counts"]["records/revisit"] > 0


def test_revisits_of_a_missing_file_and_what_points_at_it_are_named(crawled, tmp_path):
    out = tmp_path / "a"
    shutil.copytree(crawled, out)
    db = sqlite3.connect(out / "corpus.db")
    first = db.execute("SELECT warc_file FROM captures WHERE record_type = 'response'"
                       " ORDER BY fetched LIMIT 1").fetchone()[0]
    captures = db.execute("SELECT count(*) FROM captures WHERE warc_file = ?", [first]).fetchone()[0]
    articles = db.execute("SELECT count(*) FROM articles a JOIN captures c ON c.id = a.capture_id"
                          " WHERE c.warc_file = ?", [first]).fetchone()[0]
    originals = db.execute("SELECT count(*) FROM captures v JOIN captures o ON o.id = v.refers_to"
                           " WHERE v.record_type = 'revisit' AND o.warc_file = ?", [first]).fetchone()[0]
    db.close()
    assert captures and originals
    (out / "warc" / first).unlink()

    found = report(out)
    missing = [f for f in found["faults"] if f["kind"] == "missing-file"]
    assert [f["where"] for f in missing] == [first]
    assert f"{captures} captures and {articles} articles point at it" in missing[0]["message"]
    assert "listed by crawl 1" in missing[0]["message"]
    revisits = [f for f in found["faults"] if f["kind"] == "revisit"]
    assert len(revisits) >= originals
    assert all("refers to a record not in the archive" in f["message"] for f in revisits)
