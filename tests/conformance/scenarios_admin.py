"""Conformance scenarios of instance administration: users and groups, API keys, connections, code envs,
clusters, instance settings and variables, logs and audit, licensing, webapp authentication.

Results hold no secret that differs between runs (key secrets, tickets): scenarios use them, and
return what a script would check about them.
"""

from __future__ import annotations

import importlib
import json
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dssclient.emulator import Emulator, EmulatorConfig
from tests.conformance.framework import scenario

# A request with unknown credentials is refused before it is routed: the log names no operation.
UNAUTHENTICATED: Any = (None, 401)


def admin_module(api: Any) -> ModuleType:
    """The flavour's ``dss.admin`` module (``dataikuapi.dss.admin`` or ``dssclient.dss.admin``)."""
    package = api.DSSClient.__module__.rsplit(".", 1)[0]
    return importlib.import_module(f"{package}.dss.admin")


@scenario(
    ("saveOwnUserSettings", 403),
    ("createUser", 409),
    ("createUser", 400),
    ("listUsers", 403),
    ("getUserSettings", 404),
    ("createProject", 403),
    ("getFutureState", 500),
)
def users_and_groups(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    group = admin.create_group("analysts", description="Business analysts")
    definition = group.get_definition()
    definition["mayCreateProjects"] = False
    group.set_definition(definition)
    seen["groups"] = sorted(g["name"] for g in admin.list_groups())
    seen["group"] = {k: group.get_definition()[k] for k in ("name", "description", "sourceType", "admin")}

    user = admin.create_user("jdoe", "pa55word", display_name="Jane Doe", groups=["analysts"], email="jane@example.com")
    settings = user.get_settings()
    settings.user_properties["team"] = "sales"
    settings.admin_properties["cost_center"] = "42"
    settings.add_secret("warehouse_token", "t0k3n")
    settings.set_basic_connection_credential("warehouse", "jane", "pw")
    settings.preferences.ui_language = "fr"
    settings.save()
    again = user.get_settings()
    raw = again.get_raw()
    seen["settings"] = (
        again.user_properties,
        again.admin_properties,
        raw["secrets"],
        sorted(raw["credentials"]["warehouse"]),
        again.preferences.ui_language,
        again.enabled,
        again.creation_date is not None,
        "password" in raw,
    )
    again.remove_secret("warehouse_token")
    again.remove_connection_credential("warehouse")
    again.enabled = True
    again.save()
    seen["after_removal"] = (user.get_settings().get_raw()["secrets"], user.get_settings().get_raw()["credentials"])

    info = user.get_info()
    seen["info"] = (info.login, info.display_name, info.groups, info.email, info.enabled)
    activity = user.get_activity()
    seen["activity"] = (activity.last_successful_login, activity.last_failed_login, activity.last_session_activity)
    seen["users"] = [(u["login"], u["groups"], u["enabled"]) for u in admin.list_users()]
    seen["objects"] = [u.login for u in admin.list_users(as_objects=True)]
    seen["with_settings"] = sorted(u["login"] for u in admin.list_users(include_settings=True))
    seen["activities"] = sorted(a.login for a in admin.list_users_activity(enabled_users_only=True))
    seen["matrix"] = sorted(admin.get_authorization_matrix().raw["perUser"]["users"])

    # The group decides: analysts may not create projects, then may.
    as_jane = user.get_client_as()
    with pytest.raises(api.DataikuException):
        as_jane.create_project("JANE", "Jane's", "jdoe")
    definition["mayCreateProjects"] = True
    group.set_definition(definition)
    as_jane.create_project("JANE", "Jane's", "jdoe")
    seen["jane"] = (as_jane.get_auth_info()["authIdentifier"], as_jane.list_project_keys())

    own = reader.get_own_user().get_settings()
    own.user_properties["likes"] = "tea"
    own.add_secret("mine", "value")
    own.save()
    reread = reader.get_own_user().get_settings().get_raw()
    seen["own"] = (reread["userProperties"], reread["secrets"], "adminProperties" in reread)
    seen["own_secret"] = reader.get_auth_info(with_secrets=True)["secrets"]
    own.get_raw()["groups"] = ["administrators"]
    with pytest.raises(api.DataikuException) as caught:
        own.save()
    seen["escalation"] = str(caught.value)

    resync = user.start_resync_from_supplier()
    with pytest.raises(api.DataikuException):
        resync.wait_for_result()

    texts = []
    for attempt in (
        lambda: admin.create_user("jdoe", "again"),
        lambda: admin.create_user("ghost", "pw", groups=["no_such_group"]),
        lambda: reader.list_users(),
    ):
        with pytest.raises(api.DataikuException) as refused:
            attempt()
        texts.append(str(refused.value))
    seen["refusals"] = texts
    user.delete()
    with pytest.raises(api.DataikuException):
        admin.get_user("jdoe").get_settings()
    group.delete()
    seen["groups_after"] = sorted(g["name"] for g in admin.list_groups())
    return seen


@scenario(UNAUTHENTICATED, ("getGlobalApiKeyBySecret", 404), secure_api_keys=True)
def api_keys(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    admin.create_project("SHARED", "Shared", "admin")
    admin.create_project("PRIVATE", "Private", "admin")
    key = admin.create_global_api_key("nightly", "The nightly sync", admin=False)
    seen["secret_given"] = bool(key.key)
    listed = admin.list_global_api_keys()
    seen["listed"] = [(k.id == key.id_, k.label, k.description, k.created_by, k.get("key")) for k in listed]
    definition = key.get_definition()
    seen["definition"] = (
        definition.label,
        definition.description,
        definition.created_by,
        definition.created_on is not None,
        definition.groups,
        definition.lifetime,
        definition.expires_on,
        "key" in definition,
    )
    definition.label = "nightly-sync"
    definition["projects"] = {"SHARED": {"readProjectContent": True}}
    definition.save()
    seen["relabelled"] = key.get_definition().label

    # The key works at once, with its own rights only.
    as_key = api.DSSClient(admin.host, key.key)
    seen["key_sees"] = as_key.list_project_keys()
    seen["key_is"] = as_key.get_auth_info()["authIdentifier"] == key.id_
    seen["by_secret"] = admin.get_global_api_key(key.key).id_ == key.id_
    key.delete()
    with pytest.raises(api.DataikuException) as caught:
        as_key.get_auth_info()
    seen["deleted_key"] = str(caught.value)
    with pytest.raises(api.DataikuException):
        admin.get_global_api_key(key.key)

    grouped = admin.create_global_api_key_with_groups("grouped", "With groups", ["readers"])
    seen["grouped"] = grouped.get_definition().groups
    grouped.delete()

    personal = admin.create_personal_api_key_for_user("reader", "ci", "For the CI")
    as_reader = api.DSSClient(admin.host, personal.key)
    seen["personal_acts_as"] = as_reader.get_auth_info()["authIdentifier"]
    own = reader.create_personal_api_key("laptop", "My laptop")
    seen["own"] = (own["user"], own["label"], own["description"], bool(own["key"]))
    items = reader.list_personal_api_keys()
    seen["reader_keys"] = sorted((k.user, k.label, k.description, "key" in k) for k in items)
    handle = reader.get_personal_api_key(own["id"])
    renamed = handle.get_definition()
    renamed["label"] = "old laptop"
    handle.set_definition(renamed)
    seen["renamed"] = handle.get_definition()["label"]
    seen["all"] = sorted((k.user, k.label) for k in admin.list_all_personal_api_keys())
    seen["all_objects"] = len(admin.list_all_personal_api_keys(as_type="objects"))
    handle.delete()
    personal.delete()
    with pytest.raises(api.DataikuException):
        as_reader.get_auth_info()
    seen["after"] = sorted(k.label for k in admin.list_all_personal_api_keys())
    return seen


@scenario()
def api_keys_listed_with_secrets(admin: Any, reader: Any, api: Any) -> Any:
    admin.create_global_api_key("a", "first")
    admin.create_global_api_key("b", "second", admin=True)
    handles = admin.list_global_api_keys(as_type="objects")
    from_items = [item.to_global_api_key() for item in admin.list_global_api_keys()]
    admin_key = next(h for h in handles if h.get_definition().label == "b")
    # An administrator's global key may administer.
    as_admin_key = api.DSSClient(admin.host, admin_key.key)
    return {
        "count": (len(handles), len(from_items)),
        "secrets": all(h.key for h in handles),
        "same": sorted(h.id_ for h in handles) == sorted(h.id_ for h in from_items),
        "admin_key_lists_users": [u["login"] for u in as_admin_key.list_users()],
        "personal": sorted(k.to_personal_api_key().id_ == k.id for k in admin.list_personal_api_keys()),
    }


@scenario(
    ("getConnectionInfo", 403),
    ("createConnection", 409),
    ("listConnections", 403),
    ("getFutureState", 500),
)
def connections(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    params = {"host": "db.example.com", "port": 5432, "db": "sales", "user": "dss", "password": "s3cr3t"}
    conn = admin.create_connection(
        "warehouse", "PostgreSQL", params, usable_by="ALLOWED", allowed_groups=["readers"], description="Sales"
    )
    settings = conn.get_settings()
    raw = settings.get_raw()
    seen["encrypted"] = (raw["params"]["password"] != "s3cr3t", raw["params"]["user"], raw["description"])
    seen["flags"] = (
        settings.type,
        settings.allow_write,
        settings.allow_managed_datasets,
        settings.allow_managed_folders,
        settings.allow_knowledge_banks,
        settings.usable_by,
        settings.usable_by_allowed_groups,
        settings.details_readability.readable_by,
        settings.details_readability.allowed_groups,
    )
    with pytest.raises(api.DataikuException) as caught:
        reader.get_connection("warehouse").get_info()
    seen["unreadable"] = str(caught.value)
    settings.details_readability.set_readability(False, "readers")
    settings.allow_managed_folders = True
    settings.allow_write = False
    settings.save()
    info = reader.get_connection("warehouse").get_info()
    seen["info"] = (info.get_type(), info.get_credential_mode(), info.get_params(), info.get_basic_credential())
    with pytest.raises(ValueError):
        info.get_aws_credential()
    settings.set_usability(True)
    settings.details_readability.set_readability(False)
    settings.save()
    seen["reread"] = (
        conn.get_settings().usable_by,
        conn.get_settings().details_readability.readable_by,
        conn.get_settings().allow_write,
    )
    seen["listed"] = sorted(admin.list_connections())
    seen["items"] = sorted((i.name, i.type) for i in admin.list_connections(as_type="listitems"))
    seen["objects"] = sorted(c.name for c in admin.list_connections(as_type="objects"))
    seen["dictitems"] = {name: item.type for name, item in admin.list_connections().items()}
    definition = conn.get_definition()
    definition["description"] = "Sales warehouse"
    conn.set_definition(definition)
    seen["described"] = conn.get_settings().get_raw()["description"]
    seen["password_kept"] = admin.get_connection("warehouse").get_info().get_basic_credential()["password"]
    seen["test"] = conn.test()["connectionOK"]

    hdfs = admin.create_connection("hdfs_root", "HDFS", {"root": "/user/dss"})
    seen["sync"] = hdfs.sync_root_acls().wait_for_result()["success"]
    with pytest.raises(api.DataikuException):
        conn.sync_datasets_acls().wait_for_result()
    with pytest.raises(api.DataikuException):
        admin.create_connection("warehouse", "PostgreSQL")
    with pytest.raises(api.DataikuException):
        reader.list_connections()
    conn.delete()
    hdfs.delete()
    seen["after"] = sorted(admin.list_connections())
    return seen


@scenario()
def connection_names(admin: Any, reader: Any, api: Any) -> Any:
    admin.create_connection("warehouse", "PostgreSQL", {"host": "db.example.com", "db": "sales"})
    admin.create_connection("restricted", "PostgreSQL", usable_by="ALLOWED", allowed_groups=["data_scientists"])
    admin.create_connection("lake", "S3", usable_by="ALLOWED", allowed_groups=["readers"])
    return {
        caller: {kind: client.list_connections_names(kind) for kind in ("PostgreSQL", "S3", "HDFS", "all")}
        for caller, client in (("admin", admin), ("reader", reader))
    }


@scenario(
    ("listCodeEnvs", 403),
    ("getFutureState", 500),
    ("createCodeEnv", 409),
    unavailable_packages=["no-such-package"],
)
def code_envs(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    env = admin.create_code_env(
        "PYTHON", "py310_ml", "DESIGN_MANAGED", {"pythonInterpreter": "PYTHON310", "specPackageList": "pandas>=2.0"}
    )
    seen["handle"] = (env.env_lang, env.env_name)
    seen["listed"] = [(e["envLang"], e["envName"], e["deploymentMode"]) for e in admin.list_code_envs()]
    seen["objects"] = [(e.env_lang, e.env_name) for e in admin.list_code_envs(as_objects=True)]
    settings = env.get_settings()
    seen["settings"] = (
        type(settings).__name__,
        settings.env_lang,
        settings.env_name,
        settings.get_required_packages(as_list=True),
        settings.get_required_conda_spec(),
        settings.get_built_for_all_container_confs(),
        settings.get_cache_busting_location(),
    )
    seen["installed"] = settings.get_raw()["actualPackageList"]
    settings.set_required_packages("pandas>=2.0", "scikit-learn==1.3.0")
    settings.set_built_container_confs("k8s-small")
    settings.set_built_spark_kubernetes_confs(all=True)
    settings.set_cache_busting_location("END")
    settings.set_dockerfile_fragment("RUN echo hi", "dockerfileAtEnd")
    settings.add_container_runtime_addition("BASIC_GPU_ENABLING")
    settings.save()
    reread = env.get_settings()
    seen["reread"] = (
        reread.get_required_packages(),
        reread.get_built_container_confs(),
        reread.built_for_all_spark_kubernetes_confs(),
        reread.get_dockerfile_fragment("dockerfileAtEnd"),
        reread.get_container_runtime_additions(),
    )
    outcome = env.update_packages()
    seen["update"] = (outcome["messages"]["error"], outcome["messages"]["success"])
    seen["installed_after"] = env.get_settings().get_raw()["actualPackageList"]
    future = env.update_packages(force_rebuild_env=True, wait=False)
    seen["async_update"] = sorted(future.wait_for_result())
    seen["jupyter"] = env.set_jupyter_support(False)["messages"]["success"]
    seen["images"] = env.update_images()["messages"]["messages"]

    project = admin.create_project("ML", "ML", "admin")
    project_settings = project.get_settings()
    project_settings.set_python_code_env("py310_ml")
    project_settings.save()
    seen["usages"] = env.list_usages()
    seen["all_usages"] = admin.list_code_env_usages()
    logs = env.list_logs()
    seen["logs"] = [log["name"].split("-", 1)[1] for log in logs]
    seen["first_log"] = env.get_log(logs[0]["name"])

    # A build that fails leaves no env behind.
    failing = admin.create_code_env(
        "PYTHON", "broken", "DESIGN_MANAGED", {"specPackageList": "no-such-package"}, wait=False
    )
    with pytest.raises(api.DataikuException):
        failing.wait_for_result()
    with pytest.raises(Exception) as caught:
        admin.create_code_env("PYTHON", "broken", "DESIGN_MANAGED", {"specPackageList": "no-such-package"})
    seen["failed_build"] = "no-such-package" in str(caught.value)
    seen["after_failures"] = [e["envName"] for e in admin.list_code_envs()]
    with pytest.raises(api.DataikuException):
        admin.create_code_env("PYTHON", "py310_ml", "DESIGN_MANAGED")
    with pytest.raises(api.DataikuException):
        reader.list_code_envs()
    definition = env.get_definition()
    definition["usableByAll"] = False
    env.set_definition(definition)
    seen["definition"] = env.get_definition()["usableByAll"]
    seen["deleted"] = env.delete()["messages"]["success"]
    seen["after"] = admin.list_code_envs()
    return seen


@scenario(("startCluster", 400), ("stopCluster", 400), ("createCluster", 403))
def clusters(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    cluster = admin.create_cluster("Analytics K8S", "eks-cluster", {"nodes": 2}, "KUBERNETES")
    seen["id"] = cluster.cluster_id
    seen["listed"] = admin.list_clusters()
    settings = cluster.get_settings()
    seen["settings"] = (settings.get_raw()["name"], settings.get_raw()["params"], settings.get_plugin_data())
    settings.get_raw()["usableByAll"] = True
    settings.save()
    started = cluster.start()
    seen["start"] = (started["state"], started["messages"]["success"])
    seen["status"] = cluster.get_status().get_raw()["state"]
    seen["data"] = sorted(cluster.get_settings().get_plugin_data())
    seen["reader_sees"] = [c["id"] for c in reader.list_clusters()]
    detached = cluster.stop(terminate=False)
    seen["detached"] = (detached["state"], cluster.get_settings().get_plugin_data() is not None)
    cluster.start()
    seen["stopped"] = cluster.stop()["state"]
    seen["data_after"] = cluster.get_settings().get_plugin_data()
    manual = admin.create_cluster("Hadoop prod")
    for attempt in (manual.start, manual.stop, lambda: reader.create_cluster("Mine")):
        with pytest.raises(api.DataikuException):
            attempt()
    definition = manual.get_definition()
    definition["params"]["hiveServer"] = "hive.example.com"
    manual.set_definition(definition)
    seen["manual"] = admin.get_cluster(manual.cluster_id).get_definition()["params"]
    cluster.delete()
    manual.delete()
    seen["after"] = admin.list_clusters()
    return seen


@scenario(
    ("runKubectlOnCluster", 403),
    ("runKubectlOnCluster", 400),
    ("runKubectlOnCluster", 404),
    ("deleteFinishedKubernetesJobs", 400),
    ("deleteFinishedKubernetesJobs", 403),
    ("deleteFinishedKubernetesPods", 400),
    ("deleteAllKubernetesPods", 400),
)
def kubernetes_cluster_actions(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    cluster = admin.create_cluster("Batch K8S", "eks-cluster", {"nodes": 3}, "KUBERNETES")
    cluster.start()
    seen["empty"] = cluster.run_kubectl("get pods")
    for args in (
        "run web --image=nginx:1.25 --labels=app=web",
        "run once --image=busybox --restart=Never --labels=app=batch -- echo hi",
        "create job report --image=busybox -- echo done",
        "create job broken --image=busybox -- false",
        "create namespace etl",
        "create job nightly -n etl --image=spark",
        "label job report team=finance",
    ):
        seen[args] = cluster.run_kubectl(args)
    seen["pods"] = cluster.run_kubectl("get pods -A -o name")["stdout"].split()
    web = json.loads(cluster.run_kubectl("get pod web -o json")["stdout"])
    seen["web"] = (web["metadata"]["labels"], web["status"]["phase"])
    seen["failures"] = [
        (result["returnValue"], result["stderr"])
        for result in (cluster.run_kubectl(a) for a in ("get pod nope", "apply -f x.yaml", "get deployments"))
    ]
    seen["dry_jobs"] = cluster.delete_finished_jobs(dry_run=True)
    seen["jobs_after_dry_run"] = cluster.run_kubectl("get jobs -A -o name")["stdout"]
    seen["finance_jobs"] = cluster.delete_finished_jobs(label_filter="team=finance")
    seen["failed_jobs"] = cluster.delete_finished_jobs(delete_failed=True)["deletedJobs"]
    seen["etl_jobs"] = cluster.delete_finished_jobs(namespace="etl")["deletedJobs"]
    seen["dry_pods"] = cluster.delete_finished_pods(dry_run=True)["deletedPods"]
    seen["batch_pods"] = cluster.delete_finished_pods(label_filter="app=batch")
    seen["all_pods"] = cluster.delete_all_pods()
    seen["bad_filter"] = cluster.delete_all_pods(label_filter="=x")["success"]
    seen["left"] = cluster.run_kubectl("get pods -A -o name")

    # Refused: not an administrator, not a manager, not Kubernetes, not running, unknown.
    settings = cluster.get_settings()
    settings.get_raw()["usableByAll"] = True
    settings.save()
    hadoop = admin.create_cluster("Hadoop prod")
    idle = admin.create_cluster("Idle", "eks-cluster", cluster_architecture="KUBERNETES")
    attempts = [
        lambda: reader.get_cluster(cluster.cluster_id).run_kubectl("get pods"),
        lambda: reader.get_cluster(cluster.cluster_id).delete_finished_jobs(),
        lambda: hadoop.run_kubectl("get pods"),
        lambda: idle.run_kubectl("version"),
        lambda: idle.delete_finished_jobs(),
        lambda: idle.delete_finished_pods(),
        lambda: idle.delete_all_pods(dry_run=True),
        lambda: admin.get_cluster("nope").run_kubectl("get pods"),
    ]
    for attempt in attempts:
        with pytest.raises(api.DataikuException):
            attempt()
    cluster.stop()
    with pytest.raises(api.DataikuException):
        cluster.delete_finished_jobs()
    return seen


@scenario(("getCodeEnvVersionForProject", 404), ("getCodeEnvVersionForProject", 403))
def code_env_version_for_project(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    design_env = admin.create_code_env("PYTHON", "py_ver", "DESIGN_MANAGED")
    project = admin.create_project("ML", "ML", "admin")
    settings = project.get_settings()
    settings.set_python_code_env("py_ver")
    settings.save()
    admin.create_project("OTHER", "Other", "admin")
    seen["design"] = (design_env.get_version_for_project("ML"), design_env.get_version_for_project("OTHER"))
    for attempt in (
        lambda: design_env.get_version_for_project("NOPE"),
        lambda: admin.get_code_env("PYTHON", "nope").get_version_for_project("ML"),
        lambda: reader.get_code_env("PYTHON", "py_ver").get_version_for_project("ML"),
    ):
        with pytest.raises(api.DataikuException):
            attempt()
    project.export_bundle("b1")
    project.export_bundle("b2")
    key = "automation-admin-key"
    with (
        tempfile.TemporaryDirectory() as directory,
        Emulator(EmulatorConfig(node_type="AUTOMATION", admin_api_key=key, build_seconds=0.01)) as automation_node,
    ):
        automation = api.DSSClient(automation_node.url, key)
        env = automation.create_code_env("PYTHON", "py_ver", "AUTOMATION_VERSIONED")
        paths = {}
        for bundle_id in ("b1", "b2"):
            paths[bundle_id] = str(Path(directory) / f"{bundle_id}.zip")
            project.download_exported_bundle_archive_to_file(bundle_id, paths[bundle_id])
        with open(paths["b1"], "rb") as archive:
            automation.create_project_from_bundle_archive(archive)
        imported = automation.get_project("ML")
        seen["before_activation"] = env.get_version_for_project("ML")
        imported.activate_bundle("b1")
        seen["activated"] = env.get_version_for_project("ML")
        env_settings = env.get_settings()
        versions = env_settings.get_raw()["versions"]
        versions.append({**versions[-1], "versionId": "v2"})
        env_settings.save()
        seen["new_version"] = env.get_version_for_project("ML")
        with open(paths["b2"], "rb") as archive:
            imported.import_bundle_from_stream(archive)
        imported.activate_bundle("b2")
        seen["reactivated"] = env.get_version_for_project("ML")
        refused = [(e.operation_id, e.status) for e in automation_node.request_log if e.status >= 400]
        assert not refused, f"the automation node refused what the client sent: {refused}"
    return seen


@scenario(("getGlobalVariables", 403), ("getGeneralSettings", 403))
def instance_settings_and_variables(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    rules = admin_module(api)
    variables = admin.get_global_variables()
    variables["env"] = "prod"
    variables["thresholds"] = {"low": 0.1, "high": 0.9}
    variables.save()
    seen["variables"] = dict(admin.get_global_variables())
    admin.set_variables({"env": "dev"})
    seen["replaced"] = dict(admin.get_variables())

    settings = admin.get_general_settings()
    settings.add_impersonation_rule(
        rules.DSSUserImpersonationRule().scope_project("ML").user_single("reader", "u_reader")
    )
    settings.add_impersonation_rule(rules.DSSGroupImpersonationRule().group_regexp("team_(.*)", "unix_$1"))
    settings.add_impersonation_rule({"scope": "GLOBAL", "type": "IDENTITY"})
    settings.get_raw()["ldapSettings"]["bindPassword"] = "ldap-s3cret"
    settings.save()
    reread = admin.get_general_settings()
    seen["rules"] = [type(r).__name__ for r in reread.get_impersonation_rules()]
    seen["reader_rules"] = [r.raw for r in reread.get_impersonation_rules(dss_user="reader", project_key="ML")]
    seen["group_rules"] = [r.raw for r in reread.get_impersonation_rules(is_user=False)]
    seen["bind_password"] = reread.get_raw()["ldapSettings"]["bindPassword"] != "ldap-s3cret"
    reread.remove_impersonation_rules(dss_user="reader")
    reread.save()
    seen["after_removal"] = [r.raw for r in admin.get_general_settings().get_impersonation_rules(is_user=True)]
    seen["push"] = admin.push_base_images().wait_for_result()["success"]
    seen["push_from_settings"] = "jobId" in reread.push_container_exec_base_images()
    seen["policies"] = admin.apply_kubernetes_namespaces_policies().wait_for_result()["messages"]
    for attempt in (reader.get_global_variables, reader.get_general_settings):
        with pytest.raises(api.DataikuException):
            attempt()
    return seen


@scenario(("listLogs", 403), ("getLog", 404))
def logs_audit_usage_licensing(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    admin.log_custom_audit("deployment", {"version": "1.2"})
    reader.log_custom_audit("reader-event")
    seen["logs"] = [log["name"] for log in admin.list_logs()["logs"]]
    entries = [json.loads(line) for line in admin.get_log("audit.log").splitlines()]
    seen["custom"] = [
        (e["message"]["customMsgType"], e["message"]["customMsgParams"], e["message"]["authUser"])
        for e in entries
        if e["message"]["msgType"] == "application-custom"
    ]
    seen["backend"] = admin.get_log("backend.log").splitlines()[0].endswith("started (emulated)")
    with pytest.raises(api.DataikuException):
        reader.list_logs()
    with pytest.raises(api.DataikuException):
        admin.get_log("nope.log")

    project = admin.create_project("P", "P", "admin")
    project.create_dataset("d", "Inline")
    summary = admin.get_global_usage_summary(with_per_project=True)
    seen["usage"] = (
        summary.projects_count,
        summary.total_datasets_count,
        summary.total_recipes_count,
        summary.total_jupyter_notebooks_count,
        summary.total_sql_notebooks_count,
        summary.total_scenarios_count,
        summary.total_active_with_trigger_scenarios_count,
        summary.raw["projectSummaries"],
    )
    status = admin.get_licensing_status()
    seen["license"] = (status["valid"], status["expired"], status["userProfiles"])
    licence = {
        "content": {"licensee": {"company": "ACME"}, "expiresOn": "2000-01-01", "profileLimits": {"READER": 0}},
        "signature": "c2lnbmF0dXJl",
    }
    admin.set_license(json.dumps(licence))
    status = admin.get_licensing_status()
    seen["new_license"] = (status["valid"], status["expired"], status["base"]["profileLimits"])

    check = admin.perform_instance_sanity_check()
    seen["check"] = (
        sorted((m.code, m.severity) for m in check.messages),
        check.has_error,
        check.has_warning,
        check.max_severity,
        check.has_messages,
    )
    future = admin.perform_instance_sanity_check(["INSTANCE_SANITY_CHECK_LICENSE_EXPIRED"], wait=False)
    seen["excluded"] = sorted(m.code for m in future.wait_for_result().messages)
    seen["codes"] = admin.get_sanity_check_codes()
    return seen


@scenario(
    ("getAuthInfoFromBrowserHeaders", 401),
    ("getTicketFromBrowserHeaders", 403),
    tickets={"browser-session-of-reader": "reader", "browser-session-of-admin": "admin"},
)
def webapp_authentication(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    reader_headers = {"X-DKU-APITicket": "browser-session-of-reader", "Accept": "text/html"}
    info = admin.get_auth_info_from_browser_headers(reader_headers, with_secrets=True)
    seen["info"] = (info["authIdentifier"], info["groups"], info["secrets"])
    ticket = admin.get_ticket_from_browser_headers(reader_headers)
    as_reader = api.DSSClient(admin.host, internal_ticket=ticket)
    seen["ticket_acts_as"] = as_reader.get_auth_info()["authIdentifier"]
    seen["activity"] = admin.get_user("reader").get_activity().last_successful_login is not None
    with pytest.raises(api.DataikuException):
        reader.get_ticket_from_browser_headers({"X-DKU-APITicket": "browser-session-of-admin"})
    with pytest.raises(api.DataikuException):
        admin.get_auth_info_from_browser_headers({"Accept": "text/html"})
    return seen
