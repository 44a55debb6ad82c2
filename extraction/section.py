"""The article's section: declared (JSON-LD ``articleSection``, ``article:section`` and
kin, microdata, a JSON-LD ``BreadcrumbList``), else the ``rel="category"`` links nearest
the article's text, else a breadcrumb trail in the markup (named so, or written out with
separators from the home page down), else category links a class or a data attribute
marks.  ``docs/metadata.md`` says which signal each rule reads."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any, Iterable
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from extraction.parse import HEADINGS, holder_of
from extraction.scope import text_core
from extraction.structured import Page, first, json_text, name_key, types_of
from extraction.text import clean_space


def section_of(page: Page, scope: HtmlElement, art: dict, props: dict[str, list[str]], title: str | None,
             url: str) -> str | None:
    """The article's section (see the module); ``props``: the page's microdata."""
    generator = first(page.meta("generator")) or ""
    return first(
        json_text(art.get("articleSection")),
        page.meta("article:section", "section", "parsely-section", "sailthru.section", "category"),
        props["articleSection"],
        page.meta("article:tag")[:1] if generator.startswith("Ghost") else [],  # primary tag
        _breadcrumb_section(page.objects, title, url, (page.links.get("canonical"), *page.meta("og:url")), page.tree),
    ) or first(_category_links(scope, scope.xpath(".//a[contains(concat(' ', @rel, ' '), ' category ')]"))) \
        or first(_html_breadcrumb_section(page.tree, title)) or first(_trail_section(page.tree, title)) \
        or first(_marked_categories(scope))
    # walks: each only when those before it found nothing


#: A post's categories marked by the value of any attribute but an address: "ategor" in any
#: case of its first letter ("category-label-list", "sfnewsCategories", "Kategorie",
#: "categoria", "CATEGORY"), "ubriq" ("rubrique").
MARKED_CATEGORY_XPATH = (".//*[@*[name() != 'href' and name() != 'src' and name() != 'content'"
                         " and (contains(., 'ategor') or contains(., 'ATEGOR') or contains(., 'ubriq'))]]")
#: A post names a few categories; more links so marked are a menu or a sidebar's list.
MARKED_CATEGORIES = 3
#: Words of a category's label at most.
CATEGORY_WORDS = 4
#: How far above a link its mark may be (the link, its item, the list, the box).
MARK_LEVELS = 3


def _marked_categories(scope: HtmlElement) -> list[str]:
    """The article's categories where the theme writes no ``rel="category"``: links marked
    so (``MARKED_CATEGORY_XPATH``: the link or its list) in the scope or the ``<article>``
    around it (a post's footer), outside navigation and headings (a teaser's title in a
    box of a category's posts), with a short label, nearest the article's text; none where
    they are more than a post names."""
    box = next((el for el in (scope, *scope.iterancestors()) if el.tag == "article"), scope)  # a footer's labels
    links = []
    for marked in box.xpath(MARKED_CATEGORY_XPATH):
        for a in marked.iter("a"):
            holders = [a, *islice(a.iterancestors(), MARK_LEVELS)]
            label = clean_space(a.text_content())
            if marked in holders and label and len(label.split()) <= CATEGORY_WORDS and _names_target(label, a.get("href")) \
                    and not any(el.tag == "nav" or el.tag in HEADINGS for el in holders) and a not in links:
                links.append(a)
    labels = list(dict.fromkeys(_category_links(box, links)))
    return labels if len(labels) <= MARKED_CATEGORIES else []


def _names_target(label: str, href: str | None) -> bool:
    """Whether a link's label is in its path, as a category's name is in its page's
    ("Consular News", ``/blog/categories/consular-news``), not "Read more" or "Next".  A
    label only in the query (``/news?category=Events``) names a filter of a listing, whose
    own section stands."""
    letters = name_key(label)
    return bool(letters) and letters in name_key(unquote(urlsplit(href or "").path))


def _category_links(scope: HtmlElement, links: list[HtmlElement]) -> list[str]:
    """The article's category links (``rel="category tag"``: WordPress writes a post's
    categories so; or ``_marked_categories``): those nearest its text (``text_core``), not a
    ticker's or a sidebar's badges elsewhere in the scope."""
    if not links:
        return []
    core = text_core(scope)
    for holder in (core.iterancestors() if core is not None else ()):
        near = [a for a in links if holder in a.iterancestors()]
        if near:
            return [clean_space(a.text_content()) for a in near]
    return []


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
