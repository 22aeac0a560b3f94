"""The API Deployer: infrastructures, published services and their versions, deployments and their updates."""

from __future__ import annotations

import copy
import json
from typing import Any

from dssclient._json import is_array

from ..context import BinaryReply, RequestContext
from ..errors import CODED, UNAUTHORIZED, DSSError, bad_request, forbidden, not_found
from ..futures import TaskAborted, TaskControl
from ..models.api_deployer import STAGES, ApiDeployer, Deployment, info_messages, mapped_versions, message
from ..models.api_packages import MAX_ARCHIVE_BYTES, read_archive
from ..models.api_packages import MEDIA_TYPE as ZIP_MEDIA_TYPE
from ..models.bounded_zip import ArchiveLimits
from ._common import refuse_rename
from ._registry import handles


def _model(ctx: RequestContext) -> ApiDeployer:
    return ctx.services.state.extension(ApiDeployer)


# -- stages and infrastructures ------------------------------------------------------------------------


@handles("listApiDeployerStages")
def list_api_deployer_stages(ctx: RequestContext) -> list[dict[str, Any]]:
    return [{"id": stage_id, "desc": desc} for stage_id, desc in STAGES]


@handles("listApiDeployerInfras")
def list_api_deployer_infras(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        model = _model(ctx)
        return [model.infra_status(i, ctx.user) for i in model.infras.values() if i.readable_by(ctx.user)]


@handles("createApiDeployerInfra")
def create_api_deployer_infra(ctx: RequestContext) -> dict[str, Any]:
    # Administrators only: the spec's x-dss-admin-only has the pipeline refuse everyone else.
    with ctx.services.state.lock:
        infra = _model(ctx).create_infra(ctx.body_fields)
    return {"msg": f"Created infrastructure {infra.id}"}


@handles("getApiDeployerInfraStatus")
def get_api_deployer_infra_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = _model(ctx)
        return model.infra_status(model.infra(ctx.path["infraId"], ctx.user), ctx.user)


@handles("deleteApiDeployerInfra")
def delete_api_deployer_infra(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model = _model(ctx)
        model.delete_infra(model.administered_infra(ctx.path["infraId"], ctx.user))


@handles("getApiDeployerInfraSettings")
def get_api_deployer_infra_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        # Only the infrastructure's administrators read them: they hold the API nodes' keys.
        return copy.deepcopy(_model(ctx).administered_infra(ctx.path["infraId"], ctx.user).settings)


@handles("saveApiDeployerInfraSettings")
def save_api_deployer_infra_settings(ctx: RequestContext) -> None:
    refuse_rename("infrastructure", "id", ctx.path["infraId"], ctx.body_fields)
    with ctx.services.state.lock:
        model = _model(ctx)
        model.save_infra(model.administered_infra(ctx.path["infraId"], ctx.user), ctx.body)


# -- published services and versions ---------------------------------------------------------------------


@handles("listApiDeployerServices")
def list_api_deployer_services(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        model = _model(ctx)
        return [model.service_status(s, ctx.user) for s in model.services.values() if s.readable_by(ctx.user)]


@handles("createApiDeployerService")
def create_api_deployer_service(ctx: RequestContext) -> dict[str, Any]:
    if ctx.user.profile == "READER" and not ctx.user.admin:
        raise forbidden("You may not create published services: your profile only reads", UNAUTHORIZED)
    state = ctx.services.state
    with state.lock:
        service = _model(ctx).create_service(ctx.body_fields["publishedServiceId"], ctx.user.login, state.clock())
    return {"msg": f"Created published service {service.id}"}


@handles("getApiDeployerServiceStatus")
def get_api_deployer_service_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = _model(ctx)
        return model.service_status(model.service(ctx.path["serviceId"], ctx.user), ctx.user)


@handles("deleteApiDeployerService")
def delete_api_deployer_service(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model = _model(ctx)
        model.delete_service(model.writable_service(ctx.path["serviceId"], ctx.user))


@handles("getApiDeployerServiceSettings")
def get_api_deployer_service_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_model(ctx).service(ctx.path["serviceId"], ctx.user).settings)


@handles("saveApiDeployerServiceSettings")
def save_api_deployer_service_settings(ctx: RequestContext) -> None:
    service_id = ctx.path["serviceId"]
    refuse_rename("published service", "id", service_id, ctx.body_fields)
    with ctx.services.state.lock:
        service = _model(ctx).writable_service(service_id, ctx.user)
        settings = copy.deepcopy(ctx.body)
        settings.setdefault("id", service_id)
        service.settings = settings


@handles("importApiDeployerServiceVersion")
def import_api_deployer_service_version(ctx: RequestContext) -> None:
    upload = ctx.body["file"]
    if upload.size > MAX_ARCHIVE_BYTES:
        raise bad_request(f"The file is not an API service package: {upload.size} bytes is more than a package holds")
    # Kept in memory with the version: a package is a few settings files, not data.
    archive = upload.read_bytes()
    content = read_archive(archive, ArchiveLimits.of(ctx.services.config))
    state = ctx.services.state
    with state.lock:
        model = _model(ctx)
        model.add_version(
            model.writable_service(ctx.path["serviceId"], ctx.user), content, archive, ctx.user.login, state.clock()
        )


@handles("downloadApiDeployerServiceVersion")
def download_api_deployer_service_version(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        model = _model(ctx)
        archive = model.version(model.service(ctx.path["serviceId"], ctx.user), ctx.path["versionId"]).archive
    return BinaryReply(media_type=ZIP_MEDIA_TYPE, length=len(archive), chunks=lambda: iter((archive,)))


@handles("deleteApiDeployerServiceVersion")
def delete_api_deployer_service_version(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model = _model(ctx)
        model.delete_version(model.writable_service(ctx.path["serviceId"], ctx.user), ctx.path["versionId"])


# -- deployments -----------------------------------------------------------------------------------------


@handles("listApiDeployerDeployments")
def list_api_deployer_deployments(ctx: RequestContext) -> list[dict[str, Any]]:
    user = ctx.user
    with ctx.services.state.lock:
        model = _model(ctx)
        return [
            model.light_status(d)
            for d in model.deployments.values()
            if user.admin or model.services[d.service_id].readable_by(user)
        ]


@handles("createApiDeployerDeployment")
def create_api_deployer_deployment(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        deployment = _model(ctx).create_deployment(ctx.body_fields, ctx.user, ctx.query["ignoreWarnings"])
    return {"msg": f"Created deployment {deployment.id}"}


@handles("getApiDeployerDeploymentStatus")
def get_api_deployer_deployment_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = _model(ctx)
        return model.light_status(model.deployment(ctx.path["deploymentId"], ctx.user))


@handles("getApiDeployerDeploymentHeavyStatus")
def get_api_deployer_deployment_heavy_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = _model(ctx)
        return model.heavy_status(model.deployment(ctx.path["deploymentId"], ctx.user))


@handles("deleteApiDeployerDeployment")
def delete_api_deployer_deployment(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model = _model(ctx)
        deployment = model.managed_deployment(ctx.path["deploymentId"], ctx.user)
        if deployment.enabled:
            raise bad_request(f"Deployment {deployment.id} is enabled: disable it before deleting it")
        infra = model.infras[deployment.infra_id]
        if (
            deployment.deployed is not None
            and infra.type == "STATIC"
            and not infra.node_urls()
            and not ctx.query["ignorePreDeleteErrors"]
        ):
            # Removing the service from API nodes that are no longer known cannot be done.
            raise bad_request(
                f"Could not remove deployment {deployment.id} from infrastructure {infra.id}: it has no API node "
                "left to remove it from (ignorePreDeleteErrors deletes it anyway)"
            )
        if deployment.task is not None:
            deployment.task.request_abort()
        del model.deployments[deployment.id]


@handles("getApiDeployerDeploymentSettings")
def get_api_deployer_deployment_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_model(ctx).deployment(ctx.path["deploymentId"], ctx.user).settings)


@handles("saveApiDeployerDeploymentSettings")
def save_api_deployer_deployment_settings(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model = _model(ctx)
        deployment = model.managed_deployment(ctx.path["deploymentId"], ctx.user)
        model.save_deployment(deployment, ctx.body, ctx.query["ignoreWarnings"])


@handles("getApiDeployerDeploymentGovernanceStatus")
def get_api_deployer_deployment_governance_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = _model(ctx)
        deployment = model.deployment(ctx.path["deploymentId"], ctx.user)
        service = model.services[deployment.service_id]
        version = ctx.query["version"]
        if version:
            versions = [model.version(service, version).id]
        else:
            versions = mapped_versions(deployment.mapping()) if deployment.mapping() else []
        return model.governance_messages(model.infras[deployment.infra_id], service, versions)


@handles("updateApiDeployerDeployment")
def update_api_deployer_deployment(ctx: RequestContext) -> dict[str, Any]:
    services = ctx.services
    state = services.state
    seconds = services.config.deployment_update_seconds
    login = ctx.user.login
    with state.lock:
        model = _model(ctx)
        deployment = model.managed_deployment(ctx.path["deploymentId"], ctx.user)
        if deployment.task is not None and deployment.task.alive:
            # One update at a time: the caller waits on the one under way.
            return deployment.task.state_json(with_result=True)
        deployment_id = deployment.id
        started = model.next_update_timestamp(deployment, state.clock())
        # The update deploys the settings as they are now; later changes wait for the next one.
        target = model.desired(deployment)
        enabled = deployment.enabled
        infra = model.infras[deployment.infra_id]
        infra_id, infra_type = infra.id, infra.type
        versions = mapped_versions(deployment.mapping())

    def work(control: TaskControl) -> dict[str, Any]:
        lines: list[str] = [f"Updating deployment {deployment_id} on infrastructure {infra_id} ({infra_type})"]
        outcome = "FAILED"
        try:
            if not enabled:
                lines.append("The deployment is disabled: removing it from the infrastructure")
                steps = list(target.nodes) or [infra_id]
            else:
                lines.append(f"Deploying version(s) {', '.join(versions)}")
                steps = list(target.nodes) or ([] if infra_type == "STATIC" else [infra_id])
                if not steps:
                    lines.append(f"ERROR: infrastructure {infra_id} has no API node")
                    raise DSSError(
                        500,
                        CODED,
                        f"Cannot update deployment {deployment_id}: infrastructure {infra_id} has no API node",
                    )
            for done, where in enumerate(steps):
                control.set_progress(
                    [
                        {
                            "name": f"Updating deployment {deployment_id}",
                            "unit": "NONE",
                            "cur": done,
                            "target": len(steps),
                        }
                    ]
                )
                control.sleep(seconds / len(steps))
                lines.append(f"{'Removed from' if not enabled else 'Deployed on'} {where}")
            with state.lock:
                current = model.deployments.get(deployment_id)
                if current is None:
                    raise not_found(f"Deployment {deployment_id} was deleted during its update")
                current.deployed = target if enabled else None
            control.set_progress(
                [
                    {
                        "name": f"Updating deployment {deployment_id}",
                        "unit": "NONE",
                        "cur": len(steps),
                        "target": len(steps),
                    }
                ]
            )
            lines.append("Update done")
            outcome = "SUCCESS"
            done_message = "Deployment updated" if enabled else "Deployment removed from the infrastructure"
            return info_messages([message("INFO", "DEPLOYMENT_UPDATED", "Updated", done_message)])
        except TaskAborted:
            lines.append("Update aborted")
            raise
        finally:
            with state.lock:
                current = model.deployments.get(deployment_id)
                if current is not None:
                    model.record_update(
                        current,
                        {
                            "startTimestamp": started,
                            "endTimestamp": max(state.clock(), started),
                            "requester": login,
                            "type": "UPDATE" if enabled else "DISABLE",
                            "status": outcome,
                            "versions": versions,
                            "logs": {"lines": lines},
                        },
                    )

    payload = {"deploymentId": deployment_id}
    with state.lock:
        deployment.task = services.futures.start(login, f"Update deployment {deployment_id}", payload, work)
        return deployment.task.state_json(with_result=True)


@handles("getApiDeployerDeploymentOpenApi")
def get_api_deployer_deployment_open_api(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = _model(ctx)
        return model.open_api(model.deployment(ctx.path["deploymentId"], ctx.user))


def _queries(text: str | None, parameter: str) -> list[Any] | None:
    if text is None:
        return None
    try:
        queries = json.loads(text)
    except ValueError:
        raise bad_request(f"{parameter} is not JSON text") from None
    if not is_array(queries):
        raise bad_request(f'{parameter} must be a JSON list of queries, as [{{"q": {{"features": {{...}}}}}}]')
    return queries


@handles("runApiDeployerDeploymentTestQueries")
def run_api_deployer_deployment_test_queries(ctx: RequestContext) -> dict[str, Any]:
    queries = _queries(ctx.query.get("testQueriesParam"), "testQueriesParam")
    with ctx.services.state.lock:
        model = _model(ctx)
        deployment = model.managed_deployment(ctx.path["deploymentId"], ctx.user)
        return model.run_queries(deployment, ctx.query.get("endpointIdParam"), queries)


@handles("runApiDeployerDeploymentQueries")
def run_api_deployer_deployment_queries(ctx: RequestContext) -> dict[str, Any]:
    queries = _queries(ctx.query["queries"], "queries")
    with ctx.services.state.lock:
        model = _model(ctx)
        deployment = model.deployment(ctx.path["deploymentId"], ctx.user)
        if not model.may_query_through_deployer(deployment, ctx.user):
            raise forbidden(
                f"You may not query deployment {deployment.id} through the deployer: no group of yours is in its "
                "authorizationsToQueryThroughDeployer",
                UNAUTHORIZED,
            )
        return model.run_queries(deployment, ctx.query.get("endpointId"), queries)


def _updates(ctx: RequestContext) -> tuple[Deployment, list[dict[str, Any]]]:
    model = _model(ctx)
    deployment = model.deployment(ctx.path["deploymentId"], ctx.user)
    return deployment, deployment.updates


def _update_item(update: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in update.items() if key != "logs"}


@handles("listApiDeployerDeploymentUpdates")
def list_api_deployer_deployment_updates(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        _, updates = _updates(ctx)
        return [_update_item(u) for u in reversed(updates)]


@handles("getApiDeployerDeploymentUpdate")
def get_api_deployer_deployment_update(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        deployment, updates = _updates(ctx)
        wanted = ctx.path["timestamp"]
        for update in updates:
            if str(update["startTimestamp"]) == wanted:
                return copy.deepcopy(update)
        raise not_found(f"Deployment {deployment.id} has no update that started at {wanted}")


@handles("getApiDeployerDeploymentLastUpdate")
def get_api_deployer_deployment_last_update(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        deployment, updates = _updates(ctx)
        if not updates:
            raise not_found(f"Deployment {deployment.id} was never updated")
        return copy.deepcopy(updates[-1])
