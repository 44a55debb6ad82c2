"""Three small diplomatic-news sites for the research columns' tests: a ministry's
press releases, and two news sites that reprint some of them (a dateline in
front, a closing line after), run wire copy, and write their own stories on the
same events (near misses that must not be linked).

``STORIES[site]`` lists each article as (slug, title, published, paragraphs).
"""

from __future__ import annotations

import html
import json

from tests.faults import pages, routes
from tests.server import SiteServer

VISIT = [
    "The Foreign Minister received the Ambassador of Japan at the ministry on Friday morning for a"
    " long conversation on trade, investment and the new air service between the two capitals.",
    "Both sides welcomed the growth of bilateral trade, which doubled over the past five years, and"
    " agreed to open talks on an agreement for the mutual protection of investments before winter.",
    "The Minister thanked Tokyo for its scholarships, which bring forty young engineers to Japanese"
    " universities every year, and proposed a joint committee on technical training and exchanges.",
    "The Ambassador conveyed an invitation from his government to the annual forum of partner"
    " countries in Osaka and said that a delegation of business leaders would visit in the spring.",
    "The two diplomats also discussed the situation in the region, the coming session of the"
    " General Assembly and the cooperation of their delegations in the committees of the assembly.",
]
GEORGIA = [
    "The Foreign Minister arrived in Tbilisi on Friday for a two-day official visit to Georgia at the"
    " invitation of her Georgian counterpart, the first such visit in more than a decade.",
    "The ministers signed a memorandum on political consultations between the two ministries and a"
    " programme of cultural exchanges covering theatre, music, archives and museum collections.",
    "In the talks the Minister stressed her country's support for the sovereignty and territorial"
    " integrity of Georgia and its interest in the transit routes across the South Caucasus.",
    "The delegation laid flowers at the memorial to the victims of the war and met students of the"
    " diplomatic academy, who asked about regional energy projects and about visa requirements.",
    "The Minister will travel on to the Black Sea coast on Saturday to open an honorary consulate in"
    " the port of Batumi and to meet representatives of the business community there.",
]
RURITANIA = [
    "The Ministry of Foreign Affairs is following with concern the events in Ruritania, where the"
    " parliament was dissolved on Tuesday and the elections due in the autumn were postponed.",
    "The Ministry calls on all political forces of Ruritania to show restraint, to respect the"
    " constitution and to settle their differences through dialogue and by lawful means only.",
    "Citizens travelling to Ruritania are advised to follow the recommendations of the embassy in"
    " Strelsau and to register their stay with the consular section on arrival in the country.",
]
RELEASE_NOTE = "This press release was first published by the Ministry of Foreign Affairs."


def reprint(dateline: str, paragraphs: list[str], closing: str) -> list[str]:
    """A news site's copy of a release: a dateline before it, a closing line after."""
    return [f"{dateline} — {paragraphs[0]}", *paragraphs[1:], closing]


SAME_EVENT = [  # the Japan visit, written by a news site's own reporter
    "Japan's envoy spent Friday morning at the ministry, where the Foreign Minister pressed for"
    " quicker work on an investment treaty that officials on both sides have discussed for years.",
    "According to people present, the conversation turned to the new air link to Tokyo, which"
    " carriers say will struggle to fill its seats unless visa rules are relaxed for tourists.",
    "Business groups have welcomed the talks but warn that trade figures flatter the relationship,"
    " since most of the growth came from a single contract for port cranes signed last year.",
    "The ambassador, who took up his post in January, is expected to lead a trade mission to"
    " Osaka in the spring, his office said, without naming the companies that will join it.",
]
FOLLOW_UP = [  # quotes one paragraph of the Georgia release, the rest its own
    "The Minister's trip to the South Caucasus ended on Saturday with the opening of a small"
    " honorary consulate, a gesture that analysts in the capital read as a modest first step.",
    "In the talks the Minister stressed her country's support for the sovereignty and territorial"
    " integrity of Georgia and its interest in the transit routes across the South Caucasus.",
    "Opposition deputies asked why the memorandum on consultations took ten years to sign and"
    " whether the promised cultural programme will have any money attached to it next year.",
    "Officials in Tbilisi were more enthusiastic, describing the visit as the start of regular"
    " meetings, and said a return visit by the Georgian minister could follow before the summer.",
]
AMMAN = [
    "Turkey and Jordan held a round of political consultations in Amman on Monday, led by the"
    " deputy foreign ministers of the two countries, and agreed to meet again in Ankara in June.",
    "The Turkish delegation raised the supply of water and electricity across the region, and the"
    " Jordanian side the return of refugees and the reopening of the border crossings to trade.",
    "Both delegations called for humanitarian access in the region and for a ceasefire, and said"
    " that their ministers would coordinate their positions ahead of the meetings of the autumn.",
]
HOLIDAY = [
    "Turkey prices at farm markets rose by a fifth this month as families ordered birds for the"
    " holiday table earlier than usual, growers told the agricultural weekly on Tuesday.",
    "A farmer from Georgia said that feed costs had doubled, while a basketball fan who shares his"
    " name with Michael Jordan joked that his local market had run out of stuffing and cranberries.",
    "Chad Miller, who runs a poultry cooperative, expects prices to fall again in January once"
    " the holiday demand has passed and the winter flocks are ready for market.",
]

STORIES = {
    "ministry": [
        ("japan-ambassador", "Foreign Minister receives the Ambassador of Japan", "2024-05-03", VISIT),
        ("visit-to-georgia", "Foreign Minister on an official visit to Georgia", "2024-05-10", GEORGIA),
        ("ruritania", "Statement on the situation in Ruritania", "2024-05-14", RURITANIA),
    ],
    "daily": [
        ("minister-sees-japanese-envoy", "Minister sees Japanese envoy on trade and flights",
         "2024-05-04", reprint("PARIS, 3 May (Agency)", VISIT, RELEASE_NOTE)),
        ("japan-envoy-investment-treaty", "Japan's envoy hears a push for an investment treaty",
         "2024-05-05", SAME_EVENT),
        ("turkey-jordan-consultations", "Turkey and Jordan hold consultations in Amman",
         "2024-05-12", AMMAN),
    ],
    "herald": [
        ("wire-japan-talks", "Trade and air links top Japan talks", "2024-05-06",
         reprint("TOKYO, 4 May (Wire)", VISIT, "Reporting by the wire service; editing by the desk.")),
        ("tbilisi-visit-memorandum", "Memorandum signed in Tbilisi", "2024-05-11",
         reprint("TBILISI, 10 May (Wire)", GEORGIA, RELEASE_NOTE)),
        ("caucasus-trip-ends", "Caucasus trip ends with a consulate in Batumi", "2024-05-12",
         FOLLOW_UP),
        ("holiday-turkey-prices", "Turkey prices rise before the holiday", "2024-05-13", HOLIDAY),
    ],
}


def page(title: str, published: str, paragraphs: list[str]) -> str:
    """An article page dated ``published``."""
    stamp = f"{published}T09:00:00+00:00"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": stamp})
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="{stamp}">
<script type="application/ld+json">{ld}</script>
</head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>{html.escape(title)}</h1>
{body}
</article></main><footer><p>Research test site</p></footer></body></html>"""


def publish(server: SiteServer, stories) -> dict[str, str]:
    """Route a site's stories and its /news/ section; returns {slug: URL}."""
    urls = {}
    for slug, title, published, paragraphs in stories:
        path = f"/news/{slug}/"
        server.route(path, routes.page(page(title, published, paragraphs)))
        urls[slug] = server.url(path)
    server.route("/news/", routes.page(pages.section("News", [u for u in urls.values()])))
    return urls
