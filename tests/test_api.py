"""The Python API, and the README's worked example run as written."""

from __future__ import annotations

import re
import sqlite3

import pytest

from archive.api import CorpusNotFound, open_corpus
from tests.conftest import REPO


def update_one_article(site) -> None:
    from crawler.demo import load_demo_data

    data = load_demo_data()
    changed = next(a for a in data["articles"] if a["title"].startswith("Lavrov and Wang Yi"))
    changed["body"].append({"p": "Update: the ministers will meet again in Moscow in June."})
    changed["modified"] = "2024-04-12T10:00:00+05:00"
    site.rebuild(data)


DEMO_RUNS = [(), update_one_article, ()]  # the second crawl finds one article's text changed


def readme_example() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Python API", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_example_runs(crawled, monkeypatch, capsys):
    pytest.importorskip("pandas")
    (crawled / "data").mkdir(exist_ok=True)
    (crawled / "data" / "corpus.db").symlink_to(crawled / "corpus.db")
    monkeypatch.chdir(crawled)
    exec(compile(readme_example(), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Lavrov and Wang Yi pledge closer coordination" in out
    assert "**Lavrov**" in out
    assert "Diplomatic News" in out and "2024-04" in out


def test_article_with_versions_and_captures(crawled):
    with open_corpus(crawled / "corpus.db") as corpus:
        hit = corpus.search("Wang Yi Beijing")[0]
        article = corpus.article(hit["url"])
        assert article == corpus.article(hit["id"]) == corpus.article(str(hit["id"]))
        assert article["version"] == 2 and "meet again in Moscow" in article["text"]
        [old] = article["versions"]
        assert old["version"] == 1 and "meet again" not in old["text"]
        assert article["authors"] == ["Li Wen"] and isinstance(article["tags"], list)
        assert len(article["captures"]) >= 2
        assert {c["warc_file"].endswith(".warc.gz") for c in article["captures"]} == {True}
        assert article["capture_id"] in {c["id"] for c in article["captures"]}
        assert corpus.article(10**9) is None
        assert [c["id"] for c in corpus.crawls()] == [2, 1]


def test_iterate_and_count_with_filters(crawled):
    with open_corpus(crawled / "corpus.db") as corpus:
        every = list(corpus.articles())
        assert len(every) == corpus.count() == 32
        assert [a["published"] for a in every] == sorted((a["published"] for a in every),
                                                         reverse=True)
        interviews = list(corpus.articles(section="Interviews", columns=["id", "title"]))
        assert interviews and set(interviews[0]) == {"id", "title"}
        assert corpus.count("Lavrov", since="2024-02") == len(corpus.search("Lavrov",
                                                                             since="2024-02"))


def test_to_pandas(crawled):
    pd = pytest.importorskip("pandas")
    with open_corpus(crawled / "corpus.db") as corpus:
        frame = corpus.to_pandas(lang="en")
    assert len(frame) == 32
    assert isinstance(frame["authors"].iloc[0], list)
    assert str(frame["published"].dtype).startswith("datetime64")
    assert frame["published"].min() >= pd.Timestamp("2023-01-01", tz="UTC")


def test_readonly_never_writes(crawled, tmp_path):
    with open_corpus(crawled / "corpus.db") as corpus:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            corpus.conn.execute("DELETE FROM articles")
    with pytest.raises(CorpusNotFound):
        open_corpus(tmp_path / "none.db")
