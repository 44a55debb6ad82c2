"""Metadata: title, authors, dates, section, tags, language, description, image,
canonical URL, site name and schema.org type of a page.

JSON-LD first, then Open Graph / ``article:`` meta, microdata and Dublin Core;
for a field still empty, trafilatura's finder for it and htmldate.  Authors and
dates have modules of their own (``extraction.authors``, ``extraction.dates``).
"""

from __future__ import annotations

import logging
import re
from itertools import islice
from typing import Any, Iterable
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from extraction.appdata import app_story, story_authors, story_published
from extraction.authors import authors_of, clean_authors
from extraction import date_order, dates, eras, ethiopic, jalali, months, nepali, other_dates, shown_dates, thai
from extraction.parse import holder_of
from extraction.scope import article_scope, text_core, without_furniture
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
        "section": _section(page, scope, art, props, title, url),
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


def _section(page: Page, scope: HtmlElement, art: dict, props: dict[str, list[str]], title: str | None,
             url: str) -> str | None:
    generator = first(page.meta("generator")) or ""
    return first(
        json_text(art.get("articleSection")),
        page.meta("article:section", "section", "parsely-section", "sailthru.section", "category"),
        props["articleSection"],
        page.meta("article:tag")[:1] if generator.startswith("Ghost") else [],  # primary tag
        _breadcrumb_section(page.objects, title, url, (page.links.get("canonical"), *page.meta("og:url")), page.tree),
    ) or first(_category_links(scope)) or first(_html_breadcrumb_section(page.tree, title)) \
        or first(_trail_section(page.tree, title))  # walks: each only when those before it found nothing


def _category_links(scope: HtmlElement) -> list[str]:
    """The article's category links (``rel="category tag"``: WordPress writes a post's
    categories so): those nearest its text (``text_core``), not a ticker's or a sidebar's
    badges elsewhere in the scope."""
    links = scope.xpath(".//a[contains(concat(' ', @rel, ' '), ' category ')]")
    if not links:
        return []
    core = text_core(scope)
    for holder in (core.iterancestors() if core is not None else ()):
        near = [a for a in links if holder in a.iterancestors()]
        if near:
            return [clean_space(a.text_content()) for a in near]
    return []


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


HOME_NAMES = {"home", "homepage", "accueil", "startseite", "главная", "inicio"}


def _breadcrumb_section(objects: list[dict], title: str | None, url: str, also: Iterable[str | None] = (),
                        tree: HtmlElement | None = None) -> str | None:
    """The last step of a JSON-LD ``BreadcrumbList`` before the page itself: the last
    crumb is the page when it bears its title or links its address (``url`` or one of
    ``also``: its canonical, its ``og:url``), or, in a trail of three or more, when it
    links nowhere else; a last crumb linking another page (a topic's: a trail of the
    page's parents alone) that the page shows as a link of its ``tree`` (the visible
    trail) is the section, not a template's name the page never shows ("H&G Detail")."""
    own = {_crumb_path(u) for u in (url, *also) if u}
    for obj in objects:
        if "breadcrumblist" not in types_of(obj):
            continue
        items = obj.get("itemListElement")
        if not isinstance(items, list):
            continue

        def pos(item: Any) -> float:
            try:
                return float(item.get("position", 0))
            except (TypeError, ValueError, AttributeError):
                return 0

        names = []
        for item in sorted((i for i in items if isinstance(i, dict)), key=pos):
            name = json_text(item.get("name")) or json_text(item.get("item"))
            target = item.get("item")
            target = target.get("@id") if isinstance(target, dict) else target
            if name:
                names.append((name, target))
        last = _crumb_path(names[-1][1]) if names and isinstance(names[-1][1], str) else ""
        elsewhere = bool(last) and last not in own and tree is not None and bool(
            tree.xpath("//a[normalize-space()=$name]", name=names[-1][0]))
        if names and (names[-1][0] == title or names[-1][1] == url or (len(names) > 2 and not elsewhere)):
            names = names[:-1]
        names = [n for n, _ in names if n.lower() not in HOME_NAMES]
        if names:
            return names[-1]
    return None


def _crumb_path(address: str) -> str:
    """An address's path without its trailing slash: a crumb may name the page by
    another host or scheme, or without its query."""
    return urlsplit(address.strip()).path.rstrip("/")


#: Elements holding a breadcrumb trail: by their class or id; else (a second look, where
#: those name none) by their accessible name, ``aria-label="Breadcrumb"``.
BREADCRUMBS = ("contains(@class, 'breadcrumb') or contains(@id, 'breadcrumb')",
               "contains(translate(@aria-label, 'BREADCRUM', 'breadcrum'), 'breadcrumb')")


def _html_breadcrumb_section(tree: HtmlElement, title: str | None) -> str | None:
    """The last step of a visible breadcrumb trail (``nav.breadcrumb`` and the
    like, or, where none is classed so, named so for screen readers: ``<nav
    aria-label="Breadcrumb">``, WAI-ARIA's breadcrumb pattern) before the page itself, not
    counting "Home"."""
    for marked in BREADCRUMBS:  # one box named so may hold several trails, each classed
        for trail in tree.xpath(f"//*[{marked}][not(ancestor::*[{marked}])]"):
            names = [n for n in _crumbs(trail) if n.lower() not in HOME_NAMES and n != title]
            if names and not _menu_past_current(trail):
                return names[-1]
    return None


#: What stands between the steps of a trail written out ("Accueil > Actualités > Afrique").
TRAIL_SEPARATORS = re.compile(r"[>›»→/]")
#: Links a trail holds at most (a menu holds more).
TRAIL_LINKS = 8
#: A trail's first step, the home page: the root, a language's root or the root's index
#: file ("/", "/en/", "/index.html", "/default.aspx").
HOME_PATH_RE = re.compile(r"/(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:(?:index|default|home)(?:\.\w+)?)?", re.I)
#: A label before a trail ("You are here:", "Usted está en:", "当前位置："), left out of its text.
TRAIL_LABEL_RE = re.compile(r"^\s*[^\W\d][^:：>›»→/|]{0,30}[:：]\s*")


def _trail_section(tree: HtmlElement, title: str | None) -> str | None:
    """The last step before the page of a trail that no class names: an element above the
    page's ``h1`` whose first link leads to the site's home (``HOME_PATH_RE``) and whose text
    outside its links (and outside its last, unlinked item: the page; and a label before
    it, "You are here:") is separators alone, one at least between each two steps
    ("Accueil &gt; <a>Actualités</a> &gt; <strong>...")."""
    for el in tree.iter():
        if el.tag == "h1":
            return None
        if el.tag not in ("p", "div", "nav", "span", "ol", "ul"):
            continue
        links = list(islice(el.iter("a"), TRAIL_LINKS + 1))
        if not 2 <= len(links) <= TRAIL_LINKS or not HOME_PATH_RE.fullmatch(urlsplit(links[0].get("href") or "").path):
            continue
        current = el[-1] if len(el) and el[-1].tag != "a" and el[-1].find(".//a") is None else None
        outside = TRAIL_LABEL_RE.sub("", _text_outside_links(el, current))
        tail = links[-1].tail or "" if current is None and links[-1].getparent() is el else ""
        last = list(TRAIL_SEPARATORS.finditer(tail))
        if last and outside.endswith(tail):  # the page named last as plain text
            outside = outside[:len(outside) - len(tail) + last[-1].end()]
        marks = TRAIL_SEPARATORS.findall(outside)
        if TRAIL_SEPARATORS.sub("", outside).strip() or len(marks) < len(links) - 1 \
                or set(marks) == {"/"} and not _nested(links):
            continue
        names = [n for n in (clean_space(a.text_content()) for a in links[1:])
                 if re.search(r"[^\W\d]", n) and n.lower() not in HOME_NAMES and n != title
                 and not (n.endswith(("...", "…")) and (title or "").startswith(n.rstrip(".… ")))]  # the page
        if names:
            return names[-1]
    return None


def _nested(links: list[HtmlElement]) -> bool:
    """Whether a trail between slashes goes down the site: each step past the root below
    the one before ("/", "/prensa", "/prensa/comunicados"), or beside it in a folder
    ("/category/news", "/category/press-releases"), or home and one section; a
    language switcher ("English / Français") and a utility menu ("Home / Sitemap
    / Contact us") do not."""
    # each step's folder: its path without a trailing slash or a file's name ("index.html")
    paths = [re.sub(r"/[^/]*\.\w+$|/$", "", urlsplit(a.get("href") or "").path) for a in links[1:]]
    if len(paths) == 1:  # home and a section, not another language's home ("/fr/")
        return not re.match(r"^/[a-z]{2}(?:[-_][a-z]{2})?$", paths[0], re.I)
    return all(later.startswith(earlier + "/")  # below it, or beside it in a folder
               or "/" in earlier[1:] and later.startswith(earlier.rsplit("/", 1)[0] + "/")
               for earlier, later in zip(paths, paths[1:]))


def _text_outside_links(el: HtmlElement, skipped: HtmlElement | None) -> str:
    """The text of ``el`` that is in none of its links, nor in ``skipped``."""
    parts = []
    for text in el.xpath(".//text()[not(ancestor::a)]"):
        holder = holder_of(text)
        if skipped is None or (holder is not skipped and skipped not in holder.iterancestors()):
            parts.append(str(text))
    return "".join(parts)


#: A class token that marks the item of a trail or menu for the page shown.
CURRENT_TOKEN_RE = re.compile(r"^(selected|current|active)$|[-_](selected|current|active)$", re.I)


def _menu_past_current(trail: HtmlElement) -> bool:
    """Whether a block named a breadcrumb links on past its item marked current
    (``aria-current``, a class token "selected", "current" or "active"): a menu, the site's
    top navigation in a box classed ``...-breadcrumb-...``, whose last link is only its last
    entry; a trail ends with the current item."""
    current = next((el for el in trail.iter() if isinstance(el.tag, str) and _marked_current(el)), None)
    if current is None:
        return False
    inside = set(current.iter())
    after = False
    for el in trail.iter("a"):
        if el in inside:
            after = True
        elif after:
            return True
    return False


def _marked_current(el: HtmlElement) -> bool:
    """Whether an element is marked as the page shown (``aria-current``, a class token)."""
    return el.get("aria-current") not in (None, "false") or any(
        CURRENT_TOKEN_RE.search(token) for token in (el.get("class") or "").split())


def _crumbs(trail: HtmlElement) -> list[str]:
    """The steps of a breadcrumb trail: its links, and its unlinked innermost items."""
    steps: list[str] = []
    for el in trail.iter("a", "span", "li", "strong"):
        if el.tag != "a" and (el.find(".//a") is not None or len(el)):
            continue
        name = " ".join(el.text_content().split())
        if re.search(r"\w", name) and (not steps or steps[-1] != name):
            steps.append(name)
    return steps


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
