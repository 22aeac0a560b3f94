"""Managed folders, end to end against the emulator: definitions, files streamed both ways,
path confinement, metrics, usages, copies, discussions, rights and isolation."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.dataset import AsyncDSSDataset
from dssclient.aio.dss.managedfolder import AsyncDSSManagedFolder, AsyncDSSManagedFolderSettings
from dssclient.dss.metrics import ComputedMetrics
from dssclient.emulator.models.managed_folders import ManagedFolders
from tests.conftest import sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove

READERS = [{"group": "readers", "readProjectContent": True}]
WRITERS = [{"group": "readers", "readProjectContent": True, "writeProjectContent": True}]


def directory_of(emulator: Any, project_key: str, folder_id: str) -> Path:
    model: ManagedFolders = emulator.state.extension(ManagedFolders)
    return model.get(project_key, folder_id).directory


async def new_folder(client: AsyncDSSClient, name: str = "reports", key: str = "P") -> AsyncDSSManagedFolder:
    project = client.get_project(key)
    if key not in await client.list_project_keys():
        project = await client.create_project(key, key, "admin")
    return await project.create_managed_folder(name)


async def read_all(folder: AsyncDSSManagedFolder, path: str) -> bytes:
    async with await folder.get_file(path) as stream:
        return await stream.read()


async def test_create_list_get_and_the_official_body(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    folder = await project.create_managed_folder("reports")
    assert isinstance(folder, AsyncDSSManagedFolder) and len(folder.id) == 8 and folder.odb_id == folder.id
    assert sent_bodies(dss_emulator, "createManagedFolder") == [
        {
            "name": "reports",
            "projectKey": "P",
            "type": None,
            "params": {"connection": "filesystem_folders", "path": "/${projectKey}/${odbId}"},
        }
    ]
    (listed,) = await project.list_managed_folders()
    assert isinstance(listed, dict) and (listed["id"], listed["name"], listed["type"]) == (
        folder.id,
        "reports",
        "Filesystem",
    )
    assert project.get_managed_folder(folder.id).id == folder.id
    settings = await folder.get_settings()
    assert isinstance(settings, AsyncDSSManagedFolderSettings)
    assert settings.type == "Filesystem" and settings.get_raw_params()["connection"] == "filesystem_folders"
    with pytest.warns(DeprecationWarning):
        definition = await folder.get_definition()
    assert definition["id"] == folder.id


async def test_names_are_unique_and_not_blank(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    project = client.get_project("P")
    with pytest.raises(ConflictError):
        await project.create_managed_folder("reports")
    with pytest.raises(BadRequestError):
        await project.create_managed_folder("   ")
    other = await project.create_managed_folder("other")
    with pytest.raises(ConflictError):
        await other.rename("reports")
    with pytest.raises(BadRequestError):
        await other.rename(" ")
    await folder.rename("renamed")
    assert (await folder.get_settings()).get_raw()["name"] == "renamed"


async def test_settings_round_trip_with_partitioning_and_tags(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    settings = await folder.get_settings()
    settings.add_time_partitioning_dimension("day", "MONTH")
    settings.add_discrete_partitioning_dimension("country")
    settings.set_partitioning_file_pattern("/%{country}/%Y/%M/.*")
    settings.tags = ["finance"]
    settings.get_raw()["unknownField"] = {"kept": None}
    await settings.save()
    again = (await folder.get_settings()).get_raw()
    assert again["partitioning"] == {
        "dimensions": [
            {"name": "day", "type": "time", "params": {"period": "MONTH"}},
            {"name": "country", "type": "value"},
        ],
        "filePathPattern": "/%{country}/%Y/%M/.*",
    }
    assert again["tags"] == ["finance"] and again["unknownField"] == {}
    assert again["versionTag"]["versionNumber"] == 1
    settings = await folder.get_settings()
    settings.remove_partitioning()
    await settings.save()
    assert (await folder.get_settings()).get_raw()["partitioning"] == {"dimensions": []}
    # A save cannot rename, nor move the folder to another id.
    settings.get_raw()["name"] = "sneaky"
    with pytest.raises(BadRequestError, match="renameManagedFolder"):
        await settings.save()
    raw = (await folder.get_settings()).get_raw()
    raw["id"] = "OTHERID1"
    with pytest.warns(DeprecationWarning), pytest.raises(BadRequestError):
        await folder.set_definition(raw)


async def test_set_connection_and_path(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    settings = await folder.get_settings()
    await settings.set_connection_and_path(None, "/elsewhere")
    assert settings.get_raw_params()["path"] == "/elsewhere" and settings.type == "Filesystem"
    with pytest.raises(NotFoundError):
        await settings.set_connection_and_path("no_such_connection", None)


async def test_files_round_trip_as_bytes_files_paths_and_text(client: AsyncDSSClient, tmp_path: Path) -> None:
    folder = await new_folder(client)
    item = await folder.put_file("/2024/report.csv", b"a,b\n1,2\n")
    assert (item["path"], item["size"]) == ("/2024/report.csv", 8) and item["lastModified"] > 0
    await folder.put_file("notes.txt", io.BytesIO(b"hello"))
    local = tmp_path / "big.bin"
    local.write_bytes(os.urandom(3 * 1024 * 1024 + 7))
    await folder.put_file("deep/er/big.bin", local)
    await folder.put_file("text.txt", "é as text")
    assert await read_all(folder, "/2024/report.csv") == b"a,b\n1,2\n"
    assert await read_all(folder, "notes.txt") == b"hello"
    assert await read_all(folder, "deep/er/big.bin") == local.read_bytes()
    assert await read_all(folder, "/text.txt") == "é as text".encode()
    contents = await folder.list_contents()
    assert sorted((i["path"], i["size"]) for i in contents["items"]) == [
        ("/2024/report.csv", 8),
        ("/deep/er/big.bin", local.stat().st_size),
        ("/notes.txt", 5),
        ("/text.txt", len("é as text".encode())),
    ]
    # Replacing a file replaces it whole.
    await folder.put_file("notes.txt", b"bye")
    assert await read_all(folder, "notes.txt") == b"bye"


async def test_a_download_streams_and_reads_in_chunks(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    content = os.urandom(5 * 1024 * 1024)
    await folder.put_file("blob", content)
    received = bytearray()
    async with await folder.get_file("blob") as stream:
        async for chunk in stream.iter_content(64 * 1024):
            assert len(chunk) <= 64 * 1024
            received += chunk
    assert bytes(received) == content


async def test_delete_file_and_folder_paths(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    for path in ("a/1.txt", "a/b/2.txt", "c.txt"):
        await folder.put_file(path, b"x")
    await folder.delete_file("/c.txt")
    await folder.delete_file("a")  # a folder, with everything in it
    await folder.delete_file("never/was.txt")  # nothing there: no error
    assert (await folder.list_contents())["items"] == []
    with pytest.raises(NotFoundError):
        await folder.get_file("c.txt")


async def test_a_file_cannot_be_a_folder_and_the_other_way_round(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    await folder.put_file("a/b.txt", b"x")
    with pytest.raises(BadRequestError):
        await folder.put_file("a", b"y")
    with pytest.raises(BadRequestError):
        await folder.put_file("a/b.txt/c", b"y")
    with pytest.raises(NotFoundError):
        await folder.get_file("a")
    assert await read_all(folder, "a/b.txt") == b"x"


@pytest.mark.parametrize(
    "path",
    [
        "../escape",
        "a/../../x",
        "/",
        "",
        "//etc/passwd",
        "a//b",
        "a/./b",
        "a\\..\\b",
        "a\x00b",
        "%2e%2e/x",
        "a%2Fb",
        "%252e%252e",
        "trailing/",
    ],
)
async def test_paths_leaving_the_folder_are_refused_before_sending(
    client: AsyncDSSClient, dss_emulator: Any, path: str
) -> None:
    folder = await new_folder(client)
    before = len(dss_emulator.request_log)
    with pytest.raises(InvalidIdentifierError):
        await folder.get_file(path)
    with pytest.raises(InvalidIdentifierError):
        await folder.put_file(path, b"x")
    with pytest.raises(InvalidIdentifierError):
        await folder.delete_file(path)
    assert len(dss_emulator.request_log) == before


async def test_upload_folder_sends_the_content_of_a_local_directory(client: AsyncDSSClient, tmp_path: Path) -> None:
    folder = await new_folder(client)
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "top.txt").write_bytes(b"top")
    (tmp_path / "src" / "sub" / "inner.txt").write_bytes(b"inner")
    await folder.upload_folder("/target", tmp_path / "src")
    await folder.upload_folder("/", str(tmp_path / "src"))
    paths = sorted(item["path"] for item in (await folder.list_contents())["items"])
    assert paths == ["/sub/inner.txt", "/target/sub/inner.txt", "/target/top.txt", "/top.txt"]
    assert await read_all(folder, "target/sub/inner.txt") == b"inner"
    with pytest.raises(InvalidIdentifierError):
        await folder.upload_folder("../out", tmp_path / "src")
    with pytest.raises(NotADirectoryError):
        await folder.upload_folder("x", tmp_path / "src" / "top.txt")


async def test_files_live_on_disk_in_the_folder_directory(client: AsyncDSSClient, dss_emulator: Any) -> None:
    folder = await new_folder(client)
    await folder.put_file("x/y.bin", b"on disk")
    directory = directory_of(dss_emulator, "P", folder.id)
    assert (directory / "x" / "y.bin").read_bytes() == b"on disk"
    # No temporary file is left beside it.
    assert sorted(p.name for p in directory.rglob("*")) == ["x", "y.bin"]


async def test_metrics_count_files_and_size(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    await folder.put_file("a", b"12345")
    await folder.put_file("b/c", b"123")
    state = await folder.compute_metrics()
    assert state["hasResult"] is True
    computed = {c["metricId"]: c["value"] for c in state["result"]["computed"]}
    assert computed == {"basic:COUNT_FILES": "2", "basic:SIZE": "8"}
    await folder.put_file("d", b"1")
    state = await folder.compute_metrics(metric_ids=["basic:COUNT_FILES"])
    assert [c["value"] for c in state["result"]["computed"]] == ["3"]
    last = await folder.get_last_metric_values()
    assert isinstance(last, ComputedMetrics)
    assert last.get_global_value("basic:COUNT_FILES") == 3 and last.get_global_value("basic:SIZE") == 8
    history = await folder.get_metric_history("basic:COUNT_FILES")
    assert [v["value"] for v in history["values"]] == ["2", "3"]
    state = await folder.compute_metrics(probes={"probes": [{"type": "basic", "enabled": True}]})
    assert {c["metricId"] for c in state["result"]["computed"]} == {"basic:COUNT_FILES", "basic:SIZE"}
    with pytest.raises(BadRequestError):
        await folder.compute_metrics(metric_ids=["records:COUNT_RECORDS"])
    with pytest.raises(BadRequestError):
        await folder.compute_metrics(probes={"probes": [{"type": "col_stats", "enabled": True}]})


async def test_copy_to_really_copies_as_a_future(client: AsyncDSSClient) -> None:
    source = await new_folder(client, "source")
    target = await client.get_project("P").create_managed_folder("target")
    await source.put_file("a/1.txt", b"one")
    await source.put_file("2.txt", b"two")
    await target.put_file("old.txt", b"old")
    await target.put_file("2.txt", b"stale")
    future = await source.copy_to(target, write_mode="APPEND")
    await future.wait_for_result(timeout=10)
    assert sorted(i["path"] for i in (await target.list_contents())["items"]) == ["/2.txt", "/a/1.txt", "/old.txt"]
    assert await read_all(target, "2.txt") == b"two"
    await (await source.copy_to(target)).wait_for_result(timeout=10)
    assert sorted(i["path"] for i in (await target.list_contents())["items"]) == ["/2.txt", "/a/1.txt"]
    with pytest.raises(BadRequestError):
        await source.copy_to(source)
    with pytest.raises(NotFoundError):
        await source.copy_to(client.get_project("P").get_managed_folder("NOSUCHID"))


async def test_usages_name_the_recipes_reading_and_writing(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    project = client.get_project("P")
    await project.create_recipe(
        {"type": "python", "name": "from_folder", "inputs": {"main": {"items": [{"ref": folder.id}]}}, "outputs": {}},
        {"script": "pass"},
    )
    assert await folder.get_usages() == [{"type": "RECIPE_INPUT", "objectId": "from_folder", "objectProjectKey": "P"}]
    # Deleting the folder deletes the recipes using it.
    await folder.delete()
    assert [r.name for r in await project.list_recipes(as_type="objects")] == []
    with pytest.raises(NotFoundError):
        await folder.get_settings()


async def test_delete_keeps_or_drops_the_files(client: AsyncDSSClient, dss_emulator: Any) -> None:
    kept = await new_folder(client, "kept")
    dropped = await client.get_project("P").create_managed_folder("dropped")
    await kept.put_file("f", b"x")
    await dropped.put_file("f", b"x")
    kept_dir = directory_of(dss_emulator, "P", kept.id)
    dropped_dir = directory_of(dss_emulator, "P", dropped.id)
    await kept.delete()
    await dropped.delete(drop_data=True)
    assert (kept_dir / "f").exists() and not dropped_dir.exists()
    assert await client.get_project("P").list_managed_folders() == []


async def test_discussions_on_a_folder(client: AsyncDSSClient) -> None:
    folder = await new_folder(client)
    discussions = folder.get_object_discussions()
    assert (discussions.object_type, discussions.object_id) == ("MANAGED_FOLDER", folder.id)
    created = await discussions.create_discussion("About", "these files")
    (listed,) = await discussions.list_discussions()
    assert listed.discussion_id == created.discussion_id


async def test_create_dataset_from_files(client: AsyncDSSClient, dss_emulator: Any) -> None:
    folder = await new_folder(client)
    dataset = await folder.create_dataset_from_files("from_files")
    assert isinstance(dataset, AsyncDSSDataset) and dataset.dataset_name == "from_files"
    assert sent_bodies(dss_emulator, "createDataset")[-1] == {
        "name": "from_files",
        "projectKey": "P",
        "type": "FilesInFolder",
        "params": {"folderSmartId": folder.id},
    }
    assert (await dataset.get_settings()).type == "FilesInFolder"


async def test_unknown_folders_and_projects(client: AsyncDSSClient) -> None:
    await client.create_project("P", "P", "admin")
    missing = client.get_project("P").get_managed_folder("NOSUCHID")
    with pytest.raises(NotFoundError):
        await missing.get_settings()
    with pytest.raises(NotFoundError):
        await missing.list_contents()
    with pytest.raises(NotFoundError):
        await missing.get_file("a")
    with pytest.raises(NotFoundError):
        await missing.put_file("a", b"")
    with pytest.raises(NotFoundError):
        await client.get_project("NOPE").list_managed_folders()


async def test_readers_read_writers_write_strangers_see_nothing(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    await client.create_project("R", "R", "admin", permissions=READERS)
    await client.create_project("W", "W", "admin", permissions=WRITERS)
    await client.create_project("S", "S", "admin")
    read_only = await client.get_project("R").create_managed_folder("f")
    await read_only.put_file("a.txt", b"shared")
    as_reader = reader_client.get_project("R").get_managed_folder(read_only.id)
    assert await read_all(as_reader, "a.txt") == b"shared"
    assert len(await reader_client.get_project("R").list_managed_folders()) == 1
    with pytest.raises(PermissionDeniedError):
        await as_reader.put_file("b.txt", b"no")
    with pytest.raises(PermissionDeniedError):
        await as_reader.delete_file("a.txt")
    with pytest.raises(PermissionDeniedError):
        await as_reader.rename("nope")
    with pytest.raises(PermissionDeniedError):
        await as_reader.compute_metrics()
    with pytest.raises(PermissionDeniedError):
        await as_reader.delete()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("R").create_managed_folder("mine")
    assert [i["path"] for i in (await as_reader.list_contents())["items"]] == ["/a.txt"]
    writable = await reader_client.get_project("W").create_managed_folder("mine")
    await writable.put_file("x", b"y")
    # Copying from a project one reads into one one writes is allowed; the other way is not.
    await (await as_reader.copy_to(writable)).wait_for_result(timeout=10)
    assert await read_all(writable, "a.txt") == b"shared"
    with pytest.raises(PermissionDeniedError):
        await writable.copy_to(as_reader)
    secret = await client.get_project("S").create_managed_folder("secret")
    await secret.put_file("s", b"secret")
    stranger = reader_client.get_project("S").get_managed_folder(secret.id)
    with pytest.raises(PermissionDeniedError):
        await stranger.get_file("s")
    with pytest.raises(PermissionDeniedError):
        await stranger.list_contents()
    with pytest.raises(PermissionDeniedError):
        await stranger.get_settings()


async def test_a_folder_is_reachable_through_its_own_project_only(client: AsyncDSSClient) -> None:
    folder = await new_folder(client, "f", "A")
    await folder.put_file("a", b"x")
    await client.create_project("B", "B", "admin")
    elsewhere = client.get_project("B").get_managed_folder(folder.id)
    with pytest.raises(NotFoundError):
        await elsewhere.get_file("a")
    with pytest.raises(NotFoundError):
        await elsewhere.list_contents()


async def test_deleting_the_project_removes_its_folders_files(client: AsyncDSSClient, dss_emulator: Any) -> None:
    folder = await new_folder(client)
    await folder.put_file("a", b"x")
    directory = directory_of(dss_emulator, "P", folder.id)
    await client.get_project("P").delete()
    assert not directory.exists()


# -- the dataiku package of recipes: dataiku.Folder ----------------------------------------------

FOLDER_SCRIPT = """
import dataiku
from dataiku import recipe

source = dataiku.Folder("incoming")
target = dataiku.Folder(recipe.get_output_names_for_role("main")[0])
for path in source.list_paths_in_partition():
    with source.get_download_stream(path) as stream:
        content = stream.read()
    with target.get_writer("/upper" + path) as writer:
        writer.write(content.upper())
target.upload_data("summary.txt", "%d files" % len(source.list_paths_in_partition()))
target.upload_stream("/copied/" + "first.txt", source.get_download_stream("/a.txt"))
print("done", source.get_id(), target.get_name())
"""


async def folder_recipe(client: AsyncDSSClient, script: str) -> tuple[AsyncDSSManagedFolder, AsyncDSSManagedFolder]:
    project = await client.create_project("P", "P", "admin")
    source = await project.create_managed_folder("incoming")
    target = await project.create_managed_folder("outgoing")
    await source.put_file("a.txt", b"alpha")
    await source.put_file("sub/b.txt", b"beta")
    await project.create_recipe(
        {
            "type": "python",
            "name": "transform",
            "inputs": {"main": {"items": [{"ref": source.id}]}},
            "outputs": {"main": {"items": [{"ref": target.id}]}},
        },
        {"script": script},
    )
    return source, target


async def build(client: AsyncDSSClient, folder: AsyncDSSManagedFolder, no_fail: bool = False) -> Any:
    builder = client.get_project("P").new_job("NON_RECURSIVE_FORCED_BUILD")
    builder.with_output(folder.id, object_type="MANAGED_FOLDER")
    return await builder.start_and_wait(no_fail=no_fail, timeout=60)


async def test_a_python_recipe_reads_a_folder_and_writes_another(client: AsyncDSSClient) -> None:
    source, target = await folder_recipe(client, FOLDER_SCRIPT)
    job = await build(client, target)
    assert (await job.get_status())["baseStatus"]["state"] == "DONE"
    assert "done " + source.id + " outgoing" in await job.get_log()
    assert sorted(i["path"] for i in (await target.list_contents())["items"]) == [
        "/copied/first.txt",
        "/summary.txt",
        "/upper/a.txt",
        "/upper/sub/b.txt",
    ]
    assert await read_all(target, "upper/sub/b.txt") == b"BETA"
    assert await read_all(target, "summary.txt") == b"2 files"
    assert await read_all(target, "copied/first.txt") == b"alpha"
    # The input is untouched.
    assert sorted(i["path"] for i in (await source.list_contents())["items"]) == ["/a.txt", "/sub/b.txt"]
    assert await target.get_usages() == [{"type": "RECIPE_OUTPUT", "objectId": "transform", "objectProjectKey": "P"}]


@pytest.mark.parametrize(
    ("script", "message"),
    [
        ('dataiku.Folder("incoming").upload_data("x", b"no")', "is not an output of this recipe"),
        ('dataiku.Folder("incoming").delete_path("a.txt")', "is not an output of this recipe"),
        ('dataiku.Folder("outgoing").upload_data("../escape", b"no")', "could leave its managed folder"),
        ('dataiku.Folder("outgoing").upload_data("%2e%2e/escape", b"no")', "percent-encoded"),
        ('dataiku.Folder("incoming").get_download_stream("/../../etc/passwd")', "could leave its managed folder"),
        ('dataiku.Folder("incoming").get_download_stream("a\\\\b")', "backslash"),
        ('dataiku.Folder("incoming").get_path()', "get_path() is not available"),
        ('dataiku.Folder("nosuch").list_paths_in_partition()', "does not exist"),
    ],
)
async def test_the_recipe_shim_refuses_what_leaves_its_rights_or_its_folder(
    client: AsyncDSSClient, script: str, message: str
) -> None:
    source, target = await folder_recipe(client, "import dataiku\n" + script + "\n")
    job = await build(client, target, no_fail=True)
    assert (await job.get_status())["baseStatus"]["state"] == "FAILED"
    assert message in await job.get_log()
    assert sorted(i["path"] for i in (await source.list_contents())["items"]) == ["/a.txt", "/sub/b.txt"]
    assert (await target.list_contents())["items"] == []


async def test_a_writer_left_on_an_error_writes_nothing(client: AsyncDSSClient) -> None:
    script = (
        "import dataiku\n"
        "with dataiku.Folder('outgoing').get_writer('half.txt') as writer:\n"
        "    writer.write(b'half')\n"
        "    raise ValueError('boom')\n"
    )
    _, target = await folder_recipe(client, script)
    job = await build(client, target, no_fail=True)
    assert (await job.get_status())["baseStatus"]["state"] == "FAILED"
    assert (await target.list_contents())["items"] == []


async def test_the_recipe_shim_holds_the_running_users_rights_on_other_projects(
    client: AsyncDSSClient, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    state = dss_emulator.state
    state.groups["readers"]["mayWriteUnsafeCode"] = True
    state.users["reader"].profile = "DESIGNER"
    state.refresh_rights()
    project = await client.create_project("P", "P", "admin", permissions=WRITERS)
    other = await client.create_project("Q", "Q", "admin")
    foreign = await other.create_managed_folder("theirs")
    await foreign.put_file("secret.txt", b"secret")
    target = await project.create_managed_folder("mine")
    script = (
        "import dataiku\n"
        f"data = dataiku.Folder('Q.{foreign.id}').get_download_stream('secret.txt').read()\n"
        "dataiku.Folder('mine').upload_data('copy.txt', data)\n"
    )
    await project.create_recipe(
        {
            "type": "python",
            "name": "steal",
            "inputs": {"main": {"items": [{"ref": f"Q.{foreign.id}"}]}},
            "outputs": {"main": {"items": [{"ref": target.id}]}},
        },
        {"script": script},
    )
    builder = reader_client.get_project("P").new_job("NON_RECURSIVE_FORCED_BUILD")
    job = await builder.with_output(target.id, object_type="MANAGED_FOLDER").start_and_wait(no_fail=True, timeout=60)
    assert (await job.get_status())["baseStatus"]["state"] == "FAILED"
    assert "may not read the content of project Q" in await job.get_log()
    assert (await target.list_contents())["items"] == []
    # Run by the administrator, who may read Q, the same recipe copies the file.
    await build(client, target)
    assert await read_all(target, "copy.txt") == b"secret"
