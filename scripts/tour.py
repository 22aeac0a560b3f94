#!/usr/bin/env python3
"""A short tour of dssclient: projects, datasets, schemas, settings and a long task.

Runs against a real DSS when one is configured the way Dataiku's own packages find
it (the environment variables DKU_DSS_URL and DKU_API_KEY, or ~/.dataiku/config.json),
and otherwise against an emulator started in this process:

    DKU_DSS_URL=https://dss.example.com DKU_API_KEY=... python scripts/tour.py

On a real DSS the tour creates a project named DSSCLIENT_TOUR_<random> and
deletes it at the end. It builds a code studio template only if you name one
in DSS_TOUR_TEMPLATE (a build is heavy on a real instance); on the emulator it
builds the first template.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a clone without installing

from dssclient import ConfigurationError, DSSClient, FutureFailedError, PollingSchedule, api_client  # noqa: E402


@contextlib.contextmanager
def connect() -> Iterator[tuple[DSSClient, str | None]]:
    """A client on the configured DSS, or on a fresh emulator; and the template to build, if any."""
    try:
        configured = api_client()
    except ConfigurationError:
        configured = None
    if configured is not None:
        print(f"Using the DSS at {configured.host}")
        with configured as client:
            yield client, os.environ.get("DSS_TOUR_TEMPLATE")
        return
    from dssclient.emulator import Emulator, EmulatorConfig

    config = EmulatorConfig(admin_api_key=secrets.token_urlsafe(16), build_seconds=1.5)
    with Emulator(config) as emulator:
        print(f"No DSS configured (DKU_DSS_URL and DKU_API_KEY, or ~/.dataiku/config.json): emulator at {emulator.url}")
        with DSSClient(emulator.url, config.admin_api_key, future_polling=PollingSchedule(initial=0.1)) as client:
            yield client, client.list_code_studio_templates()[0].id


def main() -> int:
    with connect() as (client, template_id):
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
        finally:
            project.delete(clear_managed_datasets=True)
            print(f"7. Deleted project {project_key}")
    print("Tour complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
