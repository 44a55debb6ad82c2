"""CDXJ indexes beside the WARC files: written on close, rebuilt by `chancery index`."""

from __future__ import annotations

import json


from archive.cdxj import cdxj_lines, index_path
from archive.warc import read_record
from tests.conftest import chancery


# The second crawl re-checks with conditional requests: 304 revisits.
DEMO_RUNS = [("-s", "WARC_MAX_SIZE=100000"), ()]


def lines(path):
    return [line.split(" ", 2) for line in path.read_text().splitlines()]


def test_every_closed_warc_has_a_sorted_index_that_points_at_its_records(crawled):
    folder = crawled / "warc"
    warcs = sorted(folder.glob("*.warc.gz"))
    assert len(warcs) >= 3
    for warc in warcs:
        index = index_path(warc)
        assert index.exists(), index
        entries = lines(index)
        assert [e[:2] for e in entries] == sorted(e[:2] for e in entries)
        for key, stamp, blob in entries:
            fields = json.loads(blob)
            assert fields["filename"] == warc.name
            record, _content = read_record(folder, warc.name, int(fields["offset"]))
            assert record.rec_headers.get_header("WARC-Target-URI") == fields["url"]
            assert record.rec_headers.get_header("WARC-Date").replace("-", "").replace(
                ":", "").replace("T", "").startswith(stamp)


def test_crawl_index_is_the_one_cdxj_indexer_writes(crawled):
    """The crawl writes each index from the lines it kept while writing the file:
    they must be the lines cdxj-indexer reads from the file, responses and revisits alike."""
    warcs = sorted((crawled / "warc").glob("*.warc.gz"))
    for warc in warcs:
        assert index_path(warc).read_text().splitlines(keepends=True) == cdxj_lines(warc), warc.name
    revisits = [line for warc in warcs for line in index_path(warc).read_text().splitlines()
                if '"warc/revisit"' in line]
    assert revisits, "the second crawl wrote no identical-payload revisit"


def test_an_index_larger_than_the_sort_buffer_is_sorted_in_runs_and_merged(crawled):
    """`chancery index` sorts in bounded memory: with a buffer of a few lines,
    cdxj-indexer sorts runs into temporary files and merges them, and the index
    is the same as one sorted whole."""
    import io

    from archive.cdxj import write_lines

    warc = max(sorted((crawled / "warc").glob("*.warc.gz")), key=lambda p: len(cdxj_lines(p)))
    whole = cdxj_lines(warc)
    assert len(whole) > 10
    out = io.StringIO()
    write_lines(warc, out, buffer=2000)  # a few lines a run
    assert out.getvalue().splitlines(keepends=True) == whole


def test_304_revisits_are_left_out_so_replay_finds_the_page(crawled):
    indexed = set()
    for index in (crawled / "warc").glob("*.cdxj"):
        indexed |= {(json.loads(b)["url"], json.loads(b)["status"]) for _k, _s, b in lines(index)}
    assert not any(status == "304" for _url, status in indexed)
    assert any(status == "200" for _url, status in indexed)


def test_index_command_rebuilds_missing_indexes(crawled, tmp_path):
    import shutil

    folder = tmp_path / "warc"
    shutil.copytree(crawled / "warc", folder)
    indexes = sorted(folder.glob("*.cdxj"))
    before = {p.name: p.read_text() for p in indexes}
    for index in indexes:
        index.unlink()
    result = chancery("index", "--warc-dir", str(folder))
    assert f"{len(before)} index(es) written" in result.stdout
    assert {p.name: p.read_text() for p in folder.glob("*.cdxj")} == before
    assert "0 index(es)" in chancery("index", "--warc-dir", str(folder)).stdout
    assert f"{len(before)} index(es)" in chancery("index", "--warc-dir", str(folder), "--rebuild").stdout


def test_lines_spilled_to_temporary_runs_merge_into_the_same_index(crawled, tmp_path):
    """A long crawl moves a file's lines to sorted temporary runs as it goes (flat
    memory); merged on close they make the index the lines kept in memory make."""
    import sqlite3

    from archive.cdxj import RunningIndex

    db = sqlite3.connect(crawled / "corpus.db")
    db.row_factory = sqlite3.Row
    rows = [dict(row) for row in db.execute("SELECT * FROM captures ORDER BY id")]
    db.close()
    kept, spilled = RunningIndex(spill=10**9), RunningIndex(spill=3)
    for row in rows:
        kept.add(row, row["url"])
        spilled.add(row, row["url"])
    assert spilled.runs and not kept.runs
    (tmp_path / "kept").mkdir()
    (tmp_path / "spilled").mkdir()
    names = {row["warc_file"] for row in rows}  # every file written (its runs closed) first
    indexes = {name: (kept.write(tmp_path / "kept" / name).read_text(),
                      spilled.write(tmp_path / "spilled" / name).read_text()) for name in names}
    for whole, merged in indexes.values():
        assert merged == whole
    # a file rotated at 100 KB may hold one large record; the files hold many between them
    assert sum(whole.count("\n") for whole, _ in indexes.values()) >= 3 * len(names)
