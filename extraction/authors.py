"""Authors: a site profile's selector, then JSON-LD (people before organisations),
meta tags, microdata, and the byline markup of the article itself; every source
cleaned into a list of names."""

from __future__ import annotations

import re
from typing import Iterable

from lxml.html import HtmlElement

from extraction.parse import select
from extraction.scope import OUTSIDE_ARTICLE_RE
from extraction.structured import Page, first, json_text, types_of
from extraction.text import clean_space

BY_RE = re.compile(
    r"^(?:(?:written|posted|reported|compiled|edited|published|text|story|words|photos?)\s+)?"
    r"(?:by|from|von|par|por|di|door|av|af|przez|автор(?:ы)?|от|بقلم|作者)\s*[:\-–]?\s+",
    re.I,
)
AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|\||/|\s&\s|\band\b|\bund\b|\bet\b|\by\b|\bи\b|\bet\b|\be\b)\s*", re.I)
NOT_A_NAME = {
    "admin", "administrator", "author", "by", "unknown", "guest", "user", "editor", "n/a",
    "anonymous", "null", "none", "staff", "redaction", "rédaction", "redaktion",
}


def clean_authors(raw: Iterable[str], site_name: str | None = None) -> list[str]:
    """A clean list of names from byline-ish strings ("By A and B", "A, B", URLs...)."""
    names: list[str] = []
    seen: set[str] = set()
    for value in raw:
        if not value:
            continue
        value = clean_space(value)
        if re.match(r"(?:https?:|www\.)", value, re.I):
            continue  # a profile URL, not a name
        value = re.sub(r"\S+@\S+\.\w+", " ", value)  # emails
        value = re.sub(r"\(?@\w+\)?", " ", value)  # handles
        value = clean_space(re.sub(r"[(\[]\s*[)\]]", " ", value))
        value = re.sub(r"\b(?:updated|published|posted)\b.*$", "", value, flags=re.I)
        value = BY_RE.sub("", value.strip())
        for part in AUTHOR_SPLIT_RE.split(value):
            part = BY_RE.sub("", part.strip(" .:-–—|·•\t()[]"))
            part = part.strip(" .:-–—|·•\t()[]")
            low = part.lower()
            if not part or low in NOT_A_NAME or low in seen:
                continue
            if re.search(r"https?:|www\.|\.com\b|[<>{}=]|\d{3,}", part):
                continue
            if len(part) > 60 or len(part.split()) > 5 or not re.search(r"[^\W\d_]", part):
                continue
            if site_name and low == site_name.lower():
                continue
            seen.add(low)
            names.append(part)
    return names


def authors_of(
    page: Page, scope: HtmlElement, art: dict, by_id: dict, props: dict[str, list[str]], hints: dict
) -> list[str]:
    """The article's authors, from the first source that names any."""
    site = first(page.meta("og:site_name"))
    selector = hints.get("author_selector")
    if selector:
        found = [clean_space(el.text_content()) for el in select(page.tree, selector)]
        names = clean_authors(found, site)
        if names:
            return names
    raw: list[str] = []
    orgs: list[str] = []
    author = art.get("author") or art.get("creator")
    for a in author if isinstance(author, list) else [author]:
        if isinstance(a, dict) and "name" not in a and isinstance(a.get("@id"), str):
            a = by_id.get(a["@id"], a)
        if isinstance(a, str):
            raw.append(a)
        elif isinstance(a, dict):
            name = json_text(a.get("name"))
            if name:
                (orgs if types_of(a) & {"organization", "newsmediaorganization"} else raw).append(name)
    names = clean_authors(raw, site)
    if names:
        return names
    for source in (
        [v for v in page.meta("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                              "sailthru.author", "byl", "cxenseparse:author") if not v.startswith("http")],
        props["author"],
    ):
        names = clean_authors(source, site)
        if names:
            return names
    names = _byline(scope)
    return names or clean_authors(orgs, site)


BYLINE_XPATH = (
    ".//*[contains(@class, 'byline') or contains(@class, 'field--name-field-author')]",
    ".//a[contains(concat(' ', @rel, ' '), ' author ')]",
    ".//*[contains(@class, 'author')][not(contains(@class, 'box') or contains(@class, 'bio')"
    " or contains(@class, 'desc') or contains(@class, 'avatar') or contains(@class, 'about'))]",
)


def _byline(scope: HtmlElement) -> list[str]:
    """Author names from the byline markup of the article itself (never a sidebar)."""
    for xpath in BYLINE_XPATH:
        for el in scope.xpath(xpath):
            if any(OUTSIDE_ARTICLE_RE.search(a.get("class", "") + " " + a.get("id", "")) for a in el.iterancestors()):
                continue
            text = clean_space(el.text_content())
            if not text or len(text) > 120:
                continue
            names = clean_authors([text])
            if names:
                return names
    return []
