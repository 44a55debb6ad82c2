"""Calls to action: newsletter and membership sign-up, cookie and consent notices,
paywall teasers, "follow us" and app-download boxes, tip lines ("Got a story? E-mail
us at..."), pointers to the live blog, in any theme.

Two signals, neither a theme's class names:

- structure: a form (or an e-mail field) and the small box around it are never
  article text: sign-up, log-in, search and comment boxes (``form_boxes``);
- vocabulary and shape: a short block that names what it pushes (a newsletter, a
  subscription, an app, a channel, cookies...) and calls on the reader (second
  person, "here", "now", a link) in any of a dozen languages (``is_call``).  Prose
  that merely mentions a newsletter reads in the third person, or runs long.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from extraction.text import UNSPACED_RE, Block, clean_space

#: A box around a form holds at most this many characters of text; a form whose
#: container grows past it is the page itself (old CMSes wrap the page in a form).
BOX_CHARS = 500
#: Containers a form's box never grows into.
BOX_LIMITS = frozenset(("body", "html", "main", "article"))

#: What a call to action pushes: newsletters, subscriptions and accounts, members-only
#: content, apps and channels, following, donations, cookies and consent.  Lower-case text.
CALL_TOPIC_RE = re.compile(
    r"newsletter|\bsubscri|inbox|postfach|boîte (?:de réception|mail)|bandeja de entrada|"
    r"\bsign(?:ing)?[ -]?(?:up|in)\b|\blog[ -]?in\b|\babonn|\banmeld|\binscri|\bsuscri|"
    r"infolettre|boletín|подпис|рассылк|зарегистр|"
    r"(?:register|registrieren|regístrate)\b.{0,30}(?:free|now|account|kostenlos|jetzt|konto|compte|cuenta)|"
    r"create (?:an|your) account|konto erstellen|créer un compte|crea(?:r)? (?:una|tu) cuenta|"
    r"members? only|for (?:paying )?members|become a member|membership|mitglied werden|"
    r"nur für (?:abonnenten|mitglieder)|abonnenten|réservé aux abonnés|para (?:socios|suscriptores)|только для|"
    r"(?:our|the|free|news|unsere|der|notre|nuestra|la)[ -]app\b|"
    r"(?:download|herunterladen|télécharg|descarg|скача)\w*.{0,30}\bapp\b|\bapp\b.{0,20}(?:download|herunterladen)|"
    r"whatsapp|telegram|push[- ]?(?:notification|alert|mitteilung|benachrichtigung)|"
    r"follow (?:us|@|\S+ on (?:twitter|facebook|instagram|x|tiktok|linkedin|youtube|bluesky|threads|google))|"
    r"folgen sie uns|folge uns|folgst du|folgt uns|suivez-nous|síguenos|sigue(?:nos)? en|"
    r"donate (?:now|today|here)|make a donation|support (?:our|independent) journalism|\bspenden sie|"
    r"unterstützen sie (?:uns|unabhängigen)|soutenez(?:-nous| notre)|apoya (?:nuestro|el periodismo)|поддержите нас|"
    r"(?:use|uses|verwende\w*|nutzen|utilis\w*|usamos|utilizamos|использу\w*) cookies|"
    r"cookies? (?:policy|settings|preferences|richtlinie|einstellungen)|accept\w* (?:all )?cookies|"
    r"cookies akzeptieren|consent|einwillig|consentement|consentimiento|"
    r"اشترك|اشتراك|النشرة|تابعنا|تابعونا|تطبيق|"
    r"[\w.+-]+@[\w-]+\.[a-z]{2,}|get in touch|got a (?:story|tip)|(?:via|über|on|per|par) (?:signal|threema)\b|"
    r"(?:live|news)-?(?:blog|ticker)|"
    r"privacy (?:policy|notice)|datenschutzerklärung|politique de confidentialité|política de privacidad|"
    # the viewer a file's format needs ("To view PDF files you need Adobe Reader", "PDF形式の…Readerが必要です")
    r"(?<![a-z])pdf(?![a-z]).{0,80}(?:reader|viewer|ビューア|ビューワ|リーダー|阅读器|뷰어)|"
    r"(?:reader|viewer|ビューア|ビューワ|リーダー|阅读器|뷰어).{0,80}(?<![a-z])pdf(?![a-z])|"
    r"订阅|注册|登录|关注我们|下载|会员|会員|登録|購読|メルマガ|メールマガジン|有料|"
    # Italian, Portuguese, Dutch, Polish, Nordic, Finnish, Czech, Turkish
    r"nieuwsbrief|nyhetsbrev|uutiskirje|bülten|k odběru|iscriviti|abbonati|assine|assinatura|abonneer|prenumerera|"
    r"abonner på|zapisz się|subskryb|abone ol|evästei|çerez"
)
#: Calls that need no other sign: the imperative.
CALL_RE = re.compile(
    r"sign up (?:for|to|now)|subscribe (?:to|now|today|for)|jetzt (?:abonnieren|anmelden|registrieren)|"
    r"abonniere (?:den|die|das|unser|jetzt)|abonnez-vous|inscrivez-vous|suscríbete|regístrate|подпишитесь|подписывайтесь|اشترك الآن|"
    r"(?:حمّل|حمل|نزّل) تطبيق|关注我们|订阅我们|扫码关注|下载.{0,8}(?:客户端|app)|"
    r"iscriviti (?:alla|a|ora)|abbonati ora|assine (?:já|agora)|schrijf je (?:nu )?in|abonneer (?:je|nu)|"
    r"zapisz się|zasubskrybuj|prenumerera på vår|abonner på vår|tilaa (?:uutiskirje|nyt)|abone olun|"
    r"přihlaste se k odběru|zaregistrujte se|"
    # cookie notices and "follow us" in the same languages: statements no prose makes
    r"(?:utilizziamo|usiamo|usamos|utilizamos|gebruiken|używamy|använder|bruger|bruker|používáme) (?:i |os |plików )?cookie|"
    r"seguici su|siga-nos|segue-nos|volg ons|obserwuj nas|sledujte nás|følg (?:oss|os) på|följ oss på|seuraa meitä|"
    r"bizi takip|"
    # Ukrainian, Indonesian, Persian and Hindi: subscribe, follow, join the channel
    r"підпишіться|підписуйтесь|стежте за нами|ikuti kami|berlangganan (?:sekarang|newsletter|buletin)|"
    r"gabung (?:ke |di )?saluran|ما را (?:در .{1,30})?دنبال کنید|عضو (?:کانال|شوید)|"
    r"फॉलो करें|सब्सक्राइब करें|(?:ऐप|app) डाउनलोड करें|"
    # the same and Portuguese, Turkish, Italian, Polish, Japanese: sign up, follow, join, get the app
    # (the imperatives that reported speech repeats, "asked residents to download the app",
    # only where they open the block)
    r"inscreva-se|takip edin|ikuti (?:saluran|akun)|читайте нас (?:у|в)|عضویت در خبرنامه|"
    r"^\W*(?:baixe (?:o |já )?(?:nosso )?(?:app|aplicativo)|uygulama\w* indirin|scarica (?:la nostra )?app|"
    r"pobierz (?:naszą )?aplikację|dapatkan (?:berita|update|informasi)|simak berita|unduh aplikasi|"
    r"завантаж\w* (?:наш|додаток|застосунок))|"
    # follow and subscribe in Thai, Vietnamese, Korean, Greek, Hebrew, Romanian, Serbian,
    # Swahili, Kazakh: imperatives that quoted speech repeats, so only where they open the
    # block, and not after a quotation mark
    r"^[^\w«„“”\"'‘’‹›]*(?:ติดตามเรา|ติดตามข่าวสาร.{0,40}ได้ที่|เพิ่มเพื่อน|สมัครรับ(?:ข่าวสาร|จดหมายข่าว)|กดติดตาม|"
    r"theo dõi chúng tôi|đăng ký nhận (?:bản tin|tin)|tải ứng dụng|"
    r"ακολουθήστε μας\b|εγγραφείτε (?:στο|στα|τώρα)\b|הירשמו|עקבו אחרינו|הצטרפו לערוץ|"
    r"abonează-te|abonați-vă|urmăr(?:ește|iți)-ne|пратите нас|pratite nas|претплатите се|pretplatite se|"
    r"jiandikishe\b|fuatilia (?:habari|kurasa) zetu)|"
    # (Korean and Kazakh put the verb last: where they close the block)
    r"(?:구독하기|구독하세요|뉴스레터 (?:신청|구독)|팔로우하세요|жазылыңыз)\W*$|"
    # and their cookie notices, which no prose makes
    r"ใช้คุกกี้|sử dụng cookie|쿠키를 사용|χρησιμοποιούμε (?:τα )?cookies|משתמש(?:ת|ים)? בעוגיות|"
    r"folose(?:ște|ste|şte) (?:cookie|module cookie)|používá (?:soubory )?cookie|користи колачиће|koristi kolačiće|"
    r"inatumia vidakuzi|"
    # a donation button's label alone: Vietnamese, Korean, Greek, Romanian, Czech, Dutch,
    # Hebrew, Swahili, Thai ("support" alone is a policy's word in diplomatic prose)
    r"^\W*(?:ủng hộ (?:ngay|chúng tôi)|quyên góp ngay|후원하기|후원하세요|κάντε (?:μια )?δωρεά|donea(?:z|ză)[aă]?(?: acum)?|"
    r"přispějte|darujte|doneer nu|steun ons|תרמו(?: עכשיו)?|changia sasa|บริจาค(?:เลย)?)\W*$|"
    r"(?:اپلیکیشن|اپ|برنامه).{0,20}دانلود کنید|(?:चैनल|ग्रुप) से जुड़ें|लाइक करें|साइन अप करें|友だち追加|友達追加|"
    r"アプリ.{0,6}ダウンロード(?:\W*$|はこちら|して(?:ください|ね))|"
    # a site's cookie notice in the third person ("Questo sito utilizza cookie")
    r"(?:questo sito|este site|este sitio|situs ini|ta strona|цей сайт|этот сайт|ce site|diese (?:web)?seite|bu site)\W+"
    r"(?:\w+\W+){0,2}(?:utilizza|utiliza|usa|menggunakan|używa|використовує|использует|utilise|verwendet|nutzt|kullan\w*)\W+"
    r"(?:\w+\W+){0,2}(?:cookie|кукі|куки|çerez)|این (?:سایت|وب\u200c?سایت) از کوکی|वेबसाइट कुकीज़|(?:当|本|この)(?:ウェブ)?サイト.{0,20}(?:クッキー|cookie)を(?:使用|利用)|"
    # a republishing offer (nonprofit newsrooms): "You may republish this article for free"
    r"republish (?:this|our) (?:story|article)|you (?:may|can) republish|"
    # a feedback prompt: "Was this page useful?" (government sites close every page with one)
    r"(?:was|is) this (?:page|article|information|content) (?:useful|helpful)|did you find this \w+ (?:useful|helpful)|"
    r"(?:war|ist) diese (?:seite|information|antwort) hilfreich|"
    r"(?:cette page|cet article|cette information) (?:vous )?a-t-elle été utile|"
    r"(?:le|te) (?:ha )?(?:resultado|parecido|sido) útil|¿(?:fue|es) útil (?:esta|este)|"
    r"был[аи]? ли (?:эта |этот )?(?:страница|статья|информация|материал) полезн|"
    r"هل كانت هذه (?:الصفحة|المعلومات) مفيدة|هل كان هذا (?:المحتوى|المقال) مفيدا"
)
#: A paywall's notice: "for subscribers only".
PAYWALL_RE = re.compile(
    r"(?:only|exclusively|nur|exklusiv|réservé\w*|s[óo]lo|exclusiv\w*|только) (?:\w+ )?"
    r"(?:for|to|für|aux?|para|для) (?:\w+ )?(?:subscri|abonn|suscri|member|mitglied|membre|socio|подпис)|"
    r"للمشتركين فقط|会員限定|有料会員|購読者限定|会员专享|仅限会员|付费阅读|"
    r"riservat[oa] agli abbonati|exclusiv[oa] para assinantes|alleen (?:voor|beschikbaar voor) abonnees|"
    r"tylko dla (?:subskrybentów|prenumeratorów)|kun for abonnenter|endast för prenumeranter|vain tilaajille|"
    r"pouze pro předplatitele|sadece abonelere|abonelere özel|(?:konten|artikel|berita) (?:ini )?khusus (?:untuk )?(?:pelanggan|member)|"
    r"(?:лише|тільки) (?:для )?передплатник|(?:लेख|खबर|कंटेंट|स्टोरी|आर्टिकल)\S*\s+केवल (?:सब्सक्राइबर्स|सदस्यों) के लिए|(?:مطلب|محتوا|مقاله).{0,20}فقط (?:برای )?مشترکین|"
    r"^\W*(?:weiterlesen|continue reading|keep reading|lire la suite|seguir leyendo|continuar leyendo) (?:mit|with|avec|con)\b"
)
#: The reader addressed: second person, "click", in the same languages.
READER_WORDS = frozenset("""
    you your yours click tap sie ihr ihre ihnen du dich dir dein deine klicken
    vous votre vos tu ton ta tes cliquez usted tus haz вы вас вам ваш ваша ты тебя нажмите
    tua tuo tuoi ricevere você seu sua receba jij jouw uw ontvang twój twoja otrzymuj din ditt dine dig deg
    sinun saat váš vás sizin
""".split())
#: The same in scripts whose words are not space-separated (or carry their particles).
READER_MARKS = ("أنت", "لك", "انقر", "你", "您", "点击", "ください", "こちら")
PUNCTUATION = "\"'“”„«»‘’.,;:!?()[]¿¡-–—…"
#: Every call the patterns above find holds one of these (lower-case) stems: a plain
#: substring test for them spares the regexes (slow: a hundred alternatives tried at
#: each character) on the many blocks that are none.  A new pattern adds its stem here.
CALL_STEMS = (
    "newsletter", "subscri", "suscri", "inscri", "inbox", "postfach", "boîte", "bandeja", "sign",
    "login", "log in", "log-in", "abonn", "anmeld", "lettre", "bolet", "regist", "regíst", "account",
    "konto", "compte", "cuenta", "member", "membre", "mitglied", "socio", "app", "telegram", "push",
    "follow", "folg", "suivez", "sígu", "sigue", "donat", "spende", "journalism", "unterstütz",
    "soutenez", "apoya", "cookie", "consent", "einwillig", "@", "touch", "got a", "signal", "threema",
    "privacy", "datenschutz", "confidentialit", "privacidad", "blog", "ticker",
    "nieuwsbrief", "nyhetsbrev", "gebruiken", "używamy", "använder", "bruger", "bruker", "používáme", "utilizziamo",
    "usiamo", "usamos", "utilizamos", "uutiskirje", "bülten", "odběr", "iscriv", "abbonat", "assin", "abonne", "prenumer",
    "tilaa", "zapisz", "subskryb", "abone", "evästei", "çerez", "seguici", "siga-nos", "segue-nos", "volg ons",
    "obserwuj", "sledujte", "følg", "följ", "seuraa", "takip", "riservat", "exclusivo para", "exclusiva para", "alleen", "tylko dla",
    "kun for", "endast för", "vain tilaajille", "pouze pro", "sadece", "abonelere", "khusus", "передплатник", "केवल",
    "مشترکین", "schrijf je", "zaregistr", "přihlaste",
    "weiterlesen", "continue reading", "keep reading", "lire la suite", "leyendo", "republish", "useful", "helpful", "hilfreich", "utile", "útil", "полезн", "مفيد",
    "подпис", "подпиш", "рассылк", "регистр", "только", "поддерж", "підпи", "стежте", "ikuti", "berlangganan",
    "gabung", "دنبال", "عضو", "फॉलो", "सब्सक्राइब", "डाउनलोड", "inscrev", "baixe", "uygulama", "scarica",
    "pobierz", "dapatkan", "simak", "unduh", "читайте нас", "завантаж", "دانلود", "जुड़ें", "लाइक", "साइन अप",
    "友だち", "友達", "ダウンロード", "reader", "viewer", "ビューア", "ビューワ", "リーダー", "阅读器", "뷰어",
    "кукі", "куки", "کوکی", "कुकीज़", "クッキー",
    "ติดตาม", "เพิ่มเพื่อน", "สมัครรับ", "theo dõi", "đăng ký", "tải ứng dụng", "구독", "팔로우", "ακολουθήστε",
    "εγγραφείτε", "הירשמו", "עקבו", "הצטרפו", "abonea", "abonați", "urmăr", "пратите", "pratite", "претплат",
    "pretplat", "jiandikishe", "tufuate", "fuatilia", "жазылыңыз", "คุกกี้", "쿠키", "עוגיות", "колачић", "kolačić",
    "vidakuzi",
    "ủng hộ", "quyên góp", "후원", "δωρεά", "donea", "přispěj", "daruj", "doneer", "steun ons", "תרמו", "changia", "บริจาค",
    "اشتر", "النشرة", "تابع", "تطبيق", "مشترك",
    "订阅", "注册", "登录", "关注", "下载", "会员", "会員", "登録", "購読", "メル", "有料", "付费", "扫码",
)
#: The stems an ASCII text can hold.
ASCII_STEMS = tuple(stem for stem in CALL_STEMS if stem.isascii())
#: The same as one pattern each: on a short text (a link's label) half the cost of the
#: substring tests, on a paragraph twice it.
STEMS_RE = re.compile("|".join(map(re.escape, CALL_STEMS)))
ASCII_STEMS_RE = re.compile("|".join(map(re.escape, ASCII_STEMS)))
SHORT_TEXT = 60
#: A bare label naming a call's topic ("Newsletter", "Sign up") is at most this long.
LABEL_WORDS = 3
#: Blocks longer than this are prose, whatever they mention.
CALL_WORDS = 60
#: A block that calls on the reader by words alone (no link) is at most this long.
CALL_MARKED_WORDS = 30


def form_boxes(forms: list[HtmlElement]) -> list[HtmlElement]:
    """The boxes around forms and e-mail fields: each one's largest container that
    still holds no more than BOX_CHARS of text, below the article's own container."""
    boxes = []
    for form in forms:
        box = None
        for el in (form, *form.iterancestors()):
            if el.tag in BOX_LIMITS or len(clean_space(el.text_content())) > BOX_CHARS:
                break
            box = el
        if box is not None:
            boxes.append(box)
    return boxes


#: A call button's box holds at most this many characters: the button, a line or two
#: of pitch ("Our reporting is free to read because readers like you support it").
CALL_BOX_CHARS = 300
#: Words of a button's label ("Donate today", "Je m'abonne", "Get the app").
BUTTON_WORDS = 6
#: Characters of a button's label, spaces around it included.
BUTTON_CHARS = 120


def call_boxes(links: list[HtmlElement]) -> list[HtmlElement]:
    """The boxes around call-to-action buttons: a link that stands alone (no running
    text around it in its parent) and whose label is a call ("Donate today",
    "Subscribe", "Je m'inscris"), with its largest container of at most
    CALL_BOX_CHARS of text that does not hold the headline, nor a paywall's notice.  The pitch beside such a
    button often names nothing it pushes ("Civic Desk is a nonprofit newsroom..."):
    the button tells what the box is."""
    boxes = []
    for a in links:
        if not _alone(a):
            continue
        text = a.text_content()
        if len(text) > BUTTON_CHARS or not _stemmed(text.lower()):
            continue  # (most links: a section's or a story's name)
        label = clean_space(text)
        if not label or len(label.split()) > BUTTON_WORDS or not _call(label, 1.0):
            continue
        box = None
        for el in (a, *a.iterancestors()):
            if el.tag in BOX_LIMITS or len(clean_space(el.text_content())) > CALL_BOX_CHARS \
                    or next(el.iter("h1"), None) is not None:
                break
            box = el
        if box is not None and not PAYWALL_RE.search(box.text_content().lower()):
            boxes.append(box)  # (a paywall's notice stays, for the sweep to end the body there)
    return boxes


def _alone(a: HtmlElement) -> bool:
    """Whether a link stands alone in its parent, as a button does, not in running text."""
    parent = a.getparent()
    if parent is None or parent.tag == "li":
        return False  # (a menu's item: the menus are many, their calls are the header's)
    return not (parent.text or "").strip() and all(not (child.tail or "").strip() for child in parent)


def is_call(b: Block) -> bool:
    """Whether a block is a call to action: short, naming what it pushes, and calling on
    the reader (or pointing somewhere with a link, or a bare label: "Subscribe").
    A list is one when every item is."""
    if b.kind == "list":
        items = [line.lstrip("-•* ") for line in b.text.split("\n") if line.strip(" -•*")]
        return bool(items) and all(_call(item, b.links) for item in items)
    return _call(b.text, b.links)


def is_paywall(b: Block) -> bool:
    """Whether a block is a paywall's notice: where the text a visitor may read ends."""
    text = b.text.lower()
    return _words(text) <= CALL_WORDS and _stemmed(text) and PAYWALL_RE.search(text) is not None


def _call(text: str, links: float) -> bool:
    text = text.lower()
    words = _words(text)
    if words > CALL_WORDS or not _stemmed(text):
        return False
    if CALL_RE.search(text) or PAYWALL_RE.search(text):
        return True
    addressed = words <= LABEL_WORDS or links >= 0.1 or (words <= CALL_MARKED_WORDS and _addressed(text))
    return addressed and CALL_TOPIC_RE.search(text) is not None


def _addressed(text: str) -> bool:
    """Whether a (lower-case) text addresses the reader: a set lookup of its words, and
    substring tests for the scripts without spaces."""
    words = {word.strip(PUNCTUATION) for word in text.split()}
    return not READER_WORDS.isdisjoint(words) or any(mark in text for mark in READER_MARKS)


#: Text whose space-separated "words" average more characters than this is (partly)
#: in a script written without spaces.
UNSPACED_WORD_CHARS = 15


def _stemmed(text: str) -> bool:
    ascii = text.isascii()
    if len(text) <= SHORT_TEXT:
        return (ASCII_STEMS_RE if ascii else STEMS_RE).search(text) is not None
    return any(stem in text for stem in (ASCII_STEMS if ascii else CALL_STEMS))


def _words(text: str) -> int:
    """Words of a text, counting two characters of Chinese, Japanese or Thai as one word
    (looked for only in text whose "words" run long: spaced scripts are spared the scan)."""
    words = len(text.split())
    if len(text) <= UNSPACED_WORD_CHARS * max(words, 1):
        return words
    return words + len(UNSPACED_RE.findall(text)) // 2
