"""Imported by the extraction workers' fork server (its preload): extraction's
one-time costs (trafilatura's imports, htmldate's and dateparser's tables: about
0.7 s) and the research columns' (datasketch with numpy and scipy, the country
names' tables) are paid there, once, and every worker forked from it starts warm."""

import archive.enrich
import extraction

extraction.warm_up()
archive.enrich.warm_up()
