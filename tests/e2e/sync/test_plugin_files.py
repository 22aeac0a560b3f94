# Derived from tests/e2e/aio/test_plugin_files.py by scripts/unasync.py: do not edit.
"""A plugin's files, end to end: the tree, reading, writing (bytes, files, nested, unicode), renaming and
moving files and folders, the refusals, path safety, and the archive a download then answers."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.plugin import DSSPlugin

DESC = {"acceptedPythonInterpreters": ["PYTHON39", "PYTHON310"], "installCorePackages": True}
CONNECTOR = b"from dataiku.connector import Connector\n"


def archive(plugin_id: str = "geo-tools", *, in_folder: bool = True) -> bytes:
    buffer = io.BytesIO()
    prefix = f"{plugin_id}/" if in_folder else ""
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as plugin_zip:
        plugin_zip.writestr(prefix + "plugin.json", json.dumps({"id": plugin_id, "version": "1.0.0"}))
        plugin_zip.writestr(prefix + "code-env/python/desc.json", json.dumps(DESC))
        plugin_zip.writestr(prefix + "python-connectors/geocoder/connector.py", CONNECTOR)
    return buffer.getvalue()


def installed(client: DSSClient, *, in_folder: bool = True) -> DSSPlugin:
    client.install_plugin_from_archive(archive(in_folder=in_folder))
    return client.get_plugin("geo-tools")


def read(plugin: DSSPlugin, path: str) -> bytes:
    with plugin.get_file(path) as stream:
        return stream.read()


def paths(nodes: list[dict[str, Any]]) -> list[str]:
    """Every path of a tree, depth first; folders end with '/'."""
    found = []
    for node in nodes:
        if "children" in node:
            found.append(node["path"] + "/")
            found.extend(paths(node["children"]))
        else:
            found.append(node["path"])
    return found


def downloaded(client: DSSClient) -> dict[str, bytes]:
    with client.download_plugin_stream("geo-tools") as stream:
        content = stream.read()
    with zipfile.ZipFile(io.BytesIO(content)) as plugin_zip:
        return {info.filename: plugin_zip.read(info) for info in plugin_zip.infolist() if not info.is_dir()}


@pytest.mark.parametrize("in_folder", [True, False])
def test_the_tree_lists_files_and_folders_from_the_plugin_root(client: DSSClient, in_folder: bool) -> None:
    plugin = installed(client, in_folder=in_folder)
    tree = plugin.list_files()
    assert paths(tree) == [
        "code-env/",
        "code-env/python/",
        "code-env/python/desc.json",
        "plugin.json",
        "python-connectors/",
        "python-connectors/geocoder/",
        "python-connectors/geocoder/connector.py",
    ]
    code_env = tree[0]
    assert (code_env["name"], code_env["children"][0]["name"]) == ("code-env", "python")
    connector = tree[2]["children"][0]["children"][0]
    assert (connector["name"], connector["size"]) == ("connector.py", len(CONNECTOR))


def test_a_file_reads_back_as_a_file_object(client: DSSClient) -> None:
    plugin = installed(client)
    with plugin.get_file("code-env/python/desc.json") as fp:
        assert json.loads(fp.read()) == DESC
    assert read(plugin, "python-connectors/geocoder/connector.py") == CONNECTOR


def test_written_files_read_back_and_land_in_the_downloaded_archive(client: DSSClient, tmp_path: Path) -> None:
    plugin = installed(client)
    plugin.put_file("python-lib/geo/util.py", b"X = 1\n")  # a new file in new folders
    big = bytes(range(256)) * 4096  # 1 MiB, from a file object
    (tmp_path / "big.bin").write_bytes(big)
    with (tmp_path / "big.bin").open("rb") as source:
        plugin.put_file("resource/data/big.bin", source)
    plugin.put_file("python-connectors/geocoder/connector.py", io.BytesIO(b"# replaced\n"))
    plugin.put_file("resource/empty.txt", b"")
    assert read(plugin, "python-lib/geo/util.py") == b"X = 1\n"
    assert read(plugin, "resource/data/big.bin") == big
    assert read(plugin, "python-connectors/geocoder/connector.py") == b"# replaced\n"
    assert read(plugin, "resource/empty.txt") == b""
    files = downloaded(client)
    assert files["geo-tools/python-lib/geo/util.py"] == b"X = 1\n"  # under the archive's own root folder
    assert files["geo-tools/resource/data/big.bin"] == big
    assert files["geo-tools/python-connectors/geocoder/connector.py"] == b"# replaced\n"
    assert sorted(files) == sorted(
        [
            "geo-tools/plugin.json",
            "geo-tools/code-env/python/desc.json",
            "geo-tools/python-connectors/geocoder/connector.py",
            "geo-tools/python-lib/geo/util.py",
            "geo-tools/resource/data/big.bin",
            "geo-tools/resource/empty.txt",
        ]
    )


@pytest.mark.parametrize(
    "path",
    ["resource/été/naïve ☃.txt", "resource/100% sure?.txt", "resource/#hash #tag.txt", "resource/a+b=c&d;e.txt"],
)
def test_any_file_name_round_trips(client: DSSClient, path: str) -> None:
    plugin = installed(client)
    plugin.put_file(path, path.encode("utf-8"))
    assert read(plugin, path) == path.encode("utf-8")
    assert path in paths(plugin.list_files())


def test_rename_and_move_files_and_folders(client: DSSClient) -> None:
    plugin = installed(client)
    plugin.rename_file("python-connectors/geocoder/connector.py", "main.py")
    plugin.rename_file("python-connectors/geocoder", "geocoding")  # a folder, with its files
    plugin.move_file("code-env/python/desc.json", "resource/desc.json")
    plugin.move_file("python-connectors", "legacy/connectors")
    assert paths(plugin.list_files()) == [
        "legacy/",
        "legacy/connectors/",
        "legacy/connectors/geocoding/",
        "legacy/connectors/geocoding/main.py",
        "plugin.json",
        "resource/",
        "resource/desc.json",
    ]
    assert read(plugin, "legacy/connectors/geocoding/main.py") == CONNECTOR
    assert json.loads(read(plugin, "resource/desc.json")) == DESC
    with pytest.raises(NotFoundError):
        read(plugin, "python-connectors/geocoder/connector.py")
    files = downloaded(client)
    assert files["geo-tools/legacy/connectors/geocoding/main.py"] == CONNECTOR


def test_refusals_are_typed_and_change_nothing(client: DSSClient) -> None:
    plugin = installed(client)
    before = downloaded(client)
    with pytest.raises(NotFoundError):
        client.get_plugin("nope").list_files()
    with pytest.raises(NotFoundError):
        client.get_plugin("nope").put_file("a.txt", b"a")
    with pytest.raises(NotFoundError):
        read(plugin, "missing.txt")
    with pytest.raises(NotFoundError):
        read(plugin, "code-env/python")  # a folder is no file
    with pytest.raises(NotFoundError):
        plugin.rename_file("missing.txt", "other.txt")
    with pytest.raises(NotFoundError):
        plugin.move_file("missing", "elsewhere")
    with pytest.raises(ConflictError):
        plugin.rename_file("code-env/python", "python")  # itself
    with pytest.raises(ConflictError):
        plugin.move_file("code-env/python/desc.json", "plugin.json")
    with pytest.raises(ConflictError):
        plugin.move_file("code-env", "python-connectors")
    with pytest.raises(BadRequestError):
        plugin.rename_file("plugin.json", "sub/plugin.json")  # a name, not a path
    with pytest.raises(BadRequestError):
        plugin.move_file("code-env", "code-env/inner")  # into itself
    with pytest.raises(BadRequestError):
        plugin.move_file("code-env", "../outside")
    with pytest.raises(BadRequestError):
        plugin.put_file("plugin.json/inner.txt", b"x")  # a file is in the way
    with pytest.raises(BadRequestError):
        plugin.put_file("code-env", b"x")  # a folder
    assert downloaded(client) == before


@pytest.mark.parametrize(
    "edit",
    [
        ("put", "plugin.json", b"{not json"),
        ("put", "plugin.json", json.dumps({"id": "another-plugin"}).encode()),
        ("put", "plugin.json", b"[]"),
        ("rename", "plugin.json", "plugin.old"),
        ("move", "plugin.json", "meta/plugin.json"),
    ],
)
def test_an_edit_that_breaks_the_plugin_is_refused_whole(client: DSSClient, edit: tuple[str, str, Any]) -> None:
    plugin = installed(client)
    before = downloaded(client)
    action, path, argument = edit
    with pytest.raises(BadRequestError):
        if action == "put":
            plugin.put_file(path, argument)
        elif action == "rename":
            plugin.rename_file(path, argument)
        else:
            plugin.move_file(path, argument)
    assert downloaded(client) == before
    assert [p["id"] for p in client.list_plugins()] == ["geo-tools"]


def test_edits_of_plugin_json_and_parameter_sets_are_read_again(client: DSSClient) -> None:
    plugin = installed(client)
    descriptor = {"id": "geo-tools", "version": "2.0.0", "meta": {"label": "Géo"}}
    plugin.put_file("plugin.json", json.dumps(descriptor).encode())
    plugin.put_file("parameter-sets/keys/parameter-set.json", json.dumps({"params": []}).encode())
    (summary,) = client.list_plugins()
    assert (summary["version"], summary["meta"]["label"]) == ("2.0.0", "Géo")
    settings = plugin.get_settings()
    assert "keys" in settings.list_parameter_set_names()


def test_paths_that_could_reach_elsewhere_are_refused_before_sending(client: DSSClient, dss_emulator: Any) -> None:
    plugin = installed(client)
    sent = len(dss_emulator.request_log)
    for path in ["../x", "a//b", "/abs", "trailing/", "", ".", "a/./b", "a/../plugin.json", "\ud800"]:
        with pytest.raises(InvalidIdentifierError):
            plugin.get_file(path)
        with pytest.raises(InvalidIdentifierError):
            plugin.put_file(path, b"x")
    assert len(dss_emulator.request_log) == sent


def test_only_plugin_developers_see_or_edit_the_files(client: DSSClient, reader_client: DSSClient) -> None:
    installed(client)
    theirs = reader_client.get_plugin("geo-tools")
    with pytest.raises(PermissionDeniedError):
        theirs.list_files()
    with pytest.raises(PermissionDeniedError):
        read(theirs, "plugin.json")
    with pytest.raises(PermissionDeniedError):
        theirs.put_file("x.txt", b"x")
    with pytest.raises(PermissionDeniedError):
        theirs.rename_file("plugin.json", "x.json")
    with pytest.raises(PermissionDeniedError):
        theirs.move_file("plugin.json", "x.json")
    group = client.create_group("plugin-devs")
    definition = group.get_definition()
    definition["mayDevelopPlugins"] = True
    group.set_definition(definition)
    client.create_user("dev", "pw", groups=["plugin-devs"], profile="DESIGNER")
    with client.get_user("dev").get_client_as() as developer:
        mine = developer.get_plugin("geo-tools")
        mine.put_file("resource/notes.txt", b"by dev")
        assert read(mine, "resource/notes.txt") == b"by dev"
