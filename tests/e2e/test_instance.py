"""Instance information, identity, the scoring-libs download, and the generated layer on the same connection."""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

import pytest

from dssclient import AuthenticationError, DSSClient, DSSInstanceInfo, NotFoundError
from tests.conftest import admin_key


def test_instance_info(client: DSSClient) -> None:
    info = client.get_instance_info()
    assert isinstance(info, DSSInstanceInfo)
    assert info.node_type == "DESIGN"
    assert info.node_id == info.raw["nodeId"]
    assert info.node_name


def test_auth_info_tells_who_is_calling(client: DSSClient, reader_client: DSSClient) -> None:
    assert client.get_auth_info()["authIdentifier"] == "admin"
    reader = reader_client.get_auth_info()
    assert reader["authIdentifier"] == "reader"
    assert "secrets" not in reader
    assert reader_client.get_auth_info(with_secrets=True)["secrets"] == []


def test_unknown_key_is_an_authentication_error(dss_emulator: Any) -> None:
    with DSSClient(dss_emulator.url, "not-a-key") as stranger, pytest.raises(AuthenticationError) as caught:
        stranger.list_projects()
    assert caught.value.error_type == "com.dataiku.dip.exceptions.NotAuthenticatedException"
    assert "not-a-key" not in str(caught.value)


def test_scoring_libs_download_streams_the_whole_jar(dss_emulator_factory: Any) -> None:
    size = 3 * 1024 * 1024 + 17
    emulator = dss_emulator_factory(scoring_libs_size=size)
    with DSSClient(emulator.url, admin_key(emulator)) as client, client.get_scoring_libs_stream() as jar:
        assert jar.headers["Content-Type"].startswith("application/java-archive")
        digest, sizes = hashlib.sha256(), []
        for chunk in jar.iter_bytes():
            digest.update(chunk)
            sizes.append(len(chunk))
    assert sum(sizes) == size
    assert len(sizes) > 1 and max(sizes) <= 1024 * 1024  # handed over as it arrived, never as one buffer
    assert digest.hexdigest() == emulator.scoring_libs_sha256()


def test_both_base_paths_serve_the_same_api(client: DSSClient, dss_emulator: Any) -> None:
    client.create_project("P", "Project", "admin")
    with DSSClient(dss_emulator.url, admin_key(dss_emulator), base_path="/dip/publicapi") as official_path:
        assert official_path.list_project_keys() == ["P"]


def test_generated_layer_runs_on_the_clients_connection(client: DSSClient) -> None:
    from dssclient_generated.api.projects import get_project_settings, list_projects
    from dssclient_generated.models import ProjectSettings, ProjectSummary

    client.create_project("P", "Project", "admin")
    projects = list_projects.sync(client=client.generated_client)
    assert isinstance(projects, list) and isinstance(projects[0], ProjectSummary)
    assert projects[0].project_key == "P"

    # Same pipeline: DSS errors are typed errors there too, sync and async.
    with pytest.raises(NotFoundError):
        get_project_settings.sync("NOPE", client=client.generated_client)

    async def read_settings() -> Any:
        settings = await get_project_settings.asyncio("P", client=client.generated_client)
        with pytest.raises(NotFoundError):
            await get_project_settings.asyncio("NOPE", client=client.generated_client)
        await client.aclose()
        return settings

    settings = asyncio.run(read_settings())
    assert isinstance(settings, ProjectSettings) and settings.project_key == "P"


def test_closing_the_client_closes_its_connections(dss_emulator: Any) -> None:
    client = DSSClient(dss_emulator.url, admin_key(dss_emulator))
    with client:
        client.list_projects()
    assert client._requester.http.is_closed
