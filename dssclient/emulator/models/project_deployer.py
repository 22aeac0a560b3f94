"""The project deployer: stages, infrastructures, published projects with their bundles, deployments.

A deployment binds a published bundle to an infrastructure; an update deploys it on the
infrastructure's automation node (the infrastructure's ``automationNodeUrl``: an update on
an infrastructure without one fails, as it would in DSS) and is recorded in the deployment's
history. Health follows: never updated or changed since: OUT_OF_SYNC; last update failed:
ERROR; else HEALTHY. Deleting what a deployment uses is refused.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import bad_request, conflict, not_found
from ..state import DSSState

DEFAULT_STAGES = ("Development", "Test", "Production")
GOVERN_CHECK_POLICIES = ("PREVENT", "WARN", "NO_CHECK")


@dataclass
class PublishedBundle:
    bundle_id: str
    path: Path
    manifest: dict[str, Any]
    published_on: int
    published_by: str

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.bundle_id,
            "publishedOn": self.published_on,
            "publishedBy": self.published_by,
            "exportManifest": copy.deepcopy(self.manifest),
        }


@dataclass
class PublishedProject:
    key: str
    settings: dict[str, Any]
    bundles: OrderedDict[str, PublishedBundle] = field(default_factory=OrderedDict[str, PublishedBundle])

    def bundle(self, bundle_id: str) -> PublishedBundle:
        found = self.bundles.get(bundle_id)
        if found is None:
            raise not_found(f"Bundle {bundle_id} does not exist in published project {self.key}")
        return found


@dataclass
class Infra:
    infra_id: str
    settings: dict[str, Any]

    def basic_info(self) -> dict[str, Any]:
        return {
            "id": self.infra_id,
            "stage": self.settings.get("stage"),
            "governCheckPolicy": self.settings.get("governCheckPolicy", "NO_CHECK"),
        }


@dataclass
class Deployment:
    deployment_id: str
    settings: dict[str, Any]
    # Most recent first: each {startTimestamp, endTimestamp, type, status, requester, logs: {lines}}.
    updates: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    deployed_bundle_id: str | None = None
    deployed_settings: dict[str, Any] | None = None

    @property
    def infra_id(self) -> str:
        value: str = self.settings["infraId"]
        return value

    @property
    def published_project_key(self) -> str:
        value: str = self.settings["publishedProjectKey"]
        return value

    def basic_info(self) -> dict[str, Any]:
        info = {key: copy.deepcopy(self.settings.get(key)) for key in ("publishedProjectKey", "infraId", "bundleId")}
        info["id"] = self.deployment_id
        info["deployedProjectKey"] = self.settings.get("deployedProjectKey") or self.published_project_key
        return info

    def health(self) -> tuple[str, list[dict[str, Any]]]:
        if self.updates and self.updates[0]["status"] == "FAILED":
            lines = self.updates[0].get("logs", {}).get("lines", [])
            return "ERROR", [{"severity": "ERROR", "isFatal": True, "message": line} for line in lines[-1:]]
        if self.deployed_settings is None:
            return "OUT_OF_SYNC", [{"severity": "WARNING", "isFatal": False, "message": "Never deployed"}]
        if self.deployed_settings != self.settings:
            message = "The settings changed since the last update"
            return "OUT_OF_SYNC", [{"severity": "WARNING", "isFatal": False, "message": message}]
        return "HEALTHY", []


class ProjectDeployer:
    """The project deployer's objects (a ``DSSState`` extension). Call its methods with ``state.lock`` held."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.stages: list[dict[str, Any]] = [{"id": stage, "desc": ""} for stage in DEFAULT_STAGES]
        self.infras: OrderedDict[str, Infra] = OrderedDict()
        self.projects: OrderedDict[str, PublishedProject] = OrderedDict()
        self.deployments: OrderedDict[str, Deployment] = OrderedDict()

    # -- infrastructures ---------------------------------------------------------

    def infra(self, infra_id: str) -> Infra:
        found = self.infras.get(infra_id)
        if found is None:
            raise not_found(f"Infrastructure does not exist: {infra_id}")
        return found

    def create_infra(self, infra_id: str, stage: str, policy: str) -> Infra:
        if infra_id in self.infras:
            raise conflict(f"Infrastructure {infra_id} already exists")
        self._check_infra_settings(stage, policy)
        infra = Infra(infra_id, {"id": infra_id, "stage": stage, "governCheckPolicy": policy, "permissions": []})
        self.infras[infra_id] = infra
        return infra

    def save_infra_settings(self, infra_id: str, settings: dict[str, Any]) -> None:
        infra = self.infra(infra_id)
        if settings.get("id") not in (None, infra_id):
            raise bad_request(f"Saving cannot rename infrastructure {infra_id}")
        self._check_infra_settings(settings.get("stage"), settings.get("governCheckPolicy", "NO_CHECK"))
        infra.settings = copy.deepcopy(settings)

    def delete_infra(self, infra_id: str) -> None:
        self.infra(infra_id)
        users = [d.deployment_id for d in self.deployments.values() if d.infra_id == infra_id]
        if users:
            raise bad_request(f"Infrastructure {infra_id} is used by deployments: {', '.join(users)}")
        del self.infras[infra_id]

    def infra_status(self, infra: Infra) -> dict[str, Any]:
        deployments = [d.basic_info() for d in self.deployments.values() if d.infra_id == infra.infra_id]
        return {"infraBasicInfo": infra.basic_info(), "deployments": deployments, "canDeploy": True}

    def _check_infra_settings(self, stage: Any, policy: Any) -> None:
        if stage not in [s["id"] for s in self.stages]:
            raise bad_request(f"Unknown stage {stage!r}: the stages are {', '.join(s['id'] for s in self.stages)}")
        if policy not in GOVERN_CHECK_POLICIES:
            raise bad_request(f"Unknown governCheckPolicy {policy!r}: use {', '.join(GOVERN_CHECK_POLICIES)}")

    # -- published projects ---------------------------------------------------------

    def project(self, key: str) -> PublishedProject:
        found = self.projects.get(key)
        if found is None:
            raise not_found(f"Published project does not exist: {key}")
        return found

    def create_project(self, key: str, owner: str) -> PublishedProject:
        if key in self.projects:
            raise conflict(f"Published project {key} already exists")
        project = PublishedProject(key, {"id": key, "owner": owner, "permissions": []})
        self.projects[key] = project
        return project

    def project_status(self, project: PublishedProject) -> dict[str, Any]:
        deployments = [d for d in self.deployments.values() if d.published_project_key == project.key]
        infra_ids = list(dict.fromkeys(d.infra_id for d in deployments))
        return {
            "projectBasicInfo": {"id": project.key, "name": project.key},
            "packages": [bundle.summary() for bundle in project.bundles.values()],
            "deployments": [d.basic_info() for d in deployments],
            "infras": [self.infras[i].basic_info() for i in infra_ids if i in self.infras],
            "canDeploy": True,
        }

    def add_bundle(self, project: PublishedProject, bundle: PublishedBundle) -> None:
        if bundle.bundle_id in project.bundles:
            raise conflict(f"Bundle {bundle.bundle_id} is already published in project {project.key}")
        project.bundles[bundle.bundle_id] = bundle

    def delete_bundle(self, key: str, bundle_id: str) -> None:
        project = self.project(key)
        bundle = project.bundle(bundle_id)
        users = [
            d.deployment_id
            for d in self.deployments.values()
            if d.published_project_key == key and bundle_id in (d.settings.get("bundleId"), d.deployed_bundle_id)
        ]
        if users:
            raise bad_request(f"Bundle {bundle_id} of {key} is used by deployments: {', '.join(users)}")
        del project.bundles[bundle_id]
        bundle.path.unlink(missing_ok=True)

    def delete_project(self, key: str) -> None:
        project = self.project(key)
        users = [d.deployment_id for d in self.deployments.values() if d.published_project_key == key]
        if users:
            raise bad_request(f"Published project {key} is used by deployments: {', '.join(users)}")
        for bundle in project.bundles.values():
            bundle.path.unlink(missing_ok=True)
        del self.projects[key]

    # -- deployments ------------------------------------------------------------------

    def deployment(self, deployment_id: str) -> Deployment:
        found = self.deployments.get(deployment_id)
        if found is None:
            raise not_found(f"Deployment does not exist: {deployment_id}")
        return found

    def create_deployment(self, settings: dict[str, Any]) -> Deployment:
        deployment_id = settings["id"]
        if deployment_id in self.deployments:
            raise conflict(f"Deployment {deployment_id} already exists")
        self._check_deployment_settings(settings)
        deployment = Deployment(deployment_id, copy.deepcopy(settings))
        self.deployments[deployment_id] = deployment
        return deployment

    def save_deployment_settings(self, deployment_id: str, settings: dict[str, Any]) -> None:
        deployment = self.deployment(deployment_id)
        if settings.get("id") not in (None, deployment_id):
            raise bad_request(f"Saving cannot rename deployment {deployment_id}")
        merged = {**settings, "id": deployment_id}
        self._check_deployment_settings(merged)
        deployment.settings = copy.deepcopy(merged)

    def light_status(self, deployment: Deployment) -> dict[str, Any]:
        status: dict[str, Any] = {"deploymentBasicInfo": deployment.basic_info()}
        project = self.projects.get(deployment.published_project_key)
        if project is not None:
            status["projectBasicInfo"] = {"id": project.key, "name": project.key}
        infra = self.infras.get(deployment.infra_id)
        if infra is not None:
            status["infraBasicInfo"] = infra.basic_info()
        return status

    def heavy_status(self, deployment: Deployment) -> dict[str, Any]:
        health, messages = deployment.health()
        status: dict[str, Any] = {
            "health": health,
            "healthMessages": {
                "messages": messages,
                "anyMessage": bool(messages),
                "warning": any(m["severity"] == "WARNING" for m in messages),
                "error": any(m["severity"] == "ERROR" for m in messages),
            },
        }
        if deployment.deployed_bundle_id is not None:
            status["deployedBundleId"] = deployment.deployed_bundle_id
        return status

    def _check_deployment_settings(self, settings: dict[str, Any]) -> None:
        for required in ("publishedProjectKey", "infraId", "bundleId"):
            if not isinstance(settings.get(required), str) or not settings[required]:
                raise bad_request(f"A deployment needs a {required}")
        self.infra(settings["infraId"])
        self.project(settings["publishedProjectKey"]).bundle(settings["bundleId"])


def update_entry(start: int, end: int, requester: str, succeeded: bool, lines: list[str]) -> dict[str, Any]:
    return {
        "startTimestamp": start,
        "endTimestamp": end,
        "type": "UPDATE",
        "status": "SUCCESS" if succeeded else "FAILED",
        "requester": requester,
        "logs": {"lines": lines},
    }
