"""A Korean ministry's boards on the eGovFramework (Spring MVC and JSP), in Korean: no
JSON-LD, no ``og:`` metas, every page's ``<title>`` the board's name, not the post's.

The press releases (보도자료) at /www/brd/m_4080/list.do: a table of rows (number,
title, department, date "2024-03-12", views, an attachment icon), ten to a page, paged by
GET links carrying the board's whole empty search form
(``list.do?page=2&srchFr=&srchTo=&srchWord=&srchTp=&multi_itm_seq=0&...``); each title
links ``view.do?seq=374521&srchFr=&...&company_nm=&page=1``, the listing's page number at
its end (a post listed on page 2 carries ``page=2``).  On the first visit (no cookie yet)
Tomcat answers with ``Set-Cookie: JSESSIONID=...`` and rewrites every link of the page
``view.do;jsessionid=...?seq=...``, which it serves as well.  A post's page: the title in
``h4.tit``, the writer a department ("대변인실", no person: gold authors empty), "작성일
2024-03-12", the views, HWP and PDF attachments
(``/common/file/download.do?atchFileId=FILE_000000000123&fileSn=0``), the body as the
HWP-to-HTML editor leaves it (``<p>`` runs with inline ``font-family`` styles, "□" and
"ㅇ" bullets), "이전글/다음글" with their titles, "목록", print, share (카카오톡,
페이스북, 트위터), the satisfaction survey, the footer's address and copyright.

The notices (공지사항) at /board/list.do?boardId=BBS_0000012&menuId=MNU_0000034: the
same kind of table, five to a page, paged by eGovFrame's ``ui:pagination`` default
renderer: ``<a href="#" onclick="fn_egov_link_page(2); return false;">2</a>``, a script
that posts the hidden ``pageIndex`` field of ``form#listForm``; the controller binds the
same field from a GET query (``list.do?boardId=...&menuId=...&pageIndex=2``), which no
link names.  No sitemap, no feed.  A notice's page is a ``table.board_view`` (title row,
writer, date "등록일", views, files) with its text between ``<br>``s in one cell.  Among
the notices, pages at the same view.do shape that are no articles: a post that is only
its attachment ("첨부파일 참조"), a recruitment notice (a table of posts and dates); the
minister's schedule board's page (``/www/brd/m_4076/view.do``: a day's appointments),
linked from the left menu.  robots.txt forbids the file downloads and one press release.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from .base import Article, Block, Built, Writer
from .content import Writer as Prose

MINISTRY = "외교부"
PRESS, PRESS_VIEW = "/www/brd/m_4080/list.do", "/www/brd/m_4080/view.do"
NOTICE_LIST, NOTICE_VIEW = "/board/list.do", "/board/view.do"
BOARD = "boardId=BBS_0000012&menuId=MNU_0000034"
SEARCH = "srchFr=&srchTo=&srchWord=&srchTp=&multi_itm_seq=0&itm_seq_1=0&itm_seq_2=0&company_cd=&company_nm="
SESSION = "8F3A1C0B6D2E94A7C5B1D0E3F2A49C61.worker1"  # Tomcat's session id, rewritten into links
PRESS_COUNT, PRESS_PER_PAGE = 16, 10
NOTICE_PER_PAGE = 5
DISALLOWED = 12  # index of the press release robots.txt forbids
PRESS_NAME, NOTICE_NAME = "보도자료", "공지사항"
SCHEDULE = "/www/brd/m_4076/view.do?seq=374488&srchFr=&srchTo=&srchWord=&srchTp=&multi_itm_seq=0&itm_seq_1=0&itm_seq_2=0&company_cd=&company_nm=&page=1"
FURNITURE = [
    "이 페이지에서 제공하는 정보에 대하여 만족하십니까?", "이전글", "다음글", "목록", "인쇄",
    "카카오톡", "페이스북", "트위터", "Copyright", "서울특별시 종로구 사직로8길 60", "조회수",
    "본문 바로가기", "담당부서", "만족도 조사", "매우만족", "전화번호 안내", "개인정보처리방침",
    "홈 > 알림·소식",  # the breadcrumb trail (div.location)
]

KO_COUNTRIES = ["베트남", "인도네시아", "카자흐스탄", "몽골", "포르투갈", "케냐", "노르웨이", "페루",
                "우즈베키스탄", "말레이시아", "폴란드", "이집트", "칠레", "라오스"]
KO_TOPICS = ["공급망", "기후변화 대응", "개발협력", "재외국민 보호", "문화 교류", "방산 협력",
             "디지털 경제", "보건 협력", "에너지 안보", "청년 교류"]
KO_TITLES = [
    "한-{country} 외교장관회담 결과",
    "제{n}차 한-{country} 정책협의회 개최",
    "외교부 제1차관, {country} 외교차관과 {topic} 협력 논의",
    "한-{country} {topic} 협력 양해각서 서명",
    "{country} 신임 주한대사 신임장 사본 제출",
    "외교부, {topic} 관련 재외공관 화상회의 개최",
    "한-{country} 수교 {n}주년 기념 리셉션 개최",
    "{country} 정부 대표단 방한 및 {topic} 협의",
]
KO_OPENERS = [
    "□ 외교부 장관은 {date} 오후 서울에서 {country} 외교장관과 회담을 갖고, 양국 관계 발전 방안과 {topic} 분야의 실질 협력 확대 방안에 대해 폭넓게 의견을 교환하였다.",
    "□ 외교부는 {date} 서울 외교부 청사에서 제{n}차 한-{country} 정책협의회를 개최하고, {topic} 등 양국 간 주요 현안과 지역 정세에 대해 논의하였다.",
    "□ 외교부 제1차관은 {date} 방한 중인 {country} 외교차관을 접견하고, 양국 간 {topic} 협력을 한층 강화해 나가기로 하였다.",
]
KO_SENTENCES = [
    "ㅇ 양측은 올해 정상 간 합의 사항의 후속 조치를 점검하고, 고위급 교류를 지속해 나가기로 하였다.",
    "ㅇ 우리 측은 {country} 측이 우리 기업의 현지 투자 환경 개선을 위해 적극 협조해 줄 것을 요청하였다.",
    "ㅇ {country} 측은 {topic} 분야에서 한국과의 협력이 양국 관계의 새로운 동력이 될 것이라고 평가하였다.",
    "ㅇ 양측은 {topic} 분야의 협력 사업을 발굴하기 위해 실무 협의체를 정례화하기로 합의하였다.",
    "ㅇ 아울러 양측은 한반도 정세를 비롯한 지역 및 국제 정세에 대해서도 의견을 교환하였다.",
    "ㅇ 우리 측은 {country}에 체류하는 우리 국민의 안전과 권익 보호를 위한 관심과 협조를 당부하였다.",
    "ㅇ 양측은 내년 수교 기념행사를 계기로 인적 교류와 문화 교류를 더욱 활성화해 나가기로 하였다.",
    "ㅇ {country} 측은 한국 정부의 개발협력 사업이 자국의 경제 발전에 크게 기여하고 있다고 사의를 표하였다.",
    "ㅇ 양측은 다자무대에서도 긴밀히 소통하며 {topic} 등 글로벌 현안 대응에 협력해 나가기로 하였다.",
    "ㅇ 우리 측은 {topic} 관련 국제 규범 형성 과정에서 양국이 공동의 목소리를 낼 수 있기를 희망한다고 하였다.",
    "ㅇ 양측은 교역과 투자 확대를 위한 제도적 기반을 마련하기 위해 관계 부처 간 협의를 서두르기로 하였다.",
    "ㅇ 이번 협의는 양국 간 전략적 소통을 강화하고 실질 협력의 구체적 성과를 점검하는 계기가 되었다.",
]
KO_CLOSERS = [
    "□ 이번 회담은 양국 간 협력의 외연을 넓히고 미래지향적 동반자 관계를 공고히 하는 계기가 되었다는 평가이다.",
    "□ 외교부는 앞으로도 {country}와의 {topic} 협력을 지속 확대해 나갈 예정이다.",
    "□ 정부는 이번 협의 결과를 바탕으로 관계 부처와 함께 후속 조치를 차질 없이 이행해 나갈 계획이다.",
]
NOTICE_TITLES = [
    "{year}년 하반기 재외공관 행정직원 업무 교육 실시 안내",
    "여권 발급 수수료 변경에 따른 재외공관 민원 처리 안내",
    "외교부 청사 출입 절차 변경 안내",
    "{year}년 국민외교 아이디어 공모전 결과 발표",
    "영사 민원 온라인 신청 시스템 점검에 따른 서비스 중단 안내",
]
NOTICE_LINES = [
    "외교부는 국민의 편의를 높이기 위하여 관련 절차를 다음과 같이 안내드립니다.",
    "대상은 재외공관에서 민원 업무를 담당하는 직원과 관련 부서의 담당자이며, 세부 일정은 각 공관에 개별 통보할 예정입니다.",
    "변경된 절차는 다음 달 1일부터 시행되며, 시행 이전에 접수된 신청 건은 종전 규정에 따라 처리됩니다.",
    "신청은 외교부 누리집의 민원 안내 메뉴를 통하여 하실 수 있으며, 방문 접수는 평일 오전 9시부터 오후 6시까지 가능합니다.",
    "자세한 사항은 외교부 영사민원실 또는 관할 재외공관으로 문의하여 주시기 바랍니다.",
    "국민 여러분의 많은 관심과 협조를 부탁드립니다.",
    "점검 시간 중에는 온라인 신청과 조회가 일시 중단되오니 이용에 참고하시기 바랍니다.",
    "공모전에 참여해 주신 모든 분들께 감사드리며, 수상자에게는 개별적으로 연락드릴 예정입니다.",
]
ATTACHMENT_ONLY = 5  # seq offset of the notice that is only its attachment
RECRUITMENT = 6  # ... and of the recruitment notice


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    prose = Prose(seed=8204)
    press = press_releases(out, prose)
    notices = notice_posts(out, prose)
    newest = sorted(press, key=lambda a: a.published, reverse=True)
    pages = [newest[i:i + PRESS_PER_PAGE] for i in range(0, len(newest), PRESS_PER_PAGE)]
    for number, items in enumerate(pages, start=1):
        html = press_list(out, items, number, len(pages), session=number == 1)
        cookie = [("Set-Cookie", f"JSESSIONID={SESSION}; Path=/; HttpOnly")] if number == 1 else None
        out.add(press_list_path(number), html, headers=cookie)
        for article in items:
            prev_next = neighbours(article, newest, number)
            out.add(local(out, article), press_page(out, article, prev_next))
            if number == 1:  # Tomcat serves the rewritten address too
                out.routes[rewritten(local(out, article))] = out.routes[local(out, article)]
    out.routes[rewritten(press_list_path(2))] = out.routes[press_list_path(2)]
    notice_pages(out, notices)
    out.add(SCHEDULE, schedule_page())
    out.add("/robots.txt", "User-agent: *\nDisallow: /common/file/\nDisallow: /search/\n"
            f"Disallow: {local(out, newest[DISALLOWED])}\n", "text/plain; charset=utf-8")
    out.finish()
    articles = press + [n for n in notices if n.id not in (ATTACHMENT_ONLY, RECRUITMENT)]
    non_articles = [n.url for n in notices if n.id in (ATTACHMENT_ONLY, RECRUITMENT)] + [out.url(SCHEDULE)]
    return Built("egov", out.base_url, folder, [out.url(PRESS), out.url(f"{NOTICE_LIST}?{BOARD}")], articles,
                 FURNITURE, disallowed=[newest[DISALLOWED].url], non_articles=non_articles)


def local(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def rewritten(path: str) -> str:
    """``path`` as Tomcat rewrites it for a client without the session cookie."""
    where, _, query = path.partition("?")
    return f"{where};jsessionid={SESSION}" + (f"?{query}" if query else "")


def press_list_path(number: int) -> str:
    return PRESS if number == 1 else f"{PRESS}?page={number}&{SEARCH}"


def press_url(out: Writer, seq: int, page: int) -> str:
    return out.url(f"{PRESS_VIEW}?seq={seq}&{SEARCH}&page={page}")


def press_releases(out: Writer, prose: Prose) -> list[Article]:
    rng, posts = prose.rng, []
    moments = [prose.next_date() for _ in range(PRESS_COUNT)]
    for number, moment in enumerate(moments):
        slots = {"country": rng.choice(KO_COUNTRIES), "topic": rng.choice(KO_TOPICS), "n": rng.randint(3, 40),
                 "date": f"{moment.month}월 {moment.day}일"}
        while True:
            title = rng.choice(KO_TITLES).format(**slots)
            if title not in prose.titles:
                prose.titles.add(title)
                break
            slots.update(country=rng.choice(KO_COUNTRIES), topic=rng.choice(KO_TOPICS))
        blocks = [Block("p", rng.choice(KO_OPENERS).format(**slots))]
        for sentence in rng.sample(KO_SENTENCES, rng.randint(4, 6)):
            blocks.append(Block("p", sentence.format(**slots)))
        blocks.append(Block("p", rng.choice(KO_CLOSERS).format(**slots)))
        seq = 374500 + number * 3
        # newest first on the list: the last written is on page 1
        page = 1 + (PRESS_COUNT - 1 - number) // PRESS_PER_PAGE
        posts.append(Article(url=press_url(out, seq, page), title=title, blocks=blocks, authors=[],
                             published=f"{moment:%Y-%m-%d}", section=PRESS_NAME, slug=str(seq), id=seq))
    return posts


def notice_posts(out: Writer, prose: Prose) -> list[Article]:
    rng, posts = prose.rng, []
    titles = [t.format(year=2024) for t in NOTICE_TITLES] + ["2024년도 외교부 정책자료 발간 목록",
                                                             "2024년 제3회 외교부 공무직 근로자 채용 공고"]
    for number, title in enumerate(titles):
        moment = prose.next_date()
        if number == ATTACHMENT_ONLY:
            blocks = [Block("p", "첨부파일 참조")]
        elif number == RECRUITMENT:
            blocks = [Block("p", "외교부 공무직 근로자 채용 공고"), Block("p", "붙임 공고문 참조")]
        else:
            blocks = [Block("p", line) for line in rng.sample(NOTICE_LINES, rng.randint(5, 6))]
        page = 1 + (len(titles) - 1 - number) // NOTICE_PER_PAGE
        url = out.url(f"{NOTICE_VIEW}?{BOARD}&nttId={5100 + number}&pageIndex={page}")
        posts.append(Article(url=url, title=title, blocks=blocks, authors=[], published=f"{moment:%Y-%m-%d}",
                             section=NOTICE_NAME, slug=str(5100 + number), id=number))
    return posts


def neighbours(article: Article, newest: list[Article], page: int) -> list[tuple[str, Article]]:
    """이전글 (the older post) and 다음글 (the newer), linked with this page's list number."""
    index, found = newest.index(article), []
    if index + 1 < len(newest):
        found.append(("이전글", newest[index + 1]))
    if index:
        found.append(("다음글", newest[index - 1]))
    return found


def frame(board: str, lnb: str, main: str) -> str:
    menu = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in (
        ("/www/wpge/m_3800/contents.do", "외교부 소개"), ("/www/wpge/m_3840/contents.do", "외교정책"),
        (PRESS, "알림·소식"), ("/www/wpge/m_3856/contents.do", "재외국민보호"), ("/www/wpge/m_3900/contents.do", "국민소통")))
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{board} | 알림·소식 | {MINISTRY}</title>
<link rel="stylesheet" type="text/css" href="/css/www/common.css">
<link rel="stylesheet" type="text/css" href="/css/www/sub.css">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/www/common.js"></script>
</head>
<body>
<div id="skipNav"><a href="#contents">본문 바로가기</a> <a href="#gnb">주메뉴 바로가기</a></div>
<div id="wrap">
<div id="header">
<div class="top_util"><ul><li><a href="/eng/index.do">ENGLISH</a></li><li><a href="/www/wpge/m_4150/contents.do">전화번호 안내</a></li></ul></div>
<h1 class="logo"><a href="/www/index.do"><img src="/images/www/common/logo.png" alt="{MINISTRY}"></a></h1>
<div id="gnb"><ul class="depth1">{menu}</ul></div>
<form name="searchForm" action="/search/front/Search.jsp" method="get"><label for="query" class="blind">검색어</label><input type="text" id="query" name="qt"><button type="submit">검색</button></form>
</div>
<div id="container">
<div id="lnb"><h2>알림·소식</h2><ul>{lnb}</ul></div>
<div id="contents">
<div class="location"><a href="/www/index.do">홈</a> &gt; <a href="{PRESS}">알림·소식</a> &gt; <strong>{board}</strong></div>
<h3 class="sub_tit">{board}</h3>
{main}
<div class="satisfaction">
<form name="satisForm" action="/www/satisfaction/insert.do" method="post">
<p class="tit">만족도 조사</p>
<p>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</p>
<ul><li><input type="radio" name="score" id="s5" value="5"><label for="s5">매우만족</label></li><li><input type="radio" name="score" id="s4" value="4"><label for="s4">만족</label></li><li><input type="radio" name="score" id="s3" value="3"><label for="s3">보통</label></li><li><input type="radio" name="score" id="s2" value="2"><label for="s2">불만족</label></li><li><input type="radio" name="score" id="s1" value="1"><label for="s1">매우불만족</label></li></ul>
<button type="submit">평가하기</button>
</form>
<p class="manager">담당부서 : 대변인실 &nbsp; 연락처 : 02-2100-7000</p>
</div>
</div>
</div>
<div id="footer">
<ul class="foot_menu"><li><a href="/www/wpge/m_4162/contents.do"><strong>개인정보처리방침</strong></a></li><li><a href="/www/wpge/m_4163/contents.do">저작권보호정책</a></li><li><a href="/www/wpge/m_4164/contents.do">찾아오시는 길</a></li></ul>
<address>(03172) 서울특별시 종로구 사직로8길 60 {MINISTRY} &nbsp; 대표전화 : 02-2100-2114</address>
<p class="copyright">Copyright &copy; Ministry of Foreign Affairs. All Rights Reserved.</p>
</div>
</div>
<script type="text/javascript" src="/js/www/sub.js"></script>
</body>
</html>
"""


def lnb(current: str) -> str:
    items = ((PRESS, PRESS_NAME), (f"{NOTICE_LIST}?{BOARD}", NOTICE_NAME), (SCHEDULE, "장관 일정"),
             ("/www/brd/m_4078/list.do", "브리핑"), ("/www/brd/m_4079/list.do", "연설문"))
    on = ' class="on"'
    return "".join(f'<li{on if label == current else ""}><a href="{href.replace("&", "&amp;")}">{label}</a></li>'
                   for href, label in items)


def attachments(article: Article) -> list[tuple[str, str, int]]:
    """The post's files: (name, atchFileId, fileSn)."""
    ident = f"FILE_{article.id:012d}"
    files = [(f"({article.published.replace('-', '')[2:]}) {article.title}.hwp", ident, 0)]
    if article.id % 2:
        files.append((f"({article.published.replace('-', '')[2:]}) {article.title}.pdf", ident, 1))
    return files


def press_list(out: Writer, items: list[Article], number: int, count: int, session: bool) -> str:
    def href(path: str) -> str:
        return (rewritten(path) if session else path).replace("&", "&amp;")

    rows = []
    for index, article in enumerate(items):
        row_number = PRESS_COUNT - (number - 1) * PRESS_PER_PAGE - index
        view = href(local(out, article)).replace(PRESS_VIEW, "./view.do", 1)
        rows.append(f"""<tr>
<td class="num">{row_number}</td>
<td class="tal"><a href="{view}">{escape(article.title)}</a></td>
<td>대변인실</td>
<td>{article.published}</td>
<td>{1000 + article.id % 977}</td>
<td><img src="/images/www/common/ico_file.gif" alt="첨부파일 있음"></td>
</tr>""")
    links = []
    if number > 1:
        links.append(f'<a href="{href(press_list_path(1))}" class="first"><span class="blind">처음</span></a>')
        links.append(f'<a href="{href(press_list_path(number - 1))}" class="prev"><span class="blind">이전</span></a>')
    for page in range(1, count + 1):
        links.append(f'<strong class="on">{page}</strong>' if page == number else
                     f'<a href="{href(press_list_path(page))}">{page}</a>')
    if number < count:
        links.append(f'<a href="{href(press_list_path(number + 1))}" class="next"><span class="blind">다음</span></a>')
        links.append(f'<a href="{href(press_list_path(count))}" class="last"><span class="blind">마지막</span></a>')
    main = f"""<div class="board_search">
<form name="srchForm" action="{href(PRESS)}" method="get">
<input type="hidden" name="page" value="1">
<label for="srchFr">기간</label><input type="text" id="srchFr" name="srchFr" value=""> ~ <input type="text" id="srchTo" name="srchTo" value="">
<select name="srchTp" title="검색 구분"><option value="">전체</option><option value="0">제목</option><option value="1">내용</option></select>
<input type="text" name="srchWord" value="" title="검색어"><button type="submit">검색</button>
</form>
</div>
<p class="total">전체 <strong>{PRESS_COUNT}</strong>건 (<strong>{number}</strong>/{count} 페이지)</p>
<table class="board_list">
<caption>{PRESS_NAME} 목록 - 번호, 제목, 담당부서, 등록일, 조회수, 첨부파일</caption>
<colgroup><col style="width:8%"><col><col style="width:14%"><col style="width:12%"><col style="width:8%"><col style="width:8%"></colgroup>
<thead><tr><th scope="col">번호</th><th scope="col">제목</th><th scope="col">담당부서</th><th scope="col">등록일</th><th scope="col">조회수</th><th scope="col">첨부</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
<div class="paging">{"".join(links)}</div>"""
    return frame(PRESS_NAME, lnb(PRESS_NAME), main)


def styled(text: str) -> str:
    """A paragraph as the HWP-to-HTML editor writes it."""
    return (f'<p class="0" style="margin-left:0pt;text-align:justify;line-height:160%;">'
            f'<span style="font-family:\'휴먼명조\';font-size:15pt;letter-spacing:-2%;">{escape(text)}</span></p>')


def press_page(out: Writer, article: Article, prev_next: list[tuple[str, Article]]) -> str:
    files = "".join(f'<li><a href="/common/file/download.do?atchFileId={ident}&amp;fileSn={sn}" title="{escape(name)} 다운로드">'
                    f'<img src="/images/www/common/ico_{name.rsplit(".", 1)[-1]}.gif" alt=""> {escape(name)}</a> '
                    f'<a href="/common/file/preview.do?atchFileId={ident}&amp;fileSn={sn}" class="btn_view" target="_blank" title="새창열림">바로보기</a></li>'
                    for name, ident, sn in attachments(article))
    body = "\n".join(styled(b.plain) for b in article.blocks)
    page = article.url.rsplit("page=", 1)[-1]
    neighbours_html = "".join(
        f'<li><strong>{label}</strong> <a href="./view.do?seq={other.id}&amp;{SEARCH.replace("&", "&amp;")}&amp;page={page}">{escape(other.title)}</a></li>'
        for label, other in prev_next)
    main = f"""<div class="board_view">
<div class="view_head">
<h4 class="tit">{escape(article.title)}</h4>
<ul class="info">
<li><strong>작성자</strong> 대변인실</li>
<li><strong>작성일</strong> {article.published}</li>
<li><strong>조회수</strong> {1000 + article.id % 977}</li>
</ul>
</div>
<div class="view_file"><strong class="file_tit">첨부파일</strong><ul>{files}</ul></div>
<div class="view_cont">
<div class="HwpEditor">
{body}
<p class="0" style="text-align:right;"><span style="font-family:'휴먼명조';font-size:15pt;">&nbsp;</span></p>
</div>
</div>
<div class="view_util">
<a href="javascript:window.print();" class="btn_print">인쇄</a>
<div class="sns_share"><span>공유하기</span>
<a href="#none" onclick="shareKakao(); return false;" class="kakao" title="카카오톡 공유 새창열림">카카오톡</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={escape(article.url)}" target="_blank" class="facebook" title="페이스북 공유 새창열림">페이스북</a>
<a href="https://twitter.com/intent/tweet?url={escape(article.url)}" target="_blank" class="twitter" title="트위터 공유 새창열림">트위터</a>
</div>
</div>
<ul class="view_nav">{neighbours_html}</ul>
<div class="btn_area"><a href="./list.do?page={page}&amp;{SEARCH.replace("&", "&amp;")}" class="btn_list">목록</a></div>
</div>"""
    return frame(PRESS_NAME, lnb(PRESS_NAME), main)


def notice_pages(out: Writer, notices: list[Article]) -> None:
    newest = sorted(notices, key=lambda a: a.published, reverse=True)
    pages = [newest[i:i + NOTICE_PER_PAGE] for i in range(0, len(newest), NOTICE_PER_PAGE)]
    for number, items in enumerate(pages, start=1):
        path = f"{NOTICE_LIST}?{BOARD}" + (f"&pageIndex={number}" if number > 1 else "")
        out.add(path, notice_list(out, items, number, len(pages), len(newest)))
        for notice in items:
            out.add(local(out, notice), notice_page(notice, newest, number))


def pagination(number: int, count: int) -> str:
    """eGovFrame's ``<ui:pagination type="image" jsFunction="fn_egov_link_page">``, as its
    DefaultPaginationRenderer writes it."""
    def link(page: int, label: str) -> str:
        return f'<a href="#" onclick="fn_egov_link_page({page}); return false;">{label}</a>&#160;'

    parts = [link(1, "[처음]"), link(max(number - 1, 1), "[이전]")]
    parts += [f"<strong>{page}</strong>&#160;" if page == number else link(page, str(page)) for page in range(1, count + 1)]
    parts += [link(min(number + 1, count), "[다음]"), link(count, "[마지막]")]
    return "".join(parts)


def notice_list(out: Writer, items: list[Article], number: int, count: int, total: int) -> str:
    rows = "".join(f"""<tr>
<td>{total - (number - 1) * NOTICE_PER_PAGE - index}</td>
<td class="subject"><a href="{local(out, n).replace(NOTICE_VIEW, "./view.do", 1).replace("&", "&amp;")}">{escape(n.title)}</a></td>
<td>운영지원과</td>
<td>{n.published}</td>
<td>{300 + n.id * 17}</td>
<td>{'<img src="/images/www/common/ico_file.gif" alt="첨부파일">' if n.id in (ATTACHMENT_ONLY, RECRUITMENT) else ''}</td>
</tr>""" for index, n in enumerate(items))
    main = f"""<form id="listForm" name="listForm" action="/board/list.do" method="post">
<input type="hidden" name="boardId" value="BBS_0000012">
<input type="hidden" name="menuId" value="MNU_0000034">
<input id="pageIndex" name="pageIndex" type="hidden" value="{number}"/>
<div class="bbs_search"><select name="searchCnd" title="검색조건"><option value="0">제목</option><option value="1">내용</option></select>
<input name="searchWrd" type="text" value="" title="검색어"> <a href="#" onclick="fn_egov_search(); return false;" class="btn_search">검색</a></div>
<table class="board_list" summary="번호, 제목, 작성부서, 등록일, 조회수, 첨부파일">
<caption>{NOTICE_NAME} 목록</caption>
<thead><tr><th scope="col">번호</th><th scope="col">제목</th><th scope="col">작성부서</th><th scope="col">등록일</th><th scope="col">조회수</th><th scope="col">첨부</th></tr></thead>
<tbody>{rows}</tbody>
</table>
<div id="paging" class="paging">{pagination(number, count)}</div>
</form>
<script type="text/javascript">
function fn_egov_link_page(pageNo) {{
    document.listForm.pageIndex.value = pageNo;
    document.listForm.action = "/board/list.do";
    document.listForm.submit();
}}
function fn_egov_search() {{
    document.listForm.pageIndex.value = 1;
    document.listForm.submit();
}}
</script>"""
    return frame(NOTICE_NAME, lnb(NOTICE_NAME), main)


def notice_page(notice: Article, newest: list[Article], number: int) -> str:
    if notice.id == RECRUITMENT:
        text = ("외교부 공무직 근로자 채용 공고<br>\n<table class=\"tbl\"><tr><th>채용분야</th><th>인원</th><th>접수기간</th></tr>"
                "<tr><td>민원 안내</td><td>1명</td><td>2024-09-02 ~ 2024-09-11</td></tr>"
                "<tr><td>시설 관리</td><td>2명</td><td>2024-09-02 ~ 2024-09-11</td></tr></table>\n붙임 공고문 참조")
    else:
        text = "<br>\n".join(escape(b.plain) for b in notice.blocks)
    files = ""
    if notice.id in (ATTACHMENT_ONLY, RECRUITMENT):
        name = f"{notice.title}.hwp"
        files = (f'<a href="/common/file/download.do?atchFileId=FILE_{5100 + notice.id:012d}&amp;fileSn=0">'
                 f'<img src="/images/www/common/ico_hwp.gif" alt="한글파일"> {escape(name)}</a>')
    index = newest.index(notice)
    nav = []
    for label, other in (("이전글", newest[index + 1] if index + 1 < len(newest) else None),
                         ("다음글", newest[index - 1] if index else None)):
        nav.append(f'<tr><th scope="row">{label}</th><td colspan="3">' + (
            f'<a href="./view.do?{BOARD.replace("&", "&amp;")}&amp;nttId={5100 + other.id}&amp;pageIndex={number}">{escape(other.title)}</a>'
            if other else "이전글이 없습니다." if label == "이전글" else "다음글이 없습니다.") + "</td></tr>")
    main = f"""<table class="board_view" summary="{NOTICE_NAME} 상세보기: 제목, 작성부서, 등록일, 조회수, 첨부파일, 내용">
<caption>{NOTICE_NAME} 상세보기</caption>
<colgroup><col style="width:15%"><col style="width:35%"><col style="width:15%"><col style="width:35%"></colgroup>
<tbody>
<tr><th scope="row">제목</th><td colspan="3" class="subject">{escape(notice.title)}</td></tr>
<tr><th scope="row">작성부서</th><td>운영지원과</td><th scope="row">등록일</th><td>{notice.published}</td></tr>
<tr><th scope="row">조회수</th><td>{300 + notice.id * 17}</td><th scope="row">첨부파일</th><td>{files}</td></tr>
<tr><td colspan="4" class="cont">{text}</td></tr>
</tbody>
</table>
<table class="board_nav"><tbody>{"".join(nav)}</tbody></table>
<div class="btn_area"><a href="/board/list.do?{BOARD.replace("&", "&amp;")}&amp;pageIndex={number}" class="btn_list">목록</a> <a href="javascript:window.print();" class="btn_print">인쇄</a></div>"""
    return frame(NOTICE_NAME, lnb(NOTICE_NAME), main)


def schedule_page() -> str:
    """A page of the minister's schedule board: one day's appointments, at a post's address."""
    rows = "".join(f"<tr><td>{time}</td><td>{what}</td><td>{where}</td></tr>" for time, what, where in (
        ("09:30", "국무회의 참석", "정부서울청사"), ("11:00", "주한 베트남 대사 접견", "외교부 청사"),
        ("14:00", "국회 외교통일위원회 전체회의 참석", "국회"), ("18:30", "주한 외교단 초청 만찬", "외교부 청사")))
    main = f"""<div class="board_view">
<div class="view_head"><h4 class="tit">장관 일정 (2024-09-03)</h4>
<ul class="info"><li><strong>작성자</strong> 장관정책보좌관실</li><li><strong>작성일</strong> 2024-09-02</li><li><strong>조회수</strong> 211</li></ul></div>
<div class="view_cont"><table class="tbl_schedule"><caption>장관 일정</caption>
<thead><tr><th scope="col">시간</th><th scope="col">일정</th><th scope="col">장소</th></tr></thead><tbody>{rows}</tbody></table>
<p>※ 일정은 사정에 따라 변경될 수 있습니다.</p></div>
<div class="btn_area"><a href="./list.do" class="btn_list">목록</a></div>
</div>"""
    return frame("장관 일정", lnb("장관 일정"), main)


def attachment_notice(site: Built) -> str:
    """The path of the notice that is only its attachment (test_cms_sites.py NOT_ARTICLES)."""
    return next(u for u in site.non_articles if f"nttId={5100 + ATTACHMENT_ONLY}&" in u).removeprefix(site.base_url)


def recruitment_notice(site: Built) -> str:
    """The path of the recruitment notice (test_cms_sites.py NOT_ARTICLES)."""
    return next(u for u in site.non_articles if f"nttId={5100 + RECRUITMENT}&" in u).removeprefix(site.base_url)
