# Derived from tests/e2e/aio/test_upload_sources.py by scripts/unasync.py: do not edit.
"""What every upload method takes: bytes, binary files, os.PathLike paths (opened, sent, closed),
downloads; a str (a path that would be sent as content) is refused before anything is sent."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dssclient import DSSClient
from dssclient.dss.wiki import DSSWikiArticle
from tests.e2e.sync.automation_helpers import CSV, ROWS, rows_of


def plugin_zip(plugin_id: str = "geo-tools") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("plugin.json", json.dumps({"id": plugin_id, "version": "1.0.0"}))
    return buffer.getvalue()


def open_descriptors_on(path: Path) -> list[str]:
    """The file descriptors of this process open on ``path`` (Linux: /proc/self/fd)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                found.append(fd)
        except OSError:
            pass
    return found


# Each upload method, called with what it is given: (the method's name in the error, a call).
UPLOADS: list[tuple[str, Callable[[DSSClient, Any], Any]]] = [
    (
        "DSSDataset.uploaded_add_file",
        lambda c, fp: c.get_project("P").get_dataset("d").uploaded_add_file(fp, "d.csv"),
    ),
    ("DSSClient.install_plugin_from_archive", lambda c, fp: c.install_plugin_from_archive(fp)),
    ("DSSClient.start_install_plugin_from_archive", lambda c, fp: c.start_install_plugin_from_archive(fp)),
    ("DSSClient.create_project_from_bundle_archive", lambda c, fp: c.create_project_from_bundle_archive(fp)),
    ("DSSClient.prepare_project_import", lambda c, fp: c.prepare_project_import(fp)),
    ("DSSPlugin.put_file", lambda c, fp: c.get_plugin("geo-tools").put_file("a.txt", fp)),
    ("DSSPlugin.update_from_zip", lambda c, fp: c.get_plugin("geo-tools").update_from_zip(fp)),
    ("DSSPlugin.start_update_from_zip", lambda c, fp: c.get_plugin("geo-tools").start_update_from_zip(fp)),
    (
        "DSSWikiArticle.upload_attachement",
        lambda c, fp: DSSWikiArticle(c, "P", "1").upload_attachement(fp, "a.txt"),
    ),
    ("DSSProject.import_bundle_from_stream", lambda c, fp: c.get_project("P").import_bundle_from_stream(fp)),
    (
        "DSSAPIDeployerService.import_version",
        lambda c, fp: c.get_apideployer().get_service("s").import_version(fp),
    ),
    ("DSSProjectDeployer.upload_bundle", lambda c, fp: c.get_projectdeployer().upload_bundle(fp)),
]


@pytest.mark.parametrize(("method", "upload"), UPLOADS, ids=[name for name, _ in UPLOADS])
def test_a_str_is_refused_by_every_upload_naming_the_method_and_nothing_is_sent(
    client: DSSClient, dss_emulator: Any, method: str, upload: Callable[[DSSClient, Any], Any]
) -> None:
    sent = len(dss_emulator.request_log)
    with pytest.raises(
        TypeError, match=rf"^{method} takes a binary file object, bytes, .*os\.PathLike.*not a str"
    ) as caught:
        upload(client, "/tmp/secret-token.csv")
    assert "secret-token" not in str(caught.value)  # the value stays out of the message
    with pytest.raises(TypeError, match=rf"^{method} takes .* not a int"):
        upload(client, 42)
    assert len(dss_emulator.request_log) == sent


def test_a_path_is_opened_sent_and_closed(client: DSSClient, tmp_path: Path) -> None:
    project = client.create_project("P", "Project", "admin")
    dataset = project.create_upload_dataset("customers")
    source = tmp_path / "customers.csv"
    source.write_bytes(CSV)
    dataset.uploaded_add_file(source, "customers.csv")
    assert open_descriptors_on(source) == []
    assert [(f["path"], f["size"]) for f in dataset.uploaded_list_files()] == [("/customers.csv", len(CSV))]
    (dataset.autodetect_settings(infer_storage_types=True)).save()
    assert rows_of(dataset) == ROWS


def test_paths_reach_plugins_whole(client: DSSClient, tmp_path: Path) -> None:
    archive = tmp_path / "geo-tools.zip"
    archive.write_bytes(plugin_zip())
    client.install_plugin_from_archive(archive)
    assert open_descriptors_on(archive) == []
    plugin = client.get_plugin("geo-tools")
    content = tmp_path / "data.bin"
    content.write_bytes(bytes(range(256)) * 4096)
    plugin.put_file("resource/data.bin", content)
    assert open_descriptors_on(content) == []
    with plugin.get_file("resource/data.bin") as stream:
        assert stream.read() == content.read_bytes()
