"""The Kubernetes workload of emulated clusters: the kubectl subset alone, and its routes over raw HTTP
(the official client's query spelling, the audit trail)."""

from __future__ import annotations

import httpx
import pytest

from dssclient.emulator.models.kubernetes import KubectlError, Workload, matches, parse_selector


def run(workload: Workload, args: str) -> tuple[int, str, str]:
    result = workload.kubectl(args, 1_700_000_000_000)
    return result.return_value, result.stdout, result.stderr


def test_flags_are_read_wherever_kubectl_reads_them() -> None:
    workload = Workload(0)
    assert run(workload, "create ns etl")[0] == 0
    for args in (
        "run a --image=x -n etl",
        "-n etl run b --image x",
        "run c --image x --namespace=etl",
        "run d -netl --image=x",
    ):
        assert run(workload, args)[0] == 0, args
    assert run(workload, "get pods -n etl -o name")[1].split() == ["pod/a", "pod/b", "pod/c", "pod/d"]
    assert run(workload, "get pod/a pod/c -n etl -o name")[1].split() == ["pod/a", "pod/c"]
    code, _, err = run(workload, "get pods a -A")
    assert code == 1 and "cannot be retrieved by name across all namespaces" in err
    code, _, err = run(workload, "get pods -n")
    assert code == 1 and "flag needs an argument" in err


def test_the_same_commands_make_the_same_workload() -> None:
    outputs = []
    for _ in range(2):
        workload = Workload(0)
        for args in ("create job etl --image=x", "create job etl2 --image=x -- false", "delete job etl"):
            run(workload, args)
        run(workload, "create job etl --image=x")
        outputs.append(run(workload, "get pods -o json"))
    assert outputs[0] == outputs[1]
    assert "etl-" in outputs[0][1]


def test_label_selectors() -> None:
    labels = {"app": "web", "tier": "front"}
    assert matches(labels, parse_selector("app=web"))
    assert matches(labels, parse_selector("app==web, tier"))
    assert not matches(labels, parse_selector("app=web,tier!=front"))
    assert matches(labels, parse_selector("!team"))
    assert not matches(labels, parse_selector("!app"))
    assert matches(labels, parse_selector("team!=ops"))
    for bad in ("", "a=b=c", "=x", "!a=b", "a b", "app=we b"):
        with pytest.raises(KubectlError):
            parse_selector(bad)


def test_the_routes_read_the_official_query_and_audit_without_arguments(admin_http: httpx.Client) -> None:
    created = admin_http.post("/admin/clusters/", json={"name": "K", "type": "eks", "architecture": "KUBERNETES"})
    assert created.status_code == 200
    assert admin_http.post("/admin/clusters/k/actions/start").status_code == 200
    secret_args = "create job leak --image=busybox -- echo S3cr3t-token"
    ran = admin_http.post("/admin/clusters/k/k8s/actions/run-kubectl", json={"args": secret_args})
    assert ran.status_code == 200 and ran.json()["returnValue"] == 0
    # The official client spells booleans True/False and drops None-valued parameters.
    dry = admin_http.post(
        "/admin/clusters/k/k8s/jobs/actions/delete-finished", params={"deleteFailed": "True", "dryRun": "True"}
    )
    assert dry.status_code == 200 and dry.json()["deletedJobs"] == ["leak"]
    done = admin_http.post(
        "/admin/clusters/k/k8s/jobs/actions/delete-finished", params={"deleteFailed": "False", "dryRun": "False"}
    )
    assert done.json()["deletedJobs"] == ["leak"] and done.json()["dryRun"] is False
    refused = admin_http.post("/admin/clusters/k/k8s/actions/run-kubectl", json={"args": ["get", "pods"]})
    assert refused.status_code == 400
    for log in ("backend.log", "audit.log"):
        text = admin_http.get(f"/admin/logs/{log}").text
        assert "S3cr3t-token" not in text
    assert "cluster-kubectl" in admin_http.get("/admin/logs/audit.log").text
