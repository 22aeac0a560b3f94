"""API services of projects (the API Designer): settings, endpoints, packages, publication to the API Deployer."""

from __future__ import annotations

import copy
from typing import Any

from ..context import BinaryReply, RequestContext
from ..errors import bad_request
from ..models.api_deployer import ApiDeployer
from ..models.api_packages import MEDIA_TYPE as ZIP_MEDIA_TYPE
from ..models.api_services import PUBLISHED_SERVICE_ID, ApiServices
from ._common import readable_project, refuse_rename, writable_project
from ._registry import handles
from .apinode import capture_lookup_rows, capture_package_models


def _model(ctx: RequestContext) -> ApiServices:
    return ctx.services.state.extension(ApiServices)


def _project_key(ctx: RequestContext, *, write: bool = False) -> str:
    """The key of the project the path names, if the caller may read it (or change it). Call with the lock held."""
    access = writable_project if write else readable_project
    return access(ctx, ctx.path["projectKey"]).key


@handles("listApiServices")
def list_api_services(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project_key = _project_key(ctx)
        services = _model(ctx).services.get(project_key, {})
        return [service.list_item(project_key, service_id) for service_id, service in services.items()]


@handles("createApiService")
def create_api_service(ctx: RequestContext) -> None:
    state = ctx.services.state
    with state.lock:
        _model(ctx).create(_project_key(ctx, write=True), ctx.path["serviceId"], ctx.user.login, state.clock())


@handles("getApiServiceSettings")
def get_api_service_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_model(ctx).get(_project_key(ctx), ctx.path["serviceId"]).settings)


@handles("saveApiServiceSettings")
def save_api_service_settings(ctx: RequestContext) -> None:
    refuse_rename("API service", "id", ctx.path["serviceId"], ctx.body_fields)
    refuse_rename("API service", "projectKey", ctx.path["projectKey"], ctx.body_fields)
    with ctx.services.state.lock:
        # Stored as received: unknown properties and nulls come back as they were sent.
        _model(ctx).save(_project_key(ctx, write=True), ctx.path["serviceId"], ctx.body)


@handles("listApiServicePackages")
def list_api_service_packages(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        service = _model(ctx).get(_project_key(ctx), ctx.path["serviceId"])
        return [package.item() for package in service.packages.values()]


@handles("createApiServicePackage")
def create_api_service_package(ctx: RequestContext) -> None:
    state = ctx.services.state
    with state.lock:
        _model(ctx).create_package(
            _project_key(ctx, write=True),
            ctx.path["serviceId"],
            ctx.path["packageId"],
            ctx.query.get("releaseNotes"),
            ctx.user.login,
            state.clock(),
            state.dss_version,
        )
        # The API node's dataset lookups read the rows the package copied (issue 19).
        capture_lookup_rows(ctx.services, _project_key(ctx), ctx.path["serviceId"], ctx.path["packageId"])
        # Its prediction endpoints answer with the saved model versions active now (issue 19).
        capture_package_models(ctx.services, _project_key(ctx), ctx.path["serviceId"], ctx.path["packageId"])


@handles("deleteApiServicePackage")
def delete_api_service_package(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _model(ctx).delete_package(_project_key(ctx, write=True), ctx.path["serviceId"], ctx.path["packageId"])


@handles("getApiServicePackageSummary")
def get_api_service_package_summary(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _model(ctx).summary(_project_key(ctx), ctx.path["serviceId"], ctx.path["packageId"])


@handles("downloadApiServicePackage")
def download_api_service_package(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        archive = _model(ctx).package(_project_key(ctx), ctx.path["serviceId"], ctx.path["packageId"]).archive
    return BinaryReply(media_type=ZIP_MEDIA_TYPE, length=len(archive), chunks=lambda: iter((archive,)))


@handles("publishApiServicePackage")
def publish_api_service_package(ctx: RequestContext) -> None:
    state = ctx.services.state
    service_id = ctx.path["serviceId"]
    target = ctx.query.get("publishedServiceId") or service_id
    if not PUBLISHED_SERVICE_ID.fullmatch(target):
        raise bad_request(f"Invalid published service id {target!r}: use letters, digits, '_', '.' and '-'")
    with state.lock:
        package = _model(ctx).package(_project_key(ctx, write=True), service_id, ctx.path["packageId"])
        when = state.clock()
        state.extension(ApiDeployer).publish(target, package.content, package.archive, ctx.user, when)
        package.published_to.append({"publishedServiceId": target, "publishedOn": when})
