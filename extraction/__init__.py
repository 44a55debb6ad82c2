"""Article extraction: clean body text, trustworthy metadata and the page's
judgement (article, listing, or not an article) from one HTML page.

``extract(html, url, hints)`` is a pure function (no Scrapy, no I/O, no global
state) returning an ``Article``, so the crawler can run it in a process pool
under a time limit.  This package imports only the standard library, lxml,
trafilatura, htmldate, babel (day and month names) and ``archive`` (formats, the
countries' names);
never Scrapy, ``spiders``, ``pipelines`` or ``crawler``.

Its stages, one module each, in the order ``extraction.assembly.extract`` runs them:

- ``parse``: decode and parse (trafilatura's parser settings, input and tree caps);
- ``structured``: what the page declares (JSON-LD, meta tags, microdata, ``<link>``);
- ``metadata`` with ``titles``, ``authors`` (names cleaned by ``names``), ``section``
  and ``dates``: title, authors, dates, section, tags,
  language... (JSON-LD first, then Open Graph / ``article:`` meta, microdata and
  Dublin Core; for a field still empty, the page's app state (``appdata``: Next.js),
  then trafilatura's finder for it and htmldate);
- ``judgement``: is it an article?  One function, one list of article types;
- ``tree``: the page cleaned in place (hidden and inert elements and page furniture
  dropped, bodies split into chunks joined, layout tables and embedded posts unwrapped);
- ``body``: trafilatura on that tree in fast mode (its full cascade, with readability
  and justext, only when that result is thin), lists and subheadings it dropped from
  between body paragraphs put back, the JSON-LD ``articleBody`` and the shingle confirmer;
- ``furniture``: the sweep of what trafilatura leaves behind (titles, bylines, dates,
  "Also Read" lines, share and newsletter prompts, captions, author boxes, teasers),
  with ``calls`` for calls to action (sign-up, consent, paywall, follow and app boxes)
  in any theme and language, and ``marked`` for what the markup sets apart (captions,
  standfirsts, overlines) (docs/extraction.md lists each rule's signal);
- ``assembly``: ``extract`` itself, and the choice between the page's body and its
  JSON-LD ``articleBody`` (or a site profile's ``content_selector``).

Cost: about 0.75 of what plain ``trafilatura.extract`` costs on news pages, 0.8 on
the Zyte benchmark (bench/extraction.py prints the ratio).  Whole-tree walks are
few and shared: XPath ``//*[...]`` walks the tree in libxml2 each time (trafilatura
runs a dozen, some calling Python regexes: hence the furniture dropped first), and
each element lxml hands to Python costs a call.
"""

from extraction.article import FIELDS, Article
from extraction.assembly import WARM_UP_PAGE, extract, warm_up
from extraction.authors import clean_authors
from extraction.judgement import ARTICLE, ARTICLE_TYPES, LISTING, NOT_ARTICLE, Judgement, judge, judge_tree

__all__ = [
    "ARTICLE", "ARTICLE_TYPES", "Article", "FIELDS", "Judgement", "LISTING", "NOT_ARTICLE",
    "WARM_UP_PAGE", "clean_authors", "extract", "judge", "judge_tree", "warm_up",
]
