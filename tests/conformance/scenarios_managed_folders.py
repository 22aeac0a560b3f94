"""Conformance scenarios of managed folders: definitions, files both ways, metrics, copies, refusals.

The official client puts a file's path into the URL through ``requests.utils.quote`` (slashes
kept): a leading '/' (the folder's root, as its examples write paths) becomes an empty first
segment, which the emulator takes as DSS does (``x-dss-leading-slash``). Paths here have no '%'.
"""

from __future__ import annotations

import io
import os
import tempfile
from typing import Any

import pytest

from tests.conformance.framework import scenario


def _read(folder: Any, path: str) -> bytes:
    stream = folder.get_file(path)
    try:
        return b"".join(stream.iter_content(65536))
    finally:
        stream.close()


def _listing(folder: Any) -> list[tuple[str, int]]:
    return sorted((item["path"], item["size"]) for item in folder.list_contents()["items"])


@scenario()
def managed_folder_lifecycle(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("MF", "Managed folders", "admin")
    folder = project.create_managed_folder("reports")
    seen["listed"] = [(f["name"], f["type"], f["params"]["connection"]) for f in project.list_managed_folders()]
    settings = folder.get_settings()
    seen["type"] = settings.type
    settings.add_discrete_partitioning_dimension("country")
    settings.set_partitioning_file_pattern("%{country}/.*")
    settings.get_raw()["tags"] = ["finance"]
    settings.save()
    seen["partitioning"] = folder.get_settings().get_raw()["partitioning"]
    seen["put"] = folder.put_file("fr/report.csv", io.BytesIO(b"a,b\n1,2\n"))
    folder.put_file("de/été notes.txt", io.BytesIO("déjà vu".encode()))
    folder.put_file("empty.bin", io.BytesIO(b""))
    seen["rooted"] = folder.put_file("/at root.txt", io.BytesIO(b"root"))
    seen["rooted read"] = _read(folder, "/at root.txt")
    folder.put_file("/deep/er/file.txt", io.BytesIO(b"deep"))
    folder.delete_file("/deep")
    seen["contents"] = _listing(folder)
    seen["report"] = _read(folder, "fr/report.csv")
    seen["notes"] = _read(folder, "de/été notes.txt")
    folder.delete_file("empty.bin")
    folder.delete_file("not/there.txt")
    seen["after delete"] = _listing(folder)
    folder.rename("monthly reports")
    seen["renamed"] = folder.get_settings().get_raw()["name"]
    seen["usages"] = folder.get_usages()
    folder.delete(drop_data=True)
    seen["left"] = project.list_managed_folders()
    return seen


@scenario()
def managed_folder_upload_folder_and_copy(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("MF", "Managed folders", "admin")
    source = project.create_managed_folder("source")
    target = project.create_managed_folder("target")
    with tempfile.TemporaryDirectory() as local:
        os.makedirs(os.path.join(local, "sub"))
        with open(os.path.join(local, "top.txt"), "wb") as out:
            out.write(b"top")
        with open(os.path.join(local, "sub", "inner.txt"), "wb") as out:
            out.write(b"inner")
        source.upload_folder("imported", local)
    seen["source"] = _listing(source)
    target.put_file("old.txt", io.BytesIO(b"old"))
    future = source.copy_to(target, write_mode="APPEND")
    future.wait_for_result()
    seen["appended"] = _listing(target)
    source.copy_to(target).wait_for_result()
    seen["overwritten"] = _listing(target)
    seen["copied"] = _read(target, "imported/sub/inner.txt")
    return seen


@scenario()
def managed_folder_metrics(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("MF", "Managed folders", "admin")
    folder = project.create_managed_folder("measured")
    folder.put_file("a", io.BytesIO(b"12345"))
    folder.put_file("b/c", io.BytesIO(b"123"))
    state = folder.compute_metrics()
    seen["computed"] = state.get("result")
    folder.put_file("d", io.BytesIO(b"1"))
    seen["by id"] = folder.compute_metrics(metric_ids=["basic:COUNT_FILES"]).get("result")
    last = folder.get_last_metric_values()
    seen["last"] = (last.get_global_value("basic:COUNT_FILES"), last.get_global_value("basic:SIZE"))
    seen["history"] = [v["value"] for v in folder.get_metric_history("basic:COUNT_FILES")["values"]]
    return seen


@scenario(
    ("getManagedFolder", 404),
    ("getManagedFolderFile", 404),
    ("uploadManagedFolderFile", 403),
    ("createManagedFolder", 409),
)
def managed_folder_refusals(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("MF", "Managed folders", "admin")
    permissions = project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "readProjectContent": True}]
    project.set_permissions(permissions)
    folder = project.create_managed_folder("shared")
    folder.put_file("a.txt", io.BytesIO(b"shared"))
    with pytest.raises(api.DataikuException):
        project.get_managed_folder("NOSUCHID").get_settings()
    with pytest.raises(api.DataikuException):
        folder.get_file("missing.txt")
    with pytest.raises(api.DataikuException):
        project.create_managed_folder("shared")
    as_reader = reader.get_project("MF").get_managed_folder(folder.id)
    seen["reader reads"] = _read(as_reader, "a.txt")
    with pytest.raises(api.DataikuException):
        as_reader.put_file("b.txt", io.BytesIO(b"no"))
    seen["unchanged"] = _listing(folder)
    return seen


FOLDER_RECIPE = """
import dataiku
from dataiku import recipe

source = dataiku.Folder("incoming")
target = dataiku.Folder(recipe.get_output_names_for_role("main")[0])
for path in source.list_paths_in_partition():
    with source.get_download_stream(path) as stream:
        target.upload_data("/upper" + path, stream.read().upper())
"""


@scenario()
def managed_folder_python_recipe(admin: Any, reader: Any, api: Any) -> Any:
    project = admin.create_project("MF", "Managed folders", "admin")
    source = project.create_managed_folder("incoming")
    target = project.create_managed_folder("outgoing")
    source.put_file("a.txt", io.BytesIO(b"alpha"))
    source.put_file("sub/b.txt", io.BytesIO(b"beta"))
    project.create_recipe(
        {
            "type": "python",
            "name": "upper",
            "inputs": {"main": {"items": [{"ref": source.id}]}},
            "outputs": {"main": {"items": [{"ref": target.id}]}},
        },
        {"script": FOLDER_RECIPE},
    )
    job = project.new_job("NON_RECURSIVE_FORCED_BUILD").with_output(target.id, object_type="MANAGED_FOLDER")
    job.start_and_wait()
    return {
        "contents": _listing(target),
        "b": _read(target, "upper/sub/b.txt"),
        "usages": sorted(u["type"] for u in source.get_usages() + target.get_usages()),
    }
