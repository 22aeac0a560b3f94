"""Generated flow documentation: a small valid Word document (DOCX) describing a project's flow.

DSS fills its own DOCX template; the emulator writes a document of its own instead (a title, then
each dataset and recipe with its type, inputs and outputs), with the minimal parts a DOCX needs.
Documents are kept per project, the latest ``MAX_DOCUMENTS_PER_PROJECT`` only.
Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import io
import zipfile
from collections import OrderedDict
from typing import Any
from xml.sax.saxutils import escape

from ..errors import not_found
from ..state import DSSState

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_DOCUMENTS_PER_PROJECT = 16

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(text: str, *, bold: bool = False) -> str:
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def docx(lines: list[tuple[str, bool]]) -> bytes:
    """A DOCX whose body is these paragraphs (text, bold)."""
    body = "".join(_paragraph(text, bold=bold) for text, bold in lines)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>{body}'
        "</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELATIONSHIPS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def flow_lines(project_key: str, project_name: str, graph: dict[str, Any]) -> list[tuple[str, bool]]:
    """The document's paragraphs for a flow graph (``flow_graph``'s answer)."""
    lines: list[tuple[str, bool]] = [(f"Flow documentation of project {project_name} ({project_key})", True)]
    nodes: dict[str, Any] = graph["nodes"]
    for title, kind in (("Datasets", "COMPUTABLE_DATASET"), ("Recipes", "RUNNABLE_RECIPE")):
        lines.append((title, True))
        for name, node in nodes.items():
            if node["type"] != kind:
                continue
            lines.append((f"{name} ({node.get('subType') or 'unknown type'})", False))
            if node["predecessors"]:
                lines.append(("    from: " + ", ".join(node["predecessors"]), False))
            if node["successors"]:
                lines.append(("    to: " + ", ".join(node["successors"]), False))
    return lines


class FlowDocuments:
    """Every project's generated flow documents. Hold the state lock."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._documents: dict[str, OrderedDict[str, bytes]] = {}

    def forget_project(self, project_key: str) -> None:
        self._documents.pop(project_key, None)

    def add(self, project_key: str, content: bytes) -> str:
        documents = self._documents.setdefault(project_key, OrderedDict())
        export_id = self.state.new_id(8)
        documents[export_id] = content
        while len(documents) > MAX_DOCUMENTS_PER_PROJECT:
            documents.popitem(last=False)
        return export_id

    def get(self, project_key: str, export_id: str) -> bytes:
        documents = self._documents.get(project_key)
        content = documents.get(export_id) if documents is not None else None
        if content is None:
            raise not_found(f"Flow documentation does not exist: {project_key}.{export_id}")
        return content
