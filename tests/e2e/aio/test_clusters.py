"""Clusters end to end: declared, started and stopped synchronously (as the official client 15.2 does),
with the running data their plugin keeps, and who may see or manage them."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.admin import AsyncDSSCluster, AsyncDSSClusterSettings, DSSClusterStatus
from tests.conftest import sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove


async def test_create_start_stop_delete(client: AsyncDSSClient, dss_emulator: Any) -> None:
    cluster = await client.create_cluster("Analytics K8S", "eks-cluster", {"nodes": 2}, "KUBERNETES")
    assert isinstance(cluster, AsyncDSSCluster) and cluster.cluster_id == "analytics-k8s"
    (body,) = sent_bodies(dss_emulator, "createCluster")
    assert body == {
        "name": "Analytics K8S",
        "type": "eks-cluster",
        "architecture": "KUBERNETES",
        "params": {"nodes": 2},
    }
    assert await client.list_clusters() == [
        {
            "id": "analytics-k8s",
            "name": "Analytics K8S",
            "type": "eks-cluster",
            "architecture": "KUBERNETES",
            "state": "NONE",
        }
    ]
    status = await cluster.get_status()
    assert isinstance(status, DSSClusterStatus) and status.get_raw()["state"] == "NONE"
    assert (await cluster.get_settings()).get_plugin_data() is None

    started = await cluster.start()
    assert started["state"] == "RUNNING" and started["messages"]["success"] is True
    assert (await cluster.get_status()).get_raw()["state"] == "RUNNING"
    data = (await cluster.get_settings()).get_plugin_data()
    assert data is not None and data["startedBy"] == "admin"

    detached = await cluster.stop(terminate=False)
    assert detached["state"] == "NONE"
    assert (await cluster.get_settings()).get_plugin_data() == data  # detached: the cluster lives on
    reattached = await cluster.start()
    assert "Attached" in reattached["messages"]["messages"][0]["message"]
    assert (await cluster.stop())["state"] == "NONE"
    assert (await cluster.get_settings()).get_plugin_data() is None  # terminated
    with pytest.raises(BadRequestError):
        await cluster.stop()  # not running
    assert (await cluster.stop(force_stop=True))["state"] == "NONE"
    (stop_query,) = [e.query for e in dss_emulator.request_log if e.operation_id == "stopCluster"][-1:]
    assert stop_query == {"terminate": ["true"], "forceStop": ["true"]}

    await cluster.start()
    await cluster.delete()  # not stopped first, as DSS does
    assert await client.list_clusters() == []
    with pytest.raises(NotFoundError):
        await cluster.get_status()


async def test_settings_round_trip_and_protect_what_cannot_change(client: AsyncDSSClient) -> None:
    cluster = await client.create_cluster("Hadoop prod")
    settings = await cluster.get_settings()
    assert isinstance(settings, AsyncDSSClusterSettings)
    assert (settings.get_raw()["type"], settings.get_raw()["architecture"]) == ("manual", "HADOOP")
    settings.get_raw()["params"]["hiveServer"] = "hive.example.com"
    settings.get_raw()["permissions"] = [{"group": "readers", "use": True, "update": False}]
    settings.get_raw()["data"] = {"forged": True}
    await settings.save()
    again = (await cluster.get_settings()).get_raw()
    assert again["params"] == {"hiveServer": "hive.example.com"}
    assert again["permissions"] == [{"group": "readers", "use": True, "update": False}]
    assert "data" not in again
    again["architecture"] = "KUBERNETES"
    with pytest.raises(BadRequestError):
        await cluster.set_definition(again)
    definition = await cluster.get_definition()
    definition["params"]["hiveServer"] = "hive2.example.com"
    assert isinstance(await cluster.set_definition(definition), dict)
    assert (await cluster.get_definition())["params"]["hiveServer"] == "hive2.example.com"
    for action in (cluster.start, cluster.stop):
        with pytest.raises(BadRequestError):
            await action()  # DSS does not start or stop a manual cluster


async def test_who_may_see_and_manage_clusters(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    cluster = await client.create_cluster("Shared", "eks-cluster", cluster_architecture="KUBERNETES")
    assert await reader_client.list_clusters() == []
    with pytest.raises(NotFoundError):
        await reader_client.get_cluster(cluster.cluster_id).get_status()
    with pytest.raises(PermissionDeniedError):
        await reader_client.create_cluster("Mine")
    settings = await cluster.get_settings()
    settings.get_raw()["usableByAll"] = True
    await settings.save()
    assert [c["id"] for c in await reader_client.list_clusters()] == ["shared"]
    assert (await reader_client.get_cluster("shared").get_status()).get_raw()["state"] == "NONE"
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_cluster("shared").start()
    with pytest.raises(ConflictError):
        await client.create_cluster("shared")
    with pytest.raises(BadRequestError):
        await client.create_cluster("x", cluster_architecture="MAINFRAME")
