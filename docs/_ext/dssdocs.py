"""Sphinx extension of dssclient's documentation.

- Writes one reference page per public module (``reference/api/<module>.rst``) before each build,
  from :func:`public_api.public_modules`, so that a new module cannot be left out.
- Turns the "(operation ``getProjectSettings``)" of a docstring into a link to that operation on
  the spec's page (``openapi/index.html``, rendered by Redocly); an operation the spec lacks is a
  warning, so the build (``-W``) fails.
- Warns on a public method or property without a docstring (``tests/docs/test_docstrings.py``
  counts them too: none).
- Directives: ``emulator-config`` (the fields of ``EmulatorConfig``, their defaults and comments,
  read from its source) and ``emulator-cli`` (``python -m dssclient.emulator --help``).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import public_api
from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

LOGGER = logging.getLogger("dssdocs")
DOCS = Path(__file__).resolve().parent.parent
ROOT = DOCS.parent
SPEC_JSON = ROOT / "dssclient" / "emulator" / "openapi.json"
OPERATION = re.compile(r"\(operations? ``[^)]*\)")
OPERATION_NAME = re.compile(r"``(\w+)``")
SPEC_PAGE = "openapi/index.html"


def operation_tags() -> dict[str, str]:
    """operationId -> the tag under which Redoc lists it."""
    spec = json.loads(SPEC_JSON.read_text(encoding="utf-8"))
    tags: dict[str, str] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                tags[operation["operationId"]] = operation.get("tags", ["default"])[0]
    return tags


def operation_anchor(operation_id: str, tag: str) -> str:
    """Redoc's anchor of an operation: ``#/<tag>/<operationid>``, both lower-cased."""
    slug = re.sub(r"[^a-z0-9]+", "-", tag.lower()).strip("-")
    return f"#/{slug}/{operation_id.lower()}"


class OperationRole(SphinxRole):
    """``:dssop:`getProjectSettings```: a link to the operation on the spec page."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        operation_id = self.text.strip()
        tags: dict[str, str] = self.env.app.dssdocs_tags  # type: ignore[attr-defined]
        literal = nodes.literal(operation_id, operation_id)
        if operation_id not in tags:
            LOGGER.warning("unknown DSS operation %r (not in the spec)", operation_id, location=self.get_location())
            return [literal], []
        depth = self.env.docname.count("/")
        uri = "../" * depth + SPEC_PAGE + operation_anchor(operation_id, tags[operation_id])
        reference = nodes.reference("", "", literal, refuri=uri, internal=False, classes=["dss-operation"])
        return [reference], []


def link_operations(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """Rewrite "(operation ``x``)" and "(operations ``x`` and ``y``)" into :dssop: roles."""

    tags: dict[str, str] = app.dssdocs_tags  # type: ignore[attr-defined]

    def replace(match: re.Match[str]) -> str:
        # Every ``name`` of the parenthesis that looks like an operationId becomes a link (an
        # unknown one warns in the role); other literals (``with ...``) stay.
        return OPERATION_NAME.sub(
            lambda inner: (
                f":dssop:`{inner.group(1)}`"
                if inner.group(1) in tags or re.fullmatch(r"[a-z]+[A-Z]\w*", inner.group(1))
                else inner.group(0)
            ),
            match.group(0),
        )

    for index, line in enumerate(lines):
        lines[index] = OPERATION.sub(replace, line)
    if what in ("method", "property", "function") and not any(line.strip() for line in lines):
        if not name.split(".")[-1].startswith("_") and what != "function":
            LOGGER.warning("public %s %s has no docstring", what, name)


def resolve_short_names(app: Sphinx, env: Any, node: Any, contnode: nodes.Element) -> nodes.Element | None:
    """Resolve what docstrings write relative to the code rather than to the page.

    ``:meth:`get_raw``` on a settings class names an inherited method; ``:meth:`DSSProject.new_job```
    in another module names a class by its short name; ``dssclient.WaitTimeoutError`` names a class by
    the package that re-exports it; and the async docstrings, from which the sync ones are derived,
    name the async class as ``AsyncDSSProject``. A name that matches nothing stays a warning.
    """
    if node.get("refdomain") != "py":
        return None
    from sphinx.util.nodes import make_refnode

    objects = env.get_domain("py").objects
    target: str = node["reftarget"]
    module: str = node.get("py:module") or ""
    in_aio = module.startswith("dssclient.aio")
    found: str | None = None
    class_name = node.get("py:class")
    if module and class_name and "." not in target:
        found = _inherited(objects, module, class_name, target)
    if found is None:
        short = target.rsplit(".", 1)[-1] if target.startswith("dssclient.") else target
        suffixes = [f".{short}"]
        if in_aio:
            suffixes.insert(0, f".Async{short}")
        for suffix in suffixes:
            matches = sorted((name for name in objects if name.endswith(suffix)), key=len)
            same_variant = [name for name in matches if name.startswith("dssclient.aio") == in_aio]
            if same_variant or matches:
                found = (same_variant or matches)[0]
                break
    if found is None:
        return _payload_alias(app, node, contnode)
    entry = objects[found]
    return make_refnode(app.builder, node["refdoc"], entry.docname, entry.node_id, contnode, found)


def _payload_alias(app: Sphinx, node: Any, contnode: nodes.Element) -> nodes.Element | None:
    """A payload type alias (``Acknowledgement``: a free-form answer) links to the payload types' page."""
    from sphinx.util.nodes import make_refnode

    import dssclient.payloads

    short = str(node["reftarget"]).rsplit(".", 1)[-1]
    # Handles that name a payload type under another name: ``XPayload`` where the handle module has a
    # class X of its own (FutureState as FutureStatePayload, DriftResult as DriftResultPayload), and
    # FlowGraphNode as Node.
    short = {"Node": "FlowGraphNode"}.get(short, short)
    if short.endswith("Payload") and hasattr(dssclient.payloads, short.removesuffix("Payload")):
        short = short.removesuffix("Payload")
    if not hasattr(dssclient.payloads, short):
        return None
    return make_refnode(
        app.builder, node["refdoc"], "reference/api/dssclient.payloads", "module-dssclient.payloads", contnode, short
    )


def _inherited(objects: dict[str, Any], module: str, class_name: str, member: str) -> str | None:
    import importlib

    try:
        cls = importlib.import_module(module)
        for part in class_name.split("."):
            cls = getattr(cls, part)
    except (ImportError, AttributeError):
        return None
    for base in getattr(cls, "__mro__", ()):
        name = f"{base.__module__}.{base.__qualname__}.{member}"
        if name in objects:
            return name
    return None


def write_reference_pages(app: Sphinx) -> None:
    """One page per public module, rewritten only when its text changes (keeps incremental builds)."""
    folder = DOCS / "reference" / "api"
    folder.mkdir(parents=True, exist_ok=True)
    wanted: set[str] = set()
    for module in public_api.public_modules():
        page = folder / f"{module}.rst"
        wanted.add(page.name)
        text = _module_page(module)
        if not page.exists() or page.read_text(encoding="utf-8") != text:
            page.write_text(text, encoding="utf-8")
    for stale in folder.glob("*.rst"):
        if stale.name not in wanted:
            stale.unlink()


# Packages whose names are re-exports or lazy attributes: their page shows the docstring and
# points to the modules that define the names.
_SHARED_CLASSES = public_api.SHARED_CLASSES
_PACKAGES = {"dssclient", "dssclient.dss", "dssclient.aio.dss", "dssclient.emulator"}


def _module_page(module: str) -> str:
    title = f"``{module}``"
    lines = [title, "=" * len(title), "", f".. automodule:: {module}"]
    if module in _PACKAGES:
        lines += ["   :no-members:", ""]
        if module == "dssclient":
            lines += ["Shared classes, defined in private modules and exported here:", ""]
            for qualified in _SHARED_CLASSES:
                lines += [f".. autoclass:: {qualified}", ""]
        if module == "dssclient.emulator":
            lines += [
                ".. autoclass:: dssclient.emulator.emulator.Emulator",
                "   :members:",
                "   :no-undoc-members:",
                "",
                "``EmulatorConfig`` is documented in :doc:`dssclient.emulator.config`.",
                "",
            ]
    else:
        lines += [""]
    return "\n".join(lines) + "\n"


class EmulatorConfigDirective(Directive):
    """A table of ``EmulatorConfig``'s fields: name, type, default, and the comment above it."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        source_path = ROOT / "dssclient" / "emulator" / "config.py"
        source = source_path.read_text(encoding="utf-8")
        source_lines = source.splitlines()
        tree = ast.parse(source)
        config = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "EmulatorConfig")
        rows: list[tuple[str, str, str, str]] = []
        previous: list[str] = []
        for statement in config.body:
            if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
                continue
            comment: list[str] = []
            line = statement.lineno - 2
            while line >= 0 and source_lines[line].strip().startswith("#"):
                text = source_lines[line].strip().lstrip("#").strip()
                if not text.startswith("--"):
                    comment.insert(0, text)
                line -= 1
            name = statement.target.id
            if not comment:
                # A field under the comment of the one before it shares that comment (a group).
                comment = [_UNCOMMENTED[name]] if name in _UNCOMMENTED else previous
            previous = comment
            default = ast.get_source_segment(source, statement.value) if statement.value else ""
            annotation = ast.get_source_segment(source, statement.annotation) or ""
            rows.append((name, annotation, _default_text(default or ""), " ".join(comment)))
        table = nodes.table(classes=["emulator-config"])
        group = nodes.tgroup(cols=4)
        table += group
        for width in (20, 20, 20, 40):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        group += head
        head += _row(["Field", "Type", "Default", "What it sets"])
        body = nodes.tbody()
        group += body
        for row in rows:
            body += _row(list(row), literal_columns=3)
        return [table]


# Fields of EmulatorConfig without a comment of their own nor a group's.
_UNCOMMENTED = {
    "dss_version": "The DSS version the instance reports (instance info, ``dssVersion``).",
    "node_id": "The node's id in the instance info (``nodeId``).",
    "node_name": "The node's name in the instance info (``nodeName``).",
}


def _default_text(default: str) -> str:
    match = re.fullmatch(r"field\((?:default=)?(.*?)(?:, repr=False)?\)", default, flags=re.S)
    if match:
        inner = match.group(1)
        factory = re.fullmatch(r"default_factory=(?:lambda: )?(.*)", inner, flags=re.S)
        return (factory.group(1) + ("()" if factory.group(1) in ("dict", "list") else "")) if factory else inner
    return default


def _row(cells: list[str], literal_columns: int = 0) -> nodes.row:
    row = nodes.row()
    for index, text in enumerate(cells):
        entry = nodes.entry()
        paragraph = nodes.paragraph()
        if index < literal_columns and text:
            paragraph += nodes.literal(text, text)
        else:
            paragraph += nodes.Text(text)
        entry += paragraph
        row += entry
    return row


class EmulatorCliDirective(Directive):
    """The emulator's ``--help``, as the command prints it."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        result = subprocess.run(
            [sys.executable, "-m", "dssclient.emulator", "--help"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={"COLUMNS": "100", "PATH": ""},
            check=True,
        )
        block = nodes.literal_block(result.stdout, result.stdout)
        block["language"] = "text"
        return [block]


# Modules of payload types: TypedDicts, which have no default values to preserve.
_PAYLOAD_MODULES = frozenset({"dssclient.payloads", "dssclient.recipe_payloads"})


def _skip_payload_types_in_source_readers(app: Sphinx) -> None:
    """Keep Sphinx's source-reading signature handlers away from the payload types.

    To preserve a signature's defaults as written (``autodoc_preserve_defaults``) and to read
    type comments, Sphinx reads each object's source, and for a class Python's inspect parses the
    whole module to find it: once per class, so the payload modules (hundreds of TypedDicts in one
    file) cost minutes. TypedDicts have neither defaults nor type comments, so nothing is lost by
    skipping them; every other object goes through Sphinx's handlers as before.
    """
    from sphinx.ext.autodoc import preserve_defaults, type_comment

    event = "autodoc-before-process-signature"
    readers = (preserve_defaults.update_defvalue, type_comment.update_annotations_using_type_comments)
    for listener in list(app.events.listeners.get(event, [])):
        if listener.handler in readers:
            app.disconnect(listener.id)
            app.connect(event, _outside_payload_modules(listener.handler), priority=listener.priority)


def _outside_payload_modules(handler: Any) -> Any:
    def handle(app: Sphinx, obj: Any, bound_method: bool) -> None:
        if getattr(obj, "__module__", None) not in _PAYLOAD_MODULES:
            handler(app, obj, bound_method)

    return handle


def drop_private_bases(app: Sphinx, name: str, obj: Any, options: Any, bases: list[Any]) -> None:
    """Leave out of "Bases:" the private classes of dssclient (an implementation detail, not
    documented: a link to them could not resolve); their public members are documented on the class."""

    def private(base: Any) -> bool:
        module = getattr(base, "__module__", "") or ""
        qualified = f"{module}.{getattr(base, '__qualname__', '')}"
        if not module.startswith("dssclient") or qualified in public_api.SHARED_CLASSES:
            return False
        return base.__name__.startswith("_") or any(part.startswith("_") for part in module.split("."))

    bases[:] = [base for base in bases if not private(base)]


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("sphinx.ext.autodoc")
    _skip_payload_types_in_source_readers(app)
    app.dssdocs_tags = operation_tags()  # type: ignore[attr-defined]
    app.connect("builder-inited", write_reference_pages)
    app.connect("autodoc-process-docstring", link_operations)
    app.connect("missing-reference", resolve_short_names)
    app.connect("autodoc-process-bases", drop_private_bases)
    app.add_role("dssop", OperationRole())
    app.add_directive("emulator-config", EmulatorConfigDirective)
    app.add_directive("emulator-cli", EmulatorCliDirective)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
