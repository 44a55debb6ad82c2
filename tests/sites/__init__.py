"""Test sites in the manner of several CMS families, with their gold records.

Each style module has ``build(folder, base_url) -> Built``: it writes a static
site (pages, feeds, sitemaps, robots.txt and a route table) for that base URL
and returns the gold articles, the section URLs to start from, and the
furniture strings it planted.  ``serve(build, folder)`` serves one on
127.0.0.1 (port 0), on the tests' one server, for the length of a ``with`` block.
"""

from . import (arc, aspnet, bitrix, blogger, dnn, drupal, egov, episerver, ghost, govuk, gsb, hugo, jekyll, joomla,
               jpgov, liferay, ministry, modern, newspack, nextjs, plone, sharepoint, sitefinity, spip,
               squarespace, substack, tagdiv, trs, typo3, webflow, wet, wix, wpclassic)
from .base import Article, Block, Built, serve, token_f1, tokens

STYLES = {
    "arc": arc.build,
    "aspnet": aspnet.build,
    "bitrix": bitrix.build,
    "blogger": blogger.build,
    "dnn": dnn.build,
    "drupal": drupal.build,
    "egov": egov.build,
    "episerver": episerver.build,
    "ghost": ghost.build,
    "gsb": gsb.build,
    "govuk": govuk.build,
    "hugo": hugo.build,
    "jekyll": jekyll.build,
    "joomla": joomla.build,
    "jpgov": jpgov.build,
    "liferay": liferay.build,
    "ministry": ministry.build,
    "modern": modern.build,
    "newspack": newspack.build,
    "nextjs": nextjs.build,
    "plone": plone.build,
    "sharepoint": sharepoint.build,
    "sitefinity": sitefinity.build,
    "spip": spip.build,
    "spip-page": spip.build_page_urls,
    "squarespace": squarespace.build,
    "substack": substack.build,
    "tagdiv": tagdiv.build,
    "trs": trs.build,
    "typo3": typo3.build,
    "webflow": webflow.build,
    "wet": wet.build,
    "wix": wix.build,
    "wpclassic": wpclassic.build,
}

__all__ = ["Article", "Block", "Built", "STYLES", "serve", "token_f1", "tokens"]
