"""Clusters: their definitions, whether they run, who may use or manage them, and the workload of
the Kubernetes ones (models/kubernetes.py)."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dssclient._json import object_or_empty

from ..errors import UNAUTHORIZED, bad_request, conflict, forbidden, not_found
from .kubernetes import Workload
from .resource_rights import resource_allows

if TYPE_CHECKING:
    from ..state import DSSState, User

ARCHITECTURES = ("HADOOP", "KUBERNETES")
# Properties a save may not change, and the running data only starting sets.
_FIXED = ("id", "type", "architecture")


@dataclass
class Cluster:
    settings: dict[str, Any]
    state: str = "NONE"
    # What runs on a Kubernetes cluster: made when first reached, kept while DSS is only detached.
    workload: Workload | None = None

    @property
    def id(self) -> str:
        return str(self.settings["id"])

    @property
    def managed(self) -> bool:
        return self.settings.get("type") != "manual"

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.settings.get("name") or self.id,
            "type": self.settings.get("type", "manual"),
            "architecture": self.settings.get("architecture", "HADOOP"),
            "state": self.state,
        }

    def allows(self, user: User, *, manage: bool) -> bool:
        return resource_allows(
            user,
            self.settings,
            self.settings.get("owner"),
            manage_right="mayManageClusters",
            create_right="mayCreateClusters",
            manage=manage,
        )


class ClustersModel:
    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.clusters: dict[str, Cluster] = {}

    def existing(self, user: User, cluster_id: str, *, manage: bool) -> Cluster:
        cluster = self.clusters.get(cluster_id)
        if cluster is None or not (cluster.allows(user, manage=False) or cluster.allows(user, manage=True)):
            raise not_found(f"Cluster {cluster_id} does not exist")
        if manage and not cluster.allows(user, manage=True):
            raise forbidden(f"You may not manage cluster {cluster_id}", UNAUTHORIZED)
        return cluster

    def kubernetes(self, user: User, cluster_id: str) -> Workload:
        """The workload of a Kubernetes cluster the caller manages, if DSS can reach it.

        A managed cluster must run; a manual one is always there, DSS does not start it.
        """
        cluster = self.existing(user, cluster_id, manage=True)
        architecture = cluster.settings.get("architecture", "HADOOP")
        if architecture != "KUBERNETES":
            raise bad_request(f"Cluster {cluster.id} is not a Kubernetes cluster (its architecture is {architecture})")
        if cluster.managed and cluster.state != "RUNNING":
            raise bad_request(f"Cluster {cluster.id} is not running (state {cluster.state}): start it first")
        if cluster.workload is None:
            cluster.workload = Workload(self.state.clock())
        return cluster.workload

    def visible(self, user: User) -> list[Cluster]:
        return [c for c in self.clusters.values() if c.allows(user, manage=False) or c.allows(user, manage=True)]

    def create(self, user: User, fields: Mapping[str, Any]) -> Cluster:
        if not (user.may("mayCreateClusters") or user.may("mayManageClusters")):
            raise forbidden("You may not create clusters")
        name = fields["name"]
        cluster_id = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        if not cluster_id:
            raise bad_request(f"Invalid cluster name {name!r}: it needs letters or digits")
        if cluster_id in self.clusters:
            raise conflict(f"A cluster named {name} (id {cluster_id}) already exists")
        architecture = fields.get("architecture") or "HADOOP"
        if architecture not in ARCHITECTURES:
            raise bad_request(f"Unknown cluster architecture {architecture}: HADOOP or KUBERNETES")
        settings: dict[str, Any] = {
            "id": cluster_id,
            "name": name,
            "type": fields.get("type") or "manual",
            "architecture": architecture,
            "owner": user.login,
            "usableByAll": False,
            "permissions": [],
            "params": copy.deepcopy(object_or_empty(fields.get("params"))),
        }
        cluster = self.clusters[cluster_id] = Cluster(settings)
        return cluster

    def save(self, cluster: Cluster, body: Mapping[str, Any]) -> None:
        for key in _FIXED:
            value = body.get(key)
            if value is not None and value != cluster.settings.get(key):
                raise bad_request(f"The cluster's {key} cannot change ({cluster.settings.get(key)!r} -> {value!r})")
        settings = copy.deepcopy(dict(body))
        for key in _FIXED:
            settings[key] = cluster.settings.get(key)
        # The plugin's running data is the cluster's, not the client's to write.
        settings.pop("data", None)
        if "data" in cluster.settings:
            settings["data"] = cluster.settings["data"]
        cluster.settings = settings
