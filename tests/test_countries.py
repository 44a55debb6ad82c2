"""``articles.countries``: the countries an article names, in its own language."""

from __future__ import annotations

import re

import pytest

from archive.countries import countries, forms


@pytest.mark.parametrize("lang, title, text, expected", [
    # names, adjectives, capitals, in order of first mention (title first)
    ("en", "Lavrov meets Wang Yi in Beijing",
     "The Russian foreign minister met his Chinese counterpart. MOSCOW, 3 May — Berlin was not"
     " represented.", ["CN", "RU", "DE"]),
    ("en", "Guinea-Bissau and Equatorial Guinea at the summit",
     "Papua New Guinea sent an observer; fishing in the Gulf of Guinea and on New Guinea was"
     " discussed.", ["GW", "GQ", "PG"]),
    ("en", "Guinea hosts Mali and Senegal", "Talks in Conakry.", ["GN", "ML", "SN"]),
    ("en", "Myanmar (Burma) and the U.S.", "Burma and the United States.", ["MM", "US"]),
    ("en", "Envoys of Ruritania and Freedonia meet", "Strelsau hosted the talks.", []),
    ("en", "Georgia votes", "Voters in Atlanta, Georgia, went to the polls.", []),
    ("en", "Georgia and the EU", "Tbilisi wants talks.", ["GE"]),
    ("en", "Jordan scores", "Michael Jordan and Chad Smith watched the turkey roast.", []),
    ("en", "Jordan hosts talks", "Jordan, Egypt and Qatar met on Gaza.", ["JO", "EG", "QA"]),
    ("en", "A minister in Chad", "Chad's capital, N'Djamena, hosted the meeting.", ["TD"]),
    ("ru", "Лавров прибыл в Пекин",
     "Министр обсудил с китайскими коллегами отношения России и Южной Кореи; в США молчат.",
     ["CN", "RU", "KR", "US"]),
    ("ru", "Малина и чай", "В Мали и в Перу спокойно.", ["ML", "PE"]),
    ("fr", "Française et Allemands", "La diplomatie française rencontre les États-Unis à Pékin.",
     ["FR", "DE", "US", "CN"]),
    ("es", "Los españoles en Pekín", "El ministro ruso habló con los EE. UU.", ["ES", "CN", "RU", "US"]),
    ("ar", "وزير الخارجية الروسي في بكين",
     "والتقى بالرئيس الصيني في القاهرة وللولايات المتحدة موقف.", ["RU", "CN", "EG", "US"]),
    ("ar", "نهر الأردن", "زيارة إلى ضفاف نهر الأردن.", []),
    ("zh", "王毅会见俄罗斯外长", "中方与美方在北京举行会谈，发展中国家代表和巴布亚新几内亚出席。",
     ["RU", "CN", "US", "PG"]),
    ("en-GB", "France", "", ["FR"]),
    (None, "Talks in Paris", "", ["FR"]),
    ("xx", "Talks in Paris", "", ["FR"]),  # a language Babel does not know: read as English
])
def test_countries_named(lang, title, text, expected):
    assert countries(title, text, lang) == expected


def test_only_iso_country_codes():
    codes = {code for lang in ("en", "ru", "fr", "es", "ar", "zh")
             for _, form in forms(lang) for code in form.codes}
    assert all(re.fullmatch("[A-Z]{2}", code) for code in codes)
    assert {"EU", "UN", "EZ", "ZZ", "QO"}.isdisjoint(codes)
    assert len(codes) > 240


def test_every_language_tags_the_same_story():
    """One sentence in each language: France and Japan, by name, adjective and capital."""
    story = {
        "en": ("French minister in Tokyo", "Japan and France signed."),
        "ru": ("Французский министр в Токио", "Япония и Франция подписали."),
        "fr": ("Le ministre français à Tokyo", "Le Japon et la France ont signé."),
        "es": ("El ministro francés en Tokio", "Japón y Francia firmaron."),
        "ar": ("الوزير الفرنسي في طوكيو", "وقعت اليابان وفرنسا."),
        "zh": ("法国部长在东京", "日本和法国签署了协议。"),
    }
    for lang, (title, text) in story.items():
        assert countries(title, text, lang) == ["FR", "JP"], lang
