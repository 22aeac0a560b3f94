"""Conformance scenarios of the first slice: projects, datasets, templates and futures, instance, refusals."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from tests.conformance.framework import scenario


@scenario()
def projects(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("SALES", "Sales", "admin", description="Q3", tags=["finance"])
    seen["keys"] = admin.list_project_keys()
    seen["listed"] = [(p["projectKey"], p["name"], p.get("tags")) for p in admin.list_projects()]
    summary = project.get_summary()
    seen["summary"] = (summary["projectKey"], summary["name"], summary["ownerLogin"], summary["tags"])
    settings = project.get_settings()
    settings.get_raw()["settings"]["flowBuildSettings"]["mergeSparkPipelines"] = False
    settings.save()
    seen["settings"] = project.get_settings().get_raw()["settings"]["flowBuildSettings"]
    metadata = project.get_metadata()
    metadata["tags"] = ["a"]
    project.set_metadata(metadata)
    seen["tags"] = project.get_metadata()["tags"]
    variables = project.get_variables()
    variables["standard"]["x"] = 1
    project.set_variables(variables)
    seen["variables"] = project.get_variables()
    project.delete()
    seen["after_delete"] = admin.list_project_keys()
    return seen


@scenario(("getDatasetMetadata", 404))  # exists() after the delete
def datasets(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    dataset = project.create_dataset(
        "customers",
        "Filesystem",
        params={"connection": "filesystem_managed", "path": "P/customers"},
        formatType="csv",
        formatParams={"separator": ","},
    )
    project.create_dataset("orders", "Inline")
    seen["items"] = sorted((i.name, i.type, i.connection) for i in project.list_datasets())
    seen["objects"] = sorted(d.dataset_name for d in project.list_datasets(as_type="objects"))
    seen["shared"] = sorted(i.name for i in project.list_datasets(include_shared=True, tags=["x"]))
    settings = dataset.get_settings()
    settings.get_raw()["description"] = "customers"
    settings.save()
    seen["definition"] = {k: dataset.get_settings().get_raw()[k] for k in ("name", "type", "description")}
    definition = dataset.get_definition()
    definition["description"] = "through set_definition"
    dataset.set_definition(definition)
    seen["set_definition"] = dataset.get_definition()["description"]
    dataset.set_schema({"columns": [{"name": "id", "type": "bigint"}]})
    seen["schema"] = dataset.get_schema()["columns"]
    metadata = dataset.get_metadata()
    metadata["label"] = "Customers"
    dataset.set_metadata(metadata)
    seen["label"] = dataset.get_metadata()["label"]
    seen["partitions"] = dataset.list_partitions()
    seen["exists"] = dataset.exists()
    dataset.delete(drop_data=True)
    seen["exists_after_delete"] = dataset.exists()
    return seen


@scenario()
def templates_and_futures(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    items = admin.list_code_studio_templates()
    seen["templates"] = [(t.id, t.label, t.build_for_configs, t.last_built is None) for t in items]
    seen["objects"] = [t.template_id for t in admin.list_code_studio_templates(as_type="objects")]
    template = admin.get_code_studio_template("jupyterlab")
    settings = template.get_settings()
    seen["built_for_all"] = settings.get_built_for_all_container_confs()
    settings.set_built_container_confs("k8s-large")
    seen["confs"] = list(settings.get_built_container_confs())
    settings.save()
    future = template.build()
    seen["result_keys"] = sorted(future.wait_for_result())
    seen["listed_after"] = [
        (t.id, t.build_for_configs, t.last_built is None) for t in admin.list_code_studio_templates()
    ]
    seen["running"] = admin.list_futures()
    seen["running_objects"] = admin.list_futures(as_objects=True)
    seen["scenarios"] = admin.list_running_scenarios(all_users=True)
    peek = admin.get_future(future.job_id).peek_state()
    seen["peek"] = (peek["alive"], peek["hasResult"])
    return seen


@scenario(("getFutureState", 500))
def failed_build(admin: Any, reader: Any, api: Any) -> Any:
    future = admin.get_code_studio_template("rstudio").build()
    with pytest.raises(api.DataikuException) as caught:
        future.wait_for_result()
    return str(caught.value)


@scenario()
def aborted_build(admin: Any, reader: Any, api: Any) -> Any:
    future = admin.get_code_studio_template("vscode").build()
    admin.get_future(future.job_id).abort()
    return future.job_id is not None


@scenario()
def instance(admin: Any, reader: Any, api: Any) -> Any:
    info = admin.get_instance_info()
    jar = admin.get_scoring_libs_stream()
    digest = hashlib.sha256()
    for chunk in jar.iter_content(chunk_size=1 << 16):
        digest.update(chunk)
    jar.close()
    return {
        "node": (info.node_id, info.node_name, info.node_type),
        "me": admin.get_auth_info()["authIdentifier"],
        "reader": reader.get_auth_info(with_secrets=True),
        "jar": digest.hexdigest(),
    }


@scenario(
    ("getProjectSettings", 404),
    ("createProject", 403),
    ("getProjectMetadata", 403),
    ("listCodeStudioTemplates", 403),
    ("createProject", 409),
)
def refusals(admin: Any, reader: Any, api: Any) -> Any:
    texts = []
    admin.create_project("MINE", "Mine", "reader")
    for attempt in (
        lambda: admin.get_project("NOPE").get_settings(),
        lambda: reader.create_project("X", "X", "reader"),
        lambda: reader.get_project("NOPE").get_metadata(),
        lambda: reader.list_code_studio_templates(),
        lambda: admin.create_project("MINE", "Again", "admin"),
    ):
        with pytest.raises(api.DataikuException) as caught:
            attempt()
        texts.append(str(caught.value))
    texts.append(reader.list_project_keys())
    return texts
