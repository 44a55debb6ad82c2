"""The command line as a user meets it: profiles, help, clean errors."""

import click

from spiders import profiles
from crawler.cli import cli
from spiders.links import Scope
from tests.conftest import chancery


def test_sites_lists_every_profile():
    result = chancery("sites")
    names = [p.name for p in profiles.available()]
    assert "diplomatic-insight" in names and len(names) >= 3
    for name in names:
        assert name in result.stdout


def test_every_profile_is_consistent():
    for profile in profiles.available():
        assert profile.title and profile.start_urls
        scope = Scope.around(profile.hosts or profile.start_urls, profile.scope)
        assert all(scope.allows(url) for url in profile.start_urls), profile.name


def test_unknown_profile_is_a_clean_error(tmp_path):
    result = chancery("crawl", "no-such-site", "--db", str(tmp_path / "c.db"), check=False)
    assert result.returncode != 0
    assert "no site profile named 'no-such-site'" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_command_has_an_example():
    def commands(group, path=()):
        for name, command in group.commands.items():
            if isinstance(command, click.Group):
                yield from commands(command, path + (name,))
            else:
                yield path + (name,), command

    found = dict(commands(cli))
    assert {("crawl",), ("sites",), ("search",), ("demo",)} <= set(found)
    for path, command in found.items():
        assert "Example:" in (command.help or ""), " ".join(path)
