"""The wiki of each project: settings (taxonomy, home article), articles, attached files, exports.

Articles keep their metadata and body as the client saved them (unknown fields included); the
emulator sets what DSS owns (``id``, ``projectKey``, the version tags). DSS gives articles
identifiers of its choosing: the emulator numbers them ("1", "2", ...) per project, as the
article URLs of DSS's wiki show them. The taxonomy is kept exactly as saved, checked to hold
every article once and only once. Attached files live on disk in the emulator's working
directory; the number per article is bounded. Exports are real files: a PDF with each
article's name and Markdown text (not DSS's rendering), or a zip holding it and the attached
files. Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
import re
import secrets
import shutil
import string
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard, cast

from ..errors import bad_request, conflict, not_found
from ..state import DSSState, user_tag

MAX_ATTACHMENTS_PER_ARTICLE = 1000
PAPER_SIZES = {"A4": (595, 842), "A3": (842, 1191), "US_LETTER": (612, 792), "LEDGER": (1224, 792)}
_ID_ALPHABET = string.ascii_letters + string.digits


@dataclass
class Attachment:
    upload_id: str
    file_name: str
    path: Path


@dataclass
class Article:
    metadata: dict[str, Any]
    payload: str
    attachments: dict[str, Attachment] = field(default_factory=dict[str, Attachment])

    @property
    def name(self) -> str:
        return str(self.metadata.get("name") or "")

    def data(self) -> dict[str, Any]:
        return {"article": copy.deepcopy(self.metadata), "payload": self.payload}


@dataclass
class Wiki:
    directory: Path
    articles: dict[str, Article] = field(default_factory=dict[str, Article])
    # The settings as last saved (taxonomy, homeArticleId and whatever else the client sent).
    settings: dict[str, Any] = field(default_factory=dict[str, Any])
    next_id: int = 1

    def taxonomy(self) -> list[dict[str, Any]]:
        taxonomy: Any = self.settings.setdefault("taxonomy", [])
        return cast("list[dict[str, Any]]", taxonomy)


def _node(taxonomy: list[dict[str, Any]], article_id: str) -> tuple[list[dict[str, Any]], dict[str, Any]] | None:
    """The list holding ``article_id``'s node, and the node."""
    for node in taxonomy:
        if node.get("id") == article_id:
            return taxonomy, node
        found = _node(_children(node), article_id)
        if found is not None:
            return found
    return None


def _children(node: dict[str, Any]) -> list[dict[str, Any]]:
    return cast("list[dict[str, Any]]", node.get("children") or [])


def _descendants(node: dict[str, Any]) -> Iterator[str]:
    for child in _children(node):
        yield child["id"]
        yield from _descendants(child)


def check_taxonomy(taxonomy: Any, known: set[str]) -> None:
    """400 unless ``taxonomy`` is a tree of nodes ``{"id", "children"}`` holding each known article once."""
    if not isinstance(taxonomy, list):
        raise bad_request("Invalid wiki taxonomy: a list of articles is expected")
    seen: list[str] = []

    def walk(nodes: Any) -> None:
        if not _is_list(nodes):
            raise bad_request("Invalid wiki taxonomy: children must be lists")
        for raw in nodes:
            node = cast("dict[str, Any]", raw) if isinstance(raw, dict) else {}
            article_id: Any = node.get("id")
            if not isinstance(article_id, str):
                raise bad_request("Invalid wiki taxonomy: every node needs an article id")
            seen.append(article_id)
            walk(node.get("children") if node.get("children") is not None else [])

    walk(taxonomy)
    unknown = sorted(set(seen) - known)
    if unknown:
        raise bad_request(f"Invalid wiki taxonomy: no such articles {unknown}")
    twice = sorted({article_id for article_id in seen if seen.count(article_id) > 1})
    if twice:
        raise bad_request(f"Invalid wiki taxonomy: articles {twice} appear more than once")
    missing = sorted(known - set(seen))
    if missing:
        raise bad_request(f"Invalid wiki taxonomy: articles {missing} are missing from it")


class Wikis:
    """The wikis of the instance's projects."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._wikis: dict[str, Wiki] = {}
        self._base: Path | None = None

    def wiki(self, project_key: str) -> Wiki:
        found = self._wikis.get(project_key)
        if found is None:
            if self._base is None:
                self._base = Path(tempfile.mkdtemp(prefix="dss-emulator-wikis-"))
            found = Wiki(Path(tempfile.mkdtemp(prefix="wiki-", dir=self._base)))
            found.settings = {"projectKey": project_key, "taxonomy": []}
            self._wikis[project_key] = found
        return found

    def forget_project(self, project_key: str) -> None:
        found = self._wikis.pop(project_key, None)
        if found is not None:
            shutil.rmtree(found.directory, ignore_errors=True)

    # -- settings -----------------------------------------------------------------------------------

    def settings(self, project_key: str) -> dict[str, Any]:
        return copy.deepcopy(self.wiki(project_key).settings)

    def save_settings(self, project_key: str, body: dict[str, Any]) -> dict[str, Any]:
        wiki = self.wiki(project_key)
        if body.get("projectKey") not in (None, project_key):
            raise bad_request(f"The settings are those of project {body.get('projectKey')!r}, not {project_key!r}")
        taxonomy: Any = body.get("taxonomy") if body.get("taxonomy") is not None else []
        check_taxonomy(taxonomy, set(wiki.articles))
        home = body.get("homeArticleId")
        if home is not None and home not in wiki.articles:
            raise bad_request(f"Invalid homeArticleId: no article {home!r} in the wiki")
        saved = copy.deepcopy(body)
        saved["projectKey"] = project_key
        saved["taxonomy"] = copy.deepcopy(taxonomy)
        wiki.settings = saved
        return copy.deepcopy(saved)

    # -- articles ---------------------------------------------------------------------------------------

    def article(self, project_key: str, id_or_name: str) -> Article:
        """The article of that identifier, or else of that name; 404 when neither."""
        wiki = self.wiki(project_key)
        found = wiki.articles.get(id_or_name)
        if found is None:
            found = next((a for a in wiki.articles.values() if a.name == id_or_name), None)
        if found is None:
            raise not_found(f"Wiki article not found: {project_key}.{id_or_name}")
        return found

    def _check_name(self, wiki: Wiki, name: Any, article_id: str | None) -> str:
        if not isinstance(name, str) or not name.strip():
            raise bad_request("An article needs a non-empty name")
        for other_id, other in wiki.articles.items():
            if other_id != article_id and other.name == name:
                raise conflict(f"An article named {name!r} already exists in the wiki")
        return name

    def create(self, project_key: str, name: Any, parent: Any, login: str) -> dict[str, Any]:
        wiki = self.wiki(project_key)
        self._check_name(wiki, name, None)
        if parent is not None and parent not in wiki.articles:
            raise not_found(f"Parent wiki article not found: {project_key}.{parent}")
        siblings = wiki.taxonomy()
        if parent is not None:
            found = _node(siblings, parent)
            if found is None:  # cannot happen while the taxonomy holds every article; refused, nothing changed
                raise bad_request(f"Parent article {parent!r} is not in the wiki's taxonomy")
            siblings = found[1].setdefault("children", [])
        article_id = str(wiki.next_id)
        wiki.next_id += 1
        now = self.state.clock()
        article = Article(
            metadata={
                "id": article_id,
                "projectKey": project_key,
                "name": name,
                "layout": "WIKI_ARTICLE",
                "attachments": [],
                "tags": [],
                "creationTag": user_tag(login, now),
                "versionTag": user_tag(login, now),
            },
            payload="",
        )
        wiki.articles[article_id] = article
        siblings.append({"id": article_id, "children": []})
        return article.data()

    def save(self, project_key: str, id_or_name: str, body: dict[str, Any], login: str) -> dict[str, Any]:
        wiki = self.wiki(project_key)
        article = self.article(project_key, id_or_name)
        article_id = str(article.metadata["id"])
        sent: Any = body.get("article")
        if sent is None:
            sent = copy.deepcopy(article.metadata)
        if not isinstance(sent, dict):
            raise bad_request("Invalid article data: 'article' must be an object")
        metadata = cast("dict[str, Any]", sent)
        if metadata.get("id") not in (None, article_id):
            raise bad_request(f"The article id in the body ({metadata.get('id')!r}) differs from {article_id!r}")
        payload = body.get("payload")
        if payload is not None and not isinstance(payload, str):
            raise bad_request("Invalid article data: 'payload' must be a string")
        self._check_name(wiki, metadata.get("name", article.name), article_id)
        saved = copy.deepcopy(metadata)
        saved["id"], saved["projectKey"] = article_id, project_key
        if "name" not in saved:
            saved["name"] = article.name
        saved["versionTag"] = user_tag(login, self.state.clock(), _version(article.metadata) + 1)
        if "creationTag" in article.metadata:
            saved["creationTag"] = article.metadata["creationTag"]
        article.metadata = saved
        if payload is not None:
            article.payload = payload
        return article.data()

    def delete(self, project_key: str, id_or_name: str) -> None:
        wiki = self.wiki(project_key)
        article = self.article(project_key, id_or_name)
        article_id = str(article.metadata["id"])
        found = _node(wiki.taxonomy(), article_id)
        if found is not None and found[1].get("children"):
            # What DSS does with an article's children is not documented: refused rather than guessed.
            raise bad_request(
                f"Article {article_id} has child articles: move or delete them first "
                "(the emulator does not guess what DSS does with them)"
            )
        if found is not None:
            found[0].remove(found[1])
        if wiki.settings.get("homeArticleId") == article_id:
            wiki.settings["homeArticleId"] = None
        for attachment in article.attachments.values():
            attachment.path.unlink(missing_ok=True)
        del wiki.articles[article_id]

    # -- attachments --------------------------------------------------------------------------------

    def attach(self, project_key: str, id_or_name: str, file_name: str, spooled: Path, login: str) -> dict[str, Any]:
        """Keep the uploaded file (moved from where the upload was spooled) and list it in the article."""
        wiki = self.wiki(project_key)
        article = self.article(project_key, id_or_name)
        if len(article.attachments) >= MAX_ATTACHMENTS_PER_ARTICLE:
            raise bad_request(f"An article holds at most {MAX_ATTACHMENTS_PER_ARTICLE} attached files")
        # The official client strips the name to [A-Za-z0-9 ._-]; the emulator keeps a base name only.
        clean = re.sub(r"[^A-Za-z0-9 ._-]+", "", file_name.rsplit("/", 1)[-1]) or "file"
        upload_id = "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
        kept = wiki.directory / upload_id
        shutil.move(str(spooled), kept)
        article.attachments[upload_id] = Attachment(upload_id, clean, kept)
        entry = {
            "attachmentType": "FILE",
            "smartId": upload_id,
            "details": {"objectDisplayName": clean, "attachmentSize": kept.stat().st_size},
        }
        listed: Any = article.metadata.get("attachments")
        attachments: list[Any] = listed if _is_list(listed) else []
        attachments.append(entry)
        article.metadata["attachments"] = attachments
        article.metadata["versionTag"] = user_tag(login, self.state.clock(), _version(article.metadata) + 1)
        return article.data()

    def attachment(self, project_key: str, id_or_name: str, upload_id: str) -> Attachment:
        article = self.article(project_key, id_or_name)
        found = article.attachments.get(upload_id)
        if found is None:
            raise not_found(f"Wiki article {article.metadata['id']} has no attached file {upload_id}")
        return found

    # -- exports ------------------------------------------------------------------------------------------

    def export(
        self,
        project_key: str,
        id_or_name: str | None,
        paper_size: str,
        children: bool,
        attachments: bool,
        workdir: Path,
    ) -> tuple[str, Path]:
        """Write the export to a new file of ``workdir``; its media type and path (the caller deletes it)."""
        wiki = self.wiki(project_key)
        if id_or_name is None:
            ordered = [wiki.articles[i] for i in _flatten(wiki.taxonomy()) if i in wiki.articles]
            title = f"Wiki of project {project_key}"
        else:
            article = self.article(project_key, id_or_name)
            ordered = [article]
            found = _node(wiki.taxonomy(), str(article.metadata["id"]))
            if children and found is not None:
                ordered += [wiki.articles[i] for i in _descendants(found[1]) if i in wiki.articles]
            title = article.name
        pdf = render_pdf(title, [(a.name, a.payload) for a in ordered], PAPER_SIZES[paper_size])
        handle, name = tempfile.mkstemp(prefix="wiki-export-", dir=workdir)
        target = Path(name)
        try:
            with open(handle, "wb") as out:
                if not attachments:
                    out.write(pdf)
                    return "application/pdf", target
                # Written under the state's lock (attached files cannot go meanwhile): bounded by the
                # attached files' sizes, each within the upload limit.
                with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
                    archive.writestr(_safe_file_name(title) + ".pdf", pdf)
                    for article in ordered:
                        for attachment in article.attachments.values():
                            entry = (
                                f"attachments/{article.metadata['id']}/{attachment.upload_id}-{attachment.file_name}"
                            )
                            archive.write(attachment.path, entry)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return "application/zip", target


def _is_list(value: object) -> TypeGuard[list[Any]]:
    return isinstance(value, list)


def _version(metadata: dict[str, Any]) -> int:
    """The version number of an article's last change (0 when unknown)."""
    tag: Any = metadata.get("versionTag")
    number: Any = cast("dict[str, Any]", tag).get("versionNumber") if isinstance(tag, dict) else None
    return number if isinstance(number, int) else 0


def _flatten(taxonomy: list[dict[str, Any]]) -> Iterator[str]:
    for node in taxonomy:
        yield node["id"]
        yield from _flatten(_children(node))


def _safe_file_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9 ._-]+", "_", name).strip() or "wiki"


# -- a plain PDF -----------------------------------------------------------------------------------------


def _pdf_text(text: str) -> str:
    # Helvetica with WinAnsi covers Latin-1; anything else shows as '?'.
    latin = text.encode("latin-1", "replace").decode("latin-1")
    return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _lines(title: str, articles: list[tuple[str, str]], width: int) -> list[tuple[int, str]]:
    """(font size, text) per line: the title, then each article's name and its text, wrapped."""
    per_line = max(20, (width - 100) // 6)
    lines: list[tuple[int, str]] = [(16, title), (11, "")]
    for name, body in articles:
        lines += [(13, name), (11, "")]
        for raw in body.splitlines() or [""]:
            raw = raw.replace("\t", "    ")
            while len(raw) > per_line:
                lines.append((11, raw[:per_line]))
                raw = raw[per_line:]
            lines.append((11, raw))
        lines.append((11, ""))
    return lines


def render_pdf(title: str, articles: list[tuple[str, str]], size: tuple[int, int]) -> bytes:
    """A valid PDF 1.4 document (Helvetica, one column) with ``title`` and each article's name and text."""
    width, height = size
    per_page = max(1, (height - 100) // 14)
    lines = _lines(title, articles, width)
    pages = [lines[start : start + per_page] for start in range(0, len(lines), per_page)] or [[]]
    objects: list[bytes] = []
    # 1: catalog, 2: pages, 3: font; then a page and its content stream per page.
    kids = " ".join(f"{4 + 2 * index} 0 R" for index in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for index, page in enumerate(pages):
        stream = ["BT", f"50 {height - 50} Td", "14 TL"]
        for font_size, text in page:
            stream.append(f"/F1 {font_size} Tf ({_pdf_text(text)}) Tj T*")
        stream.append("ET")
        content = "\n".join(stream).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * index} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
