"""Calls to action leave the body in any theme and language (issue #18, item 7):
newsletter and membership sign-up, cookie and consent notices, paywall teasers,
"follow us" and app-download boxes, tip lines, pointers to the live blog, polls; and
wire copy's reporting credit at the end.  The pages are synthetic, each in a theme of
its own (class names the extraction code has never seen), and each holds the call
inside the article's own container, where trafilatura keeps it.  Prose that
mentions a newsletter or subscribers stays.
"""

from __future__ import annotations

import pytest

from extraction import extract

#: Three paragraphs of prose per language: what must stay.
PROSE = {
    "en": [
        "The foreign ministers met in Geneva on Tuesday to resume talks on the grain corridor, "
        "which stalled in the spring after a dispute over inspections at the ports of departure.",
        "Diplomats said the new draft gives the mediators a larger role and sets a deadline of "
        "ninety days for a review, after which either side may ask for the inspections to change.",
        "The ministry's newsletter, first published in 1952, reported on Wednesday that exports "
        "through the corridor had fallen by a third; subscribers to the agency's wire saw the figures first.",
    ],
    "de": [
        "Die Außenminister trafen sich am Dienstag in Genf, um die Gespräche über den Getreidekorridor "
        "wieder aufzunehmen, die im Frühjahr nach einem Streit über Kontrollen ins Stocken geraten waren.",
        "Nach Angaben von Diplomaten gibt der neue Entwurf den Vermittlern eine größere Rolle und setzt "
        "eine Frist von neunzig Tagen für eine Überprüfung der Kontrollen in den Häfen.",
        "Der Newsletter des Ministeriums, der seit 1952 erscheint, berichtete am Mittwoch, die Ausfuhren "
        "über den Korridor seien um ein Drittel gesunken; die Abonnenten der Agentur erfuhren es zuerst.",
    ],
    "fr": [
        "Les ministres des affaires étrangères se sont réunis mardi à Genève pour reprendre les "
        "négociations sur le corridor céréalier, bloquées au printemps après un différend sur les inspections.",
        "Selon des diplomates, le nouveau projet donne aux médiateurs un rôle plus large et fixe un délai "
        "de quatre-vingt-dix jours pour un réexamen des inspections dans les ports de départ.",
        "La lettre d'information du ministère, publiée depuis 1952, indiquait mercredi que les exportations "
        "par le corridor avaient baissé d'un tiers, un chiffre que les abonnés de l'agence ont connu les premiers.",
    ],
    "es": [
        "Los ministros de Exteriores se reunieron el martes en Ginebra para retomar las conversaciones "
        "sobre el corredor de cereales, estancadas en primavera tras una disputa sobre las inspecciones.",
        "Según los diplomáticos, el nuevo borrador da a los mediadores un papel mayor y fija un plazo de "
        "noventa días para revisar las inspecciones en los puertos de salida.",
        "El boletín del ministerio, que se publica desde 1952, informó el miércoles de que las exportaciones "
        "por el corredor habían caído un tercio; los suscriptores de la agencia conocieron la cifra primero.",
    ],
    "ru": [
        "Министры иностранных дел встретились во вторник в Женеве, чтобы возобновить переговоры о "
        "зерновом коридоре, которые зашли в тупик весной после спора о проверках судов.",
        "По словам дипломатов, новый проект отводит посредникам большую роль и устанавливает срок в "
        "девяносто дней для пересмотра порядка проверок в портах отправления.",
        "Рассылка министерства, выходящая с 1952 года, сообщила в среду, что экспорт через коридор "
        "сократился на треть; подписчики агентства узнали об этом первыми.",
    ],
    "ar": [
        "اجتمع وزراء الخارجية يوم الثلاثاء في جنيف لاستئناف المحادثات بشأن ممر الحبوب الذي تعثر في "
        "الربيع بعد خلاف حول عمليات التفتيش في موانئ المغادرة.",
        "وقال دبلوماسيون إن المسودة الجديدة تمنح الوسطاء دورا أكبر وتحدد مهلة تسعين يوما لمراجعة "
        "عمليات التفتيش في الموانئ قبل أن يطلب أي طرف تغييرها.",
        "وذكرت النشرة الصادرة عن الوزارة منذ عام 1952 يوم الأربعاء أن الصادرات عبر الممر تراجعت بمقدار "
        "الثلث، وهو رقم عرفه المشتركون في خدمة الوكالة أولا.",
    ],
    "it": [
        "I ministri degli Esteri si sono riuniti martedì a Ginevra per riprendere i negoziati sul corridoio "
        "del grano, bloccati in primavera dopo una disputa sulle ispezioni nei porti di partenza.",
        "Secondo i diplomatici, la nuova bozza assegna ai mediatori un ruolo più ampio e fissa un termine "
        "di novanta giorni per una revisione delle ispezioni, dopo la quale ciascuna parte potrà chiedere modifiche.",
        "La newsletter del ministero, pubblicata dal 1952, ha riferito mercoledì che le esportazioni attraverso "
        "il corridoio sono calate di un terzo; gli abbonati al servizio dell'agenzia hanno visto i dati per primi.",
    ],
    "zh": [
        "各国外长周二在日内瓦会晤，恢复关于粮食走廊的谈判。该谈判在春季因港口检查问题出现分歧而陷入停滞，"
        "此后双方多次交换意见，但始终未能就检查程序达成一致。",
        "外交官表示，新的草案赋予调解方更大的作用，并规定在九十天内对出发港口的检查安排进行审查，"
        "审查结束后任何一方都可以提出修改检查程序的请求。",
        "外交部自1952年起出版的通讯周三报道说，经由走廊的出口下降了三分之一，通讯社的订户最先看到了这一数字，"
        "多家媒体随后转载了这一消息。",
    ],
}

#: Each theme: the language, the call's markup inside the article, and strings of the call
#: that must not reach the text.
CALLS = {
    "ghost-signup-card": ("en", """
        <div class="xq-card xq-members-card">
          <h2 class="xq-members-title">Sign up for The Geneva Brief</h2>
          <p class="xq-members-sub">Get the week's diplomacy delivered to your inbox every Friday.</p>
          <form class="xq-members-form" data-members-form="signup">
            <input class="xq-members-input" type="email" placeholder="Your email" required>
            <button class="xq-members-button" type="submit">Subscribe</button>
          </form>
          <p class="xq-members-note">No spam. Unsubscribe anytime.</p>
        </div>""", ["The Geneva Brief", "delivered to your inbox", "Unsubscribe anytime"]),
    "react-newsletter-de": ("de", """
        <div class="c7f1a9">
          <h3>Immer informiert</h3>
          <p>Der Newsletter der Redaktion: Abonnieren Sie jetzt kostenlos die wichtigsten Nachrichten des Tages.</p>
          <div class="c7f1b0"><input type="email" placeholder="E-Mail-Adresse"><button>Anmelden</button></div>
        </div>""", ["Immer informiert", "Abonnieren Sie jetzt"]),
    "consent-dialog-fr": ("fr", """
        <div class="bandeau" role="dialog" aria-label="Consentement">
          <p>Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.</p>
          <button>Accepter</button><button>Refuser</button>
        </div>""", ["Nous utilisons des cookies", "Accepter"]),
    "paywall-es": ("es", """
        <div class="muro">
          <p>Este contenido es sólo para suscriptores.</p>
          <ul><li>Acceso ilimitado</li><li>Sin publicidad</li><li>Edición digital</li></ul>
        </div>""", ["sólo para suscriptores", "Acceso ilimitado"]),
    "follow-telegram-ru": ("ru", """
        <p class="promo-line">Подписывайтесь на наш канал в <a href="https://t.me/example">Telegram</a>,
        чтобы первыми узнавать главные новости.</p>""", ["Подписывайтесь", "первыми узнавать главные"]),
    "app-download-ar": ("ar", """
        <p class="app-line">حمّل تطبيقنا الآن لتصلك آخر الأخبار العاجلة على هاتفك.</p>""", ["حمّل تطبيقنا"]),
    "follow-wechat-zh": ("zh", """
        <p class="qr">扫码关注我们的微信公众号，获取每日要闻。</p>""", ["扫码关注"]),
    "tip-line-en": ("en", """
        <p class="k2-note">Got a story? Get in touch with our news desk by emailing us at
        tips@example.org. Or you can send us your videos and pictures here.</p>""", ["Got a story", "tips@example.org"]),
    "whatsapp-du-de": ("de", """
        <p class="z9">Die wichtigsten Nachrichten am Morgen und am Abend, dazu Hintergründe und Analysen
        aus der Redaktion und Geschichten, die du nicht verpassen solltest: Abonniere den WhatsApp-Kanal
        der Redaktion und du bekommst regelmässig die besten Storys direkt auf dein Handy.</p>""",
     ["Abonniere den WhatsApp-Kanal"]),
    "liveblog-pointer-de": ("de", """
        <p class="lb">Aktuelle Meldungen zu den Verhandlungen finden Sie jederzeit in unserem Liveblog:</p>""",
     ["in unserem Liveblog"]),
    "privacy-fine-print-en": ("en", """
        <p class="fp">Our community members are treated to special offers, promotions, and adverts from us
        and our partners. You can check out at any time. Read our Privacy Policy</p>""", ["Our community members"]),
    "feedback-prompt-en": ("en", """
        <div class="cmp-text--feedback"><p>Was this page useful? <a href="/feedback">Tell us</a></p></div>""",
     ["Was this page useful"]),
    "feedback-prompt-fr": ("fr", """
        <p class="avis">Cette page vous a-t-elle été utile ? <a href="/avis">Donnez votre avis</a></p>""",
     ["Cette page vous a-t-elle"]),
    "feedback-prompt-ru": ("ru", """
        <p class="otzyv">Была ли эта страница полезной? <a href="/feedback">Оставьте отзыв</a></p>""",
     ["Была ли эта страница"]),
    "republish-en": ("en", """
        <div class="sc-lm2hg re9Lm"><h3>Republish this story</h3>
          <p>You may republish this article for free under a Creative Commons licence.</p>
          <button class="sc-h8tqz bu8h">Get the code</button></div>""", ["You may republish"]),
    "paywall-continue-de": ("de", """
        <div class="pw"><p class="pw__title">Weiterlesen mit NK+</p>
          <ul><li>Alle Artikel auf der Website</li><li>Die digitale Zeitung</li></ul></div>""", ["Weiterlesen mit"]),
    "newsletter-it": ("it", """
        <p class="nl-box">Iscriviti alla newsletter per ricevere le notizie del giorno ogni mattina.</p>""",
     ["Iscriviti alla newsletter"]),
    "paywall-it": ("it", """
        <p class="pw-it">Questo articolo è riservato agli abbonati.</p>""", ["riservato agli abbonati"]),
    "cookies-nl": ("it", """
        <p class="ck">Wij gebruiken cookies om onze website te verbeteren.</p>""", ["Wij gebruiken cookies"]),
    "follow-pl": ("it", """<p class="fl">Obserwuj nas na Facebooku</p>""", ["Obserwuj nas"]),
    "newsletter-pt": ("it", """
        <p class="nl-pt">Assine a nossa newsletter e receba as notícias do dia.</p>""", ["Assine a nossa"]),
    "newsletter-sv": ("it", """<p class="nl-sv">Prenumerera på vårt nyhetsbrev</p>""", ["Prenumerera"]),
    # Portuguese, Turkish, Indonesian, Ukrainian, Persian, Hindi, Japanese, Italian, Polish (branch x18h)
    "newsletter-pt-imperative": ("it", """<p class="x8">Inscreva-se na nossa newsletter</p>""", ["Inscreva-se na nossa newsletter"]),
    "follow-whatsapp-tr": ("it", """<p class="x8">Haberleri WhatsApp'tan takip edin</p>""", ["Haberleri WhatsApp'tan takip edin"]),
    "google-news-tr": ("it", """<p class="x8">Haber Ufku'nu Google News'te takip edin</p>""", ["Haber Ufku'nu Google News'te takip edin"]),
    "app-tr": ("it", """<p class="x8">Uygulamamızı indirin</p>""", ["Uygulamamızı indirin"]),
    "whatsapp-id": ("it", """<p class="x8">Dapatkan berita terbaru di WhatsApp</p>""", ["Dapatkan berita terbaru di WhatsApp"]),
    "channel-id": ("it", """<p class="x8">Ikuti saluran WhatsApp kami</p>""", ["Ikuti saluran WhatsApp kami"]),
    "google-news-id": ("it", """<p class="x8">Simak berita lainnya di Google News</p>""", ["Simak berita lainnya di Google News"]),
    "google-news-uk": ("it", """<p class="x8">Читайте нас у Google News</p>""", ["Читайте нас у Google News"]),
    "app-uk": ("it", """<p class="x8">Завантажуйте наш застосунок</p>""", ["Завантажуйте наш застосунок"]),
    "newsletter-fa": ("it", """<p class="x8">عضویت در خبرنامه</p>""", ["عضویت در خبرنامه"]),
    "app-fa": ("it", """<p class="x8">اپلیکیشن ما را دانلود کنید</p>""", ["اپلیکیشن ما را دانلود کنید"]),
    "channel-hi": ("it", """<p class="x8">हमारे व्हाट्सऐप चैनल से जुड़ें</p>""", ["हमारे व्हाट्सऐप चैनल से जुड़ें"]),
    "like-hi": ("it", """<p class="x8">ताज़ा खबरों के लिए हमें फेसबुक पर लाइक करें</p>""", ["ताज़ा खबरों के लिए हमें फेसबुक पर लाइक करें"]),
    "signup-hi": ("it", """<p class="x8">न्यूज़लेटर के लिए साइन अप करें</p>""", ["न्यूज़लेटर के लिए साइन अप करें"]),
    "line-ja": ("it", """<p class="x8">LINEで友だち追加</p>""", ["LINEで友だち追加"]),
    "app-ja": ("it", """<p class="x8">アプリをダウンロード</p>""", ["アプリをダウンロード"]),
    "app-it": ("it", """<p class="x8">Scarica la nostra app</p>""", ["Scarica la nostra app"]),
    "app-pt": ("it", """<p class="x8">Baixe o nosso aplicativo</p>""", ["Baixe o nosso aplicativo"]),
    "app-pl": ("it", """<p class="x8">Pobierz naszą aplikację</p>""", ["Pobierz naszą aplikację"]),
    "app-id": ("it", """<p class="x8">Unduh aplikasi kami</p>""", ["Unduh aplikasi kami"]),
    "cookies-site-it": ("it", """<p class="x8">Questo sito utilizza cookie tecnici e di profilazione.</p>""", ["Questo sito utilizza cookie tecnici e di profilazione."]),
    "cookies-site-pt": ("it", """<p class="x8">Este site utiliza cookies para melhorar sua experiência.</p>""", ["Este site utiliza cookies para melhorar sua experiência."]),
    "cookies-site-id": ("it", """<p class="x8">Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.</p>""", ["Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."]),
    "cookies-site-pl": ("it", """<p class="x8">Ta strona używa plików cookie.</p>""", ["Ta strona używa plików cookie."]),
    "cookies-site-uk": ("it", """<p class="x8">Цей сайт використовує файли cookie.</p>""", ["Цей сайт використовує файли cookie."]),
    "cookies-site-fa": ("it", """<p class="x8">این سایت از کوکی استفاده می\u200cکند.</p>""", ["این سایت از کوکی استفاده می\u200cکند."]),
    "cookies-site-hi": ("it", """<p class="x8">यह वेबसाइट कुकीज़ का उपयोग करती है।</p>""", ["यह वेबसाइट कुकीज़ का उपयोग करती है।"]),
    "cookies-site-ja": ("it", """<p class="x8">当サイトではクッキーを使用しています。</p>""", ["当サイトではクッキーを使用しています。"]),
    "paywall-tr": ("it", """<p class="x8">Bu içerik abonelere özeldir</p>""", ["Bu içerik abonelere özeldir"]),
    "paywall-id": ("it", """<p class="x8">Konten ini khusus untuk pelanggan</p>""", ["Konten ini khusus untuk pelanggan"]),
    "paywall-uk": ("it", """<p class="x8">Цей матеріал доступний лише передплатникам</p>""", ["Цей матеріал доступний лише передплатникам"]),
    "paywall-hi": ("it", """<p class="x8">यह लेख केवल सब्सक्राइबर्स के लिए है</p>""", ["यह लेख केवल सब्सक्राइबर्स के लिए है"]),
    "paywall-fa": ("it", """<p class="x8">این مطلب فقط برای مشترکین است</p>""", ["این مطلب فقط برای مشترکین است"]),
    # Thai, Vietnamese, Korean, Greek, Hebrew, Romanian, Serbian, Swahili, Kazakh (branch x18i)
    "line-follow-th": ("it", """<p class="x9">ติดตามข่าวสารล่าสุดได้ที่ LINE Official Account ของเรา <a href="/line">เพิ่มเพื่อน</a></p>""",
                       ["ติดตามข่าวสารล่าสุด"]),
    "cookies-th": ("it", """<p class="x9">เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน</p>""", ["ใช้คุกกี้"]),
    "newsletter-vi": ("it", """<p class="x9">Đăng ký nhận bản tin mỗi sáng</p>""", ["Đăng ký nhận bản tin"]),
    "donate-vi": ("it", """<div class="x9"><p>Báo chí độc lập cần sự ủng hộ của bạn mỗi tháng.</p><a href="/ung-ho">Ủng hộ ngay</a></div>""",
                  ["Báo chí độc lập", "Ủng hộ ngay"]),
    "subscribe-ko": ("it", """<p class="x9">뉴스레터 구독하기</p>""", ["구독하기"]),
    "donate-ko": ("it", """<div class="x9"><p>독립 언론을 지켜 주세요.</p><a href="/donate">후원하기</a></div>""", ["후원하기", "독립 언론"]),
    "follow-el": ("it", """<p class="x9">Ακολουθήστε μας στο Google News</p>""", ["Ακολουθήστε μας"]),
    "newsletter-he": ("it", """<p class="x9">הירשמו לניוזלטר שלנו וקבלו את החדשות החשובות ישירות למייל.</p>""", ["הירשמו"]),
    "follow-ro": ("it", """<p class="x9">Urmărește-ne pe Facebook și Instagram</p>""", ["Urmărește-ne"]),
    "cookies-sr": ("it", """<p class="x9">Овај сајт користи колачиће како би вам пружио боље корисничко искуство.</p>""", ["колачиће"]),
    "newsletter-sw": ("it", """<p class="x9">Jiandikishe kupokea habari zetu kila siku kupitia barua pepe.</p>""", ["Jiandikishe"]),
    "subscribe-kk": ("it", """<p class="x9">Жаңалықтарды бірінші болып білу үшін біздің Telegram-арнамызға жазылыңыз</p>""", ["жазылыңыз"]),
    "poll-de": ("de", """
        <div class="q1"><p>Sollten die Kontrollen in den Häfen strenger werden?</p>
          <label><input name="p1" type="radio"><span>Ja, unbedingt.</span></label>
          <label><input name="p1" type="radio"><span>Nein, auf keinen Fall.</span></label>
          <label><input name="p1" type="radio"><span>Ich weiss es nicht.</span></label>
        </div>""", ["Kontrollen in den Häfen strenger", "Ja, unbedingt"]),
}


def page(lang: str, call: str) -> str:
    """An article page in ``lang`` with ``call`` between its second and third paragraph."""
    first, second, third = (f"<p>{p}</p>" for p in PROSE[lang])
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Geneva talks</title><meta property="og:type" content="article"></head>
<body><header><a href="/">Home</a></header><main><article class="story">
<h1>Geneva talks resume</h1><div class="story-text">{first}{second}{call}{third}</div>
</article></main></body></html>"""


@pytest.mark.parametrize("theme", sorted(CALLS))
def test_call_to_action_removed(theme):
    lang, call, strings = CALLS[theme]
    text = extract(page(lang, call), f"https://example.org/{theme}").text
    leaks = [s for s in strings if s in text]
    assert not leaks, f"{theme}: call to action kept: {leaks}\n{text}"


@pytest.mark.parametrize("theme", sorted(CALLS))
def test_prose_kept_beside_the_call(theme):
    """The article's paragraphs stay, the third (which mentions a newsletter and
    subscribers) included."""
    lang, call, _ = CALLS[theme]
    text = extract(page(lang, call), f"https://example.org/{theme}").text
    for paragraph in PROSE[lang]:
        assert paragraph in text, f"{theme}: prose lost: {paragraph[:60]}\n{text}"


def test_customers_only_in_prose_is_no_paywall():
    """Indonesian "pelanggan" is a subscriber and a utility's customer: the paywall's
    notice names the content ("Konten ini khusus untuk pelanggan"); a service "for
    customers only" in the story is text, and the story goes on after it."""
    said = "<p>Layanan ini khusus untuk pelanggan PLN di Jawa Timur, kata juru bicara perusahaan pada Selasa.</p>"
    text = extract(page("it", said), "https://example.org/pln").text
    assert said[3:-4] in text and PROSE["it"][2] in text


@pytest.mark.parametrize("said", [
    "アプリのダウンロード数は1億回を超え、政府は利用者の個人情報の扱いについて説明を求めた。",
    "政府は、ウェブサイトがクッキーを利用して閲覧履歴を集めることへの規制を強化すると発表した。",
    "Kementerian meminta warga unduh aplikasi pelacak sebelum bepergian ke luar negeri, kata juru bicara.",
    "Bakanlık, vatandaşlara resmi uygulamayı indirin çağrısı yaptı ve başvuruların yarın başlayacağını açıkladı.",
    "अधिकारी ने कहा कि यह योजना केवल सदस्यों के लिए है और अगले महीने से लागू होगी।",
    # "support" and "follow" are a policy's words in diplomatic prose (branch x18i)
    "Việt Nam ủng hộ lập trường chung của ASEAN và kêu gọi các bên kiềm chế, bạn bè quốc tế đánh giá cao.",
    "กระทรวงการต่างประเทศติดตามสถานการณ์อย่างใกล้ชิดและพร้อมให้ความช่วยเหลือคนไทยในพื้นที่ตลอดเวลา",
    "Министарство прати ситуацију и позива грађане да прате упутства амбасаде.",
    # calls quoted in reported speech: the imperative inside a sentence (review of x18i)
    "Waziri alisema kwamba ni lazima tufuate misingi ya sheria za kimataifa katika kutatua mzozo huu.",
    "Tume ya Uchaguzi imewataka Wakenya wajiandikishe kupiga kura katika balozi zetu kabla ya mwisho wa mwezi.",
    "Bộ Ngoại giao khuyến cáo công dân ở nước ngoài tải ứng dụng VNeID để được hỗ trợ bảo hộ kịp thời.",
    "שר החוץ קרא לאזרחים השוהים בחו\"ל: הירשמו במערכת של משרד החוץ כדי שנוכל לסייע לכם בעת חירום.",
    "«Ακολουθήστε το παράδειγμα της Ελλάδας», δήλωσε ο υπουργός στους ομολόγους του στις Βρυξέλλες.",
    "Ο υπουργός κάλεσε τους Έλληνες του εξωτερικού: «Εγγραφείτε στους εκλογικούς καταλόγους».",
    "„Urmăriți-ne pe site pentru actualizări”, a spus purtătorul de cuvânt la conferința de presă.",
    "Министр азаматтарды шақырды: «Консулдық есепке жазылыңыз», деді ол брифингте.",
    "외교부는 해외 체류 국민에게 안전여행 앱을 구독하세요 라고 당부하며 현지 정보를 확인할 것을 강조했다.",
])
def test_calls_reported_in_prose_are_text(said):
    """An app's downloads, a regulation of cookies, a ministry's appeal to download an
    app, a scheme "only for members": the story reports them; it calls on no reader."""
    text = extract(page("it", f"<p>{said}</p>"), "https://example.org/report").text
    assert said in text and PROSE["it"][2] in text


def test_prose_about_newsletters_kept():
    """A story about a newsletter, in the third person, is not a call to action."""
    story = [
        "The embassy's newsletter has been sent to subscribers every month since 1998.",
        "Its editor said the newsletter would now also appear in French and Spanish, and that the "
        "number of subscribers had doubled since the war began.",
        "Sign-up sheets for the new editions were handed out at the consulate's open day.",
        *PROSE["en"],
    ]
    html = page("en", "").replace(
        "".join(f"<p>{p}</p>" for p in PROSE["en"]), "".join(f"<p>{p}</p>" for p in story)
    )
    text = extract(html, "https://example.org/newsletter-story").text
    for paragraph in story:
        assert paragraph in text, f"prose lost: {paragraph[:60]}\n{text}"


def test_reporting_credit_removed():
    """Wire copy's closing credit ("... contributed to this report") is not the story's text."""
    credit = "<p>Associated Press writers Jane Roe in Geneva and John Doe in Kyiv contributed to this report.</p>"
    html = page("en", "").replace("</div>\n</article>", credit + "</div>\n</article>")
    assert credit[3:30] in html
    text = extract(html, "https://example.org/credit").text
    assert "contributed to this report" not in text
    for paragraph in PROSE["en"]:
        assert paragraph in text, f"prose lost: {paragraph[:60]}\n{text}"


def test_editing_credit_removed():
    """A translated piece's closing credit ("Übersetzung: ..., Redaktion: ...") goes too."""
    credit = "<p>Übersetzung: Erika Muster, Redaktion: Max Beispiel, Schlussredaktion: Eva Probe</p>"
    html = page("de", "").replace("</div>\n</article>", credit + "</div>\n</article>")
    text = extract(html, "https://example.org/credit-de").text
    assert "Schlussredaktion" not in text
    for paragraph in PROSE["de"]:
        assert paragraph in text, f"prose lost: {paragraph[:60]}\n{text}"


@pytest.mark.parametrize("credit", ["Additional reporting from PA", "mit dpa", "With AFP."])
def test_agency_credit_at_the_end_removed(credit):
    """A closing line naming the agency the story draws on is a credit, not the story's text."""
    html = page("en", "").replace("</div>\n</article>", f"<p>{credit}</p></div>\n</article>")
    assert credit in html
    text = extract(html, "https://example.org/credit-agency").text
    assert credit not in text
    for paragraph in PROSE["en"]:
        assert paragraph in text, f"prose lost: {paragraph[:60]}\n{text}"
