"""Names of people and organisations out of byline-ish strings.

A byline holds more than names: "By" and "Von" before them, a role after them
("Political Correspondent", "Redakteurin"), a "Follow" button's label, an e-mail,
a photo credit, an aside in parentheses, several names joined by commas or by
"and" in some language.  ``clean_authors`` keeps the names, one string each.

Its signals: punctuation and connectors that join names; token shape (a name is
a few words, no long numbers, no URL, no slug); and small multilingual
vocabularies of what is not a name (UI labels, roles, credit labels).  These are
vocabulary of bylines in general, not of any one publisher.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from extraction.text import clean_space

#: What introduces the names: "By", "Von", "Par", "Reporting by", "Text:"...
BY_RE = re.compile(
    r"^(?:(?:written|posted|reported|(?:additional\s+)?reporting|compiled|edited|published|text|story|words|"
    r"photos?|ein (?:beitrag|kommentar|gastbeitrag)|publicado|escrito|publié|écrit|rédigé|geschrieben|"
    r"pubblicato|scritto|publicat|escrit|updated)\s+)?"
    r"(?:by|from|von|vom|par|por|di|door|av|af|przez|autor(?:in|es|a|zy|ka|ki|ři)?|author|auteur|text|texto|"
    r"автор(?:ы|и|ка)?(?: текста)?|текст|от|بقلم|作者|muhabir|"
    # Polish, Czech, Ukrainian above; Turkish, Indonesian, Portuguese, Italian, Hindi, Persian, Japanese
    r"yazar(?:lar)?|yazan(?=\s*:)|penulis|oleh(?=\s*:)|reportagem(?: de)?|a cura di|द्वारा|लेखक|نویسنده|به قلم|記者|oprac\.|opracował[a]?|"
    r"كتب(?=\s*:)|(?:本报)?记者|通讯员|文(?=\s*/)|"
    # Vietnamese, Thai, Hebrew, Serbian, Swahili ("Na", capitalised, before a name of two words)
    r"bởi|tác giả|โดย|ผู้เขียน|מאת|аутор|(?-i:Na)(?=[\s|]+\w+\s+\w))(?:\s*[:：/]\s*|\s*[\-–]?\s+)",
    re.I,
)
#: A date's label ("Jane Doe | Updated 12:05", "Actualizado a las 19:05", "Posted on"):
#: the byline is cut there, unless "by" follows ("Published by Jane Doe").
DATE_LABEL_RE = re.compile(
    r"(?:(?<=\w)\W+|^\W*)(?:(?:first|zuerst|erstmals)\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|actualizado|publicado|mis à jour|publié|"
    r"modifié|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd|oppdatert|publisert|opdateret|uppdaterad|"
    r"publicerad|zaktualizowano|opublikowano|обновлено|опубликовано|il y a|hace|há)\b(?!\s+(?:by|von|par|por|di|door|av|af)\b).*$",
    re.I,
)
#: Labels of picture and source credits: a value they start is no byline.
CREDIT_RE = re.compile(
    r"^\W*(?:fotos?|photos?|photograph(?:y|s)?|images?|bild(?:er)?|credits?|quelle|source|fuente|"
    r"illustrations?|grafik|graphics?|video|kamera|camera|picture|pic|фото|사진|摄影|写真)\b\s*[:/]"
    r"|^\W*(?:fotografia|fotos?|photos?|photography) (?:de|by|von|di)\b", re.I
)
#: Words of a person's name at most, and of an organisation's ("Ministry of Foreign
#: Affairs and International Cooperation").
NAME_WORDS, ORGANISATION_WORDS = 5, 10
#: Between two names: punctuation, or "and" in some language (case-sensitive for the short ones).
SPLIT_RE = re.compile(
    r"\s*(?:[,;|&、，·•]|\s/\s)\s*"
    r"|\s+(?:and|AND|And|und|UND|et|ET|y|e|i|og|och|en|és|ve|и|і|та|a)\s+"
)
#: "with" after a name (avec, con, com, mit, met): a co-author or a credit ("with John
#: Roe", "avec AFP", "with additional reporting by John Roe") or an aside ("with agencies",
#: "con información de EFE").
WITH_RE = re.compile(r"\s+(?:with|avec|con|com|mit|met)\s+(?P<rest>\S.*)$")
CREDIT_AFTER_WITH_RE = re.compile(r"(?:additional\s+)?reporting\s+by\b", re.I)
#: An editor's credit in a wire story's byline.
EDITING_RE = re.compile(r"\s*(?:editing|edited)\s+by\b", re.I)
#: Where the reporter was, after the name: "Shaun Walker in Kyiv", "Jane Doe à Paris".
PLACE_RE = re.compile(r"\s+(?:in|à)\s+(\S.*)$")
#: Button and link labels printed beside a name ("Follow", "Mehr", "E-Mail"...).
UI_WORDS = frozenset(
    "follow following folgen suivre seguir segui volg følg följ obserwuj подписаться "
    "mehr more plus más altro meer meest profile profil perfil profilo e-mail email mail "
    "kontakt contact contacto twitter facebook linkedin instagram bluesky threads rss "
    "bio articles artikel articoli artículos posts stories view see all alle tous todos "
    "read lesen lire leer show zeigen weitere autorenseite autorenprofil 보기 더보기 다른기사 기자페이지 구독 "
    "글 사진".split()  # Korean bylines' labels: "글·사진 김철수 기자" (text and photos by)
)
#: Roles written after a name, in languages that put them there ("이서연 기자": reporter):
#: cut, the name before them kept.
TRAILING_ROLES = frozenset("기자 특파원 선임기자 객원기자 인턴기자 수습기자 논설위원 편집위원 통신원".split())
#: Roles written beside names: a part that names one is no name.
ROLE_WORDS = frozenset(
    "correspondent correspondents reporter reporters editor editors writer columnist contributor "
    "contributing photographer photojournalist producer presenter analyst "
    "redakteur redakteurin redakteure korrespondent korrespondentin reporterin journalistin "
    "fotograf fotografin kolumnist kolumnistin moderator moderatorin chefredakteur chefredakteurin "
    "volontär volontärin autorin rédacteur rédactrice journaliste envoyé envoyée correspondante "
    "chroniqueur chroniqueuse corresponsal redactor redactora periodista enviado enviada "
    "giornalista inviato inviata redattore redattrice corrispondente redacteur verslaggever "
    "correspondente jornalista journalist journalisten dziennikarz dziennikarka korespondent "
    "корреспондент журналист редактор".split()
) | TRAILING_ROLES
#: A byline's opening word that ends a label ("Kommentar von", "Analysis by") and no name
#: ("Di", "Por" end some).
LABEL_ENDINGS = frozenset("von by par door przez".split())
#: Role words long enough to end a compound that names a role too ("Wirtschaftsredakteur").
ROLE_ENDINGS = tuple(role for role in ROLE_WORDS if len(role) >= 8)
#: Offices written before a person's name ("Minister of Foreign Affairs Anne Holm",
#: "Ambassador Jane Doe", "Außenministerin Annalena Baerbock": an op-ed's signature), and
#: the words that open one ("Foreign Minister", "H.E."); compounds end in the long ones.
OFFICES = frozenset(
    "minister ministre ministro ministra ministerin ambassador ambassadeur ambassadrice embajador embajadora "
    "ambasciatore embaixador embaixadora botschafter botschafterin secretary secretary-general president "
    "président présidente presidente präsident präsidentin chancellor kanzler kanzlerin consul consul-general "
    "envoy commissioner governor senator".split()
)
OFFICE_OPENERS = frozenset("h.e s.e hon deputy vice prime foreign federal state".split())
OFFICE_ENDINGS = tuple(office for office in OFFICES if len(office) >= 8)
#: The last words of an office's title, not of a name ("Minister of Foreign Affairs", "Secretary of State").
OFFICE_DOMAINS = frozenset("affairs affaires exteriores esteri state defence defense trade development "
                           "cooperation finance justice interior commission".split())
#: Degrees and credentials written after a name ("Jane Doe, MS, RDN").
POST_NOMINALS = frozenset("phd ph.d md ms msc ma ba bsc mba mph rd rdn rn np pa-c cpa cfa cfp esq jr sr".split())
NOT_A_NAME = frozenset(
    "admin administrator author autor by unknown guest user editor n/a anonymous null none "
    "staff redaction rédaction redaktion agencies agences agenturen agencias agenzie agências "
    "redacción redazione redação redacção redakcja редакция 글 사진".split()
)
CONNECTORS = frozenset("and und et y e i og och en és ve и і та a".split())
#: Languages whose day and month names mark a byline's date ("Monday, November 18").
DATE_LANGUAGES = "en de fr es it pt nl sv da nb fi pl cs sk hu ro ru uk tr el id ca hr sl bg lt lv et"
SLUG_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
DATE_LIKE_RE = re.compile(r"\d{3,}|\d{1,2}[.:/]\d{1,2}|(?<!\w)\d+(?!\w)")


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """Day and month names, written out, in the languages of DATE_LANGUAGES (from babel's CLDR data)."""
    from babel import Locale

    words: set[str] = set()
    for code in DATE_LANGUAGES.split():
        locale = Locale.parse(code)
        for names in (locale.days, locale.months):
            for context in ("format", "stand-alone"):
                words.update(w.lower() for w in names[context]["wide"].values())
    return frozenset(words)


def clean_authors(raw: Iterable[str], site_name: str | None = None, organisations: bool = False) -> list[str]:
    """The names in byline-ish strings ("By A and B", "A, B", "A (Role)", URLs...),
    each once, in order; ``site_name`` left out.  ``organisations``: each string is
    the name of one organisation (a JSON-LD ``Organization``'s), not split at its
    commas and "and"s ("Foreign, Commonwealth & Development Office", "Ministry of
    Europe and Foreign Affairs")."""
    names: list[str] = []
    seen: set[str] = set()
    skip = (site_name or "").lower()
    for value in raw:
        for name in names_in(value, organisations):
            low = name.lower()
            if low not in seen and low != skip:
                seen.add(low)
                names.append(name)
    words = {w for name in names if " " in name for w in name.lower().split()}
    return [name for name in names if " " in name or name.lower() not in words]  # "A B", "A", "B"


def names_in(value: str | None, organisation: bool = False) -> list[str]:
    """The names one byline string holds (the one name, for an ``organisation``)."""
    if not value:
        return []
    value = clean_space(value)
    if re.match(r"(?:https?:|www\.)", value, re.I) or CREDIT_RE.match(value) or _sentence(value):
        return []  # a profile URL, a picture's credit, an author box's bio
    value = re.sub(r"[^\s()<>\[\]]+@[^\s()<>\[\]]+\.\w+", " ", value)  # e-mails
    value = re.sub(r"@\w+", " ", value)  # handles
    value = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", value)  # asides in parentheses
    value = re.sub(r"[(\[].*$", "", value)  # and one left open: cut there
    dated = bool(re.search(r"\d", value))  # only then are day and month names looked up
    value = re.sub(r"\s+[-–—·•]\s+\W*\d.*$", "", _before_date(value)) if dated else value  # "A - 2024/03/12"
    value = DATE_LABEL_RE.sub("", value)
    value = BY_RE.sub("", clean_space(value).strip(" .:-–—|·•"))
    names = []
    for part in [value] if organisation else map(_without_place, SPLIT_RE.split(_with(value))):
        if EDITING_RE.match(part) or CREDIT_RE.match(part):
            continue  # "Reporting by Jane Doe; Editing by John Roe": the editor wrote nothing; "Fotos: Peter Müller"
        name = _name(part, dated, ORGANISATION_WORDS if organisation else NAME_WORDS)
        if name:
            names.append(name)
    return names


def _with(value: str) -> str:
    """A byline's "with": a co-author or a credit (a capital, or "reporting by")
    becomes one more name; an aside ("with agencies") is cut."""
    found = WITH_RE.search(value)
    if not found:
        return value
    rest = found["rest"]
    if rest[0].isupper() or CREDIT_AFTER_WITH_RE.match(rest):
        return f"{value[:found.start()]}, {rest}"
    return value[:found.start()]


def _without_place(part: str) -> str:
    """A person's name (two or three capitalised words) without where they reported
    from ("Shaun Walker in Kyiv"); not an organisation's ("Permanent Mission of France
    in Geneva", "Embassy of India in Berlin")."""
    place = PLACE_RE.search(part)
    if not place or not place[1][0].isupper():
        return part
    name = part[:place.start()].split()
    return part[:place.start()] if 2 <= len(name) <= 3 and all(w[0].isupper() for w in name) else part


def _before_date(value: str) -> str:
    """A byline cut where its date starts: a day or month name followed by a number
    or another such name ("Malcolm Owen Monday, November 18, 2019")."""
    words = re.findall(r"[^\W\d_]+|\d+", value)
    for i, word in enumerate(words[:-1]):
        if i and word.lower() in date_words() and (words[i + 1].isdigit() or words[i + 1].lower() in date_words()):
            return value[: value.find(word)]
    return value


def _name(part: str, dated: bool = False, most_words: int = NAME_WORDS) -> str | None:
    """A name out of one piece of a byline (of a ``dated`` one: with a number
    somewhere) of at most ``most_words`` words, or None if it is none."""
    part = BY_RE.sub("", part.strip(" .:-–—|·•\t\"'“”„«»"))
    words = part.split()
    while words and (words[-1].lower().strip(".:") in UI_WORDS or len(words) > 1 and words[-1] in TRAILING_ROLES):
        words.pop()  # "Jane Doe Follow", "이서연 기자"
    while words and (words[0].lower().strip(".:") in UI_WORDS or len(words) > 1 and words[0] in CONNECTORS
                     or words[0] in ("And", "AND", "Und", "UND")):
        words.pop(0)  # "Follow Jane Doe"; "and Jane Doe" after the comma of "A, B, and C"
    words = _without_office(words)
    part = BY_RE.sub("", " ".join(words)).strip(" .:-–—|·•")  # "Mehr von Jane Doe"
    if not part or re.sub(r"^(?:the|la|le|el|die|a)\s+", "", part.lower()) in NOT_A_NAME \
            or part.lower().endswith("admin") or SLUG_RE.match(part):
        return None
    low = [w.lower().strip(".,:") for w in part.split()]
    if all(w in POST_NOMINALS for w in low):
        return None  # "MS", "PhD" after a name
    if all(w in date_words() for w in low):
        return None  # "Friday; January": a dateline's day and month, its numbers taken out
    if any(w in ROLE_WORDS or w.endswith(ROLE_ENDINGS) for w in low) or all(w in CONNECTORS or dated and w in date_words() for w in low):
        return None  # "Political Correspondent", "Wirtschaftsredakteur", "and", "Monday"
    if len(low) > 1 and low[-1] in LABEL_ENDINGS:
        return None  # a label that the names follow elsewhere: "Kommentar von"
    if re.search(r"https?:|www\.|\.com\b|[<>{}=]", part) or DATE_LIKE_RE.search(part):
        return None
    if len(part) > 12 * most_words or len(part.split()) > most_words or not re.search(r"[^\W\d_]", part):
        return None
    return part


def _without_office(words: list[str]) -> list[str]:
    """The name after an office that a byline opens with ("Minister of Foreign Affairs
    Anne Holm", "ministre des Affaires étrangères Jean-Noël Barrot", "Secretary of State
    Antony J. Blinken", "President of the European Commission Ursula von der Leyen"): the
    capitalised words after the office's last lower-case word, office word or domain
    ("Affairs", "Commission"), a family name's particles kept ("von der"); the last two
    of them (three, with an initial between) where more follow the office; none when the
    office names nobody ("Minister of Foreign Affairs")."""
    low = [w.lower().strip(".,:") for w in words]
    opener = 0
    while opener < len(low) - 1 and low[opener] in OFFICE_OPENERS:
        opener += 1
    if not low or not (low[opener] in OFFICES or low[opener].endswith(OFFICE_ENDINGS)):
        return words
    particles = _particles(words, low)
    office = [i for i, (w, l) in enumerate(zip(words, low))
              if i <= opener or l in OFFICES or l in OFFICE_DOMAINS or not w[:1].isupper() and i not in particles]
    if office[-1] == len(words) - 1:
        return []
    # the name's words, each with the particles before it ("von der Leyen" is one)
    name: list[list[int]] = []
    for i in range(office[-1] + 1, len(words)):
        if not name or i - 1 not in particles:
            name.append([])
        name[-1].append(i)
    if len(name) > 3:
        initial = len(words[name[-2][0]]) <= 2 or words[name[-2][0]].endswith(".")  # "J."
        name = name[-3:] if initial else name[-2:]
    return [words[i] for part in name for i in part]


#: Lower-case words inside a family name ("Ursula von der Leyen", "Pietro della Valle").
NAME_PARTICLES = frozenset("von van der den de del della di da du des dos das do ter ten zu bin ibn al el la le".split())


def _particles(words: list[str], low: list[str]) -> set[int]:
    """The indexes of the particles of a family name among ``words``: lower-case
    particles (``NAME_PARTICLES``) after a capitalised word that is no office, up to the
    capitalised word they lead to ("Ursula von der Leyen"; not "Ministro de Relaciones")."""
    found: set[int] = set()
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and word in NAME_PARTICLES and (i - 1 in found or (
                words[i - 1][:1].isupper() and low[i - 1] not in OFFICES)):
            found.add(i)
    # a run of particles must end at a capitalised word
    for i in sorted(found, reverse=True):
        if not (i + 1 in found or words[i + 1][:1].isupper()):
            found.discard(i)
    return found


#: Words a sentence has at least (an author box's bio), and its lower-case words of four
#: letters or more: "Jane covers diplomacy and has reported from forty countries."
SENTENCE_WORDS, SENTENCE_LOWER = 6, 3


def _sentence(value: str) -> bool:
    """Whether a byline string is a sentence, not names: it ends as one, and runs to six
    words or more of which three, of four letters or more, are lower-case (names and
    press offices have fewer: "Ufficio stampa della Farnesina", "Juan dela Cruz")."""
    words = value.split()
    return (len(words) >= SENTENCE_WORDS and value.rstrip()[-1:] in ".!?"
            and sum(w.islower() and len(w) > 3 for w in words) >= SENTENCE_LOWER)
