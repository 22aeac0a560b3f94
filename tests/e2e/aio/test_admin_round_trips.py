"""Administration settings come back untouched: unknown properties, nulls, unicode, big numbers, order."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, InvalidIdentifierError
from tests.conftest import FAST_POLLING, admin_key
from tests.e2e.aio.test_round_trip_and_identifiers import AWKWARD

pytestmark = pytest.mark.anyio  # unasync: remove

Accessor = Callable[[AsyncDSSClient], Awaitable[tuple[dict[str, Any], Callable[[], Awaitable[Any]]]]]


@pytest.fixture
async def keeping_nulls(dss_emulator_factory: Any) -> AsyncIterator[AsyncDSSClient]:
    """An emulator that answers nulls as stored (real DSS drops them), with one object of each kind."""
    emulator = dss_emulator_factory(drop_nulls=False)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        await client.create_user("jdoe", "pw")
        await client.create_group("analysts")
        await client.create_global_api_key("robot")
        await client.create_connection("warehouse", "PostgreSQL", {"password": "pw"})
        await client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED")
        await client.create_cluster("K8S", "eks-cluster")
        yield client


async def user_settings(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = await client.get_user("jdoe").get_settings()
    return settings.get_raw(), settings.save


async def own_settings(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = await client.get_own_user().get_settings()
    return settings.get_raw(), settings.save


async def group_definition(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    group = client.get_group("analysts")
    definition = await group.get_definition()
    return definition, lambda: group.set_definition(definition)


async def global_key_definition(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    (item,) = await client.list_global_api_keys()
    definition = await item.to_global_api_key().get_definition()
    return definition, definition.save


async def connection_settings(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = await client.get_connection("warehouse").get_settings()
    return settings.get_raw(), settings.save


async def code_env_settings(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = await client.get_code_env("PYTHON", "ml").get_settings()
    return settings.get_raw(), settings.save


async def cluster_settings(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = await client.get_cluster("k8s").get_settings()
    return settings.get_raw(), settings.save


async def general_settings(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = await client.get_general_settings()
    return settings.get_raw(), settings.save


async def instance_variables(client: AsyncDSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    variables = await client.get_global_variables()
    return variables, variables.save


ACCESSORS: list[Accessor] = [
    user_settings,
    own_settings,
    group_definition,
    global_key_definition,
    connection_settings,
    code_env_settings,
    cluster_settings,
    general_settings,
    instance_variables,
]


@pytest.mark.parametrize("access", ACCESSORS, ids=lambda access: access.__name__)
async def test_awkward_content_comes_back_as_it_was_sent(keeping_nulls: AsyncDSSClient, access: Accessor) -> None:
    raw, save = await access(keeping_nulls)
    raw.update(AWKWARD)
    await save()
    again, _ = await access(keeping_nulls)
    assert {key: again[key] for key in AWKWARD} == AWKWARD
    assert list(again)[-len(AWKWARD) :] == list(AWKWARD)  # order kept


@pytest.mark.parametrize("name", ["", ".", ".."])
async def test_unaddressable_names_are_refused_before_anything_is_sent(
    client: AsyncDSSClient, dss_emulator: Any, name: str
) -> None:
    for handle_call in (
        lambda: client.get_user(name).get_settings(),
        lambda: client.get_group(name).get_definition(),
        lambda: client.get_connection(name).get_settings(),
        lambda: client.get_code_env("PYTHON", name).get_settings(),
        lambda: client.get_cluster(name).get_status(),
    ):
        with pytest.raises(InvalidIdentifierError):
            await handle_call()
    assert len(dss_emulator.request_log) == 0


@pytest.mark.parametrize("name", ["été", "with space", "x?y#z%41", "日本"])
async def test_odd_names_reach_exactly_their_object(client: AsyncDSSClient, name: str) -> None:
    await client.create_group(name, "odd")
    await client.create_connection(name, "Filesystem", {"root": "/"})
    assert (await client.get_group(name).get_definition())["name"] == name
    assert (await client.get_connection(name).get_settings()).get_raw()["name"] == name
    await client.get_group(name).delete()
    await client.get_connection(name).delete()
    assert name not in [g["name"] for g in await client.list_groups()]
    assert name not in await client.list_connections()


async def test_a_slash_in_a_group_or_connection_name_is_refused(client: AsyncDSSClient) -> None:
    with pytest.raises(BadRequestError):
        await client.create_group("a/b")
    with pytest.raises(BadRequestError):
        await client.create_connection("a/b", "Filesystem")
    assert "a/b" not in [g["name"] for g in await client.list_groups()]
