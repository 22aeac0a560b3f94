"""The project deployer: stages, infrastructures, published projects and bundles, deployments and updates."""

from __future__ import annotations

import copy
from typing import Any

from ..context import BinaryReply, RequestContext
from ..errors import CODED, DSSError, bad_request, conflict, forbidden, not_found
from ..futures import TaskControl
from ..models.bounded_zip import ArchiveLimits
from ..models.project_archives import BUNDLE, keep_upload, read_archive
from ..models.project_deployer import ProjectDeployer, PublishedBundle, update_entry
from ..multipart import UploadedPart
from ._common import info_messages
from ._nodes import DEPLOYER, DESIGN, require_node
from ._registry import handles
from .project_archives import zip_reply


def _deployer(ctx: RequestContext) -> ProjectDeployer:
    require_node(ctx, "The project deployer", DESIGN, DEPLOYER)
    return ctx.services.state.extension(ProjectDeployer)


def _may_deploy(ctx: RequestContext) -> None:
    """Publishing and deploying are for administrators and users who may create projects."""
    if not (ctx.user.admin or ctx.user.may_create_projects):
        raise forbidden("You may not publish or deploy projects")


def _public_manifest(manifest: dict[str, Any]) -> dict[str, Any]:
    return {key: copy.deepcopy(value) for key, value in manifest.items() if key not in ("format", "kind")}


# -- stages and infrastructures -----------------------------------------------------------------


@handles("listProjectDeployerStages")
def list_project_deployer_stages(ctx: RequestContext) -> list[dict[str, Any]]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return copy.deepcopy(deployer.stages)


@handles("listProjectDeployerInfras")
def list_project_deployer_infras(ctx: RequestContext) -> list[dict[str, Any]]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return [deployer.infra_status(infra) for infra in deployer.infras.values()]


@handles("createProjectDeployerInfra")
def create_project_deployer_infra(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    fields = ctx.body_fields
    with ctx.services.state.lock:
        infra = deployer.create_infra(fields["id"], fields["stage"], fields.get("governCheckPolicy") or "NO_CHECK")
        return copy.deepcopy(infra.settings)


@handles("getProjectDeployerInfra")
def get_project_deployer_infra(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return deployer.infra_status(deployer.infra(ctx.path["infraId"]))


@handles("deleteProjectDeployerInfra")
def delete_project_deployer_infra(ctx: RequestContext) -> None:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        deployer.delete_infra(ctx.path["infraId"])


@handles("getProjectDeployerInfraSettings")
def get_project_deployer_infra_settings(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return copy.deepcopy(deployer.infra(ctx.path["infraId"]).settings)


@handles("saveProjectDeployerInfraSettings")
def save_project_deployer_infra_settings(ctx: RequestContext) -> None:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        deployer.save_infra_settings(ctx.path["infraId"], ctx.body)


# -- published projects and bundles ---------------------------------------------------------------


@handles("listPublishedProjects")
def list_published_projects(ctx: RequestContext) -> list[dict[str, Any]]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return [deployer.project_status(project) for project in deployer.projects.values()]


@handles("createPublishedProject")
def create_published_project(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    with ctx.services.state.lock:
        project = deployer.create_project(ctx.body_fields["publishedProjectKey"], ctx.user.login)
        return copy.deepcopy(project.settings)


@handles("uploadPublishedProjectBundle")
def upload_published_project_bundle(ctx: RequestContext) -> None:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    part: UploadedPart = ctx.body["file"]
    archive = read_archive(part.path, BUNDLE, ArchiveLimits.of(ctx.services.config))
    key = ctx.query.get("projectKey") or archive.project_key
    bundle_id = archive.bundle_id or ""
    state = ctx.services.state
    with state.lock:
        project = deployer.projects.get(key) or deployer.create_project(key, ctx.user.login)
        if bundle_id in project.bundles:
            raise conflict(f"Bundle {bundle_id} is already published in project {key}")
        path = keep_upload(part.path, ctx.services.workdir, "published")
        bundle = PublishedBundle(bundle_id, path, _public_manifest(archive.manifest), state.clock(), ctx.user.login)
        deployer.add_bundle(project, bundle)


@handles("getPublishedProject")
def get_published_project(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return deployer.project_status(deployer.project(ctx.path["projectKey"]))


@handles("deletePublishedProject")
def delete_published_project(ctx: RequestContext) -> None:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    with ctx.services.state.lock:
        deployer.delete_project(ctx.path["projectKey"])


@handles("getPublishedProjectSettings")
def get_published_project_settings(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    with ctx.services.state.lock:
        return copy.deepcopy(deployer.project(ctx.path["projectKey"]).settings)


@handles("savePublishedProjectSettings")
def save_published_project_settings(ctx: RequestContext) -> None:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    key = ctx.path["projectKey"]
    if ctx.body_fields.get("id") not in (None, key):
        raise bad_request(f"Saving cannot rename published project {key}")
    with ctx.services.state.lock:
        deployer.project(key).settings = copy.deepcopy(ctx.body)


@handles("getPublishedProjectBundleArchive")
def get_published_project_bundle_archive(ctx: RequestContext) -> BinaryReply:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        bundle = deployer.project(ctx.path["projectKey"]).bundle(ctx.path["bundleId"])
        return zip_reply(bundle.path)


@handles("deletePublishedProjectBundle")
def delete_published_project_bundle(ctx: RequestContext) -> None:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    with ctx.services.state.lock:
        deployer.delete_bundle(ctx.path["projectKey"], ctx.path["bundleId"])


# -- deployments ------------------------------------------------------------------------------------


@handles("listProjectDeployerDeployments")
def list_project_deployer_deployments(ctx: RequestContext) -> list[dict[str, Any]]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return [deployer.light_status(deployment) for deployment in deployer.deployments.values()]


@handles("createProjectDeployerDeployment")
def create_project_deployer_deployment(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    fields = ctx.body_fields
    settings = {
        "id": fields["deploymentId"],
        "publishedProjectKey": fields["publishedProjectKey"],
        "infraId": fields["infraId"],
        "bundleId": fields["bundleId"],
    }
    for optional in ("deployedProjectKey", "projectFolderId"):
        if fields.get(optional):
            settings[optional] = fields[optional]
    with ctx.services.state.lock:
        return copy.deepcopy(deployer.create_deployment(settings).settings)


@handles("getProjectDeployerDeployment")
def get_project_deployer_deployment(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return deployer.light_status(deployer.deployment(ctx.path["deploymentId"]))


@handles("deleteProjectDeployerDeployment")
def delete_project_deployer_deployment(ctx: RequestContext) -> None:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    with ctx.services.state.lock:
        deployer.deployment(ctx.path["deploymentId"])
        del deployer.deployments[ctx.path["deploymentId"]]


@handles("getProjectDeployerDeploymentStatus")
def get_project_deployer_deployment_status(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return deployer.heavy_status(deployer.deployment(ctx.path["deploymentId"]))


@handles("getProjectDeployerDeploymentSettings")
def get_project_deployer_deployment_settings(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return copy.deepcopy(deployer.deployment(ctx.path["deploymentId"]).settings)


@handles("saveProjectDeployerDeploymentSettings")
def save_project_deployer_deployment_settings(ctx: RequestContext) -> None:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    with ctx.services.state.lock:
        deployer.save_deployment_settings(ctx.path["deploymentId"], ctx.body)


@handles("updateProjectDeployerDeployment")
def update_project_deployer_deployment(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    _may_deploy(ctx)
    state = ctx.services.state
    deployment_id = ctx.path["deploymentId"]
    requester = ctx.user.login
    with state.lock:
        deployer.deployment(deployment_id)

    def work(control: TaskControl) -> dict[str, Any]:
        control.set_progress([{"name": f"Updating deployment {deployment_id}", "unit": "NONE", "cur": 0, "target": 1}])
        control.check_abort()
        with state.lock:
            deployment = deployer.deployment(deployment_id)
            start = max([state.clock()] + [u["startTimestamp"] + 1 for u in deployment.updates])
            settings = copy.deepcopy(deployment.settings)
            infra = deployer.infras.get(deployment.infra_id)
            node = infra.settings.get("automationNodeUrl") if infra is not None else None
            bundle_id, key = settings["bundleId"], settings.get("deployedProjectKey") or settings["publishedProjectKey"]
            if not isinstance(node, str) or not node:
                failure = f"Infrastructure {deployment.infra_id} has no automation node (set its automationNodeUrl)"
                deployment.updates.insert(0, update_entry(start, state.clock(), requester, False, [failure]))
                raise DSSError(500, CODED, failure)
            lines = [f"Deployed bundle {bundle_id} of {settings['publishedProjectKey']} as project {key} on {node}"]
            deployment.updates.insert(0, update_entry(start, state.clock(), requester, True, lines))
            deployment.deployed_bundle_id = bundle_id
            deployment.deployed_settings = settings
        control.set_progress([{"name": f"Updating deployment {deployment_id}", "unit": "NONE", "cur": 1, "target": 1}])
        return {"deploymentId": deployment_id, "bundleId": bundle_id, **info_messages(lines)}

    future = ctx.services.futures.start(
        requester, f"Update deployment {deployment_id}", {"deploymentId": deployment_id}, work
    )
    return future.state_json(with_result=True)


def _without_logs(update: dict[str, Any]) -> dict[str, Any]:
    return {key: copy.deepcopy(value) for key, value in update.items() if key != "logs"}


@handles("listProjectDeployerDeploymentUpdates")
def list_project_deployer_deployment_updates(ctx: RequestContext) -> list[dict[str, Any]]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        return [_without_logs(update) for update in deployer.deployment(ctx.path["deploymentId"]).updates]


@handles("getProjectDeployerDeploymentUpdate")
def get_project_deployer_deployment_update(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    wanted = ctx.path["startTimestamp"]
    with ctx.services.state.lock:
        deployment = deployer.deployment(ctx.path["deploymentId"])
        for update in deployment.updates:
            if str(update["startTimestamp"]) == wanted:
                return copy.deepcopy(update)
    raise not_found(f"Deployment {ctx.path['deploymentId']} has no update started at {wanted}")


@handles("getLastProjectDeployerDeploymentUpdate")
def get_last_project_deployer_deployment_update(ctx: RequestContext) -> dict[str, Any]:
    deployer = _deployer(ctx)
    with ctx.services.state.lock:
        deployment = deployer.deployment(ctx.path["deploymentId"])
        if not deployment.updates:
            raise not_found(f"Deployment {deployment.deployment_id} was never updated")
        return copy.deepcopy(deployment.updates[0])
