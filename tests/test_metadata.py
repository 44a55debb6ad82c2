"""Metadata on small synthetic pages: author names cleaned and split, titles
without decorations, dates with their offsets; every field of the CMS test
sites' articles; and the bench's field judges."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from w3lib.encoding import html_to_unicode

from bench.fields import same_day, same_instant
from extraction import clean_authors, extract
from extraction.text import repaired
from tests.sites import STYLES
from tests.sites.base import load_routes

BODY = "<p>" + "A sentence of the article's body, written out in plain words. " * 12 + "</p>"


def page(head: str = "", body: str = "", ld: dict | None = None) -> str:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return f"<html><head>{head}{script}</head><body><article>{body}{BODY}</article></body></html>"


@pytest.mark.parametrize(
    "raw, names",
    [
        (["Trine Juncher Jørgensen og Tôrtia Reimer-Johansen"], ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]),
        # review 7: labels, credits and newsrooms in more languages
        (["记者 王小明"], ["王小明"]), (["本报记者 王小明"], ["王小明"]), (["文/王小明"], ["王小明"]),
        (["Muhabir: Ahmet Yılmaz"], ["Ahmet Yılmaz"]), (["Автор текста: Иван Петров"], ["Иван Петров"]),
        (["Reportagem de Carlos Andrade"], ["Carlos Andrade"]),
        (["Text: Anna Schmidt | Fotos: Peter Müller"], ["Anna Schmidt"]), (["Texto: Ana Lima | Fotografia de Rui Costa"], ["Ana Lima"]),
        (["Иван Петров, фото: Сергей Иванов"], ["Иван Петров"]),
        (["La rédaction"], []), (["Redacción"], []), (["글·사진 김철수 기자"], ["김철수"]),
        (["Marie Tremblay · il y a 3 heures"], ["Marie Tremblay"]),
        (["Jane Doe | First published March 12, 2024"], ["Jane Doe"]), (["Von Malek Fouda | Zuerst veröffentlicht am"], ["Malek Fouda"]),
        (["Anna Berg, Ben Stahl and Cleo Winter"], ["Anna Berg", "Ben Stahl", "Cleo Winter"]),
        (["ANNA BERG, BEN STAHL, AND CLEO WINTER"], ["ANNA BERG", "BEN STAHL", "CLEO WINTER"]),
        (["Von Anna Muster und Max Mustermann"], ["Anna Muster", "Max Mustermann"]),
        (["Jane Doe & John Roe"], ["Jane Doe", "John Roe"]),
        (["Shaun Walker in Kyiv"], ["Shaun Walker"]),
        (["Jane Doe and John Roe in Washington"], ["Jane Doe", "John Roe"]),
        (["Jeanne Dupont à Paris"], ["Jeanne Dupont"]),
        (["By Jane Doe with John Roe"], ["Jane Doe", "John Roe"]),
        (["Jane Doe with additional reporting by John Roe"], ["Jane Doe", "John Roe"]),
        (["Jane Doe, additional reporting by John Roe"], ["Jane Doe", "John Roe"]),
        (["Jane Doe with input from agencies"], ["Jane Doe"]),
        (["Jane Doe", "Jane covers diplomacy and has reported from forty countries."], ["Jane Doe"]),
        (["Ursula von der Leyen", "Pietro della Valle"], ["Ursula von der Leyen", "Pietro della Valle"]),
        (["Redacción internacional", "Detroit News wire services"], ["Redacción internacional", "Detroit News wire services"]),
        (["Juan dela Cruz", "Siti Nurhaliza binti Tarudin"], ["Juan dela Cruz", "Siti Nurhaliza binti Tarudin"]),
        (["Oficina de prensa", "Ufficio stampa della Farnesina"], ["Oficina de prensa", "Ufficio stampa della Farnesina"]),
        (["Par Jean Dupont avec AFP"], ["Jean Dupont", "AFP"]),
        (["Juan Pérez con información de EFE"], ["Juan Pérez"]),
        (["Reporting by Jane Doe; Editing by John Roe"], ["Jane Doe"]),
        (["Por Juan Pérez y María López"], ["Juan Pérez", "María López"]),
        (["Jane Doe, Political Correspondent"], ["Jane Doe"]),
        (["Anna Muster, Redakteurin"], ["Anna Muster"]),
        (["Jane Doe Follow"], ["Jane Doe"]),
        (["Mehr von Anna Muster"], ["Anna Muster"]),
        (["Max Muster (mm)"], ["Max Muster"]),
        (["Max Muster (Korresp"], ["Max Muster"]),
        (["(Image: Getty Images/iStockphoto)", "Foto: Mads Claus Rasmussen"], []),
        (["Emma Mackenzie", "emma-mackenzie"], ["Emma Mackenzie"]),
        (["By Jane Doe | dpa", "AP"], ["Jane Doe", "dpa", "AP"]),
        (["srf/hosb"], ["srf/hosb"]),
        (["Updated 12.03.2024 10:45"], []),
        (["牛镛、岳弘彬"], ["牛镛", "岳弘彬"]),
        (["Ilana Muhlstein, MS, RDN", "jdadmin"], ["Ilana Muhlstein"]),
        (["By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019"], ["Mike Wuerthele", "Malcolm Owen"]),
        (["Theresa May", "Malcolm X"], ["Theresa May", "Malcolm X"]),
        (["Friday; January"], []),  # a dateline's day and month, its numbers taken out (trafilatura's author)
        (["Published by Jane Doe"], ["Jane Doe"]),
        (["Publicado por María López"], ["María López"]),
        (["Por | María José Ortega | 14·11·24 | 18:32 | Actualizado a las 19:05"], ["María José Ortega"]),
        (["Publié par Jean Dupont, mis à jour le 3 mars"], ["Jean Dupont"]),
        (["Posted on"], []),
        (["Kommentar von", "Jan Sellner"], ["Jan Sellner"]),
        (["Liu Di and Zhang Yi", "Maria Por"], ["Liu Di", "Zhang Yi", "Maria Por"]),
        (["Holger Zschäpitz | Leitender Wirtschaftsredakteur"], ["Holger Zschäpitz"]),
        (["Anna Muster, Auslandskorrespondentin"], ["Anna Muster"]),
        (["Martin Gramnæs | Martin | Gramnæs"], ["Martin Gramnæs"]),
        (["Madonna", "Jane Doe"], ["Madonna", "Jane Doe"]),
        (["Staff and agencies"], []), (["Jane Doe and agencies"], ["Jane Doe"]),  # no agency named
        # byline labels in Polish, Ukrainian, Turkish, Indonesian, Portuguese, Hindi, Persian, Japanese
        (["Autorzy: Katarzyna Wiśniewska, Tomasz Zieliński"], ["Katarzyna Wiśniewska", "Tomasz Zieliński"]),
        (["Autorka: Anna Nowak"], ["Anna Nowak"]),
        (["Автори: Олена Коваленко та Ігор Бондар"], ["Олена Коваленко", "Ігор Бондар"]),
        (["Yazar: Ayşe Demir"], ["Ayşe Demir"]),
        (["Yazan: Ahmet Yılmaz"], ["Ahmet Yılmaz"]),
        (["Yazan Haddad"], ["Yazan Haddad"]),  # a name, where Turkish "Yazan" (written by) takes a colon
        (["Penulis: Dewi Kartika", "Oleh: Budi Santoso"], ["Dewi Kartika", "Budi Santoso"]),
        (["Oleh Sentsov"], ["Oleh Sentsov"]),  # a name, where Indonesian "Oleh" (by) takes a colon
        (["Reportagem: Ana Lima"], ["Ana Lima"]),
        (["द्वारा: राहुल शर्मा"], ["राहुल शर्मा"]),
        (["نویسنده: مریم احمدی"], ["مریم احمدی"]),
        (["記者：山田太郎"], ["山田太郎"]),
        # Vietnamese, Thai, Hebrew, Serbian and Swahili (branch x18i)
        (["bởi Nguyễn Thu Hà"], ["Nguyễn Thu Hà"]),
        (["Tác giả: Trần Minh Tuấn"], ["Trần Minh Tuấn"]),
        (["โดย สมชาย ใจดี"], ["สมชาย ใจดี"]),
        (["מאת: נועה לוי"], ["נועה לוי"]),
        (["Аутор: Марко Петровић"], ["Марко Петровић"]),
        (["Na Juma Mwinyi"], ["Juma Mwinyi"]),
        (["Na Li", "Na Juma"], ["Na Li", "Na Juma"]),  # names: "Na" (by) comes before two words
        (["이서연 기자 | 다른기사 보기"], ["이서연"]),  # Korean: the role after the name
        (["김민지 기자 minji@news.example.kr", "기자"], ["김민지"]),
        # an office before the name: an op-ed's signature
        (["By: Minister of Foreign Affairs Anne Holm"], ["Anne Holm"]),
        (["Secretary of State Antony J. Blinken", "H.E. Ambassador Jane Doe"], ["Antony J. Blinken", "Jane Doe"]),
        (["ministre des Affaires étrangères Jean-Noël Barrot"], ["Jean-Noël Barrot"]),
        (["Außenministerin Annalena Baerbock", "Foreign Minister Melanie Joly"], ["Annalena Baerbock", "Melanie Joly"]),
        (["Minister of Foreign Affairs", "Office of the President"], ["Office of the President"]),  # no person named
        # a family name's particles, and the office's domain before the name
        (["President of the European Commission Ursula von der Leyen", "Ambassador Pietro della Valle"],
         ["Ursula von der Leyen", "Pietro della Valle"]),
        (["Ministro de Relaciones Exteriores José Manuel Albares"], ["José Manuel Albares"]),
    ],
)
def test_author_names_are_cleaned_and_split(raw, names):
    assert clean_authors(raw) == names


def authors(html: str, url: str = "https://news.example.org/2024/story") -> list[str]:
    return extract(html, url).authors


def test_a_person_given_and_family_name():
    ld = {"@type": "NewsArticle", "headline": "A story",
          "author": [{"@type": "Person", "givenName": "Anna Giulia", "familyName": "Fink"}]}
    assert authors(page(ld=ld)) == ["Anna Giulia Fink"]


def test_an_agency_in_json_ld_before_the_publisher_in_a_meta_tag():
    ld = {"@type": "NewsArticle", "headline": "A story", "author": [{"@type": "Organization", "name": "dpa"}]}
    head = "<meta property='og:site_name' content='Example News'><meta name='author' content='Example News'>"
    assert authors(page(head, ld=ld)) == ["dpa"]


def test_an_organisation_named_with_commas_and_ands_is_one_author():
    """A ministry's press release credits the ministry: one JSON-LD Organization, whose
    name is not a list of people however many commas and "and"s it holds."""
    for kind, name in (("Organization", "Foreign, Commonwealth & Development Office"),
                       ("GovernmentOrganization", "Ministry of Europe and Foreign Affairs"),
                       ("GovernmentOrganization", "Ministry of Foreign Affairs and International Cooperation")):
        ld = {"@type": "NewsArticle", "headline": "A statement", "author": {"@type": kind, "name": name}}
        assert authors(page(ld=ld)) == [name]
    people = {"@type": "NewsArticle", "headline": "A story", "author": {"@type": "Person", "name": "Jane Doe and John Roe"}}
    assert authors(page(ld=people)) == ["Jane Doe", "John Roe"]


def test_a_meta_author_that_is_the_sites_name_in_the_title_is_one_organisation():
    """A ministry's press release names the ministry in a meta tag (Dublin Core's
    creator) and at the end of its <title>: one name, not split at its comma and "and";
    the site's own name, so a person the byline names comes first."""
    name = "Department of Agriculture, Food and Rural Affairs"
    head = f"<title>Minister announces a support scheme | {name}</title><meta name='dcterms.creator' content='{name}'>"
    assert authors(page(head)) == [name]
    assert authors(page(head, body="<p class='byline'>By Jane Doe</p>")) == ["Jane Doe"]
    people = "<title>Minister announces a support scheme | Example News</title><meta name='author' content='Jane Doe and John Roe'>"
    assert authors(page(people)) == ["Jane Doe", "John Roe"]


def test_a_byline_in_the_articles_footer_naming_the_site_is_one_organisation():
    """A WordPress theme writes the byline in the post's own ``<footer class="entry-footer">``
    (no page furniture: it is the ``<article>``'s); an account named as the site (the
    last part of the <title>) is one organisation's name, not cut to its first word."""
    name = "Embassy of the Republic of Norlandia in Valletta"
    footer = ("<footer class='entry-footer'><span class='byline'><span class='author vcard'>"
              "<span class='screen-reader-text'>Author </span> <a class='url fn n' href='/author/{}/'>{}</a>"
              "</span></span></footer>")
    head = f"<title>Talks in Geneva end with a roadmap – {name}</title>"
    html = f"<html><head>{head}</head><body><article><h1>Talks</h1>{BODY}{{}}</article></body></html>"
    assert authors(html.format(footer.format("embassy", name))) == [name]
    assert authors(html.format(footer.format("jdoe", "Jane Doe"))) == ["Jane Doe"]


def test_the_modification_time_a_theme_prints_beside_the_publication():
    """WordPress themes print both times in the post's meta, ``<time class="entry-date
    published">`` and ``<time class="updated">``; hAtom writes ``<abbr class="updated">``.
    The second is the modification time, where nothing declares one; a comment's is not."""
    meta = ("<span class='posted-on'><a href='/talks-resume/' rel='bookmark'><time class='entry-date published' "
            "datetime='2024-01-12T14:30:00+00:00'>January 12, 2024</time><time class='updated' "
            "datetime='2024-01-13T17:30:00+00:00'>January 13, 2024</time></a></span>")
    article = extract(page("<title>Talks resume</title>", body=meta), "https://embassy.example.org/talks-resume/")
    assert (article.published, article.modified) == ("2024-01-12T14:30:00+00:00", "2024-01-13T17:30:00+00:00")
    unmodified = meta.replace("entry-date published", "entry-date published updated").split("<time class='updated'")[0]
    article = extract(page("<title>Talks resume</title>", body=unmodified + "</a></span>"),
                      "https://embassy.example.org/talks-resume/")
    assert (article.published, article.modified) == ("2024-01-12T14:30:00+00:00", "2024-01-12T14:30:00+00:00")
    hatom = ("<abbr class='published' title='2024-01-12T14:30:00+01:00'>14:30</abbr>"
             "<div class='comments'><abbr class='updated' title='2024-02-01T09:00:00+01:00'>9:00</abbr></div>")
    article = extract(page("<title>Talks resume</title>", body=hatom), "https://embassy.example.org/talks-resume/")
    assert (article.published, article.modified) == ("2024-01-12T14:30:00+01:00", None)


def test_the_section_is_the_posts_category_link():
    """WordPress writes a post's categories as ``rel="category tag"`` links (its main one
    first): the section where nothing declares one, also when title, date and byline
    are all found (no finder of trafilatura's runs then)."""
    head = ("<title>Talks resume</title><meta name='author' content='Jane Doe'>"
            "<meta property='article:published_time' content='2024-05-01T10:00:00Z'>")
    cats = ("<footer class='entry-footer'><span class='cat-links'>Posted in <a href='/category/consular-news/' "
            "rel='category tag'>Consular news</a>, <a href='/category/visas/' rel='category tag'>Visas</a></span>"
            " <span class='tags-links'><a href='/tag/schengen/' rel='tag'>Schengen</a></span></footer>")
    article = extract(page(head, body=cats), "https://embassy.example.org/talks-resume/")
    assert article.section == "Consular news" and article.tags == ["Schengen"]
    ticker = "<div class='breaking-ticker'><a href='/category/sport/' rel='category tag'>Sport</a> <a href='/m/'>Match</a></div>"
    html = page(head, body=cats).replace("<body>", "<body>" + ticker)  # a ticker's badge is not the article's
    assert extract(html, "https://embassy.example.org/talks-resume/").section == "Consular news"


def test_the_section_is_a_category_link_marked_so_without_rel_category():
    """Themes that write no ``rel="category"`` mark a post's category links by a class or a
    data attribute (Wix's "category-label-list" in the post's footer, Sitefinity's
    "sfnewsCategories" box, tagDiv's "td-category"), each link to the category's own page,
    whose path spells its label. Not a filter of a listing (``?category=``), not a link
    whose label its address does not spell ("Read more"), not a teaser's title, not a list
    longer than a post's (a sidebar of every category)."""
    head = ("<title>Talks resume</title><meta name='author' content='Jane Doe'>"
            "<meta property='article:published_time' content='2024-05-01T10:00:00Z'>")
    url = "https://embassy.example.org/post/talks-resume"

    def section(box: str) -> str | None:
        return extract(page(head, body=box), url).section

    footer = ("<div data-hook='post-footer'><ul data-hook='category-label-list'><li><a href='/blog/categories/"
              "consular-news' data-hook='category-label-list__item'>Consular News</a></li></ul></div>")
    assert section(footer) == "Consular News"
    box = ("<div class='sfnewsCategories'><h3>Categories</h3><ul><li><a href='/news/-in-Category/Categories/"
           "press-releases'>Press releases</a></li></ul></div>")
    assert section(box) == "Press releases"
    assert section("<ul class='td-category'><li><a href='/kategorie/außenpolitik/'>Außenpolitik</a></li></ul>") \
        == "Außenpolitik"
    assert section("<span class='blog-categories'><a href='/news?category=Events'>Events</a></span>") is None
    assert section("<p class='category-readmore'><a href='/post/talks-resume'>Read more</a></p>") is None
    # a box of a category's posts: a teaser's title is a heading, its slug its label
    assert section("<div class='category-section__item'><h3><a href='/summit-ends'>Summit ends</a></h3></div>") is None
    sidebar = "".join(f"<li class='cat-item'><a href='/category/{c.lower()}/'>{c}</a></li>"
                      for c in ("Africa", "Asia", "Europe", "Americas"))
    assert section(f"<ul class='widget_categories'>{sidebar}</ul>") is None


def test_a_byline_named_in_other_languages_without_its_place():
    """Bylines in class names of other languages ("autor", "auteur"), and the place an
    element of the byline names ("lugar", "location", "dateline") is no author."""
    es = "<div class='autor'>Por <strong>María José Ortega</strong> <span class='lugar'>Murcia</span></div>"
    assert authors(page(body=es)) == ["María José Ortega"]
    fr = "<p class='signature-auteur'>Par Jean Dupont <span class='signature-lieu'>Bruxelles</span></p>"
    assert authors(page(body=fr)) == ["Jean Dupont"]
    en = "<p class='byline'>By Jane Doe <span class='byline__location'>Geneva</span></p>"
    assert authors(page(body=en)) == ["Jane Doe"]
    signed = "<p class='article-signature'>Par Jean Dupont et Marie Martin</p>"
    assert authors(page(body=signed)) == ["Jean Dupont", "Marie Martin"]
    firma = "<div class='firma'><span>Por Ana Ruiz</span> <span>Actualizado a las 19:05</span></div>"
    assert authors(page(body=firma)) == ["Ana Ruiz"]


def test_a_byline_no_class_marks_is_read_by_its_label():
    """Small CMSs write the byline in an element no class marks ("meta", "info", none): a
    short text above the article's text that opens with a byline's label names its
    authors, in any language; a sentence that opens with "By" names no one, and a label
    below the text is no byline's."""
    for line, names in (("<p class='meta'>By John Smith</p>", ["John Smith"]),
                        ("<div class='info'>Par Marie Dupont | Publié le 12 mars 2024</div>", ["Marie Dupont"]),
                        ("<p>Автор: Иван Петров</p>", ["Иван Петров"]),
                        ("<p class='meta'>كتب: محمد حسن - 2024/03/12 الساعة 03:30 م</p>", ["محمد حسن"]),
                        ("<div><div>Von <a href='/profile/3270'>Malek Fouda</a></div><div>Zuerst veröffentlicht am "
                         "<time>06/01/2026 - 14:02 MEZ</time></div></div>", ["Malek Fouda"]),  # the byline's own element
                        ("<span>By Tuesday the talks had ended.</span>", []),
                        ("<p>By the minister's own account, nothing was agreed.</p>", [])):
        assert authors(page(body=f"<h1>Talks end</h1>{line}")) == names, line
    assert authors(page(body=f"<h1>Talks end</h1>{BODY}<p>By John Smith</p>")) == []


def test_the_pages_category_is_no_author():
    """A theme that writes the post's category into the author meta ("News"): the
    category's link (rel="category tag") or the declared section names it."""
    head = "<meta name='author' content='Nachrichten'>"
    filed = "<p class='cat-links'>in <a href='/category/nachrichten/' rel='category tag'>Nachrichten</a></p>"
    assert authors(page(head, body=filed)) == []
    assert authors(page(head + "<meta property='article:section' content='Nachrichten'>")) == []
    assert authors(page(head)) == ["Nachrichten"]  # nothing says it is a category


def test_a_user_id_is_named_as_the_byline_shows_it():
    """A CMS's login in ``DC.creator`` ("hananovak") is the byline's "Hana Novak"; a
    lower-case word that no byline spells out stays ("dpa")."""
    head = "<meta name='DC.creator' content='hananovak'>"
    byline = "<div class='documentByLine'><span class='documentAuthor'>by <a href='/author/hananovak'>Hana Novak</a></span></div>"
    assert authors(page(head, body=byline)) == ["Hana Novak"]
    assert authors(page("<meta name='author' content='dpa'>", body=byline)) == ["dpa"]


def test_the_date_in_the_byline_not_an_older_one_in_a_box_beside_it():
    """htmldate takes the oldest date it finds: the page's own first (its metadata, the
    article's dated elements), then the article's text, never the boxes of other stories'
    dates."""
    box = "".join(f"<li><a href='/n{n}'>Other news {n}</a><span>Feb {10 + n}, 2024</span></li>" for n in range(4))
    html = ("<html><head><title>A story</title></head><body><aside><ul>" + box + "</ul></aside><article>"
            "<h1>A story</h1><div class='documentByLine'>by Hana Novak — <span class='documentPublished'>"
            "published Mar 01, 2024 10:30 AM</span></div>" + BODY + "</article></body></html>")
    assert extract(html, "https://news.example.org/news/a-story").published[:10] == "2024-03-01"


def test_no_date_from_a_pages_furniture_where_the_article_has_no_scope():
    """A standing page with no date of its own, whose article has no scope (no ``<h1>``
    over its text): htmldate's wide search read a blog's archive widget ("/2024/03/") and
    a theme script's version stamp ("?ver=20230629") as dates, and the page became a
    dated body.  The page without its furniture is searched instead, where a date shown
    beside the title still counts."""
    sidebar = ("<div class='sidebar'><div class='widget BlogArchive'><h2>Blog Archive</h2><ul><li>"
               "<a href='/2024/03/'>March</a> (4)</li><li><a href='/2024/02/'>February</a> (7)</li></ul></div></div>")
    script = "<script src='/wp-content/themes/x/js/functions.js?ver=20230629'></script>"
    text = "<div>The consular section is open from Monday to Friday, 9.00 to 12.00, by appointment.</div>"
    html = ("<html><head><title>Opening hours</title></head><body><div class='main'><h3>Opening hours</h3>"
            f"{text}</div>{sidebar}{script}</body></html>")
    standing = extract(html, "https://blog.example.org/p/opening-hours.html")
    assert standing.published is None and not standing.judgement.is_article
    dated = html.replace("<h3>Opening hours</h3>", "<h3>Opening hours</h3><span>publiziert am 25. September 2018</span>")
    assert extract(dated, "https://blog.example.org/p/opening-hours.html").published[:10] == "2018-09-25"
    wrapped = dated.replace("<div class='main'>", "<div class='content with-sidebar'>")  # the text's block stays
    assert extract(wrapped, "https://blog.example.org/p/opening-hours.html").published[:10] == "2018-09-25"
    related = html.replace(text, text + "<ul class='relacionadas'><li><a href='/region/2024/10/03/trasvase.html'>El "
                           "Gobierno aprueba un nuevo trasvase</a></li></ul>")  # another story's date
    assert extract(related, "https://blog.example.org/p/opening-hours.html").published is None


def test_co_authors_in_byline_elements_side_by_side():
    """A theme that links each author on its own (rel="author", or an element of an author
    class each): the names of all of them, not the first one's alone; an author element
    of another block (a teaser's) is no co-author."""
    linked = ("<address>Von <a rel='author' href='/autoren/anna-berg/'>Anna Berg</a>, "
              "<a rel='author' href='/autoren/ben-stahl/'>Ben Stahl</a> und "
              "<a rel='author' href='/autoren/cleo-winter/'>Cleo Winter</a></address>")
    assert authors(page(body=linked)) == ["Anna Berg", "Ben Stahl", "Cleo Winter"]
    cards = ("<div class='authors'><a class='ArticleAuthor_author__x1' href='/a/jane'>Jane Doe</a>"
             "<a class='ArticleAuthor_author__x1' href='/a/john'>John Roe</a></div>")
    assert authors(page(body=cards)) == ["Jane Doe", "John Roe"]
    place = "<p><span class='author'>Jane Doe</span><span class='author'>Berlin</span></p>"
    assert authors(page(body=place)) == ["Jane Doe"]
    teaser = "<div class='teaser'><span class='author'>Max Muster</span></div>"
    assert authors(page(body=f"<p><span class='author'>Jane Doe</span></p>{teaser}")) == ["Jane Doe"]


def test_co_authors_in_the_items_of_a_byline_list():
    """A byline written as a list, each author's link alone in an item (``<ul><li><a
    class="Byline_author__Qm2x1">``: React components render one so): every item's name;
    an item that says more than the name (a teaser's title and its writer) is no co-author."""
    listed = ("<div class='Byline_root__k2Pq0'><span>By<!-- --> </span><ul class='Byline_list__a9Xc1'>"
              "<li><a class='Byline_author__Qm2x1' href='/authors/helena-vasquez'>Helena Vasquez</a></li>"
              "<li><a class='Byline_author__Qm2x1' href='/authors/kofi-mensah'>Kofi Mensah</a></li>"
              "<li><a class='Byline_author__Qm2x1' href='/authors/rahul-iyer'>Rahul Iyer</a></li></ul></div>")
    assert authors(page(body=listed)) == ["Helena Vasquez", "Kofi Mensah", "Rahul Iyer"]
    teasers = ("<ul><li><a class='Card_author__Zz1' href='/authors/jane-doe'>Jane Doe</a></li>"
               "<li>Talks resume in Geneva, by <a class='Card_author__Zz1' href='/authors/john-roe'>John Roe</a></li></ul>")
    assert authors(page(body=teasers)) == ["Jane Doe"]


def test_a_trail_named_breadcrumb_for_screen_readers_names_the_section():
    """A breadcrumb trail no class names, ``<nav aria-label="Breadcrumb">`` of an ordered
    list of links and no separators in its text (CSS draws them: WAI-ARIA's breadcrumb
    pattern), names the section by its last step before the page; another ``nav`` (the
    sections' menu) names none."""
    def html(label: str) -> str:
        return (f"<html><body><nav aria-label='Sections'><ul><li><a href='/news/world'>World</a></li>"
                f"<li><a href='/news/diplomacy'>Diplomacy</a></li></ul></nav><main><nav aria-label='{label}' "
                "class='Breadcrumbs_root__x1Yz2'><ol><li><a href='/'>Home</a></li><li><a href='/news/world'>World</a></li>"
                f"</ol></nav><h1>Talks end</h1><p>Published 12 March 2024</p><div>{BODY}</div></main></body></html>")

    assert extract(html("Breadcrumb"), "https://news.example.com/news/world/talks-end-x1y2z3").section == "World"
    assert extract(html("Breadcrumbs"), "https://news.example.com/news/world/talks-end-x1y2z3").section == "World"
    assert extract(html("Related"), "https://news.example.com/news/world/talks-end-x1y2z3").section is None


def test_a_byline_classed_in_camel_case_names_the_author():
    """Templates that class the byline in camel case ("newsAuthorAndDate", "newsAuthor")
    name the author it holds; where the author field is empty (the template prints "By"
    and nothing), the dateline's day and month are no names."""
    byline = ("<div class='newsAuthorAndDate'><span class='newsDate'>Friday, January 12, 2024</span> By "
              "<span class='newsAuthor'>{}</span></div>")
    assert authors(page(body=byline.format("Hana Novak"))) == ["Hana Novak"]
    assert authors(page(body=byline.format(""))) == []


def test_a_chinese_credit_line_names_the_editors():
    """Chinese news pages credit their editors in a labelled line under the text
    ("(责编：牛镛、岳弘彬)", "【责任编辑：张三】"), in no byline markup."""
    assert authors(page(body="<div class='edit cf'>(责编：牛镛、岳弘彬)</div>")) == ["牛镛", "岳弘彬"]
    assert authors(page(body="<p class='tail'>【责任编辑：张三】</p>")) == ["张三"]
    # a Japanese article's reporters close its last paragraph in brackets; a label so set is none
    assert authors(page(body="<p>会合は来週も続く見通しだ。【山田太郎、佐藤花子】</p>")) == ["山田太郎", "佐藤花子"]
    assert authors(page(body="<p>会合は来週も続く見通しだ。【関連記事】</p>")) == []
    assert authors(page(body="<p>外交部发言人就此答记者问时表示，中方对此高度重视。</p>")) == []


def test_an_author_named_by_reference_to_an_object_listed_before_it():
    """A ``@graph`` may list the person or organisation first and the article after it,
    whose ``author`` is then a reference (``{"@id": ...}``): the object, not the bare
    reference read later, is what the id names."""
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Person", "@id": "https://example.org/#/person/jr", "name": "Jane Roe"},
        {"@type": "GovernmentOrganization", "@id": "https://example.org/#org", "name": "Permanent Mission of the Republic"},
        {"@type": "Article", "headline": "A story", "author": [{"@id": "https://example.org/#/person/jr"}],
         "publisher": {"@id": "https://example.org/#org"}}]}
    assert authors(page(ld=ld)) == ["Jane Roe"]
    ld["@graph"][2]["author"] = {"@id": "https://example.org/#org"}
    assert authors(page(ld=ld)) == ["Permanent Mission of the Republic"]


def test_a_meta_value_about_the_publisher_is_no_author():
    """"Site, City, Country" names the publisher's seat, not the newsroom that wrote it."""
    head = "<meta property='og:site_name' content='example.org'><meta name='author' content='example.org, Frankfurt, Germany'>"
    ld = {"@type": "NewsArticle", "headline": "A story",
          "author": [{"@type": "NewsMediaOrganization", "name": "Redaktion example.org"}]}
    assert authors(page(head, ld=ld), "https://www.example.org/a/") == ["Redaktion example.org"]


def test_the_publisher_as_author_only_when_nothing_else_names_anyone():
    ld = {"@type": "NewsArticle", "headline": "A story", "author": {"@type": "Organization", "name": "Example News"},
          "publisher": {"@type": "Organization", "name": "Example News"}}
    assert authors(page(ld=ld)) == ["Example News"]
    head = "<meta name='author' content='EXN'>"
    byline = "<h1>A story</h1><p class='meta'>von <a href='/autoren/name/max-kolter'>Dr. Max Kolter</a></p>"
    assert authors(page(head, byline), "https://www.exn.de/a/") == ["Dr. Max Kolter"]


def test_microdata_of_the_article_item_only():
    body = (
        "<div itemscope itemtype='http://schema.org/Article'><span itemprop='author'>Madeleine Howell</span>"
        + BODY + "</div><aside><span itemprop='author'>Rebecca Astill</span><span itemprop='author'>Jack Rear</span>"
        "</aside>"
    )
    assert authors(f"<html><head></head><body>{body}</body></html>") == ["Madeleine Howell"]


def test_the_fullest_author_list_of_the_article_described_twice():
    one = {"@type": "Article", "headline": "A story", "author": {"@type": "Person", "name": "Till Eck"}}
    three = {"@type": "NewsArticle", "headline": "A story", "author": [
        {"@type": "Person", "name": n} for n in ("Till Eck", "Max Bern", "Martin Mur")]}
    html = page(ld={"@graph": [one, three]})
    assert authors(html) == ["Till Eck", "Max Bern", "Martin Mur"]


def title(html: str, url: str = "https://www.example.de/politik/story") -> str | None:
    return extract(html, url).title


def test_title_entities_decoded_where_metadata_escaped_them_twice():
    ld = {"@type": "NewsArticle", "headline": "Samsung soll Smartphones zerst&ouml;ren: &quot;Nie&quot;"}
    assert title(page(ld=ld)) == 'Samsung soll Smartphones zerstören: "Nie"'


def test_title_without_the_site_name_from_host_or_site_name():
    head = "<meta property='og:title' content='Akkus für ein Motorrad gebaut? - Example.de'>"
    assert title(page(head)) == "Akkus für ein Motorrad gebaut?"
    head = ("<meta property='og:site_name' content='The Weekly'>"
            "<meta property='og:title' content='Inside a Rebellion: What Democracy Looks Like | The Weekly'>")
    assert title(page(head), "https://weekly.example/x") == "Inside a Rebellion: What Democracy Looks Like"


def test_title_without_what_surrounds_another_sources_title():
    """"Headline - National | Site" in <title>, "Headline" in the h1: the section goes too."""
    head = "<title>Russia hits Kyiv with a missile - National | Globe</title>"
    assert title(page(head, "<h1>Russia hits Kyiv with a missile</h1>")) == "Russia hits Kyiv with a missile"


RELEASE = ("<html><head>{}</head><body><header><a href='/'><img src='/logo.png' alt='Ministry of Foreign"
           " Affairs'></a></header><nav><a href='/press-releases/'>Press releases</a></nav><article>"
           "<h1>Minister meets counterpart in Berlin to discuss trade</h1>" + BODY + "</article></body></html>")


@pytest.mark.parametrize("head", [
    "<meta property='og:title' content='Press releases'>"
    "<title>Minister meets counterpart in Berlin to discuss trade - Press releases - MFA</title>",
    "<meta property='og:title' content='MFA'><title>Minister meets counterpart in Berlin to discuss trade - MFA</title>",
    "<meta property='og:title' content='Ministry of Foreign Affairs'><title>Ministry of Foreign Affairs</title>",
    "<title>Press releases | Ministry of Foreign Affairs</title>",
])
def test_title_is_no_label_that_a_cms_writes_on_every_page(head):
    """A ministry CMS that titles every release with its section's or its site's name:
    the headline is the h1, not the label (a section linked above the page, the logo's
    name, a part of the <title> beside the h1)."""
    html = RELEASE.format(head)
    assert title(html, "https://mfa.example.gov/press-releases/minister-meets") == (
        "Minister meets counterpart in Berlin to discuss trade")


COURIER = "<html lang='en'><head>{}</head><body>{}<article>" + BODY + "</article></body></html>"


@pytest.mark.parametrize("head, shown, url, want", [
    # a section's name in the h1, the headline below it: og:title, the <title>'s first part, stays
    ("<title>Talks resume in Geneva - Ukraine - Daily Courier</title><meta property='og:title' content='Talks resume in Geneva'>",
     "<h1>Ukraine</h1><h2>Talks resume in Geneva</h2>", "https://www.example.org/world/talks", "Talks resume in Geneva"),
    # a section declared as og:title: the h1 that shows the headline
    ("<title>Brexit | Daily Courier</title><meta property='og:title' content='Brexit'><meta property='article:section' content='Brexit'>",
     "<nav><a href='/brexit/'>Brexit</a></nav><h1>Brexit: what next after the vote on the deal</h1>",
     "https://example.org/brexit/what-next", "Brexit: what next after the vote on the deal"),
    # in Thai or Chinese every cut is mid-word: a declared title continued by the h1 stays
    ("<meta property='og:title' content='习近平同法国总统马克龙举行会谈双方同意加强两国在气候变化领域合作'>",
     "<h1>习近平同法国总统马克龙举行会谈双方同意加强两国在气候变化领域合作并发表联合声明</h1>",
     "https://example.org/a", "习近平同法国总统马克龙举行会谈双方同意加强两国在气候变化领域合作"),
    # "<" and ">" that are no markup stay
    ("<meta property='og:title' content='Rates fall as x&lt;y and y&gt;z in the new model'>", "",
     "https://example.org/a", "Rates fall as x<y and y>z in the new model"),
])
def test_title_rules_leave_a_right_headline_alone(head, shown, url, want):
    assert title(COURIER.format(head, shown), url) == want


def test_a_sites_name_before_the_headline_is_no_label_of_it():
    head = ("<meta property='og:title' content='Minister meets counterpart in Berlin to discuss trade'>"
            "<title>MFA | Minister meets counterpart in Berlin to discuss trade</title>")
    assert title(RELEASE.format(head), "https://mfa.example.gov/press-releases/minister-meets") == (
        "Minister meets counterpart in Berlin to discuss trade")


@pytest.mark.parametrize("lang, byline, names", [
    ("de", "<p class='byline'>Von Jana Müller, Berlin</p>", ["Jana Müller"]),
    ("en", "<div class='byline'>Jane Doe, Kyiv, and John Roe, Moscow</div>", ["Jane Doe", "John Roe"]),
    ("en", "<div class='byline'>By Kevin Doe and Kevin Roe, USA TODAY</div>", ["Kevin Doe", "Kevin Roe", "USA TODAY"]),
    ("en", "<div class='byline'>Jordan Smith, Paris</div>", ["Jordan Smith"]),
])
def test_a_bylines_place_is_no_author(lang, byline, names):
    """A dateline's country or capital (CLDR's names, in the page's language or English)
    after the names; a name that only holds one ("USA TODAY") stays."""
    html = page(body=byline).replace("<html>", f"<html lang='{lang}'>")
    assert extract(html, "https://news.example.com/world/story-123").authors == names


STORY_URL = "https://www.example.com/world/2024/05/03/minister-meets"
THIS = {"@type": "NewsArticle", "headline": "Minister meets counterpart in Berlin",
        "author": {"@type": "Person", "name": "Jane Doe"}, "datePublished": "2024-05-03T10:00:00Z"}
OTHER = {"@type": "NewsArticle", "headline": "Storms expected over the weekend",
         "author": {"@type": "Person", "name": "John Roe"}, "datePublished": "2023-01-01T00:00:00Z",
         "url": "https://www.example.com/weather/storms"}


def scripts(*objects) -> str:
    return "".join(f"<script type='application/ld+json'>{json.dumps(o)}</script>" for o in objects)


@pytest.mark.parametrize("related", [
    {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1, "item": OTHER}]},
    OTHER,
    {"@context": "https://schema.org", "@graph": [OTHER]},
])
def test_the_article_object_is_the_pages_own_not_a_related_storys(related):
    """Related stories declared in JSON-LD ahead of the article (a list's items, or
    articles naming another URL) lend it neither title, author nor date."""
    for this in (THIS, {**THIS, "mainEntityOfPage": {"@id": STORY_URL}}, {**THIS, "@id": "#article"}):
        found = extract(page(scripts(related, this)), STORY_URL)
        assert (found.title, found.authors, found.published[:10]) == (
            "Minister meets counterpart in Berlin", ["Jane Doe"], "2024-05-03")


SIGNED = ("<p>The two ministers signed a memorandum on trade and on the partnership.</p>"
          "<p style='text-align: right;'><strong>{}</strong></p>")


def test_the_name_signing_the_article_under_its_text():
    """A right-aligned closing line of capitalised words signs the article: it beats a
    JSON-LD author that is the publisher itself."""
    ld = {"@type": "NewsArticle", "headline": "Ministers sign a memorandum on trade",
          "author": {"@type": "Organization", "name": "Example News"},
          "publisher": {"@type": "Organization", "name": "Example News"}}
    html = page(ld=ld).replace("</article>", SIGNED.format("Lê Phương") + "</article>")
    found = extract(html, "https://news.example.vn/a-1.html")
    assert found.authors == ["Lê Phương"] and not found.text.endswith("Lê Phương")


@pytest.mark.parametrize("line", ["Hanoi, 12 October", "see more on the ministry's site", "The Press Office"])
def test_a_right_aligned_closing_line_that_is_no_name_signs_nothing(line):
    """Not a name, or on a page that credits no one (a ministry's unit signing its release)."""
    ld = {"@type": "NewsArticle", "headline": "Ministers sign a memorandum on trade"}
    html = page(ld=ld).replace("</article>", SIGNED.format(line) + "</article>")
    assert extract(html, "https://news.example.vn/a-1.html").authors == []


@pytest.mark.parametrize("line, style", [
    ("Hanoi Vietnam", "text-align: right"),  # where it was written
    ("Lê Phương", "padding-right: 4px"),  # not right-aligned
])
def test_a_closing_line_that_is_a_place_or_not_aligned_signs_nothing(line, style):
    ld = {"@type": "NewsArticle", "headline": "Ministers sign a memorandum on trade",
          "author": {"@type": "Organization", "name": "Example News"},
          "publisher": {"@type": "Organization", "name": "Example News"}}
    signed = f"<p style='{style}'><strong>{line}</strong></p>"
    html = page(ld=ld).replace("</article>", signed + "</article>")
    assert extract(html, "https://news.example.vn/a-1.html").authors == ["Example News"]


def test_an_organisations_place_is_part_of_its_name():
    assert clean_authors(["Embassy of India in Berlin"], organisations=True) == ["Embassy of India in Berlin"]


def test_title_without_the_markup_a_cms_left_in_the_headline():
    ld = {"@type": "NewsArticle", "headline": "<em>Minister</em> meets &lt;b&gt;counterpart&lt;/b&gt; in Berlin"}
    assert title(page(ld=ld)) == "Minister meets counterpart in Berlin"
    ld = {"@type": "NewsArticle", "headline": "Inflation < 2% and rates > 4% in the <2024> plans"}
    assert title(page(ld=ld)) == "Inflation < 2% and rates > 4% in the <2024> plans"


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_metadata_encoded_to_utf8_twice_is_decoded_back(codec):
    """A CMS that encodes UTF-8 metadata again ("AuÃŸenministerin") gives it back whole."""
    ld = {"@type": "NewsArticle", "headline": "Außenministerin trifft Amtskollegen – Paris".encode().decode(codec)}
    head = f"<meta name='author' content='{'Jürgen Müller'.encode().decode(codec)}'>"
    found = extract(page(head, ld=ld), "https://www.example.de/politik/story")
    assert (found.title, found.authors) == ("Außenministerin trifft Amtskollegen – Paris", ["Jürgen Müller"])


@pytest.mark.parametrize("text", ["SÃO PAULO", "Café au lait", "Ça va", "日本の外相", "Â"])
def test_text_that_is_no_double_encoding_is_left_alone(text):
    assert repaired(text) == text


WHOLE = "Minister meets her counterpart to discuss trade and the future of the partnership amid tensions"


@pytest.mark.parametrize("cut", [WHOLE[:80] + "…", WHOLE[:80] + " ...", WHOLE[:77]])
def test_title_is_the_whole_headline_where_the_json_ld_one_is_cut(cut):
    """SEO plugins cut the JSON-LD headline at 110 characters: with an ellipsis, or in the
    middle of a word, the whole one that og:title or the h1 begins with it is the title."""
    head = f"<meta property='og:title' content='{WHOLE}'>"
    assert title(page(head, ld={"@type": "NewsArticle", "headline": cut})) == WHOLE
    assert title(page(body=f"<h1>{WHOLE}</h1>", ld={"@type": "NewsArticle", "headline": cut})) == WHOLE


def test_title_cut_at_a_word_without_an_ellipsis_is_kept():
    """A shorter headline ending on a whole word may be the headline written for the page."""
    short = WHOLE[:WHOLE.index(" amid")]
    head = f"<meta property='og:title' content='{WHOLE}'>"
    assert title(page(head, ld={"@type": "NewsArticle", "headline": short})) == short


def test_title_not_cut_to_a_breadcrumb_step():
    """An <h1> in the breadcrumb trail names the page shortened: it cuts no headline."""
    ld = {"@type": "NewsArticle", "headline": "Atomkraft - Kühltürme von AKW Gundremmingen gesprengt"}
    trail = "<ol class='trail'><li itemprop='itemListElement'><h1>Kühltürme von AKW Gundremmingen gesprengt</h1></li></ol>"
    html = page(ld=ld).replace("<body>", f"<body>{trail}")
    assert title(html) == "Atomkraft - Kühltürme von AKW Gundremmingen gesprengt"
    in_article = page(body="<h1>Kühltürme von AKW Gundremmingen gesprengt</h1>", ld=ld)
    assert title(in_article) == "Kühltürme von AKW Gundremmingen gesprengt"


def test_title_from_the_microdata_headline_where_nothing_else_declares_one():
    """A theme that titles its articles with an <h2> marked itemprop="headline", and
    declares no og:title or JSON-LD (Joomla's default one): the <title> is cut to it.
    Where a JSON-LD headline is declared, the marked part does not cut it: an overline
    may stand shown beside it, unmarked."""
    head = "<title>Minister meets counterpart in Vienna - Ministry of Foreign Affairs</title>"
    body = ("<div itemscope itemtype='https://schema.org/Article'><h2 itemprop='headline'>"
            "Minister meets counterpart in Vienna</h2></div>")
    assert title(page(head, body)) == "Minister meets counterpart in Vienna"
    ld = {"@type": "NewsArticle", "headline": "Rückbau von Atomkraftwerk - Kühltürme gesprengt"}
    shown = ("<h2><span class='over'>Rückbau von Atomkraftwerk</span> "
             "<span itemprop='headline'>Kühltürme gesprengt</span></h2>")
    assert title(page(body=shown, ld=ld)) == "Rückbau von Atomkraftwerk - Kühltürme gesprengt"


def test_title_is_not_the_site_title_an_older_theme_sets_in_an_h1():
    """Older themes write the site's name in an h1 linking to the home page on every
    page, and the headline in an h2: the h1 is no headline, and its text names the
    publisher, cut from the <title>."""
    html = ("<html><head><title>Embassy hosts a reading | Diplomatic Notebook</title></head><body>"
            "<div id='branding'><h1 id='site-title'><span><a href='https://notebook.example.org/' rel='home'>"
            "Diplomatic Notebook</a></span></h1></div>"
            f"<div class='post'><h2 class='entry-title'>Embassy hosts a reading</h2>{BODY}</div></body></html>")
    assert title(html) == "Embassy hosts a reading"
    linked = html.replace("<h2 class='entry-title'>Embassy hosts a reading</h2>", "").replace(
        "<h1 id='site-title'><span><a href='https://notebook.example.org/' rel='home'>Diplomatic Notebook</a></span></h1>",
        "<h1><a href='/2018/10/05/embassy-hosts-a-reading/'>Embassy hosts a reading</a></h1>")
    assert title(linked) == "Embassy hosts a reading"


def test_title_without_the_site_name_its_logo_link_shows():
    """A ministry's long name after its headlines ("... - Ministry of Foreign Affairs"),
    in no meta tag and not its host's: its logo, a link to the home page, shows it."""
    body = "<p>" + "A sentence of the article's body, written out in plain words. " * 12 + "</p>"
    html = ("<html><head><title>Minister meets counterpart - Ministry of Foreign Affairs</title>"
            "<meta property='og:title' content='Minister meets counterpart - Ministry of Foreign Affairs'></head><body>"
            "<div class='header'><a href='/'><img src='/logo.png' alt='Ministry of Foreign Affairs'></a></div>"
            f"<div class='content'><h1>Minister meets counterpart</h1>{body}</div></body></html>")
    assert title(html, "https://www.mfa.example.gov/news/123") == "Minister meets counterpart"
    linked = html.replace("<img src='/logo.png' alt='Ministry of Foreign Affairs'>", "Ministry of Foreign Affairs")
    assert title(linked, "https://www.mfa.example.gov/news/123") == "Minister meets counterpart"
    language = html.replace("<a href='/'>", "<a href='https://www.mfa.example.gov/en/'>")
    assert title(language, "https://www.mfa.example.gov/news/123") == "Minister meets counterpart"
    elsewhere = html.replace("<a href='/'>", "<a href='/about'>")
    assert title(elsewhere, "https://www.mfa.example.gov/news/123") == "Minister meets counterpart - Ministry of Foreign Affairs"


def test_title_without_the_site_name_an_underscore_joins():
    """A Chinese ministry's old template: no ``h1``, no meta; the headline in a ``div`` and
    in ``<title>`` joined to the site's name by an underscore, unspaced ("标题_外交部"), the
    site's name on its logo link; its English pages join it so before a capitalised word
    ("Headline_Ministry of ...", the headline in an ``h1`` shorter than half the title).
    Latin words joined by one ("snake_case") stay whole."""
    body = "<p>" + "双方就经贸合作深入交换意见，一致同意进一步加强各领域务实合作。" * 8 + "</p>"
    html = ("<html><head><title>外交部发言人就加纳举行大选答记者问_诺兰共和国外交部</title></head><body>"
            "<div class='logo'><a href='/web/'><img src='/logo.png' alt='诺兰共和国外交部'></a></div>"
            "<div id='News_Body_Title'>外交部发言人就加纳举行大选答记者问</div>"
            f"<span id='News_Body_Time'>2024/02/25</span><div id='News_Body_Txt_A'>{body}</div></body></html>")
    assert title(html, "https://www.mfa.example.gov/web/fyrbt/202402/t20240225_11235189.shtml") \
        == "外交部发言人就加纳举行大选答记者问"
    english = ("<html><head><title>Oman hosts regional envoys to discuss migration routes_Ministry of Foreign Affairs"
               " of the Republic of Norland</title></head><body><div class='logo'><a href='/eng/'><img src='/logo.png'"
               " alt='Ministry of Foreign Affairs of the Republic of Norland'></a></div><div class='news-details'>"
               "<h1>Oman hosts regional envoys to discuss migration routes</h1><p class='time'>2024-03-09 11:30</p>"
               "<p>" + "The envoys met in Muscat and agreed on a calendar of further talks. " * 8 + "</p></div></body></html>")
    assert title(english, "https://www.mfa.example.gov/eng/xw/zyxw/202403/t20240309_11238260.html") \
        == "Oman hosts regional envoys to discuss migration routes"  # the English site: before a capital
    latin = html.replace("外交部发言人就加纳举行大选答记者问_诺兰共和国外交部", "snake_case explained").replace(
        "<div id='News_Body_Title'>外交部发言人就加纳举行大选答记者问</div>", "")
    assert title(latin, "https://www.example.org/posts/snake-case") == "snake_case explained"


def test_title_without_the_section_and_the_site_where_nothing_names_them():
    """A page with only a <title> ("Headline | site | Section"), no og:site_name or JSON-LD:
    the section is the text of the menu's link to the folder the page lies in (an index
    file names the folder too), the site a short name made of the host's."""
    url = "https://www.regionalnews.de/wirtschaft/job-turbo-hilft-100.html"
    menu = ("<nav><a href='/'>Start</a> <a href='/politik/index.html'>Politik</a> "
            "<a href='https://www.regionalnews.de/wirtschaft/index.html'>Wirtschaft</a></nav>")
    head = "<title>Job-Turbo hilft Geflüchteten | regionalnews.de | Wirtschaft</title>"
    html = page(head).replace("<body>", f"<body>{menu}")
    assert title(html, url) == "Job-Turbo hilft Geflüchteten"
    assert title(html.replace("/wirtschaft/index.html", "/sport/"), url) \
        == "Job-Turbo hilft Geflüchteten | regionalnews.de | Wirtschaft"  # another section's link
    for site in ("The Regionalnews", "Regionalnews Online"):
        head = f"<title>Job-Turbo hilft Geflüchteten — {site}</title>"
        assert title(page(head), url) == "Job-Turbo hilft Geflüchteten"
    head = "<title>Job-Turbo hilft Geflüchteten — Regionalnews bleibt dabei, sagt der Verband</title>"
    assert title(page(head), url) == head[7:-8]  # no short name: part of the headline
    # the domain's name is a whole word of the part, not its first letters
    head = "<title>Department Press Briefing | Statement on Gaza</title>"
    assert title(page(head), "https://www.state.gov/briefings/x") == "Department Press Briefing | Statement on Gaza"
    # a link up to the article's own first page, named with its headline, names no section
    head = "<title>Talks end in Geneva | Page 2</title>"
    back = "<p><a href='/news/talks-end-in-geneva/'>Talks end in Geneva</a></p>"
    assert title(page(head, back), "https://www.regionalnews.de/news/talks-end-in-geneva/2/") \
        == "Talks end in Geneva | Page 2"
    html = page(head).replace("<body>", "<body><a href='http://[::1/x'>odd</a>")  # an href no URL parser takes
    assert title(html, url) == "Talks end in Geneva | Page 2"


def test_title_is_the_one_h1_where_nothing_declares_a_headline():
    """No JSON-LD headline, no og:title: the page's one <h1> is the headline it shows, the
    <title> a rewording for search results; unless the two share no word (the <h1> then
    names the site)."""
    head = "<title>Court upholds birthright citizenship, rejecting limits | Example News</title>"
    shown = "<h1>President congratulates rival in dig at court ruling</h1>"
    assert title(page(head, shown)) == "President congratulates rival in dig at court ruling"
    assert title(page(head, "<h1>Example Media Group</h1>")) \
        == "Court upholds birthright citizenship, rejecting limits"
    declared = head + "<meta property='og:title' content='Court upholds birthright citizenship'>"
    assert title(page(declared, shown)) == "Court upholds birthright citizenship"


@pytest.mark.parametrize("declared", ["|||", " - ", "·"])
def test_a_title_of_separators_alone_is_none(declared):
    """A template that fills og:title with its separators and nothing else (an empty
    field): no title, and no failure; the next source gives it."""
    head = f"<title>Headline of the story | Example</title><meta property='og:title' content='{declared}'>"
    assert title(page(head, "<h1>Headline of the story</h1>"), "https://www.example.de/a/b") == "Headline of the story"


def test_title_is_no_section_heading_that_a_long_title_happens_to_hold():
    """"Reviews" is a heading of the page and the last word of its <title>: no headline."""
    head = "<title>Atkins diet in 14 days - lose up to 10 kg. Reviews</title>"
    assert title(page(head, "<h1>Reviews</h1>")) == "Atkins diet in 14 days - lose up to 10 kg. Reviews"
    head = "<title>About bugs – Cannon Games</title>"
    assert title(page(head, "<h1>About bugs</h1>")) == "About bugs"


def test_title_without_the_site_name_before_a_colon():
    head = "<meta property='og:site_name' content='Weekly'><meta property='og:title' content='Weekly: Ten things to know'>"
    assert title(page(head), "https://weekly.example/x") == "Ten things to know"


def test_title_keeps_a_kicker_set_off_by_a_colon():
    ld = {"@type": "NewsArticle", "headline": "Bei Protesten 2022: Bericht: Aktivistin getötet"}
    head = "<meta property='og:title' content='Bericht: Aktivistin getötet'>"
    assert title(page(head, ld=ld)) == "Bei Protesten 2022: Bericht: Aktivistin getötet"


def test_title_without_a_kicker_the_shown_headline_leaves_out():
    """The declared title has a kicker the page's h1 does not show: the headline alone."""
    ld = {"@type": "NewsArticle", "headline": "«Der Bäcker»: Mann zu Haft verurteilt"}
    assert title(page(body="<h1 class='qz-top'>Mann zu Haft <b>verurteilt</b></h1>", ld=ld)) == "Mann zu Haft verurteilt"
    head = "<meta property='og:title' content='Streit um Steuern: «Wir zahlen nicht mehr»'>"
    h1 = "<h1><span class='qz-over'>Finanzen</span><span> - </span><span class='qz-main'>«Wir zahlen nicht mehr»</span></h1>"
    assert title(page(head, h1)) == "«Wir zahlen nicht mehr»"


def test_title_keeps_a_kicker_the_shown_headline_shows():
    ld = {"@type": "NewsArticle", "headline": "Streit um Steuern: «Wir zahlen nicht mehr»"}
    h1 = "<h1><span class='qz-over'>Streit um Steuern</span>: «Wir zahlen nicht mehr»</h1>"
    assert title(page(body=h1, ld=ld)) == "Streit um Steuern: «Wir zahlen nicht mehr»"
    assert title(page(body="<h1>Ganz andere Worte hier</h1>", ld=ld)) == "Streit um Steuern: «Wir zahlen nicht mehr»"


def test_title_written_as_the_page_title_writes_it_where_two_declarations_differ_only_so():
    """JSON-LD and og:title give the same words, punctuated differently: the one the
    <title> (without the section after it) writes."""
    ld = {"@type": "NewsArticle", "headline": "Rückbau von Atomkraftwerk - Kühltürme gesprengt"}
    og = "<meta property='og:title' content='Rückbau von Atomkraftwerk: Kühltürme gesprengt'>"
    head = og + "<title>Rückbau von Atomkraftwerk: Kühltürme gesprengt - Example</title>"
    assert title(page(head, ld=ld)) == "Rückbau von Atomkraftwerk: Kühltürme gesprengt"
    # the <title> writes the JSON-LD's, or other words: the JSON-LD headline stands
    head = og + "<title>Rückbau von Atomkraftwerk - Kühltürme gesprengt - Example</title>"
    assert title(page(head, ld=ld)) == "Rückbau von Atomkraftwerk - Kühltürme gesprengt"
    head = "<meta property='og:title' content='Kühltürme fallen'><title>Kühltürme fallen - Example</title>"
    assert title(page(head, ld=ld)) == "Rückbau von Atomkraftwerk - Kühltürme gesprengt"


def test_an_h1_of_an_overline_and_a_headline_is_written_as_the_page_title_writes_it():
    """An h1 whose overline and headline are elements of their own, set apart by the style
    alone, runs them together: where the <title> gives the same words with a colon (or a
    bar, a slash) between them, its spelling, not the h1's text; never its quotes or dashes."""
    h1 = "<h1><span class='kicker'>Ausschuss zur Ahrtal-Flut</span><span class='head'>Zwei Rücktritte</span></h1>"
    head = "<title>Ausschuss zur Ahrtal-Flut: Zwei Rücktritte | Example</title>"
    assert title(page(head, h1)) == "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte"
    h1 = "<h1>Mexico’s economy grew 1.1% in the first quarter – officials</h1>"
    head = "<title>Mexico's economy grew 1.1% in the first quarter - officials | Example</title>"
    assert title(page(head, h1)) == "Mexico’s economy grew 1.1% in the first quarter – officials"


def test_dates_with_their_offsets_and_modified_apart():
    head = ("<meta property='article:published_time' content='Fri Apr 28 19:20:36 CEST 2023'>"
            "<meta property='article:modified_time' content='2023-04-29T08:00:00Z'>")
    art = extract(page(head), "https://example.org/a")
    assert art.published == "2023-04-28T19:20:36+02:00"
    assert art.modified == "2023-04-29T08:00:00+00:00"


def test_the_hatom_published_date_with_its_time():
    """Older WordPress themes and SPIP (a foreign ministry's press pages) mark the date
    with the hAtom microformat only: <abbr class="published" title="...">."""
    body = "<p class='info'><abbr class='published' title='2024-03-12T18:40:00Z'>Publié le 12 mars 2024</abbr></p>"
    assert extract(page(body=body), "https://www.example.fr/article1234").published == "2024-03-12T18:40:00+00:00"


def test_a_day_alone_takes_its_time_from_a_time_element_of_that_day():
    """Block themes, Drupal field lists and Next.js pages print the post date in a
    <time datetime> that carries the instant without marking it as the publication
    time; the day alone (htmldate's, a JSON-LD date) takes it. Not from an update's
    <time>, nor a comment's."""
    shown = ("<div class='field--name-field-published-date'><div class='field__label'>Published on</div>"
             "<time datetime='2024-11-12T11:00:00Z'>12 November 2024</time></div>")
    assert extract(page(body=shown), "https://example.org/a").published == "2024-11-12T11:00:00+00:00"
    ld = {"@type": "NewsArticle", "headline": "A story", "datePublished": "2024-11-12"}
    assert extract(page(body=shown, ld=ld), "https://example.org/a").published == "2024-11-12T11:00:00+00:00"
    meta = "<meta property='article:published_time' content='2024-11-12T09:30:00+01:00'>"
    assert extract(page(meta, ld=ld), "https://example.org/a").published == "2024-11-12T09:30:00+01:00"
    others = ("<time class='updated' datetime='2024-11-12T18:00:00Z'>12 November</time>"
              "<div class='comment-meta'><time datetime='2024-11-12T19:00:00Z'>12 November</time></div>")
    assert extract(page(body=others, ld=ld), "https://example.org/a").published == "2024-11-12"


@pytest.mark.parametrize("info, lang, published", [
    ("<ul class='bo_info'><li><span>작성일</span> 2024-11-20 17:30</li><li>조회수 2,318</li></ul>", "ko", "2024-11-20T17:30"),
    ("<p class='meta'>20.11.2024 17:30 | Aktualności</p>", "pl", "2024-11-20T17:30"),
    ("<div class='news-view__date'>20 қараша 2024, 17:30</div>", "kk", "2024-11-20T17:30"),
    ("<div class='date'>Published 10:02 AM EST Nov 19, 2024</div>", "en", "2024-11-19T10:02:00-05:00"),
    ("<p class='type'>Nieuwsbericht | 29-11-2024 | 11:00</p>", "nl", "2024-11-29T11:00"),
    ("<p class='meta'>2024-11-20</p><p class='views'>Next: 2024-11-21 09:00</p>", "ko", "2024-11-20"),
    ("<span class='PostByline-date'>April 28 2024, 3:54 p.m.</span>", "en", "2024-04-28T15:54"),
    ("<p class='meta'>2024-11-20 3:54 pm</p>", "en", "2024-11-20T15:54"),
    ("<p class='meta'>2024-11-20 12:10 a.m.</p>", "en", "2024-11-20T00:10"),
    # CST is US Central and China's: no offset from it
    ("<div class='date'>Published 10:02 CST Nov 20, 2024</div>", "en", "2024-11-20T10:02"),
    # an update's time, and a comment's, are not the publication's
    ("<span>Published: 2024-11-20</span> <span>Last updated: 2024-11-20 17:30</span>", "en", "2024-11-20"),
    ("<span>Published: 2024-11-20</span><div class='comments'><p>Jane wrote on 2024-11-20 23:59</p></div>", "en",
     "2024-11-20"),
    ("<p class='meta'>2024-11-20 17:30</p><time datetime='2024-11-20T17:30:12+01:00'>20.11.2024</time>", "de",
     "2024-11-20T17:30:12+01:00"),
    # times written with "h" (French, Portuguese) and in Japanese units; a short word before the time
    ("<p class='date'>Publié le 20 novembre 2024 à 17h30</p>", "fr", "2024-11-20T17:30"),
    ("<p class='meta'>20/11/2024 às 17h30</p>", "pt", "2024-11-20T17:30"),
    ("<p class='date'>2024年11月20日 17時30分</p>", "ja", "2024-11-20T17:30"),
    ("<p class='date'>2024. 11. 20. 17:30</p>", "ko", "2024-11-20T17:30"),
    ("<p class='date'>20 novembre 2024, 24h sur 24</p>", "fr", "2024-11-20"),
    # a dash or a bar between the date and its time
    ("<p class='date'>12 mar 2024 - 14:30 CET</p>", "es", "2024-03-12T14:30:00+01:00"),
    ("<p class='date'>12 de marzo de 2024 | 14:30</p>", "es", "2024-03-12T14:30"),
    # a two-digit year, the century the day's
    ("<div class='lineinfo'>Do 20.11.24 | 17:30 Uhr | Von <span>Eva Muster</span></div>", "de", "2024-11-20T17:30"),
    # a month abbreviated with a dot (news agencies' style)
    ("<div class='date'>Nov. 20, 2024, 5:50 p.m. EST</div>", "en", "2024-11-20T17:50:00-05:00"),
    ("<div class='published'>\n<div>Nov. 20, 2024</div>\n<div>5:50 PM</div>\n</div>", "en", "2024-11-20T17:50"),
])
def test_a_day_found_alone_takes_the_time_shown_beside_it(info, lang, published):
    """htmldate finds the day a page shows, without the time written right after it
    ("2024-11-20 17:30", a board's info line; "20 қараша 2024, 17:30" in an element
    marked as a date): the time of day comes with it, without an offset unless a zone
    is written there ("EST"). A time beside another day is not the publication's."""
    html = f"<html lang='{lang}'><head><title>A story</title></head><body><article><h1>A story</h1>{info}{BODY}</article></body></html>"
    assert extract(html, "https://example.org/a").published == published


@pytest.mark.parametrize("shown, published", [
    ("November 20, 2019, 11:28 AMT", "2019-11-20T11:28"), ("20 novembre 2019", "2019-11-20"),
    ("12 maart 2024, 14:30", "2024-03-12T14:30"), ("Senin, 12 Februari 2024", "2024-02-12"),
    ("Nov. 20, 2024, 5:50 p.m.", "2024-11-20T17:50"),
])
def test_a_page_that_declares_no_language_has_its_date_read(shown, published):
    """Without a declared language, dateparser tries the languages most dates are written
    in, then every other it knows (Dutch, Indonesian)."""
    html = f"<html><head><title>A story</title></head><body><article><h1>A story</h1><p class='date'>{shown}</p>{BODY}</article></body></html>"
    assert extract(html, "https://example.org/a").published == published


def test_the_articles_own_time_beside_an_aside_of_teasers_is_no_teasers():
    """A <time> in the box that holds the article (its h1, or more text than a card)
    dates it, though an aside of linked headlines stands beside that box."""
    aside = "<aside>" + "".join(f"<div><h3><a href='/s{i}'>Other story {i}</a></h3></div>" for i in range(3)) + "</aside>"
    main = ("<div class='main'><div class='body'><h2><a href='/x'>Also read</a></h2>"
            "<div class='meta'><time datetime='2024-01-06T14:02:09+01:00'>06/01/2024 - 14:02</time></div>"
            + BODY + "</div></div>")
    html = f"<html><head><title>A story</title></head><body><div class='page'>{main}{aside}</div></body></html>"
    assert extract(html, "https://example.org/a").published == "2024-01-06T14:02:09+01:00"


def test_dublin_cores_available_date_is_the_publication_date_where_nothing_else_gives_one():
    """Government CMSes give the date a page became public as ``DCTERMS.available``."""
    head = "<meta name='DCTERMS.available' content='2024-11-29T11:00'>"
    assert extract(page(head), "https://example.org/a").published == "2024-11-29T11:00:00"
    head += "<meta name='DCTERMS.issued' content='2024-11-28'>"
    assert extract(page(head), "https://example.org/a").published.startswith("2024-11-28")


def test_a_video_pages_date_is_its_videos_upload_not_an_embedded_ones():
    """A news video's page (``og:type`` ``video.other``, a ``VideoObject`` and no article)
    is dated by the video's upload; an article's embedded video dates nothing."""
    video = {"@context": "https://schema.org", "@type": "VideoObject", "name": "Talks in Malta",
             "uploadDate": "2024-12-05T18:20:00+02:00", "contentUrl": "https://example.org/v.mp4"}
    head = "<meta property='og:type' content='video.other'>"
    assert extract(page(head, ld=video), "https://example.org/v").published == "2024-12-05T18:20:00+02:00"
    head = "<meta property='og:type' content='article'><meta property='article:published_time' content='2024-12-06T09:00:00+02:00'>"
    assert extract(page(head, ld=video), "https://example.org/a").published == "2024-12-06T09:00:00+02:00"
    assert extract(page(ld=video), "https://example.org/a").published != "2024-12-05T18:20:00+02:00"


@pytest.mark.parametrize("shown, published", [
    ("<span class='x'>๒๕ พฤศจิกายน ๒๕๖๗</span>", "2024-11-25"),
    ("<span>25 พ.ย. 2567 10:42 น.</span>", "2024-11-25T10:42"),
    ("<span>วันที่ 3 ม.ค. 2568 เวลา 09.15 น.</span>", "2025-01-03T09:15"),
    ("<p>เมื่อวันที่ 24 พฤศจิกายน 2567 ที่กรุงพนมเปญ รัฐมนตรีว่าการกระทรวงการต่างประเทศของไทยและกัมพูชาได้ร่วมประชุมกัน</p>", None),
])
def test_a_thai_date_the_page_shows_alone_is_its_publication_day(shown, published):
    """Thai pages give the year of the Buddhist Era (2567 is 2024), which htmldate cannot
    read: a date shown alone converts; one the prose mentions does not date the page."""
    body = "<p>" + "ข้อความของบทความ " * 40 + "</p>"
    html = f"<html lang='th'><body><article><h1>หัวข้อ</h1>{shown}{body}</article></body></html>"
    assert extract(html, "https://example.org/a").published == published


def test_authors_and_date_from_the_app_state_where_the_markup_has_none():
    """A Next.js page whose markup declares nothing (generated class names, the date as
    text) carries its story in the app state: the object whose headline is the page's
    title gives authors and publication time; another story's object (a related one)
    does not."""
    state = {"props": {"pageProps": {
        "related": [{"headline": "Council approves bus lanes", "authors": [{"name": "Lee Park"}], "publishedAt": "2024-06-01T08:00:00Z"}],
        "article": {"headline": "Why water bills will rise", "authors": [{"name": "Amara Okafor", "slug": "amara-okafor"}],
                    "publishedAt": "2024-07-01T10:00:00.000Z"}}}}
    html = ("<html><head><title>Why water bills will rise | Civic Desk</title></head><body>"
            "<div class='sc-x1'><h1 class='sc-x2'>Why water bills will rise</h1>"
            f"<span class='sc-x4'>July 1, 2024</span>{BODY}</div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script></body></html>")
    art = extract(html, "https://civicdesk.example.news/utilities/water-bills")
    assert (art.authors, art.published) == (["Amara Okafor"], "2024-07-01T10:00:00+00:00")
    other = html.replace('"headline": "Why water bills will rise"', '"headline": "Why sewer bills will rise"')
    assert extract(other, "https://civicdesk.example.news/utilities/water-bills").authors == []


def test_authors_and_date_from_a_warm_up_state_in_any_json_script():
    """A site builder's server-rendered blog post (Wix's Thunderbolt) whose owner switched
    its JSON-LD off shows "3 days ago" or "Nov 19" (no year) and its writer's name in
    hashed classes; the post itself is in a ``<script type="application/json">`` of
    another id than Next.js' (``wix-warmup-data``): its ``firstPublishedDate`` and its
    ``owner`` are the page's."""
    state = {"appsWarmupData": {"14bcded7": {"postPage": {"post": {
        "title": "Why water bills will rise", "owner": {"name": "Amara Okafor", "slug": "amara-okafor"},
        "firstPublishedDate": "2024-07-01T10:00:00.000Z", "lastPublishedDate": "2024-07-03T10:00:00.000Z"}}}}}
    html = ("<html><head><title>Why water bills will rise</title>"
            f"<script type='application/json' id='wix-warmup-data'>{json.dumps(state)}</script></head><body>"
            "<article><span class='_3ZTSI'><a href='/profile/amara-okafor/profile'>Amara Okafor</a></span>"
            "<span class='_1xy2' title='Jul 1'>Jul 1</span><h1>Why water bills will rise</h1>"
            f"{BODY}</article></body></html>")
    art = extract(html, "https://consulate.example.org/post/why-water-bills-will-rise")
    assert (art.authors, art.published) == (["Amara Okafor"], "2024-07-01T10:00:00+00:00")


def test_a_dotted_date_is_day_first():
    """"05.10.2018" is 5 October wherever it is written (German, Russian, Polish
    CMSes put it in their date meta tags); dateutil read it month first."""
    head = "<meta name='date' content='05.10.2018 18:32'>"
    assert extract(page(head), "https://example.org/a").published == "2018-10-05T18:32:00"


@pytest.mark.parametrize("shown, lang, published", [
    ("<span class='fecha'>Bogotá, 4 de marzo de 2024</span>", "es", "2024-03-04"),
    ("<p class='c-article__date'>Datum: 04.03.2024</p>", "de", "2024-03-04"),
    ("<div class='data'>Lisboa, 4 de março de 2024, 14:05</div>", "pt", "2024-03-04T14:05"),
    ("<p class='date'>4 minute read</p>", "en", None),
    ("<p class='fecha-modificacion'>Última modificación: 5 de marzo de 2024</p>", "es", None),
    ("<div class='date'>መጋቢት 3 ቀን 2016 ዓ.ም</div>", "am", "2024-03-12"),  # Ethiopian, not "3 days ago"
    ("<div class='datum'>12. 3. 2024</div>", "cs", "2024-03-12"),  # day first, also with spaces
    ("<div class='data'>Warszawa, 12.III.2024</div>", "pl", "2024-03-12"),  # a Roman month
    ("<div class='datum'>12. XI. 2024 14:30</div>", "cs", "2024-11-12T14:30:00"),
    ("<p>12 III 2024</p>", "ro", "2024-03-12"),  # in no dated element: shown alone
    ("<p>Na rok 2024 připadá 12 III změn zákona.</p>", "cs", None),  # prose, not a date
    ("<div class='date'>ጳጉሜን 6 ቀን 2015 ዓ.ም.</div>", "am", "2023-09-11"),
    ("<div class='date'>२०८० चैत २९ गते बिहीबार</div>", "ne", "2024-04-11"),  # Bikram Sambat
    ("<p>काठमाडौं, चैत्र २९, २०८०</p>", "ne", "2024-04-11"),
    ("<p class='date'>२०२४ चैत २९</p>", "ne", None),  # a year that may be Gregorian: no Bikram Sambat date
    # eras: Japan's, in ASCII, full-width and kanji numbers, and the Republic of China's
    ("<p class='date'>令和6年3月12日</p>", "ja", "2024-03-12"),
    ("<p class='date'>令和元年5月7日 15時30分</p>", "ja", "2019-05-07T15:30"),
    ("<p class='date'>令和六年三月十二日</p>", "ja", "2024-03-12"),
    ("<p class='date'>平成３１年４月２５日</p>", "ja", "2019-04-25"),
    ("<p>令和6年3月12日に閣議決定された方針に基づき、外務省は関係国との協議を進めている。</p>", "ja", None),  # prose
    ("<p class='date'>令和99年1月1日</p>", "ja", None),  # ahead of today
    ("<span>中華民國113年3月12日</span>", "zh-TW", "2024-03-12"),
    ("<div class='date'>發布日期：113-03-12</div>", "zh-Hant-TW", "2024-03-12"),
    ("<div class='date'>113/03/12</div>", "en", None),  # digits alone are a ROC date only on a Chinese page
    ("<p class='date'>Datum 11.01.2099</p>", "de", None),  # a day ahead: an appointment's, no publication's
    ("<p class='date'>2099年1月11日</p>", "zh", None),
    # a date the reader sees labelled as an update's is no publication date; a theme's class is no label
    ("<div><p>更新日：令和6年3月14日</p><p>令和6年3月12日</p></div>", "ja", "2024-03-12"),
    ("<p>更新日：令和6年3月12日</p>", "ja", None),  # the only date shown: undated, as "Última modificación"
    ("<p class='date'>تاریخ انتشار: سه‌شنبه ۲۲ اسفند ۱۴۰۲ - ۱۱:۳۰</p>", "fa", "2024-03-12T11:30:00"),  # label, weekday
    ("<p class='meta'>Обновлено: 12.03.2024</p>", "ru", None),  # an update's label in other languages (review 7)
    ("<p class='meta'>Atualizado em 12/03/2024</p>", "pt", None),
    ("<p class='meta'>Ultimo aggiornamento: 12/03/2024</p>", "it", None),
    ("<p class='meta'>Son güncelleme: 12.03.2024</p>", "tr", None),
    ("<p class='meta'>Terakhir diperbarui: 12 Maret 2024</p>", "id", None),
    ("<p class='meta'>آخر تحديث: ١٢ مارس ٢٠٢٤</p>", "ar", None),
    ("<div><p>Обновлено: 14.03.2024</p><p>Опубликовано: 12.03.2024</p></div>", "ru", "2024-03-12"),
    ("<div><span class='label'>Updated:</span> <span>14.03.2024</span> <span>Published:</span> "
     "<span>12.03.2024</span></div>", "de", "2024-03-12"),  # the label in the date's box
    ("<div><p>Modified date: 14.03.2024</p><p>12 March 2024</p></div>", "en", "2024-03-12"),
    ("<div><p>최종수정일 : 2024.03.14</p><p>등록일 : 2024.03.12</p></div>", "ko", "2024-03-12"),
    ("<div class='meta'><span>Published</span> 12 March 2024 <span>Updated</span> 14 March 2024</div>", "en", "2024-03-12"),
    ("<li class='modified-date'><time class='updated'>August 13, 2018</time></li>", "en", "2018-08-13"),
    ("<div class='meta'><a href='/c/updates'>Embassy updates</a> | 12.03.2024</div>", "en", "2024-03-12"),  # a category
    ("<p>김수정 기자 · 2024.03.12</p>", "ko", "2024-03-12"),  # a name with 수정 in it
    # month names no reader knows, from CLDR, inflected, in any order and any digits
    ("<div class='date'>2024. gada 12. martā</div>", "lv", "2024-03-12"),
    ("<p>Vilnius, 2024 m. kovo 12 d.</p>", "lt", "2024-03-12"),
    ("<p>ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៤</p>", "km", "2024-03-12"),
    ("<span class='sana'>12 марти 2024</span>", "tg", "2024-03-12"),
    ("<p>Šodien, 12. martā, notika sēde, kurā bija 2024 dalībnieki.</p>", "lv", None),  # a sentence
    ("<h2>Mais de 10 mil empresas em 2024</h2>", "pt", None),  # "mais" is no inflected "mai."
    ("<h2>Les sept pays du G7 en 2024</h2>", "fr", None),  # "sept", but no day: "G7" is a name
    ("<figcaption>Marco Rubio at the G7, 2024</figcaption>", "en", None),
])
def test_a_date_an_element_marked_as_one_shows_where_no_source_gives_one(shown, lang, published):
    """No meta tag, no JSON-LD, no datetime attribute: the date a ministry's page writes
    out in an element whose class names a date, read in the page's language."""
    html = page(body=shown).replace("<html>", f"<html lang='{lang}'>")
    assert extract(html, "https://mfa.example.gob/prensa/045").published == published


def test_a_day_ahead_of_the_crawlers_is_a_publication_day_in_a_later_time_zone():
    """A page in Tokyo is dated tomorrow for hours of a crawler's today in UTC: a day shown
    one ahead of today is the page's still; two ahead, an appointment's."""
    from datetime import date, timedelta

    for ahead, published in ((1, True), (2, False)):
        day = date.today() + timedelta(days=ahead)
        for shown, lang in ((f"令和{day.year - 2018}年{day.month}月{day.day}日", "ja"), (f"{day.year}年{day.month}月{day.day}日", "zh")):
            html = page(body=f"<p class='date'>{shown}</p>").replace("<html>", f"<html lang='{lang}'>")
            found = extract(html, "https://mfa.example.go.jp/press/045").published
            assert (found == day.isoformat()) is published, (shown, found)


def test_a_live_blog_is_dated_by_the_blog_not_its_last_update():
    ld = {"@type": "LiveBlogPosting", "headline": "Live: the day", "datePublished": "2024-08-04T13:23:00Z",
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Update", "datePublished": "2024-08-05T21:00:18+01:00",
                              "articleBody": "An update. " * 30}]}
    assert extract(page(ld=ld), "https://example.org/live").published == "2024-08-04T13:23:00+00:00"


def test_a_fact_check_is_dated_by_its_review_not_the_claim():
    ld = {"@graph": [{"@type": "Claim", "datePublished": "2026-05-07"},
                     {"@type": "ClaimReview", "datePublished": "2026-05-13 15:44"}]}
    assert extract(page(ld=ld), "https://example.org/check").published == "2026-05-13T15:44:00"


@pytest.mark.parametrize(
    "pred, gold, day, instant",
    [
        ("2024-05-03T17:47:42+02:00", "2024-05-03 15:47:42.389000+00:00", True, True),
        ("2024-05-04T00:30:00+02:00", "2024-05-03 22:30:00+00:00", True, True),  # same instant, gold in UTC
        ("2024-05-03", "2024-05-03 15:47:42+00:00", True, False),
        ("2024-05-03T15:47:42", "2024-05-03 15:47:42+00:00", True, False),  # no offset: instant unknown
        ("2026-05-13T15:44:00", "2026-05-13 15:44:00", True, True),
        ("2024-05-02T15:47:42+00:00", "2024-05-03 15:47:42+00:00", False, False),
    ],
)
def test_bench_judges_day_and_instant(pred, gold, day, instant):
    assert same_day(pred, gold) is day
    assert same_instant(pred, gold) is instant


#: Styles whose every field is not right today, and why (strict xfails).
FIELDS_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("style", [
    pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=FIELDS_WRONG[s])) if s in FIELDS_WRONG else s
    for s in sorted(STYLES)])
def test_every_field_right_on_cms_sites(style, tmp_path):
    """The test sites of four CMS families (tests/sites): each article's title, authors
    and publication day as its reader sees them; the page decoded as Scrapy would."""
    site = STYLES[style](tmp_path, "http://127.0.0.1:8000")
    routes = load_routes(site.folder)
    wrong = []
    for gold in site.articles:
        parts = urlsplit(gold.url)
        route = routes.get(parts.path + (f"?{parts.query}" if parts.query else "")) or routes[parts.path]
        _, html = html_to_unicode(route["type"], site.file_for(gold.url).read_bytes())
        art = extract(html, gold.url)
        if art.title != gold.title or art.authors != gold.authors or not same_day(art.published, gold.published):
            wrong.append((gold.url, art.title, art.authors, art.published))
    assert not wrong, wrong[:3]


def test_a_time_without_offset_takes_it_from_another_source_of_the_same_minute():
    head = ("<meta property='article:published_time' content='2019-11-18T17:01:27.893'>"
            "<meta itemprop='datePublished' content='2019-11-18T17:01:27.893Z'>")
    assert extract(page(head), "https://example.org/a").published == "2019-11-18T17:01:27+00:00"
    head = "<meta name='datePublished' content='2019-11-19 02:24:00'>"
    body = "<time datetime='2019-11-19 02:24:00 UTC'>Nov 19</time>"
    assert extract(page(head, body), "https://example.org/b").published == "2019-11-19T02:24:00+00:00"


def test_a_teaser_cards_date_is_no_publication_day():
    """A person's page shows no date of its own, then a list of their writings, each card
    one link wrapping its picture, title (a heading) and date, as site builders make them:
    the cards' dates are their pages', not the person's page's (neither by the search of
    the page's text nor by the dates shown in words).  The page's own date beside its
    ``h1`` stays, cards after it or not."""
    cards = "".join(f"<div class='w-dyn-item'><a href='/insights/paper-{n}' class='card'><img src='/p{n}.jpg'>"
                    f"<h3>Paper number {n} on maritime security</h3><div class='text-small'>March {n + 10}, 2024</div></a></div>"
                    for n in range(3))
    bio = ("<p>She leads the Institute's research on trade and security in West Africa and served for twelve years "
           "in her country's foreign service, with postings in Geneva, Addis Ababa and Brussels.</p>")
    html = (f"<html><head><title>Amara Okafor</title></head><body><main><div><h1>Amara Okafor</h1><div>Senior Fellow</div>"
            f"{bio}</div><section><h2>Insights by Amara Okafor</h2><div class='list'>{cards}</div></section></main></body></html>")
    assert extract(html, "https://think.example.org/team/amara-okafor").published is None
    dated = html.replace("<div>Senior Fellow</div>", "<div class='text-small'>February 2, 2024</div>")
    assert extract(dated, "https://think.example.org/insights/a-paper").published.startswith("2024-02-02")


def test_a_chronology_table_gives_no_publication_day():
    """A minister's biography lists the steps of her life in a table, each row opening with
    its date alone ("昭和38年3月1日 | 東京都生まれ", "平成12年6月 | 衆議院議員初当選", or "March
    1985 | Joined the foreign service"): each date is its row's, the first (her birthday) no
    publication day.  A page's own date above such a table stays."""
    rows = [("昭和38年3月1日", "東京都生まれ"), ("昭和60年4月", "外務省入省"), ("平成12年6月", "衆議院議員初当選"),
            ("令和5年9月", "外務大臣")]
    table = "<table>" + "".join(f"<tr><th>{d}</th><td>{t}</td></tr>" for d, t in rows) + "</table>"
    html = ("<html><head><title>高木外務大臣略歴</title></head><body><main><h1>高木外務大臣略歴</h1>"
            f"<p>高木　恵子（たかぎ　けいこ）</p>{table}<p>趣味は読書と山歩き。</p></main></body></html>")
    url = "https://mofa.example.go.jp/mofaj/annai/honsho/daijin/page6_000100.html"
    assert extract(html, url).published is None
    western = html.replace("昭和38年3月1日", "1 March 1963").replace("昭和60年4月", "April 1985") \
        .replace("平成12年6月", "June 2000").replace("令和5年9月", "September 2023")
    assert extract(western, url).published is None
    dated = html.replace("</h1>", "</h1><p class='rightalign'>令和6年4月1日</p>")
    assert extract(dated, url).published.startswith("2024-04-01")
def test_a_top_bars_date_line_is_no_publication_day():
    """A news theme's top bar shows the day's date on every page ("Tuesday, March 12, 2024"
    in a block classed ``td_data_time``, in the header above the menu): an undated page
    (About us) is not dated by it, nor once the sidebar's dated teasers are left out; an
    article's own date beside its ``h1`` stays."""
    top = ("<div class='td-header-wrap'><div class='td-header-top-menu'><div class='td_data_time'><div>Tuesday, March "
           "12, 2024</div></div><ul><li><a href='/about-us/'>About us</a></li></ul></div></div>")
    side = "".join(f"<div class='td_module_6'><h3><a href='/2024/02/1{n}/story-{n}/'>Story number {n} of the week</a></h3>"
                   f"<span class='td-post-date'><time class='entry-date updated td-module-date' datetime='2024-02-1{n}"
                   f"T10:00:00+01:00'>February 1{n}, 2024</time></span></div>" for n in range(4))
    text = "<p>" + "Diplomatic Wire is an independent news site covering foreign ministries and embassies. " * 4 + "</p>"
    about = (f"<html><head><title>About us</title></head><body>{top}<div class='td-pb-row'><div class='td-main-content'>"
             f"<h1>About us</h1>{text * 3}</div><div class='td-main-sidebar'>{side}</div></div></body></html>")
    assert extract(about, "https://wire.example.org/about-us/").published is None
    dated = about.replace("</h1>", "</h1><span class='td-post-date'><time class='entry-date' "
                                   "datetime='2024-02-01T10:00:00+01:00'>February 1, 2024</time></span>")
    assert extract(dated, "https://wire.example.org/2024/02/01/talks/").published.startswith("2024-02-01")


def test_a_list_of_dated_links_gives_no_publication_day():
    """A topic page shows no date of its own: an ingress, then its news as a list, each item a
    link with its day in an element marked as a date (``<span class="date">09.03.2024</span>``,
    day first).  Those days are the linked pages', not the topic page's, read neither as a
    dated element nor as a dotted day.  A page's own date beside such a list stays."""
    items = "".join(f"<li><a href='/no/aktuelt/nyheter/id29902{n}/'>Norlandia og Kenya styrker samarbeidet nummer {n}</a> "
                    f"<span class='date'>0{n}.03.2024</span> <span class='type'>Pressemelding</span></li>" for n in range(1, 6))
    html = ("<html><head><title>Nordområdene</title></head><body><main><h1>Nordområdene</h1>"
            "<p class='article-ingress'>Nordområdene er regjeringens viktigste strategiske ansvarsområde.</p>"
            f"<section><h2>Nyheter</h2><ul>{items}</ul></section></main></body></html>")
    assert extract(html, "https://gov.example.no/no/tema/nordomradene/id1154/").published is None
    dated = html.replace("</h1>", "</h1><div class='article-info'>Dato: 12.02.2024</div>")
    assert extract(dated, "https://gov.example.no/no/tema/nordomradene/id1154/").published.startswith("2024-02-12")


def test_a_copyright_year_is_no_publication_day():
    """htmldate's widest search gives a page that shows no date the year of its
    copyright line ("© 2024") as 1 January: no publication day is better than a
    made-up one.  A 1 January the page does give (a ``<time>``) stays."""
    footer = "<footer><p>© 2024 Samachar. All rights reserved.</p></footer>"
    html = page(body="<p class='byline'>By Rahul Sharma</p>").replace("</body>", f"{footer}</body>")
    assert extract(html, "https://news.example.org/desh/g20").published is None
    dated = page(body="<p>Posted <time datetime='2024-01-01T09:00:00+05:30'>1 January</time></p>")
    assert extract(dated.replace("</body>", f"{footer}</body>"), "https://news.example.org/desh/g20").published.startswith(
        "2024-01-01")


def test_a_box_of_coming_events_gives_no_publication_day():
    """A portal's news page shows its day in words ("10 de enero de 2024") and, in a
    column beside it, the coming events' days in a block classed as events
    ("<span class='event-date'>10/04/2024</span>"): htmldate reads any element classed
    "date", the events' too; the page's day is its own."""
    events = ("<div class='col'><ul class='events'><li><a href='/agenda?id=1'>Seminario sobre cooperación "
              "marítima</a> <span class='event-date'>10/04/2024</span></li></ul></div>")
    html = page(body="<p class='noticia-fecha'>10 de enero de 2024</p>").replace("</body>", f"{events}</body>")
    assert extract(html, "https://mre.example.gob/web/guest/noticias/-/asset_publisher/x/content/reunion").published \
        .startswith("2024-01-10")


def test_a_solar_hijri_date_the_page_shows_is_its_publication_day():
    """An Iranian ministry page without date metadata shows "۲۸ آبان ۱۴۰۳ - ۱۳:۰۵"
    (Persian digits, the Jalali calendar): 18 November 2024, 13:05."""
    head = "<title>بیانیه</title>"
    body = "<h1>بیانیه وزارت امور خارجه</h1><div class='news-date'>تاریخ انتشار: ۲۸ آبان ۱۴۰۳ - ۱۳:۰۵</div>"
    assert extract(page(head, body), "https://mfa.example.ir/portal/newsview/752341").published == "2024-11-18T13:05:00"
    prose = "<h1>بیانیه وزارت امور خارجه</h1><p>در ۱۴ خرداد ۱۳۶۸ رهبر انقلاب درگذشت و مراسم سالگرد هر سال برگزار می‌شود.</p>"
    assert extract(page(head, prose), "https://mfa.example.ir/portal/newsview/752341").published is None


@pytest.mark.parametrize("shown, published", [
    ("تاریخ انتشار: ۱۴۰۳/۰۸/۲۸ - ۱۳:۰۵", "2024-11-18T13:05:00"), ("1403-08-28", "2024-11-18"),
    ("تاریخ: ۱۴۴۶/۰۵/۱۲", None),  # a lunar Hijri date (2024): read as a solar one, decades ahead
])
def test_a_solar_hijri_date_in_digits_is_read_year_first(shown, published):
    """Iranian sites write the Jalali date in digits too, year first; a lunar Hijri date
    written so is no Jalali one."""
    body = f"<h1>بیانیه وزارت امور خارجه</h1><div class='news-date'>{shown}</div>"
    assert extract(page("<title>بیانیه</title>", body), "https://mfa.example.ir/portal/newsview/752341").published \
        == published


@pytest.mark.parametrize("jalali, gregorian", [
    ((1403, 1, 1), "2024-03-20"), ((1404, 1, 1), "2025-03-21"), ((1400, 1, 1), "2021-03-21"),
    ((1357, 11, 22), "1979-02-11"), ((1403, 12, 30), "2025-03-20"), ((1403, 7, 1), "2024-09-22"),
])
def test_solar_hijri_dates_convert(jalali, gregorian):
    """Nowruz of known years (leap years 1399 and 1403 before them) and dates inside a year."""
    from extraction.jalali import to_gregorian

    assert to_gregorian(*jalali).isoformat() == gregorian


def test_a_long_dublin_core_creator_is_an_organisation():
    """Government CMSes credit the department in Dublin Core's creator, a name too long
    for a person's ("Embassy of the Kingdom of the Netherlands in Kenya"), even where it
    starts with the site's name."""
    head = ("<meta property='og:site_name' content='Embassy of the Kingdom of the Netherlands'>"
            "<meta name='DCTERMS.creator' content='Embassy of the Kingdom of the Netherlands in Kenya'>")
    art = extract(page(head, "<h1>Ambassador opens energy forum</h1>"), "https://www.embassy.example.nl/kenya/news/forum")
    assert art.authors == ["Embassy of the Kingdom of the Netherlands in Kenya"]


@pytest.mark.parametrize("shown, day", [("2024年11月18日", "2024-11-18"), ("2024年11月8日（金）", "2024-11-08"),
                                       ("2024 оны 3-р сарын 12", "2024-03-12"),
                                       ("2024 оны 3 дугаар сарын 12, 14:30", "2024-03-12T14:30:00")])
def test_a_chinese_or_japanese_date_the_page_shows_alone_is_its_publication_day(shown, day):
    """htmldate reads "2024年11月18日" only with a time of day after it; no reader reads
    a Mongolian date ("2024 оны 3-р сарын 12": year, month and day each by its word)."""
    body = f"<h1>外相、ＡＳＥＡＮ関連会合に出席へ</h1><p class='date'>{shown}</p>"
    assert extract(page("<title>外相</title>", body), "https://www.example.jp/articles/123").published == day
    prose = "<h1>外相、会合に出席へ</h1><p>2011年3月11日の東日本大震災から13年がたち、被災地では追悼の式典が各地で開かれ、多くの人が犠牲者を悼んだ。</p>"
    assert extract(page("<title>外相</title>", prose), "https://www.example.jp/articles/123").published is None


#: A press service's page: its dateline in Russian words (which htmldate cannot read) in
#: the article, a sidebar of the latest news with a dotted date each (which it can).
SIDEBAR_OF_DATES = ("<html lang='ru'><head><title>{title}</title></head><body><div class='workarea'>"
                    "<h1>{title}</h1>{dateline}{text}</div><div class='right-col'><ul>{latest}</ul></div>"
                    "</body></html>")
LATEST = "".join(f"<li><span class='news-date-time'>{d}.02.2024</span> <a href='/press/news/{d}/'>Новость</a></li>"
                 for d in (24, 22, 19, 15))
PARAGRAPH = ("<p>Стороны подтвердили взаимную заинтересованность в дальнейшем развитии сотрудничества и"
             " договорились продолжить регулярные консультации по линии внешнеполитических ведомств.</p>")


def test_a_dateline_in_words_beats_a_sidebar_of_dotted_dates():
    """htmldate reads the sidebar's "24.02.2024" and not the article's own "21 февраля
    2024, 11:30": the date it read lies outside the article, which shows one of its own."""
    dateline = "<span class='news-date-time'>21 февраля 2024, 11:30</span>"
    with_sidebar, without = (extract(SIDEBAR_OF_DATES.format(title="О консультациях", text=PARAGRAPH * 4,
                                                             latest=latest, dateline=dateline),
                                     "https://mfa.example.kz/press/news/12452/").published for latest in (LATEST, ""))
    assert with_sidebar == "2024-02-21T11:30" == without  # as if the sidebar were not there


def test_a_page_dated_only_by_a_sidebar_of_latest_news_is_undated():
    """A minister's biography (dates of a life in its text, none of its own) beside a list
    of the latest news, each dated: those are other stories' dates, and the page a
    standing page."""
    bio = ("<p>Родился 14 мая 1968 года. В 1990 году окончил университет, в 1996 году — академию.</p>"
           + PARAGRAPH * 4)
    art = extract(SIDEBAR_OF_DATES.format(title="Сапаров Айдар Болатович", text=bio, latest=LATEST, dateline=""),
                  "https://mfa.example.kz/ministry/leadership/detail.php?ID=101")
    assert art.published is None and not art.judgement.is_article


REVIEW = Path(__file__).parent / "dated-pages"


@pytest.mark.parametrize("name", [
    "news-events-wrapper",  # the page's wrapper classed "page-news-events" is no box of events
    "event-report",  # an event's own report (Drupal node--type-event) keeps its date
    "date-below-beside-sidebar-list",  # the article's span.date below its text, three more in a sidebar list
    "time-outside-scope-event-date-inside",  # a <time datetime> above the h1; the event's day in an info box
])
def test_the_articles_own_date_among_other_dates(name):
    """Dates of other things on an article's page (an event's announced day, a list of the
    latest news) do not displace the article's own, nor does a class naming events remove
    the article's: each page is dated 12 March 2024 (pages from a review of the rules that
    read them: extraction/other_dates.py ``without_events``, ``without_listed``)."""
    html = (REVIEW / f"{name}.html").read_text(encoding="utf-8")
    assert extract(html, "https://www.example.gov/en/news/minister-receives-ambassador").published[:10] == "2024-03-12"


def test_a_hidden_form_fields_moment_is_no_publication_day():
    """An ASP.NET page's security token names the moment the page was served
    (``__REQUESTDIGEST``: "0x4F2A...,12 Mar 2024 10:30:00 -0000"): a value in a hidden
    field no reader sees, which htmldate's search of the markup read as an undated page's day."""
    field = "<input type='hidden' name='__REQUESTDIGEST' value='0x4F2A9C1D7E3B,12 Mar 2024 10:30:00 -0000' />"
    html = (f"<html lang='en-US'><body><form id='aspnetForm'>{field}<h1>Minister's biography</h1>"
            f"<div>{BODY}</div></form></body></html>")
    assert extract(html, "https://mfa.example.org/en/Pages/Minister-Biography.aspx").published is None


@pytest.mark.parametrize("lang, day", [("en-US", "2024-01-10"), ("en-us", "2024-01-10"), ("en-GB", "2024-10-01"),
                                       ("en", "2024-10-01")])
def test_a_slashed_date_is_month_first_where_the_page_says_its_region_writes_so(lang, day):
    """"1/10/2024" is 10 January on a page in US English (``lang="en-US"``), 1 October
    elsewhere (htmldate reads it day first)."""
    html = (f"<html lang='{lang}'><body><h1>Talks in Tbilisi end with new roadmap</h1>"
            f"<div class='date-line'><span>Published on</span> 1/10/2024</div><div>{BODY}</div></body></html>")
    assert extract(html, "https://mfa.example.org/en/News/Pages/Talks.aspx").published[:10] == day


@pytest.mark.parametrize("shown, day", [("4/12/2024 11:00:00 AM", "2024-04-12"), ("4/13/2024 2:00:00 AM", "2024-04-13"),
                                         ("12/4/2019 9:15:00 PM", "2019-12-04")])
def test_a_slashed_dates_year_is_read_whole_in_a_long_line(shown, day):
    """A line of category, byline and the date as .NET writes it on a US portal ("Travel
    Advisories | By Consular Department | 4/12/2024 11:00:00 AM"): htmldate reads the first
    52 characters of the line, "4/12/20", a year of two digits (2020); the year the page
    shows is 2024."""
    html = (f"<html lang='en-US'><body><h1>Travel advice for Uruguay: security situation</h1>"
            f"<div class='article-info'><span class='category'>Travel Advisories</span> <span>|</span> "
            f"<span class='author'>By Consular Department</span> <span>|</span> "
            f"<span class='publishdate'>{shown}</span></div><div>{BODY}</div></body></html>")
    assert extract(html, "https://mfa.example.org/Default.aspx?tabid=65&mid=790&ArticleID=2061").published[:10] == day


def test_related_articles_dates_under_the_text_are_not_the_articles():
    """An article's own date in a ``<time>`` without ``datetime`` ("1/21/2024" on a US
    portal), and under its text, in the same block, a list of related articles, each a
    link and its ``<time>``: the related articles' days are theirs (htmldate took the
    first, 2/2/2024)."""
    related = "".join(f"<li><a href='/News/ArticleID/{n}/Talks-{n}'>Talks number {n} on trade</a> "
                      f"<time>{day}</time></li>" for n, day in ((1198, "2/2/2024"), (1204, "2/8/2024"), (1213, "2/16/2024")))
    html = (f"<html lang='en-US'><body><div class='edn_article'><h1>Talks in Tbilisi end with new roadmap</h1>"
            f"<div class='edn_metaDetails'><span>Posted by Press Office</span> | <time>1/21/2024</time></div>"
            f"<div>{BODY}</div><div class='edn_relatedArticles'><h3>Related articles</h3><ul>{related}</ul></div>"
            f"</div></body></html>")
    assert extract(html, "https://mfa.example.org/News/ArticleID/1189/Talks").published[:10] == "2024-01-21"


def test_a_list_of_dated_links_that_is_an_events_box_is_left_out_once():
    """A box of coming events that is also a list of dated links (each item an event's link
    and its ``<time>``) is two reasons to leave one element out of htmldate's searches: a
    copy without it twice removed another element the second time, or failed."""
    events = "".join(f"<li><a href='/events/{n}'>Event {n}</a> <time>5/{n}/2024</time></li>" for n in (2, 3, 4))
    html = (f"<html lang='en-US'><body><h1>Talks in Tbilisi end with new roadmap</h1>"
            f"<div class='meta'><time>1/21/2024</time></div><div>{BODY}</div>"
            f"<ul class='upcoming-events'>{events}</ul></body></html>")
    assert extract(html, "https://mfa.example.org/News/ArticleID/1189/Talks").published[:10] == "2024-01-21"


def test_a_menu_in_a_box_named_breadcrumb_names_no_section():
    """A site's top navigation in a box classed ``...-breadcrumb-...``, its current entry
    marked selected: its last link ("Consular services") is only the menu's last entry,
    no section; a trail that ends with its current item still names its last step."""
    def html(crumbs: str) -> str:
        return (f"<html><body><div class='ms-breadcrumb-top'><ul>{crumbs}</ul></div><h1>Talks end</h1>"
                f"<p>Published 12 March 2024</p><div>{BODY}</div></body></html>")

    menu = ("<li><a href='/'>Home</a></li><li class='static selected'><a class='selected' href='/news/'>News</a></li>"
            "<li><a href='/policy/'>Foreign policy</a></li><li><a href='/consular/'>Consular services</a></li>")
    assert extract(html(menu), "https://mfa.example.org/news/talks-end").section is None
    trail = "<li><a href='/'>Home</a></li><li><a href='/news/'>News</a></li><li class='active'>Talks end</li>"
    assert extract(html(trail), "https://mfa.example.org/news/talks-end").section == "News"


def test_a_by_line_field_names_the_author():
    """A byline in a block classed ``by-line`` (hyphenated), the name alone."""
    html = (f"<html><body><h1>Talks end</h1><div class='article-header'><div class='date-line'>3/12/2024</div>"
            f"<div class='by-line'>Hana Novak</div></div><div>{BODY}</div></body></html>")
    assert extract(html, "https://mfa.example.org/news/talks-end").authors == ["Hana Novak"]


def test_a_page_tagged_us_english_that_writes_the_day_first_keeps_it():
    """A portal's English copy of a Spanish page keeps ``lang="en-US"`` and the Spanish
    dates: "18/04/2024" in a box beside the article says the page writes the day first,
    so its "10/01/2024" is 10 January."""
    html = ("<html lang='en-US'><body><h1>Talks in Tbilisi end with new roadmap</h1>"
            f"<div class='date-line'>10/01/2024</div><div>{BODY}</div>"
            "<aside><ul><li><span class='event-when'>18/04/2024</span> Seminar</li></ul></aside></body></html>")
    assert extract(html, "https://mfa.example.org/en/news/talks").published[:10] == "2024-01-10"


@pytest.mark.parametrize("sep", ["&gt;", "›", "»"])
def test_a_trail_that_no_class_names_gives_the_section(sep):
    """A breadcrumb trail written out above the headline in a block no class names
    (SPIP's ``p.arbo``, a ``div.migas``, ``div.fil-ariane``): the root's link, the
    sections' links between separators, the page last (unlinked, or as plain text); its
    last section names the article's, also after a label ("Vous êtes ici :") and from a home
    page that is a language's root or an index file.  A menu (no separators), a footer's
    links below the headline and a trail that does not start at a home page name none."""
    def html(above: str, below: str = "") -> str:
        return (f"<html><body><div class='top'>{above}</div><h1>Talks end</h1><p>Publié le 12 mars 2024</p>"
                f"<div>{BODY}</div>{below}</body></html>")

    url = "https://mfa.example.org/Talks-end"
    trail = f"<a href='/'>Accueil</a> {sep} <a href='/-Actualites-'>Actualités</a> {sep} <a href='/-Afrique-'>Afrique</a>"
    assert extract(html(f"<p>{trail} {sep} <strong class='on'>Talks end</strong></p>"), url).section == "Afrique"
    assert extract(html(f"<p>{trail} {sep} Talks end</p>"), url).section == "Afrique"
    menu = "<ul><li><a href='/'>Accueil</a></li><li><a href='/-Actualites-'>Actualités</a></li></ul>"
    assert extract(html(menu), url).section is None
    assert extract(html("", f"<p>{trail}</p>"), url).section is None
    assert extract(html(f"<p>{trail.replace(chr(39) + '/' + chr(39), chr(39) + '/-Rubrique-' + chr(39))}</p>"), url) \
        .section is None  # a first step that is no home page
    for home in ("/fr/", "/index.html", "/default.aspx"):  # a language's root, the root's index file (review 7)
        assert extract(html(f"<p>{trail.replace(chr(39) + '/' + chr(39), chr(39) + home + chr(39))}</p>"), url) \
            .section == "Afrique", home
    assert extract(html(f"<p>Vous êtes ici : {trail} {sep} Talks end</p>"), url).section == "Afrique"  # a label
    # the page itself last, its title cut short; a language switcher or a utility menu between slashes
    cut = f"<p>{trail} {sep} <a href='/Talks-end'>Talks e...</a></p>"
    assert extract(html(cut), url).section == "Afrique"
    for menu in ("<a href='/'>English</a> / <a href='/fr/'>Français</a>",
                 "<a href='/'>Home</a> / <a href='/plan'>Sitemap</a> / <a href='/contact'>Contact us</a>"):
        assert extract(html(f"<div>{menu}</div>"), url).section is None, menu
    down = "<a href='/'>Inicio</a> / <a href='/prensa'>Sala de prensa</a> / <a href='/prensa/comunicados'>Comunicados</a>"
    assert extract(html(f"<div>{down} / Comunicado</div>"), url).section == "Comunicados"  # slashes down the site
    beside = ("<a href='/'>Home</a> / <a href='/category/news/'>News</a> / "
              "<a href='/category/press-releases/'>Press releases</a>")  # a blog's categories, side by side
    assert extract(html(f"<div>{beside} / Talks end</div>"), url).section == "Press releases"


def test_a_headline_in_an_h2_under_the_sites_h1_where_every_source_names_the_site():
    """An old portal: its ``<title>`` is the site's name, its ``<h1>`` the site's (a link to the
    home page) and the headline an ``<h2>`` above the text; a sidebar's heading is none."""
    site = "Посольство України в Республіці Польща"
    html = (f"<html><head><title>{site}</title></head><body><div class='top'><h1 class='site-title'><a href='/'>{site}"
            "</a></h1></div><aside><h2>Корисні посилання</h2></aside><div class='page'><h2 class='post-title'>Зміни "
            "порядку запису на консульський прийом</h2><div class='post-date'>12.03.2024 10:15</div>"
            f"<p>{'Посольство повідомляє про зміни порядку запису на консульський прийом з 1 квітня. ' * 4}</p>"
            "<h2>Контакти</h2></div></body></html>")
    assert extract(html, "https://pl.example.gov.ua/news/12345").title == "Зміни порядку запису на консульський прийом"


def test_a_title_of_labels_gives_way_to_the_heading_below_them():
    """A board's page declares no headline and shows no ``<h1>`` but its logo's (a
    picture); its ``<title>`` names the board, the menu and the site, each a heading of
    the page ("보도자료 | 알림·소식 | 외교부").  The headline is the heading below the
    board's, else the first field of the table below it (``<th>제목</th><td>...``);
    a ``<title>`` with a part the page shows in no heading stays the title."""
    def board(view: str, title: str = "보도자료 | 알림·소식 | 외교부") -> str:
        return (f"<html><head><title>{title}</title></head><body><div id='header'><h1 class='logo'>"
                "<a href='/www/index.do'><img src='/logo.png' alt='외교부'></a></h1></div>"
                "<div id='lnb'><h2>알림·소식</h2></div><div id='contents'><h3>보도자료</h3>"
                f"{view}<p>{'양측은 고위급 교류를 지속해 나가기로 하였다. ' * 12}</p></div></body></html>")

    url = "https://e.go.kr/www/brd/m_4080/view.do?seq=374521&page=1"
    assert extract(board("<h4 class='tit'>한-베트남 외교장관회담 결과</h4>"), url).title == "한-베트남 외교장관회담 결과"
    table = ("<table class='board_view'><caption>상세보기</caption><tr><th>제목</th><td>청사 출입 절차 변경 안내</td></tr>"
             "<tr><th>등록일</th><td>2024-03-12</td></tr></table>")
    assert extract(board(table), url).title == "청사 출입 절차 변경 안내"
    own = "한-베트남 외교장관회담 | 외교부"
    assert extract(board("<h4 class='tit'>회담 결과</h4>", own), url).title == "한-베트남 외교장관회담"
    page = ("<html><head><title>Minister visits Ghana | Ministry of Foreign Affairs</title></head><body><div id='header'>"
            "<h2 class='logo'><a href='/'><img src='/logo.png' alt='Ministry of Foreign Affairs'></a></h2></div>"
            "<div id='content'><h2>Minister visits Ghana</h2><p class='date'>12 March 2024</p>"
            f"<p>{'The minister met the president in Accra. ' * 5}</p><h3>Trade and investment</h3>"
            f"<p>{'Both sides agreed to widen trade. ' * 5}</p></div></body></html>")  # a short headline, the site's name
    assert extract(page, "https://mfa.example.org/news/ghana").title.startswith("Minister visits Ghana")


@pytest.mark.parametrize("last, section", [
    # the trail of the page's parents alone: its last crumb links a topic's page
    ({"name": "Foreign affairs", "@id": "https://www.example.gov/international/foreign-affairs"}, "Foreign affairs"),
    # the page itself last: by its address (another host, a trailing slash), or linking nowhere
    ({"name": "Talks end", "@id": "https://example.gov/government/news/talks-end/"}, "International"),
    ({"name": "Talks end in Rabat with a roadmap"}, "International"),
])
def test_a_breadcrumb_trail_of_parents_ends_with_the_section(last, section):
    """A JSON-LD ``BreadcrumbList`` of three or more steps ends with the page itself on most
    sites, but on some with the page's parent, its topic (each step ``{"name", "@id"}``):
    a last crumb linking another page than the article's, shown as a link, is its section."""
    crumbs = [{"name": "Home", "@id": "https://www.example.gov/"},
              {"name": "International", "@id": "https://www.example.gov/international"}, last]
    ld = {"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": n, "item": crumb} for n, crumb in enumerate(crumbs, start=1)]}
    trail = "".join(f"<a href='{c.get('@id', '#')}'>{c['name']}</a>" for c in crumbs)
    html = page("<title>Talks end in Rabat</title>", f"<nav>{trail}</nav><h1>Talks end in Rabat</h1>", ld)
    assert extract(html, "https://www.example.gov/government/news/talks-end").section == section
    if section == "Foreign affairs":  # a step the page never shows (a template's name) is not its section
        html = page("<title>Talks end in Rabat</title>", "<h1>Talks end in Rabat</h1>", ld)
        assert extract(html, "https://www.example.gov/government/news/talks-end").section == "International"
