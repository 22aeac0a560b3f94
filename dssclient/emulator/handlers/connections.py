"""Connections: definitions (administrators only; secrets answered encrypted), details and
credentials for those the connection allows, tests, and ACL resynchronisation as a long task."""

from __future__ import annotations

import copy
from typing import Any

from dssclient._json import is_mapping

from ..context import RequestContext
from ..errors import CODED, DSSError, bad_request
from ..futures import TaskControl
from ..models.connections import ConnectionsModel
from ._admin import codec, instance, messages, record, run_task
from ._common import readable_project, refuse_rename
from ._registry import handles


def _model(ctx: RequestContext) -> ConnectionsModel:
    return ctx.services.state.extension(ConnectionsModel)


@handles("listConnections")
def list_connections(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        hide = codec(ctx).hidden
        return {name: hide(c.definition) for name, c in _model(ctx).connections.items()}


@handles("listConnectionsNames")
def list_connections_names(ctx: RequestContext) -> list[str]:
    # DSS's rule for non-administrators is not documented; the emulator lists the connections the
    # caller may use (as testConnection and getConnectionInfo check it), never the others.
    wanted = ctx.query["type"]
    with ctx.services.state.lock:
        return [
            name
            for name, connection in sorted(_model(ctx).connections.items())
            if (wanted == "all" or connection.type == wanted) and connection.usable_by(ctx.user)
        ]


@handles("createConnection")
def create_connection(ctx: RequestContext) -> dict[str, Any]:
    name = ctx.body_fields["name"]
    if name.strip() != name or "/" in name:
        raise bad_request(f"Invalid connection name {name!r}")
    with ctx.services.state.lock:
        fields = codec(ctx).decrypted(ctx.body_fields)
        _model(ctx).create(fields, ctx.user.login)
    record(ctx, "connection-create", f"Created connection {name}", {"connection": name}, "dku.connections")
    return {"msg": f"Created connection {name}"}


@handles("getConnectionSettings")
def get_connection_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        hidden: dict[str, Any] = codec(ctx).hidden(_model(ctx).existing(ctx.path["connectionName"]).definition)
        return hidden


@handles("saveConnectionSettings")
def save_connection_settings(ctx: RequestContext) -> dict[str, Any]:
    name = ctx.path["connectionName"]
    refuse_rename("connection", "name", name, ctx.body_fields)
    with ctx.services.state.lock:
        model = _model(ctx)
        connection = model.existing(name)
        given_type = ctx.body_fields.get("type")
        if given_type is not None and given_type != connection.type:
            raise bad_request(f"The type of connection {name} cannot change ({connection.type} -> {given_type})")
        definition = codec(ctx).decrypted(ctx.body)
        definition["name"], definition["type"] = name, connection.type
        model.check_groups(definition)
        connection.definition = definition
    record(ctx, "connection-edit", f"Saved connection {name}", {"connection": name}, "dku.connections")
    return {}


@handles("deleteConnection")
def delete_connection(ctx: RequestContext) -> None:
    name = ctx.path["connectionName"]
    with ctx.services.state.lock:
        model = _model(ctx)
        model.existing(name)
        del model.connections[name]
    record(ctx, "connection-delete", f"Deleted connection {name}", {"connection": name}, "dku.connections")


@handles("syncConnectionAcls")
def sync_connection_acls(ctx: RequestContext) -> dict[str, Any]:
    name = ctx.path["connectionName"]
    root = ctx.body_fields.get("root") is True
    with ctx.services.state.lock:
        connection_type = _model(ctx).existing(name).type
    seconds = ctx.services.config.build_seconds

    def work(control: TaskControl) -> dict[str, Any]:
        control.set_progress([{"name": f"Synchronizing ACLs of {name}", "unit": "NONE", "cur": 0, "target": 1}])
        control.sleep(seconds / 2)
        if connection_type != "HDFS":
            raise DSSError(
                500, CODED, f"Connection {name} is a {connection_type} connection: it has no DSS-managed ACLs"
            )
        target = "root path" if root else "datasets' paths"
        return messages([("SUCCESS", f"Synchronized the ACLs of the {target} of {name}")])

    result: dict[str, Any] = run_task(
        ctx, f"Sync ACLs of connection {name}", {"connection": name, "root": root}, work, wait=False
    )
    return result


@handles("getConnectionInfo")
def get_connection_info(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _model(ctx).info(ctx.path["connectionName"], ctx.user, _variables(ctx))


@handles("testConnection")
def test_connection(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _model(ctx).test(ctx.path["connectionName"], ctx.user, _variables(ctx))


def _variables(ctx: RequestContext) -> dict[str, Any]:
    """The variables parameters resolve against: the instance's, then the contextual project's."""
    variables = copy.deepcopy(instance(ctx).variables)
    project_key = ctx.query.get("contextualProjectKey")
    if isinstance(project_key, str):
        project = readable_project(ctx, project_key)
        for part in ("standard", "local"):
            values = project.variables.get(part)
            if is_mapping(values):
                variables.update(values)
    return variables
