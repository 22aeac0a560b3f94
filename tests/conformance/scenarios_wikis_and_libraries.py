"""Conformance scenarios of wikis and project libraries: the official client drives both areas.

The official client sends a library item's path with its leading '/' (".../contents//python/x.py"):
the strict emulator reads it as DSS does. Attached files and exports are read with ``iter_content``,
which both clients' downloads have.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

from tests.conformance.framework import scenario


def _download(stream: Any) -> bytes:
    content = b"".join(stream.iter_content(65536))
    stream.close()
    return content


def _walk(item: Any) -> list[str]:
    found = [item.path]
    if item.children is not None:
        for child in item.list():
            found += _walk(child)
    return found


@scenario()
def wiki_lifecycle(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("WIKI", "Wiki", "admin")
    wiki = project.get_wiki()
    home = wiki.create_article("Home", content="# Welcome\n\nStart here.")
    guide = wiki.create_article("Guide", parent_id=home.article_id, content="Read (carefully).")
    extra = wiki.create_article("Extra")
    seen["ids"] = [a.article_id for a in wiki.list_articles()]
    settings = wiki.get_settings()
    settings.set_home_article_id(home.article_id)
    settings.move_article_in_taxonomy(extra.article_id, guide.article_id)
    settings.save()
    seen["settings"] = wiki.get_settings().settings
    data = wiki.get_article("Guide").get_data()
    data.set_name("User guide")
    data.set_body(data.get_body() + "\nMore.")
    data.get_metadata()["tags"] = ["doc"]
    data.save()
    seen["saved"] = {"name": data.get_name(), "body": data.get_body(), "tags": data.get_metadata()["tags"]}
    guide.upload_attachement(io.BytesIO(b"attached bytes"), "chart (v1).png")
    attachments = guide.get_data().get_metadata()["attachments"]
    seen["attachments"] = [(a["attachmentType"], a["details"]["objectDisplayName"]) for a in attachments]
    seen["attached"] = _download(guide.get_uploaded_file(attachments[0]["smartId"]))
    pdf = _download(wiki.get_export_stream(paper_size="A3"))
    seen["pdf"] = (pdf[:8], b"Start here." in pdf, b"Read \\(carefully\\)." in pdf)
    archive = zipfile.ZipFile(
        io.BytesIO(_download(home.get_export_stream(export_children=True, export_attachment=True)))
    )
    seen["zip"] = sorted(name.rsplit("-", 1)[-1] for name in archive.namelist())
    extra.delete()
    seen["after"] = [a.article_id for a in wiki.list_articles()]
    seen["discussions"] = home.get_object_discussions().object_type
    return seen


@scenario(
    ("createWikiArticle", 409),
    ("deleteWikiArticle", 400),
    ("saveWikiSettings", 400),
    ("getWikiArticle", 404),
    ("getWikiSettings", 403),
    ("createWikiArticle", 403),
)
def wiki_refusals(admin: Any, reader: Any, api: Any) -> Any:
    project = admin.create_project("WIKI", "Wiki", "admin")
    wiki = project.get_wiki()
    parent = wiki.create_article("Parent")
    wiki.create_article("Child", parent_id=parent.article_id)
    settings = wiki.get_settings()
    settings.set_taxonomy([])
    refusals = [
        lambda: wiki.create_article("Parent"),
        lambda: parent.delete(),
        lambda: settings.save(),
        lambda: wiki.get_article("Nobody"),
        lambda: reader.get_project("WIKI").get_wiki().get_settings(),
        lambda: reader.get_project("WIKI").get_wiki().create_article("Mine"),
    ]
    errors: list[str] = []
    for refused in refusals:
        with pytest.raises(api.DataikuException) as caught:
            refused()
        errors.append(str(caught.value))
    return {"errors": errors, "ids": [a.article_id for a in wiki.list_articles()]}


@scenario(("getLibraryFile", 404))
def library_lifecycle(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("LIB", "Library", "admin")
    library = project.get_library()
    seen["initial"] = _walk(library.root)
    helpers = library.add_file("/python/tools/helpers.py")
    helpers.write(b"def double(x):\n    return 2 * x\n")
    seen["text"] = library.get_file("/python/tools/helpers.py").read()
    seen["bytes"] = helpers.read("bytes")
    python = library.get_folder("/python")
    sub = python.add_folder("sub")
    notes = sub.add_file("notes.txt")
    notes.write(b"caf\xc3\xa9")
    seen["notes"] = notes.read()
    helpers.rename("h.py")
    helpers.move_to(sub)
    library.get_folder("/python/tools").delete()
    seen["local"] = _walk(library.root)
    fresh = project.get_library()
    seen["fresh"] = _walk(fresh.root)
    seen["moved"] = fresh.get_file("/python/sub/h.py").read()
    sub_again = fresh.get_folder("/python/sub")
    sub_again.rename("lib")
    seen["renamed"] = _walk(project.get_library().root)
    return seen


@scenario(
    ("getLibraryFile", 404),
    ("createLibraryFolder", 409),
    ("moveLibraryItem", 400),
    ("moveLibraryItem", 409),
    ("renameLibraryItem", 404),
    ("listLibraryContents", 403),
)
def library_refusals(admin: Any, reader: Any, api: Any) -> Any:
    project = admin.create_project("LIB", "Library", "admin")
    library = project.get_library()
    python = library.get_folder("/python")
    inner = python.add_folder("inner")
    library.add_file("/x.py")
    taken = library.add_file("/python/inner/x.py")
    gone = library.add_file("/gone.py")
    gone.delete()
    refusals = [
        lambda: python.add_folder("inner"),
        lambda: python.move_to(inner),
        lambda: taken.move_to(library.root),
        lambda: gone.rename("back.py"),
        lambda: reader.get_project("LIB").get_library(),
    ]
    errors: list[str] = []
    for refused in refusals:
        with pytest.raises(api.DataikuException) as caught:
            refused()
        errors.append(str(caught.value))
    return {"errors": errors, "tree": _walk(project.get_library().root)}
