"""Metadata: title, authors, dates, section, tags, language, description, image,
canonical URL, site name and schema.org type of a page.

JSON-LD first, then Open Graph / ``article:`` meta, microdata and Dublin Core;
for a field still empty, trafilatura's finder for it and htmldate.  Authors and
dates have modules of their own (``extraction.authors``, ``extraction.dates``).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Iterable

from lxml import etree
from lxml.html import HtmlElement

from extraction.appdata import app_story, story_authors, story_published
from extraction.authors import authors_of, clean_authors
from extraction import date_order, dates, eras, ethiopic, jalali, months, nepali, other_dates, shown_dates, thai
from extraction.scope import article_scope, without_furniture
from extraction.section import section_of
from extraction.structured import Page, Publisher, first, itemprops, json_text, types_of
from extraction.titles import title_of
from extraction.text import clean_space

log = logging.getLogger(__name__)


def metadata(page: Page, art: dict, url: str, hints: dict) -> dict[str, Any]:
    """The Article's metadata fields of a page (``art``: its JSON-LD article object)."""
    tree = page.tree
    props = itemprops(tree)
    scope = article_scope(tree)
    by_id = _by_id(page.objects)
    publisher = Publisher(page, art, by_id, url)
    title = title_of(page, art, publisher, props["headline"])
    values = dates.published_values(page, art, props)
    language = _language(tree, art, page)
    fields = {
        "title": title,
        "site_name": first(page.meta("og:site_name", "application-name"), _publisher_name(art, by_id)),
        "published": dates.published(page, values),
        "modified": dates.modified(page, art, props),
        "authors": authors_of(page, scope, art, by_id, hints, publisher, language),
        "section": section_of(page, scope, art, props, title, url),
        "tags": _tags(scope, art, page),
        "language": language,
        "description": first(
            json_text(art.get("description")), page.meta("og:description", "description", "twitter:description")
        ),
        "image": _image(page, art),
        "canonical": first(page.links.get("canonical")),
        "page_type": _page_type(page, art),
    }
    if not fields["authors"] or len(fields["published"] or "") <= 10:
        _from_app_state(fields, tree, values)
    declared_day = fields["published"]
    if not (fields["title"] and fields["published"] and fields["authors"]):
        _fill_in(fields, tree, scope, page, url, publisher)
    fields["published"] = dates.timed(tree, fields["published"], values)
    if fields["published"] and len(fields["published"]) == 10:  # a day whose time no source gave
        fields["published"] = shown_dates.shown_time(scope, fields["published"], fields["language"],
                                               read=not declared_day)
    shared = min(len(fields["modified"] or ""), len(fields["published"] or ""), 19)
    if shared and fields["modified"][:shared] < fields["published"][:shared]:
        fields["modified"] = None  # compared as written (wall clock), with or without an offset
    return fields


def _page_type(page: Page, art: dict) -> str | None:
    """The article object's schema.org type as written, else the page's ``og:type``."""
    types = sorted(types_of(art)) if art else []
    written = art.get("@type") if isinstance(art.get("@type"), str) else (types[0] if types else None)
    return written or first(page.meta("og:type"))


def _image(page: Page, art: dict) -> str | None:
    image = art.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, dict):
        image = image.get("url") or image.get("contentUrl")
    return first(page.meta("og:image", "og:image:url", "twitter:image"), image if isinstance(image, str) else None)


def _from_app_state(fields: dict[str, Any], tree: HtmlElement, values: list[str | None]) -> None:
    """Authors and publication date the markup left out, from the page's app state
    (``extraction.appdata``); its date also joins the declared ``values``."""
    story = app_story(tree, fields["title"])
    if not story:
        return
    fields["authors"] = fields["authors"] or clean_authors(story_authors(story), fields["site_name"])
    published = dates.iso(story_published(story))
    fields["published"] = fields["published"] or published
    values.append(published)


def _fill_in(fields: dict[str, Any], tree: HtmlElement, scope: HtmlElement, page: Page, url: str,
             publisher: Publisher) -> None:
    """Fields structured data left empty, from trafilatura's and htmldate's finders."""
    page_url = first(fields["canonical"], page.meta("og:url"))
    page_url = page_url if (page_url or "").startswith(("http://", "https://")) else url
    found = _fallback_metadata(tree, scope, page_url, fields["title"], fields["published"], fields["authors"],
                               fields["section"], fields["tags"], fields["language"])
    fields["title"] = fields["title"] or found.get("title")
    fields["published"] = fields["published"] or dates.iso(found.get("date")) \
        or _shown_date(other_dates.without_cards(scope), fields["language"])  # a card's date is its page's
    if not fields["authors"] and found.get("author"):
        scope_text = clean_space(scope.text_content())
        fields["authors"] = [a for a in clean_authors([found["author"]], fields["site_name"])
                             if a in scope_text and not publisher.names_category(a)]
    fields["section"] = fields["section"] or first(found.get("categories") or [])
    fields["tags"] = fields["tags"] or _split_tags(found.get("tags") or [])
    fields["site_name"] = fields["site_name"] or _host_name(page_url)


def _shown_date(scope: HtmlElement, language: str | None) -> str | None:
    """The first date the page shows in a calendar or a form htmldate does not read."""
    return jalali.published(scope) or thai.published(scope) or ethiopic.published(scope) or nepali.published(scope) \
        or eras.published(scope, language) or shown_dates.shown_cjk(scope) or shown_dates.shown(scope, language) \
        or months.published(scope, language)


def _by_id(objects: list[dict]) -> dict[str, dict]:
    """The JSON-LD objects by their ``@id``: for each, the fullest object of that id, not
    a reference to it (``{"@id": ...}`` alone, which a ``@graph`` may list after the
    object it names: an article's ``author`` pointing at the organisation)."""
    found: dict[str, dict] = {}
    for o in objects:
        key = o.get("@id")
        if isinstance(key, str) and len(o) > len(found.get(key, ())):
            found[key] = o
    return found


def _publisher_name(art: dict, by_id: dict) -> str | None:
    pub = art.get("publisher")
    if isinstance(pub, dict) and "name" not in pub and isinstance(pub.get("@id"), str):
        pub = by_id.get(pub["@id"], pub)
    return json_text(pub)


def _split_tags(values: Iterable[Any]) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for value in values:
        if isinstance(value, dict):
            value = value.get("name")
        if not isinstance(value, str):
            continue
        for tag in re.split(r"\s*[,;]\s*", value):
            tag = clean_space(tag)
            if tag and len(tag) <= 80 and tag.lower() not in seen:
                seen.add(tag.lower())
                tags.append(tag)
    return tags


def _tags(scope: HtmlElement, art: dict, page: Page) -> list[str]:
    keywords = art.get("keywords")
    for source in (
        keywords if isinstance(keywords, list) else [keywords],
        page.meta("article:tag"),
        page.meta("news_keywords", "keywords", "parsely-tags", "sailthru.tags"),
    ):
        tags = _split_tags(source)
        if tags:
            return tags
    return _split_tags(  # WordPress and friends: <a rel="tag"> (rel="category tag" is the section)
        clean_space(a.text_content())
        for a in scope.xpath(".//a[contains(concat(' ', @rel, ' '), ' tag ')]")
        if "category" not in (a.get("rel") or "")
    )


def _language(tree: HtmlElement, art: dict, page: Page) -> str | None:
    candidates = [
        json_text(art.get("inLanguage")),
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *page.meta("content-language", "og:locale", "dc.language", "language"),
    ]
    for value in candidates:
        if value:
            lang = re.split(r"[-_]", value.strip())[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", lang):
                return lang
    return None


def _fallback_metadata(
    tree: HtmlElement, scope: HtmlElement, url: str, title: Any, published: Any, authors: Any, section: Any, tags: Any,
    language: str | None = None,
) -> dict[str, Any]:
    """trafilatura's and htmldate's finders for the fields structured data left empty,
    each run only when its field is missing (none of them changes ``tree``)."""
    from htmldate import find_date
    from trafilatura.metadata import extract_author, extract_catstags, extract_title
    from trafilatura.settings import set_date_params

    found: dict[str, Any] = {}
    try:
        if not title:
            found["title"] = extract_title(tree)
        if not published:
            # htmldate takes the oldest date it finds: the page's metadata and dated elements
            # first, then the article's text; never its wide search of the whole page, which
            # reads other stories' boxes, an archive widget's months, an asset's "?ver=20230629"
            params = set_date_params(True)
            found["date"] = (_page_date(tree, scope, url, params, language)
                             # day first, which htmldate's text search is not; not a listed link's day
                             or shown_dates.shown_dotted(other_dates.without_dated_items(scope))
                             or find_date(_pruned(scope), url=url or None, **params)
                             or (find_date(_pruned(other_dates.without_masthead(tree, scope)), url=url or None, **params)
                                 if scope is not tree else None))
            if (found["date"] or "").endswith("-01-01"):  # the year alone ("© 2024"), as its first day
                found["date"] = _page_date(tree, scope, url, set_date_params(False), language)
            found["date"] = date_order.month_first(date_order.whole_year(found["date"], scope), scope, tree)
        if not authors:  # only names inside the article count: search there
            found["author"] = extract_author(scope)
        if not section:
            found["categories"] = extract_catstags("category", tree)
        if not tags:
            found["tags"] = extract_catstags("tag", tree)
    except (ValueError, TypeError, AttributeError, etree.LxmlError) as exc:
        log.debug("metadata fallback failed for %s: %r", url, exc)
    return found


def _pruned(element: HtmlElement) -> HtmlElement:
    """A copy of ``element`` for htmldate's text search: no furniture, no events, no
    teaser cards (``other_dates.without_cards``: their dates are the pages they announce)."""
    return other_dates.without_events(without_furniture(other_dates.without_cards(element)))


def _page_date(tree: HtmlElement, scope: HtmlElement, url: str, params: dict, language: str | None) -> str | None:
    """htmldate's date of the page from its metadata and dated elements (not its text).
    Where the page shows a list of dates outside the article's ``scope`` (a sidebar of the
    latest news, each item dated) and neither the scope nor the ``<head>`` gives htmldate
    its date, the date may be an item's: then the date the scope shows in a dated element,
    in words of the page's language htmldate cannot read ("21 февраля 2024, 11:30"), else
    htmldate's date of the page without those lists."""
    from htmldate import find_date

    quick = {**params, "extensive_search": False}
    masthead = other_dates.masthead(tree, scope)  # a top bar's date line is the day the page is shown
    date = find_date(other_dates.without_events(other_dates.without_dated_items(tree, scope, masthead)), url=url or None,
                     **quick)
    if not date or scope is tree or find_date(scope, url=url or None, **quick):
        return date
    head = tree.find("head")
    if head is not None and find_date(head, **quick):
        return date
    unlisted = other_dates.without_listed(tree, scope, masthead)
    if unlisted is None:
        return date
    return shown_dates.shown(scope, language) or find_date(other_dates.without_events(unlisted), url=url or None, **quick)


def _host_name(url: str | None) -> str | None:
    """The site's host name without "www.", as a last resort for ``site_name``."""
    match = re.match(r"https?://(?:www\.|w[0-9]+\.)?([^/:?#]+)", url or "")
    return match[1] if match else None
