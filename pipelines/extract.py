"""Article extraction: clean body text and trustworthy metadata from one HTML page.

``extract(html, url, hints)`` is a pure function (no Scrapy, no I/O, no global
state), so the crawler can run it in a process pool under a time limit.

Text: the page is parsed once and cleaned in place (hidden and inert elements and
page furniture dropped, bodies split into chunks joined, layout tables and embedded
posts unwrapped); trafilatura runs on that tree in fast mode (its full cascade, with
readability and justext, only when that result is thin); lists it dropped from
between body paragraphs are put back; the blocks are checked against structured
data the page carries (JSON-LD ``articleBody``, a site profile's
``content_selector``) and swept of the furniture trafilatura leaves behind (titles,
bylines, dates, "Also Read" lines, share and newsletter prompts, captions, author
boxes, teaser lists).

Metadata: JSON-LD first, then Open Graph / ``article:`` meta, microdata and
Dublin Core; for a field still empty, trafilatura's finder for it and htmldate.

Cost: about 0.7 of what plain ``trafilatura.extract`` costs on news pages, 0.9 on
the Zyte benchmark (bench/extraction.py prints the ratio).  Whole-tree walks are
few and shared: XPath ``//*[...]`` walks the tree in libxml2 each time (trafilatura
runs a dozen, some calling Python regexes: hence the furniture dropped first), and
each element lxml hands to Python costs a call.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
import warnings
from collections import Counter
from copy import deepcopy
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, Iterable, Iterator

from lxml import etree
from lxml.html import HtmlElement

from archive.texts import content_hash

log = logging.getLogger(__name__)

#: Largest HTML accepted, in characters. Longer input is first stripped of scripts,
#: styles and inline data, then cut at a tag boundary (``truncated`` is set).
MAX_CHARS = 5_000_000
#: Largest element count handed to trafilatura; bigger trees lose their link lists first.
MAX_ELEMENTS = 50_000

ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
        "BackgroundNewsArticle ReviewNewsArticle AskPublicNewsArticle BlogPosting "
        "LiveBlogPosting SocialMediaPosting ScholarlyArticle TechArticle Report "
        "SatiricalArticle AdvertiserContentArticle Review PressRelease"
    ).split()
)

#: The fields golden tests compare; ``extract`` returns these and a few more.
FIELDS = ("text", "title", "authors", "published", "modified", "section", "tags", "language")


def empty_result(url: str = "", error: str | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "text": "",
        "title": None,
        "authors": [],
        "published": None,
        "modified": None,
        "section": None,
        "tags": [],
        "language": None,
        "description": None,
        "word_count": 0,
        "url": url,
        "canonical": None,
        "image": None,
        "site_name": None,
        "page_type": None,
        "is_article": False,
        "listing": False,
        "truncated": False,
    }
    if error:
        result["error"] = error
    return result


def extract(
    html: str, url: str, hints: dict | None = None, max_chars: int = MAX_CHARS
) -> dict[str, Any]:
    """Clean text and metadata of one page.

    ``html`` is already-decoded text.  ``hints`` (from a site profile) may carry
    ``content_selector`` (CSS or XPath of the main content container),
    ``drop_selectors`` (list of CSS/XPath to remove first) and ``author_selector``.
    Never raises on bad input: the result then has empty ``text`` and an ``error``.
    """
    hints = hints or {}
    html, truncated = _prepare_input(html, max_chars)
    if not html.strip():
        return empty_result(url, "empty input")
    tree = _parse(html)
    if tree is None:
        return empty_result(url, "not HTML")
    _cap_tree(tree)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            meta = metadata(tree, url, hints)
            blocks = body_blocks(tree, hints, meta)
        except (ValueError, TypeError, etree.LxmlError, RecursionError) as exc:
            log.debug("extraction failed for %s: %r", url, exc)
            result = empty_result(url, f"extraction failed: {exc!r}")
            result["truncated"] = truncated
            return result
    meta.pop("jsonld_body", None)
    result = empty_result(url)
    result.update(meta)
    text = "\n\n".join(blocks)
    result["text"] = text
    result["word_count"] = len(WORD_RE.findall(text))
    result["content_hash"] = content_hash(text)
    result["truncated"] = truncated
    if truncated:
        result["error"] = f"input cut to {max_chars} characters"
    return result


# ---------------------------------------------------------------------------
# input


BULKY_RE = re.compile(
    r"<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>"
    r"|<style\b[^>]*>.*?</style\s*>|<svg\b[^>]*>.*?</svg\s*>|<!--.*?-->"
    r"|\bdata:[a-z/+.-]+;base64,[A-Za-z0-9+/=]{64,}",
    re.S | re.I,
)
WORD_RE = re.compile(r"\w+")


def _prepare_input(html: Any, max_chars: int) -> tuple[str, bool]:
    if html is None:
        return "", False
    if isinstance(html, (bytes, bytearray)):  # the caller should decode; stay safe anyway
        html = bytes(html).decode("utf-8", "replace")
    if not isinstance(html, str):
        return "", False
    truncated = False
    if len(html) > max_chars:
        html = BULKY_RE.sub(" ", html)
        if len(html) > max_chars:
            cut = html.rfind("<", 0, max_chars)
            html = html[: cut if cut > max_chars // 2 else max_chars]
            truncated = True
    # libxml2 drops control characters itself, but stops at a lone surrogate (text
    # decoded wrongly upstream): replace those (encoding is the cheapest test)
    if not html.isascii():
        try:
            html.encode("utf-8")
        except UnicodeEncodeError:
            html = html.encode("utf-8", "replace").decode("utf-8")
    return html, truncated


def _html_parser() -> etree.HTMLParser:
    """trafilatura's parser settings, with the element class chosen in C: every element
    is a plain HtmlElement (lxml.html's default lookup is a Python call for each element
    lxml hands out, about a tenth of the extraction's time; the form classes it picks
    are used by nobody here).  A fresh parser a page: nothing shared between calls."""
    from lxml.html import HTMLParser

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=HtmlElement))
    return parser


#: The characters trafilatura's ``repair_faulty_html`` removes (libxml2 keeps them, lxml
#: refuses them in text it is given).
XML_INVALID_CHARS = tuple(map(chr, (*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF)))


def _repair(html: str, beginning: str) -> str:
    """trafilatura's ``repair_faulty_html``: its regex over the whole page runs only when
    one of the characters it removes is there (one substring test a character costs a
    tenth of it); its other repairs are of the first lines."""
    from trafilatura.utils import INVALID_XML_CHARS, repair_faulty_html

    if any(c in html for c in XML_INVALID_CHARS):
        html = INVALID_XML_CHARS.sub("", html)
    return repair_faulty_html(html[:4096], beginning) + html[4096:]


def _parse(html: str) -> HtmlElement | None:
    """The page's tree, parsed as trafilatura's ``load_html`` parses a string."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html

    parser = _html_parser()
    beginning = html[:50].lower()
    html = _repair(html, beginning)
    tree = None
    try:
        tree = fromstring(html, parser=parser)
    except (ValueError, etree.LxmlError):  # ValueError: a string with an encoding declaration
        pass
    if tree is None or len(tree) < 1:
        try:
            tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
        except (ValueError, etree.LxmlError):
            return None
    if not isinstance(tree, HtmlElement) or (is_dubious_html(beginning) and len(tree) < 2):
        return None  # not HTML, as trafilatura judges it
    return tree


# ---------------------------------------------------------------------------
# metadata


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower().rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {x.lower().rsplit("/", 1)[-1] for x in t if isinstance(x, str)}
    return set()


def _walk_json(data: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 12:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _walk_json(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from _walk_json(value, depth + 1)


def jsonld_objects(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object of the page (``@graph`` and nested objects included)."""
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw).strip().rstrip(";")
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        objects.extend(_walk_json(data))
    return objects


def _article_object(objects: list[dict]) -> dict:
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    if not articles:
        pages = [o for o in objects if _types(o) & {"webpage", "itempage"} and o.get("datePublished")]
        articles = pages
    if not articles:
        return {}
    return max(articles, key=lambda o: (bool(o.get("articleBody")), bool(o.get("headline")), len(o)))


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    metas: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            metas.setdefault(key.strip().lower(), []).append(_clean_space(content))
    return metas


def _first(*values: Any) -> Any:
    for value in values:
        if isinstance(value, list):
            value = next((v for v in value if v), None)
        if isinstance(value, str):
            value = _clean_space(value)
        if value:
            return value
    return None


def _clean_space(text: str) -> str:
    """NFC text with runs of whitespace as one space (str.split's whitespace is re's \\s)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _json_text(value: Any) -> str | None:
    if isinstance(value, str):
        return _clean_space(value) or None
    if isinstance(value, dict):
        return _json_text(value.get("name") or value.get("@value"))
    if isinstance(value, list):
        return next((t for t in (_json_text(v) for v in value) if t), None)
    return None


ITEMPROPS = ("datePublished", "dateModified", "articleSection", "author")


def _itemprops(tree: HtmlElement) -> dict[str, list[str]]:
    """Values of the microdata properties in ITEMPROPS, found in one pass."""
    values: dict[str, list[str]] = {prop: [] for prop in ITEMPROPS}
    for el in tree.xpath("//*[@itemprop]"):
        for prop in set(el.get("itemprop", "").split()) & values.keys():
            value = el.get("content") or el.get("datetime")
            if value is None and prop == "author":
                names = el.xpath(".//*[@itemprop='name']")
                value = names[0].get("content") or names[0].text_content() if names else None
            if value is None and el.tag not in ("meta", "link"):
                value = el.text_content()
            if value and value.strip():
                values[prop].append(_clean_space(value))
    return values


def metadata(tree: HtmlElement, url: str, hints: dict | None = None) -> dict[str, Any]:
    """Title, authors, dates, section, tags, language and friends of a page."""
    hints = hints or {}
    objects = jsonld_objects(tree)
    art = _article_object(objects)
    metas = _meta_tags(tree)
    props = _itemprops(tree)
    scope = article_scope(tree)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}

    def m(*keys: str) -> list[str]:
        return [v for k in keys for v in metas.get(k, [])]

    og_type = _first(m("og:type"))
    types = sorted(_types(art)) if art else []
    page_type = (art.get("@type") if isinstance(art.get("@type"), str) else (types[0] if types else None)) or og_type
    title = _title(tree, art, m)
    site_name = _first(m("og:site_name", "application-name"), _publisher_name(art, by_id))
    published = _first(
        _iso(art.get("datePublished")),
        *(_iso(v) for v in m("article:published_time", "og:published_time", "datepublished")),
        *(_iso(v) for v in props["datePublished"]),
        *(_iso(v) for v in m(*PUBLISHED_META)),
    ) or _time_published(tree)
    modified = _first(
        _iso(art.get("dateModified")),
        *(_iso(v) for v in m("article:modified_time", "og:updated_time", "datemodified")),
        *(_iso(v) for v in props["dateModified"]),
        *(_iso(v) for v in m(*MODIFIED_META)),
    )
    authors = _authors(tree, scope, art, by_id, m, props, hints)
    section = _first(
        _json_text(art.get("articleSection")),
        m("article:section", "section", "parsely-section", "sailthru.section", "category"),
        props["articleSection"],
        m("article:tag")[:1] if (_first(m("generator")) or "").startswith("Ghost") else [],  # primary tag
        _breadcrumb_section(objects, title, url),
    ) or _first(_html_breadcrumb_section(tree, title))  # a walk over the page: only when needed
    tags = _tags(scope, art, m)
    language = _language(tree, art, m)
    description = _first(
        _json_text(art.get("description")), m("og:description", "description", "twitter:description")
    )
    image = art.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, dict):
        image = image.get("url") or image.get("contentUrl")
    image = _first(m("og:image", "og:image:url", "twitter:image"), image if isinstance(image, str) else None)
    links = {(l.get("rel") or "").lower(): l.get("href") for l in reversed(tree.findall(".//link"))}
    canonical = _first(links.get("canonical"))

    if not (title and published and authors):
        page_url = _first(canonical, m("og:url"))
        page_url = page_url if (page_url or "").startswith(("http://", "https://")) else url
        fb = _fallback_metadata(tree, scope, page_url, title, published, authors, section, tags)
        title = title or fb.get("title")
        published = published or _iso(fb.get("date"))
        if not authors and fb.get("author"):
            scope_text = _clean_space(scope.text_content())
            authors = [a for a in clean_authors([fb["author"]], site_name) if a in scope_text]
        section = section or _first(fb.get("categories") or [])
        tags = tags or _split_tags(fb.get("tags") or [])
        site_name = site_name or _host_name(page_url)
    if modified and published and modified < published:
        modified = None
    is_article = bool(set(types) & ARTICLE_TYPES) or (og_type or "").lower() == "article"
    listing = (og_type or "").lower() in ("website", "profile", "object") or "next" in links \
        or sum(1 for _ in tree.iter("article")) >= 3  # a list of teasers
    return {
        "title": title,
        "authors": authors,
        "published": published,
        "modified": modified,
        "section": section,
        "tags": tags,
        "language": language,
        "description": description,
        "canonical": canonical,
        "image": image,
        "site_name": site_name,
        "page_type": page_type,
        "is_article": is_article,
        "listing": listing,
        "jsonld_body": art.get("articleBody") if isinstance(art.get("articleBody"), str) else None,
    }


PUBLISHED_META = (
    "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "date",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
    "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "original-publish-date", "originalpublicationdate",
    "cxenseparse:recs:publishtime", "citation_publication_date", "created",
)
MODIFIED_META = (
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "article.updated",
    "article_date_updated", "revised", "modified", "cxenseparse:recs:modtime",
)


def _title(tree: HtmlElement, art: dict, m) -> str | None:
    headline = _json_text(art.get("headline")) or _json_text(art.get("name"))
    if headline:
        return headline
    h1s = [_clean_space(h.text_content()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if 3 <= len(h) <= 300]
    page_titles = m("og:title", "twitter:title", "title", "dc.title")
    title_el = tree.find(".//title")
    if title_el is not None and title_el.text:
        page_titles.append(_clean_space(title_el.text))
    for h1 in h1s:
        if any(h1.lower() in t.lower() for t in page_titles):
            return h1
    if page_titles:
        return _strip_site(page_titles[0], m("og:site_name"))
    return h1s[0] if h1s else None


TITLE_SEP_RE = re.compile(r"\s+[|\-–—:•·»]\s+")


def _strip_site(title: str, site_names: list[str]) -> str:
    parts = TITLE_SEP_RE.split(title)
    if len(parts) < 2:
        return title
    names = {s.lower() for s in site_names}
    kept = [p for p in parts if p.lower() not in names]
    if len(kept) < len(parts):
        return " - ".join(kept) if len(kept) > 1 else kept[0]
    # "Headline | Site": a short last part is most likely the site
    if len(parts[-1]) < 30 and len(parts[0]) > 2 * len(parts[-1]):
        return TITLE_SEP_RE.split(title)[0] if len(parts) == 2 else title.rsplit(parts[-1], 1)[0].rstrip(" |-–—:•·»")
    return title


def _publisher_name(art: dict, by_id: dict) -> str | None:
    pub = art.get("publisher")
    if isinstance(pub, dict) and "name" not in pub and isinstance(pub.get("@id"), str):
        pub = by_id.get(pub["@id"], pub)
    return _json_text(pub)


def _iso(value: Any) -> str | None:
    """An ISO 8601 string (date, or date and time with offset when known)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or not re.match(r"^\d{4}-\d{1,2}-\d{1,2}|^\d{4}\d{2}\d{2}", s):
        return _loose_date(s)
    s = re.sub(r"\s+", "T", s, count=1) if re.match(r"^\d{4}-\d\d-\d\d\s+\d", s) else s
    s = s.replace("Z", "+00:00").replace("z", "+00:00")
    s = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", s)
    s = re.sub(r"(\.\d{6})\d+", r"\1", s)
    try:
        parsed = datetime.fromisoformat(s)
    except ValueError:
        match = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", s)
        if not match:
            return None
        try:
            return datetime(*map(int, match.groups())).date().isoformat()
        except ValueError:
            return None
    if not 1990 <= parsed.year <= datetime.now(timezone.utc).year + 1:
        return None
    if len(s) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


def _loose_date(s: str) -> str | None:
    """Dates written as text ("17 January 2024", "Nov 19, 2019 10:00 AM")."""
    if len(s) > 60 or not re.search(r"\d{4}", s):
        return None
    try:
        from dateutil import parser as dateparser

        parsed = dateparser.parse(s, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1990 <= parsed.year <= datetime.now(timezone.utc).year + 1:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d\d", s):
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


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
        value = _clean_space(value)
        if re.match(r"(?:https?:|www\.)", value, re.I):
            continue  # a profile URL, not a name
        value = re.sub(r"\S+@\S+\.\w+", " ", value)  # emails
        value = re.sub(r"\(?@\w+\)?", " ", value)  # handles
        value = _clean_space(re.sub(r"[(\[]\s*[)\]]", " ", value))
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


def _authors(
    tree: HtmlElement, scope: HtmlElement, art: dict, by_id: dict, m, props: dict, hints: dict
) -> list[str]:
    site = _first(m("og:site_name"))
    selector = hints.get("author_selector")
    if selector:
        found = [_clean_space(el.text_content()) for el in _select(tree, selector)]
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
            name = _json_text(a.get("name"))
            if name:
                (orgs if _types(a) & {"organization", "newsmediaorganization"} else raw).append(name)
    names = clean_authors(raw, site)
    if names:
        return names
    for source in (
        [v for v in m("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
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
OUTSIDE_ARTICLE_RE = re.compile(
    r"related|sidebar|comment|popular|widget|recommend|more-|trending|footer|teaser|newsletter|"
    r"author-?box|about-?the-?author|bio\b", re.I
)


def article_scope(tree: HtmlElement) -> HtmlElement:
    """The element holding the article's headline and body: the nearest ancestor of
    the first <h1> that also holds paragraphs; <main> or the whole page otherwise."""
    h1 = next(iter(tree.iter("h1")), None)
    if h1 is not None:
        for anc in h1.iterancestors():
            if anc.tag in ("body", "html"):
                break
            if sum(len(p.text_content()) for p in anc.iter("p")) >= 400:
                return anc
    main = tree.find(".//main")
    return main if main is not None else tree


def _byline(scope: HtmlElement) -> list[str]:
    """Author names from the byline markup of the article itself (never a sidebar)."""
    for xpath in BYLINE_XPATH:
        for el in scope.xpath(xpath):
            if any(OUTSIDE_ARTICLE_RE.search(a.get("class", "") + " " + a.get("id", "")) for a in el.iterancestors()):
                continue
            text = _clean_space(el.text_content())
            if not text or len(text) > 120:
                continue
            names = clean_authors([text])
            if names:
                return names
    return []


def _split_tags(values: Iterable[Any]) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for value in values:
        if isinstance(value, dict):
            value = value.get("name")
        if not isinstance(value, str):
            continue
        for tag in re.split(r"\s*[,;]\s*", value):
            tag = _clean_space(tag)
            if tag and len(tag) <= 80 and tag.lower() not in seen:
                seen.add(tag.lower())
                tags.append(tag)
    return tags


def _tags(scope: HtmlElement, art: dict, m) -> list[str]:
    keywords = art.get("keywords")
    for source in (
        keywords if isinstance(keywords, list) else [keywords],
        m("article:tag"),
        m("news_keywords", "keywords", "parsely-tags", "sailthru.tags"),
    ):
        tags = _split_tags(source)
        if tags:
            return tags
    return _split_tags(  # WordPress and friends: <a rel="tag"> (rel="category tag" is the section)
        _clean_space(a.text_content())
        for a in scope.xpath(".//a[contains(concat(' ', @rel, ' '), ' tag ')]")
        if "category" not in (a.get("rel") or "")
    )


def _time_published(tree: HtmlElement) -> str | None:
    """The date of a <time pubdate> or <time class="...publish...">, the last resort."""
    for t in tree.iter("time"):
        if t.get("datetime") is not None and (t.get("pubdate") is not None or "publish" in (t.get("class") or "")):
            return _iso(t.get("datetime"))
    return None


HOME_NAMES = {"home", "homepage", "accueil", "startseite", "главная", "inicio"}


def _breadcrumb_section(objects: list[dict], title: str | None, url: str) -> str | None:
    for obj in objects:
        if "breadcrumblist" not in _types(obj):
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
            name = _json_text(item.get("name")) or _json_text(item.get("item"))
            target = item.get("item")
            target = target.get("@id") if isinstance(target, dict) else target
            if name:
                names.append((name, target))
        if names and (names[-1][0] == title or names[-1][1] == url or len(names) > 2):
            names = names[:-1]
        names = [n for n, _ in names if n.lower() not in HOME_NAMES]
        if names:
            return names[-1]
    return None


def _html_breadcrumb_section(tree: HtmlElement, title: str | None) -> str | None:
    """The last step of a visible breadcrumb trail (``nav.breadcrumb`` and the
    like) before the page itself, not counting "Home"."""
    for trail in tree.xpath(
        "//*[contains(@class, 'breadcrumb') or contains(@id, 'breadcrumb')]"
        "[not(ancestor::*[contains(@class, 'breadcrumb') or contains(@id, 'breadcrumb')])]"
    ):
        names = [n for n in _crumbs(trail) if n.lower() not in HOME_NAMES and n != title]
        if names:
            return names[-1]
    return None


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


def _language(tree: HtmlElement, art: dict, m) -> str | None:
    candidates = [
        _json_text(art.get("inLanguage")),
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *m("content-language", "og:locale", "dc.language", "language"),
    ]
    for value in candidates:
        if value:
            lang = re.split(r"[-_]", value.strip())[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", lang):
                return lang
    return None


def _fallback_metadata(
    tree: HtmlElement, scope: HtmlElement, url: str, title: Any, published: Any, authors: Any, section: Any, tags: Any
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
            found["date"] = find_date(tree, url=url or None, **set_date_params(True))
        if not authors:  # only names inside the article count: search there
            found["author"] = extract_author(scope)
        if not section:
            found["categories"] = extract_catstags("category", tree)
        if not tags:
            found["tags"] = extract_catstags("tag", tree)
    except (ValueError, TypeError, AttributeError, etree.LxmlError) as exc:
        log.debug("metadata fallback failed for %s: %r", url, exc)
    return found


def _host_name(url: str | None) -> str | None:
    """The site's host name without "www.", as a last resort for ``site_name``."""
    match = re.match(r"https?://(?:www\.|w[0-9]+\.)?([^/:?#]+)", url or "")
    return match[1] if match else None


def _select(tree: HtmlElement, selector: str) -> list[HtmlElement]:
    """Elements matching a CSS selector, or an XPath when it starts with / or (."""
    selector = selector.strip()
    try:
        if selector.startswith(("/", "(", "./")):
            found = tree.xpath(selector)
        else:
            from lxml.cssselect import CSSSelector

            found = CSSSelector(selector, translator="html")(tree)
    except (etree.XPathError, SyntaxError, ValueError) as exc:  # cssselect raises SelectorSyntaxError(SyntaxError)
        log.warning("bad selector %r: %s", selector, exc)
        return []
    return [el for el in found if isinstance(el, etree._Element)]


# ---------------------------------------------------------------------------
# body text


class Block:
    """One block of body text: its kind (p, head, list, table, quote, code), its text,
    and the share of its characters that sat inside links."""

    __slots__ = ("kind", "text", "links")

    def __init__(self, kind: str, text: str, links: float = 0.0):
        self.kind, self.text, self.links = kind, text, links

    def __repr__(self) -> str:
        return f"Block({self.kind!r}, {self.text[:40]!r}, links={self.links:.2f})"


def _link_share(el: etree._Element, link_tag: str = "ref") -> float:
    """Share of the element's text inside links (``ref`` in trafilatura's output, ``a`` in HTML)."""
    if next(el.iter(link_tag), None) is None:
        return 0.0
    total = len(_clean_space("".join(el.itertext())))
    if not total:
        return 0.0
    linked = sum(len(_clean_space("".join(r.itertext()))) for r in el.iter(link_tag))
    return min(1.0, linked / total)


def _trafilatura_blocks(tree: HtmlElement) -> list[Block]:
    """trafilatura's body as blocks.

    trafilatura first runs in fast mode (its own extractor, no readability or justext
    comparison: a third of its cost).  Only a thin result (few or short blocks, or
    mostly links: the page may have defeated its extractor) calls for the full cascade.
    """
    blocks = _bare_blocks(tree, fast=True)
    if _thin(blocks):
        return _bare_blocks(tree, fast=False)
    return blocks


def _thin(blocks: list[Block]) -> bool:
    chars = sum(len(b.text) for b in blocks)
    linked = sum(len(b.text) * b.links for b in blocks)
    return len(blocks) < 3 or chars < 1000 or linked >= 0.5 * chars


@lru_cache(maxsize=2)
def _trafilatura_options(fast: bool):
    """trafilatura's settings for a run, made once (it would make them on every call;
    it documents a shared ``Extractor`` as safe)."""
    from trafilatura.settings import Extractor

    return Extractor(
        url=None,  # links are kept for their share of the text, not their targets: no URL fixing
        fast=fast,
        comments=False,
        tables=True,
        images=False,
        links=True,
        with_metadata=False,
        dedup=False,
        output_format="txt",  # not "python": that renders the whole body once more, unused here
    )


def _bare_blocks(tree: HtmlElement, fast: bool) -> list[Block]:
    """One run of trafilatura over ``tree`` (which it copies, so ``tree`` stays as it is)."""
    from trafilatura import bare_extraction
    from trafilatura.xml import xmltotxt

    doc = bare_extraction(tree, fast=fast, options=_trafilatura_options(fast))
    if doc is None or doc.body is None:
        return []
    blocks: list[Block] = []
    if doc.body.text and doc.body.text.strip():
        blocks.append(Block("p", _clean_space(doc.body.text)))
    for child in list(doc.body):  # each child moves into a holder of its own: no copies
        tail, child.tail = child.tail, None
        links = _link_share(child)
        etree.strip_tags(child, "ref")
        holder = etree.Element("body")
        holder.append(child)
        text = xmltotxt(holder, False).strip()
        kind = child.tag if child.tag in ("head", "list", "table", "quote", "code") else "p"
        if kind in ("p", "head", "quote"):
            text = "\n".join(_clean_space(line) for line in text.split("\n") if line.strip())
        if text:
            blocks.append(Block(kind, text, links))
        if tail and tail.strip():
            blocks.append(Block("p", _clean_space(tail)))
    return blocks


def _norm(text: str) -> str:
    return " ".join(WORD_RE.findall(text.lower()))


def _shingles(tokens: list[str], n: int = 4) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


class _Confirmer:
    """Tells whether a block's text is also in a reference list of blocks, allowing for
    different segmentation (one paragraph there, two here) and small differences."""

    def __init__(self, reference: list[Block]):
        self.exact = {_norm(b.text) for b in reference}
        tokens = WORD_RE.findall(" ".join(b.text for b in reference).lower())
        self.joined = " " + " ".join(tokens) + " "
        self.shingles = _shingles(tokens)

    def coverage(self, blocks: list[Block]) -> float:
        """Share of the shingles of ``blocks`` found in the reference."""
        sh = _shingles(WORD_RE.findall(" ".join(b.text for b in blocks).lower()))
        total = sum(sh.values())
        return sum((sh & self.shingles).values()) / total if total else 1.0

    def __call__(self, block: Block) -> bool:
        norm = _norm(block.text)
        if norm in self.exact:
            return True
        tokens = norm.split()
        if len(tokens) < 5:
            return False
        if f" {norm} " in self.joined:
            return True
        sh = _shingles(tokens)
        total = sum(sh.values())
        return total > 0 and sum((sh & self.shingles).values()) >= 0.8 * total


#: Containers whose lists are never body text, however they sit.
NOT_BODY_TAGS = frozenset("aside nav footer header figure form menu button label select noscript li".split())


def _fill_gaps(work: HtmlElement, blocks: list[Block]) -> list[Block]:
    """Put back the lists trafilatura dropped from inside the body (it drops some, such
    as the points a joint statement agrees on): a list that sits between two paragraphs
    it kept, when the list reads as text, not as links or furniture.

    Looks only at lists between paragraphs: no second trafilatura run.
    """
    if len(blocks) < 2:
        return blocks
    found = None
    out = list(blocks)
    for el in work.iter("ul", "ol"):
        if not _between_paragraphs(el):
            continue
        block = _source_block(el)
        if not _text_list(block) or not _in_body(el):
            continue
        found = found or _Confirmer(blocks)
        before, after = _source_block(el.getprevious()), _source_block(el.getnext())
        if found(block) or not (found(before) and found(after)):
            continue
        at = _position_after(out, before)
        if at is not None:
            out.insert(at, block)
    return out


def _between_paragraphs(el: HtmlElement) -> bool:
    before, after = el.getprevious(), el.getnext()
    return (
        before is not None
        and after is not None
        and before.tag == after.tag == "p"
        and next(el.iterancestors("ul", "ol"), None) is None
    )


def _source_block(el: HtmlElement) -> Block:
    """A <p>, <ul> or <ol> of the page as a block, shaped like trafilatura's."""
    links = _link_share(el, "a")
    if el.tag == "p":
        return Block("p", _clean_space(el.text_content().replace("\xad", "")), links)
    items = [_clean_space(li.text_content().replace("\xad", "")) for li in el.iterchildren("li")]
    return Block("list", "\n".join(f"- {item}" for item in items if item), links)


def _position_after(blocks: list[Block], block: Block) -> int | None:
    """Index just after the block that holds ``block``'s text, if one does."""
    words = _norm(block.text)
    for i, b in enumerate(blocks):
        if words and words in _norm(b.text):
            return i + 1
    return None


GALLERY_RE = re.compile(r"galler|slide|carousel|caption", re.I)


def _in_body(el: HtmlElement) -> bool:
    """Neither the element nor a container of it is page furniture or a gallery."""
    for a in (el, *el.iterancestors()):
        names = f"{a.get('class', '')} {a.get('id', '')}"
        if a.tag in NOT_BODY_TAGS or OUTSIDE_ARTICLE_RE.search(names) or GALLERY_RE.search(names):
            return False
    return True


def _text_list(b: Block) -> bool:
    """A list that reads as text: few links, items of some words, no shouting, no furniture."""
    lines = [line for line in b.text.split("\n") if line.strip()]
    return (
        b.kind == "list"
        and b.links < 0.2
        and len(b.text.split()) >= 4 * len(lines)
        and not b.text.isupper()
        and not _is_furniture(b)
    )


# ---------------------------------------------------------------------------
# furniture: what trafilatura leaves behind

_FURNITURE_SHORT = [  # whole block, when short (<= 25 words)
    # related links and promotions
    r"(?:also read|read also|read more|more:|see also|related(?: articles?| stories| posts| news| content| coverage| reading)?|"
    r"recommended(?: for you| stories| reading)?|you (?:may|might) also (?:like|be interested)|more (?:from|on|about) |"
    r"most (?:popular|read|viewed|shared)|trending(?: now| stories)?|popular (?:on|now|stories)|top stories|editor'?s picks|"
    r"don'?t miss|explore further|further reading|also on |lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|"
    r"leer más|lea también|lee también|leia (?:também|mais)|veja também|leggi anche|читайте также|читать также|см\. также)",
    # sharing and following
    r"(?:follow us|follow @|like us on|share (?:this|on|via|it|the)|share$|tweet$|print(?: this)?(?: article| story| page)?$|"
    r"(?:order )?reprints?$|email$|whatsapp$|facebook$|twitter$|"
    r"linkedin$|pinterest$|copy link|like this (?:story|article)|suivez-nous|partager|folgen sie uns|teilen$|síguenos|compartir$|"
    r"подписывайтесь|поделиться)",
    # newsletters, subscriptions, apps
    r"(?:sign up|subscribe|get (?:the|our) .{0,40}newsletter|click here|tap here|download (?:the|our) app|get .{0,30} app\b|"
    r"join our|thanks for (?:signing up|subscribing)|thank you for (?:signing up|subscribing)|"
    r"abonnez-vous|inscrivez-vous|abonnieren|suscríbete|подпишитесь)",
    # ads, form and error chrome
    r"(?:advertisement|advertising|sponsored(?: content)?|publicité|anzeige|реклама|publicidad|"
    r"an error (?:has )?occurred|something went wrong|please try again|sorry!?$|thank you!?$|loading\.*$)",
    # widget chrome: galleries, carousels, menus
    r"(?:(?:image|photo|slide|picture)\s*\d+\s*(?:of|/)\s*\d+|\d+\s*(?:of|/)\s*\d+$|back to (?:gallery|top)|"
    r"(?:close|caption|next|previous|prev|menu|search|expand|collapse|enlarge|view gallery|open gallery|skip ad)$)",
    # bylines, datelines, reading time, tags
    r"(?:by|posted by|written by|reported by|words by|par|von|por|автор)\s*:?\s+\S+(?:\s+\S+){0,6}$",
    r"(?:published|updated|posted|last updated|first published|modified|publié|mis à jour|veröffentlicht|aktualisiert|"
    r"publicado|actualizado|опубликовано|обновлено)\b.{0,60}$",
    r"\d+\s*(?:min(?:ute)?s?|minutes?)\s+(?:read|de lecture|lesezeit|de lectura)$",
    r"(?:tags?|topics?|filed under|categories|category|keywords|themen|étiquettes|теги|метки)\s*:?(?:\s.{0,200})?$",
    # comments and copyright
    r"(?:comments?|\d+ comments?|leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments|"
    r"tell us what you think|join the (?:discussion|conversation)|commentaires?|kommentare)\b",
    r"(?:copyright|©|\(c\)|all rights reserved)",
    # captions and credits
    r"(?:photo|image|picture|pictured|credit|foto|фото|file photo|photograph)\s*(?::|©|by\b|credit)",
]
FURNITURE_SHORT_RE = re.compile(r"^\W*(?:" + "|".join(_FURNITURE_SHORT) + ")", re.I)
FURNITURE_ANY_RE = re.compile(  # anywhere in a block of at most 40 words
    r"\b(?:we use cookies|this (?:web)?site uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|"
    r"sign up (?:for|to) (?:our|the) .{0,40}newsletter|subscribe to (?:our|the) .{0,40}(?:newsletter|channel)|"
    r"delivered (?:straight )?to your inbox|in your inbox|"
    r"this copy is for your personal, non-commercial use|"
    r"for more (?:news|stories|videos),? (?:follow|subscribe|visit))",
    re.I,
)
DATE_ONLY_RE = re.compile(
    r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s+[a-zа-яé]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*(?:at|,|-|–|\|)?\s*\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\W*$",
    re.I,
)
EMAIL_ONLY_RE = re.compile(r"^\W*\S+@\S+\.\w+\W*$")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
URL_ONLY_RE = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$")


def _list_items(text: str) -> list[str]:
    return [line.lstrip("-•* ").strip() for line in text.split("\n") if line.strip(" -•*")]


def _is_furniture(b: Block) -> bool:
    text = b.text.strip()
    if not WORD_RE.search(text):
        return True
    words = len(text.split())
    if words <= 25 and FURNITURE_SHORT_RE.match(text):
        return True
    if words <= 40 and FURNITURE_ANY_RE.search(text):
        return True
    if words <= 10 and (DATE_ONLY_RE.match(text) or EMAIL_ONLY_RE.match(text) or URL_ONLY_RE.match(text)):
        return True
    if words <= 12 and EMAIL_RE.search(text):
        return True  # a contact line: "Write to Jane Doe at jane@example.com"
    if b.kind == "list" and all(_is_furniture(Block("p", item)) for item in _list_items(text)):
        return True  # a list of tools or prompts ("Order Reprints", "Print Article")
    if words <= 15 and _is_dateline(text):
        return True
    if b.kind in ("p", "head") and b.links >= 0.8 and words <= 15:
        return True  # a lone link: related article, tag, "read the full story"
    return False


DATE_WORDS = frozenset(
    """
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
    september october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday
    friday saturday sunday am pm at on of the updated published posted edt est gmt utc bst cet cest ist
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi
    mercredi jeudi vendredi samedi dimanche le à h mis jour publié
    januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag
    sonntag um uhr am veröffentlicht aktualisiert
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes
    martes miércoles jueves viernes sábado domingo de del las actualizado publicado
    janeiro fevereiro março maio junho julho setembro outubro novembro dezembro segunda terça quarta
    quinta sexta feira sábado domingo às em
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì
    giovedì venerdì sabato alle
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря г года в
    понедельник вторник среда четверг пятница суббота воскресенье опубликовано обновлено
    """.split()
)


def _is_dateline(text: str) -> bool:
    """A block made of a date and time and little else ("segunda-feira, 22 de janeiro de 2018 às 0:13")."""
    tokens = WORD_RE.findall(text.lower())
    if not tokens or not re.search(r"\b(?:19|20)\d\d\b|\d{1,2}[:.]\d\d", text):
        return False
    dateish = sum(1 for t in tokens if t.isdigit() or t in DATE_WORDS)
    return dateish >= 0.75 * len(tokens)


CAPTION_CLASS_RE = re.compile(r"caption|credit|photo-desc|image-desc")


def _captions(work: HtmlElement, marks: _Marks) -> set[str]:
    """Normalised texts of figure captions and image credits on the page."""
    found = set()
    for el in [*work.iter("figcaption"), *marks.classed(CAPTION_CLASS_RE)]:
        text = _norm(el.text_content())
        if text and len(text) < 600:
            found.add(text)
    for img in work.iter("img"):
        for attr in ("alt", "title"):
            text = _norm(img.get(attr) or "")
            if len(text.split()) >= 4:
                found.add(text)
    return found


STANDFIRST_RE = re.compile(r"excerpt|standfirst|\bdek\b|sub-?title|sub-?headline|strapline|kicker|article-?deck")


def _standfirsts(marks: _Marks) -> set[str]:
    """Texts of the standfirst/excerpt elements set apart from the body."""
    found = set()
    for el in marks.classed(STANDFIRST_RE):
        text = _norm(el.text_content())
        if text and len(text) < 600:
            found.add(text)
    return found


def _clean_blocks(
    blocks: list[Block], meta: dict, captions: set[str], standfirsts: set[str] = frozenset()
) -> list[Block]:
    title = _norm(meta.get("title") or "")
    description = _norm(meta.get("description") or "")
    authors = {_norm(a) for a in meta.get("authors") or []}
    out: list[Block] = []
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        norm = _norm(b.text)
        if not norm:
            continue
        leading = not out
        if leading and title and (norm == title or (b.kind == "head" and _similar(norm, title))):
            continue
        if leading and description and b.kind == "head" and _similar(norm, description):
            continue  # the standfirst as a heading: kept in ``description``
        if leading and norm in standfirsts:
            continue
        if _is_furniture(b):
            continue
        if norm in captions and len(norm.split()) <= 60:
            continue
        if norm in authors:
            continue
        if authors and i >= len(blocks) - 3 and any(norm.startswith(a + " is ") or norm.startswith(a + " has ") for a in authors):
            continue  # author bio at the end
        if norm in seen and len(norm.split()) >= 15:
            continue  # a long paragraph twice is a page artefact; short repeats may be structure
        seen.add(norm)
        out.append(b)
    # trailing leftovers: headings with nothing under them, link lists, teaser lists
    while out and (
        out[-1].kind == "head"
        or (out[-1].links > 0.5 and len(out[-1].text.split()) <= 40)
        or (out[-1].kind == "list" and out[-1].links >= 0.2)
    ):
        out.pop()
    return out


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return False
    common = sum((Counter(ta) & Counter(tb)).values())
    return common >= 0.8 * max(len(ta), len(tb))


# ---------------------------------------------------------------------------
# putting it together

#: Inline styles that hide an element (as do the ``hidden`` attribute and <template>).
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


#: Elements that never hold article text (JSON-LD scripts stay: trafilatura's rescue reads them).
INERT_TAGS = ("script", "style", "template", "svg")
#: Page furniture trafilatura deletes anyway (in its tree cleaning), often a third of the
#: page: gone first, trafilatura's dozen walks over the page (XPath, copies) are shorter.
FURNITURE_TAGS = ("aside", "footer", "nav", "menu")


def _holds_jsonld(el: etree._Element) -> bool:
    return any((s.get("type") or "").strip().lower() == "application/ld+json" for s in el.iter("script"))


def _remove(el: etree._Element) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


class _Marks:
    """The elements later steps look for by attribute, found in one walk over the page.

    Each XPath ``//*[...]`` query walks the whole tree again (about as costly as
    this walk); the preparation and cleanup steps would need half a dozen.
    """

    def __init__(self, root: HtmlElement):
        self.root = root
        self.classes: list[tuple[str, HtmlElement]] = []  # (lower-cased class, element)
        self.hidden: list[HtmlElement] = []
        self.body_props: list[HtmlElement] = []  # itemprop="articleBody"
        for el in root.iter(etree.Element):
            cls, style = el.get("class"), el.get("style")
            if cls:
                self.classes.append((cls.lower(), el))
            hidden = el.get("hidden") is not None or (style and HIDDEN_STYLE_RE.search(style))
            if hidden and el.tag not in ("html", "body"):
                self.hidden.append(el)
            if el.get("itemprop") == "articleBody":
                self.body_props.append(el)
        self.class_names = {cls for cls, _ in self.classes}  # each distinct class is tested once

    def classed(self, pattern: re.Pattern) -> list[HtmlElement]:
        """Elements still in the page, in document order, whose lower-cased class
        matches ``pattern`` (a lower-case regex: much faster than one with re.I)."""
        hits = {cls for cls in self.class_names if pattern.search(cls)}
        return [el for cls, el in self.classes if cls in hits and self.attached(el)]

    def attached(self, el: HtmlElement) -> bool:
        """Whether ``el`` is still in the page (not removed with a hidden container, say)."""
        ancestors = list(el.iterancestors())
        return (ancestors[-1] if ancestors else el) is self.root


def _prepare_tree(work: HtmlElement, hints: dict) -> _Marks:
    """Clean the parsed page in place before trafilatura sees it."""
    for selector in hints.get("drop_selectors") or []:
        for el in _select(work, selector):
            _remove(el)
    for el in list(work.iter(*INERT_TAGS, *FURNITURE_TAGS)):
        if not _holds_jsonld(el):
            _remove(el)
    marks = _Marks(work)
    for el in marks.hidden:
        _remove(el)
    _merge_split_bodies(work, marks)
    _unwrap_embedded_posts(work)
    _delayout_tables(work)
    return marks


def _delayout_tables(work: HtmlElement) -> None:
    """Turn tables used for page layout (old CMSes, government sites) into divs, so
    their columns are not read as one row of data."""
    for table in reversed(list(work.iter("table"))):
        cells = table.xpath("./tr/td | ./tbody/tr/td | ./thead/tr/td | ./tr/th | ./tbody/tr/th")
        layout = table.get("role") in ("presentation", "none") or table.xpath(".//h1 | .//h2") or any(
            len(cell.xpath("./p | ./div/p")) >= 2 or len(cell.text_content()) > 1500 for cell in cells
        )
        if not layout:
            continue
        for el in [table, *table.xpath("./tbody | ./thead | ./tfoot | ./tr | ./*/tr")]:
            el.tag = "div"
        for cell in cells:
            cell.tag = "div"


def _unwrap_embedded_posts(work: HtmlElement) -> None:
    """Embedded tweets are quoted content (a minister's statement, say): free them from
    the social-widget wrappers trafilatura discards, as plain blockquotes."""
    for bq in [bq for bq in work.iter("blockquote") if "twitter-tweet" in (bq.get("class") or "")]:
        top = bq
        own = _clean_space(bq.text_content())
        while (
            top.getparent() is not None
            and top.getparent().tag in ("div", "figure", "span", "section", "aside")
            and _clean_space(top.getparent().text_content()) == own
        ):
            top = top.getparent()
        for key in list(bq.attrib):
            del bq.attrib[key]
        if top is not bq:
            tail = top.tail
            top.getparent().replace(top, bq)
            bq.tail = tail


def _element_count(tree: HtmlElement) -> int:
    return int(tree.xpath("count(//*)"))  # counted inside libxml2: no Python object a node


def _cap_tree(work: HtmlElement) -> None:
    """Keep pathological trees (huge link farms, endless lists) within MAX_ELEMENTS."""
    if _element_count(work) <= MAX_ELEMENTS:
        return
    for el in work.xpath("//script | //style | //svg | //noscript | //iframe | //select | //option"):
        _remove(el)
    if _element_count(work) <= MAX_ELEMENTS:
        return
    # lists and tables mostly made of links go next
    for el in work.xpath("//ul | //ol | //table | //nav"):
        if el.getparent() is None:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a"))
        total = len(el.text_content()) or 1
        if links / total > 0.5:
            _remove(el)
    # as a last resort, cut the document after MAX_ELEMENTS elements
    for i, el in enumerate(list(work.iter())):
        if i > MAX_ELEMENTS and el.getparent() is not None:
            el.getparent().remove(el)


def _scoped(work: HtmlElement, selector: str) -> HtmlElement | None:
    """A document holding only the elements a site profile names as content."""
    found = _select(work, selector)
    found = [el for el in found if not any(a in found for a in el.iterancestors())]
    if not found:
        return None
    from lxml.html import fromstring

    doc = fromstring("<html><head></head><body></body></html>")
    body = doc.find("body")
    for el in found:
        copy = deepcopy(el)
        copy.tail = None
        body.append(copy)
    return doc


def body_blocks(tree: HtmlElement, hints: dict, meta: dict) -> list[str]:
    """The article body as a list of text blocks (paragraphs, headings, lists).

    Works on ``tree`` in place (hidden elements dropped, split bodies joined): pass
    a tree nothing else needs afterwards.
    """
    work = tree
    marks = _prepare_tree(work, hints)
    source = work
    if hints.get("content_selector"):
        source = _scoped(work, hints["content_selector"]) or work
    blocks = _fill_gaps(source, _trafilatura_blocks(source))
    blocks = _clean_blocks(blocks, meta, _captions(work, marks), _standfirsts(marks))
    texts = [b.text for b in blocks]
    structured = _structured_body(meta.get("jsonld_body"))
    s_len, t_len = sum(map(len, structured)), sum(map(len, texts))
    if s_len >= max(400, 2 * t_len):
        return structured  # the page renders its body with scripts; its JSON-LD has it
    if s_len >= 400 and len(texts) <= 1 < len(structured) and t_len <= 1.2 * s_len:
        same = _Confirmer([Block("p", t) for t in structured]).coverage([Block("p", t) for t in texts])
        if same >= 0.8:
            return structured  # the same text, with its paragraphs
    return texts


def _structured_body(body: str | None) -> list[str]:
    """Paragraphs of a JSON-LD ``articleBody`` (plain text, sometimes with markup)."""
    if not body or not body.strip():
        return []
    if "<" in body and re.search(r"</?(?:p|br|div|h\d)\b", body, re.I):
        from lxml.html import fromstring

        try:
            frag = fromstring(f"<div>{body}</div>")
        except (etree.ParserError, ValueError):
            return []
        for br in frag.iter("br"):
            br.tail = "\n" + (br.tail or "")
        for el in frag.iter("p", "div", "h1", "h2", "h3", "h4", "li"):
            el.tail = "\n\n" + (el.tail or "")
        body = frag.text_content()
    return [_clean_space(p) for p in re.split(r"\n\s*\n|\n", body) if _clean_space(p)]


BODYISH = (
    "articlebody", "articlecontent", "articletext", "articlechunk", "storybody", "storycontent",
    "storytext", "postbody", "postcontent", "entrycontent", "bodycontainer", "contentbody", "bodytext",
)


#: Every BODYISH key holds one of these words.
BODYISH_HINT_RE = re.compile(r"body|content|text|chunk")


def _bodyish(el: etree._Element) -> bool:
    cls = (el.get("class") or "").lower().replace("-", "").replace("_", "")
    return any(key in cls for key in BODYISH) or el.get("itemprop") == "articleBody"


def _merge_split_bodies(work: HtmlElement, marks: _Marks) -> int:
    """Join an article body the page split into several same-class containers
    (ads or widgets between chunks), so extraction does not stop at the first.

    Only containers sharing tag and class, within three levels of a common
    ancestor, with no <article> or <h1> in between (so next-article feeds stay apart).
    """
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    candidates = marks.classed(BODYISH_HINT_RE) + [el for el in marks.body_props if marks.attached(el)]
    for el in dict.fromkeys(candidates):
        if el.tag in ("div", "section", "article") and _bodyish(el) and el.find(".//p") is not None:
            groups.setdefault((el.tag, el.get("class") or el.get("itemprop") or ""), []).append(el)
    merged = 0
    for (tag, _), els in groups.items():
        els = [e for e in els if not any(a in els for a in e.iterancestors())]
        if len(els) < 2:
            continue
        first = els[0]
        ancestors = list(first.iterancestors())[:3]
        for other in els[1:]:
            common = next((a for a in ancestors if other in a.iterdescendants()), None)
            if common is None:
                continue
            between = [a for a in other.iterancestors()]
            between = between[: between.index(common)] if common in between else between
            if any(a.tag == "article" for a in between) or tag == "article":
                continue
            if any(h.tag == "h1" for h in common.iter("h1")):
                continue
            for child in list(other):
                first.append(child)
            _remove(other)
            merged += 1
    return merged


#: A page whose date is written out, so that the first use builds dateparser's tables.
WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    "<p class='date'>Nov. 19th, 2019, 10:15 a.m. EST</p><p>"
    + "A warm-up sentence of plain words. " * 20
    + "</p></article></body></html>"
)


def warm_up() -> None:
    """Pay extraction's one-time costs (htmldate's and dateparser's tables) now,
    e.g. when a worker process starts, rather than on the first page it is timed on."""
    extract(WARM_UP_PAGE, "https://example.org/warm-up")
