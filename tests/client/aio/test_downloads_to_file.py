"""Every ``*_to_file`` download on a scripted server: the whole body lands at the path; a body cut
midway leaves the path as it was (absent, or with its previous content) and no temporary file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dssclient import AsyncDSSClient, DSSConnectionError, NotFoundError
from tests.scripted_server import Received, Reply, answer, scripted_server

pytestmark = pytest.mark.anyio  # unasync: remove

BODY = bytes(range(256)) * 8192  # 2 MiB: more than one chunk of the copy

# Each *_to_file method: (its name, a call writing the download to a path).
DOWNLOADS: list[tuple[str, Callable[[AsyncDSSClient, Path], Any]]] = [
    ("export_to_file", lambda c, path: c.get_project("P").export_to_file(path)),
    (
        "download_exported_bundle_archive_to_file",
        lambda c, path: c.get_project("P").download_exported_bundle_archive_to_file("b1", path),
    ),
    ("download_plugin_to_file", lambda c, path: c.download_plugin_to_file("geo", path)),
    (
        "download_package_to_file",
        lambda c, path: c.get_project("P").get_api_service("s").download_package_to_file("v1", path),
    ),
    (
        "download_version_to_file",
        lambda c, path: c.get_apideployer().get_service("s").download_version_to_file("v1", path),
    ),
    (
        "download_bundle_to_file",
        lambda c, path: c.get_projectdeployer().get_project("P").download_bundle_to_file("b1", path),
    ),
]
IDS = [name for name, _ in DOWNLOADS]


def whole(request: Received) -> Reply:
    return Reply([answer(200, BODY, content_type="application/zip")])


def cut_midway(request: Received) -> Reply:
    """The head announces the whole body; half of it comes, then the connection closes."""
    full = answer(200, BODY, content_type="application/zip")
    return Reply([full[: len(full) - len(BODY) // 2]], close=True)


def not_found(request: Received) -> Reply:
    return Reply([answer(404, {"errorType": "com.dataiku.dip.exceptions.NotFoundException", "message": "nope"})])


@pytest.mark.parametrize(("name", "download"), DOWNLOADS, ids=IDS)
async def test_a_whole_download_replaces_the_file_and_leaves_nothing_else(
    tmp_path: Path, name: str, download: Callable[[AsyncDSSClient, Path], Any]
) -> None:
    target = tmp_path / "archive.zip"
    target.write_bytes(b"previous content")
    target.chmod(0o640)
    with scripted_server(whole) as server:
        async with AsyncDSSClient(server.url, "key", timeout=10) as client:
            await download(client, target)
    assert target.read_bytes() == BODY
    assert target.stat().st_mode & 0o777 == 0o640  # the previous file's permissions are kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.zip"]


@pytest.mark.parametrize(("name", "download"), DOWNLOADS, ids=IDS)
async def test_a_download_cut_midway_leaves_the_path_as_it_was_and_no_temporary_file(
    tmp_path: Path, name: str, download: Callable[[AsyncDSSClient, Path], Any]
) -> None:
    absent = tmp_path / "new.zip"
    kept = tmp_path / "kept.zip"
    kept.write_bytes(b"previous content")
    with scripted_server(cut_midway) as server:
        async with AsyncDSSClient(server.url, "key", timeout=10) as client:
            with pytest.raises(DSSConnectionError):
                await download(client, absent)
            with pytest.raises(DSSConnectionError):
                await download(client, kept)
    assert not absent.exists()
    assert kept.read_bytes() == b"previous content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.zip"]


async def test_a_refused_download_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "archive.zip"
    with scripted_server(not_found) as server:
        async with AsyncDSSClient(server.url, "key", timeout=10) as client:
            with pytest.raises(NotFoundError):
                await client.download_plugin_to_file("geo", target)
    assert list(tmp_path.iterdir()) == []
