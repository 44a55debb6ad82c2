"""Loopback servers that misbehave on purpose, and the checks fault tests share.

``server.FaultServer`` is a threaded HTTP server whose routes script each
fault; ``routes`` builds those routes; ``pages`` writes the HTML of small news
sites; ``site.NewsSite`` puts the two together; ``checks`` reads a crawl's log,
stats, ledger and WARC files.
"""
