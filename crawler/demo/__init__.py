"""The bundled demo site: a WordPress-style diplomatic news site served on 127.0.0.1.

``chancery demo`` and the tests crawl it offline. It is modelled on a real news
theme (The Diplomatic Insight): every article page carries the furniture that
extraction has to strip, and the site offers the usual ways in (sections with
pagination, sitemaps, feeds) and the usual traps (tracking parameters, AMP
duplicates, a robots.txt-disallowed admin page, tag and author listings).

Use::

    with DemoSite.serve() as site:
        site.url("/category/news/diplomatic-news/")
        site.articles          # the gold records, newest first
        site.requests          # paths served so far

or write the files only: ``build_site(folder, base_url)``.

Layout (all paths root-relative to ``base_url``):

- ``/<slug>/``: an article; ``/<slug>/amp/``: its AMP variant (canonical: the article).
- ``/category/news/diplomatic-news/``, ``/category/news/embassy-news/``,
  ``/category/interviews/``: the three sections, 5 teasers a page, newest first;
  page N at ``<section>/page/N/``, with ``<link rel="prev|next">`` and visible
  "Newer posts" / "Older posts" / numbered links. ``/category/news/`` is their
  parent (all news). On section pages the second teaser of each page links with
  ``?utm_source=...`` parameters, and Diplomatic News page 2, third teaser, links
  to the article's ``/amp/`` page.
- ``/tag/<slug>/``, ``/author/<slug>/``: listings (not articles).
- ``/``: home, the 10 latest articles; ``/about/``, ``/contact/``: static pages.
- ``/feed/`` and ``<category>/feed/``: RSS 2.0 (10 newest), served as
  ``application/rss+xml`` from ``feed/index.rss``.
- ``/robots.txt`` (disallows ``/wp-admin/``, names the sitemap index),
  ``/sitemap_index.xml`` → ``/post-sitemap.xml`` (every article, with lastmod)
  and ``/page-sitemap.xml`` (home, about, contact).
- ``/wp-admin/``: a login page, linked from the footer ("Log in"), disallowed by robots.txt.

File mtimes are the article's ``modified`` (or ``published``) date, so
Last-Modified is meaningful; the server adds an ETag and answers conditional
requests with 304.

Article records (``build_site`` return value and ``DemoSite.articles``), newest first:
``slug``, ``title``, ``section`` (name), ``authors`` (list of names), ``published``
and ``modified`` (ISO 8601 with offset; ``modified`` may be None), ``tags``,
``description``, ``body`` (blocks: ``{"p": str}``, ``{"h2": str}``, ``{"ul": [str]}``),
``caption`` (image caption: furniture), ``also_read`` (title of the article
linked by the in-body "Also Read:" line: furniture), plus ``id`` (WordPress post
id), ``path``, ``url``, ``amp_url``, ``section_url`` (absolute), ``language``
(``"en"``) and ``text``, the gold body: blocks joined by a blank line
(``"\\n\\n"``), a list's items one a line (joined by ``"\\n"``).
"""

from .builder import build_site
from .content import load_demo_data
from .server import DemoSite

__all__ = ["DemoSite", "build_site", "load_demo_data"]
