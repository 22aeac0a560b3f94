# Derived from tests/e2e/aio/test_cluster_kubectl.py by scripts/unasync.py: do not edit.
"""Kubernetes clusters end to end: kubectl over the cluster's workload (``DSSCluster.run_kubectl``) and
the clean-ups of finished jobs and pods, with their filters, dry runs and refusals."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.admin import DSSCluster


def running_cluster(client: DSSClient, name: str = "Analytics K8S") -> DSSCluster:
    cluster = client.create_cluster(name, "eks-cluster", {"nodes": 2}, "KUBERNETES")
    cluster.start()
    return cluster


def kubectl_ok(cluster: DSSCluster, args: str) -> str:
    result = cluster.run_kubectl(args)
    assert result["returnValue"] == 0, result
    return str(result["stdout"])


def names(cluster: DSSCluster, args: str) -> list[str]:
    return (kubectl_ok(cluster, args)).split()


def workload(cluster: DSSCluster) -> None:
    """In `default`: a web pod (running), two jobs that complete and one that fails, a batch pod that
    completed; in `etl`: a completed job and a running pod."""
    kubectl_ok(cluster, "run web --image=nginx:1.25 --labels=app=web,tier=front")
    kubectl_ok(cluster, "create job report --image=busybox -- echo done")
    kubectl_ok(cluster, "create job cleanup --image=busybox")
    kubectl_ok(cluster, "create job broken --image=busybox -- false")
    kubectl_ok(cluster, "run once --image=busybox --restart=Never --labels=app=batch -- echo once")
    kubectl_ok(cluster, "create namespace etl")
    kubectl_ok(cluster, "create job nightly -n etl --image=spark -- run.sh")
    kubectl_ok(cluster, "run driver -n etl --image=spark")
    kubectl_ok(cluster, "label job report team=finance")


def test_kubectl_creates_lists_and_deletes_the_workload(client: DSSClient) -> None:
    cluster = running_cluster(client)
    empty = cluster.run_kubectl("get pods")
    assert empty == {
        "command": "kubectl get pods",
        "returnValue": 0,
        "stdout": "",
        "stderr": "No resources found in default namespace.\n",
    }
    assert "Server Version: v1.29.4" in kubectl_ok(cluster, "version")
    assert kubectl_ok(cluster, "run web --image=nginx:1.25") == "pod/web created\n"
    assert kubectl_ok(cluster, "create job report --image=busybox -- echo done") == "job.batch/report created\n"
    pods = names(cluster, "get pods -o name")
    assert pods[0] == "pod/web" or pods[1] == "pod/web"
    (job_pod,) = [p for p in pods if p != "pod/web"]
    assert job_pod.startswith("pod/report-") and len(job_pod) == len("pod/report-") + 5

    table = (kubectl_ok(cluster, "get pods")).splitlines()
    assert table[0].split() == ["NAME", "READY", "STATUS", "RESTARTS", "AGE"]
    assert [line.split()[:3] for line in table[1:]] == sorted(
        [["web", "1/1", "Running"], [job_pod.removeprefix("pod/"), "0/1", "Completed"]]
    )
    listed = json.loads(kubectl_ok(cluster, "get pods -l run=web -o json"))
    (web,) = listed["items"]
    assert web["metadata"]["labels"] == {"run": "web"} and web["status"]["phase"] == "Running"
    assert web["spec"]["containers"][0]["image"] == "nginx:1.25"
    job = json.loads(kubectl_ok(cluster, "get job report -o json"))
    assert job["kind"] == "Job" and job["status"]["succeeded"] == 1
    assert job["status"]["conditions"] == [{"status": "True", "type": "Complete"}]

    assert kubectl_ok(cluster, "delete job report") == 'job.batch "report" deleted\n'
    assert names(cluster, "get pods -o name") == ["pod/web"], "a job's pods go with it"
    assert kubectl_ok(cluster, "delete pod web") == 'pod "web" deleted\n'
    assert names(cluster, "get jobs -o name") == []
    assert (cluster.run_kubectl("get pods"))["stdout"] == ""


def test_kubectl_answers_failures_as_results(client: DSSClient) -> None:
    cluster = running_cluster(client)
    kubectl_ok(cluster, "run web --image=nginx")
    failures = {
        "get pod nope": 'Error from server (NotFound): pods "nope" not found',
        "delete job nope": 'Error from server (NotFound): jobs.batch "nope" not found',
        "run web --image=nginx": 'Error from server (AlreadyExists): pods "web" already exists',
        "run other": 'error: required flag(s) "image" not set',
        "run x --image=nginx -n missing": 'Error from server (NotFound): namespaces "missing" not found',
        "get deployments": 'error: the server doesn\'t have a resource type "deployments"',
        "apply -f app.yaml": 'error: unknown command "apply" for "kubectl"',
        "kubectl get pods": 'error: unknown command "kubectl" for "kubectl"',
        "get pods --watch": "error: unknown flag: --watch",
        "get pods -l 'a b'": "error: unable to parse requirement",
        "run Bad_Name --image=nginx": 'The Pod "Bad_Name" is invalid',
        "delete namespace default": 'namespaces "default" is forbidden',
        "get pods 'unclosed": "error: invalid arguments",
    }
    for args, message in failures.items():
        result = cluster.run_kubectl(args)
        assert result["returnValue"] == 1, args
        assert message in result["stderr"], (args, result["stderr"])
    # A failure changes nothing.
    assert names(cluster, "get pods -A -o name") == ["pod/web"]
    # Part of a command can fail: what was found is printed, what was not is reported.
    partial = cluster.run_kubectl("get pods web nope -o name")
    assert (partial["returnValue"], partial["stdout"]) == (1, "pod/web\n")
    assert 'pods "nope" not found' in partial["stderr"]


def test_namespaces_labels_and_all_namespaces(client: DSSClient) -> None:
    cluster = running_cluster(client)
    workload(cluster)
    assert names(cluster, "get namespaces -o name") == [
        "namespace/default",
        "namespace/etl",
        "namespace/kube-node-lease",
        "namespace/kube-public",
        "namespace/kube-system",
    ]
    assert names(cluster, "get pods -n etl -o name") == ["pod/driver", *names_of_job_pods(cluster, "etl")]
    everywhere = (kubectl_ok(cluster, "get pods -A")).splitlines()
    assert everywhere[0].split()[:2] == ["NAMESPACE", "NAME"]
    assert {line.split()[0] for line in everywhere[1:]} == {"default", "etl"}
    assert names(cluster, "get jobs -A -l team=finance -o name") == ["job.batch/report"]
    assert names(cluster, "get pods -l app=web,tier=front -o name") == ["pod/web"]
    assert names(cluster, "get pods -l 'app,app!=web' -o name") == ["pod/once"]
    assert names(cluster, "get pods -l '!app' -o name") == [f"pod/{n}" for n in sorted(job_pods(cluster, "default"))]
    refused = cluster.run_kubectl("label job report team=ops")
    assert refused["returnValue"] == 1 and "--overwrite is false" in refused["stderr"]
    assert kubectl_ok(cluster, "label job/report team=ops --overwrite") == "job.batch/report labeled\n"
    assert names(cluster, "get jobs -l team=ops -o name") == ["job.batch/report"]
    assert kubectl_ok(cluster, "delete namespace etl") == 'namespace "etl" deleted\n'
    assert names(cluster, "get pods -A -l run=driver -o name") == []


def job_pods(cluster: DSSCluster, namespace: str) -> list[str]:
    listed = json.loads(kubectl_ok(cluster, f"get pods -n {namespace} -o json"))
    return [p["metadata"]["name"] for p in listed["items"] if p["metadata"].get("ownerReferences")]


def names_of_job_pods(cluster: DSSCluster, namespace: str) -> list[str]:
    return [f"pod/{name}" for name in job_pods(cluster, namespace)]


def test_deleting_finished_jobs(client: DSSClient, dss_emulator: Any) -> None:
    cluster = running_cluster(client)
    workload(cluster)
    report_pods = [n for n in job_pods(cluster, "default") if n.startswith("report-")]

    dry = cluster.delete_finished_jobs(dry_run=True)
    assert dry["success"] is True and dry["dryRun"] is True
    assert dry["deletedJobs"] == ["cleanup", "report"]
    assert "--dry-run=client" in dry["debugInfo"]["command"]
    assert names(cluster, "get jobs -o name") == ["job.batch/broken", "job.batch/cleanup", "job.batch/report"]

    filtered = cluster.delete_finished_jobs(label_filter="team=finance")
    assert filtered["deletedJobs"] == ["report"]
    assert filtered["debugInfo"] == {
        "command": "kubectl delete jobs --namespace default report",
        "returnValue": 0,
        "stdout": 'job.batch "report" deleted\n',
        "stderr": "",
    }
    pods_left = job_pods(cluster, "default")
    assert not set(report_pods) & set(pods_left), "the job's pods went with it"

    assert (cluster.delete_finished_jobs())["deletedJobs"] == ["cleanup"]
    assert (cluster.delete_finished_jobs())["deletedJobs"] == []
    assert (cluster.delete_finished_jobs(delete_failed=True))["deletedJobs"] == ["broken"]
    assert names(cluster, "get jobs -A -o name") == ["job.batch/nightly"]
    assert (cluster.delete_finished_jobs(namespace="etl"))["deletedJobs"] == ["nightly"]
    nothing = cluster.delete_finished_jobs(namespace="nowhere")
    assert nothing["success"] is True and nothing["deletedJobs"] == []
    assert "No resources found in nowhere namespace." in nothing["debugInfo"]["stderr"]
    queries = [e.query for e in dss_emulator.request_log if e.operation_id == "deleteFinishedKubernetesJobs"]
    assert queries[0] == {"deleteFailed": ["false"], "dryRun": ["true"]}
    assert queries[1] == {"deleteFailed": ["false"], "labelFilter": ["team=finance"], "dryRun": ["false"]}


def test_deleting_finished_and_all_pods(client: DSSClient) -> None:
    cluster = running_cluster(client)
    workload(cluster)
    finished = sorted([*job_pods(cluster, "default"), "once"])

    dry = cluster.delete_finished_pods(dry_run=True)
    assert (dry["success"], dry["dryRun"], dry["deletedPods"]) == (True, True, finished)
    assert len(names(cluster, "get pods -o name")) == 5, "a dry run deletes nothing"
    assert (cluster.delete_finished_pods(label_filter="app=batch"))["deletedPods"] == ["once"]
    assert (cluster.delete_finished_pods())["deletedPods"] == [n for n in finished if n != "once"]
    assert names(cluster, "get pods -o name") == ["pod/web"]
    # The jobs stay: only their pods went.
    assert len(names(cluster, "get jobs -o name")) == 3

    everything_dry = cluster.delete_all_pods(namespace="etl", dry_run=True)
    assert everything_dry["deletedPods"] == sorted(["driver", *job_pods(cluster, "etl")])
    assert (cluster.delete_all_pods(namespace="etl", label_filter="run=driver"))["deletedPods"] == ["driver"]
    assert (cluster.delete_all_pods())["deletedPods"] == ["web"]
    assert names(cluster, "get pods -o name") == []
    bad = cluster.delete_all_pods(namespace="etl", label_filter="=oops")
    assert bad["success"] is False and bad["deletedPods"] == []
    assert bad["debugInfo"]["returnValue"] == 1 and "unable to parse requirement" in bad["debugInfo"]["stderr"]
    assert len(names(cluster, "get pods -n etl -o name")) == 1, "a refused filter deletes nothing"


def test_the_workload_lives_as_long_as_the_cluster(client: DSSClient) -> None:
    cluster = running_cluster(client)
    kubectl_ok(cluster, "run web --image=nginx")
    cluster.stop(terminate=False)  # detached: the cluster goes on running
    with pytest.raises(BadRequestError, match="not running"):
        cluster.run_kubectl("get pods")
    cluster.start()
    assert names(cluster, "get pods -o name") == ["pod/web"]
    cluster.stop()  # terminated: its workload is gone
    cluster.start()
    assert names(cluster, "get pods -o name") == []
    # Each cluster has its own workload.
    other = running_cluster(client, "Other")
    kubectl_ok(cluster, "run web --image=nginx")
    assert names(other, "get pods -o name") == []


def test_actions_are_refused_where_they_cannot_run(client: DSSClient, reader_client: DSSClient) -> None:
    hadoop = client.create_cluster("Hadoop prod")
    stopped = client.create_cluster("Idle K8S", "eks-cluster", cluster_architecture="KUBERNETES")
    manual = client.create_cluster("On prem", "manual", cluster_architecture="KUBERNETES")
    for cluster, message in ((hadoop, "not a Kubernetes cluster"), (stopped, "not running")):
        with pytest.raises(BadRequestError, match=message):
            cluster.run_kubectl("get pods")
        with pytest.raises(BadRequestError, match=message):
            cluster.delete_finished_jobs()
        with pytest.raises(BadRequestError, match=message):
            cluster.delete_finished_pods()
        with pytest.raises(BadRequestError, match=message):
            cluster.delete_all_pods()
    # DSS does not start a manual cluster: it is reachable as declared.
    assert kubectl_ok(manual, "run web --image=nginx") == "pod/web created\n"
    unknown = client.get_cluster("nope")
    with pytest.raises(NotFoundError):
        unknown.run_kubectl("get pods")
    with pytest.raises(NotFoundError):
        unknown.delete_all_pods()


def test_who_may_run_kubectl_and_clean_up(client: DSSClient, reader_client: DSSClient) -> None:
    cluster = running_cluster(client)
    kubectl_ok(cluster, "create job report --image=busybox")
    mine = reader_client.get_cluster(cluster.cluster_id)
    with pytest.raises(PermissionDeniedError):
        mine.run_kubectl("get pods")  # administrators only
    with pytest.raises(NotFoundError):
        mine.delete_finished_jobs()  # a cluster the reader does not see
    settings = cluster.get_settings()
    settings.get_raw()["permissions"] = [{"group": "readers", "use": True, "update": False}]
    settings.save()
    with pytest.raises(PermissionDeniedError):
        mine.delete_finished_jobs()  # may use it, not manage it
    settings.get_raw()["permissions"] = [{"group": "readers", "use": True, "update": True}]
    settings.save()
    assert (mine.delete_finished_jobs())["deletedJobs"] == ["report"]
    with pytest.raises(PermissionDeniedError):
        mine.run_kubectl("get pods")  # still not an administrator
