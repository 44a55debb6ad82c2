"""Page furniture's labels in many languages, each the whole block: what themes print
as plain text beside the article (share and comment prompts, tag lists, page turners,
view counters, advertising marks, translation widgets, embeds' placeholders), which
trafilatura keeps when it stands inside the article's container.

``furniture`` joins ``LABELS`` to its own patterns (``FURNITURE_SHORT_RE``): each
matches at a block's start (after any punctuation) and most run to its end, so a
sentence that starts with the same words stays; it asks ``is_placeholder`` of short
blocks.  The joiners of Persian spelling are written
optional (``\\u200c?``): a block's text may hold one or not.
"""

from __future__ import annotations

import re

LABELS = [
    # sharing, comments, related lists: Italian, Portuguese, Turkish, Indonesian, Polish,
    # Ukrainian, Russian, Hindi, Persian, Japanese (and English where missing)
    r"(?:condividi|compartilhe(?: isso)?|paylaş|bagikan(?: artikel)?|udostępnij|поділитися|शेयर करें|"
    r"اشتراک\u200c?گذاری|この記事をシェア|シェアする|like this|like loading\.*|post not marked as liked|"
    r"(?:see|view|show) all|recent (?:posts|articles|news|stories)|"
    r"(?:\d+\s+)?(?:komentar|yorum(?:lar)?|commenti|comentários|komentarze?|коментарі|комментарии|نظرات|टिप्पणियां|टिप्पणी|コメント)|"
    r"posting komentar|tidak ada komentar|yorum yap|bir yanıt yazın|lascia un commento|deixe (?:um|seu) comentário|"
    r"dodaj komentarz|залиште коментар|оставить комментарий|ارسال نظر|कमेंट करें|etiketler|galeria zdjęć|"
    # page turners of a paginated article
    r"(?:next|previous) page|(?:następna|poprzednia) strona|(?:наступна|попередня) сторінка|"
    r"(?:следующая|предыдущая) страница|pagina (?:successiva|precedente)|página (?:siguiente|anterior|seguinte)|"
    r"halaman (?:berikutnya|sebelumnya)|(?:sonraki|önceki) sayfa|(?:nächste|vorherige) seite|page (?:suivante|précédente)|"
    r"continue reading on the next page|"
    # advertising marks, a translation widget, an image's tools, a file photo
    r"reklam|pubblicità|publicidade|iklan|विज्ञापन|تبلیغات|広告|"
    r"select language|powered by google translate|translate this page|click to enlarge|zoom|"
    r"open in (?:a )?new (?:tab|window)|watch on youtube|file photo|फाइल फोटो)\W*$",
    # page tools and boxes' headings where other patterns lack the language: Chinese, Japanese,
    # Arabic, Russian, Portuguese, Italian, German (review 7)
    r"(?:(?:[【\[]?(?:打印本页|关闭窗口|返回顶部|我要纠错|分享到)[】\]]?\s*){1,4}|相关(?:稿件|新闻|阅读|文章)|"
    r"前の記事|次の記事|(?:この)?ページの?先頭へ|ページトップへ|印刷する|الخبر (?:السابق|التالي)|العودة (?:إلى|الى) الأعلى|"
    r"новости по теме|самое (?:читаемое|популярное)|voltar ao topo|(?:próxima|notícia) (?:notícia|anterior)|"
    r"mais (?:vistas|lidas)|stampa questa pagina|articolo (?:precedente|successivo)|potrebbe interessarti anche|"
    r"(?:i )?più letti|meistgelesen\w*)\W*$",
    # the previous and next article with its title ("上一篇：标题"), a text size switch
    r"(?:上一篇|下一篇|上一条|下一条)\s*[:：]",
    r"字号\s*[:：]",
    # view counters: "Hits: 1234", "48 views", "Переглядів: 3 412"
    r"(?:hits|views|reads|visualizzazioni|visualizações|visualizaciones|aufrufe|переглядів|просмотров|görüntülenme|"
    r"okunma|dilihat|wyświetle[nń]|بازدید)\s*:?\s*\d[\d\s.,]*$",
    r"[\d.,]+\s*(?:views|aufrufe|vues|visualizzazioni|visualizações|переглядів|просмотров|görüntülenme|kali dilihat|बार देखा गया)$",
    # tag lists and photo credits whose label other patterns do not know
    r"(?:labels?|etiketler|टैग्स|टैग|برچسب\u200c?ها|tagi|etykiety)\s*[:：](?:\s.{0,200})?$",
    r"(?:fotoğraf|عکس|写真|画像|फोटो|फ़ोटो|zdjęcie|fot\.)\s*[:：/]",
    # comments' labels with their count ("Maoni (0)") and prompts, in the languages the
    # patterns above lack
    r"(?:\d+\s+)?(?:comments?|maoni|תגובות|bình luận|댓글|σχόλια|komentáře|comentarii|коментари|komentari|"
    r"ความคิดเห็น|пікірлер)\s*(?:\(\d+\))?\W*$",
    r"(?:be the first to comment|no comments yet|soyez le premier à (?:commenter|réagir)|sé el primero en comentar|"
    r"kuwa wa kwanza kutoa maoni|hakuna maoni|אין (?:עדיין )?תגובות|היו הראשונים להגיב|chưa có bình luận|"
    r"hãy là người đầu tiên bình luận|fii primul care comentează|будите први (?:који|да) (?:ће )?коментари|budite prvi (?:koji|da) (?:će )?komentari)",
    # a speech's note that the words spoken are what counts ("Check against delivery")
    r"(?:(?:please )?check against delivery|es gilt das gesprochene wort|seul (?:le )?(?:texte )?prononcé fait foi|"
    r"(?:sólo|solo) (?:es válido|vale|cuenta) (?:el discurso|el texto|lo) pronunciado|"
    r"fa fede (?:solo )?il (?:testo|discorso) pronunciato|(?:alleen )?het gesproken woord geldt|"
    r"det (?:talade ordet gäller|talte ord gjelder|talte ord gælder)|ισχύει (?:μόνο )?ο εκφωνηθείς λόγος|"
    r"platí (?:pouze |jen )?(?:přednesené|pronesené|proslovené) slovo|провер(?:ити|ите) према изговореном|"
    r"prover(?:iti|ite) prema izgovorenom)\W*$",
]
#: Found anywhere in a block of at most 40 words: a video player's fallback, an embed's
#: placeholder until the reader consents (the content named with the consent asked for:
#: prose about cookie rules names one without the other).  Lower-case text.
PLACEHOLDER_RE = re.compile(
    r"your browser does not support|ihr browser unterstützt|votre navigateur ne (?:supporte|prend)|"
    r"tu navegador no (?:soporta|admite)|"
    r"(?:to (?:view|display|see|load) this content|this content is (?:blocked|hidden|not (?:available|displayed)))"
    r".{0,80}(?:cookie|consent|privacy|accept|enable)|please accept (?:the )?(?:\w+ )?cookies|"
    r"(?:um|damit) externe inhalte|(?:externe|diese) inhalte werden erst|"
    r"pour (?:afficher|voir) ce contenu|para (?:ver|mostrar) este cont|per visualizzare (?:questo|il) contenuto|"
    r"aby wyświetlić (?:tę|te) treś"
)
#: Every placeholder holds one of these: a substring test spares the regex most blocks.
PLACEHOLDER_STEMS = (
    "browser", "navigat", "navegador", "content", "cookie", "inhalte", "contenu", "contenido", "conteúdo", "treś",
)


def is_placeholder(text: str) -> bool:
    """Whether a (short) block is a video player's fallback or an embed's placeholder."""
    text = text.lower()
    return any(stem in text for stem in PLACEHOLDER_STEMS) and PLACEHOLDER_RE.search(text) is not None
