# Derived from tests/e2e/aio/test_wikis_and_libraries.py by scripts/unasync.py: do not edit.
"""Wikis and project libraries, end to end against the emulator: every method, refusals, permissions."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    InvalidIdentifierError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.discussion import DSSObjectDiscussions
from dssclient.dss.project import DSSProject
from dssclient.dss.projectlibrary import DSSLibrary, DSSLibraryFile, DSSLibraryFolder
from dssclient.dss.wiki import DSSWiki, DSSWikiArticle, DSSWikiArticleData, DSSWikiSettings
from tests.conftest import FAST_POLLING, sent_bodies
from tests.e2e.sync.automation_helpers import python_recipe, rows_of, upload_csv

ANALYST_KEY = "analyst-key-without-code-rights"


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    return client.create_project("P", "Project", "admin")


@pytest.fixture
def analyst(dss_emulator: Any, project: DSSProject) -> Iterator[DSSClient]:
    """A writer of P's content whose groups do not grant mayWriteUnsafeCode."""
    state = dss_emulator.state
    state.add_group("analysts", "may not write code", "LOCAL")
    state.add_user("analyst", groups=["analysts"], profile="DESIGNER")
    state.add_api_key("analyst", secret=ANALYST_KEY)
    state.projects["P"].permissions = [{"group": "analysts", "writeProjectContent": True}]
    with DSSClient(dss_emulator.url, ANALYST_KEY, future_polling=FAST_POLLING) as dss:
        yield dss


def reads_for_readers(dss_emulator: Any) -> None:
    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]


# -- wikis ---------------------------------------------------------------------------------------------


def test_articles_are_created_under_their_parent_and_listed_in_taxonomy_order(project: DSSProject) -> None:
    wiki = project.get_wiki()
    assert isinstance(wiki, DSSWiki)
    assert wiki.list_articles() == []
    home = wiki.create_article("Home", content="# Welcome")
    child = wiki.create_article("How to", parent_id=home.article_id)
    other = wiki.create_article("Other")
    assert isinstance(home, DSSWikiArticle)
    assert len({home.article_id, child.article_id, other.article_id}) == 3
    settings = wiki.get_settings()
    assert isinstance(settings, DSSWikiSettings)
    assert settings.get_taxonomy() == [
        {"id": home.article_id, "children": [{"id": child.article_id, "children": []}]},
        {"id": other.article_id, "children": []},
    ]
    assert [a.article_id for a in wiki.list_articles()] == [home.article_id, child.article_id, other.article_id]
    assert (home.get_data()).get_body() == "# Welcome"
    assert (child.get_data()).get_body() == ""
    by_name = wiki.get_article("How to")
    assert by_name.article_id == child.article_id
    with pytest.raises(NotFoundError):
        wiki.get_article("Nothing")
    with pytest.raises(NotFoundError):
        wiki.create_article("Orphan", parent_id="999")
    with pytest.raises(ConflictError):
        wiki.create_article("Home")


def test_article_data_round_trips_and_renames(project: DSSProject) -> None:
    wiki = project.get_wiki()
    article = wiki.create_article("Draft")
    data = article.get_data()
    assert isinstance(data, DSSWikiArticleData)
    assert data.get_name() == "Draft"
    data.set_body("Body *text*")
    data.set_name("Final")
    metadata = data.get_metadata()
    assert metadata is not None
    metadata["tags"] = ["doc"]
    metadata["customField"] = {"kept": [1, "a"]}  # unknown to dssclient: sent and kept as is
    data.save()
    assert data.get_name() == "Final" and data.get_body() == "Body *text*"
    again = (wiki.get_article("Final")).get_data()
    assert again.get_body() == "Body *text*"
    saved = again.get_metadata()
    assert saved is not None and saved["tags"] == ["doc"] and saved["customField"] == {"kept": [1, "a"]}
    again.set_metadata({**saved, "name": "Final v2"})
    again.save()
    assert (article.get_data()).get_name() == "Final v2"
    wiki.create_article("Taken")
    clash = article.get_data()
    clash.set_name("Taken")
    with pytest.raises(ConflictError):
        clash.save()


def test_settings_round_trip_and_are_checked(project: DSSProject) -> None:
    wiki = project.get_wiki()
    first = wiki.create_article("First")
    second = wiki.create_article("Second")
    settings = wiki.get_settings()
    assert settings.get_home_article_id() is None
    settings.set_home_article_id(second.article_id)
    settings.get_raw()["extra"] = {"a": [1, "b"]}
    settings.move_article_in_taxonomy(first.article_id, second.article_id)
    settings.save()
    read = wiki.get_settings()
    assert read.get_home_article_id() == second.article_id
    assert read.get_raw()["extra"] == {"a": [1, "b"]}
    assert read.get_taxonomy() == [{"id": second.article_id, "children": [{"id": first.article_id, "children": []}]}]
    # Moving an article under its own descendant, or a missing one, leaves the taxonomy as it was.
    before = read.get_taxonomy()[:]
    with pytest.raises(InvalidRequestError):
        read.move_article_in_taxonomy(second.article_id, first.article_id)
    with pytest.raises(InvalidRequestError):
        read.move_article_in_taxonomy("999")
    assert read.get_taxonomy() == before
    read.move_article_in_taxonomy(first.article_id)
    read.save()
    assert [node["id"] for node in (wiki.get_settings()).get_taxonomy()] == [
        second.article_id,
        first.article_id,
    ]
    # DSS's rule: every article once and only once, home an article of the wiki.
    broken = wiki.get_settings()
    broken.set_taxonomy([{"id": first.article_id, "children": []}])
    with pytest.raises(BadRequestError, match="missing"):
        broken.save()
    broken.set_taxonomy([{"id": first.article_id, "children": [{"id": first.article_id}]}, {"id": second.article_id}])
    with pytest.raises(BadRequestError, match="more than once"):
        broken.save()
    home = wiki.get_settings()
    home.set_home_article_id("999")
    with pytest.raises(BadRequestError, match="homeArticleId"):
        home.save()


def test_deleting_an_article(project: DSSProject) -> None:
    wiki = project.get_wiki()
    parent = wiki.create_article("Parent")
    child = wiki.create_article("Child", parent_id=parent.article_id)
    settings = wiki.get_settings()
    settings.set_home_article_id(child.article_id)
    settings.save()
    # What DSS does with the children of a deleted article is not documented: refused.
    with pytest.raises(BadRequestError, match="child"):
        parent.delete()
    child.delete()
    after = wiki.get_settings()
    assert after.get_taxonomy() == [{"id": parent.article_id, "children": []}]
    assert after.get_home_article_id() is None
    with pytest.raises(NotFoundError):
        child.get_data()
    parent.delete()
    assert wiki.list_articles() == []


def test_attachments_go_up_and_come_down(project: DSSProject, tmp_path: Path) -> None:
    article = project.get_wiki().create_article("Docs")
    content = bytes(range(256)) * 1000
    article.upload_attachement(io.BytesIO(content), "diagram (v2).png")
    path = tmp_path / "notes.txt"
    path.write_bytes(b"notes")
    article.upload_attachement(path, "notes.txt")
    metadata = (article.get_data()).get_metadata()
    assert metadata is not None
    attachments = metadata["attachments"] or []
    assert [(a["attachmentType"], (a["details"] or {})["objectDisplayName"]) for a in attachments] == [
        ("FILE", "diagram v2.png"),
        ("FILE", "notes.txt"),
    ]
    first, second = (str(a["smartId"]) for a in attachments)
    with article.get_uploaded_file(first) as stream:
        assert stream.read() == content
    with article.get_uploaded_file(second) as stream:
        assert stream.read() == b"notes"
    with pytest.raises(NotFoundError):
        article.get_uploaded_file("nope")
    with pytest.raises(TypeError):
        article.upload_attachement("not a file", "x.txt")


def test_exports_are_real_files(project: DSSProject, tmp_path: Path) -> None:
    wiki = project.get_wiki()
    top = wiki.create_article("Top", content="Top text (with parentheses)")
    sub = wiki.create_article("Sub", parent_id=top.article_id, content="Sub text")
    sub.upload_attachement(b"attached", "a.txt")
    wiki.export_to_file(tmp_path / "wiki.pdf", paper_size="US_LETTER")
    pdf = (tmp_path / "wiki.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert b"Top text \\(with parentheses\\)" in pdf and b"Sub text" in pdf and b"612 792" in pdf
    top.export_to_file(tmp_path / "top.pdf")
    alone = (tmp_path / "top.pdf").read_bytes()
    assert b"Top text" in alone and b"Sub text" not in alone and b"595 842" in alone
    top.export_to_file(tmp_path / "all.zip", export_children=True, export_attachment=True)
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        names = archive.namelist()
        assert names[0] == "Top.pdf" and b"Sub text" in archive.read("Top.pdf")
        (attached,) = [name for name in names if name.endswith("a.txt")]
        assert archive.read(attached) == b"attached"
    with wiki.get_export_stream(export_attachment=True) as stream:
        assert (stream.read()).startswith(b"PK")
    with pytest.raises(InvalidRequestError):
        wiki.get_export_stream(paper_size="A5")
    with pytest.raises(InvalidRequestError):
        top.export_to_file(tmp_path / "x.pdf", paper_size="a4")
    assert not (tmp_path / "x.pdf").exists()


def test_article_discussions(project: DSSProject) -> None:
    article = project.get_wiki().create_article("Talk")
    discussions = article.get_object_discussions()
    assert isinstance(discussions, DSSObjectDiscussions)
    assert (discussions.project_key, discussions.object_type, discussions.object_id) == (
        "P",
        "ARTICLE",
        article.article_id,
    )
    created = discussions.create_discussion("Typo", "In the second paragraph")
    assert [d.discussion_id for d in discussions.list_discussions()] == [created.discussion_id]


def test_wiki_permissions_and_isolation(
    client: DSSClient, reader_client: DSSClient, project: DSSProject, dss_emulator: Any
) -> None:
    article = project.get_wiki().create_article("Secret", content="s3cret")
    theirs = reader_client.get_project("P").get_wiki()
    with pytest.raises(PermissionDeniedError):
        theirs.get_settings()
    with pytest.raises(PermissionDeniedError):
        theirs.get_article(article.article_id)
    reads_for_readers(dss_emulator)
    seen = theirs.get_article(article.article_id)
    assert (seen.get_data()).get_body() == "s3cret"
    with theirs.get_export_stream() as stream:
        assert b"s3cret" in stream.read()
    with pytest.raises(PermissionDeniedError):
        theirs.create_article("Mine")
    with pytest.raises(PermissionDeniedError):
        seen.delete()
    data = seen.get_data()
    data.set_body("changed")
    with pytest.raises(PermissionDeniedError):
        data.save()
    with pytest.raises(PermissionDeniedError):
        seen.upload_attachement(b"x", "x.txt")
    # Another project's wiki never reaches this one's articles.
    other = (client.create_project("Q", "Q", "admin")).get_wiki()
    with pytest.raises(NotFoundError):
        other.get_article(article.article_id)
    assert other.list_articles() == []
    with pytest.raises(InvalidIdentifierError):
        project.get_wiki().get_article("..")


# -- project libraries --------------------------------------------------------------------------------


def paths(library: DSSLibrary) -> list[str]:
    found: list[str] = []

    def walk(folder: DSSLibraryFolder) -> None:
        for item in folder.list():
            found.append(item.path)
            if isinstance(item, DSSLibraryFolder):
                walk(item)

    walk(library.root)
    return found


def test_a_new_library_has_dss_layout(project: DSSProject) -> None:
    library = project.get_library()
    assert isinstance(library, DSSLibrary)
    assert library.root.is_root() and library.root.path == "/"
    assert paths(library) == ["/R", "/external-libraries.json", "/python"]
    config = library.get_file("/external-libraries.json")
    assert isinstance(config, DSSLibraryFile)
    assert '"pythonPath"' in config.read()
    assert [item.name for item in library.list()] == ["R", "external-libraries.json", "python"]
    assert library.list("/python") == []
    assert library.get_file("/missing.py") is None and library.get_folder("/missing") is None
    with pytest.raises(InvalidRequestError):
        library.get_file("/python")
    with pytest.raises(InvalidRequestError):
        library.get_folder("/external-libraries.json")


def test_files_and_folders_are_written_read_renamed_moved_and_deleted(project: DSSProject, dss_emulator: Any) -> None:
    library = project.get_library()
    helpers = library.add_file("/python/tools/helpers.py")
    assert helpers.path == "/python/tools/helpers.py"
    assert helpers.read() == ""
    helpers.write("def double(x):\n    return 2 * x\n")
    assert helpers.read() == "def double(x):\n    return 2 * x\n"
    helpers.write(b"\xff\x00binary")
    assert helpers.read("bytes") == b"\xff\x00binary"
    assert helpers.read() == "\ufffd\x00binary"
    with pytest.raises(InvalidRequestError):
        helpers.read("text")  # type: ignore[call-overload]
    with pytest.raises(InvalidRequestError, match="already exists"):
        library.add_file("/python/tools/helpers.py")
    python = library.get_folder("/python")
    assert python is not None
    sub = python.add_folder("sub")
    assert sub.path == "/python/sub" and python.get_child("sub") is sub
    with pytest.raises(ConflictError):
        python.add_folder("sub")
    notes = sub.add_file("notes.txt")
    notes.write(io.BytesIO(b"streamed"))
    helpers.rename("h.py")
    assert helpers.path == "/python/tools/h.py"
    helpers.move_to(sub)
    assert helpers.path == "/python/sub/h.py"
    tools = library.get_folder("/python/tools")
    assert tools is not None
    tools.delete()
    fresh = project.get_library()
    assert paths(fresh) == [
        "/R",
        "/external-libraries.json",
        "/python",
        "/python/sub",
        "/python/sub/h.py",
        "/python/sub/notes.txt",
    ]
    assert paths(fresh) == paths(library)  # the local tree followed every change
    moved = fresh.get_file("/python/sub/h.py")
    assert moved is not None and moved.read("bytes") == b"\xff\x00binary"
    assert [body["oldPath"] for body in sent_bodies(dss_emulator, "renameLibraryItem")] == ["/python/tools/helpers.py"]
    assert sent_bodies(dss_emulator, "moveLibraryItem") == [{"oldPath": "/python/tools/h.py", "newPath": "/python/sub"}]
    sub.rename("renamed")
    assert (project.get_library()).get_file("/python/renamed/notes.txt") is not None
    with pytest.raises(InvalidRequestError):
        fresh.root.delete()
    with pytest.raises(InvalidRequestError):
        fresh.root.rename("x")


def test_library_refusals(project: DSSProject, client: DSSClient) -> None:
    library = project.get_library()
    python = library.get_folder("/python")
    config = library.get_file("/external-libraries.json")
    assert python is not None and config is not None
    stale = python.add_file("gone.py")
    stale.delete()
    with pytest.raises(NotFoundError):
        stale.read()
    with pytest.raises(InvalidRequestError):
        stale.move_to(config)  # type: ignore[arg-type]
    # A folder cannot move into itself; a name taken is refused.
    inner = python.add_folder("inner")
    with pytest.raises(BadRequestError):
        python.move_to(inner)
    taken = library.add_file("/python/inner/x.py")
    library.add_file("/x.py")
    with pytest.raises(ConflictError):
        taken.move_to(library.root)
    root_x = library.get_file("/x.py")
    assert root_x is not None
    with pytest.raises(ConflictError):
        root_x.move_to(inner)
    # Paths that could leave the library never leave dssclient.
    with pytest.raises(InvalidIdentifierError):
        library.add_file("../escape.py")
    with pytest.raises(InvalidIdentifierError):
        python.add_folder("a//b")


def test_library_rights(project: DSSProject, analyst: DSSClient, reader_client: DSSClient, client: DSSClient) -> None:
    library = project.get_library()
    (library.add_file("/python/shared.py")).write("X = 1\n")
    # Writing content without code rights: the library is code.
    theirs = analyst.get_project("P").get_library()
    shared = theirs.get_file("/python/shared.py")
    assert shared is not None and shared.read() == "X = 1\n"
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        shared.write("X = 2\n")
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        theirs.add_folder("/python/theirs")
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        shared.delete()
    assert shared.read() == "X = 1\n"
    # No access at all: refused as the project's other content is.
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").get_library()
    # Another project's library is its own.
    other = (client.create_project("Q", "Q", "admin")).get_library()
    assert other.get_file("/python/shared.py") is None


LIBRARY_SCRIPT = """
from dataiku import recipe
from pricing.rules import double, LABEL

source = recipe.get_inputs_as_datasets()[0]
target = recipe.get_outputs_as_datasets()[0]
target.write_schema([{"name": "name", "type": "string"}, {"name": "doubled", "type": "double"}])
with target.get_writer() as writer:
    for row in source.iter_rows():
        writer.write_row_array([LABEL + row["name"], double(row["amount"] or 0)])
import pricing.rules
open(pricing.rules.__file__, "w").write("changed by the recipe")
"""


def test_python_recipes_import_the_project_library(project: DSSProject) -> None:
    library = project.get_library()
    rules = library.add_file("/python/pricing/rules.py")
    rules.write("LABEL = 'x-'\n\ndef double(value):\n    return 2 * value\n")
    (library.add_file("/python/pricing/__init__.py")).write("")
    upload_csv(project)
    python_recipe(project, "customers", "doubled", LIBRARY_SCRIPT, "double")
    project.get_dataset("doubled").build(timeout=60)
    assert rows_of(project.get_dataset("doubled")) == [
        ["x-ann", 20.0],
        ["x-bob", 40.0],
        ["x-cid", 11.0],
        ["x-dan", 0.0],
    ]
    # The recipe ran on a copy: the library is unchanged.
    assert rules.read() == "LABEL = 'x-'\n\ndef double(value):\n    return 2 * value\n"
