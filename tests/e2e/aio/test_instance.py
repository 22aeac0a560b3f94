"""Instance information, identity, downloads, the escape hatch, per-call options, and the generated
layer on the same connection."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AuthenticationError,
    DSSInstanceInfo,
    DSSTimeoutError,
    InvalidIdentifierError,
    InvalidRequestError,
    NotFoundError,
)
from tests.conftest import admin_key

pytestmark = pytest.mark.anyio  # unasync: remove


async def test_instance_info(client: AsyncDSSClient) -> None:
    info = await client.get_instance_info()
    assert isinstance(info, DSSInstanceInfo)
    assert info.node_type == "DESIGN"
    assert info.node_id == info.raw["nodeId"]
    assert info.node_name


async def test_auth_info_tells_who_is_calling(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    assert (await client.get_auth_info())["authIdentifier"] == "admin"
    reader = await reader_client.get_auth_info()
    assert reader["authIdentifier"] == "reader"
    assert "secrets" not in reader
    assert (await reader_client.get_auth_info(with_secrets=True))["secrets"] == []


async def test_unknown_key_is_an_authentication_error(dss_emulator: Any) -> None:
    async with AsyncDSSClient(dss_emulator.url, "not-a-key") as stranger:
        with pytest.raises(AuthenticationError) as caught:
            await stranger.list_projects()
    assert caught.value.error_type == "com.dataiku.dip.exceptions.NotAuthenticatedException"
    assert "not-a-key" not in str(caught.value)


async def test_scoring_libs_download_streams_the_whole_jar(dss_emulator_factory: Any) -> None:
    size = 3 * 1024 * 1024 + 17
    emulator = dss_emulator_factory(scoring_libs_size=size)
    async with AsyncDSSClient(emulator.url, admin_key(emulator)) as client:
        async with await client.get_scoring_libs_stream() as jar:
            assert jar.headers["Content-Type"].startswith("application/java-archive")
            digest, sizes = hashlib.sha256(), []
            async for chunk in jar.iter_bytes():
                digest.update(chunk)
                sizes.append(len(chunk))
        assert jar.closed
    assert sum(sizes) == size
    assert len(sizes) > 1 and max(sizes) <= 2 * 1024 * 1024  # handed over as it arrived, never as one buffer
    assert digest.hexdigest() == emulator.scoring_libs_sha256()


@pytest.mark.parametrize("chunk_size", [1, 1000, 65536, 1 << 20, 5 * 1024 * 1024])
async def test_iter_content_cuts_exact_chunks(dss_emulator_factory: Any, chunk_size: int) -> None:
    size = 3 * 1024 * 1024 + 17 if chunk_size > 1 else 70_001
    emulator = dss_emulator_factory(scoring_libs_size=size)
    async with AsyncDSSClient(emulator.url, admin_key(emulator)) as client:
        async with await client.get_scoring_libs_stream() as jar:
            digest, sizes = hashlib.sha256(), []
            async for chunk in jar.iter_content(chunk_size):
                digest.update(chunk)
                sizes.append(len(chunk))
    assert sum(sizes) == size
    assert all(s == chunk_size for s in sizes[:-1]) and 0 < sizes[-1] <= chunk_size
    assert digest.hexdigest() == emulator.scoring_libs_sha256()


async def test_stream_read_and_readinto_give_the_same_bytes(dss_emulator_factory: Any) -> None:
    size = 2 * 1024 * 1024 + 3
    emulator = dss_emulator_factory(scoring_libs_size=size)
    async with AsyncDSSClient(emulator.url, admin_key(emulator)) as client:
        async with await client.get_scoring_libs_stream() as jar:
            head = await jar.read(10)
            buffer = bytearray(1000)
            count = await jar.readinto(buffer)
            rest = await jar.read()
            assert await jar.read(5) == b""
    digest = hashlib.sha256(head + bytes(buffer[:count]) + rest)
    assert len(head) == 10 and count > 0 and 10 + count + len(rest) == size
    assert digest.hexdigest() == emulator.scoring_libs_sha256()


async def test_both_base_paths_serve_the_same_api(client: AsyncDSSClient, dss_emulator: Any) -> None:
    await client.create_project("P", "Project", "admin")
    async with AsyncDSSClient(dss_emulator.url, admin_key(dss_emulator), base_path="/dip/publicapi") as official_path:
        assert await official_path.list_project_keys() == ["P"]


async def test_perform_json_reaches_any_operation_through_the_pipeline(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "Project", "admin")
    settings = await client.perform_json("GET", "/projects/{projectKey}/settings", path_params={"projectKey": "P"})
    assert settings == (await project.get_settings()).get_raw()
    listed = await client.perform_json("GET", "/projects/", params={"includeLocation": True})
    assert [p["projectKey"] for p in listed] == ["P"]
    created = await client.perform_json(
        "POST",
        "/projects/{projectKey}/datasets/",
        path_params={"projectKey": "P"},
        body={"projectKey": "P", "name": "d", "type": "Inline"},
    )
    assert isinstance(created, dict)
    assert await client.perform_json("DELETE", "/projects/{p}/datasets/{d}", path_params={"p": "P", "d": "d"}) is None
    with pytest.raises(NotFoundError):
        await client.perform_json("GET", "/projects/{projectKey}/settings", path_params={"projectKey": "a/b"})


async def test_perform_json_with_the_paths_other_sdks_write(client: AsyncDSSClient) -> None:
    # Third-party SDKs address objects with a trailing slash (/projects/{projectKey}/), and
    # collections without one: DSS answers both forms, and so does the emulator.
    project = await client.create_project("P", "Project", "admin")
    await project.create_scenario("Daily", "step_based")
    summary = await client.perform_json("GET", "/projects/{projectKey}/", path_params={"projectKey": "P"})
    assert summary["projectKey"] == "P"
    assert [p["projectKey"] for p in await client.perform_json("GET", "/projects")] == ["P"]
    scenario_path = "/projects/{projectKey}/scenarios/{scenarioId}/"
    ids = {"projectKey": "P", "scenarioId": "DAILY"}
    assert (await client.perform_json("GET", scenario_path, path_params=ids))["id"] == "DAILY"
    # A literal after the scenario's id is no run id, with or without the slash.
    assert (await client.perform_json("GET", scenario_path + "light/", path_params=ids))["id"] == "DAILY"
    run = await client.perform_json("POST", scenario_path + "run/", path_params=ids, body={})
    assert run["scenarioId"] == "DAILY"


@pytest.mark.parametrize(
    ("path", "path_params", "error"),
    [
        ("/projects/{projectKey}/settings", {"projectKey": ".."}, InvalidIdentifierError),
        ("/projects/{projectKey}/settings", {}, InvalidRequestError),
        ("/projects/../instance-info", None, InvalidRequestError),
        ("projects/", None, InvalidRequestError),
        ("//evil.example/projects/", None, InvalidRequestError),
        ("/projects/?x=1", None, InvalidRequestError),
    ],
)
async def test_perform_json_refuses_paths_that_could_reach_another_resource(
    client: AsyncDSSClient, dss_emulator: Any, path: str, path_params: dict[str, str] | None, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await client.perform_json("GET", path, path_params=path_params)
    assert len(dss_emulator.request_log) == 0


async def test_perform_stream_downloads(client: AsyncDSSClient, dss_emulator: Any) -> None:
    async with await client.perform_stream("GET", "/resources/scoring-lib-jar") as jar:
        body = await jar.read()
    assert hashlib.sha256(body).hexdigest() == dss_emulator.scoring_libs_sha256()


async def test_with_options_shares_the_connections_and_bounds_the_call(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(latency_ms=300)
    async with AsyncDSSClient(emulator.url, admin_key(emulator)) as client:
        hurried = client.with_options(timeout=0.1, max_retries=0)
        assert hurried._http is client._http
        with pytest.raises(DSSTimeoutError):
            await hurried.list_projects()
        assert await client.list_projects() == []  # the parent keeps its own options
        await hurried.aclose()  # closes nothing: the connections are the parent's
        assert await client.list_projects() == []
    assert client._http.is_closed


async def test_generated_layer_runs_on_the_clients_connection(client: AsyncDSSClient) -> None:
    from dssclient_generated.api.projects import get_project_settings, list_projects
    from dssclient_generated.models import ProjectSettings, ProjectSummary

    await client.create_project("P", "Project", "admin")
    projects = await list_projects.asyncio(client=client.generated_client)
    assert isinstance(projects, list) and isinstance(projects[0], ProjectSummary)
    assert projects[0].project_key == "P"
    settings = await get_project_settings.asyncio("P", client=client.generated_client)
    assert isinstance(settings, ProjectSettings) and settings.project_key == "P"
    # Same pipeline: DSS errors are typed errors there too.
    with pytest.raises(NotFoundError):
        await get_project_settings.asyncio("NOPE", client=client.generated_client)


async def test_generated_layer_cannot_reach_another_resource(client: AsyncDSSClient, dss_emulator: Any) -> None:
    from dssclient_generated.api.datasets import delete_dataset
    from dssclient_generated.types import InvalidPathParameterError

    await client.create_project("VICTIM", "Victim", "admin")
    for name in ("..", ".", ""):
        with pytest.raises(InvalidPathParameterError):
            await delete_dataset.asyncio_detailed("VICTIM", name, client=client.generated_client)
    assert await client.list_project_keys() == ["VICTIM"]
    assert not [e for e in dss_emulator.request_log if e.method == "DELETE"]


async def test_closing_the_client_closes_its_connections(dss_emulator: Any) -> None:
    client = AsyncDSSClient(dss_emulator.url, admin_key(dss_emulator))
    async with client:
        await client.list_projects()
    assert client._requester.http.is_closed
