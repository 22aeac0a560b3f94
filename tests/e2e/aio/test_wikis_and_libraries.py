"""Wikis and project libraries, end to end against the emulator: every method, refusals, permissions."""

from __future__ import annotations

import io
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    InvalidIdentifierError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.discussion import AsyncDSSObjectDiscussions
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.projectlibrary import AsyncDSSLibrary, AsyncDSSLibraryFile, AsyncDSSLibraryFolder
from dssclient.aio.dss.wiki import AsyncDSSWiki, AsyncDSSWikiArticle, AsyncDSSWikiArticleData, AsyncDSSWikiSettings
from tests.conftest import FAST_POLLING, sent_bodies
from tests.e2e.aio.automation_helpers import python_recipe, rows_of, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

ANALYST_KEY = "analyst-key-without-code-rights"


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    return await client.create_project("P", "Project", "admin")


@pytest.fixture
async def analyst(dss_emulator: Any, project: AsyncDSSProject) -> AsyncIterator[AsyncDSSClient]:
    """A writer of P's content whose groups do not grant mayWriteUnsafeCode."""
    state = dss_emulator.state
    state.add_group("analysts", "may not write code", "LOCAL")
    state.add_user("analyst", groups=["analysts"], profile="DESIGNER")
    state.add_api_key("analyst", secret=ANALYST_KEY)
    state.projects["P"].permissions = [{"group": "analysts", "writeProjectContent": True}]
    async with AsyncDSSClient(dss_emulator.url, ANALYST_KEY, future_polling=FAST_POLLING) as dss:
        yield dss


def reads_for_readers(dss_emulator: Any) -> None:
    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]


# -- wikis ---------------------------------------------------------------------------------------------


async def test_articles_are_created_under_their_parent_and_listed_in_taxonomy_order(project: AsyncDSSProject) -> None:
    wiki = project.get_wiki()
    assert isinstance(wiki, AsyncDSSWiki)
    assert await wiki.list_articles() == []
    home = await wiki.create_article("Home", content="# Welcome")
    child = await wiki.create_article("How to", parent_id=home.article_id)
    other = await wiki.create_article("Other")
    assert isinstance(home, AsyncDSSWikiArticle)
    assert len({home.article_id, child.article_id, other.article_id}) == 3
    settings = await wiki.get_settings()
    assert isinstance(settings, AsyncDSSWikiSettings)
    assert settings.get_taxonomy() == [
        {"id": home.article_id, "children": [{"id": child.article_id, "children": []}]},
        {"id": other.article_id, "children": []},
    ]
    assert [a.article_id for a in await wiki.list_articles()] == [home.article_id, child.article_id, other.article_id]
    assert (await home.get_data()).get_body() == "# Welcome"
    assert (await child.get_data()).get_body() == ""
    by_name = await wiki.get_article("How to")
    assert by_name.article_id == child.article_id
    with pytest.raises(NotFoundError):
        await wiki.get_article("Nothing")
    with pytest.raises(NotFoundError):
        await wiki.create_article("Orphan", parent_id="999")
    with pytest.raises(ConflictError):
        await wiki.create_article("Home")


async def test_article_data_round_trips_and_renames(project: AsyncDSSProject) -> None:
    wiki = project.get_wiki()
    article = await wiki.create_article("Draft")
    data = await article.get_data()
    assert isinstance(data, AsyncDSSWikiArticleData)
    assert data.get_name() == "Draft"
    data.set_body("Body *text*")
    data.set_name("Final")
    metadata = data.get_metadata()
    assert metadata is not None
    metadata["tags"] = ["doc"]
    metadata["customField"] = {"kept": [1, "a"]}  # unknown to dssclient: sent and kept as is
    await data.save()
    assert data.get_name() == "Final" and data.get_body() == "Body *text*"
    again = await (await wiki.get_article("Final")).get_data()
    assert again.get_body() == "Body *text*"
    saved = again.get_metadata()
    assert saved is not None and saved["tags"] == ["doc"] and saved["customField"] == {"kept": [1, "a"]}
    again.set_metadata({**saved, "name": "Final v2"})
    await again.save()
    assert (await article.get_data()).get_name() == "Final v2"
    await wiki.create_article("Taken")
    clash = await article.get_data()
    clash.set_name("Taken")
    with pytest.raises(ConflictError):
        await clash.save()


async def test_settings_round_trip_and_are_checked(project: AsyncDSSProject) -> None:
    wiki = project.get_wiki()
    first = await wiki.create_article("First")
    second = await wiki.create_article("Second")
    settings = await wiki.get_settings()
    assert settings.get_home_article_id() is None
    settings.set_home_article_id(second.article_id)
    settings.get_raw()["extra"] = {"a": [1, "b"]}
    settings.move_article_in_taxonomy(first.article_id, second.article_id)
    await settings.save()
    read = await wiki.get_settings()
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
    await read.save()
    assert [node["id"] for node in (await wiki.get_settings()).get_taxonomy()] == [
        second.article_id,
        first.article_id,
    ]
    # DSS's rule: every article once and only once, home an article of the wiki.
    broken = await wiki.get_settings()
    broken.set_taxonomy([{"id": first.article_id, "children": []}])
    with pytest.raises(BadRequestError, match="missing"):
        await broken.save()
    broken.set_taxonomy([{"id": first.article_id, "children": [{"id": first.article_id}]}, {"id": second.article_id}])
    with pytest.raises(BadRequestError, match="more than once"):
        await broken.save()
    home = await wiki.get_settings()
    home.set_home_article_id("999")
    with pytest.raises(BadRequestError, match="homeArticleId"):
        await home.save()


async def test_deleting_an_article(project: AsyncDSSProject) -> None:
    wiki = project.get_wiki()
    parent = await wiki.create_article("Parent")
    child = await wiki.create_article("Child", parent_id=parent.article_id)
    settings = await wiki.get_settings()
    settings.set_home_article_id(child.article_id)
    await settings.save()
    # What DSS does with the children of a deleted article is not documented: refused.
    with pytest.raises(BadRequestError, match="child"):
        await parent.delete()
    await child.delete()
    after = await wiki.get_settings()
    assert after.get_taxonomy() == [{"id": parent.article_id, "children": []}]
    assert after.get_home_article_id() is None
    with pytest.raises(NotFoundError):
        await child.get_data()
    await parent.delete()
    assert await wiki.list_articles() == []


async def test_attachments_go_up_and_come_down(project: AsyncDSSProject, tmp_path: Path) -> None:
    article = await project.get_wiki().create_article("Docs")
    content = bytes(range(256)) * 1000
    await article.upload_attachement(io.BytesIO(content), "diagram (v2).png")
    path = tmp_path / "notes.txt"
    path.write_bytes(b"notes")
    await article.upload_attachement(path, "notes.txt")
    metadata = (await article.get_data()).get_metadata()
    assert metadata is not None
    attachments = metadata["attachments"] or []
    assert [(a["attachmentType"], (a["details"] or {})["objectDisplayName"]) for a in attachments] == [
        ("FILE", "diagram v2.png"),
        ("FILE", "notes.txt"),
    ]
    first, second = (str(a["smartId"]) for a in attachments)
    async with await article.get_uploaded_file(first) as stream:
        assert await stream.read() == content
    async with await article.get_uploaded_file(second) as stream:
        assert await stream.read() == b"notes"
    with pytest.raises(NotFoundError):
        await article.get_uploaded_file("nope")
    with pytest.raises(TypeError):
        await article.upload_attachement("not a file", "x.txt")


async def test_exports_are_real_files(project: AsyncDSSProject, tmp_path: Path) -> None:
    wiki = project.get_wiki()
    top = await wiki.create_article("Top", content="Top text (with parentheses)")
    sub = await wiki.create_article("Sub", parent_id=top.article_id, content="Sub text")
    await sub.upload_attachement(b"attached", "a.txt")
    await wiki.export_to_file(tmp_path / "wiki.pdf", paper_size="US_LETTER")
    pdf = (tmp_path / "wiki.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert b"Top text \\(with parentheses\\)" in pdf and b"Sub text" in pdf and b"612 792" in pdf
    await top.export_to_file(tmp_path / "top.pdf")
    alone = (tmp_path / "top.pdf").read_bytes()
    assert b"Top text" in alone and b"Sub text" not in alone and b"595 842" in alone
    await top.export_to_file(tmp_path / "all.zip", export_children=True, export_attachment=True)
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        names = archive.namelist()
        assert names[0] == "Top.pdf" and b"Sub text" in archive.read("Top.pdf")
        (attached,) = [name for name in names if name.endswith("a.txt")]
        assert archive.read(attached) == b"attached"
    async with await wiki.get_export_stream(export_attachment=True) as stream:
        assert (await stream.read()).startswith(b"PK")
    with pytest.raises(InvalidRequestError):
        await wiki.get_export_stream(paper_size="A5")
    with pytest.raises(InvalidRequestError):
        await top.export_to_file(tmp_path / "x.pdf", paper_size="a4")
    assert not (tmp_path / "x.pdf").exists()


async def test_article_discussions(project: AsyncDSSProject) -> None:
    article = await project.get_wiki().create_article("Talk")
    discussions = article.get_object_discussions()
    assert isinstance(discussions, AsyncDSSObjectDiscussions)
    assert (discussions.project_key, discussions.object_type, discussions.object_id) == (
        "P",
        "ARTICLE",
        article.article_id,
    )
    created = await discussions.create_discussion("Typo", "In the second paragraph")
    assert [d.discussion_id for d in await discussions.list_discussions()] == [created.discussion_id]


async def test_wiki_permissions_and_isolation(
    client: AsyncDSSClient, reader_client: AsyncDSSClient, project: AsyncDSSProject, dss_emulator: Any
) -> None:
    article = await project.get_wiki().create_article("Secret", content="s3cret")
    theirs = reader_client.get_project("P").get_wiki()
    with pytest.raises(PermissionDeniedError):
        await theirs.get_settings()
    with pytest.raises(PermissionDeniedError):
        await theirs.get_article(article.article_id)
    reads_for_readers(dss_emulator)
    seen = await theirs.get_article(article.article_id)
    assert (await seen.get_data()).get_body() == "s3cret"
    async with await theirs.get_export_stream() as stream:
        assert b"s3cret" in await stream.read()
    with pytest.raises(PermissionDeniedError):
        await theirs.create_article("Mine")
    with pytest.raises(PermissionDeniedError):
        await seen.delete()
    data = await seen.get_data()
    data.set_body("changed")
    with pytest.raises(PermissionDeniedError):
        await data.save()
    with pytest.raises(PermissionDeniedError):
        await seen.upload_attachement(b"x", "x.txt")
    # Another project's wiki never reaches this one's articles.
    other = (await client.create_project("Q", "Q", "admin")).get_wiki()
    with pytest.raises(NotFoundError):
        await other.get_article(article.article_id)
    assert await other.list_articles() == []
    with pytest.raises(InvalidIdentifierError):
        await project.get_wiki().get_article("..")


# -- project libraries --------------------------------------------------------------------------------


def paths(library: AsyncDSSLibrary) -> list[str]:
    found: list[str] = []

    def walk(folder: AsyncDSSLibraryFolder) -> None:
        for item in folder.list():
            found.append(item.path)
            if isinstance(item, AsyncDSSLibraryFolder):
                walk(item)

    walk(library.root)
    return found


async def test_a_new_library_has_dss_layout(project: AsyncDSSProject) -> None:
    library = await project.get_library()
    assert isinstance(library, AsyncDSSLibrary)
    assert library.root.is_root() and library.root.path == "/"
    assert paths(library) == ["/R", "/external-libraries.json", "/python"]
    config = library.get_file("/external-libraries.json")
    assert isinstance(config, AsyncDSSLibraryFile)
    assert '"pythonPath"' in await config.read()
    assert [item.name for item in library.list()] == ["R", "external-libraries.json", "python"]
    assert library.list("/python") == []
    assert library.get_file("/missing.py") is None and library.get_folder("/missing") is None
    with pytest.raises(InvalidRequestError):
        library.get_file("/python")
    with pytest.raises(InvalidRequestError):
        library.get_folder("/external-libraries.json")


async def test_files_and_folders_are_written_read_renamed_moved_and_deleted(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    library = await project.get_library()
    helpers = await library.add_file("/python/tools/helpers.py")
    assert helpers.path == "/python/tools/helpers.py"
    assert await helpers.read() == ""
    await helpers.write("def double(x):\n    return 2 * x\n")
    assert await helpers.read() == "def double(x):\n    return 2 * x\n"
    await helpers.write(b"\xff\x00binary")
    assert await helpers.read("bytes") == b"\xff\x00binary"
    assert await helpers.read() == "\ufffd\x00binary"
    with pytest.raises(InvalidRequestError):
        await helpers.read("text")  # type: ignore[call-overload]
    with pytest.raises(InvalidRequestError, match="already exists"):
        await library.add_file("/python/tools/helpers.py")
    python = library.get_folder("/python")
    assert python is not None
    sub = await python.add_folder("sub")
    assert sub.path == "/python/sub" and python.get_child("sub") is sub
    with pytest.raises(ConflictError):
        await python.add_folder("sub")
    notes = await sub.add_file("notes.txt")
    await notes.write(io.BytesIO(b"streamed"))
    await helpers.rename("h.py")
    assert helpers.path == "/python/tools/h.py"
    await helpers.move_to(sub)
    assert helpers.path == "/python/sub/h.py"
    tools = library.get_folder("/python/tools")
    assert tools is not None
    await tools.delete()
    fresh = await project.get_library()
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
    assert moved is not None and await moved.read("bytes") == b"\xff\x00binary"
    assert [body["oldPath"] for body in sent_bodies(dss_emulator, "renameLibraryItem")] == ["/python/tools/helpers.py"]
    assert sent_bodies(dss_emulator, "moveLibraryItem") == [{"oldPath": "/python/tools/h.py", "newPath": "/python/sub"}]
    await sub.rename("renamed")
    assert (await project.get_library()).get_file("/python/renamed/notes.txt") is not None
    with pytest.raises(InvalidRequestError):
        await fresh.root.delete()
    with pytest.raises(InvalidRequestError):
        await fresh.root.rename("x")


async def test_library_refusals(project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    library = await project.get_library()
    python = library.get_folder("/python")
    config = library.get_file("/external-libraries.json")
    assert python is not None and config is not None
    stale = await python.add_file("gone.py")
    await stale.delete()
    with pytest.raises(NotFoundError):
        await stale.read()
    with pytest.raises(InvalidRequestError):
        await stale.move_to(config)  # type: ignore[arg-type]
    # A folder cannot move into itself; a name taken is refused.
    inner = await python.add_folder("inner")
    with pytest.raises(BadRequestError):
        await python.move_to(inner)
    taken = await library.add_file("/python/inner/x.py")
    await library.add_file("/x.py")
    with pytest.raises(ConflictError):
        await taken.move_to(library.root)
    root_x = library.get_file("/x.py")
    assert root_x is not None
    with pytest.raises(ConflictError):
        await root_x.move_to(inner)
    # Paths that could leave the library never leave dssclient.
    with pytest.raises(InvalidIdentifierError):
        await library.add_file("../escape.py")
    with pytest.raises(InvalidIdentifierError):
        await python.add_folder("a//b")


async def test_library_rights(
    project: AsyncDSSProject, analyst: AsyncDSSClient, reader_client: AsyncDSSClient, client: AsyncDSSClient
) -> None:
    library = await project.get_library()
    await (await library.add_file("/python/shared.py")).write("X = 1\n")
    # Writing content without code rights: the library is code.
    theirs = await analyst.get_project("P").get_library()
    shared = theirs.get_file("/python/shared.py")
    assert shared is not None and await shared.read() == "X = 1\n"
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await shared.write("X = 2\n")
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await theirs.add_folder("/python/theirs")
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await shared.delete()
    assert await shared.read() == "X = 1\n"
    # No access at all: refused as the project's other content is.
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_library()
    # Another project's library is its own.
    other = await (await client.create_project("Q", "Q", "admin")).get_library()
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


async def test_python_recipes_import_the_project_library(project: AsyncDSSProject) -> None:
    library = await project.get_library()
    rules = await library.add_file("/python/pricing/rules.py")
    await rules.write("LABEL = 'x-'\n\ndef double(value):\n    return 2 * value\n")
    await (await library.add_file("/python/pricing/__init__.py")).write("")
    await upload_csv(project)
    await python_recipe(project, "customers", "doubled", LIBRARY_SCRIPT, "double")
    await project.get_dataset("doubled").build(timeout=60)
    assert await rows_of(project.get_dataset("doubled")) == [
        ["x-ann", 20.0],
        ["x-bob", 40.0],
        ["x-cid", 11.0],
        ["x-dan", 0.0],
    ]
    # The recipe ran on a copy: the library is unchanged.
    assert await rules.read() == "LABEL = 'x-'\n\ndef double(value):\n    return 2 * value\n"
