"""Conformance scenarios of code studios, the API Designer and the API Deployer.

Each is what a user's script does with the official client: the code studio lifecycle;
designing an API service, packaging and publishing it; deploying it on an infrastructure,
updating, watching its health, querying it and tearing it all down; and the refusals DSS
opposes along the way.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from typing import Any

import pytest

from tests.conformance.framework import scenario

NODE = "http://apinode-1:12000"


def _design(admin: Any, project_key: str = "API") -> Any:
    """A project with an API service `churn` of two endpoints, packaged as v1 and v2."""
    project = admin.create_project(project_key, "API project", "admin")
    service = project.create_api_service("churn")
    settings = service.get_settings()
    settings.add_prediction_endpoint("predict", "SavedModel1")
    settings.get_raw()["endpoints"][0]["testQueries"] = [{"q": {"features": {"age": 42, "plan": "gold"}}}]
    settings.save()
    service.create_package("v1", release_notes="First version")
    settings = service.get_settings()
    settings.add_clustering_endpoint("segment", "SavedModel2")
    settings.save()
    service.create_package("v2")
    return service


def _read_all(stream: Any) -> bytes:
    return b"".join(chunk for chunk in stream.iter_content(chunk_size=4096))


@scenario()
def code_studio_lifecycle(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("CS", "Code studios", "admin")
    studio = project.create_code_studio("Exploration", "vscode")
    settings = studio.get_settings()
    seen["settings"] = (settings.name, settings.owner, settings.template_id, settings.lib_name == settings.id)
    status = studio.get_status()
    seen["created"] = (status.state, status.last_state_change, status.get_zones(), status.get_zones("objects"))
    seen["start"] = studio.restart().wait_for_result()
    status = studio.get_status()
    seen["running"] = (status.state, status.last_state_change is not None, status.get_raw()["exposed"])
    zones = status.get_zones()
    seen["zones"] = (zones, [z["id"] for z in status.get_zones(as_type="objects")])
    seen["items"] = [
        (i.name, i.owner, i.template_id, i.template_label, i.template_description) for i in project.list_code_studios()
    ]
    seen["objects"] = [s.code_studio_id == studio.code_studio_id for s in project.list_code_studios(as_type="objects")]
    for zone in zones:
        conflicts = studio.check_conflicts(zone)
        seen[f"conflicts {zone}"] = (
            conflicts.is_error,
            conflicts.added,
            conflicts.modified,
            conflicts.deleted,
            conflicts.authors,
        )
        seen[f"push {zone}"] = studio.push_to_code_studio(zone)
        seen[f"pull {zone}"] = studio.pull_from_code_studio(zone)
    unknown = studio.check_conflicts("no-such-zone")
    seen["unknown zone"] = (unknown.is_error, unknown.added)
    seen["restart"] = studio.restart().wait_for_result()
    seen["stop"] = studio.stop().wait_for_result()
    seen["stopped"] = (studio.get_status().state, studio.get_status().get_zones())
    seen["stop again"] = studio.stop().wait_for_result()
    seen["new owner"] = studio.change_owner("reader")["owner"]
    studio.delete()
    seen["after delete"] = project.list_code_studios()
    return seen


@scenario(
    ("createCodeStudio", 404),
    ("getFutureState", 500),
    ("pushToCodeStudio", 400),
    ("getCodeStudioStatus", 404),
    ("listCodeStudios", 403),
    ("checkCodeStudioConflicts", 403),
)
def code_studio_refusals(admin: Any, reader: Any, api: Any) -> Any:
    project = admin.create_project("CS", "Code studios", "admin")
    never_built = project.create_code_studio("R", "rstudio")
    stopped = project.create_code_studio("stopped", "jupyterlab")
    texts = []
    for attempt in (
        lambda: project.create_code_studio("x", "no-such-template"),
        lambda: never_built.restart().wait_for_result(),
        lambda: stopped.push_to_code_studio("recipes"),
        lambda: project.get_code_studio("no-such-studio").get_status(),
        lambda: reader.get_project("CS").list_code_studios(),
    ):
        with pytest.raises(api.DataikuException) as caught:
            attempt()
        # DSS chooses code studio ids at random: the two runs' differ.
        texts.append(
            str(caught.value).replace(never_built.code_studio_id, "<id>").replace(stopped.code_studio_id, "<id>")
        )
    admin.create_project("SHARED", "Shared", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    theirs = admin.get_project("SHARED").create_code_studio("admin's", "vscode")
    theirs.restart().wait_for_result()
    with pytest.raises(api.DataikuException) as caught:
        reader.get_project("SHARED").get_code_studio(theirs.code_studio_id).check_conflicts("recipes")
    texts.append(str(caught.value).replace(theirs.code_studio_id, "<id>"))
    texts.append(never_built.get_status().state)
    return texts


@scenario()
def api_designer(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("API", "API project", "admin")
    service = project.create_api_service("churn")
    settings = service.get_settings()
    seen["defaults"] = (settings.auth_method, settings.endpoints, service.id)
    settings.add_prediction_endpoint("p", "M1")
    settings.add_clustering_endpoint("c", "M2")
    settings.add_forecasting_endpoint("f", "M3")
    settings.add_causal_prediction_endpoint("cp", "M4", compute_propensity=True)
    settings.get_raw()["endpoints"].append({"id": "fn", "type": "PY_FUNCTION", "userFunctionName": "score"})
    settings.get_raw()["description"] = "Scores churn ☃"
    settings.save()
    reread = service.get_settings()
    seen["endpoints"] = reread.endpoints
    seen["description"] = reread.get_raw()["description"]
    seen["items"] = [(i.id, i.name, i.auth_method, i.endpoints, i["projectKey"]) for i in project.list_api_services()]
    seen["objects"] = [s.id for s in project.list_api_services(as_type="objects")]
    seen["handle"] = project.list_api_services()[0].to_api_service().id

    service.create_package("v1", release_notes="First version")
    service.create_package("v2")
    seen["packages"] = [(p["id"], p.get("releaseNotes"), p["createdOn"] > 0) for p in service.list_packages()]
    summary = service.get_package_summary("v1")
    seen["summary"] = (summary["id"], summary["endpoints"], summary["releaseNotes"])
    stream = service.download_package_stream("v1")
    archive = stream.read()
    stream.close()
    with zipfile.ZipFile(io.BytesIO(archive)) as package:
        seen["archive"] = (sorted(package.namelist()), json.loads(package.read("service.json"))["description"])
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "v2.zip")
        service.download_package_to_file("v2", path)
        with zipfile.ZipFile(path) as package:
            seen["v2 meta"] = json.loads(package.read("package.json"))["version"]

    service.publish_package("v1")
    service.publish_package("v2", published_service_id="churn-staging")
    deployer = admin.get_apideployer()
    seen["published"] = sorted(str(s.id) for s in deployer.list_services())
    seen["publications"] = [p["publishedServiceId"] for p in service.get_package_summary("v1")["publishedTo"]]
    service.delete_package("v2")
    seen["after delete"] = [p["id"] for p in service.list_packages()]
    seen["still published"] = [v["id"] for v in deployer.get_service("churn-staging").get_status().get_versions()]
    return seen


@scenario()
def api_deployer_lifecycle(admin: Any, reader: Any, api: Any) -> Any:
    """Design, package, publish, deploy, update, watch, query, change version, tear down."""
    seen: dict[str, Any] = {}
    designed = _design(admin)
    designed.publish_package("v1")
    designed.publish_package("v2")
    deployer = admin.get_apideployer()
    seen["stages"] = deployer.list_stages()

    infra = deployer.create_infra("prod-nodes", "Production", "STATIC", govern_check_policy="NO_CHECK")
    settings = infra.get_settings()
    seen["infra type"] = settings.get_type()
    settings.add_apinode(NODE, "node-admin-key")
    settings.add_apinode("http://apinode-2:12000", "other-key", graphite_prefix="api2")
    settings.remove_apinode("http://apinode-2:12000")
    settings.save()
    seen["infras"] = [str(i.id) for i in deployer.list_infras()]
    seen["infras raw"] = [i["infraBasicInfo"] for i in deployer.list_infras(as_objects=False)]
    seen["infra nodes"] = [n["url"] for n in infra.get_settings().get_raw()["apiNodes"]]

    service = deployer.get_service("churn")
    seen["versions"] = [(v["id"], v["endpoints"]) for v in service.get_status().get_versions()]
    deployment = deployer.create_deployment("churn-prod", "churn", "prod-nodes", "v1")
    status = deployment.get_status()
    seen["before update"] = (status.get_health(), status.get_light()["deploymentBasicInfo"]["enabled"])
    seen["update"] = deployment.start_update().wait_for_result()
    status = deployment.get_status()
    seen["after update"] = (status.get_health(), status.get_health_messages(), status.get_service_urls())
    seen["light"] = status.get_light()["deploymentBasicInfo"]
    seen["by infra"] = [str(d.id) for d in infra.get_status().get_deployments()]
    seen["by service"] = [str(d.id) for d in service.get_status().get_deployments(infra_id="prod-nodes")]
    seen["listed"] = [str(d.id) for d in deployer.list_deployments()]
    seen["listed raw"] = [d["deploymentBasicInfo"]["id"] for d in deployer.list_deployments(as_objects=False)]

    updates = deployment.list_updates()
    seen["updates"] = [(u.type, u.status) for u in updates]
    full = updates[0].get_full_update()
    seen["full update"] = (full.status, full.requester, full.logs, full.end_time >= full.start_time)
    seen["last update"] = deployment.get_update().get_raw() == full.get_raw()
    seen["update by time"] = deployment.get_update(updates[0].start_time).get_raw() == full.get_raw()

    document = deployment.get_open_api()
    seen["openapi"] = (document.get(), json.loads(document.get_raw()) == document.get())
    seen["test queries"] = deployment.run_test_queries()
    seen["given test queries"] = deployment.run_test_queries(
        endpoint_id="predict", test_queries=[{"q": {"features": {"age": 1}}}]
    )
    seen["queries"] = deployment.run_queries([{"q": {"features": {"age": 1}}}], endpoint_id="predict")
    seen["governance"] = deployment.get_governance_status()

    deployment_settings = deployment.get_settings()
    deployment_settings.set_single_version("v2")
    deployment_settings.get_raw()["tags"] = ["production"]
    deployment_settings.save()
    seen["changed"] = deployment.get_status().get_health()
    deployment.start_update().wait_for_result()
    seen["v2"] = (deployment.get_status().get_health(), sorted(deployment.get_open_api().get()["paths"]))
    seen["updates after"] = [(u.type, u.status) for u in deployment.list_updates()]

    with service.get_version_stream("v1") as stream:
        archive = _read_all(stream)
    imported = deployer.create_service("churn-imported")
    imported.import_version(io.BytesIO(archive))
    seen["imported"] = [v["id"] for v in imported.get_status().get_versions()]
    service_settings = imported.get_settings()
    service_settings.get_raw()["permissions"] = [{"group": "readers", "read": True, "write": False}]
    service_settings.save()
    seen["reader sees"] = [str(s.id) for s in reader.get_apideployer().list_services()]
    imported.delete_version("v1")
    imported.delete()

    deployment.delete(disable_first=True)
    service.delete_version("v1")
    service.delete()
    infra.delete()
    seen["end"] = (deployer.list_deployments(), [str(s.id) for s in deployer.list_services()], deployer.list_infras())
    return seen


@scenario(
    ("createApiDeployerInfra", 403),
    ("createApiDeployerInfra", 409),
    ("createApiDeployerDeployment", 404),
    ("createApiDeployerDeployment", 409),
    ("getApiDeployerDeploymentOpenApi", 404),
    ("getApiDeployerDeploymentLastUpdate", 404),
    ("getFutureState", 500),
    ("deleteApiDeployerInfra", 400),
    ("deleteApiDeployerService", 400),
    ("deleteApiDeployerServiceVersion", 400),
    ("importApiDeployerServiceVersion", 400),
    ("publishApiServicePackage", 409),
    ("createApiServicePackage", 409),
    ("createApiService", 409),
)
def api_deployer_refusals(admin: Any, reader: Any, api: Any) -> Any:
    designed = _design(admin)
    designed.publish_package("v1")
    deployer = admin.get_apideployer()
    deployer.create_infra("empty", "Test", "STATIC")
    deployment = deployer.create_deployment("churn-test", "churn", "empty", "v1")
    texts = []
    for attempt in (
        lambda: reader.get_apideployer().create_infra("theirs", "Test", "STATIC"),
        lambda: deployer.create_infra("empty", "Test", "STATIC"),
        lambda: deployer.create_deployment("other", "churn", "empty", "v9"),
        lambda: deployer.create_deployment("churn-test", "churn", "empty", "v1"),
        lambda: deployment.get_open_api(),
        lambda: deployment.get_update(),
        lambda: deployment.start_update().wait_for_result(),
        lambda: deployer.get_infra("empty").delete(),
        lambda: deployer.get_service("churn").delete(),
        lambda: deployer.get_service("churn").delete_version("v1"),
        lambda: deployer.get_service("churn").import_version(io.BytesIO(b"not a zip")),
        lambda: designed.publish_package("v1"),
        lambda: designed.create_package("v1"),
        lambda: admin.get_project("API").create_api_service("churn"),
    ):
        with pytest.raises(api.DataikuException) as caught:
            attempt()
        texts.append(str(caught.value))
    status = deployment.get_status()
    texts.append((status.get_health(), status.get_health_messages()["messages"][0]["code"]))
    texts.append([(u.type, u.status) for u in deployment.list_updates()])
    # The official client refuses to delete an enabled deployment itself, before any DELETE.
    with pytest.raises(Exception) as refused:
        deployment.delete()
    texts.append(str(refused.value))
    deployment.delete(disable_first=True)
    texts.append([str(d.id) for d in deployer.list_deployments()])
    return texts
