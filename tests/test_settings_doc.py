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
