"""An embassy's press blog on Blogger (Blogspot), in the markup of Blogger's classic
layouts (Simple, Awesome Inc.), as many small missions and honorary consulates keep.

Posts at /<yyyy>/<mm>/<slug>.html (Blogger's slug: the title's first words, cut near
40 characters, ``_NN`` after a taken one).  The home page / shows the seven newest posts
WHOLE, grouped by day (``div.date-outer`` > ``h2.date-header``, once for the day's
posts), unless a post has a jump break: then up to it and "Read more »" to
``slug.html#more``.  Blogger's cursor pager: "Older Posts" to
``/search?updated-max=<timestamp>&max-results=7`` (a timestamp, another on every page),
"Newer Posts", "Home"; label pages /search/label/<Label> of whole posts with their own
cursor.  robots.txt as Blogger writes it forbids /search: label pages and the pager are
off limits, so a polite crawl from the home page reaches the older posts through the
sitemap (an index naming ``/sitemap.xml?page=1``) and the Atom and RSS feeds (the 25
newest posts: the oldest is in the sitemap alone).  Sidebar: "Blog Archive" (/2024/,
/2024/05/: archive pages of whole posts), "Popular Posts" with snippets, "Labels",
"About Me" (/profile/<digits>, off-site on real Blogger, here on the site).  Every page
names its mobile copy (``?m=1``, ``<link rel=alternate media=...>``; "View web
version" there).  Post bodies: lines between ``<br>`` and ``<div>`` lines, few ``<p>``.
The post's day is only in the date header, its time in the footer's
``abbr.published``; BlogPosting microdata, no JSON-LD, ``og:title``/``og:url``/
``og:description`` only.  Static pages /p/<slug>.html (undated, no byline), in the
page list and /sitemap-pages.xml.  A blog has no sections: a post's labels are its tags
(its section is none), and the home page's heading is the blog's name.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote

from .base import Article, Built, Writer
from .content import Writer as Prose, excerpt, slugify

BLOG = "Embassy of Valdoria in Vienna"
COUNT, PER_PAGE, FEED_SIZE = 26, 7, 25
BLOG_ID = "7315508824416043329"
PROFILE = "/profile/04512888613739917725"
LABELS = ["Bilateral Relations", "Consular", "Events", "Press Releases"]
AUTHORS = ["Embassy Press Office", "Ines Carvalho"]
CET, CEST = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
STATIC_PAGE = "/p/opening-hours-and-address.html"  # test_cms_sites.py NOT_ARTICLES
STATIC = {  # Blogger's static pages: undated, no byline, short
    STATIC_PAGE: ("Opening hours and address",
        "The embassy is open to the public from Monday to Friday, 9:00 to 12:30. "
        "Consular appointments are booked by telephone. Prinz-Eugen-Strasse 18, 1040 Vienna."),
}
TWINS = {16: "rail corridors", 17: "water management"}  # posts whose slugs Blogger numbers apart (_NN)
COMMENT = "Congratulations to the whole embassy team on this"
FURNITURE = [
    BLOG, "Posted by", "Labels:", "No comments:", "Email This", "BlogThis!", "Share to X",
    "Share to Facebook", "Older Posts", "Newer Posts", "Older Post", "Newer Post", "Read more »",
    "Subscribe to:", "Post Comments (Atom)", "Blog Archive", "Popular Posts", "About Me",
    "View my complete profile", "Powered by Blogger", "View web version", "View mobile version",
    "Post a Comment", "Search This Blog", "Report Abuse", COMMENT, "Theme images by",
]
ROBOTS = """User-agent: Mediapartners-Google
Disallow: 

User-agent: *
Disallow: /search
Allow: /

Sitemap: {base}/sitemap.xml
Sitemap: {base}/sitemap-pages.xml
"""


def build(folder: Path, base_url: str) -> Built:
    out = Writer(folder, base_url)
    posts = make(out, Prose(seed=2417))
    newest = sorted(posts, key=lambda a: a.published, reverse=True)
    popular = [newest[3], newest[9], newest[14]]
    side = sidebar(out, newest, popular)
    for index, post in enumerate(newest):
        newer = newest[index - 1] if index else None
        older = newest[index + 1] if index + 1 < len(newest) else None
        out.add(path_of(out, post), post_page(out, post, newer, older, side))
        out.add(path_of(out, post) + "?m=1", mobile_post(out, post))
    cursor_pages(out, "/", "/search", newest, side)
    for label in LABELS:
        members = [a for a in newest if label in a.tags]
        cursor_pages(out, f"/search/label/{quote(label)}", f"/search/label/{quote(label)}", members, side,
                     f"Showing posts with the label <b>{escape(label)}</b>")
    out.add("/?m=1", mobile_home(out, newest[:PER_PAGE]))
    for month in sorted({a.published[:7] for a in posts}):
        members = [a for a in newest if a.published.startswith(month)]
        out.add(f"/{month.replace('-', '/')}/", listing(out, members, side, "", home="/"))
    out.add("/2024/", listing(out, newest[:PER_PAGE], side, older_link(out, "/search", newest, PER_PAGE)))
    for path, (title, text) in STATIC.items():
        out.add(path, static_page(out, path, title, text, side))
    out.add(PROFILE, profile_page(out))
    feeds(out, newest)
    sitemaps(out, newest)
    out.add("/robots.txt", ROBOTS.format(base=out.base_url), "text/plain")
    out.finish()
    return Built("blogger", out.base_url, folder, [out.url("/")], posts, FURNITURE,
                 non_articles=[out.url(p) for p in [*STATIC, PROFILE, "/2024/", "/2024/05/"]],
                 variants=[a.url + "?m=1" for a in posts])


def make(out: Writer, prose: Prose) -> list[Article]:
    """The blog's posts, from late March (CET) into May (CEST), one to three a day;
    one posted after midnight (the UTC day is the day before); two whose slugs
    would be the same (``TWINS``)."""
    made, day, slugs = [], datetime(2024, 3, 27), set()
    while len(made) < COUNT:
        day += timedelta(days=prose.rng.randint(1, 3))
        for hour in sorted(prose.rng.sample(range(8, 19), prose.rng.randint(1, 3))):
            if len(made) == COUNT:
                break
            if len(made) == 11 and hour > 8:
                hour = 0  # 00:40 local time
            moment = day.replace(hour=hour, minute=prose.rng.choice([5, 20, 40, 55]))
            moment = moment.replace(tzinfo=CEST if moment >= datetime(2024, 3, 31, 2) else CET)
            slots = prose.slots()
            title = prose.title(slots)
            if len(made) in TWINS:  # two titles alike in their first 40 characters: one slug
                slots.update(a="Estonia", b="Jordan", topic=TWINS[len(made)])
                title = "Estonia and Jordan agree to deepen cooperation on {topic}".format(**slots)
            slug = blogger_slug(title, slugs)
            labels = sorted(prose.rng.sample(LABELS, 1 + len(made) % 2))
            made.append(Article(
                url=out.url(f"/{moment:%Y/%m}/{slug}.html"), title=title,
                blocks=prose.body(slots, with_list=len(made) % 5 == 1),
                authors=[AUTHORS[len(made) % 3 == 2]], published=moment.isoformat(),
                section="", tags=labels, slug=slug, id=int(BLOG_ID[:10]) * 10 ** 9 + len(made) * 7919))
    return made


def blogger_slug(title: str, taken: set[str]) -> str:
    """Blogger's permalink: the title's words up to about 40 characters, ``_NN`` when taken."""
    slug = ""
    for word in slugify(title).split("-"):
        if len(slug) + len(word) > 40:
            break
        slug = f"{slug}-{word}" if slug else word
    if slug in taken:
        slug += f"_{len(taken) % 90 + 10}"
    taken.add(slug)
    return slug


def path_of(out: Writer, article: Article) -> str:
    return article.url.removeprefix(out.base_url)


def moment_of(article: Article) -> datetime:
    return datetime.fromisoformat(article.published)


def jump_break(article: Article) -> bool:
    """Whether the author put a jump break in the post: listings show it up to there."""
    return article.id % 3 == 0


def body_html(article: Article, upto_break: bool = False) -> str:
    """The post's body as Blogger's editor writes it: paragraphs as lines of ``<div>``s
    with an empty ``<div><br></div>`` between them, or as text between ``<br>``s;
    headings as ``<h3>``, lists as ``<ul>``; a picture in a ``separator`` div; the
    jump break an ``<a name="more">`` after the first paragraph."""
    picture = (f'<div class="separator" style="clear: both; text-align: center;"><a href="/img/{article.id}/s1600/photo.jpg" '
               f'style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="683" '
               f'src="/img/{article.id}/s640/photo.jpg" width="640" /></a></div>')
    parts = [picture]
    divs = article.id % 2 == 0
    for number, block in enumerate(article.blocks):
        if block.kind == "h2":
            parts.append(f"<h3>{escape(block.text)}</h3>")
        elif block.kind == "ul":
            parts.append(block.html())
        elif divs:
            parts.append(f'<div style="text-align: justify;">{escape(block.text)}</div><div style="text-align: justify;"><br /></div>')
        else:
            parts.append(f"{escape(block.text)}<br /><br />")
        if number == 0 and jump_break(article):
            if upto_break:
                return "\n".join(parts)
            parts.append('<a name="more"></a>')
    return "\n".join(parts)


def post_html(out: Writer, article: Article, whole_page: bool) -> str:
    """One ``div.post-outer``: title link, body, and Blogger's post footer."""
    moment = moment_of(article)
    cut = not whole_page and jump_break(article)
    more = (f'<div class="jump-link"><a href="{article.url}#more" title="{escape(article.title)}">Read more »</a></div>'
            if cut else "")
    labels = ", ".join(f'<a href="{out.base_url}/search/label/{quote(t)}" rel="tag">{escape(t)}</a>' for t in article.tags)
    share = "".join(f'<a class="goog-inline-block share-button sb-{kind}" href="https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={article.id}&amp;target={kind}" '
                    f'target="_blank" title="{name}"><span class="share-button-link-text">{name}</span></a>'
                    for kind, name in (("email", "Email This"), ("blog", "BlogThis!"), ("twitter", "Share to X"),
                                       ("facebook", "Share to Facebook")))
    return f"""<div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="{out.base_url}/img/{article.id}/s640/photo.jpg" itemprop="image_url" />
<meta content="{BLOG_ID}" itemprop="blogId" /><meta content="{article.id}" itemprop="postId" />
<a name="{article.id}"></a>
<h3 class="post-title entry-title" itemprop="name"><a href="{article.url}">{escape(article.title)}</a></h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{article.id}" itemprop="description articleBody">
{body_html(article, upto_break=cut)}
<div style="clear: both;"></div>
</div>
{more}
<div class="post-footer">
<div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">
<meta content="{out.base_url}{PROFILE}" itemprop="url" /><a class="g-profile" href="{out.base_url}{PROFILE}" rel="author" title="author profile"><span itemprop="name">{escape(article.authors[0])}</span></a></span></span>
<span class="post-timestamp"> at <meta content="{article.url}" itemprop="url" /><a class="timestamp-link" href="{article.url}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{article.published}">{moment:%H:%M}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="{article.url}#comment-form" onclick="">No comments:</a></span>
<span class="post-icons"><span class="item-control blog-admin pid-1"><a href="https://www.blogger.com/post-edit.g?blogID={BLOG_ID}&amp;postID={article.id}&amp;from=pencil" title="Edit Post"><img alt="" class="icon-action" height="18" src="https://resources.blogblog.com/img/icon18_edit_allbkg.gif" width="18" /></a></span></span>
<div class="post-share-buttons goog-inline-block">{share}</div>
</div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {labels}</span></div>
<div class="post-footer-line post-footer-line-3"><span class="post-location"></span></div>
</div>
</div>
</div>"""


def days_html(out: Writer, posts: list[Article], whole_page: bool = False) -> str:
    """Posts grouped by their day: one ``div.date-outer`` and ``h2.date-header`` a day."""
    groups: list[list[Article]] = []
    for post in posts:
        if groups and moment_of(groups[-1][0]).date() == moment_of(post).date():
            groups[-1].append(post)
        else:
            groups.append([post])
    return "\n".join(f"""<div class="date-outer">
<h2 class="date-header"><span>{moment_of(g[0]):%A, %B} {moment_of(g[0]).day}, {moment_of(g[0]):%Y}</span></h2>
<div class="date-posts">
{"".join(post_html(out, p, whole_page) for p in g)}
</div></div>""" for g in groups)


def cursor(moment: datetime) -> str:
    """Blogger's cursor: the timestamp of the last post shown, its offset's ``+`` encoded."""
    return quote(moment.isoformat(timespec="milliseconds"), safe=":")


def older_link(out: Writer, search: str, posts: list[Article], shown: int) -> str:
    if shown >= len(posts):
        return ""
    href = f"{out.base_url}{search}?updated-max={cursor(moment_of(posts[shown - 1]))}&amp;max-results={PER_PAGE}"
    return f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{href}" id="Blog1_blog-pager-older-link" title="Older Posts">Older Posts</a></span>'


def cursor_pages(out: Writer, first: str, search: str, posts: list[Article], side: str, status: str = "") -> None:
    """A listing paged by Blogger's cursor: each page's "Older Posts" names the time of its
    last post (``updated-max``), "Newer Posts" the time of its first (``updated-min``)."""
    for start in range(0, len(posts), PER_PAGE):
        chunk = posts[start:start + PER_PAGE]
        here = first if not start else \
            f"{search}?updated-max={cursor(moment_of(posts[start - 1]))}&max-results={PER_PAGE}"
        newer = "" if not start else (
            f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{out.base_url}{search}?updated-min='
            f'{cursor(moment_of(chunk[0]))}&amp;max-results={PER_PAGE}&amp;reverse-paginate=true" '
            f'id="Blog1_blog-pager-newer-link" title="Newer Posts">Newer Posts</a></span>')
        pager = newer + older_link(out, search, posts, start + PER_PAGE)
        out.add(here, listing(out, chunk, side, pager, status=status, home="/" if start or status else ""))


def listing(out: Writer, posts: list[Article], side: str, pager: str, status: str = "", home: str = "") -> str:
    status = f'<div class="status-msg-wrap"><div class="status-msg-body">{status}</div></div>' if status else ""
    home = f'<a class="home-link" href="{out.base_url}/">Home</a>' if home else ""
    main = f"""{status}<div class="blog-posts hfeed">
{days_html(out, posts)}
</div>
<div class="blog-pager" id="blog-pager">{pager}{home}</div>
<div class="clear"></div>
<div class="blog-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="{out.base_url}/feeds/posts/default" target="_blank" type="application/atom+xml">Posts (Atom)</a></div></div>"""
    return frame(out, BLOG, f"{out.base_url}/", main, side, BLOG + " news from the embassy")


def post_page(out: Writer, post: Article, newer: Article | None, older: Article | None, side: str) -> str:
    links = (f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{newer.url}" title="Newer Post">Newer Post</a></span>' if newer else "") + \
        (f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{older.url}" title="Older Post">Older Post</a></span>' if older else "")
    comments = (f'<dl class="avatar-comment-indent" id="comments-block"><dt class="comment-author">Anonymous said...</dt>'
                f'<dd class="comment-body"><p>{COMMENT} visit, and thanks for the photographs.</p></dd>'
                f'<dd class="comment-footer"><span class="comment-timestamp"><a href="{post.url}?showComment=1715500000000#c1" title="comment permalink">12 May 2024 at 14:02</a></span></dd></dl>'
                if post.id % 4 == 1 else '<dl class="avatar-comment-indent" id="comments-block"></dl>')
    count = "1 comment:" if post.id % 4 == 1 else "No comments:"
    main = f"""<div class="blog-posts hfeed">
{days_html(out, [post], whole_page=True)}
<div class="comments" id="comments"><a name="comments"></a><h4>{count}</h4>
<div id="Blog1_comments-block-wrapper">{comments}</div>
<p class="comment-footer"></p><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4>
<p></p><a href="https://www.blogger.com/comment/frame/{BLOG_ID}?po={post.id}&amp;hl=en" id="comment-editor-src"></a>
<iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div>
</div>
</div>
<div class="blog-pager" id="blog-pager">{links}<a class="home-link" href="{out.base_url}/">Home</a></div>
<div class="clear"></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="{out.base_url}/feeds/{post.id}/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div>"""
    head = f'<link rel="alternate" type="application/atom+xml" title="{BLOG} - Atom" href="{out.base_url}/feeds/{post.id}/comments/default" />'
    return frame(out, f"{BLOG}: {post.title}", post.url, main, side, excerpt(post.blocks, 30), post.title, head)


def static_page(out: Writer, path: str, title: str, text: str, side: str) -> str:
    main = f"""<div class="blog-posts hfeed"><div class="date-outer"><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">{escape(title)}</h3>
<div class="post-body entry-content" itemprop="description articleBody">{escape(text)}<br /></div>
</div></div></div></div></div>"""
    return frame(out, f"{BLOG}: {title}", out.url(path), main, side, text[:150], title)


def profile_page(out: Writer) -> str:
    return f"""<!DOCTYPE html><html><head><title>Blogger: User Profile: Embassy Press Office</title></head>
<body><div class="profile"><h1>Embassy Press Office</h1><p>Location: Vienna, Austria</p>
<h2>My blogs</h2><ul><li><a href="{out.base_url}/">{BLOG}</a></li></ul></div></body></html>"""


def sidebar(out: Writer, newest: list[Article], popular: list[Article]) -> str:
    """Blogger's sidebar widgets: Popular Posts (with snippets), Labels, Blog Archive
    (the newest month open, its posts' titles listed), About Me."""
    hot = "".join(f"""<li><div class="item-content"><div class="item-title"><a href="{a.url}">{escape(a.title)}</a></div>
<div class="item-snippet">{escape(excerpt(a.blocks, 18))}</div></div><div style="clear: both;"></div></li>""" for a in popular)
    labels = "".join(f'<li><a dir="ltr" href="{out.base_url}/search/label/{quote(t)}">{escape(t)}</a>'
                     f'<span dir="ltr">({sum(t in a.tags for a in newest)})</span></li>' for t in LABELS)
    months = sorted({a.published[:7] for a in newest}, reverse=True)
    archive = ""
    for number, month in enumerate(months):
        members = [a for a in newest if a.published.startswith(month)]
        name = datetime.strptime(month, "%Y-%m").strftime("%B")
        titles = "".join(f'<li><a href="{a.url}">{escape(a.title)}</a></li>' for a in members) if not number else ""
        archive += (f'<li class="archivedate {"expanded" if not number else "collapsed"}"><a class="toggle" href="javascript:void(0)">'
                    f'<span class="zippy">{"▼" if not number else "►"}&nbsp;</span></a><a class="post-count-link" '
                    f'href="{out.base_url}/{month.replace("-", "/")}/">{name}</a> <span class="post-count" dir="ltr">({len(members)})</span>'
                    f'{f"<ul class=posts>{titles}</ul>" if titles else ""}</li>')
    return f"""<div class="sidebar section" id="sidebar-right-1">
<div class="widget BlogSearch" id="BlogSearch1"><h2 class="title">Search This Blog</h2><div class="widget-content">
<form action="{out.base_url}/search" class="gsc-search-box"><input name="q" type="text" /><input type="submit" value="Search" /></form></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>{hot}</ul></div></div>
<div class="widget Label" id="Label1"><h2>Labels</h2><div class="widget-content list-label-widget-content"><ul>{labels}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="hierarchy">
<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="{out.base_url}/2024/">2024</a> <span class="post-count" dir="ltr">({len(newest)})</span>
<ul class="hierarchy">{archive}</ul></li></ul></div></div></div></div>
<div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="{out.base_url}{PROFILE}"><img alt="My photo" class="profile-img" height="80" src="{out.base_url}/img/profile/s80/logo.png" width="80" /></a>
<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="{out.base_url}{PROFILE}" rel="author">Embassy Press Office</a></dt>
<dd class="profile-textblock">The press office of the Embassy of Valdoria in Vienna.</dd></dl>
<a class="profile-link" href="{out.base_url}{PROFILE}" rel="author">View my complete profile</a></div></div>
</div>"""


def frame(out: Writer, title: str, url: str, main: str, side: str, description: str,
          og_title: str | None = None, head: str = "") -> str:
    mobile = url + ("&" if "?" in url else "?") + "m=1"
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="blogger" name="generator" />
<link href="{out.base_url}/favicon.ico" rel="icon" type="image/x-icon" />
<link href="{url}" rel="canonical" />
<link rel="alternate" type="application/atom+xml" title="{BLOG} - Atom" href="{out.base_url}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{BLOG} - RSS" href="{out.base_url}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{BLOG} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
{head}
<link rel="alternate" media="only screen and (max-width: 640px)" href="{mobile}" />
<meta content="{url}" property="og:url" />
<meta content="{escape(og_title or BLOG)}" property="og:title" />
<meta content="{escape(description)}" property="og:description" />
<title>{escape(title)}</title>
<link href="{out.base_url}/static/v1/widgets/2437439463-css_bundle_v2.css" rel="stylesheet" type="text/css" />
<script src="{out.base_url}/static/v1/widgets/2873449487-widgets.js" type="text/javascript"></script>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.com/navbar/{BLOG_ID}?origin={out.base_url}" title="Blogger Navigation and Search"></iframe></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="{out.base_url}/">{BLOG}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>News and press releases of the embassy</span></p></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><div class="widget-content"><ul>
<li class="selected"><a href="{out.base_url}/">Home</a></li>{"".join(f'<li><a href="{out.base_url}{p}">{escape(t)}</a></li>' for p, (t, _) in STATIC.items())}</ul></div></div></div></div>
<div class="main-outer"><div class="main-inner columns-fancy"><div class="columns-inner">
<div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
{main}
<div class="blog-mobile-link"><a href="{mobile}">View mobile version</a></div>
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside>{side}</aside></div></div>
</div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">
Theme images by <a href="http://www.istockphoto.com/">luoman</a>. Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div>
<div class="widget ReportAbuse" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="https://www.blogger.com/go/report-abuse" target="_blank">Report Abuse</a></h3></div></div></div></footer>
</div></div></div>
</body>
</html>
"""


def mobile_head(out: Writer, url: str, title: str) -> str:
    desktop = url + ("&" if "?" in url else "?") + "m=0"
    return (f'<!DOCTYPE html><html><head><meta content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0" name="viewport" />'
            f'<link href="{url}" rel="canonical" /><title>{escape(title)}</title></head><body class="mobile variant-simplysimple">'
            f'<div class="header-outer"><h1 class="title"><a href="{out.base_url}/?m=1">{BLOG}</a></h1></div>'), \
        (f'<div class="mobile-desktop-link"><a class="home-link" href="{desktop}">View web version</a></div>'
         f'<div class="footer-outer">Powered by <a href="https://www.blogger.com">Blogger</a>.</div></body></html>')


def mobile_post(out: Writer, post: Article) -> str:
    """The post's mobile copy (``?m=1``): the same post in Blogger's mobile template."""
    top, bottom = mobile_head(out, post.url, f"{BLOG}: {post.title}")
    return top + f"""<div class="blog-posts hfeed"><div class="date-outer">
<h2 class="date-header"><span>{moment_of(post):%A, %B} {moment_of(post).day}, {moment_of(post):%Y}</span></h2>
<div class="mobile-post-outer"><h3 class="post-title entry-title">{escape(post.title)}</h3>
<div class="post-body entry-content">{body_html(post)}</div>
<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">{escape(post.authors[0])}</span></span>
<span class="post-timestamp"> at <abbr class="published" title="{post.published}">{moment_of(post):%H:%M}</abbr></span></div></div></div></div>""" + bottom


def mobile_home(out: Writer, posts: list[Article]) -> str:
    top, bottom = mobile_head(out, out.url("/"), BLOG)
    items = "".join(f"""<div class="mobile-post-outer"><a href="{a.url}?m=1"><h3 class="mobile-index-title entry-title">{escape(a.title)}</h3>
<div class="mobile-index-date">{moment_of(a):%d %b %Y}</div><div class="mobile-index-contents"><div class="post-body">{escape(excerpt(a.blocks, 20))}</div></div></a></div>"""
                    for a in posts)
    return top + f'<div class="blog-posts hfeed">{items}</div>' + bottom


def feeds(out: Writer, newest: list[Article]) -> None:
    """The Atom feed (/feeds/posts/default) and its RSS form (``?alt=rss``): 25 posts."""
    entries = "".join(f"""<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{a.id}</id><published>{a.published}</published>
<category scheme="http://www.blogger.com/atom/ns#" term="{escape(a.section)}"/><title type="text">{escape(a.title)}</title>
<content type="html">{escape(body_html(a))}</content>
<link rel="replies" type="application/atom+xml" href="{out.base_url}/feeds/{a.id}/comments/default" title="Post Comments"/>
<link rel="replies" type="text/html" href="{a.url}#comment-form" title="0 Comments"/>
<link rel="edit" type="application/atom+xml" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{a.id}"/>
<link rel="self" type="application/atom+xml" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{a.id}"/>
<link rel="alternate" type="text/html" href="{a.url}" title="{escape(a.title)}"/>
<author><name>{escape(a.authors[0])}</name><uri>{out.base_url}{PROFILE}</uri></author></entry>""" for a in newest[:FEED_SIZE])
    out.add("/feeds/posts/default", f"""<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>
<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{newest[0].published}</updated><title type='text'>{BLOG}</title>
<link rel='alternate' type='text/html' href='{out.base_url}/'/><link rel='next' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default?start-index=26&amp;max-results=25'/>
<openSearch:totalResults>{len(newest)}</openSearch:totalResults>{entries}</feed>""", "application/atom+xml; charset=UTF-8")
    items = "".join(f"""<item><guid isPermaLink="false">tag:blogger.com,1999:blog-{BLOG_ID}.post-{a.id}</guid><pubDate>{moment_of(a):%a, %d %b %Y %H:%M:%S %z}</pubDate>
<category domain="http://www.blogger.com/atom/ns#">{escape(a.section)}</category><title>{escape(a.title)}</title>
<description>{escape(body_html(a))}</description><link>{a.url}</link><author>noreply@blogger.com ({escape(a.authors[0])})</author></item>"""
                    for a in newest[:FEED_SIZE])
    out.add("/feeds/posts/default?alt=rss", f"""<?xml version='1.0' encoding='UTF-8'?><rss version="2.0"><channel>
<title>{BLOG}</title><link>{out.base_url}/</link><description>News and press releases of the embassy</description>{items}</channel></rss>""",
            "application/rss+xml; charset=UTF-8")


def sitemaps(out: Writer, newest: list[Article]) -> None:
    """Blogger's sitemap: an index naming ``/sitemap.xml?page=1``, which lists every post."""
    out.add("/sitemap.xml", f"""<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{out.base_url}/sitemap.xml?page=1</loc></sitemap></sitemapindex>""", "application/xml; charset=UTF-8")
    urls = "".join(f"<url><loc>{a.url}</loc><lastmod>{moment_of(a).astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ}</lastmod></url>"
                   for a in newest)
    out.add("/sitemap.xml?page=1", f"""<?xml version='1.0' encoding='UTF-8'?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>""",
            "application/xml; charset=UTF-8")
    pages = "".join(f"<url><loc>{out.url(path)}</loc><lastmod>2024-02-01T09:00:00Z</lastmod></url>" for path in STATIC)
    out.add("/sitemap-pages.xml", f"""<?xml version='1.0' encoding='UTF-8'?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{pages}</urlset>""",
            "application/xml; charset=UTF-8")
