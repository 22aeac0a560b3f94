"""The permission matrix of instance administration: for each call reserved to administrators (or to
holders of a right the reader lacks), the reader is refused with PermissionDeniedError and nothing on
the instance changes, then an administrator succeeds."""

from __future__ import annotations

import copy
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from dssclient import AsyncDSSClient, PermissionDeniedError
from dssclient.aio.dss.admin import (
    AsyncDSSConnection,
    AsyncDSSGeneralSettings,
    AsyncDSSGlobalApiKey,
    AsyncDSSGroup,
    AsyncDSSInstanceVariables,
    AsyncDSSUserSettings,
)
from dssclient.emulator.models.clusters import ClustersModel
from dssclient.emulator.models.code_envs import CodeEnvsModel
from dssclient.emulator.models.connections import ConnectionsModel
from dssclient.emulator.models.instance_admin import InstanceAdminModel

pytestmark = pytest.mark.anyio  # unasync: remove

Seeds = dict[str, str]
Call = Callable[[AsyncDSSClient, Seeds], Awaitable[Any]]


@pytest.fixture
async def seeds(client: AsyncDSSClient) -> Seeds:
    """One object of each kind, for the calls to act on."""
    await client.create_user("jdoe", "pw", groups=["readers"])
    await client.create_group("analysts", "Analysts")
    robot = await client.create_global_api_key("robot")
    await client.create_personal_api_key_for_user("jdoe", "ci")
    await client.create_connection("warehouse", "PostgreSQL", {"user": "dss", "password": "pw"})
    await client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED")
    await client.create_cluster("K8S", "eks-cluster", cluster_architecture="KUBERNETES")
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


async def list_users(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_users()


async def create_user(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.create_user("newcomer", "pw")


async def get_user_settings(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_user("jdoe").get_settings()


async def save_user_settings(c: AsyncDSSClient, s: Seeds) -> Any:
    await AsyncDSSUserSettings(c, "jdoe", {"login": "jdoe", "groups": ["administrators"]}).save()


async def delete_user(c: AsyncDSSClient, s: Seeds) -> Any:
    await c.get_user("jdoe").delete()


async def get_user_activity(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_user("jdoe").get_activity()


async def resync_user(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_user("jdoe").start_resync_from_supplier()


async def list_users_activity(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_users_activity()


async def get_authorization_matrix(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_authorization_matrix()


async def list_groups(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_groups()


async def create_group(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.create_group("newgroup")


async def get_group(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_group("analysts").get_definition()


async def save_group(c: AsyncDSSClient, s: Seeds) -> Any:
    return await AsyncDSSGroup(c, "analysts").set_definition({"name": "analysts", "admin": True})


async def delete_group(c: AsyncDSSClient, s: Seeds) -> Any:
    await c.get_group("analysts").delete()


async def list_global_api_keys(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_global_api_keys()


async def create_global_api_key(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.create_global_api_key("root", admin=True)


async def get_global_api_key_by_secret(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_global_api_key(s["global_secret"])


async def get_global_api_key_by_id(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_global_api_key_by_id(s["global_id"])


async def save_global_api_key(c: AsyncDSSClient, s: Seeds) -> Any:
    definition = {"id": s["global_id"], "label": "root now", "globalPermissions": {"admin": True}}
    await AsyncDSSGlobalApiKey(c, "", s["global_id"]).set_definition(definition)


async def delete_global_api_key(c: AsyncDSSClient, s: Seeds) -> Any:
    await AsyncDSSGlobalApiKey(c, "", s["global_id"]).delete()


async def list_all_personal_api_keys(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_all_personal_api_keys()


async def create_personal_api_key_for_user(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.create_personal_api_key_for_user("admin", "stolen")


async def list_connections(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_connections()


async def create_connection(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.create_connection("mine", "PostgreSQL")


async def get_connection_settings(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_connection("warehouse").get_settings()


async def save_connection_settings(c: AsyncDSSClient, s: Seeds) -> Any:
    definition = {"name": "warehouse", "type": "PostgreSQL", "detailsReadability": {"readableBy": "ALL"}}
    return await AsyncDSSConnection(c, "warehouse").set_definition(definition)


async def delete_connection(c: AsyncDSSClient, s: Seeds) -> Any:
    await c.get_connection("warehouse").delete()


async def sync_connection_acls(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_connection("warehouse").sync_root_acls()


async def list_code_envs(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_code_envs()


async def create_code_env(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.create_code_env("PYTHON", "mine", "DESIGN_MANAGED")


async def get_code_env_settings(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_code_env("PYTHON", "ml").get_settings()


async def update_code_env_packages(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_code_env("PYTHON", "ml").update_packages()


async def set_code_env_jupyter_support(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_code_env("PYTHON", "ml").set_jupyter_support(False)


async def update_code_env_images(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_code_env("PYTHON", "ml").update_images(wait=False)


async def delete_code_env(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_code_env("PYTHON", "ml").delete()


async def list_code_env_usages(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_code_env_usages()


async def create_cluster(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.create_cluster("Mine")


async def get_global_variables(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_global_variables()


async def set_global_variables(c: AsyncDSSClient, s: Seeds) -> Any:
    await AsyncDSSInstanceVariables(c, {"env": "hacked"}).save()


async def get_general_settings(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_general_settings()


async def save_general_settings(c: AsyncDSSClient, s: Seeds) -> Any:
    await AsyncDSSGeneralSettings(c, {"impersonation": {"enabled": True}}).save()


async def push_base_images(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.push_base_images()


async def apply_kubernetes_namespaces_policies(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.apply_kubernetes_namespaces_policies()


async def list_logs(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.list_logs()


async def get_log(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_log("audit.log")


async def get_global_usage_summary(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_global_usage_summary(with_per_project=True)


async def get_licensing_status(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_licensing_status()


async def set_license(c: AsyncDSSClient, s: Seeds) -> Any:
    await c.set_license(json.dumps({"content": {"licensee": {"company": "Mine"}}}))


async def perform_instance_sanity_check(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.perform_instance_sanity_check()


async def get_sanity_check_codes(c: AsyncDSSClient, s: Seeds) -> Any:
    return await c.get_sanity_check_codes()


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
async def test_the_reader_is_refused_and_nothing_changes_then_an_administrator_succeeds(
    call: Call, seeds: Seeds, client: AsyncDSSClient, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    before = snapshot(dss_emulator)
    with pytest.raises(PermissionDeniedError) as refused:
        await call(reader_client, seeds)
    assert refused.value.error_type == "java.lang.SecurityException"
    assert snapshot(dss_emulator) == before
    await call(client, seeds)
