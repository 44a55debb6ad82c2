"""Which countries an article names (``articles.countries``), in its own language.

A country is named by its name, an adjective (demonym) or its capital.  Names are
CLDR's territory names in the article's language, through Babel; capitals are the
CLDR exemplar city of the capital's time zone, also through Babel, or listed;
other names, adjectives, ambiguous words and phrases that name no country are in
``countries.json`` (data, not code; its ``about`` says where each comes from).
Languages with data there: en, ru, fr, es, ar, zh; any other language Babel knows
gets names and capitals.  An article without a language is read as English.

Matching (one pass over the text, dictionary look-ups, cached per language):

- Spaced scripts are cut into words; a name of several words matches the same
  words whatever stands between them ("Guinea-Bissau", "U.S.").  The longest
  form starting at a word wins, so "Papua New Guinea" is PG, "Equatorial Guinea"
  GQ, and "New Guinea" or "Gulf of Guinea" (``not_countries``) nothing.
- Case: names and capitals are proper nouns, matched as written (so "turkey" the
  bird and "chad" are not Turkey and Chad) or in capitals ("PARIS, 3 May");
  lowercase adjectives (French "français", Russian "российский") also match
  capitalised, at the start of a sentence.
- Inflection: Russian names and capitals lose their last vowel (Россия →
  Росси-), and those words, and Russian adjective stems, take up to three more
  letters (России, Россию, российского); adjectives take English, French and
  Spanish endings (Russians, françaises, españolas).  Arabic words may carry the
  article and the particles و ف ب ل ك (والصين, بالصين, للصين) and adjectives
  the endings ة ون ين ات.
- Chinese (and Japanese) have no spaces: the text is scanned character by
  character for the longest form starting there; "发展中国家" (developing
  countries) is a phrase that names no country, so it does not give CN.
- Ambiguous words (``weak``: Georgia the US state, Jordan and Chad the first
  names, Turkey the bird in a title, Congo of two countries, Washington the
  state) count only when the article names the same country otherwise (Tbilisi,
  Jordanian, Ankara, Türkiye), or, for those marked ``by_context``, names two
  other countries (a diplomatic story).  Georgia is never taken by context: US
  news name other countries too.

A fictional country has no CLDR name and gets no code.  Codes are ISO 3166-1
alpha-2 (CLDR's territories less the regions and ``ignored_codes``; XK, Kosovo,
is CLDR's and kept), in order of first mention, title first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from babel import Locale, UnknownLocaleError

DATA = "countries.json"  # beside this module; read as package data (Scrapyd runs an egg)
SUFFIX = {"en": 1, "fr": 2, "es": 2, "ru": 3, "ar": 2}  # letters an adjective may add
ARABIC_PREFIXES = sorted({a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ك", "ل")
                          for c in ("", "ال")} | {"لل", "ولل", "فلل"}, key=len, reverse=True)
UNSPACED = ("zh", "ja")
CACHE_WORDS = 200_000  # words whose forms a matcher remembers (then it starts again)
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Form:
    """One way of naming a country (or, with no codes, a phrase that names none)."""

    codes: tuple[str, ...]
    words: tuple[str, ...]  # the keys of its words (the whole form in unspaced scripts)
    suffix: int = 0  # letters each word may add
    weak: bool = False
    by_context: bool = False


def countries(title: str | None, text: str | None, language: str | None) -> list[str]:
    """ISO 3166-1 alpha-2 codes of the countries named, in order of first mention."""
    hits = matcher(base_language(language)).hits("\n".join(t for t in (title, text) if t))
    strong = {code for form in hits if not form.weak for code in form.codes}
    named: dict[str, None] = {}
    for form in hits:
        for code in form.codes:
            if not form.weak or code in strong or (form.by_context and len(strong - {code}) >= 2):
                named.setdefault(code)
    return list(named)


@lru_cache(maxsize=256)
def base_language(language: str | None) -> str:
    """'en' from 'en-US'; English when the language is unknown to Babel."""
    lang = re.split(r"[-_]", (language or "en").strip().lower())[0] or "en"
    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return "en"
    return lang


@lru_cache(maxsize=None)
def _data() -> dict:
    return json.loads(resources.files(__package__).joinpath(DATA).read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def matcher(lang: str) -> "Matcher":
    """The compiled matcher of one language, built once a process."""
    return Matcher(lang, forms(lang))


def forms(lang: str) -> list[tuple[str, Form]]:
    """(surface text, form) of every way the data names a country in ``lang``."""
    data, locale = _data(), Locale.parse(lang)
    own = data["languages"].get(lang, {})
    suffix = SUFFIX.get(lang, 0)
    surfaces: dict[str, Form] = {}

    def add(code: str | None, text: str, kind: str) -> None:
        for variant in re.split(r"\s*[()]\s*", text):  # "Myanmar (Burma)": both
            if variant and " - " not in variant:  # "Congo - Kinshasa" is no one's word
                surfaces[variant] = make_form(lang, (code,) if code else (), variant, kind, suffix)

    for code, name in locale.territories.items():
        if len(code) == 2 and code not in data["ignored_codes"]:
            add(code, name, "name")
    for code, zone in data["capital_zones"].items():
        add(code, capital_city(locale, zone), "capital")
    for kind in ("names", "capitals", "adjectives"):
        for code, texts in own.get(kind, {}).items():
            for text in texts:
                add(code, text, kind.rstrip("s"))
    for text, weak in own.get("weak", {}).items():
        form = make_form(lang, tuple(weak["codes"]), text, "name", suffix)
        surfaces[text] = Form(form.codes, form.words, form.suffix, True, weak["by_context"])
    for text in own.get("not_countries", []):
        surfaces[text] = make_form(lang, (), text, "name", suffix)
    return list(surfaces.items())


def capital_city(locale: Locale, zone: str) -> str:
    """A zone's exemplar city in the locale's language (CLDR), else the zone's own name."""
    city = (locale.time_zones.get(zone) or {}).get("city")
    return city or zone.rsplit("/", 1)[-1].replace("_", " ")


def make_form(lang: str, codes: tuple[str, ...], text: str, kind: str, suffix: int) -> Form:
    if lang in UNSPACED:
        return Form(codes, (text,))
    words = tuple(normal(w) for w in _WORD.findall(text))
    if lang == "ar":
        words = tuple(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)
        return Form(codes, words, suffix if kind == "adjective" else 0)
    if lang == "ru" and kind != "adjective":
        stems = [russian_stem(w) for w in words]
        return Form(codes, tuple(s for s, _ in stems), min(n for _, n in stems))
    return Form(codes, words, suffix if kind == "adjective" else 0)


def russian_stem(word: str) -> tuple[str, int]:
    """(stem, letters its endings may add) of a Russian name's word: Россия →
    Росси- (России, Россией), Южная → Южн- (Южной), Чад → Чад- (Чада); words in
    capitals (США) and indeclinable ones ending in another vowel (Мали, Перу) as they are."""
    if word.isupper() or len(word) < 4:
        return word, 0 if word.isupper() else 3
    if word[-2:] in ("ая", "ое", "ий", "ые", "ой"):
        return word[:-2], 3
    if word[-1] in "аяйьы":
        return word[:-1], 3
    if word[-1] in "еиоуэю":
        return word, 0
    return word, 3


def normal(word: str) -> str:
    return word.replace("ё", "е").replace("Ё", "Е")


class Matcher:
    """Finds the forms of one language in a text, longest first, left to right."""

    def __init__(self, lang: str, surfaces: list[tuple[str, Form]]):
        self.lang = lang
        self.unspaced = lang in UNSPACED
        self.max_suffix = max((f.suffix for _, f in surfaces), default=0)
        self._cache: dict[str, tuple[Form, ...]] = {}
        self.first: dict[str, list[Form]] = {}
        for _, form in surfaces:
            if form.words and form.words[0]:
                key = form.words[0][0] if self.unspaced else form.words[0]
                self.first.setdefault(key, []).append(form)
        for candidates in self.first.values():
            candidates.sort(key=lambda f: (len(f.words) if not self.unspaced
                                           else len(f.words[0])), reverse=True)

    def hits(self, text: str) -> list[Form]:
        return self._scan(text) if self.unspaced else self._words(text)

    def _scan(self, text: str) -> list[Form]:
        found, at = [], 0
        while at < len(text):
            form = next((f for f in self.first.get(text[at], ())
                         if text.startswith(f.words[0], at)), None)
            if form is None:
                at += 1
                continue
            found.append(form)
            at += len(form.words[0])
        return found

    def _words(self, text: str) -> list[Form]:
        tokens = _WORD.findall(normal(text))
        starting = self.starting(tokens)
        found, next_free = [], 0
        for at in [at for at, token in enumerate(tokens) if starting[token]]:
            if at < next_free:
                continue
            form = next((f for f in starting[tokens[at]] if self._rest(f, tokens, at)), None)
            if form is not None:
                found.append(form)
                next_free = at + len(form.words)
        return found

    def _rest(self, form: Form, tokens: list[str], at: int) -> bool:
        """Whether the words after ``at`` are the rest of ``form``."""
        if len(form.words) == 1:
            return True
        if at + len(form.words) > len(tokens):
            return False
        return all(any(key == word and added <= form.suffix for key, added in self.keys(token))
                   for word, token in zip(form.words[1:], tokens[at + 1:]))

    def starting(self, tokens: list[str]) -> dict[str, tuple[Form, ...]]:
        """For each word of the text, the forms whose first word it can be, longest
        first (cached: words repeat, and most name nothing)."""
        cache = self._cache
        new = set(tokens).difference(cache)
        if len(cache) + len(new) > CACHE_WORDS:
            cache.clear()
            new = set(tokens)
        for token in new:
            cache[token] = tuple(sorted(
                (form for key, added in self.keys(token) for form in self.first.get(key, ())
                 if added <= form.suffix), key=lambda f: len(f.words), reverse=True))
        return cache

    def keys(self, token: str) -> list[tuple[str, int]]:
        """(key, letters cut off) a word of the text may stand for."""
        bases = {token}
        if token.isupper() and len(token) > 1:
            bases.add(token.capitalize())  # PARIS, 3 May
        if token[:1].isupper():
            bases.add(token.lower())  # "Française" at the start of a sentence
        if self.lang == "ar":
            bases |= {token[len(p):] for p in ARABIC_PREFIXES if p and token.startswith(p)
                      and len(token) - len(p) >= 2}
        return [(base[:len(base) - cut], cut) for base in bases
                for cut in range(max(0, min(self.max_suffix, len(base) - 2)) + 1)]
