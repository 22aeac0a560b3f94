"""Conformance scenarios of a plugin's files: the tree, reading and writing, renaming and moving, refusals.

The official client puts a file's path into the URL as it is (its slashes separating segments),
so the names here stay within what it can send: no '%', '?' or '#' (dssclient sends any name).
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest

from tests.conformance.framework import scenario

DESC = {"acceptedPythonInterpreters": ["PYTHON39"], "installCorePackages": True}


def _archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("dev-geo/plugin.json", json.dumps({"id": "dev-geo", "version": "0.1.0"}))
        archive.writestr("dev-geo/code-env/python/desc.json", json.dumps(DESC))
        archive.writestr("dev-geo/python-connectors/geocoder/connector.py", "print('geo')\n")
    return buffer.getvalue()


def _paths(nodes: list[dict[str, Any]]) -> list[str]:
    found = []
    for node in nodes:
        found.append(node["path"] + ("/" if "children" in node else ""))
        found.extend(_paths(node.get("children", [])))
    return found


def _downloaded(client: Any) -> dict[str, bytes]:
    stream = client.download_plugin_stream("dev-geo")
    content = b"".join(stream.iter_content(65536))
    stream.close()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}


@scenario()
def plugin_file_lifecycle(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    admin.install_plugin_from_archive(io.BytesIO(_archive()))
    plugin = admin.get_plugin("dev-geo")
    seen["tree"] = plugin.list_files()
    with plugin.get_file("code-env/python/desc.json") as fp:
        seen["desc"] = json.load(fp)
    plugin.put_file("python-lib/geo/util.py", io.BytesIO(b"X = 1\n"))
    plugin.put_file("resource/été/naïve notes.txt", io.BytesIO("déjà vu".encode()))
    plugin.put_file("python-connectors/geocoder/connector.py", io.BytesIO(b"print('v2')\n"))
    plugin.put_file("resource/empty.txt", io.BytesIO(b""))
    seen["util"] = plugin.get_file("python-lib/geo/util.py").read()
    seen["notes"] = plugin.get_file("resource/été/naïve notes.txt").read()
    plugin.rename_file("python-connectors/geocoder/connector.py", "main.py")
    plugin.rename_file("resource/été", "summer")
    plugin.move_file("code-env/python/desc.json", "resource/desc.json")
    plugin.move_file("python-connectors", "legacy/connectors")
    plugin.put_file("plugin.json", io.BytesIO(json.dumps({"id": "dev-geo", "version": "0.2.0"}).encode()))
    seen["after"] = _paths(plugin.list_files())
    seen["main"] = plugin.get_file("legacy/connectors/geocoder/main.py").read()
    seen["version"] = [p["version"] for p in admin.list_plugins()]
    seen["archive"] = sorted(_downloaded(admin).items())
    return seen


@scenario(
    ("getPluginFile", 404),
    ("listPluginFiles", 404),
    ("renamePluginFile", 404),
    ("movePluginFile", 409),
    ("putPluginFile", 400),
    ("listPluginFiles", 403),
    ("putPluginFile", 403),
)
def plugin_file_refusals(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    admin.install_plugin_from_archive(io.BytesIO(_archive()))
    plugin = admin.get_plugin("dev-geo")
    before = _downloaded(admin)
    refusals = [
        lambda: plugin.get_file("missing.txt").read(),
        lambda: admin.get_plugin("nope").list_files(),
        lambda: plugin.rename_file("missing.txt", "other.txt"),
        lambda: plugin.move_file("code-env/python/desc.json", "plugin.json"),
        lambda: plugin.put_file("plugin.json", io.BytesIO(b"{broken")),
        lambda: plugin.put_file("plugin.json", io.BytesIO(json.dumps({"id": "another"}).encode())),
        lambda: reader.get_plugin("dev-geo").list_files(),
        lambda: reader.get_plugin("dev-geo").put_file("x.txt", io.BytesIO(b"x")),
    ]
    seen["errors"] = []
    for refused in refusals:
        with pytest.raises(api.DataikuException) as caught:
            refused()
        seen["errors"].append(str(caught.value))
    seen["unchanged"] = _downloaded(admin) == before
    return seen
