"""Loading ``string.Template`` files and escaping values for them."""

from __future__ import annotations

import html
import json
from pathlib import Path
from string import Template

TEMPLATE_DIR = Path(__file__).with_name("templates")


class Templates:
    """The files of ``templates/``, read once per build and filled with ``$names``."""

    def __init__(self, folder: Path = TEMPLATE_DIR):
        self._folder = folder
        self._loaded: dict[str, Template] = {}

    def raw(self, name: str) -> str:
        """A template file's text, as is (for static assets such as the stylesheet)."""
        return (self._folder / name).read_text(encoding="utf-8")

    def render(self, name: str, **values: object) -> str:
        """Fill template ``name``; every ``$name`` must be given (a typo fails loudly)."""
        if name not in self._loaded:
            self._loaded[name] = Template(self.raw(name))
        return self._loaded[name].substitute(values)


def text(value: str) -> str:
    """Escape for an HTML text node (quotes stay as typed)."""
    return html.escape(value, quote=False)


def attr(value: str) -> str:
    """Escape for a double-quoted HTML attribute."""
    return html.escape(value, quote=True)


def cdata(value: str) -> str:
    """Make text safe inside ``<![CDATA[...]]>``."""
    return value.replace("]]>", "]]]]><![CDATA[>")


def json_ld(graph: object) -> str:
    """JSON for a ``<script type="application/ld+json">`` element."""
    return json.dumps(graph, ensure_ascii=False, indent=None).replace("</", "<\\/")
