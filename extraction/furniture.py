"""The furniture sweep: what trafilatura leaves of a page's furniture, taken out of
the body blocks (titles, bylines, dates, "Also Read" lines, share and newsletter
prompts, captions, author boxes, teaser lists)."""

from __future__ import annotations

import re

from extraction import ui_labels
from extraction.calls import is_call, is_paywall
from extraction.text import WORD_RE, Block, norm, similar, weighed

_FURNITURE_SHORT = [  # whole block, when short (<= 25 words)
    # related links and promotions
    r"(?:also read|read also|read more|more:|see also|related(?: articles?| stories| posts| news| content| coverage| reading)?|"
    r"recommended(?: for you| stories| reading)?|you (?:may|might) also (?:like|be interested)|more (?:from|on|about) |"
    r"most (?:popular|read|viewed|shared)|trending(?: now| stories)?|popular (?:on|now|stories)|top stories|editor'?s picks|"
    r"don'?t miss|explore further|further reading|also on |lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|(?:auch|ebenfalls) interessant\W*$|das könnte sie (?:auch )?interessieren|"
    r"czytaj (?:więcej|też|także)|lees (?:ook|meer)|läs (?:mer|även|också)|les (?:mer|også)|læs (?:mere|også)|"
    r"leer más|lea también|lee también|leia (?:também|mais)|veja também|leggi anche|читайте также|читать также|см\. также|"
    r"читайте (?:також|ще)|дивіться також|baca (?:juga|selengkapnya)|simak juga|bunu da okuyun|ayrıca okuyun|"
    r"ilgili (?:haberler|haber|makaleler)|यह भी पढ़ें|ये भी पढ़ें|और पढ़ें|بیشتر بخوانید|اخبار مرتبط|مطالب مرتبط|"
    r"関連記事|あわせて読みたい|合わせて読みたい)",
    # Hebrew, Vietnamese, Korean, Thai, Greek, Czech, Romanian, Serbian, Swahili, Kazakh: a
    # label alone, or before a colon, an arrow or a dash
    r"(?:קראו (?:עוד|גם)|כתבות נוספות|xem thêm|đọc thêm|tin liên quan|bài liên quan|관련\s?기사|함께 (?:읽기|보기)|"
    r"อ่าน(?:เพิ่มเติม|ต่อ)|ข่าวที่เกี่ยวข้อง|διαβάστε (?:επίσης|ακόμη|περισσότερα)|σχετικά άρθρα|čtěte (?:také|též|více)|"
    r"související články|citește (?:și|mai mult)|citiți și|articole similare|(?:про|pro)(?:читајте|čitajte) (?:још|i|još|и)|"
    r"повезане вести|povezane vesti|soma (?:pia|zaidi)|habari zinazohusiana|сондай-ақ оқыңыз)(?:\s*[:：»>\-–]|\W*$)",
    # sharing and following
    r"(?:follow us|follow @|follow (?:\S+ ){1,3}on (?:twitter|facebook|instagram|x|tiktok|linkedin|youtube|bluesky|threads|telegram)\b|like us on|share (?:this|on|via|it|the)|share$|tweet$|print(?: this)?(?: article| story| page)?$|"
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
    # a wire story's credits and a document's type ("Pewarta: X; Editor: Y", "Tipologia: Comunicato stampa")
    r"(?:editor|pewarta|penulis|redaktur|reporter|tipologia|tipo de documento|document type|type de document)"
    r"\s*:\s*\S+(?:\s+\S+){0,5}$",
    r"(?:published|updated|posted|last updated|first published|modified|publié|mis à jour|veröffentlicht|aktualisiert|"
    r"publicado|actualizado|опубликовано|обновлено|نُشر في|نشر في|نشر بتاريخ|تاريخ النشر|آخر تحديث)\b.{0,60}$",
    r"\d+\s*(?:min(?:ute)?s?|minutes?)\s+(?:read|de lecture|lesezeit|de lectura)$",
    r"(?:tags?|topics?|filed under|categories|category|keywords|themen|étiquettes|теги|метки)\s*:?(?:\s.{0,200})?$",
    # page tools and navigation in other languages, each the whole block: print, back to the
    # list, previous and next article, share and copy, listen, reading time, font size,
    # report an error, download the PDF, read on
    r"(?:imprimer|drucken|imprimir|stampa|печать|версия для печати|طباعة|print[- ]friendly(?: pdf| version)?|"
    r"back to (?:top|news|all news|press releases|the list|overview|home ?page|search results|blog)|"
    r"retour (?:en haut(?: de (?:la )?page)?|à la liste|aux actualités|aux communiqués|à l'accueil)|"
    r"nach oben|zum seitenanfang|zurück (?:zur übersicht|zur liste|zu den pressemitteilungen|zur startseite)|"
    r"volver (?:arriba|al listado|a noticias|a notas de prensa|al inicio)|наверх|"
    r"(?:previous|next|prev) (?:article|story|post)|article (?:précédent|suivant)|(?:vorheriger|nächster) (?:artikel|beitrag)|"
    r"(?:artículo|noticia) (?:anterior|siguiente)|siguiente (?:artículo|noticia)|(?:предыдущая|следующая) (?:статья|новость)|"
    r"(?:artikel|beitrag|seite) teilen|compartir (?:este artículo|esta noticia|en)|partager (?:cet article|sur)|"
    r"link kopieren|copier le lien|copiar (?:el )?enlace|скопировать ссылку|شارك|مشاركة|"
    r"listen to (?:this )?(?:article|story)|écouter (?:cet |l')article|artikel anhören|escuchar (?:este )?(?:artículo|noticia)|"
    r"слушать|прослушать|"
    r"(?:font|text) size|taille du texte|schriftgröße|tamaño de (?:letra|texto|fuente)|размер шрифта|"
    r"report an? (?:error|typo|mistake)|signaler une erreur|fehler melden|reportar (?:un )?error|сообщить об ошибке|"
    r"lire la suite|continuer la lecture|weiterlesen|zum artikel|seguir leyendo|читать (?:далее|полностью)|اقرأ المزيد|"
    r"(?:ver|mostrar) comentarios|voir les commentaires|показать комментарии|"
    r"(?:print|printable|printer[- ]friendly) version|version imprimable|druckversion|druckansicht|"
    r"versión (?:para )?imprimi(?:r|ble)|versione stampabile|"
    r"version for the visually impaired|версия для слабовидящих|accessibility|barrierefreiheit|accessibilité|"
    r"send (?:by e-?mail|to a friend|this (?:page|article))|e-?mail this (?:page|article|story)|"
    r"envoyer (?:par (?:e-?mail|courriel)|à un ami)|per e-?mail (?:senden|versenden|teilen)|"
    r"enviar (?:por (?:correo|e-?mail)|a un amigo)|отправить (?:по (?:e-?mail|почте)|другу)|"
    r"table of contents|inhaltsverzeichnis|sommaire|índice|содержание|rss(?: feeds?)?|listen|"
    r"(?:all|see all|view all|more) (?:news|press releases|articles|stories)|все новости|toutes les actualités|"
    r"alle (?:nachrichten|meldungen|pressemitteilungen)|todas las noticias)\W*$",
    r"(?:reading time|temps de lecture|lesezeit|tiempo de lectura|время чтения)\s*:?\s*\d+\s*\w*\.?$",
    r"(?:download|télécharger|herunterladen|descargar|скачать)\b.{0,30}\bpdf\b|pdf (?:herunterladen|download)",
    r"(?:dernière mise à jour|última actualización|page last (?:reviewed|updated)|последнее обновление|"
    r"date (?:last )?modified|date de (?:la )?(?:dernière )?modification|fecha de modificación)\b.{0,60}$",
    r"(?:mots-clés|schlagw(?:orte|örter)|etiquetas|palabras clave|الكلمات المفتاحية|الوسوم)\s*:(?:\s.{0,200})?$",
    r"(?:اقرأ أيضا|اقرأ أيضاً|شاهد أيضا)",
    r"(?:صورة|تصوير)\s*:",
    # comments and copyright
    r"(?:comments?|\d+ comments?|leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments|"
    r"tell us what you think|join (?:the |our )?(?:[\w-]+ )?(?:discussions?|conversations?)|commentaires?|kommentare)\b",
    r"(?:copyright|©|ⓒ|\(c\)|all rights reserved)",
    # captions and credits
    r"(?:photo|image|picture|pictured|credit|foto|фото|file photo|photograph)\s*(?::|©|by\b|credit)",
    r"(?:quelle|source|fuente|fonte|источник|джерело|kilde|källa|bron|źródło|sumber|kaynak|منبع|स्रोत|इनपुट)\s*:\s*\S+(?:\s+\S+){0,3}$",
    # a page of a paginated article: "Page 1 of 3", "Сторінка 1 з 3", "Seite 1 von 3"
    r"(?:page|seite|pagina|página|halaman|strona|stránka|страница|сторінка|sayfa)\s+\d+\s*(?:of|von|di|de|dari|z|з|из|/)\s*\d+\W*$",
]
FURNITURE_SHORT_RE = re.compile(r"^\W*(?:" + "|".join(_FURNITURE_SHORT + ui_labels.LABELS) + ")", re.I)
FURNITURE_ANY_RE = re.compile(  # anywhere in a block of at most 40 words
    r"\b(?:we use cookies|this (?:web)?site uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|"
    r"sign up (?:for|to) (?:our|the) .{0,40}newsletter|subscribe to (?:our|the) .{0,40}(?:newsletter|channel)|"
    r"delivered (?:straight )?to your inbox|in your inbox|"
    r"this copy is for your personal, non-commercial use|ctrl ?\+ ?enter|"  # "select the typo and press Ctrl+Enter"
    r"for more (?:news|stories|videos)(?: like this)?,? (?:follow|subscribe|visit|check|go to|head to))",
    re.I,
)
#: A copyright notice or an editor's credit in Korean, Chinese or Japanese, anywhere in a
#: block of at most ``NOTICE_CHARS`` characters (these scripts write few spaces, so words
#: do not measure them): "저작권자 © 한길일보 무단전재 및 재배포 금지", "版权所有", "【责任编辑：李华】".
NOTICE_RE = re.compile(r"무단\s?전재|재배포\s?금지|版权所有(?!者)|未经.{0,8}授权.{0,8}(?:转载|复制|使用)|無断(?:転載|複製)|"
                       r"転載を禁|[【(（\[]\s*(?:责任编辑|责编)\s*[:：]")
NOTICE_CHARS = 100
DATE_ONLY_RE = re.compile(
    r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s+[a-zа-яé]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*(?:at|,|-|–|\|)?\s*\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\W*$",
    re.I,
)
#: A press release's end mark alone in its block ("ENDS", "- 30 -", "FIN", "###", a
#: transcript's "(Concluded)", the Persian agencies' "انتهای پیام/"): the text ends there;
#: contacts, notes, the place and date follow.
END_MARK_RE = re.compile(
    r"^(?:[\W_]*(?:ends?|fin|ende|concluded|انتهای پیام|끝)[\W_]*|\W*[-–—]\s*30\s*[-–—]\W*|\W*#{3}\s*)$", re.I)
#: Korean official releases close with "끝." ("end"), after the list of what is attached
#: ("붙임 : 공동성명문 1부. 끝.").
ATTACHED_END_RE = re.compile(r"^\W*(?:붙임|첨부)\s*\d*\s*[:：].{0,100}[.。]\s*끝\s*\.?\W*$")


def is_end_mark(text: str) -> bool:
    """Whether a block is a release's end mark, where its text ends."""
    words = len(text.split())
    return (words <= 3 and END_MARK_RE.match(text) is not None) or (
        words <= 15 and "끝" in text and ATTACHED_END_RE.match(text) is not None)


#: A row of a date and a few short parts ("November 4, 2024 - Capital City - Department of
#: External Affairs"): the release's date, place and source, set apart by dashes or bars.
ROW_SEPARATOR_RE = re.compile(r"\s+[-–—|·•]\s+")
ROW_PART_WORDS = 5
#: Words of the place in a statement's closing place-and-date lines ("Capital City").
PLACE_WORDS = 4
#: A caption's credit closing a short block: "(Foto: Jane Doe)", "(Photo: AP)".
PHOTO_CREDIT_RE = re.compile(
    r"[(\[]\s*(?:foto|photo|photos|image|bild|fotoğraf|zdjęcie|фото|світлина|عکس|صورة|फोटो|写真|画像)\s*[:/：]\s*"
    r"[^()\[\]]{1,60}[)\]]\W*$",
    re.I,
)
CJK_DATE_LINE_RE = re.compile(r"^\W*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
EMAIL_ONLY_RE = re.compile(r"^\W*\S+@\S+\.\w+\W*$")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
URL_ONLY_RE = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$")
#: A line led by an arrow points elsewhere (">> Hier finden Sie alle Termine"); prose
#: never starts so (the guillemet » does, in German quotes: it is not among them).
ARROW_RE = re.compile(r"^\s*(?:>>|→|▶|►|➤|⇒)")


def _list_items(text: str) -> list[str]:
    return [line.lstrip("-•* ").strip() for line in text.split("\n") if line.strip(" -•*")]


#: A list this much inside links is a list of links, wherever it sits.
LINK_LIST_SHARE = 0.5


#: Chinese and Japanese characters: written without spaces, about two to a word.
HAN_KANA_RE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def is_furniture(b: Block) -> bool:
    """Whether a block is page furniture by its own text and links."""
    text = b.text.strip()
    if not WORD_RE.search(text):
        return True
    words = len(text.split()) + len(HAN_KANA_RE.findall(text)) // 2  # a Chinese paragraph is no "word"
    if words <= 25 and FURNITURE_SHORT_RE.match(text):
        return True
    if words <= 40 and (FURNITURE_ANY_RE.search(text) or ui_labels.is_placeholder(text)):
        return True
    if len(text) <= NOTICE_CHARS and NOTICE_RE.search(text):
        return True
    if words <= 25 and ARROW_RE.match(text):
        return True
    if words <= 10 and (DATE_ONLY_RE.match(text) or EMAIL_ONLY_RE.match(text) or URL_ONLY_RE.match(text)):
        return True
    if words <= 12 and "@" in text and EMAIL_RE.search(text):  # the regex is slow to find none
        return True  # a contact line: "Write to Jane Doe at jane@example.com"
    if b.kind == "list" and all(is_furniture(Block("p", item)) for item in _list_items(text)):
        return True  # a list of tools or prompts ("Order Reprints", "Print Article")
    if words <= 15 and (_is_dateline(text) or _is_date_row(text) or _is_place_and_date(text)):
        return True
    if words <= 40 and PHOTO_CREDIT_RE.search(text):
        return True  # a caption set apart from its image ("... (Foto: Jane Doe)")
    if is_end_mark(text):
        return True
    if len(text) <= 60 and CJK_DATE_LINE_RE.match(text):
        return True  # "2025年1月14日 01時28分 (1月14日 01時40分更新)"
    if b.kind in ("p", "head") and b.links >= 0.8 and words <= 15:
        return True  # a lone link: related article, tag, "read the full story"
    if b.kind == "list" and b.links >= LINK_LIST_SHARE:
        return True  # a list of links: related articles, teasers, a site's sections
    return is_call(b)


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


#: What a dateline holds: a year or a time of day.
YEAR_OR_TIME_RE = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}[:.]\d\d")


def _is_dateline(text: str) -> bool:
    """A block made of a date and time and little else ("segunda-feira, 22 de janeiro de 2018 às 0:13")."""
    if not YEAR_OR_TIME_RE.search(text):
        return False
    tokens = WORD_RE.findall(text.lower())
    dateish = sum(1 for t in tokens if t.isdigit() or t in DATE_WORDS)
    return dateish >= 0.75 * len(tokens)


def _is_date_row(text: str) -> bool:
    """A row of a date and two or more short parts set apart by dashes or bars: the date,
    the place and the source of a release ("November 4, 2024 - Capital City - Department of
    ..."); a timeline's entry ("Feb. 24, 2022 - Invasion begins") has one part after its date."""
    parts = ROW_SEPARATOR_RE.split(text)
    return len(parts) >= 3 and all(len(p.split()) <= ROW_PART_WORDS for p in parts) and bool(
        DATE_ONLY_RE.match(parts[0]) or _is_dateline(parts[0]))


def _is_place_and_date(text: str) -> bool:
    """Lines of a place and a date closing a statement ("Capital City<br>November 22, 2024"):
    one line a date, the others a few words."""
    lines = [line for line in text.split("\n") if line.strip()]
    dated = [line for line in lines if DATE_ONLY_RE.match(line)]
    return len(lines) >= 2 and len(dated) == 1 and all(
        len(line.split()) <= PLACE_WORDS for line in lines if line != dated[0])


#: Blocks within which a long paragraph said again is a page artefact (a lead shown twice);
#: farther apart, it is the text's own repetition (the same question put to each interviewee,
#: a meal plan's dish in each week's menu).
REPEAT_WITHIN = 3
#: Words of a list item that is a label ("Unlimited access"), not a sentence.
SHORT_ITEM_WORDS = 6
#: The verb an author's bio starts with after the name ("Jane Doe is...", "... ist Reporterin").
BIO_VERB_RE = re.compile(r" (?:is|has|was|covers|writes|ist|war|schreibt|est|a été|écrit|es|ha|è|er|är|jest|é) ")
#: Characters of a role ("Korrespondent", "Senior editor") before the name in a bio.
BIO_ROLE_CHARS = 25
#: A credit line ("Jane Doe contributed to this report", "Reporting by ...; Editing by
#: ...", "Mit Material von dpa", "Redaktion: ...", "Aus dem Englischen von ..."): the
#: closing line of wire copy and of translated or edited pieces, not their text.
#: Lower-cased text.
CREDIT_RE = re.compile(
    r"contributed (?:to )?(?:this |the )?(?:report|story|article)|contributed reporting|"
    r"(?:^|additional |with )reporting (?:by|from)|editing by|writing by|"
    r"^\W*(?:mit|with|avec|con) [^\W\d_]{2,8}\W*$|"  # "mit dpa", "With AFP": a wire's name alone
    r"mit (?:material|informationen|agenturmaterial) (?:von|der|aus)|con información de|"
    r"^\W*(?:redaktion|schlussredaktion|übersetzung|mitarbeit|rédaction|traduction|traducción|translation|editing)\s*:|"
    r"^\W*(?:aus dem|übersetzt aus dem) \w+ (?:von|übersetzt)|^\W*(?:translated|traduit|traducido) (?:from|by|de|par|por) "
)
#: A credit line is short, and stands among the body's last blocks.
CREDIT_WORDS = 60
CREDIT_WITHIN = 3
#: Blocks after a paywall's notice, all this short, belong to its box.
TRAILING_WORDS = 25
#: The line that opens a press release's media contacts ("Media contacts", "For more
#: information, please contact:", "Pressekontakt", "Contact presse"): what follows it
#: (names, telephone numbers, addresses) is no text either.  Lower-cased.
CONTACTS_RE = re.compile(
    r"^\W*(?:(?:media|press) (?:contacts?|enquiries|inquiries|office)|contacts? for (?:the )?media|"
    r"for (?:media|press) (?:enquiries|inquiries|contacts?)|for (?:more|further) information,? (?:please )?contact|"
    r"press service\W*$|пресс-служба\W*$|pressekontakt|pressestelle\W*$|kontakt für (?:die )?(?:medien|presse)|"
    r"contacts? (?:presse|médias)|relations (?:presse|médias)|contactos? (?:de|para) (?:prensa|medios)|"
    r"contatos? (?:para a |de )?imprensa|contatti (?:stampa|per i media)|контакты для (?:сми|прессы))"
)
CONTACTS_WORDS = 30
#: The headline is looked for among the first few blocks, after short ones only.
HEADLINE_WITHIN = 4
HEADLINE_AFTER_WORDS = 25
#: ... or characters (a CJK one weighing two: Chinese and Japanese write no spaces between words).
HEADLINE_AFTER_CHARS = 200


def _after_headline(blocks: list[Block], title: str) -> int:
    """Index of the first block after the headline when the body starts with it behind
    short blocks (overline, section, breadcrumbs, a teaser's heading): what stands before
    the headline is not the article's text."""
    if not title:
        return 0
    for i, b in enumerate(blocks[:HEADLINE_WITHIN]):
        key = b.key
        if key == title or (b.kind == "head" and similar(key, title)) or (title in key and len(key) <= len(title) + 40) \
                or (key in title and len(key) >= len(title) / 2):
            return i + 1
        if len(b.text.split()) > HEADLINE_AFTER_WORDS or weighed(b.text) > HEADLINE_AFTER_CHARS:
            return 0
    return 0


#: A breadcrumb trail written out: three to seven short steps, each two apart by a
#: separator between spaces ("Home > News > Statements", "홈 > 알림·소식 > 공지사항").
TRAIL_RE = re.compile(r"^[^>›»\n]{1,30}(?:\s[>›»]\s[^>›»\n]{1,30}){2,6}$")


def _trail_step(text: str) -> str | None:
    """The last step of a breadcrumb trail (``TRAIL_RE``), normalised, or None."""
    return norm(re.split(r"\s[>›»]\s", text.strip())[-1]) if TRAIL_RE.match(text.strip()) else None


def _without_leading_lines(b: Block, title: str, leading: set[str] = frozenset()) -> Block:
    """A paragraph whose first lines (broken off by ``<br>``) are the headline, a date, a
    breadcrumb trail and the section it ends with, or a label set above or under the
    headline (``leading``: "LIVE") on their own, without them: old CMSes write the date and
    the text into one element ("14.11.2024<br>The ministry held..."), and trafilatura may
    join the page's header into one block."""
    if b.kind != "p" or "\n" not in b.text:
        return b
    lines = b.text.split("\n")
    leading = set(leading)
    while len(lines) > 1 and len(lines[0].split()) <= 10 and (
            DATE_ONLY_RE.match(lines[0]) or _is_dateline(lines[0]) or norm(lines[0]) in leading
            or (title and norm(lines[0]) == title) or _trail_step(lines[0])):
        step = _trail_step(lines.pop(0))
        if step:
            leading.add(step)  # the section a trail ends with, set again as a heading
    return b if len(lines) == b.text.count("\n") + 1 else Block("p", "\n".join(lines), b.links)


def _short_items(b: Block) -> bool:
    """A list of labels rather than sentences: every item a few words."""
    return all(len(item.split()) <= SHORT_ITEM_WORDS for item in _list_items(b.text))


def _is_bio(key: str, authors: set[str]) -> bool:
    """Whether a (normalised) block is an author's bio: the name (after a role, at most:
    "Korrespondent Ulrich Exner ist..."), then a verb of being."""
    for a in authors:
        at = key.find(a + " ")
        if 0 <= at <= BIO_ROLE_CHARS and BIO_VERB_RE.match(key[at + len(a):]):
            return True
    return False


def clean_blocks(
    blocks: list[Block], meta: dict, captions: set[str], standfirsts: set[str] = frozenset()
) -> list[Block]:
    """The body blocks without furniture, repeats of the metadata (title, standfirst,
    authors), captions, and the leftovers trailing the body."""
    title = norm(meta.get("title") or "")
    description = norm(meta.get("description") or "")
    authors = {norm(a) for a in meta.get("authors") or []}
    out: list[Block] = []
    seen: dict[str, int] = {}  # a block's words -> where it last stood in ``out``
    start = _after_headline(blocks, title)
    paywall_at = None  # where a paywall's notice (or the media contacts) stood
    for i, b in enumerate(blocks):
        if not out:  # the body's first block only: later, a date line opens a timeline's entry
            b = _without_leading_lines(b, title, standfirsts)
        key = b.key
        if out and is_end_mark(b.text):
            paywall_at = len(out)  # a press release's end mark: what follows is its contacts and notes
            continue
        if i < start or not key:
            continue
        leading = not out
        if leading and title and (key == title or (b.kind == "head" and similar(key, title))):
            continue
        if leading and description and b.kind == "head" and similar(key, description):
            continue  # the standfirst as a heading: kept in ``description``
        if leading and key in standfirsts:
            continue
        if len(key.split()) <= CONTACTS_WORDS and CONTACTS_RE.match(b.text.lower()):
            paywall_at = len(out)  # the media contacts: the end of the text, as a paywall's notice
            continue
        if is_furniture(b):
            if is_paywall(b):
                paywall_at = len(out)
            if out and out[-1] is blocks[i - 1] and out[-1].kind == "head" and len(out[-1].text.split()) <= 12:
                out.pop()  # the heading of a box of links or prompts ("Auch interessant")
            continue
        if b.kind == "list" and i and _short_items(b) and is_call(blocks[i - 1]):
            continue  # the selling points under a sign-up or paywall notice
        if key in captions and len(key.split()) <= 60:
            continue
        if key in authors:
            continue
        if i >= len(blocks) - 3 and _is_bio(key, authors):
            continue  # author bio at the end
        if i >= len(blocks) - CREDIT_WITHIN and len(key.split()) <= CREDIT_WORDS and CREDIT_RE.search(b.text.lower()):
            continue  # the reporting credit at the end
        if len(out) - seen.get(key, -REPEAT_WITHIN - 1) <= REPEAT_WITHIN and len(key.split()) >= 15:
            continue  # a long paragraph again right after itself is a page artefact
        seen[key] = len(out)
        out.append(b)
    if paywall_at is not None and all(len(b.text.split()) <= TRAILING_WORDS for b in out[paywall_at:]):
        del out[paywall_at:]  # the paywall box's bullet points and labels; the contacts' lines
    # trailing leftovers: headings with nothing under them, link lists, teaser lists
    while out and (
        out[-1].kind == "head"
        or (out[-1].links > 0.5 and len(out[-1].text.split()) <= 40)
        or (out[-1].kind == "list" and out[-1].links >= 0.2)
    ):
        out.pop()
    return out
