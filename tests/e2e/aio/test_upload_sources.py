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

from dssclient import AsyncDSSClient
from dssclient.aio.dss.wiki import AsyncDSSWikiArticle
from tests.e2e.aio.automation_helpers import CSV, ROWS, rows_of

pytestmark = pytest.mark.anyio  # unasync: remove


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
UPLOADS: list[tuple[str, Callable[[AsyncDSSClient, Any], Any]]] = [
    (
        "AsyncDSSDataset.uploaded_add_file",
        lambda c, fp: c.get_project("P").get_dataset("d").uploaded_add_file(fp, "d.csv"),
    ),
    ("AsyncDSSClient.install_plugin_from_archive", lambda c, fp: c.install_plugin_from_archive(fp)),
    ("AsyncDSSClient.start_install_plugin_from_archive", lambda c, fp: c.start_install_plugin_from_archive(fp)),
    ("AsyncDSSClient.create_project_from_bundle_archive", lambda c, fp: c.create_project_from_bundle_archive(fp)),
    ("AsyncDSSClient.prepare_project_import", lambda c, fp: c.prepare_project_import(fp)),
    ("AsyncDSSPlugin.put_file", lambda c, fp: c.get_plugin("geo-tools").put_file("a.txt", fp)),
    ("AsyncDSSPlugin.update_from_zip", lambda c, fp: c.get_plugin("geo-tools").update_from_zip(fp)),
    ("AsyncDSSPlugin.start_update_from_zip", lambda c, fp: c.get_plugin("geo-tools").start_update_from_zip(fp)),
    (
        "AsyncDSSWikiArticle.upload_attachement",
        lambda c, fp: AsyncDSSWikiArticle(c, "P", "1").upload_attachement(fp, "a.txt"),
    ),
    ("AsyncDSSProject.import_bundle_from_stream", lambda c, fp: c.get_project("P").import_bundle_from_stream(fp)),
    (
        "AsyncDSSAPIDeployerService.import_version",
        lambda c, fp: c.get_apideployer().get_service("s").import_version(fp),
    ),
    ("AsyncDSSProjectDeployer.upload_bundle", lambda c, fp: c.get_projectdeployer().upload_bundle(fp)),
]


@pytest.mark.parametrize(("method", "upload"), UPLOADS, ids=[name for name, _ in UPLOADS])
async def test_a_str_is_refused_by_every_upload_naming_the_method_and_nothing_is_sent(
    client: AsyncDSSClient, dss_emulator: Any, method: str, upload: Callable[[AsyncDSSClient, Any], Any]
) -> None:
    sent = len(dss_emulator.request_log)
    with pytest.raises(
        TypeError, match=rf"^{method} takes a binary file object, bytes, .*os\.PathLike.*not a str"
    ) as caught:
        await upload(client, "/tmp/secret-token.csv")
    assert "secret-token" not in str(caught.value)  # the value stays out of the message
    with pytest.raises(TypeError, match=rf"^{method} takes .* not a int"):
        await upload(client, 42)
    assert len(dss_emulator.request_log) == sent


async def test_a_path_is_opened_sent_and_closed(client: AsyncDSSClient, tmp_path: Path) -> None:
    project = await client.create_project("P", "Project", "admin")
    dataset = await project.create_upload_dataset("customers")
    source = tmp_path / "customers.csv"
    source.write_bytes(CSV)
    await dataset.uploaded_add_file(source, "customers.csv")
    assert open_descriptors_on(source) == []
    assert [(f["path"], f["size"]) for f in await dataset.uploaded_list_files()] == [("/customers.csv", len(CSV))]
    await (await dataset.autodetect_settings(infer_storage_types=True)).save()
    assert await rows_of(dataset) == ROWS


async def test_paths_reach_plugins_whole(client: AsyncDSSClient, tmp_path: Path) -> None:
    archive = tmp_path / "geo-tools.zip"
    archive.write_bytes(plugin_zip())
    await client.install_plugin_from_archive(archive)
    assert open_descriptors_on(archive) == []
    plugin = client.get_plugin("geo-tools")
    content = tmp_path / "data.bin"
    content.write_bytes(bytes(range(256)) * 4096)
    await plugin.put_file("resource/data.bin", content)
    assert open_descriptors_on(content) == []
    async with await plugin.get_file("resource/data.bin") as stream:
        assert await stream.read() == content.read_bytes()
