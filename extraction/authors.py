"""Authors: the first source that names someone other than the publisher.

In order: a site profile's selector; the JSON-LD article's people (a ``Person``'s
``name``, or its ``givenName`` and ``familyName``), then its organisations (an
agency's byline: AP, dpa); the author meta tags, one key at a time; microdata of
the article's item; the byline markup of the article itself.  A name that is the
publisher's own (``og:site_name``, the JSON-LD publisher, the host's name) counts
only when nothing else names anyone: a JSON-LD author then before byline markup
that names no one by two words or more (initials), a meta tag's after it.  Names
are cleaned by ``extraction.names``.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from lxml.html import HtmlElement

from archive.countries import countries
from extraction.names import BY_RE, clean_authors, names_in
from extraction.parse import first_of, select
from extraction.scope import outside_article
from extraction.structured import Page, Publisher, json_text, name_key, types_of
from extraction.text import TEXT_PARAGRAPH, clean_space
from extraction.titles import SEPARATOR_RE

__all__ = ["authors_of", "clean_authors"]

AUTHOR_META = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "byl", "cxenseparse:author",
)
#: Dublin Core's creator: the entity responsible for the page, which government CMSes
#: fill with the department's name ("Embassy of the Republic of ... in ..."): read as
#: an organisation's name where it is too long for a person's.
DUBLIN_CORE_CREATORS = ("dc.creator", "dcterms.creator")
#: schema.org's Organization and those of its types that credit articles (ministries,
#: parties, think tanks, NGOs, agencies).
ORGANISATION_TYPES = {"organization", "newsmediaorganization", "corporation", "newsagency",
                      "governmentorganization", "politicalparty", "researchorganization", "ngo",
                      "educationalorganization"}


def authors_of(page: Page, scope: HtmlElement, art: dict, by_id: dict, hints: dict, publisher: Publisher,
               language: str | None = None) -> list[str]:
    """The article's authors, from the first source that names anyone (see the module);
    ``language``: the page's, in which a byline's places are named."""
    selector = hints.get("author_selector")
    if selector:
        names = clean_authors(clean_space(el.text_content()) for el in select(page.tree, selector))
        if names:
            return names
    people, organisations = _jsonld_authors(page, art, by_id)
    site = _site_names(page)
    own: list[str] = []
    for source, names in enumerate(_declared(page, people, organisations, publisher, site)):
        if source > 1:  # a meta tag's or microdata's category name ("News") or place, not the JSON-LD's
            names = [n for n in names if not publisher.names_category(n) and not _place(n, language)]
            names = _shown_for_user_ids(names, scope)
        others = [n for n in names if not publisher.owns(n) and name_key(n) not in site]
        if others:
            return others
        own = own or names
    declared = clean_authors(people) or clean_authors(organisations, organisations=True)  # the publisher itself
    byline = [n for n in _byline(scope, site) or _labelled_byline(scope, site)
              if not publisher.names_category(n) and not _place(n, language)]
    if own and not byline:  # the page credits its publisher only: a name signed under the text
        byline = _signature(scope)
    if declared and not any(len(name.split()) > 1 for name in byline):
        return declared  # rather than initials ("amw") under the article
    return byline or _credit_line(scope) or own


def _shown_for_user_ids(names: list[str], scope: HtmlElement) -> list[str]:
    """Names with a user id (one lower-case word: "hananovak", a CMS's login in
    ``DC.creator``) replaced by the name the byline shows for it ("Hana Novak"): the
    same letters, lower-cased and run together."""
    if not any(_user_id(name) for name in names):
        return names
    shown = {re.sub(r"\W", "", name).lower(): name for name in _byline(scope)}
    return [shown.get(name, name) if _user_id(name) else name for name in names]


def _user_id(name: str) -> bool:
    return " " not in name and name.islower()


def _place(name: str, language: str | None) -> bool:
    """Whether a byline's one-word name is a country or a capital (or their adjective),
    in the page's language or in English: a dateline ("Von Jana Müller, Berlin")."""
    return " " not in name and bool(countries(None, name, language) or countries(None, name, "en"))


def _declared(page: Page, people: list[str], organisations: list[str], publisher: Publisher,
              site: set[str]) -> Iterator[list[str]]:
    """The names each source that declares authors gives, in order, each source read
    only when the ones before it named no one.  A meta value that is the site's name
    (``site``) is one organisation's name, whatever commas and "and"s it holds."""
    yield clean_authors(people)
    yield clean_authors(organisations, organisations=True)  # one name an organisation
    for key, raw in _meta_authors(page, publisher):
        names = clean_authors(raw, organisations=all(name_key(v) in site for v in raw))
        if not names and key in DUBLIN_CORE_CREATORS:  # a department's or embassy's long name
            names = clean_authors(raw, organisations=True)
        yield names
    yield clean_authors(_microdata_authors(page.tree))


def _jsonld_authors(page: Page, art: dict, by_id: dict) -> tuple[list[str], list[str]]:
    """Names of the people and of the organisations the JSON-LD article credits:
    of the article's objects with its headline, the one crediting the most."""
    headline = art.get("headline")
    twins = [o for o in page.objects if headline and o.get("headline") == headline and o is not art]
    best = ([], [])
    for obj in (art, *twins):
        people, organisations = [], []
        author = obj.get("author") or obj.get("creator")
        for a in author if isinstance(author, list) else [author]:
            if isinstance(a, dict) and "name" not in a and isinstance(a.get("@id"), str):
                a = by_id.get(a["@id"], a)
            if isinstance(a, str):
                people.append(a)
            elif isinstance(a, dict):
                name = _person_name(a)
                if name:
                    (organisations if types_of(a) & ORGANISATION_TYPES else people).append(name)
        if len(people) + len(organisations) > len(best[0]) + len(best[1]):
            best = (people, organisations)
    return best


def _person_name(obj: dict) -> str | None:
    """A JSON-LD person's name: ``name``, else ``givenName`` and ``familyName``."""
    name = json_text(obj.get("name"))
    if name:
        return name
    parts = [json_text(obj.get(k)) for k in ("givenName", "familyName")]
    return " ".join(p for p in parts if p) or None


def _site_names(page: Page) -> set[str]:
    """The site's name as the ``<title>`` shows it: its first and last parts set off by
    a spaced separator ("Headline | Department of Agriculture, Food and Rural Affairs"),
    as keys (``structured.name_key``)."""
    title = first_of(page.tree, "title")
    parts = SEPARATOR_RE.split(clean_space(title.text_content())) if title is not None else []
    return {name_key(parts[0]), name_key(parts[-1])} - {""} if len(parts) > 1 else set()


def _meta_authors(page: Page, publisher: Publisher) -> list[tuple[str, list[str]]]:
    """The author meta tags' keys and values, one list a key; a value that describes the
    publisher ("Site, City, Country") is left out."""
    sources = []
    for key in AUTHOR_META:
        values = [v for v in page.meta(key) if not v.startswith("http") and not _describes(v, publisher)]
        if values:
            sources.append((key, values))
    return sources


def _describes(value: str, publisher: Publisher) -> bool:
    """A value that starts with the publisher's name and goes on ("Site, City, Country")."""
    names = names_in(value)
    return len(names) > 1 and publisher.owns(names[0])


def _microdata_authors(tree: HtmlElement) -> list[str]:
    """``itemprop="author"`` values of the first item that has any (a page lists
    other articles' authors in their own items, or in none)."""
    found: list[tuple[Any, str]] = []
    for el in tree.xpath("//*[@itemprop][contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')]"):
        item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        value = el.get("content")
        if value is None:
            names = el.xpath(".//*[@itemprop='name']")
            value = (names[0].get("content") or names[0].text_content()) if names else el.text_content()
        if value and value.strip():
            found.append((item, clean_space(value)))
    items = [item for item, _ in found if item is not None]
    if items:
        return [value for item, value in found if item is items[0]]
    return [value for _, value in found]


BYLINE_XPATH = (
    ".//*[contains(@class, 'byline') or contains(@class, 'by-line') or contains(@class, 'field--name-field-author')]",
    ".//a[contains(concat(' ', @rel, ' '), ' author ')]",
    ".//*[contains(@class, 'author') or contains(@class, 'Author') or contains(@class, 'autor') or contains(@class, 'auteur') or contains(@class, 'signature')"
    " or contains(@class, 'firma') or contains(@class, 'writer')][not(contains(@class, 'box') or contains(@class, 'bio')"
    " or contains(@class, 'desc') or contains(@class, 'avatar') or contains(@class, 'about'))]",
    ".//a[contains(@href, '/author') or contains(@href, '/autor') or contains(@href, '/auteur')"
    " or contains(@href, '/journalist')]",
)


def _byline(scope: HtmlElement, site: set[str] = frozenset()) -> list[str]:
    """Author names from the byline markup of the article itself (never a sidebar): the
    first element that names anyone, and the co-authors beside it, elements of its tag and
    class under the same parent (or in the other items of its list: ``_byline_slot``)
    naming a person by two words or more ("Von <a rel=author>A</a>, <a rel=author>B</a>
    und ..."; not a place beside it: "Berlin").
    ``site``: the site's names (``_site_names``), each one organisation's in a byline."""
    for xpath in BYLINE_XPATH:
        found = [el for el in scope.xpath(xpath) if not any(map(outside_article, el.iterancestors()))]
        for el in found:
            names = _byline_names(el, site)
            if names:
                parent, kind = _byline_slot(el), (el.tag, el.get("class"))
                for other in found:
                    if other is not el and _byline_slot(other) is parent and (other.tag, other.get("class")) == kind:
                        names += [n for n in _byline_names(other) if n not in names and " " in n]
                return names
    return []


def _byline_slot(el: HtmlElement) -> HtmlElement | None:
    """Where a byline element's co-authors sit: its parent, or the list whose item holds it
    alone (``<ul><li><a>A</a></li><li><a>B</a></li></ul>``, a byline written as a list)."""
    parent = el.getparent()
    if parent is not None and parent.tag == "li" and len(parent) == 1 and not clean_space(parent.text_content()) \
            .replace(clean_space(el.text_content()), "", 1).strip():
        return parent.getparent()
    return parent


#: Elements a byline no class marks is written in, and the longest text of one ("By Jane Doe
#: and John Roe | March 12, 2024").
BYLINE_TAGS = ("p", "div", "span", "address", "small", "em", "strong", "b", "i", "font", "td")
BYLINE_CHARS = 100
#: "From" opens a byline and a sender's line alike ("From: Foreign Office").
FROM_RE = re.compile(r"\W*from\b", re.I)


def _labelled_byline(scope: HtmlElement, site: set[str] = frozenset()) -> list[str]:
    """Names of a byline that no class marks, above the article's text: the first short
    element whose text opens with a byline's label (``names.BY_RE``: "By Jane Doe", "Par Marie
    Dupont | Publié le 12 mars", "Автор: Иван Петров", "بقلم: أحمد علي") before the first
    paragraph of text (``TEXT_PARAGRAPH``), each name written as names are (``_written_as_name``:
    "By Tuesday the talks had ended" names no one)."""
    for el in scope.iter(*BYLINE_TAGS):
        text = clean_space(el.text_content())
        if el.tag == "p" and len(text) >= TEXT_PARAGRAPH:
            return []
        if 0 < len(text) <= BYLINE_CHARS and BY_RE.match(text) and not FROM_RE.match(text) \
                and not any(map(outside_article, el.iterancestors())):
            while (inner := next((e for e in el.iterdescendants(*BYLINE_TAGS)  # the byline's own element
                                  if BY_RE.match(clean_space(e.text_content()))), None)) is not None:
                el = inner
            names = [n for n in _byline_names(el, site) if _written_as_name(n)]
            if names:
                return names
    return []


def _written_as_name(name: str) -> bool:
    """Whether a name is written as one: in a script with capitals, each word begins with one
    but its particles ("Juan de la Cruz", "Ahmed al-Sayed"), the first and last words always."""
    words = name.split()
    if any(w[:1].upper() == w[:1].lower() for w in words):
        return True  # a script without capitals
    return words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w[:1].isupper() or len(w) <= 3 or "-" in w[:4] for w in words)


def _byline_names(el: HtmlElement, site: set[str] = frozenset()) -> list[str]:
    """The names a byline element's text holds (its parts read apart); a part that is the
    site's name (``site``: "Embassy of the Republic of ... in ...", a WordPress account
    named so) is one organisation's, too long for a person's name."""
    texts = [t for t in map(clean_space, _byline_texts(el)) if t]
    text = " | ".join(texts)  # name, role, date apart
    if not text or len(text) > 120:
        return []
    return clean_authors([text]) or [t for t in texts if name_key(t) in site][:1]


#: Class-name words of a byline's element that holds a place, not a name ("Por Ana Ruiz
#: <span class="lugar">Murcia</span>"), in the languages seen.
PLACE_CLASSES = frozenset("location place lugar lieu ort city ciudad ville localidad luogo dateline".split())
CLASS_WORD_RE = re.compile(r"[a-z]+")


def _byline_texts(el: HtmlElement) -> Iterator[str]:
    """The texts of a byline element, without those of its elements marked as a place."""
    if el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and PLACE_CLASSES.isdisjoint(CLASS_WORD_RE.findall(child.get("class", "").lower())):
            yield from _byline_texts(child)
        if child.tail:
            yield child.tail


#: A credit line in Chinese: "(责编：牛镛、岳弘彬)", "责任编辑：张三", "作者：李四" (editor, author).
CREDIT_LINE_XPATH = (".//*[contains(text(), '责编') or contains(text(), '责任编辑') or contains(text(), '编辑：')"
                     " or contains(text(), '作者：')]")
CREDIT_LINE_RE = re.compile(r"^[\s(（【\[]*(?:责编|责任编辑|编辑|作者)\s*[：:]\s*(?P<names>[^)）】\]]{1,40})[)）】\]]?\s*$")
#: The reporters' names in lenticular brackets closing a Japanese article's last
#: paragraph ("【山田太郎、佐藤花子】"), looked for among the scope's last paragraphs
#: (a paywall's note or a link may follow the article's).
CLOSING_NAMES_RE = re.compile(r"\S\s*【(?P<names>[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){0,4})】\s*$")
CLOSING_PARAGRAPHS = 3
#: Words of labels set in the same brackets ("【関連記事】", "【有料会員限定】", "【纠错】").
CLOSING_LABELS = ("関連", "記事", "写真", "動画", "速報", "会員", "限定", "有料", "特集", "解説", "詳報",
                  "更新", "独自", "号外", "纠错", "责编", "编辑", "图片", "视频", "专题")


def _credit_line(scope: HtmlElement) -> list[str]:
    """Names of a short credit line that labels them ("(责编：牛镛、岳弘彬)"), where no
    byline markup names anyone: Chinese news pages credit their editors so; or of the
    bracketed names closing a Japanese article ("...で構成される。【山田太郎、佐藤花子】")."""
    for el in scope.xpath(CREDIT_LINE_XPATH):
        match = CREDIT_LINE_RE.match(clean_space(el.text_content()))
        if match:
            return clean_authors([match["names"]])
    for p in list(scope.iter("p"))[-CLOSING_PARAGRAPHS:]:
        match = CLOSING_NAMES_RE.search(p.text_content())
        if match and not any(label in match["names"] for label in CLOSING_LABELS):
            return clean_authors([match["names"]])
    return []


#: A right-aligned paragraph's style.
RIGHT_RE = re.compile(r"text-align\s*:\s*right", re.I)
#: A closing signature's name: two to four capitalised words ("Lê Phương", "Jane M. Doe").
SIGNATURE_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.'’-])*(?:\s+[^\W\d_](?:[^\W\d_]|[.'’-])*){1,3}$")


def _signature(scope: HtmlElement) -> list[str]:
    """The name signing the article: its last paragraph, right-aligned and name-shaped
    (capitalised words), as newsrooms that credit the site in the metadata sign
    articles under their text."""
    paragraphs = [p for p in scope.iter("p") if p.text_content().strip()]
    if not paragraphs:
        return []
    last = paragraphs[-1]
    text = clean_space(last.text_content())
    aligned = RIGHT_RE.search(last.get("style", "")) or (last.get("align") or "").lower() == "right"
    if not aligned or not SIGNATURE_RE.match(text) or not all(w[0].isupper() for w in text.split()):
        return []
    if countries(None, text, None):
        return []  # "Hanoi Vietnam": where it was written
    return clean_authors([text])
