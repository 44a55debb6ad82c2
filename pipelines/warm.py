"""Imported by the extraction workers' fork server (its preload): extraction's
one-time costs (trafilatura's imports, htmldate's and dateparser's tables: about
0.7 s) are paid there, once, and every worker forked from it starts warm."""

from extraction import warm_up

warm_up()
