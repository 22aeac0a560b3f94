# Derived from tests/e2e/aio/test_admin_permissions.py by scripts/unasync.py: do not edit.
"""The permission matrix of instance administration: for each call reserved to administrators (or to
holders of a right the reader lacks), the reader is refused with PermissionDeniedError and nothing on
the instance changes, then an administrator succeeds."""

from __future__ import annotations

import copy
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from dssclient import DSSClient, PermissionDeniedError
from dssclient.dss.admin import (
    DSSConnection,
    DSSGeneralSettings,
    DSSGlobalApiKey,
    DSSGroup,
    DSSInstanceVariables,
    DSSUserSettings,
)
from dssclient.emulator.models.clusters import ClustersModel
from dssclient.emulator.models.code_envs import CodeEnvsModel
from dssclient.emulator.models.connections import ConnectionsModel
from dssclient.emulator.models.instance_admin import InstanceAdminModel

Seeds = dict[str, str]
Call = Callable[[DSSClient, Seeds], Awaitable[Any]]


@pytest.fixture
def seeds(client: DSSClient) -> Seeds:
    """One object of each kind, for the calls to act on."""
    client.create_user("jdoe", "pw", groups=["readers"])
    client.create_group("analysts", "Analysts")
    robot = client.create_global_api_key("robot")
    client.create_personal_api_key_for_user("jdoe", "ci")
    client.create_connection("warehouse", "PostgreSQL", {"user": "dss", "password": "pw"})
    client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED")
    client.create_cluster("K8S", "eks-cluster", cluster_architecture="KUBERNETES")
    return {"global_secret": robot.key, "global_id": robot.id_}


def snapshot(emulator: Any) -> str:
    """Everything administration can change on the instance, as one comparable text."""
    state = emulator.state
    with state.lock:
        envs = state.extension(CodeEnvsModel).envs
        instance = state.extension(InstanceAdminModel)
        everything = {
            "users": {login: (u.settings, u.password_hash, u.groups) for login, u in state.users.items()},
            "groups": state.groups,
            "keys": {key_id: (k.kind, k.definition) for key_id, k in state.api_keys.items()},
            "tickets": sorted(state.tickets.values()),
            "projects": sorted(state.projects),
            "connections": {n: c.definition for n, c in state.extension(ConnectionsModel).connections.items()},
            "code envs": {f"{lang}/{name}": (e.settings, e.installed) for (lang, name), e in envs.items()},
            "clusters": {i: (c.settings, c.state) for i, c in state.extension(ClustersModel).clusters.items()},
            "variables": instance.variables,
            "general settings": instance.general_settings,
            "licence": instance.license,
            "logs": {name: log.lines for name, log in instance.logs.items()},
        }
        return json.dumps(copy.deepcopy(everything), sort_keys=True, default=str)


def list_users(c: DSSClient, s: Seeds) -> Any:
    return c.list_users()


def create_user(c: DSSClient, s: Seeds) -> Any:
    return c.create_user("newcomer", "pw")


def get_user_settings(c: DSSClient, s: Seeds) -> Any:
    return c.get_user("jdoe").get_settings()


def save_user_settings(c: DSSClient, s: Seeds) -> Any:
    DSSUserSettings(c, "jdoe", {"login": "jdoe", "groups": ["administrators"]}).save()


def delete_user(c: DSSClient, s: Seeds) -> Any:
    c.get_user("jdoe").delete()


def get_user_activity(c: DSSClient, s: Seeds) -> Any:
    return c.get_user("jdoe").get_activity()


def resync_user(c: DSSClient, s: Seeds) -> Any:
    return c.get_user("jdoe").start_resync_from_supplier()


def list_users_activity(c: DSSClient, s: Seeds) -> Any:
    return c.list_users_activity()


def get_authorization_matrix(c: DSSClient, s: Seeds) -> Any:
    return c.get_authorization_matrix()


def list_groups(c: DSSClient, s: Seeds) -> Any:
    return c.list_groups()


def create_group(c: DSSClient, s: Seeds) -> Any:
    return c.create_group("newgroup")


def get_group(c: DSSClient, s: Seeds) -> Any:
    return c.get_group("analysts").get_definition()


def save_group(c: DSSClient, s: Seeds) -> Any:
    return DSSGroup(c, "analysts").set_definition({"name": "analysts", "admin": True})


def delete_group(c: DSSClient, s: Seeds) -> Any:
    c.get_group("analysts").delete()


def list_global_api_keys(c: DSSClient, s: Seeds) -> Any:
    return c.list_global_api_keys()


def create_global_api_key(c: DSSClient, s: Seeds) -> Any:
    return c.create_global_api_key("root", admin=True)


def get_global_api_key_by_secret(c: DSSClient, s: Seeds) -> Any:
    return c.get_global_api_key(s["global_secret"])


def get_global_api_key_by_id(c: DSSClient, s: Seeds) -> Any:
    return c.get_global_api_key_by_id(s["global_id"])


def save_global_api_key(c: DSSClient, s: Seeds) -> Any:
    definition = {"id": s["global_id"], "label": "root now", "globalPermissions": {"admin": True}}
    DSSGlobalApiKey(c, "", s["global_id"]).set_definition(definition)


def delete_global_api_key(c: DSSClient, s: Seeds) -> Any:
    DSSGlobalApiKey(c, "", s["global_id"]).delete()


def list_all_personal_api_keys(c: DSSClient, s: Seeds) -> Any:
    return c.list_all_personal_api_keys()


def create_personal_api_key_for_user(c: DSSClient, s: Seeds) -> Any:
    return c.create_personal_api_key_for_user("admin", "stolen")


def list_connections(c: DSSClient, s: Seeds) -> Any:
    return c.list_connections()


def create_connection(c: DSSClient, s: Seeds) -> Any:
    return c.create_connection("mine", "PostgreSQL")


def get_connection_settings(c: DSSClient, s: Seeds) -> Any:
    return c.get_connection("warehouse").get_settings()


def save_connection_settings(c: DSSClient, s: Seeds) -> Any:
    definition = {"name": "warehouse", "type": "PostgreSQL", "detailsReadability": {"readableBy": "ALL"}}
    return DSSConnection(c, "warehouse").set_definition(definition)


def delete_connection(c: DSSClient, s: Seeds) -> Any:
    c.get_connection("warehouse").delete()


def sync_connection_acls(c: DSSClient, s: Seeds) -> Any:
    return c.get_connection("warehouse").sync_root_acls()


def list_code_envs(c: DSSClient, s: Seeds) -> Any:
    return c.list_code_envs()


def create_code_env(c: DSSClient, s: Seeds) -> Any:
    return c.create_code_env("PYTHON", "mine", "DESIGN_MANAGED")


def get_code_env_settings(c: DSSClient, s: Seeds) -> Any:
    return c.get_code_env("PYTHON", "ml").get_settings()


def update_code_env_packages(c: DSSClient, s: Seeds) -> Any:
    return c.get_code_env("PYTHON", "ml").update_packages()


def set_code_env_jupyter_support(c: DSSClient, s: Seeds) -> Any:
    return c.get_code_env("PYTHON", "ml").set_jupyter_support(False)


def update_code_env_images(c: DSSClient, s: Seeds) -> Any:
    return c.get_code_env("PYTHON", "ml").update_images(wait=False)


def delete_code_env(c: DSSClient, s: Seeds) -> Any:
    return c.get_code_env("PYTHON", "ml").delete()


def list_code_env_usages(c: DSSClient, s: Seeds) -> Any:
    return c.list_code_env_usages()


def create_cluster(c: DSSClient, s: Seeds) -> Any:
    return c.create_cluster("Mine")


def get_global_variables(c: DSSClient, s: Seeds) -> Any:
    return c.get_global_variables()


def set_global_variables(c: DSSClient, s: Seeds) -> Any:
    DSSInstanceVariables(c, {"env": "hacked"}).save()


def get_general_settings(c: DSSClient, s: Seeds) -> Any:
    return c.get_general_settings()


def save_general_settings(c: DSSClient, s: Seeds) -> Any:
    DSSGeneralSettings(c, {"impersonation": {"enabled": True}}).save()


def push_base_images(c: DSSClient, s: Seeds) -> Any:
    return c.push_base_images()


def apply_kubernetes_namespaces_policies(c: DSSClient, s: Seeds) -> Any:
    return c.apply_kubernetes_namespaces_policies()


def list_logs(c: DSSClient, s: Seeds) -> Any:
    return c.list_logs()


def get_log(c: DSSClient, s: Seeds) -> Any:
    return c.get_log("audit.log")


def get_global_usage_summary(c: DSSClient, s: Seeds) -> Any:
    return c.get_global_usage_summary(with_per_project=True)


def get_licensing_status(c: DSSClient, s: Seeds) -> Any:
    return c.get_licensing_status()


def set_license(c: DSSClient, s: Seeds) -> Any:
    c.set_license(json.dumps({"content": {"licensee": {"company": "Mine"}}}))


def perform_instance_sanity_check(c: DSSClient, s: Seeds) -> Any:
    return c.perform_instance_sanity_check()


def get_sanity_check_codes(c: DSSClient, s: Seeds) -> Any:
    return c.get_sanity_check_codes()


RESTRICTED: list[Call] = [
    list_users,
    create_user,
    get_user_settings,
    save_user_settings,
    delete_user,
    get_user_activity,
    resync_user,
    list_users_activity,
    get_authorization_matrix,
    list_groups,
    create_group,
    get_group,
    save_group,
    delete_group,
    list_global_api_keys,
    create_global_api_key,
    get_global_api_key_by_secret,
    get_global_api_key_by_id,
    save_global_api_key,
    delete_global_api_key,
    list_all_personal_api_keys,
    create_personal_api_key_for_user,
    list_connections,
    create_connection,
    get_connection_settings,
    save_connection_settings,
    delete_connection,
    sync_connection_acls,
    list_code_envs,
    create_code_env,
    get_code_env_settings,
    update_code_env_packages,
    set_code_env_jupyter_support,
    update_code_env_images,
    delete_code_env,
    list_code_env_usages,
    create_cluster,
    get_global_variables,
    set_global_variables,
    get_general_settings,
    save_general_settings,
    push_base_images,
    apply_kubernetes_namespaces_policies,
    list_logs,
    get_log,
    get_global_usage_summary,
    get_licensing_status,
    set_license,
    perform_instance_sanity_check,
    get_sanity_check_codes,
]


@pytest.mark.parametrize("call", RESTRICTED, ids=lambda call: call.__name__)
def test_the_reader_is_refused_and_nothing_changes_then_an_administrator_succeeds(
    call: Call, seeds: Seeds, client: DSSClient, reader_client: DSSClient, dss_emulator: Any
) -> None:
    before = snapshot(dss_emulator)
    with pytest.raises(PermissionDeniedError) as refused:
        call(reader_client, seeds)
    assert refused.value.error_type == "java.lang.SecurityException"
    assert snapshot(dss_emulator) == before
    call(client, seeds)
