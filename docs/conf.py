"""Sphinx configuration of dssclient's documentation (built by ``python3 scripts/dev.py docs``)."""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path[:0] = [str(DOCS / "_ext"), str(ROOT), str(ROOT / "generated")]

from dssclient import __version__  # noqa: E402

project = "dssclient"
author = "the dssclient engineers"
copyright = "the dssclient engineers"  # noqa: A001
release = __version__
version = __version__

extensions = [
    "sphinx.ext.autodoc",
    "myst_parser",
    "dssdocs",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_ext"]
myst_heading_anchors = 3

# Every cross-reference must resolve (the build runs with -W -n); names outside dssclient are listed here.
nitpicky = True
nitpick_ignore_regex = [
    # The standard library, httpx and the generated layer have no inventory offline.
    (
        r"py:.*",
        r"(typing|collections\.abc|types|os|io|pathlib|datetime|enum|concurrent\.futures|asyncio|contextlib|threading|logging)\..*",
    ),
    (r"py:.*", r"(httpx|httpcore|attrs|pytest|_pytest)(\..*)?"),
    (r"py:.*", r"dssclient_generated(\..*)?"),
    (
        r"py:class",
        r"(Any|Self|Literal|TypeVar|ParamSpec|Callable|Iterator|AsyncIterator|Iterable|AsyncIterable|Mapping|Sequence|MutableMapping|Awaitable|Coroutine|Generator|AsyncGenerator|ContextManager|AsyncContextManager|TracebackType|BinaryIO|IO|PathLike|Path|Enum|NoReturn|Never|TypeAlias|Unpack|TypedDict|NotRequired|Required|Protocol|Generic|Final|ClassVar)",
    ),
    (
        r"py:class",
        r"(str|int|float|bool|bytes|dict|list|tuple|set|frozenset|object|type|None|NoneType|bytearray|memoryview|BaseException|Exception|TypeError|ValueError|KeyError|AttributeError|RuntimeError|OSError|TimeoutError|ImportError)",
    ),
    (r"py:.*", r"(P|T|R|K|V|_T|_R|_P|T_co|.*\.T|.*\.P|.*\.R)"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
# Classes and methods are not entries of the table of contents: with thousands of them, the
# navigation Sphinx copies into every page made the build minutes long. Each reference page still
# documents its classes in source order, and the search and the general index find every member.
toc_object_entries = False
autodoc_default_options = {"members": True, "undoc-members": True, "show-inheritance": True, "ignore-module-all": True}

html_theme = "furo"
html_title = f"dssclient {release}"
html_static_path: list[str] = []
html_show_sourcelink = False
html_copy_source = False
suppress_warnings = ["ref.python"]  # DataikuException is exported under both of its official paths
nitpick_ignore = [
    # Private helpers and aliases that signatures show; documented by what they stand for.
    ("py:class", "dssclient._concurrency.AsyncRawIOBase"),
    ("py:class", "dssclient._concurrency.RawIOBase"),
    ("py:class", "FutureState"),  # the JSON of a long task's state (a dict), described on the spec page
    ("py:class", "GeneratedClient"),  # dssclient_generated.client.Client, see reference/generated
    ("py:class", "dssclient.emulator.futures.Future"),
    # Type variables and private aliases of the typed handles (their bounds are documented).
    ("py:class", "WrappedT"),
    ("py:class", "_Policy"),
    # Structural types of parameters: anything with a build() giving the dict (a selection builder).
    ("py:class", "dssclient.aio.dss.ml_task_settings._Buildable"),
    ("py:class", "dssclient.dss.ml_task_settings._Buildable"),
    ("py:class", "dssclient.aio.dss.analysis._SelectionBuilder"),
    ("py:class", "dssclient.dss.analysis._SelectionBuilder"),
    # pandas is optional and has no inventory offline.
    ("py:class", "pandas.DataFrame"),
]
