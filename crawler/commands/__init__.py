"""The commands of ``chancery`` (``crawler.cli`` puts them together), one module a
family: crawling, the corpus, the archive tools, schedules."""
