"""Every setting of ours has a default in crawler/settings.py and a line in docs/settings.md."""

import re

from crawler import settings
from tests.conftest import REPO

PREFIXES = ("WARC_", "CORPUS_", "EXTRACT_", "CHANCERY_")


def test_every_setting_is_documented():
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", (REPO / "docs/settings.md").read_text(), re.M))
    ours = {name for name in dir(settings) if name.startswith(PREFIXES)}
    assert ours, "no settings found"
    assert ours - documented == set(), "undocumented settings"
    assert documented - ours == set(), "documented settings that do not exist"


def test_nothing_open_that_should_not_be():
    assert settings.TELNETCONSOLE_ENABLED is False
    assert settings.ROBOTSTXT_OBEY is True
    assert "Chancery" in settings.USER_AGENT and "+http" in settings.USER_AGENT


def test_every_component_named_in_the_settings_loads():
    from scrapy.utils.misc import load_object

    named = [settings.STATS_CLASS]
    for table in (settings.EXTENSIONS, settings.DOWNLOADER_MIDDLEWARES,
                  settings.SPIDER_MIDDLEWARES, settings.ITEM_PIPELINES):
        named += [path for path, order in table.items() if order is not None]
    for path in named:
        assert load_object(path), path
