"""HTML of the fault sites: news articles (with JSON-LD, as real ones have) and section pages."""

from __future__ import annotations

import html
import json
import random

WORDS = (
    "minister ambassador embassy summit treaty delegation sanctions ceasefire talks "
    "consulate envoy communique bilateral multilateral council resolution agreement "
    "negotiations border trade security cooperation dialogue statement visit mission "
    "parliament foreign affairs spokesman president delegate accord protocol visa "
    "humanitarian corridor observers mandate assembly charter tribunal reparations "
    "memorandum signing ceremony capital region partners allies neighbours energy grain"
).split()


def paragraphs(seed: str, count: int = 6, words: int = 45) -> list[str]:
    """Distinct, deterministic prose for one article (each seed its own text)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        chosen = [rng.choice(WORDS) for _ in range(words)]
        out.append(" ".join(chosen).capitalize() + ".")
    return out


def article(title: str, paras: list[str], *, url: str = "", lang: str = "en",
            charset: str | None = "utf-8", extra_head: str = "", extra_body: str = "",
            canonical: str | None = None, depth: int = 0) -> str:
    """A news article page: og:type article, JSON-LD NewsArticle, body in <article>
    (inside ``depth`` nested <div>s)."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": title, "datePublished": "2024-03-05T10:00:00+00:00",
                     "author": {"@type": "Person", "name": "Anna Petrova"}})
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    body = "<div>" * depth + "\n".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</div>" * depth
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>{meta_charset}
<title>{html.escape(title)}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-05T10:00:00+00:00">
{link}
<script type="application/ld+json">{ld}</script>
{extra_head}
</head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><article>
<h1>{html.escape(title)}</h1>
<p class="byline">By Anna Petrova</p>
{body}
</article></main>
{extra_body}
<footer><p>Fault Site News</p></footer>
</body></html>"""


def section(title: str, links: list[str], *, next_url: str | None = None,
            feeds: list[str] = ()) -> str:
    """A section page listing article links, with a rel=next link and feed links."""
    items = "\n".join(
        f'<article class="teaser"><h2><a href="{html.escape(u)}">{html.escape(u)}</a></h2></article>'
        for u in links
    )
    nxt = f'<link rel="next" href="{html.escape(next_url)}">' if next_url else ""
    nav = f'<a rel="next" href="{html.escape(next_url)}">Older posts</a>' if next_url else ""
    alt = "\n".join(f'<link rel="alternate" type="application/rss+xml" href="{html.escape(f)}">'
                    for f in feeds)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="og:type" content="website">{nxt}
{alt}
</head><body>
<main><h1>{html.escape(title)}</h1>
{items}
<div class="pagination">{nav}</div>
</main></body></html>"""


def slug_title(path: str) -> str:
    """'Ambassador meets envoy in Vienna' from /news/ambassador-meets-envoy-in-vienna/."""
    slug = [s for s in path.split("?")[0].split("/") if s][-1]
    return slug.replace("-", " ").capitalize()
