# Derived from tests/e2e/aio/test_clusters.py by scripts/unasync.py: do not edit.
"""Clusters end to end: declared, started and stopped synchronously (as the official client 15.2 does),
with the running data their plugin keeps, and who may see or manage them."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.admin import DSSCluster, DSSClusterSettings, DSSClusterStatus
from tests.conftest import sent_bodies


def test_create_start_stop_delete(client: DSSClient, dss_emulator: Any) -> None:
    cluster = client.create_cluster("Analytics K8S", "eks-cluster", {"nodes": 2}, "KUBERNETES")
    assert isinstance(cluster, DSSCluster) and cluster.cluster_id == "analytics-k8s"
    (body,) = sent_bodies(dss_emulator, "createCluster")
    assert body == {
        "name": "Analytics K8S",
        "type": "eks-cluster",
        "architecture": "KUBERNETES",
        "params": {"nodes": 2},
    }
    assert client.list_clusters() == [
        {
            "id": "analytics-k8s",
            "name": "Analytics K8S",
            "type": "eks-cluster",
            "architecture": "KUBERNETES",
            "state": "NONE",
        }
    ]
    status = cluster.get_status()
    assert isinstance(status, DSSClusterStatus) and status.get_raw()["state"] == "NONE"
    assert (cluster.get_settings()).get_plugin_data() is None

    started = cluster.start()
    assert started["state"] == "RUNNING" and started["messages"]["success"] is True
    assert (cluster.get_status()).get_raw()["state"] == "RUNNING"
    data = (cluster.get_settings()).get_plugin_data()
    assert data is not None and data["startedBy"] == "admin"

    detached = cluster.stop(terminate=False)
    assert detached["state"] == "NONE"
    assert (cluster.get_settings()).get_plugin_data() == data  # detached: the cluster lives on
    reattached = cluster.start()
    assert "Attached" in reattached["messages"]["messages"][0]["message"]
    assert (cluster.stop())["state"] == "NONE"
    assert (cluster.get_settings()).get_plugin_data() is None  # terminated
    with pytest.raises(BadRequestError):
        cluster.stop()  # not running
    assert (cluster.stop(force_stop=True))["state"] == "NONE"
    (stop_query,) = [e.query for e in dss_emulator.request_log if e.operation_id == "stopCluster"][-1:]
    assert stop_query == {"terminate": ["true"], "forceStop": ["true"]}

    cluster.start()
    cluster.delete()  # not stopped first, as DSS does
    assert client.list_clusters() == []
    with pytest.raises(NotFoundError):
        cluster.get_status()


def test_settings_round_trip_and_protect_what_cannot_change(client: DSSClient) -> None:
    cluster = client.create_cluster("Hadoop prod")
    settings = cluster.get_settings()
    assert isinstance(settings, DSSClusterSettings)
    assert (settings.get_raw()["type"], settings.get_raw()["architecture"]) == ("manual", "HADOOP")
    settings.get_raw()["params"]["hiveServer"] = "hive.example.com"
    settings.get_raw()["permissions"] = [{"group": "readers", "use": True, "update": False}]
    settings.get_raw()["data"] = {"forged": True}
    settings.save()
    again = (cluster.get_settings()).get_raw()
    assert again["params"] == {"hiveServer": "hive.example.com"}
    assert again["permissions"] == [{"group": "readers", "use": True, "update": False}]
    assert "data" not in again
    again["architecture"] = "KUBERNETES"
    with pytest.raises(BadRequestError):
        cluster.set_definition(again)
    definition = cluster.get_definition()
    definition["params"]["hiveServer"] = "hive2.example.com"
    assert isinstance(cluster.set_definition(definition), dict)
    assert (cluster.get_definition())["params"]["hiveServer"] == "hive2.example.com"
    for action in (cluster.start, cluster.stop):
        with pytest.raises(BadRequestError):
            action()  # DSS does not start or stop a manual cluster


def test_who_may_see_and_manage_clusters(client: DSSClient, reader_client: DSSClient) -> None:
    cluster = client.create_cluster("Shared", "eks-cluster", cluster_architecture="KUBERNETES")
    assert reader_client.list_clusters() == []
    with pytest.raises(NotFoundError):
        reader_client.get_cluster(cluster.cluster_id).get_status()
    with pytest.raises(PermissionDeniedError):
        reader_client.create_cluster("Mine")
    settings = cluster.get_settings()
    settings.get_raw()["usableByAll"] = True
    settings.save()
    assert [c["id"] for c in reader_client.list_clusters()] == ["shared"]
    assert (reader_client.get_cluster("shared").get_status()).get_raw()["state"] == "NONE"
    with pytest.raises(PermissionDeniedError):
        reader_client.get_cluster("shared").start()
    with pytest.raises(ConflictError):
        client.create_cluster("shared")
    with pytest.raises(BadRequestError):
        client.create_cluster("x", cluster_architecture="MAINFRAME")
