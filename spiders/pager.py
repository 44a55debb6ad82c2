"""Which link of a section's page leads to its next page, where no page number a
pattern knows tells it (``links.page_number``): a pager parameter of any name, a path
that differs by a number, a portal's first page at its bare address, a cursor (a
moment, or the sort value and the id of the last row shown), a script that submits the
list's form with the next page's number.  ``sections.next_rank`` ranks the links with
these; on a page of several lists each paged by a parameter of its own, every list's
next page is followed (``other_pagers``)."""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qsl, quote, unquote, urljoin, urlsplit

from spiders.links import normalize

#: A link's label that says it leads on: "Next", "Older", "More posts", an arrow.
NEXT_TEXT = re.compile(r"^\s*(older|next|more|earlier|»|›|→|>)\b|(older|next|more) (posts|entries|articles|news|stories)|^\s*(»|›|→)\s*$", re.I)


#: Epoch seconds or milliseconds from 2000 to 2100: a pager value that is a moment.
MOMENTS = ((946_684_800, 4_102_444_800), (946_684_800_000, 4_102_444_800_000))


def moment_of(value: int) -> float | None:
    """The epoch seconds a pager value names when it is a moment (a cursor), else None."""
    for scale, (low, high) in zip((1, 1000), MOMENTS):
        if low <= value < high:
            return value / scale
    return None


def time_step(number: int, now: int) -> bool | None:
    """Whether a pager value that is a moment (a cursor: ``?offset=<ms>``, the time of the
    last post shown) goes back in time from the current page's moment: True (a list,
    newest first, pages back in time, whatever its labels' language: the earliest such
    link is the next page), False for a moment later than the current page's or than the
    present (a calendar's next month, a list's "newer" link: never the next page); None
    when it is no moment, or on a first page (no moment of its own) not in the future."""
    moment = moment_of(number)
    if moment is None:
        return None
    if moment > time.time():
        return False
    if moment_of(now) is None:
        return None
    return number < now


def pager_step(url: str, label: str, current: str) -> tuple[int, int] | None:
    """The number a pager link names, and the current page's, when its query
    parameter has a name ``page_number`` does not know (``?PageIndex=3``,
    ``?pagina=3``, ``&limitstart=10``): a link labelled with a number or "Next",
    to the current page's path, whose query differs from the current page's in one
    parameter only, a number (a checksum of the query beside it changes too), or (same
    query) whose path differs from the current page's by a number (``path_step``).  An
    article named by an id on the same path (``news.aspx?ID=17``) has a title for its
    label."""
    label = number_label(label)
    if not (label.isdigit() or NEXT_TEXT.search(label)):
        return None
    there, here = urlsplit(url), urlsplit(current)
    if there.path != here.path:
        return path_step(there.path, here.path) if there.query == here.query else None
    theirs, ours = dict(parse_qsl(there.query)), dict(parse_qsl(here.query))
    changed = changed_params(theirs, ours)
    if len(changed) != 1:
        return added_step(theirs, ours, label) or cursor_step(theirs, changed, label)
    value, before = theirs.get(changed[0], ""), ours.get(changed[0], "0")
    if not value.isdigit():
        value, before = nested_number(value), nested_number(before) or "0"
        if not value:
            return None
    return int(value), int(before) if before.isdigit() else 0


def changed_params(theirs: dict[str, str], ours: dict[str, str]) -> list[str]:
    """The parameters in which a link's query differs from the current page's, a checksum
    of the query (``CHECKSUM``) aside."""
    return [key for key in theirs.keys() | ours.keys() if theirs.get(key) != ours.get(key)
            and not CHECKSUM.match(theirs.get(key, ""))]


#: A pager's number link whose label is the word "page" and the number: "Seite 2", "Page 2"
#: (the word often hidden from sight, for screen readers).  Not another word: "Bulletin 12",
#: "Talks 2" name the items of a series.
WORD_AND_NUMBER = re.compile(
    r"^(?:page|seite|página|pagina|pág\.?|strona|stránka|strana|stran|stranica|страница|сторінка|sayfa|side|sida|"
    r"sivu|oldal|puslapis|lapa|lehekülg|trang|halaman|sahifa|хуудас|σελίδα|صفحة|صفحه|עמוד|หน้า|पृष्ठ|페이지|ページ|页|頁)"
    r"\s*(\d{1,4})$", re.I)


def number_label(label: str) -> str:
    """A pager link's label as its number when it is the word "page" and a number ("Seite 2")."""
    match = WORD_AND_NUMBER.match(label)
    return match.group(1) if match else label


def nested_number(value: str) -> str | None:
    """The page number a query value holds when it is itself a percent-encoded query,
    encoded once more (``gtp=%2526816902_list%253D2``: ``&816902_list=2``, a list's id
    and its page): its one parameter whose value is a number of four digits at most; not an
    address with a query (a return address, ``%2Fnews%3Fpage%3D2``)."""
    for _ in range(3):
        if "=" in value:
            break
        value = unquote(value)
    numbers = [v for _, v in parse_qsl(value.lstrip("&?")) if v.isdigit() and len(v) <= 4]
    return numbers[0] if len(numbers) == 1 and "=" in value and "/" not in value else None  # no address


def added_step(theirs: dict[str, str], ours: dict[str, str], label: str) -> tuple[int, int] | None:
    """The number a pager link names on the pager's first page when that page is the bare
    address and the pager's links add parameters of their own to it (a portal's portlet
    id, state and page size beside the page number): the link keeps every parameter of
    the current page, and one parameter it adds has the link's number label for its
    value (three digits at most: a year's filter, ``?year=2024``, is no page); the
    current page is the first.  Not a link that adds a year (a calendar's day,
    ``?day=12&month=3&year=2024``)."""
    if not (label.isdigit() and len(label) <= 3) or any(theirs.get(key) != value for key, value in ours.items()):
        return None
    if any(YEAR.match(theirs[key]) for key in theirs.keys() - ours.keys()):
        return None
    named = [key for key in theirs.keys() - ours.keys() if theirs[key] == label]
    return (int(label), 1) if len(named) == 1 else None


def cursor_step(theirs: dict[str, str], changed: list[str], label: str) -> tuple[int, int] | None:
    """One step after the current page for a "Next" link to the current page's path whose
    query changes several parameters, a number among them: a cursor that names where the
    next page starts (the sort field's value and the id of the last row shown, the first
    row's number: ``?Paged=TRUE&p_Created=<time>&p_ID=123&PageFirstRow=11&View=<id>``),
    not a page number.  Only its label tells it from a link back ("Previous")."""
    if label.isdigit() or not NEXT_TEXT.search(label):
        return None
    return (1, 0) if any(theirs.get(key, "").isdigit() for key in changed) else None


#: A query value that is a year.
YEAR = re.compile(r"^(?:19|20)\d\d$")
#: A query value that is a hash of the others (TYPO3's ``cHash``, a signed link's
#: token): 16 hex digits or more with a letter; it changes with every page of a pager.
CHECKSUM = re.compile(r"^(?=.*[a-f])[0-9a-f]{16,}$", re.I)
DIGITS = re.compile(r"(\d+)")
PAGE_SEGMENT = re.compile(r"^[^\W\d]{0,8}[-_]?(\d{1,3})/?$")  # "2", "page2", "seite-2"; no year


def path_step(there: str, here: str) -> tuple[int, int] | None:
    """The number a pager link's path names, and the current page's, for paths no
    pattern knows (jekyll-paginate's /blog/page2/): the two paths differ in one
    number only, or the link's path is the current one (with its slash or without: a
    content pager's ``/news/-in-Category/Categories/press-releases/2``) and a segment of
    a short word and a number."""
    theirs, ours = DIGITS.split(there), DIGITS.split(here)
    if len(theirs) == len(ours):
        changed = [i for i, (a, b) in enumerate(zip(theirs, ours)) if a != b]
        if len(changed) == 1 and changed[0] % 2 == 1:  # odd parts are the numbers
            return int(theirs[changed[0]]), int(ours[changed[0]])
    folder = here if here.endswith("/") else here + "/"
    if there.startswith(folder):
        match = PAGE_SEGMENT.match(there[len(folder):])
        if match:
            return int(match.group(1)), 1
    return appended_step(there, here)


#: What a first page's pager appends to its path: up to two pairs of a short word and a
#: number, the last pair's number the page's ("/PgrID/412/PageID/2": the list's id, then
#: the page; "/page/2"): no slug (no hyphen), no year (three digits at most).
APPENDED_PAGE = re.compile(r"^(?:[A-Za-z_]{1,12}/\d{1,6}/)?[A-Za-z_]{1,12}/(\d{1,3})/?$")


def appended_step(there: str, here: str) -> tuple[int, int] | None:
    """The number a pager link names on a list's first page at its bare address (no
    trailing slash) when the link's path is that address with pairs of a word and a
    number appended (``APPENDED_PAGE``): ``/News`` -> ``/News/PgrID/412/PageID/2``.  Its
    later pages differ from each other by one number (``path_step``)."""
    base = here.rstrip("/") + "/"
    if not there.startswith(base) or base == "/":
        return None
    match = APPENDED_PAGE.match(there[len(base):])
    return (int(match.group(1)), 1) if match else None


def goes_on(url: str, here: str) -> bool:
    """Whether a next-page link steps a query parameter the current page already has: on a
    page holding several lists, each paged by a parameter of its own (``?f3a9c2b1_page=2``),
    the link that leads on from a later page is its own list's, not another's first step."""
    key = stepped(url, here)
    return key is not None and key in dict(parse_qsl(urlsplit(here).query))


def other_pagers(next_pages: list[str], here: str) -> list[str]:
    """On a section's first page, the next page of each other list it pages by a parameter
    of its own (a site builder gives every list on a page its own pager parameter: featured,
    latest, one list a category, ``?f3a9c2b1_page=2``, ``?0d4c7e19_page=2``): each link that
    steps another parameter than the next page's, the best ranked one a parameter.  Only
    from the first page, where every list is on its first page: a pager whose links keep
    the other lists' parameters would otherwise multiply the pages."""
    keys = {stepped(next_pages[0], here)} if next_pages else set()
    found = []
    for url in next_pages[1:]:
        key = stepped(url, here)
        if key is not None and key not in keys:
            keys.add(key)
            found.append(url)
    return found


def stepped(url: str, here: str) -> str | None:
    """The one query parameter, a number, in which a link to the current page's path
    differs from the current page (a checksum of the query aside), or None."""
    there, ours = urlsplit(url), urlsplit(here)
    if there.path != ours.path:
        return None
    theirs = dict(parse_qsl(there.query))
    changed = changed_params(theirs, dict(parse_qsl(ours.query)))
    return changed[0] if len(changed) == 1 and theirs.get(changed[0], "").isdigit() else None


#: A link's script that calls one function with a number: ``fn_link_page(2); return false;``.
SCRIPT_CALL = re.compile(r"^\s*(?:javascript:)?\s*([\w$.]+)\(\s*['\"]?(\d{1,4})['\"]?\s*\)\s*;?"
                         r"\s*(?:return\s+false\s*;?\s*)?$", re.I)
#: The name of a form's field that holds the page shown (not the rows a page: ``pageUnit``).
PAGE_FIELD = re.compile(r"^(?:cur(?:rent)?|now|c)?_?(?:page|pg)(?:_?(?:index|idx|no|num|number))?$", re.I)


def submitted_pages(tree, base: str, here: str) -> list[str]:
    """The next page of a pager whose links are scripts (``<a href="#"
    onclick="fn_link_page(2); return false;">2</a>``) that set a form's hidden page
    field (``pageIndex``) and submit it: the form's action with its hidden fields as
    a query, that field set to the lowest number above the one it holds.  The function
    must name the field where the page defines it.  A link counts when its label is the
    number it passes ("2", "Page 2"), or says "Next" or is an arrow's icon alone and passes
    the next page's number (not the last page's); a tab's script, ``fnTab(2)`` labelled
    "Speeches", is none.  Servers that
    bind a form's fields read them from a query as well (Spring MVC, PHP's
    ``$_REQUEST``); one that does not answers with its first page again, and the crawl
    stops there (no new links)."""
    calls = []
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            continue
        match = SCRIPT_CALL.match(anchor.get("onclick") or href.removeprefix("#") or "")
        label = number_label(" ".join(anchor.text_content().split()))  # "": an icon, a picture's arrow
        if match and (label in ("", match.group(2)) or NEXT_TEXT.search(label)):  # "" an arrow's icon
            calls.append((match.group(1), int(match.group(2)), label == match.group(2)))
    if not calls:
        return []
    scripts = " ".join(t for t in tree.xpath("//script/text()") if t)
    for form in tree.iter("form"):
        hidden = [(i.get("name"), i.get("value") or "") for i in form.iter("input")
                  if (i.get("type") or "").lower() == "hidden" and i.get("name")]
        field = next((name for name, value in hidden if PAGE_FIELD.match(name) and value.isdigit()), None)
        if field is None:
            continue
        now = int(dict(hidden)[field])
        ahead = sorted(n for function, n, numbered in calls  # an arrow leads to the next page only
                       if n > now and (numbered or n == now + 1) and _names_field(scripts, function, field))
        if ahead:
            query = [(name, str(ahead[0]) if name == field else value) for name, value in hidden
                     if value or name == field]
            action = urljoin(base, form.get("action") or here).split("?")[0]
            return [normalize(action + "?" + "&".join(f"{quote(k)}={quote(v)}" for k, v in query))]
    return []


def _names_field(scripts: str, function: str, field: str) -> bool:
    """Whether the page's script ``function`` sets ``field`` (true when the page does not
    define the function: it comes from a script file)."""
    name = function.rsplit(".", 1)[-1]
    body = re.search(rf"function\s+{re.escape(name)}\s*\([^)]*\)\s*\{{(.*?)\n\s*\}}", scripts, re.S) \
        or re.search(rf"\b{re.escape(name)}\s*=\s*function\s*\([^)]*\)\s*\{{(.*?)\n\s*\}}", scripts, re.S)
    return body is None or re.search(rf"\b{re.escape(field)}\b", body.group(1)) is not None


#: Arguments of a call in an inline script: two numbers, then a file's name and its
#: extension as strings (``createPageHTML(3, 0, "index", "shtml")``; later TRS versions
#: put the pager's element first and the count of records last,
#: ``createPageHTML('page_div', 3, 1, 'index', 'htm', 57)``): a statically published
#: site's pager (the page count, the current page's index, the list's file name and
#: extension), written with ``document.write`` where no ``<a>`` of the markup leads on.
SCRIPT_PAGER = re.compile(r"""[(,]\s*(\d{1,5})\s*,\s*(\d{1,5})\s*,\s*["']([\w.-]{1,40})["']\s*,"""
                          r"""\s*["']([A-Za-z0-9]{1,8})["']\s*[,)]""")


#: The extensions of a statically published page.
PAGE_EXTENSION = re.compile(r"^(?:s?html?|php\d?|aspx?|jspx?|cfm)$", re.I)


def written_pages(scripts: list[str], url: str) -> list[str]:
    """The next page a pager script names, when its call names the current page's own
    file by a page count, the current index, the file's name and extension: the first
    page is ``<name>.<ext>`` (or the folder's address), the page after N others
    ``<name>_N.<ext>``, the static publishers' way (``index.shtml``, ``index_1.shtml``...),
    the index counted from 0 or from 1 (which, the current page's file tells).  A call
    whose name and index make no file of ours names another page, and is left; so is one
    whose extension is no page's (a slideshow's ``FocusPic(5, 0, "focus", "jpg")``)."""
    own = urlsplit(url).path.rsplit("/", 1)[-1]
    for script in scripts:
        for match in SCRIPT_PAGER.finditer(script):
            count, index, name, ext = int(match[1]), int(match[2]), match[3], match[4]
            if not PAGE_EXTENSION.match(ext):
                continue
            for base in (0, 1):
                shown = index - base  # how many pages come before this one
                mine = f"{name}.{ext}" if shown == 0 else f"{name}_{shown}.{ext}"
                if shown >= 0 and (own == mine or own == "" and shown == 0):
                    return [urljoin(url, f"{name}_{shown + 1}.{ext}")] if shown + 1 < count else []
    return []


#: A path whose last segment names a year ("/press/release/2023.html", "/news/2023/"),
#: and a year written in a link's text ("2023年（令和5年）", "2023").
YEAR_PATH = re.compile(r"/((?:19|20)\d\d)(?:\.[a-z]{2,5}|/)?$", re.I)
YEAR_LABEL = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def year_pages(links: list[tuple[str, str]], here: str, section: str) -> tuple[str | None, set[str]]:
    """A list kept one page a year, with no pager but links to the years (a ministry's
    ``index.html`` for this year beside ``2023.html``, ``2022.html``...): of the links of
    the page's content (``links``: address and text), those to a page of the section's
    folder named by a year that their text names, two at least, are that list's pages.
    Returns the nearest earlier year's page than the current page's (the current page's
    year is its address's, none on the section's own page: the newest), and the addresses
    of every year's page, the section's own when a link labels it by a year."""
    folder = urlsplit(section).path
    folder = folder if folder.endswith("/") else folder.rsplit("/", 1)[0] + "/"
    years: dict[str, int] = {}
    for url, label in links:
        parts = urlsplit(url)
        match = YEAR_PATH.search(parts.path)
        if not parts.query and match and parts.path[:match.start() + 1] == folder \
                and match.group(1) in YEAR_LABEL.findall(label):
            years[url] = int(match.group(1))
    named = {url for url, label in links if url == section and YEAR_LABEL.search(label)}
    if len(set(years.values())) + len(named) < 2:
        return None, set()
    match = YEAR_PATH.search(urlsplit(here).path)
    now = int(match.group(1)) if match and here != section else None
    earlier = [(year, url) for url, year in years.items() if now is None or year < now]
    return (max(earlier)[1] if earlier else None), set(years) | named
