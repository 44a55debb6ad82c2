"""HTML pages of the demo site: a WordPress news theme with all its furniture.

Article pages carry the furniture that extraction must strip (menus, breadcrumb,
share bar, image caption, "Also Read" line, tags, author box, related posts,
comment form, sidebar, footer, cookie notice); the body is only the article's
blocks inside ``div.entry-content``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from .content import Article, Author, Category, Site, Tag, display_date
from .templating import Templates, attr, json_ld, text

PER_PAGE = 5
HOME_COUNT = 10
#: On section pages, the teaser at this position (0-based) links with tracking parameters.
UTM_TEASER_POSITION = 1
#: (section path, page number, position) of the one teaser that links to an AMP page.
AMP_TEASER = ("/category/news/diplomatic-news/", 2, 2)


def page_path(base_path: str, number: int) -> str:
    """WordPress pagination: page 1 at ``base/``, page N at ``base/page/N/``."""
    return base_path if number == 1 else f"{base_path}page/{number}/"


def chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def category_trail(category: Category) -> list[tuple[str, str]]:
    """(name, path) from the top category down to ``category``."""
    trail = category_trail(category.parent) if category.parent else []
    return trail + [(category.name, category.path)]


def furniture_positions(body: list[dict]) -> tuple[int, int]:
    """Where the figure and the "Also Read" line go among the body blocks.

    The figure goes about two thirds down; the "Also Read" line before the last
    sub-heading after the figure, or else before the last block. For the seed
    article this matches the original page.
    """
    count = len(body)
    figure_at = min(count, max(1, 2 * count // 3))
    later_headings = [i for i, block in enumerate(body) if "h2" in block and i >= figure_at]
    also_read_at = later_headings[-1] if later_headings else max(figure_at, count - 1)
    return figure_at, also_read_at


def block_html(block: dict) -> str:
    if "ul" in block:
        items = "\n".join(f"<li>{text(item)}</li>" for item in block["ul"])
        return f'<ul class="wp-block-list">\n{items}\n</ul>'
    if "h2" in block:
        return f'<h2 class="wp-block-heading">{text(block["h2"])}</h2>'
    return f"<p>{text(block['p'])}</p>"


@dataclass
class Head:
    """What goes into ``<head>`` besides the site-wide lines."""

    title: str
    description: str
    canonical: str | None
    og_type: str
    graph: list[dict]
    meta: list[tuple[str, str, str]] = field(default_factory=list)  # (attribute, name, content)
    links: list[str] = field(default_factory=list)  # ready-made <link> elements
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"


@dataclass
class Listing:
    """A list of teasers: a category, a tag, an author, paginated ``PER_PAGE`` a page."""

    path: str
    name: str
    description: str  # plain text, for meta description
    heading: str  # HTML
    intro: str  # HTML
    articles: list[Article]
    trail: list[tuple[str, str]]  # breadcrumb above the listing itself
    og_type: str = "website"
    page_type: str = "CollectionPage"
    feed_path: str | None = None
    extra_nodes: list[dict] = field(default_factory=list)
    tracked: bool = False  # section pages: some teaser links carry utm parameters / AMP


class Renderer:
    """Renders every HTML page of one ``Site``."""

    def __init__(self, site: Site, templates: Templates):
        self.site = site
        self.templates = templates
        self.header = self._header()
        self.sidebar = self._sidebar()
        self.footer = self._footer()

    # -- site-wide chrome -------------------------------------------------

    def _social_items(self) -> str:
        return "".join(f'<li><a href="{attr(url)}" target="_blank" rel="noopener">{text(name)}</a></li>'
                       for name, url in self.site.info["social"].items())

    def _header(self) -> str:
        menu = []
        for parent in self.site.parents():
            children = "".join(f'<li class="menu-item"><a href="{attr(s.path)}">{text(s.name)}</a></li>'
                               for s in self.site.sections if s.parent == parent)
            menu.append(f'<li class="menu-item menu-item-has-children"><a href="{attr(parent.path)}">'
                        f'{text(parent.name)}</a>\n<ul class="sub-menu">{children}</ul></li>')
        menu += [f'<li class="menu-item"><a href="{attr(s.path)}">{text(s.name)}</a></li>'
                 for s in self.site.sections if s.parent is None]
        return self.templates.render("header.html", social=self._social_items(),
                                     site_name=attr(self.site.name),
                                     tagline=text(self.site.info["tagline"]), menu="\n".join(menu))

    def _sidebar(self) -> str:
        popular = "\n".join(
            f'<li><a href="{attr(a.path)}">{text(a.title)}</a> '
            f'<time datetime="{a.published.isoformat()}">{display_date(a.published)}</time></li>'
            for a in self.site.popular)
        categories = "\n".join(
            f'<li class="cat-item"><a href="{attr(s.path)}">{text(s.name)}</a> '
            f'({len(self.site.in_category(s))})</li>' for s in self.site.sections)
        return self.templates.render("sidebar.html", social=self._social_items(),
                                     popular=popular, categories=categories)

    def _footer(self) -> str:
        sections = "\n".join(f'<li><a href="{attr(s.path)}">{text(s.name)}</a></li>'
                             for s in self.site.sections)
        return self.templates.render("footer.html", site_name=text(self.site.name), sections=sections)

    # -- <head> and JSON-LD -----------------------------------------------

    def _site_nodes(self) -> list[dict]:
        base = self.site.url("/")
        logo = self.site.url("/wp-content/uploads/logo.svg")
        return [
            {"@type": "WebSite", "@id": base + "#website", "url": base, "name": self.site.name,
             "description": self.site.info["tagline"], "publisher": {"@id": base + "#organization"},
             "potentialAction": [{"@type": "SearchAction",
                                  "target": {"@type": "EntryPoint",
                                             "urlTemplate": base + "?s={search_term_string}"},
                                  "query-input": "required name=search_term_string"}],
             "inLanguage": "en-US"},
            {"@type": "Organization", "@id": base + "#organization", "name": self.site.name,
             "url": base,
             "logo": {"@type": "ImageObject", "@id": base + "#/schema/logo/image/", "url": logo,
                      "contentUrl": logo, "width": 320, "height": 64, "caption": self.site.name},
             "image": {"@id": base + "#/schema/logo/image/"},
             "sameAs": list(self.site.info["social"].values())},
        ]

    def _person(self, author: Author) -> dict:
        return {"@type": "Person", "@id": self.site.url(f"/#/schema/person/{author.slug}"),
                "name": author.name, "description": author.bio,
                "image": {"@type": "ImageObject", "url": self.site.url(author.avatar_path)},
                "url": self.site.url(author.path)}

    def _breadcrumb_node(self, page_url: str, trail: list[tuple[str, str | None]]) -> dict:
        items = []
        for position, (name, path) in enumerate(trail, start=1):
            item = {"@type": "ListItem", "position": position, "name": name}
            if path is not None:
                item["item"] = self.site.url(path)
            items.append(item)
        return {"@type": "BreadcrumbList", "@id": page_url + "#breadcrumb", "itemListElement": items}

    def _page_node(self, page_type: str, page_url: str, name: str, description: str) -> dict:
        return {"@type": page_type, "@id": page_url, "url": page_url, "name": name,
                "isPartOf": {"@id": self.site.url("/#website")}, "description": description,
                "breadcrumb": {"@id": page_url + "#breadcrumb"}, "inLanguage": "en-US"}

    def _head_html(self, head: Head) -> tuple[str, str]:
        meta = [("name", "description", head.description), ("name", "robots", head.robots),
                ("property", "og:locale", "en_US"), ("property", "og:type", head.og_type),
                ("property", "og:title", head.title), ("property", "og:description", head.description)]
        if head.canonical:
            meta.append(("property", "og:url", head.canonical))
        meta += [("property", "og:site_name", self.site.name)] + head.meta
        meta_html = "\n".join(f'<meta {kind}="{attr(name)}" content="{attr(value)}">'
                              for kind, name, value in meta)
        links = ([f'<link rel="canonical" href="{attr(head.canonical)}">'] if head.canonical else [])
        return meta_html, "\n".join(links + head.links)

    @staticmethod
    def _breadcrumb_html(trail: list[tuple[str, str | None]]) -> str:
        parts = [f'<span><a href="{attr(path)}">{text(name)}</a></span>' if path is not None
                 else f'<span class="breadcrumb_last" aria-current="page">{text(name)}</span>'
                 for name, path in trail]
        return ('<nav class="breadcrumbs" aria-label="Breadcrumbs"><p id="breadcrumbs"><span>'
                + " » ".join(parts) + "</span></p></nav>")

    def layout(self, head: Head, main: str, trail: list[tuple[str, str | None]] | None,
               body_class: str) -> str:
        """A whole page: head, header, breadcrumb, main, sidebar, footer, cookie notice."""
        meta_html, links_html = self._head_html(head)
        return self.templates.render(
            "layout.html", title=text(head.title), meta=meta_html, links=links_html,
            site_name=attr(self.site.name), feed_url=attr(self.site.url("/feed/")),
            jsonld=json_ld({"@context": "https://schema.org", "@graph": head.graph}),
            body_class=body_class, header=self.header,
            breadcrumb=self._breadcrumb_html(trail) if trail else "",
            main=main, sidebar=self.sidebar, footer=self.footer)

    # -- article pages ----------------------------------------------------

    def author_links(self, article: Article, vcard: bool = False) -> str:
        links = [f'<a class="url fn n" href="{attr(a.path)}">{text(a.name)}</a>' if vcard
                 else f'<a href="{attr(a.path)}">{text(a.name)}</a>' for a in article.authors]
        if vcard:
            links = [f'<span class="author vcard">{link}</span>' for link in links]
        return " and ".join(links)

    def tag_links(self, article: Article) -> str:
        return ", ".join(f'<a href="{attr(t.path)}" rel="tag">{text(t.name)}</a>' for t in article.tags)

    def body_html(self, article: Article, amp: bool = False, absolute: bool = False) -> str:
        """The entry content: body blocks plus the in-body figure and "Also Read" line.

        Links are root-relative, or absolute with ``absolute`` (for feeds).
        """
        prefix = self.site.base_url if absolute else ""
        blocks = [block_html(block) for block in article.body]
        figure_at, also_read_at = furniture_positions(article.body)
        also_read = self.site.by_title(article.record["also_read"])
        blocks.insert(also_read_at, f'<p><strong>Also Read: <a href="{attr(prefix + also_read.path)}">'
                                    f'{text(also_read.title)}</a></strong></p>')
        alt = attr(article.caption.replace("’", "'"))
        src = attr(prefix + article.figure_path)
        image = (f'<amp-img width="800" height="450" src="{src}" alt="{alt}" '
                 f'layout="responsive"></amp-img>' if amp else
                 f'<img decoding="async" loading="lazy" width="800" height="450" '
                 f'src="{src}" alt="{alt}" class="wp-image-{article.post_id + 1}">')
        blocks.insert(figure_at, f'<figure class="wp-block-image size-large">{image}'
                                 f'<figcaption class="wp-element-caption">{text(article.caption)}'
                                 f'</figcaption></figure>')
        return "\n".join(blocks)

    def _article_graph(self, article: Article) -> list[dict]:
        url = self.site.url(article.path)
        image = self.site.url(article.image_path)
        persons = [self._person(a) for a in article.authors]
        refs = [{"@type": "Person", "name": p["name"], "url": p["url"], "@id": p["@id"]}
                for p in persons]
        news = {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
                "author": refs[0] if len(refs) == 1 else refs, "headline": article.title,
                "datePublished": article.published.isoformat()}
        if article.modified:
            news["dateModified"] = article.modified.isoformat()
        news.update({"mainEntityOfPage": {"@id": url}, "wordCount": article.word_count,
                     "publisher": {"@id": self.site.url("/#organization")},
                     "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": image,
                     "keywords": [t.name for t in article.tags],
                     "articleSection": [article.section.name], "inLanguage": "en-US"})
        page = self._page_node("WebPage", url, f"{article.title} - {self.site.name}",
                               article.description)
        page.update({"primaryImageOfPage": {"@id": url + "#primaryimage"},
                     "datePublished": article.published.isoformat(),
                     "potentialAction": [{"@type": "ReadAction", "target": [url]}]})
        picture = {"@type": "ImageObject", "@id": url + "#primaryimage", "url": image,
                   "contentUrl": image, "width": 800, "height": 450, "caption": article.title}
        trail = [("Home", "/")] + category_trail(article.section) + [(article.title, None)]
        return ([news, page, picture, self._breadcrumb_node(url, trail)]
                + self._site_nodes() + persons)

    def _article_head(self, article: Article) -> Head:
        url = self.site.url(article.path)
        meta = [("property", "article:publisher", self.site.info["social"]["Facebook"]),
                ("property", "article:published_time", article.published.isoformat())]
        if article.modified:
            meta.append(("property", "article:modified_time", article.modified.isoformat()))
        meta += [("property", "article:section", article.section.name)]
        meta += [("property", "article:tag", t.name) for t in article.tags]
        meta += [("property", "og:image", self.site.url(article.image_path)),
                 ("property", "og:image:width", "800"), ("property", "og:image:height", "450"),
                 ("property", "og:image:type", "image/svg+xml"),
                 ("name", "author", ", ".join(a.name for a in article.authors)),
                 ("name", "twitter:card", "summary_large_image"),
                 ("name", "twitter:label1", "Written by"),
                 ("name", "twitter:data1", ", ".join(a.name for a in article.authors)),
                 ("name", "twitter:label2", "Est. reading time"),
                 ("name", "twitter:data2", f"{article.reading_minutes} minutes")]
        links = [f'<link rel="amphtml" href="{attr(self.site.url(article.amp_path))}">',
                 f'<link rel="alternate" type="application/rss+xml" title="{attr(article.section.name)} '
                 f'&raquo; Feed" href="{attr(self.site.url(article.section.feed_path))}">']
        return Head(f"{article.title} - {self.site.name}", article.description, url, "article",
                    self._article_graph(article), meta, links)

    def _author_box(self, author: Author) -> str:
        return (f'<div class="author-box">\n<img alt="{attr(author.name)}" src="{attr(author.avatar_path)}" '
                f'class="avatar avatar-96 photo" height="96" width="96" loading="lazy">\n'
                f'<div class="author-box-content">\n<h4 class="author-name"><a href="{attr(author.path)}" '
                f'rel="author">{text(author.name)}</a></h4>\n'
                f'<p class="author-description">{text(author.bio)}</p>\n</div>\n</div>')

    def _post_nav(self, article: Article) -> str:
        older, newer = self.site.neighbours(article)
        parts = []
        if older:
            parts.append(f'<div class="nav-previous"><a href="{attr(older.path)}" rel="prev">'
                         f'<span class="nav-subtitle">Previous article</span> '
                         f'<span class="nav-title">{text(older.title)}</span></a></div>')
        if newer:
            parts.append(f'<div class="nav-next"><a href="{attr(newer.path)}" rel="next">'
                         f'<span class="nav-subtitle">Next article</span> '
                         f'<span class="nav-title">{text(newer.title)}</span></a></div>')
        return "\n".join(parts)

    def _related(self, article: Article) -> str:
        return "\n".join(
            f'<li class="related-post"><a href="{attr(a.path)}"><img src="{attr(a.image_path)}" '
            f'width="400" height="225" alt="" loading="lazy"></a>\n'
            f'<h4 class="related-post-title"><a href="{attr(a.path)}">{text(a.title)}</a></h4>\n'
            f'<time datetime="{a.published.isoformat()}">{display_date(a.published)}</time></li>'
            for a in self.site.related(article))

    def article_page(self, article: Article) -> str:
        url = self.site.url(article.path)
        updated = ""
        if article.modified:
            updated = (f' <span class="updated-on">Updated: <time class="updated" '
                       f'datetime="{article.modified.isoformat()}">{display_date(article.modified)}'
                       f'</time></span>')
        classes = " ".join([f"category-{article.section.path.rstrip('/').rsplit('/', 1)[-1]}"]
                           + [f"tag-{t.slug}" for t in article.tags])
        main = self.templates.render(
            "article.html", post_id=article.post_id, classes=classes,
            section_path=attr(article.section.path), section_name=text(article.section.name),
            title=text(article.title), author_links=self.author_links(article, vcard=True),
            published_iso=article.published.isoformat(),
            published_display=display_date(article.published), updated=updated,
            reading_minutes=article.reading_minutes, url_q=quote(url, safe=""),
            title_q=quote(article.title, safe=""), image_path=attr(article.image_path),
            body=self.body_html(article), tag_links=self.tag_links(article),
            author_boxes="\n".join(self._author_box(a) for a in article.authors),
            post_nav=self._post_nav(article), related=self._related(article))
        trail = [("Home", "/")] + category_trail(article.section) + [(article.title, None)]
        body_class = (f"post-template-default single single-post postid-{article.post_id} "
                      "single-format-standard")
        return self.layout(self._article_head(article), main, trail, body_class)

    def amp_page(self, article: Article) -> str:
        """The AMP variant at ``/<slug>/amp/``; its canonical is the article URL."""
        url = self.site.url(article.path)
        graph = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
                 "mainEntityOfPage": url, "datePublished": article.published.isoformat(),
                 "author": [{"@type": "Person", "name": a.name} for a in article.authors]}
        return self.templates.render(
            "amp.html", page_title=text(f"{article.title} - {self.site.name}"), canonical=attr(url),
            jsonld=json_ld(graph), site_name=text(self.site.name), title=text(article.title),
            author_names=text(", ".join(a.name for a in article.authors)),
            published_iso=article.published.isoformat(),
            published_display=display_date(article.published), image_path=attr(article.image_path),
            body=self.body_html(article, amp=True), section_path=attr(article.section.path),
            section_name=text(article.section.name), tag_links=self.tag_links(article))

    # -- listings ---------------------------------------------------------

    def teaser(self, article: Article, href: str) -> str:
        return self.templates.render(
            "teaser.html", post_id=article.post_id, href=attr(href),
            image_path=attr(article.image_path), section_path=attr(article.section.path),
            section_name=text(article.section.name), title=text(article.title),
            author_links=self.author_links(article), published_iso=article.published.isoformat(),
            published_display=display_date(article.published), excerpt=text(article.excerpt))

    @staticmethod
    def teaser_href(listing: Listing, article: Article, number: int, position: int) -> str:
        """Section pages link one teaser with utm parameters and one (once) to its AMP page."""
        if not listing.tracked:
            return article.path
        if (listing.path, number, position) == AMP_TEASER:
            return article.amp_path
        if position == UTM_TEASER_POSITION:
            campaign = listing.path.rstrip("/").rsplit("/", 1)[-1]
            return f"{article.path}?utm_source=section-page&utm_medium=web&utm_campaign={campaign}"
        return article.path

    @staticmethod
    def pagination(base_path: str, number: int, count: int) -> str:
        if count <= 1:
            return ""
        links = []
        if number > 1:
            links.append(f'<a class="prev page-numbers" href="{attr(page_path(base_path, number - 1))}">'
                         f'&laquo; Newer posts</a>')
        for n in range(1, count + 1):
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == number
                         else f'<a class="page-numbers" href="{attr(page_path(base_path, n))}">{n}</a>')
        if number < count:
            links.append(f'<a class="next page-numbers" href="{attr(page_path(base_path, number + 1))}">'
                         f'Older posts &raquo;</a>')
        return ('<nav class="navigation pagination" aria-label="Posts">\n'
                '<h2 class="screen-reader-text">Posts navigation</h2>\n'
                f'<div class="nav-links">{" ".join(links)}</div>\n</nav>')

    def listing_pages(self, listing: Listing) -> list[tuple[str, str]]:
        """(path, html) for every page of a listing."""
        pages = chunks(listing.articles, PER_PAGE)
        return [(page_path(listing.path, n), self._listing_page(listing, n, len(pages), items))
                for n, items in enumerate(pages, start=1)]

    def _listing_page(self, listing: Listing, number: int, count: int, items: list[Article]) -> str:
        path = page_path(listing.path, number)
        url = self.site.url(path)
        suffix = f" - Page {number} of {count}" if number > 1 else ""
        title = f"{listing.name} Archives{suffix} - {self.site.name}"
        neighbour = lambda n: attr(self.site.url(page_path(listing.path, n)))
        links = []
        if number > 1:
            links.append(f'<link rel="prev" href="{neighbour(number - 1)}">')
        if number < count:
            links.append(f'<link rel="next" href="{neighbour(number + 1)}">')
        if listing.feed_path:
            links.append(f'<link rel="alternate" type="application/rss+xml" title="{attr(listing.name)} '
                         f'&raquo; Feed" href="{attr(self.site.url(listing.feed_path))}">')
        trail = listing.trail + [(listing.name, None)]
        description = listing.description
        graph = [self._page_node(listing.page_type, url, title, description),
                 self._breadcrumb_node(url, trail)] + self._site_nodes() + listing.extra_nodes
        head = Head(title, description, url, listing.og_type, graph, links=links,
                    robots="index, follow")
        teasers = "\n".join(self.teaser(a, self.teaser_href(listing, a, number, position))
                            for position, a in enumerate(items))
        main = self.templates.render("listing.html", heading=listing.heading, intro=listing.intro,
                                     teasers=teasers,
                                     pagination=self.pagination(listing.path, number, count))
        return self.layout(head, main, trail, f"archive paged-{number} {listing.og_type}")

    def category_listing(self, category: Category) -> Listing:
        trail = [("Home", "/")] + category_trail(category)[:-1]
        return Listing(category.path, category.name, category.description,
                       f'Category: <span>{text(category.name)}</span>',
                       f'<div class="archive-description"><p>{text(category.description)}</p></div>',
                       self.site.in_category(category), trail, feed_path=category.feed_path,
                       tracked=category in self.site.sections)

    def tag_listing(self, tag: Tag) -> Listing:
        articles = [a for a in self.site.articles if tag in a.tags]
        return Listing(tag.path, tag.name, f"Articles tagged {tag.name}.",
                       f'Tag: <span>{text(tag.name)}</span>', "",
                       articles, [("Home", "/")])

    def author_listing(self, author: Author) -> Listing:
        articles = [a for a in self.site.articles if author in a.authors]
        intro = (f'<div class="author-info"><img alt="{attr(author.name)}" src="{attr(author.avatar_path)}" '
                 f'class="avatar avatar-96 photo" height="96" width="96">'
                 f'<p class="author-description">{text(author.bio)}</p></div>')
        return Listing(author.path, author.name, author.bio,
                       f'Author: <span class="vcard">{text(author.name)}</span>',
                       intro, articles, [("Home", "/")], og_type="profile", page_type="ProfilePage",
                       extra_nodes=[self._person(author)])

    # -- home, static pages, 404 ------------------------------------------

    def home_page(self) -> str:
        url = self.site.url("/")
        latest = "\n".join(self.teaser(a, a.path) for a in self.site.articles[:HOME_COUNT])
        blocks = []
        for section in self.site.sections:
            items = "".join(f'<li><a href="{attr(a.path)}">{text(a.title)}</a></li>'
                            for a in self.site.in_category(section)[:3])
            blocks.append(f'<section class="home-section">\n<h2 class="home-section-title">'
                          f'<a href="{attr(section.path)}">{text(section.name)}</a></h2>\n'
                          f'<ul>{items}</ul>\n<a class="view-all" href="{attr(section.path)}">View all</a>\n'
                          f'</section>')
        main = (f'<h1 class="screen-reader-text">{text(self.site.name)}</h1>\n'
                f'<section class="latest-news">\n<h2 class="section-title">Latest News</h2>\n{latest}\n'
                f'</section>\n' + "\n".join(blocks))
        title = f"{self.site.name} - {self.site.info['tagline']}"
        graph = [self._page_node("CollectionPage", url, title, self.site.info["tagline"]),
                 self._breadcrumb_node(url, [("Home", None)])] + self._site_nodes()
        head = Head(title, self.site.info["tagline"], url, "website", graph)
        return self.layout(head, main, None, "home blog")

    def static_page(self, path: str, title: str, description: str, content: str, post_id: int) -> str:
        url = self.site.url(path)
        graph = [self._page_node("WebPage", url, f"{title} - {self.site.name}", description),
                 self._breadcrumb_node(url, [("Home", "/"), (title, None)])] + self._site_nodes()
        head = Head(f"{title} - {self.site.name}", description, url, "website", graph)
        main = self.templates.render("page.html", post_id=post_id, title=text(title), content=content)
        return self.layout(head, main, [("Home", "/"), (title, None)],
                           f"page-template-default page page-id-{post_id}")

    def about_page(self) -> str:
        sections = "\n".join(f'<li><a href="{attr(s.path)}">{text(s.name)}</a>: {text(s.description)}</li>'
                             for s in self.site.sections)
        team = "\n".join(f'<li><a href="{attr(a.path)}">{text(a.name)}</a></li>' for a in self.site.authors())
        content = (
            f"<p>{text(self.site.name)} is an online publication about diplomacy: summits and visits, "
            "the life of embassies and the people who make foreign policy.</p>\n"
            f'<h2>What we cover</h2>\n<ul>\n{sections}\n</ul>\n'
            f"<h2>Our team</h2>\n<ul>\n{team}\n</ul>\n"
            "<h2>About this demo</h2>\n"
            "<p>This site is a demo bundled with Chancery, so that the crawler can be tried and tested "
            "offline. The article “North Korea Foreign Minister pays visit to Russia” by Maha Afzal "
            "Chaudhary was first published by The Diplomatic Insight; the other articles, authors and "
            "interviews are sample texts written for this demo.</p>")
        return self.static_page("/about/", "About Us", f"About {self.site.name}.", content, 2)

    def contact_page(self) -> str:
        email = self.site.info["email"]
        content = (
            "<p>We welcome news from embassies, story ideas and corrections.</p>\n"
            f'<ul>\n<li>Email: <a href="mailto:{attr(email)}">{text(email)}</a></li>\n'
            f"<li>Post: {text(self.site.name)}, Blue Area, Islamabad, Pakistan</li>\n</ul>\n"
            '<form class="wpcf7-form" action="/contact/#wpcf7-f12-o1" method="post">\n'
            '<p><label>Your name<br><input type="text" name="your-name" required></label></p>\n'
            '<p><label>Your email<br><input type="email" name="your-email" required></label></p>\n'
            '<p><label>Subject<br><input type="text" name="your-subject"></label></p>\n'
            '<p><label>Your message<br><textarea name="your-message" rows="6"></textarea></label></p>\n'
            '<p><input type="submit" value="Send"></p>\n</form>')
        return self.static_page("/contact/", "Contact", f"Contact {self.site.name}.", content, 3)

    def not_found_page(self) -> str:
        head = Head(f"Page not found - {self.site.name}", "Page not found.", None, "website",
                    self._site_nodes(), robots="noindex, follow")
        main = ('<section class="error-404 not-found">\n<header class="page-header">'
                '<h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>\n'
                '<div class="page-content"><p>It looks like nothing was found at this location. '
                'Maybe try one of the links below or a search?</p></div>\n</section>')
        return self.layout(head, main, [("Home", "/"), ("Page not found", None)], "error404")

    def login_page(self) -> str:
        return self.templates.render("wp-login.html", site_name=text(self.site.name))
