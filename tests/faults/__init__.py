"""Loopback sites that misbehave on purpose, and the checks fault tests share.

``routes`` builds the routes that script each fault on the tests' one server
(``tests/server.py``); ``pages`` writes the HTML of small news sites;
``site.NewsSite`` puts the two together; ``checks`` reads a crawl's log, stats,
ledger and WARC files.
"""
