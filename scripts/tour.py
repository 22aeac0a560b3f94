#!/usr/bin/env python3
"""A short tour of dssclient: projects, datasets, schemas, settings and a long task, then the
automation loop (upload a CSV, build a recipe, check metrics, run a scenario).

Runs against a real DSS when one is configured the way Dataiku's own packages find
it (the environment variables DKU_DSS_URL and DKU_API_KEY, or ~/.dataiku/config.json),
and otherwise against an emulator started in this process:

    DKU_DSS_URL=https://dss.example.com DKU_API_KEY=... python scripts/tour.py

On a real DSS the tour creates a project named DSSCLIENT_TOUR_<random> and
deletes it at the end. It builds a code studio template only if you name one
in DSS_TOUR_TEMPLATE (a build is heavy on a real instance); on the emulator it
builds the first template.

It then designs an API service with a Python function endpoint and packages it.
Publishing and deploying it touch the API Deployer, shared by the whole instance:
on a real DSS the tour does so only if DSS_TOUR_API_INFRA names an existing
deployment infrastructure to deploy on (and removes the deployment and the
published service at the end); on the emulator it creates an infrastructure with
one API node and deploys there.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import sys
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a clone without installing

from dssclient import ConfigurationError, DSSClient, FutureFailedError, PollingSchedule, api_client  # noqa: E402
from dssclient.dss.project import DSSProject  # noqa: E402

if TYPE_CHECKING:
    from dssclient.payloads import ApiServiceSettingsEndpointsItem


@dataclass(frozen=True)
class Heavy:
    """What the tour may do that weighs on an instance: None skips it."""

    # The code studio template to build.
    template_id: str | None
    # The API Deployer infrastructure to deploy on, and whether the tour creates it.
    api_infra: str | None
    create_infra: bool = False


@contextlib.contextmanager
def connect() -> Generator[tuple[DSSClient, Heavy]]:
    """A client on the configured DSS, or on a fresh emulator; and the heavy steps to take."""
    try:
        configured = api_client()
    except ConfigurationError:
        configured = None
    if configured is not None:
        print(f"Using the DSS at {configured.host}")
        with configured as client:
            yield client, Heavy(os.environ.get("DSS_TOUR_TEMPLATE"), os.environ.get("DSS_TOUR_API_INFRA"))
        return
    from dssclient.emulator import Emulator, EmulatorConfig

    config = EmulatorConfig(admin_api_key=secrets.token_urlsafe(16), build_seconds=1.5, deployment_update_seconds=1.5)
    with Emulator(config) as emulator:
        print(f"No DSS configured (DKU_DSS_URL and DKU_API_KEY, or ~/.dataiku/config.json): emulator at {emulator.url}")
        with DSSClient(emulator.url, config.admin_api_key, future_polling=PollingSchedule(initial=0.1)) as client:
            yield client, Heavy(client.list_code_studio_templates()[0].id, "dssclient-tour-nodes", create_infra=True)


# A Python function endpoint: an API service that needs no trained model.
ECHO_ENDPOINT: ApiServiceSettingsEndpointsItem = {
    "id": "echo",
    "type": "PY_FUNCTION",
    "userFunctionName": "echo",
    "code": "def echo(message):\n    return {'echo': message}\n",
    "testQueries": [{"q": {"message": "hello"}}],
}


def api_service_tour(client: DSSClient, project_key: str, heavy: Heavy) -> None:
    """Design an API service, package it and, when allowed, publish it and deploy it."""
    service = client.get_project(project_key).create_api_service("dssclient_tour")
    settings = service.get_settings()
    settings.endpoints.append(ECHO_ENDPOINT.copy())
    settings.save()
    service.create_package("v1", release_notes="Made by the dssclient tour")
    packaged = service.get_package_summary("v1")
    endpoints = [e["id"] for e in packaged.get("endpoints", [])] or [e["id"] for e in settings.endpoints]
    print(f"7. Designed API service 'dssclient_tour' with endpoint(s) {endpoints}, packaged as v1")
    if heavy.api_infra is None:
        print("8. Skipped publishing and deploying it (set DSS_TOUR_API_INFRA to an infrastructure to deploy on)")
        return

    deployer = client.get_apideployer()
    published_id = f"{project_key.lower()}_service"
    deployment_id = f"{published_id}-on-{heavy.api_infra}"
    service.publish_package("v1", published_service_id=published_id)
    print(f"8. Published v1 to the API Deployer as {published_id!r}")
    infra = deployer.get_infra(heavy.api_infra)
    try:
        if heavy.create_infra:
            infra = deployer.create_infra(heavy.api_infra, "Development", "STATIC")
            infra_settings = infra.get_settings()
            infra_settings.add_apinode("http://apinode.example:12000", secrets.token_urlsafe(12))
            infra_settings.save()
        deployment = deployer.create_deployment(deployment_id, published_id, heavy.api_infra, "v1")
        try:
            print(f"9. Deploying it on infrastructure {heavy.api_infra!r}:")
            try:
                deployment.start_update().wait_for_result(timeout=600, progress=True)
            except FutureFailedError as failure:
                print(f"   the update failed: {failure}")
            status = deployment.get_status()
            messages = [m.get("message", "") for m in status.get_health_messages().get("messages", [])]
            print(f"   health: {status.get_health()}" + (f" ({'; '.join(messages)})" if messages else ""))
            with contextlib.suppress(ValueError):
                print(f"   answers at {', '.join(status.get_service_urls())}")
        finally:
            deployment.delete(disable_first=True)
    finally:
        deployer.get_service(published_id).delete()
        if heavy.create_infra:
            infra.delete()
        print("   removed the deployment and the published service")


def main() -> int:
    with connect() as (client, heavy):
        template_id = heavy.template_id
        info = client.get_instance_info()
        me = client.get_auth_info()["authIdentifier"]
        print(f"1. Connected to {info.node_name!r} ({info.node_type}) as {me!r}")

        project_key = f"DSSCLIENT_TOUR_{secrets.token_hex(3).upper()}"
        project = client.create_project(project_key, "dssclient tour", owner=me, description="Made by the tour")
        print(f"2. Created project {project_key}; the instance has {len(client.list_project_keys())} projects")
        try:
            dataset = project.create_dataset(
                "customers",
                "Filesystem",
                params={"connection": "filesystem_managed", "path": f"{project_key}/customers"},
                formatType="csv",
                formatParams={"separator": ",", "style": "excel"},
            )
            dataset.set_schema({"columns": [{"name": "id", "type": "bigint"}, {"name": "email", "type": "string"}]})
            columns = [f"{c['name']}:{c['type']}" for c in dataset.get_schema()["columns"]]
            print(f"3. Created dataset 'customers' with schema {columns}")

            settings = dataset.get_settings()
            settings.get_raw()["description"] = "Customers, one row each"
            settings.add_raw_schema_column({"name": "country", "type": "string"})
            settings.save()
            reread = dataset.get_settings().get_raw()
            print(
                f"4. Edited and saved its settings: description={reread['description']!r}, "
                f"{len(reread['schema']['columns'])} columns"
            )

            project_settings = project.get_settings()
            project_settings.set_python_code_env(None)
            project_settings.save()
            print("5. Saved the project's settings (builtin Python environment)")

            if template_id is None:
                print("6. Skipped building a code studio template (set DSS_TOUR_TEMPLATE to build one)")
            else:
                print(f"6. Building code studio template {template_id!r}:")
                future = client.get_code_studio_template(template_id).build()
                try:
                    future.wait_for_result(timeout=600, progress=True)
                    built = next(t for t in client.list_code_studio_templates() if t.id == template_id)
                    print(f"   built for {built.build_for_configs} at {built.last_built}")
                except FutureFailedError as failure:
                    print(f"   the build failed: {failure}")

            api_service_tour(client, project_key, heavy)
            automation_tour(project)
        finally:
            project.delete(clear_managed_datasets=True)
            print(f"10. Deleted project {project_key}")
    print("Tour complete.")
    return 0


# -- project automation: upload, detect, recipe, build, metrics, checks, scenario ----------------

SALES_CSV = b"""day,country,amount
2024-05-01,FR,120.5
2024-05-01,US,80
2024-05-02,FR,42
2024-05-02,DE,17.25
2024-05-03,US,300
"""


def automation_tour(project: DSSProject) -> None:
    """The everyday automation loop: data in, a recipe, a build, metrics and checks, a scenario run."""
    print("Project automation:")
    sales = project.create_upload_dataset("sales")
    sales.uploaded_add_file(io.BytesIO(SALES_CSV), "sales.csv")
    settings = sales.autodetect_settings(infer_storage_types=True, timeout=120)
    settings.save()
    columns = [f"{c['name']}:{c['type']}" for c in sales.get_schema()["columns"]]
    print(f"   a. Uploaded sales.csv into 'sales'; detected {columns}")

    recipe = (
        project.new_recipe("grouping", "sales_by_country")
        .with_input("sales")
        .with_new_output("sales_by_country", "filesystem_managed")
        .with_group_key("country")
        .create()
    )
    grouping = recipe.get_settings()
    grouping.set_column_aggregations("amount", sum=True)
    grouping.save()
    recipe.compute_schema_updates().apply()
    output = project.get_dataset("sales_by_country")
    job = output.build(timeout=600)
    print(f"   b. Built 'sales_by_country' with a grouping recipe (job {job.id}):")
    for country, total, count in output.iter_rows():
        print(f"        {country}: {count} sales, {total:g} in total")

    output.compute_metrics()
    records = output.get_last_metric_values().get_global_value("records:COUNT_RECORDS")
    definition = output.get_settings()
    definition.get_raw()["metricsChecks"] = {
        "checks": [
            {
                "type": "numericRange",
                "meta": {"name": "at least two countries"},
                "metricId": "records:COUNT_RECORDS",
                "minimum": 2,
                "minimumEnabled": True,
            }
        ]
    }
    definition.save()
    outcomes = [result["value"]["outcome"] for result in output.run_checks()["results"]]
    print(f"   c. Metrics: {records} records; checks: {outcomes}")

    scenario = project.create_scenario("Refresh sales", "step_based")
    steps = scenario.get_settings()
    steps.raw_steps.append(
        {
            "type": "build_flowitem",
            "name": "Rebuild sales_by_country",
            "params": {
                "builds": [{"type": "DATASET", "itemId": "sales_by_country"}],
                "jobType": "RECURSIVE_FORCED_BUILD",
            },
        }
    )
    steps.raw_steps.append(
        {
            "type": "check_dataset",
            "name": "Check it",
            "params": {"checks": [{"type": "DATASET", "itemId": "sales_by_country"}]},
        }
    )
    steps.save()
    run = scenario.run_and_wait(timeout=600)
    assert run is not None
    step_outcomes = [step.outcome for step in run.get_details().steps]
    print(f"   d. Ran scenario {scenario.id!r}: {run.outcome} (steps: {step_outcomes}) in {run.duration:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
