"""Kubernetes clusters end to end: kubectl over the cluster's workload (``DSSCluster.run_kubectl``) and
the clean-ups of finished jobs and pods, with their filters, dry runs and refusals."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, NotFoundError, PermissionDeniedError
from dssclient.aio.dss.admin import AsyncDSSCluster

pytestmark = pytest.mark.anyio  # unasync: remove


async def running_cluster(client: AsyncDSSClient, name: str = "Analytics K8S") -> AsyncDSSCluster:
    cluster = await client.create_cluster(name, "eks-cluster", {"nodes": 2}, "KUBERNETES")
    await cluster.start()
    return cluster


async def kubectl_ok(cluster: AsyncDSSCluster, args: str) -> str:
    result = await cluster.run_kubectl(args)
    assert result["returnValue"] == 0, result
    return str(result["stdout"])


async def names(cluster: AsyncDSSCluster, args: str) -> list[str]:
    return (await kubectl_ok(cluster, args)).split()


async def workload(cluster: AsyncDSSCluster) -> None:
    """In `default`: a web pod (running), two jobs that complete and one that fails, a batch pod that
    completed; in `etl`: a completed job and a running pod."""
    await kubectl_ok(cluster, "run web --image=nginx:1.25 --labels=app=web,tier=front")
    await kubectl_ok(cluster, "create job report --image=busybox -- echo done")
    await kubectl_ok(cluster, "create job cleanup --image=busybox")
    await kubectl_ok(cluster, "create job broken --image=busybox -- false")
    await kubectl_ok(cluster, "run once --image=busybox --restart=Never --labels=app=batch -- echo once")
    await kubectl_ok(cluster, "create namespace etl")
    await kubectl_ok(cluster, "create job nightly -n etl --image=spark -- run.sh")
    await kubectl_ok(cluster, "run driver -n etl --image=spark")
    await kubectl_ok(cluster, "label job report team=finance")


async def test_kubectl_creates_lists_and_deletes_the_workload(client: AsyncDSSClient) -> None:
    cluster = await running_cluster(client)
    empty = await cluster.run_kubectl("get pods")
    assert empty == {
        "command": "kubectl get pods",
        "returnValue": 0,
        "stdout": "",
        "stderr": "No resources found in default namespace.\n",
    }
    assert "Server Version: v1.29.4" in await kubectl_ok(cluster, "version")
    assert await kubectl_ok(cluster, "run web --image=nginx:1.25") == "pod/web created\n"
    assert await kubectl_ok(cluster, "create job report --image=busybox -- echo done") == "job.batch/report created\n"
    pods = await names(cluster, "get pods -o name")
    assert pods[0] == "pod/web" or pods[1] == "pod/web"
    (job_pod,) = [p for p in pods if p != "pod/web"]
    assert job_pod.startswith("pod/report-") and len(job_pod) == len("pod/report-") + 5

    table = (await kubectl_ok(cluster, "get pods")).splitlines()
    assert table[0].split() == ["NAME", "READY", "STATUS", "RESTARTS", "AGE"]
    assert [line.split()[:3] for line in table[1:]] == sorted(
        [["web", "1/1", "Running"], [job_pod.removeprefix("pod/"), "0/1", "Completed"]]
    )
    listed = json.loads(await kubectl_ok(cluster, "get pods -l run=web -o json"))
    (web,) = listed["items"]
    assert web["metadata"]["labels"] == {"run": "web"} and web["status"]["phase"] == "Running"
    assert web["spec"]["containers"][0]["image"] == "nginx:1.25"
    job = json.loads(await kubectl_ok(cluster, "get job report -o json"))
    assert job["kind"] == "Job" and job["status"]["succeeded"] == 1
    assert job["status"]["conditions"] == [{"status": "True", "type": "Complete"}]

    assert await kubectl_ok(cluster, "delete job report") == 'job.batch "report" deleted\n'
    assert await names(cluster, "get pods -o name") == ["pod/web"], "a job's pods go with it"
    assert await kubectl_ok(cluster, "delete pod web") == 'pod "web" deleted\n'
    assert await names(cluster, "get jobs -o name") == []
    assert (await cluster.run_kubectl("get pods"))["stdout"] == ""


async def test_kubectl_answers_failures_as_results(client: AsyncDSSClient) -> None:
    cluster = await running_cluster(client)
    await kubectl_ok(cluster, "run web --image=nginx")
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
        result = await cluster.run_kubectl(args)
        assert result["returnValue"] == 1, args
        assert message in result["stderr"], (args, result["stderr"])
    # A failure changes nothing.
    assert await names(cluster, "get pods -A -o name") == ["pod/web"]
    # Part of a command can fail: what was found is printed, what was not is reported.
    partial = await cluster.run_kubectl("get pods web nope -o name")
    assert (partial["returnValue"], partial["stdout"]) == (1, "pod/web\n")
    assert 'pods "nope" not found' in partial["stderr"]


async def test_namespaces_labels_and_all_namespaces(client: AsyncDSSClient) -> None:
    cluster = await running_cluster(client)
    await workload(cluster)
    assert await names(cluster, "get namespaces -o name") == [
        "namespace/default",
        "namespace/etl",
        "namespace/kube-node-lease",
        "namespace/kube-public",
        "namespace/kube-system",
    ]
    assert await names(cluster, "get pods -n etl -o name") == ["pod/driver", *await names_of_job_pods(cluster, "etl")]
    everywhere = (await kubectl_ok(cluster, "get pods -A")).splitlines()
    assert everywhere[0].split()[:2] == ["NAMESPACE", "NAME"]
    assert {line.split()[0] for line in everywhere[1:]} == {"default", "etl"}
    assert await names(cluster, "get jobs -A -l team=finance -o name") == ["job.batch/report"]
    assert await names(cluster, "get pods -l app=web,tier=front -o name") == ["pod/web"]
    assert await names(cluster, "get pods -l 'app,app!=web' -o name") == ["pod/once"]
    assert await names(cluster, "get pods -l '!app' -o name") == [
        f"pod/{n}" for n in sorted(await job_pods(cluster, "default"))
    ]
    refused = await cluster.run_kubectl("label job report team=ops")
    assert refused["returnValue"] == 1 and "--overwrite is false" in refused["stderr"]
    assert await kubectl_ok(cluster, "label job/report team=ops --overwrite") == "job.batch/report labeled\n"
    assert await names(cluster, "get jobs -l team=ops -o name") == ["job.batch/report"]
    assert await kubectl_ok(cluster, "delete namespace etl") == 'namespace "etl" deleted\n'
    assert await names(cluster, "get pods -A -l run=driver -o name") == []


async def job_pods(cluster: AsyncDSSCluster, namespace: str) -> list[str]:
    listed = json.loads(await kubectl_ok(cluster, f"get pods -n {namespace} -o json"))
    return [p["metadata"]["name"] for p in listed["items"] if p["metadata"].get("ownerReferences")]


async def names_of_job_pods(cluster: AsyncDSSCluster, namespace: str) -> list[str]:
    return [f"pod/{name}" for name in await job_pods(cluster, namespace)]


async def test_deleting_finished_jobs(client: AsyncDSSClient, dss_emulator: Any) -> None:
    cluster = await running_cluster(client)
    await workload(cluster)
    report_pods = [n for n in await job_pods(cluster, "default") if n.startswith("report-")]

    dry = await cluster.delete_finished_jobs(dry_run=True)
    assert dry["success"] is True and dry["dryRun"] is True
    assert dry["deletedJobs"] == ["cleanup", "report"]
    assert "--dry-run=client" in dry["debugInfo"]["command"]
    assert await names(cluster, "get jobs -o name") == ["job.batch/broken", "job.batch/cleanup", "job.batch/report"]

    filtered = await cluster.delete_finished_jobs(label_filter="team=finance")
    assert filtered["deletedJobs"] == ["report"]
    assert filtered["debugInfo"] == {
        "command": "kubectl delete jobs --namespace default report",
        "returnValue": 0,
        "stdout": 'job.batch "report" deleted\n',
        "stderr": "",
    }
    pods_left = await job_pods(cluster, "default")
    assert not set(report_pods) & set(pods_left), "the job's pods went with it"

    assert (await cluster.delete_finished_jobs())["deletedJobs"] == ["cleanup"]
    assert (await cluster.delete_finished_jobs())["deletedJobs"] == []
    assert (await cluster.delete_finished_jobs(delete_failed=True))["deletedJobs"] == ["broken"]
    assert await names(cluster, "get jobs -A -o name") == ["job.batch/nightly"]
    assert (await cluster.delete_finished_jobs(namespace="etl"))["deletedJobs"] == ["nightly"]
    nothing = await cluster.delete_finished_jobs(namespace="nowhere")
    assert nothing["success"] is True and nothing["deletedJobs"] == []
    assert "No resources found in nowhere namespace." in nothing["debugInfo"]["stderr"]
    queries = [e.query for e in dss_emulator.request_log if e.operation_id == "deleteFinishedKubernetesJobs"]
    assert queries[0] == {"deleteFailed": ["false"], "dryRun": ["true"]}
    assert queries[1] == {"deleteFailed": ["false"], "labelFilter": ["team=finance"], "dryRun": ["false"]}


async def test_deleting_finished_and_all_pods(client: AsyncDSSClient) -> None:
    cluster = await running_cluster(client)
    await workload(cluster)
    finished = sorted([*await job_pods(cluster, "default"), "once"])

    dry = await cluster.delete_finished_pods(dry_run=True)
    assert (dry["success"], dry["dryRun"], dry["deletedPods"]) == (True, True, finished)
    assert len(await names(cluster, "get pods -o name")) == 5, "a dry run deletes nothing"
    assert (await cluster.delete_finished_pods(label_filter="app=batch"))["deletedPods"] == ["once"]
    assert (await cluster.delete_finished_pods())["deletedPods"] == [n for n in finished if n != "once"]
    assert await names(cluster, "get pods -o name") == ["pod/web"]
    # The jobs stay: only their pods went.
    assert len(await names(cluster, "get jobs -o name")) == 3

    everything_dry = await cluster.delete_all_pods(namespace="etl", dry_run=True)
    assert everything_dry["deletedPods"] == sorted(["driver", *await job_pods(cluster, "etl")])
    assert (await cluster.delete_all_pods(namespace="etl", label_filter="run=driver"))["deletedPods"] == ["driver"]
    assert (await cluster.delete_all_pods())["deletedPods"] == ["web"]
    assert await names(cluster, "get pods -o name") == []
    bad = await cluster.delete_all_pods(namespace="etl", label_filter="=oops")
    assert bad["success"] is False and bad["deletedPods"] == []
    assert bad["debugInfo"]["returnValue"] == 1 and "unable to parse requirement" in bad["debugInfo"]["stderr"]
    assert len(await names(cluster, "get pods -n etl -o name")) == 1, "a refused filter deletes nothing"


async def test_the_workload_lives_as_long_as_the_cluster(client: AsyncDSSClient) -> None:
    cluster = await running_cluster(client)
    await kubectl_ok(cluster, "run web --image=nginx")
    await cluster.stop(terminate=False)  # detached: the cluster goes on running
    with pytest.raises(BadRequestError, match="not running"):
        await cluster.run_kubectl("get pods")
    await cluster.start()
    assert await names(cluster, "get pods -o name") == ["pod/web"]
    await cluster.stop()  # terminated: its workload is gone
    await cluster.start()
    assert await names(cluster, "get pods -o name") == []
    # Each cluster has its own workload.
    other = await running_cluster(client, "Other")
    await kubectl_ok(cluster, "run web --image=nginx")
    assert await names(other, "get pods -o name") == []


async def test_actions_are_refused_where_they_cannot_run(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    hadoop = await client.create_cluster("Hadoop prod")
    stopped = await client.create_cluster("Idle K8S", "eks-cluster", cluster_architecture="KUBERNETES")
    manual = await client.create_cluster("On prem", "manual", cluster_architecture="KUBERNETES")
    for cluster, message in ((hadoop, "not a Kubernetes cluster"), (stopped, "not running")):
        with pytest.raises(BadRequestError, match=message):
            await cluster.run_kubectl("get pods")
        with pytest.raises(BadRequestError, match=message):
            await cluster.delete_finished_jobs()
        with pytest.raises(BadRequestError, match=message):
            await cluster.delete_finished_pods()
        with pytest.raises(BadRequestError, match=message):
            await cluster.delete_all_pods()
    # DSS does not start a manual cluster: it is reachable as declared.
    assert await kubectl_ok(manual, "run web --image=nginx") == "pod/web created\n"
    unknown = client.get_cluster("nope")
    with pytest.raises(NotFoundError):
        await unknown.run_kubectl("get pods")
    with pytest.raises(NotFoundError):
        await unknown.delete_all_pods()


async def test_who_may_run_kubectl_and_clean_up(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    cluster = await running_cluster(client)
    await kubectl_ok(cluster, "create job report --image=busybox")
    mine = reader_client.get_cluster(cluster.cluster_id)
    with pytest.raises(PermissionDeniedError):
        await mine.run_kubectl("get pods")  # administrators only
    with pytest.raises(NotFoundError):
        await mine.delete_finished_jobs()  # a cluster the reader does not see
    settings = await cluster.get_settings()
    settings.get_raw()["permissions"] = [{"group": "readers", "use": True, "update": False}]
    await settings.save()
    with pytest.raises(PermissionDeniedError):
        await mine.delete_finished_jobs()  # may use it, not manage it
    settings.get_raw()["permissions"] = [{"group": "readers", "use": True, "update": True}]
    await settings.save()
    assert (await mine.delete_finished_jobs())["deletedJobs"] == ["report"]
    with pytest.raises(PermissionDeniedError):
        await mine.run_kubectl("get pods")  # still not an administrator
