"""The realistic default content of a fresh emulated instance."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

DAY_MS = 24 * 3600 * 1000


def default_project_settings(project_key: str, name: str, owner: str) -> dict[str, Any]:
    """What DSS returns as the settings of a newly created project."""
    return {
        "projectKey": project_key,
        "name": name,
        "owner": owner,
        "settings": {
            "codeEnvs": {
                # A new project runs its code in the env the instance chooses by default.
                "python": {"mode": "INHERIT", "useBuiltinEnv": True},
                "r": {"mode": "INHERIT", "useBuiltinEnv": True},
            },
            "container": {"containerMode": "NONE"},
            "flowBuildSettings": {
                "mergeSparkPipelines": True,
                "mergeSqlPipelines": False,
                "pruneBeforeSparkPipelines": True,
                "mergeImpalaPipelines": False,
                "mergeHiveMRPipelines": False,
                "mergeHiveTezPipelines": False,
                "mergeHiveSparkPipelines": False,
            },
        },
        "exposedObjects": {"objects": []},
    }


def default_metadata(label: str, description: str | None = None, tags: Sequence[str] = ()) -> dict[str, Any]:
    """Metadata of a new project or dataset."""
    metadata: dict[str, Any] = {
        "label": label,
        "description": description if description is not None else "",
        "shortDesc": "",
        "tags": list(tags),
        "checklists": {"checklists": []},
        "custom": {"kv": {}},
    }
    return metadata


def default_dataset_metrics() -> dict[str, Any]:
    """The metrics settings (``metrics``) DSS gives a new dataset.

    The shape is a real DSS dataset's (an export of DSS 5's settings): the ``basic`` probe computed
    on each build, ``records`` on demand only, and what the Status tab shows. Later versions may
    add engines to ``engineConfig`` (Spark); the emulator keeps to what was seen.
    """
    return {
        "probes": [
            {
                "type": "basic",
                "enabled": True,
                "computeOnBuildMode": "PARTITION",
                "meta": {"name": "Basic data", "level": 0},
                "configuration": {},
            },
            {
                "type": "records",
                "enabled": True,
                "computeOnBuildMode": "NO",
                "meta": {"name": "Record count", "level": 0},
                "configuration": {},
            },
        ],
        "engineConfig": {
            "padRunsWithMetrics": False,
            "hive": {"active": True, "extraConf": []},
            "basic": {},
            "dss": {
                "active": True,
                "selection": {
                    "useMemTable": False,
                    "filter": {"distinct": False, "enabled": False},
                    "partitionSelectionMethod": "ALL",
                    "latestPartitionsN": 1,
                    "ordering": {"enabled": False, "rules": []},
                    "samplingMethod": "FULL",
                    "maxRecords": -1,
                    "targetRatio": 0.02,
                    "withinFirstN": -1,
                    "maxReadUncompressedBytes": -1,
                },
            },
            "sql": {"active": True},
            "impala": {"active": True},
            "python": {},
        },
        "displayedState": {
            "columns": [],
            "metrics": ["basic:COUNT_COLUMNS", "basic:COUNT_FILES", "basic:SIZE", "records:COUNT_RECORDS"],
        },
    }


def default_dataset_metrics_checks() -> dict[str, Any]:
    """The checks settings (``metricsChecks``) DSS gives a new dataset: none, not run on build."""
    return {"runOnBuild": False, "checks": [], "displayedState": {"checks": []}}


def default_dataset_monitoring() -> dict[str, dict[str, Any]]:
    """A new dataset's ``metrics`` and ``metricsChecks`` settings."""
    return {"metrics": default_dataset_metrics(), "metricsChecks": default_dataset_metrics_checks()}


def default_code_studio_templates(container_confs: Sequence[str], now: int) -> list[dict[str, Any]]:
    """Three templates: one built for every container conf, one for a single conf, one never built.

    "lastBuilt" is the emulator's seeding convention (see EmulatorConfig.code_studio_templates).
    """
    first_conf = list(container_confs[:1])
    templates: list[dict[str, Any]] = [
        {
            "id": "vscode",
            "label": "VS Code",
            "type": "block_based",
            "description": "VS Code server with the project's Python code environment",
            "icon": "fas fa-code",
            "allContainerConfs": True,
            "containerConfs": [],
            "params": {
                "blocks": [
                    {"type": "vs_code", "params": {"port": 8080, "extensions": ["ms-python.python"]}},
                    {"type": "add_codenv", "params": {"codeEnvMode": "PROJECT_DEFAULT"}},
                ],
                "baseImageType": "DEFAULT",
            },
            "lastBuilt": now - 2 * DAY_MS,
        },
        {
            "id": "jupyterlab",
            "label": "JupyterLab",
            "type": "block_based",
            "description": "JupyterLab with the instance's default Python environment",
            "icon": "fas fa-book",
            "allContainerConfs": False,
            "containerConfs": first_conf,
            "params": {
                "blocks": [{"type": "jupyterlab", "params": {"port": 8888}}],
                "baseImageType": "DEFAULT",
            },
            "lastBuilt": now - DAY_MS,
        },
        {
            "id": "rstudio",
            "label": "RStudio Server",
            "type": "manual",
            "description": "RStudio Server, from a hand-written Dockerfile",
            "icon": "fab fa-r-project",
            "allContainerConfs": False,
            "containerConfs": [],
            "params": {"dockerfile": "FROM rocker/rstudio:4.4\n", "port": 8787},
        },
    ]
    return copy.deepcopy(templates)
