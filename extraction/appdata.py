"""What a JavaScript app's page state says about the article.

Next.js serialises the props a page was rendered from into ``<script
id="__NEXT_DATA__" type="application/json">``, other renderers their warm-up state into
scripts of that type too.  Pages that declare little in their
markup (no JSON-LD, no ``article:`` meta, bylines in generated class names) still
carry the story there: the object whose headline is the page's title, with its
authors and publication time under names like schema.org's or the CMS's own
(``authors``, ``byline``; ``publishedAt``, ``datePublished``...).  A fallback for
fields the markup left empty; the framework's markup, never a site's.
"""

from __future__ import annotations

from typing import Any

from lxml.html import HtmlElement

from extraction.structured import JSON_DECODER, walk_json
from extraction.text import norm

STATE_XPATH = "//script[@id='__NEXT_DATA__' or @type='application/json']"
TITLE_KEYS = ("headline", "title", "name")
AUTHOR_KEYS = ("authors", "author", "byline", "bylines", "creators", "writers", "owner")
DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "publicationDate",
             "firstPublishedAt", "first_published_at", "firstPublishedDate", "pubDate")
NAME_KEYS = ("name", "displayName", "fullName", "title")


def app_story(tree: HtmlElement, title: str | None) -> dict:
    """The object of the page's app state whose headline is ``title`` and that names
    an author or a date; empty when the page has no such state."""
    if not title:
        return {}
    want = norm(title)
    for script in tree.xpath(STATE_XPATH):
        try:
            state = JSON_DECODER.decode(script.text or "")
        except ValueError:
            continue
        for obj in walk_json(state):
            if any(isinstance(obj.get(k), str) and norm(obj[k]) == want for k in TITLE_KEYS) \
                    and any(k in obj for k in (*AUTHOR_KEYS, *DATE_KEYS)):
                return obj
    return {}


def story_authors(story: dict) -> list[str]:
    """The author names the story object gives: strings, or objects' names."""
    value = next((story[k] for k in AUTHOR_KEYS if story.get(k)), None)
    names = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            item = next((item[k] for k in NAME_KEYS if isinstance(item.get(k), str)), None)
        if isinstance(item, str) and item.strip():
            names.append(item)
    return names


def story_published(story: dict) -> Any:
    """The story object's publication date, as written."""
    return next((story[k] for k in DATE_KEYS if story.get(k)), None)
