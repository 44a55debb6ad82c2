"""Body rules on small synthetic pages: subheadings put back between the paragraphs
trafilatura kept; fact boxes set into the story kept out however long they are, also
when the page's JSON-LD body holds them; a long paragraph said again kept only when
it is the text's own repetition; other <article>s beside the story's own kept out, and
<article> teasers below a story set in a <div>."""

from __future__ import annotations

import json

from extraction import extract
from extraction.body import fill_gaps
from extraction.parse import parse
from extraction.text import Block


def _para(i: int) -> str:
    return f"Paragraph {i}: the council met again on Tuesday and argued about the budget for the new school year."


def _paragraphs(n: int) -> str:
    return "".join(f"<p>{_para(i)}</p>" for i in range(n))


def _text(html: str) -> str:
    return extract(html, "https://example.org/news/budget-row").text


def test_subheading_between_kept_paragraphs_is_put_back():
    """trafilatura sometimes drops every subheading (when its search for the body falls
    back to the whole page): one that stands between two paragraphs it kept comes back."""
    html = (
        "<html><body><div class='qz-copy'>"
        f"<p>{_para(0)}</p><h2 class='qz-sub'>Teachers on high alert</h2><p>{_para(1)}</p>"
        f"<h3>Read more</h3><p>{_para(2)}</p>"
        f"<h2><a href='/other'>Another story on the same budget</a></h2><p>{_para(3)}</p>"
        "</div></body></html>"
    )
    kept = [Block("p", _para(i)) for i in range(4)]
    texts = [b.text for b in fill_gaps(parse(html), kept)]
    assert texts[:3] == [_para(0), "Teachers on high alert", _para(1)]
    assert "Read more" not in texts  # furniture
    assert "Another story on the same budget" not in texts  # a link to another page
    assert len(texts) == 5


def _story(box: str) -> str:
    return "".join(f"<p>{_para(i)}</p>" for i in range(3)) + box + "".join(f"<p>{_para(i)}</p>" for i in range(3, 6))


def test_long_fact_box_among_the_paragraphs_stays_out():
    speech = [f"'Line {i} of the speech read out in full, with its many promises to the country.'" for i in range(30)]
    box = "<div class='qz-factbox'><h3>The speech</h3>" + "".join(f"<p>{s}</p>" for s in speech) + "</div>"
    ld = {"@type": "NewsArticle", "headline": "Budget row", "articleBody": "\n\n".join([_para(i) for i in range(6)] + speech)}
    html = (
        f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head>"
        f"<body><article><h1>Budget row</h1><div class='qz-body'>{_story(box)}</div></article></body></html>"
    )
    assert len(" ".join(speech)) > 1500
    text = _text(html)
    assert "Paragraph 5:" in text and "Paragraph 0:" in text
    assert "speech read out" not in text


def test_large_element_named_info_box_around_the_story_is_kept():
    """A layout element whose class names an info box, with no paragraphs beside it, is the story."""
    story = _paragraphs(20)
    html = f"<html><body><article><h1>Budget row</h1><div class='qz-infobox-layout'>{story}</div></article></body></html>"
    assert "Paragraph 19:" in _text(html)


def _long(i: int) -> str:
    return f"Question {i}: what do you cook for your family on a weekday evening when there is little time left?"


def test_long_paragraph_repeated_far_apart_is_kept_repeated_right_after_is_not():
    """The same question put to each interviewee is the text's own; a lead shown twice
    in a row is a page artefact."""
    question = _long(0)
    answers = [f"<p>Answer {i}: soup, mostly, and bread from the bakery down the road, with cheese.</p>" for i in range(8)]
    interview = "".join(f"<h3>Guest {i}</h3><p>{question}</p>{answers[i]}<p>{_para(i)}</p><p>{_para(i + 10)}</p>" for i in range(4))
    html = f"<html><body><article><h1>Four cooks</h1>{interview}</article></body></html>"
    text = _text(html)
    assert text.count("Question 0:") == 4
    lead = _long(1)
    html = f"<html><body><article><h1>Budget row</h1><p>{lead}</p><p>{_para(0)}</p><p>{lead}</p>{_story('')}</article></body></html>"
    text = _text(html)
    assert text.count("Question 1:") == 1 and "Paragraph 5:" in text


def test_other_articles_beside_the_headlines_stay_out():
    """Related posts as <article>s beside the story's own stay out; entries inside it stay."""
    related = "".join(
        f"<article class='qz-card'><p>Teaser {i}: a whole other story about gardens, roses and the long summer, "
        "told at length so that it reads like running text of its own, with a second sentence after the first.</p></article>"
        for i in range(3)
    )
    entries = "".join(f"<article class='qz-entry'><p>{_para(i)}</p></article>" for i in range(3))
    html = (
        "<html><body><div class='qz-main'><article class='qz-story'><h1>Budget row</h1>"
        f"{entries}</article><article class='qz-more'><h3>You may also like</h3>{related}</article></div></body></html>"
    )
    text = _text(html)
    assert "Paragraph 0:" in text and "Paragraph 2:" in text
    assert "Teaser" not in text


def test_teaser_articles_below_a_story_in_a_div_stay_out():
    """The story in a <div>, related stories below it as <article> teasers (a linked
    heading and a line), which trafilatura reads first: the teasers stay out, and
    short <article> entries inside the story's own scope stay in."""
    teasers = "".join(
        f"<article class='qz-tile'><h3><a href='/news/{i}'>Other story {i}</a></h3>"
        f"<p>Teaser {i}: the ministers of the G7 discuss the situation in the region.</p></article>"
        for i in range(2)
    )
    entry = "<article class='qz-note'><h4><a href='#note'>Update</a></h4><p>Entry: talks resume.</p></article>"
    html = (
        "<html><body><div class='qz-page'><div class='qz-story'><h1>Budget row</h1>"
        f"<div class='qz-text'>{_paragraphs(5)}{entry}</div></div>"
        f"<section class='qz-more'><h2>You may also like</h2>{teasers}</section></div></body></html>"
    )
    text = _text(html)
    assert "Paragraph 0:" in text and "Paragraph 4:" in text and "Entry: talks resume" in text
    assert "Teaser" not in text


def test_body_article_larger_than_the_headlines_is_kept():
    """A header that is an <article> of its own, the body in the next one: the body stays."""
    html = f"<html><body><article><h1>Budget row</h1></article><article>{_paragraphs(6)}</article></body></html>"
    assert "Paragraph 0:" in _text(html) and "Paragraph 5:" in _text(html)


def test_cards_beside_a_story_in_a_div_stay_out():
    """A sidebar column that is no <aside> holds a card: a heading that is a link and a
    line under it. Outside the story's scope, the card goes; a linked subheading inside
    the story stays."""
    card = ("<div class='col-4'><div class='card'><div class='card-body'><h3 class='card-title'>"
            "<a href='/press/'>All press releases</a></h3><p class='card-desc'>Find every press release and "
            "statement of the ministry here.</p></div></div></div>")
    html = (
        "<html><body><div class='row'><div class='col-8'><h1>Budget row</h1>"
        + "".join(f"<p>{_para(i)}</p>" for i in range(3))
        + "<h2><a href='/budget-2024'>The budget of 2024</a></h2>"
        + "".join(f"<p>{_para(i)}</p>" for i in range(3, 6))
        + f"</div>{card}</div></body></html>"
    )
    text = _text(html)
    assert "Find every press release" not in text
    assert _para(0) in text and _para(5) in text


def test_a_subheading_inside_a_form_around_the_whole_page_is_put_back():
    """ASP.NET pages (SharePoint, DNN, Kentico) wrap the whole page in one ``<form>``: a
    form around the headline is the page's layout, and the subheadings between the
    paragraphs under it come back as elsewhere; a form's own box (a search) stays out."""
    html = (
        "<html><body><form id='aspnetForm' method='post'><input type='hidden' name='__VIEWSTATE' value='x'>"
        "<div class='search'><input name='q'><button>Search</button></div>"
        f"<h1>Budget row</h1><div class='rte'>{_paragraphs(2)}<h2>Teachers on high alert</h2>"
        f"<p>{_para(2)}</p><p>{_para(3)}</p></div></form></body></html>"
    )
    kept = [Block("p", _para(i)) for i in range(4)]
    texts = [b.text for b in fill_gaps(parse(html), kept)]
    assert texts == [_para(0), _para(1), "Teachers on high alert", _para(2), _para(3)]
    boxed = html.replace("<h1>Budget row</h1>", "")  # a form that holds no headline: a box
    assert "Teachers on high alert" not in [b.text for b in fill_gaps(parse(boxed), kept)]


def test_a_korean_releases_end_mark_ends_the_text():
    """Korean government releases close with "끝." ("end") after the list of what is
    attached; the attachments' links after it go too; a paragraph that merely ends a
    sentence with the word stays."""
    end = ("<p>붙임 : 공동성명문 1부. 끝.</p><ul><li><a href='/down?f=1'>공동성명.hwp</a></li></ul>"
           "<p>이전글</p>")
    html = f"<html><body><article><h1>Budget row</h1>{_paragraphs(4)}{end}</article></body></html>"
    assert _text(html).split("\n\n") == [_para(i) for i in range(4)]
    said = "<p>그는 이번 협상이 긴 갈등의 끝이 아니라 시작이라고 말하며 양국의 후속 회담 일정을 공개했다. 끝.</p>"
    html = f"<html><body><article><h1>Budget row</h1>{_paragraphs(4)}{said}</article></body></html>"
    assert said[3:-4] in _text(html)


def test_a_czech_perex_is_the_standfirst():
    """Czech and Slovak newsrooms call the standfirst "perex": left out of the body's
    start as the others are."""
    html = (f"<html><body><article><h1>Budget row</h1><div class='perex'><p>The council argues again.</p></div>"
            f"{_paragraphs(4)}</article></body></html>")
    assert _text(html).split("\n\n") == [_para(i) for i in range(4)]


def test_text_after_the_last_subheading_outside_any_paragraph_is_kept():
    """A body written as lines between ``<br>``s (Blogger, old editors): the text after
    its last subheading is the heading's tail in the markup, and was lost with the
    heading trafilatura drops from a body's end."""
    lines = [_para(i) for i in range(6)]
    html = ("<html><body><div class='post-body entry-content'>"
            f"{lines[0]}<br /><br />{lines[1]}<br /><br /><h3>What was agreed</h3>{lines[2]}<br /><br />"
            f"{lines[3]}<br /><br /><h3>Open questions</h3>{lines[4]} {lines[5]}<br /><br />"
            "<div style='clear: both;'></div></div></body></html>")
    text = _text(html)
    assert "Open questions" in text and lines[5] in text
    assert text.index("What was agreed") < text.index(lines[2]) < text.index("Open questions") < text.index(lines[4])
    inline = html.replace(f"<h3>What was agreed</h3>{lines[2]}", "<h3>What was agreed</h3>The minister <b>said</b> that")
    assert "The minister said that" in _text(inline)  # the line's words after the heading stay one line


def test_an_arabic_dateline_above_the_text_stays_out():
    """An Arabic page's dateline and "updated" line above its text ("نُشر في 17 مارس 2024،
    بقلم <a>…</a>", "آخر تحديث 19 مارس 2024": SPIP's squelette in Arabic) are no part of
    the text, as "publié le" and "Mis à jour le" are not; a paragraph that tells of a
    publication stays."""
    body = ("وتناول اللقاء سبل تعزيز علاقات التعاون الثنائي في مختلف المجالات ذات الاهتمام المشترك. " * 3)
    told = "ونشر في الجريدة الرسمية نص الاتفاقية الموقعة بين البلدين."
    html = ("<html lang='ar' dir='rtl'><body><h1>الوزير يستقبل سفير جمهورية السنغال</h1>"
            "<div class='cartouche'><p>نُشر في 17 مارس 2024، بقلم <a href='/_Aminata_'>أمينة ديالو</a></p>"
            "<p>آخر تحديث 19 مارس 2024</p></div>"
            f"<div class='texte'><p>{body}</p><p>{body}</p><p>{told}</p></div></body></html>")
    text = extract(html, "https://mae.example.org/article475").text
    assert text.startswith("وتناول اللقاء") and told in text, text[:120]


def test_a_label_above_an_empty_field_is_no_subheading():
    """A site builder's template keeps a field's label when the field is empty ("Key
    takeaways" above an empty rich text block, hidden by the site's stylesheet): it heads
    nothing and is no part of the text.  A sub-heading in a block of its own above the
    paragraphs' block, or followed by an empty spacer among paragraphs, stays."""
    label = ("<div class='takeaways'><h3>Key takeaways</h3><div class='rich-text'></div></div>"
             f"<div class='rich-text'>{_paragraphs(3)}</div>")
    assert "Key takeaways" not in _text(f"<html><body><article><h1>Budget row</h1>{label}</article></body></html>")
    later = "".join(f"<p>{_para(i)}</p>" for i in range(2, 4))
    wrapped = (f"<div class='rich-text'>{_paragraphs(2)}</div><div class='heading'><h2>What comes next</h2></div>"
               f"<div class='rich-text'>{later}</div>")
    assert "What comes next" in _text(f"<html><body><article><h1>Budget row</h1>{wrapped}</article></body></html>")
    spaced = f"{_paragraphs(2)}<h2>What comes next</h2><div class='spacer'></div>{later}"
    assert "What comes next" in _text(f"<html><body><article><h1>Budget row</h1>{spaced}</article></body></html>")
    ruled = (f"{_paragraphs(2)}<div class='heading-block'><h2>What comes next</h2><div class='underline'></div></div>"
             f"<div class='rich-text'>{later}</div>")  # a decorative rule: no field of the text's kind
    assert "What comes next" in _text(f"<html><body><article><h1>Budget row</h1>{ruled}</article></body></html>")


def test_a_post_laid_out_as_a_record_gives_its_body_cell_alone():
    """A board's post is a table of fields (title, writer, date, views: header cells and
    values) above one cell spanning the table that holds the text between ``<br>``s: the
    text is that cell's, without the fields ("조회수 368"); a data table beside a body
    stays as it is."""
    lines = ["외교부는 국민의 편의를 높이기 위하여 관련 절차를 다음과 같이 안내드립니다.",
             "변경된 절차는 다음 달 1일부터 시행되며, 시행 이전에 접수된 신청 건은 종전 규정에 따라 처리됩니다.",
             "신청은 외교부 누리집의 민원 안내 메뉴를 통하여 하실 수 있으며, 방문 접수는 평일 오전 9시부터 가능합니다.",
             "자세한 사항은 외교부 영사민원실 또는 관할 재외공관으로 문의하여 주시기 바랍니다."]
    record = ("<table class='board_view'><caption>공지사항 상세보기</caption><tbody>"
              "<tr><th>제목</th><td colspan='3'>청사 출입 절차 변경 안내</td></tr>"
              "<tr><th>작성부서</th><td>운영지원과</td><th>등록일</th><td>2024-03-12</td></tr>"
              "<tr><th>조회수</th><td>368</td><th>첨부파일</th><td></td></tr>"
              f"<tr><td colspan='4' class='cont'>{'<br>'.join(lines)}</td></tr></tbody></table>")
    html = (f"<html><head><title>청사 출입 절차 변경 안내</title></head><body><div id='contents'>{record}</div>"
            "</body></html>")
    text = extract(html, "https://e.go.kr/board/view.do?boardId=BBS_12&nttId=5102").text
    assert all(line in text for line in lines) and "조회수" not in text and "운영지원과" not in text, text
    rows = "".join(f"<tr><th>{y}</th><td colspan='2'>{12 + y % 7} per cent</td></tr>" for y in range(2019, 2024))
    story = f"<html><body><article><h1>Budget row</h1>{_paragraphs(6)}<table>{rows}</table></article></body></html>"
    assert "2021" in _text(story)
    note = "Figures are seasonally adjusted; the survey's sample and methods changed in January. " * 4
    data = ("<table><tr><th>Indicator</th><th>January</th><th>February</th></tr><tr><td>Unemployment rate</td>"
            f"<td>5.4%</td><td>5.1%</td></tr><tr><td colspan='3'>{note}</td></tr></table>")  # a data table's note
    assert "5.4%" in _text(f"<html><body><article><h1>Jobs</h1>{_paragraphs(2)}{data}</article></body></html>")


def test_a_breadcrumb_trail_joined_to_the_text_stays_out():
    """A board's trail and its heading above a post's text of ``<br>`` lines, which
    trafilatura joins into one block ("홈 > 알림·소식 > 공지사항", "공지사항", then the text): the
    trail (three or more short steps between separators) and the section it ends with, set
    again as a heading, are no part of the text; a line of the text with a ">" stays."""
    lines = ["자세한 사항은 외교부 영사민원실 또는 관할 재외공관으로 문의하여 주시기 바랍니다.",
             "신청은 외교부 누리집의 민원 안내 메뉴를 통하여 하실 수 있으며, 방문 접수는 평일 오전 9시부터 가능합니다."] * 3
    body = "<br>".join(lines)
    html = ("<html><body><div id='contents'><div class='location'><a href='/'>홈</a> &gt; "
            "<a href='/news/'>알림·소식</a> &gt; <strong>공지사항</strong></div><h3>공지사항</h3>"
            f"<div class='cont'>{body}</div></div></body></html>")
    text = _text(html)
    assert text.startswith("자세한 사항은"), text[:80]
    kept = "<p>Growth &gt; 3% &gt; last year's</p>" + _paragraphs(3)
    assert "Growth > 3%" in _text(f"<html><body><article><h1>Budget row</h1>{kept}</article></body></html>")


def test_page_tools_and_notices_in_more_languages_stay_out():
    """Labels that small CMSs print inside the article's container, in the languages review
    7 found them leaking in: a copyright notice or an editor's credit anywhere in a short
    block of Korean, Chinese or Japanese (which write few spaces), page tools, the previous
    and next article, a box's heading.  A sentence about a copyright holder stays."""
    chinese = ["外交部部长会见东盟秘书长，双方就地区合作深入交换意见，一致同意加强各领域务实合作。" * 3,
               "双方还讨论了数字经济、绿色发展和人文交流等议题，并就共同关心的国际问题交换看法。" * 3,
               "该法律规定，作品的版权所有者享有复制权和发行权，任何人未经许可不得使用。" * 2]
    notices = ["【责任编辑：李华】", "【打印本页】 【关闭窗口】", "上一篇：外交部长出席东盟外长会", "我要纠错", "字号：默认 大 超大",
               "版权所有：外交部　京ICP备05000000号"]
    html = ("<html><body><article><h1>外交部部长会见东盟秘书长</h1><p>2024-03-12 15:30</p>"
            + "".join(f"<p>{p}</p>" for p in chinese[:2]) + "".join(f"<div>{n}</div>" for n in notices)
            + f"<p>{chinese[2]}</p></article></body></html>")
    text = extract(html, "https://news.example.cn/2024/03/12/a.html").text
    assert all(p in text for p in chinese), text
    assert not any(n in text for n in notices), text
    korean = ("<html><body><article><h1>한-베트남 외교장관 회담</h1><p>2024.03.12 15:30</p>"
              + "<p>" + "양측은 고위급 교류를 지속해 나가기로 하였다. " * 12 + "</p>"
              + "<p>저작권자 © 한길일보 무단전재 및 재배포 금지</p></article></body></html>")
    assert "무단전재" not in extract(korean, "https://news.example.kr/a/1234").text
    for label in ("このページの先頭へ", "الخبر السابق", "Voltar ao topo", "Articolo precedente", "Meistgelesen",
                  "Новости по теме", "Editor: Siti Aminah", "Tipologia: Comunicato stampa"):
        html = (f"<html><body><article><h1>Budget row</h1><p>March 12, 2024</p>{_paragraphs(4)}<p>{label}</p>"
                f"{_paragraphs(2)}</article></body></html>")
        assert label not in _text(html), label


def test_a_lead_set_before_the_bodys_container_is_kept():
    """A government portal (EPiServer) sets the lead, ``p.article-ingress``, between the
    headline and ``div.article-body``: trafilatura takes the body from that container by its
    class and left the lead out.  A short label, a marked standfirst (kept out where the
    body would start with it) and a lead whose microdata calls it the page's description
    stay out."""
    lead = "The minister met her counterparts in Geneva on Monday to discuss the new budget for aid."
    page = ("<html><body><main><p class='type'>Press release</p><h1>Aid budget agreed in Geneva</h1>"
            "<div class='info'>Date: 12/03/2024</div><p class='{cls}'>{lead}</p>"
            f"<div class='article-body'>{_paragraphs(4)}</div><p>Last updated: 14/03/2024</p></main></body></html>")
    assert _text(page.format(cls="article-ingress", lead=lead)).startswith(lead)
    assert _text(page.format(cls="article-ingress", lead="Short label")).startswith(_para(0))
    assert _text(page.format(cls="standfirst", lead=lead)).startswith(_para(0))
    described = page.replace("<p class='{cls}'>{lead}</p>", "<div itemprop='description' class='{cls}'><p>{lead}</p></div>")
    assert _text(described.format(cls="article__lead", lead=lead)).startswith(_para(0))


def test_an_old_portals_table_of_lines_of_prose_is_the_article():
    """An embassy's old portal lays the page out in tables and writes the text as lines
    (``text<br><br>text`` in a ``<font>``): a cell of long text broken by ``<br>``s is no
    datum, and a long Chinese paragraph (no spaces: one "word") ends the search for the
    headline, so a footer that names the site, the page's only title, is not taken for it."""
    lines = ["3月12日，外交部部长在北京会见来访的东盟秘书长，双方就深化中国同东盟全面战略伙伴关系、推进区域经济一体化等议题深入交换了意见。",
             "部长表示，中方高度重视同东盟的关系，愿同东盟各国一道，推动自由贸易区3.0版谈判早日取得实质性成果，为地区繁荣稳定注入更多正能量。",
             "东盟秘书长表示，东盟愿同中方加强在数字经济、绿色发展、公共卫生等领域的务实合作，共同维护地区和平稳定与发展繁荣。"]
    site = "中华人民共和国驻某国大使馆"
    html = (f"<html><head><title>{site}</title></head><body><table width='980'><tr><td width='200'><a href='/a/'>使馆信息</a>"
            "<br><a href='/b/'>使馆活动</a></td><td><table width='100%'><tr><td class='title'><b>驻某国大使会见该国外交部长</b>"
            "</td></tr><tr><td>2024-03-12 15:30</td></tr><tr><td class='content'><font size='3'>"
            + "<br><br>".join(lines) + f"</font></td></tr></table></td></tr></table><table><tr><td>版权所有：{site} 地址：某某路12号"
            "</td></tr></table></body></html>")
    text = extract(html, "https://www.example.gov/chn/sgxx/sghd/t20240312_1.htm").text
    assert all(line in text for line in lines) and "|" not in text, text


def test_the_note_that_a_files_format_needs_a_viewer_stays_out():
    """Government releases that link a PDF close with the note that the format needs a
    viewer, and where to download it ("PDF形式のファイルをご覧いただく場合には、Adobe Acrobat
    Readerが必要です。", "To view PDF files you need Adobe Acrobat Reader"): a call on the
    reader (``calls.is_call``), no part of the text.  A sentence about a report published
    as a PDF stays."""
    notes = ["PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。"
             "<a href='https://get.adobe.com/jp/reader/'>Adobe Acrobat Readerのダウンロード</a>（別ウィンドウで開く）",
             "To view PDF files you need Adobe Acrobat Reader. <a href='https://get.adobe.com/reader/'>Download "
             "Adobe Acrobat Reader</a>"]
    kept = "The ministry published the report as a PDF on its website, and every reader can comment on it until May."
    for note in notes:
        html = (f"<html><body><article><h1>Budget row</h1><p>March 12, 2024</p>{_paragraphs(4)}<p>{kept}</p>"
                f"<p><a href='/files/report.pdf'>Report (PDF)</a></p><div class='note'><p>{note}</p></div>"
                "</article></body></html>")
        text = _text(html)
        assert "Acrobat" not in text and kept in text, text


def test_a_page_without_paragraphs_keeps_its_menus_out():
    """A page written without paragraphs (a minister's schedule: day headings over tables
    of hours) defeats trafilatura, whose last resort is the whole page's text, menus and
    crumbs above the headline included: the body is the text after the headline in the
    column that holds it, without what is mostly links ("Print this page")."""
    days = {"Monday 11 March": [("9:30", "Cabinet meeting"), ("15:00", "Budget committee of the upper house")],
            "Tuesday 12 March": [("10:30", "Talks with the Foreign Minister of Jordan"), ("17:00", "Press conference")]}
    tables = "".join(f"<h2>{day}</h2><table>" + "".join(f"<tr><th>{hour}</th><td>{what}</td></tr>" for hour, what in rows)
                     + "</table>" for day, rows in days.items())
    menu = ["Home", "Press", "Foreign policy", "Countries and regions", "Travel", "About the ministry"]
    html = ("<html><body><div id='header'><p class='skip'><a href='#main'>Skip to content</a></p><ul id='global-nav'>"
            + "".join(f"<li><a href='/{i}/'>{item}</a></li>" for i, item in enumerate(menu)) + "</ul></div>"
            "<div id='crumbs'><ol><li><a href='/'>Home</a></li><li><a href='/press/'>Press</a></li>"
            "<li>The Minister's schedule</li></ol></div><div id='wrapper'><div id='main'><div class='main-title'>"
            "<h1>The Minister's schedule (11 to 12 March 2024)</h1></div>"
            f"<div class='main-text'>{tables}<p class='note'>The schedule may change.</p></div>"
            "<p class='print'><a href='javascript:window.print();'>Print this page</a></p></div>"
            "<div id='side'><h2>Press</h2><ul><li><a href='/press/releases/'>Press releases</a></li>"
            "<li><a href='/press/conferences/'>Press conferences</a></li></ul></div></div></body></html>")
    text = extract(html, "https://www.example.gov/press/schedule/page6_000200.html").text
    assert "| 10:30 | Talks with the Foreign Minister of Jordan |" in text and "Tuesday 12 March" in text, text
    assert "The schedule may change." in text
    assert not any(word in text for word in ("Skip to content", "Foreign policy", "Print this page",
                                             "Press releases", "About the ministry")), text


def test_a_short_notice_leaves_the_header_above_its_headline_out():
    """A notice of two sentences is too short for trafilatura's extractor, and its rescue
    takes every paragraph of the page: the skip link and the site's tagline in the header,
    above the headline, are no part of the body."""
    notice = ("The Foreign Minister will receive the Ambassador of Kenya on Tuesday at the Ministry. "
              "They will discuss trade and the coming summit.")
    html = ("<html><body><div id='header'><p class='skip'><a href='#main'>Skip to content</a></p>"
            "<p class='tagline'>The official website of the Ministry of Foreign Affairs</p>"
            "<ul><li><a href='/'>Home</a></li><li><a href='/press/'>Press</a></li></ul></div>"
            "<div id='main'><h1>Minister to receive the Ambassador of Kenya</h1><p class='date'>12 March 2024</p>"
            f"<p>{notice}</p></div></body></html>")
    text = extract(html, "https://www.example.gov/press/2024/03/minister-to-receive-ambassador.html").text
    assert text == notice, text
