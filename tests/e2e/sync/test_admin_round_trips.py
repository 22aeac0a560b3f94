# Derived from tests/e2e/aio/test_admin_round_trips.py by scripts/unasync.py: do not edit.
"""Administration settings come back untouched: unknown properties, nulls, unicode, big numbers, order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, InvalidIdentifierError
from tests.conftest import FAST_POLLING, admin_key
from tests.e2e.sync.test_round_trip_and_identifiers import AWKWARD

Accessor = Callable[[DSSClient], Awaitable[tuple[dict[str, Any], Callable[[], Awaitable[Any]]]]]


@pytest.fixture
def keeping_nulls(dss_emulator_factory: Any) -> Iterator[DSSClient]:
    """An emulator that answers nulls as stored (real DSS drops them), with one object of each kind."""
    emulator = dss_emulator_factory(drop_nulls=False)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        client.create_user("jdoe", "pw")
        client.create_group("analysts")
        client.create_global_api_key("robot")
        client.create_connection("warehouse", "PostgreSQL", {"password": "pw"})
        client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED")
        client.create_cluster("K8S", "eks-cluster")
        yield client


def user_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = client.get_user("jdoe").get_settings()
    return settings.get_raw(), settings.save


def own_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = client.get_own_user().get_settings()
    return settings.get_raw(), settings.save


def group_definition(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    group = client.get_group("analysts")
    definition = group.get_definition()
    return definition, lambda: group.set_definition(definition)


def global_key_definition(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    (item,) = client.list_global_api_keys()
    definition = item.to_global_api_key().get_definition()
    return definition, definition.save


def connection_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = client.get_connection("warehouse").get_settings()
    return settings.get_raw(), settings.save


def code_env_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = client.get_code_env("PYTHON", "ml").get_settings()
    return settings.get_raw(), settings.save


def cluster_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = client.get_cluster("k8s").get_settings()
    return settings.get_raw(), settings.save


def general_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = client.get_general_settings()
    return settings.get_raw(), settings.save


def instance_variables(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    variables = client.get_global_variables()
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
def test_awkward_content_comes_back_as_it_was_sent(keeping_nulls: DSSClient, access: Accessor) -> None:
    raw, save = access(keeping_nulls)
    raw.update(AWKWARD)
    save()
    again, _ = access(keeping_nulls)
    assert {key: again[key] for key in AWKWARD} == AWKWARD
    assert list(again)[-len(AWKWARD) :] == list(AWKWARD)  # order kept


@pytest.mark.parametrize("name", ["", ".", ".."])
def test_unaddressable_names_are_refused_before_anything_is_sent(
    client: DSSClient, dss_emulator: Any, name: str
) -> None:
    for handle_call in (
        lambda: client.get_user(name).get_settings(),
        lambda: client.get_group(name).get_definition(),
        lambda: client.get_connection(name).get_settings(),
        lambda: client.get_code_env("PYTHON", name).get_settings(),
        lambda: client.get_cluster(name).get_status(),
    ):
        with pytest.raises(InvalidIdentifierError):
            handle_call()
    assert len(dss_emulator.request_log) == 0


@pytest.mark.parametrize("name", ["été", "with space", "x?y#z%41", "日本"])
def test_odd_names_reach_exactly_their_object(client: DSSClient, name: str) -> None:
    client.create_group(name, "odd")
    client.create_connection(name, "Filesystem", {"root": "/"})
    assert (client.get_group(name).get_definition())["name"] == name
    assert (client.get_connection(name).get_settings()).get_raw()["name"] == name
    client.get_group(name).delete()
    client.get_connection(name).delete()
    assert name not in [g["name"] for g in client.list_groups()]
    assert name not in client.list_connections()


def test_a_slash_in_a_group_or_connection_name_is_refused(client: DSSClient) -> None:
    with pytest.raises(BadRequestError):
        client.create_group("a/b")
    with pytest.raises(BadRequestError):
        client.create_connection("a/b", "Filesystem")
    assert "a/b" not in [g["name"] for g in client.list_groups()]
