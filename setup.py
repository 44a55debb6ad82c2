"""For scrapyd-deploy, which builds the Scrapyd egg with ``python setup.py bdist_egg``.

Everything (metadata, packages, the ``scrapy`` entry point naming
``crawler.settings``) is declared in pyproject.toml; without this file
scrapyd-deploy would write a setup.py of its own that leaves those out.
"""

from setuptools import setup

setup()
