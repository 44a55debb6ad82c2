"""The layers of docs/architecture.md: each package imports only those below it,
no module outside tests, benchmarks and the demo's content is over 500 lines."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

#: Each package of ours, lowest layer first, with the packages of ours it may import.
LAYERS = {
    "archive": set(),
    "extraction": {"archive"},
    "middlewares": {"archive", "extraction"},
    "spiders": {"archive", "extraction", "middlewares"},
    "pipelines": {"archive", "extraction", "middlewares", "spiders"},
    "crawler": {"archive", "extraction", "middlewares", "spiders", "pipelines"},
}
#: Libraries a layer must not import (the formats and extraction run without Scrapy).
FORBIDDEN = {
    "archive": {"scrapy", "twisted", "scrapy_redis", "trafilatura", "lxml"},
    "extraction": {"scrapy", "twisted", "scrapy_redis"},
}
MAX_LINES = 500
#: Content, not code: the demo site's articles and page templates.
LONG_ALLOWED = {"crawler/demo/content.py", "crawler/demo/render.py"}


def modules(package: str):
    for path in sorted((REPO / package).rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def imported(tree: ast.AST) -> set[str]:
    """Top-level names of every module an import statement names (any depth)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_each_package_imports_only_the_layers_below():
    wrong = []
    for package, allowed in LAYERS.items():
        for path, tree in modules(package):
            ours = imported(tree) & set(LAYERS) - {package}
            for name in sorted(ours - allowed):
                wrong.append(f"{path.relative_to(REPO)} imports {name}")
            for name in sorted(imported(tree) & FORBIDDEN.get(package, set())):
                wrong.append(f"{path.relative_to(REPO)} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_no_module_over_500_lines():
    long = []
    for package in LAYERS:
        for path in (REPO / package).rglob("*.py"):
            name = str(path.relative_to(REPO))
            count = len(path.read_text(encoding="utf-8").splitlines())
            if count > MAX_LINES and name not in LONG_ALLOWED:
                long.append(f"{name}: {count} lines")
    assert not long, "\n".join(long)


def test_every_package_is_installed():
    """pyproject.toml ships every package of the layers."""
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    for package in LAYERS:
        assert f'"{package}*"' in text, package
    assert all((REPO / p / "__init__.py").is_file() for p in LAYERS)


def test_the_layer_table_names_what_is_there():
    packages = {p.name for p in REPO.iterdir() if (p / "__init__.py").is_file()}
    assert packages - {"tests", "bench"} == set(LAYERS)
    assert Path(REPO / "docs" / "architecture.md").is_file()
