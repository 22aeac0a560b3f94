"""Clusters: declared, started and stopped (synchronously, as DSS answers once it is done), with the
running data their plugin keeps; kubectl and the clean-ups of jobs and pods on Kubernetes clusters
(models/kubernetes.py). Rights: see models/clusters.py."""

from __future__ import annotations

import copy
from typing import Any

from ..context import RequestContext
from ..errors import bad_request
from ..models.clusters import ClustersModel
from ._admin import messages, record
from ._registry import handles

_LOGGER = "dku.clusters"


def _model(ctx: RequestContext) -> ClustersModel:
    return ctx.services.state.extension(ClustersModel)


@handles("listClusters")
def list_clusters(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return [cluster.summary() for cluster in _model(ctx).visible(ctx.user)]


@handles("createCluster")
def create_cluster(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        cluster = _model(ctx).create(ctx.user, ctx.body_fields)
        summary = cluster.summary()
    record(ctx, "cluster-create", f"Created cluster {cluster.id}", {"clusterId": cluster.id}, "dku.clusters")
    return summary


@handles("getClusterSettings")
def get_cluster_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_model(ctx).existing(ctx.user, ctx.path["clusterId"], manage=False).settings)


@handles("saveClusterSettings")
def save_cluster_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = _model(ctx)
        cluster = model.existing(ctx.user, ctx.path["clusterId"], manage=True)
        model.save(cluster, ctx.body)
    record(ctx, "cluster-edit", f"Saved cluster {cluster.id}", {"clusterId": cluster.id}, "dku.clusters")
    return {}


@handles("deleteCluster")
def delete_cluster(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model = _model(ctx)
        cluster = model.existing(ctx.user, ctx.path["clusterId"], manage=True)
        del model.clusters[cluster.id]
    record(ctx, "cluster-delete", f"Deleted cluster {cluster.id}", {"clusterId": cluster.id}, "dku.clusters")


@handles("getClusterStatus")
def get_cluster_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        cluster = _model(ctx).existing(ctx.user, ctx.path["clusterId"], manage=False)
        return {"id": cluster.id, "clusterType": cluster.settings.get("type", "manual"), "state": cluster.state}


@handles("startCluster")
def start_cluster(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        cluster = _model(ctx).existing(ctx.user, ctx.path["clusterId"], manage=True)
        if not cluster.managed:
            raise bad_request(f"Cluster {cluster.id} is a manual cluster: DSS does not start it")
        attached = "data" in cluster.settings
        if cluster.state != "RUNNING":
            cluster.state = "RUNNING"
            if not attached:
                cluster.settings["data"] = {
                    "startedOn": state.clock(),
                    "startedBy": ctx.user.login,
                    "endpoint": f"https://{cluster.id}.clusters.emulator.invalid",
                    "architecture": cluster.settings.get("architecture"),
                }
        text = f"Attached to running cluster {cluster.id}" if attached else f"Cluster {cluster.id} started"
        answer = {"id": cluster.id, "state": cluster.state, "messages": messages([("SUCCESS", text)])}
    record(ctx, "cluster-start", text, {"clusterId": cluster.id}, "dku.clusters")
    return answer


@handles("stopCluster")
def stop_cluster(ctx: RequestContext) -> dict[str, Any]:
    terminate, force = ctx.query["terminate"], ctx.query["forceStop"]
    with ctx.services.state.lock:
        cluster = _model(ctx).existing(ctx.user, ctx.path["clusterId"], manage=True)
        if not cluster.managed:
            raise bad_request(f"Cluster {cluster.id} is a manual cluster: DSS does not stop it")
        if cluster.state != "RUNNING" and not force:
            raise bad_request(f"Cluster {cluster.id} is not running (use forceStop to stop it anyway)")
        cluster.state = "NONE"
        if terminate:
            cluster.settings.pop("data", None)
            cluster.workload = None  # destroyed with the cluster; a detached one goes on running
        text = f"Cluster {cluster.id} {'terminated' if terminate else 'detached'}"
        answer = {"id": cluster.id, "state": cluster.state, "messages": messages([("SUCCESS", text)])}
    record(ctx, "cluster-stop", text, {"clusterId": cluster.id}, "dku.clusters")
    return answer


@handles("runKubectlOnCluster")
def run_kubectl_on_cluster(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    args = ctx.body_fields["args"]
    with state.lock:
        cluster_id = ctx.path["clusterId"]
        result = _model(ctx).kubernetes(ctx.user, cluster_id).kubectl(args, state.clock())
    # Only the verb: the arguments may carry what should not be logged.
    verb = args.split(None, 1)[0] if args.strip() else ""
    record(ctx, "cluster-kubectl", f"Ran kubectl {verb} on cluster {cluster_id}", {"clusterId": cluster_id}, _LOGGER)
    return result.to_json()


@handles("deleteFinishedKubernetesJobs")
def delete_finished_kubernetes_jobs(ctx: RequestContext) -> dict[str, Any]:
    query = ctx.query
    with ctx.services.state.lock:
        workload = _model(ctx).kubernetes(ctx.user, ctx.path["clusterId"])
        answer = workload.delete_finished_jobs(
            query.get("namespace"),
            query.get("labelFilter"),
            delete_failed=query["deleteFailed"],
            dry_run=query["dryRun"],
        )
    _record_clean_up(ctx, "jobs", answer["deletedJobs"], answer["dryRun"])
    return answer


@handles("deleteFinishedKubernetesPods")
def delete_finished_kubernetes_pods(ctx: RequestContext) -> dict[str, Any]:
    return _delete_pods(ctx, finished_only=True)


@handles("deleteAllKubernetesPods")
def delete_all_kubernetes_pods(ctx: RequestContext) -> dict[str, Any]:
    return _delete_pods(ctx, finished_only=False)


def _delete_pods(ctx: RequestContext, *, finished_only: bool) -> dict[str, Any]:
    query = ctx.query
    with ctx.services.state.lock:
        workload = _model(ctx).kubernetes(ctx.user, ctx.path["clusterId"])
        answer = workload.delete_pods(
            query.get("namespace"), query.get("labelFilter"), finished_only=finished_only, dry_run=query["dryRun"]
        )
    _record_clean_up(ctx, "pods", answer["deletedPods"], answer["dryRun"])
    return answer


def _record_clean_up(ctx: RequestContext, what: str, deleted: list[str], dry_run: bool) -> None:
    if dry_run or not deleted:
        return
    cluster_id = ctx.path["clusterId"]
    text = f"Deleted {len(deleted)} {what} on cluster {cluster_id}"
    record(ctx, f"cluster-delete-{what}", text, {"clusterId": cluster_id, "deleted": deleted}, _LOGGER)
