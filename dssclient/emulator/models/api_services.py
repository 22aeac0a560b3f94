"""API services of projects (the API Designer), and their packages.

A package freezes the service's settings at the time it is made into a zip archive
(``api_packages``); publishing it hands a copy to the API Deployer. Hold
``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from dssclient._json import is_array, is_mapping, is_object

from ..errors import bad_request, conflict, not_found
from ..state import DSSState, user_tag
from .api_packages import PackageContent, build_archive

# Identifiers as DSS accepts them.
SERVICE_ID = re.compile(r"[A-Za-z0-9_-]+")
PACKAGE_ID = re.compile(r"(?!\.)[A-Za-z0-9_.-]+")
PUBLISHED_SERVICE_ID = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass
class Package:
    id: str
    created_on: int
    created_by: str
    release_notes: str | None
    archive: bytes
    content: PackageContent
    published_to: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])

    def item(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": self.id,
            "createdOn": self.created_on,
            "createdBy": self.created_by,
            "size": len(self.archive),
        }
        if self.release_notes is not None:
            item["releaseNotes"] = self.release_notes
        return item


@dataclass
class ApiService:
    settings: dict[str, Any]
    packages: dict[str, Package] = field(default_factory=dict[str, Package])

    def endpoints(self) -> list[dict[str, Any]]:
        endpoints = self.settings.get("endpoints")
        return [e for e in endpoints if is_object(e)] if is_array(endpoints) else []

    def auth_method(self) -> str:
        method = self.settings.get("authMethod")
        if isinstance(method, str) and method:
            return method
        return "PUBLIC" if self.settings.get("publicAccess") is True else "API_KEYS"

    def list_item(self, project_key: str, service_id: str) -> dict[str, Any]:
        name = self.settings.get("name")
        return {
            "projectKey": project_key,
            "id": service_id,
            "name": name if isinstance(name, str) and name else service_id,
            "authMethod": self.auth_method(),
            "publicAccess": self.auth_method() == "PUBLIC",
            "endpoints": [{"id": e.get("id"), "type": e.get("type")} for e in self.endpoints()],
        }


class ApiServices:
    """Every project's API services."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.services: dict[str, dict[str, ApiService]] = {}

    def forget_project(self, project_key: str) -> None:
        # Versions already published are copies on the deployer: they stay.
        self.services.pop(project_key, None)

    def create(self, project_key: str, service_id: str, creator: str, when: int) -> ApiService:
        if not SERVICE_ID.fullmatch(service_id):
            raise bad_request(f"Invalid API service id {service_id!r}: use letters, digits, '_' and '-'")
        services = self.services.setdefault(project_key, {})
        if service_id in services:
            raise conflict(f"API service {project_key}.{service_id} already exists")
        created = user_tag(creator, when)
        settings: dict[str, Any] = {
            "projectKey": project_key,
            "id": service_id,
            "name": service_id,
            "authMethod": "API_KEYS",
            "publicAccess": False,
            "authRealm": {"queryKeys": []},
            "endpoints": [],
            "tags": [],
            "creationTag": created,
            "versionTag": copy.deepcopy(created),
        }
        service = services[service_id] = ApiService(settings)
        return service

    def get(self, project_key: str, service_id: str) -> ApiService:
        service = self.services.get(project_key, {}).get(service_id)
        if service is None:
            raise not_found(f"API service does not exist: {project_key}.{service_id}")
        return service

    def save(self, project_key: str, service_id: str, body: dict[str, Any]) -> None:
        service = self.get(project_key, service_id)
        seen: set[str] = set()
        endpoints = body.get("endpoints")
        for endpoint in endpoints if is_array(endpoints) else []:
            endpoint_id = endpoint["id"]
            if endpoint_id in seen:
                raise bad_request(f"API service {service_id} has two endpoints with the id {endpoint_id!r}")
            seen.add(endpoint_id)
        service.settings = copy.deepcopy(body)

    def create_package(
        self,
        project_key: str,
        service_id: str,
        package_id: str,
        release_notes: str | None,
        creator: str,
        when: int,
        dss_version: str,
    ) -> Package:
        service = self.get(project_key, service_id)
        if not PACKAGE_ID.fullmatch(package_id):
            raise bad_request(
                f"Invalid package id {package_id!r}: use letters, digits, '_', '.' and '-', not starting with '.'"
            )
        if package_id in service.packages:
            raise conflict(f"API service {project_key}.{service_id} already has a package {package_id}")
        snapshot = copy.deepcopy(service.settings)
        meta: dict[str, Any] = {
            "projectKey": project_key,
            "serviceId": service_id,
            "version": package_id,
            "createdOn": when,
            "createdBy": creator,
            "dssVersion": dss_version,
        }
        if release_notes is not None:
            meta["releaseNotes"] = release_notes
        archive = build_archive(meta, snapshot)
        package = Package(package_id, when, creator, release_notes, archive, PackageContent(meta, snapshot))
        service.packages[package_id] = package
        return package

    def package(self, project_key: str, service_id: str, package_id: str) -> Package:
        package = self.get(project_key, service_id).packages.get(package_id)
        if package is None:
            raise not_found(f"Package {package_id} of API service {project_key}.{service_id} does not exist")
        return package

    def delete_package(self, project_key: str, service_id: str, package_id: str) -> None:
        self.package(project_key, service_id, package_id)
        del self.get(project_key, service_id).packages[package_id]

    def summary(self, project_key: str, service_id: str, package_id: str) -> dict[str, Any]:
        package = self.package(project_key, service_id, package_id)
        endpoints = package.content.service.get("endpoints")
        summary = {
            **package.item(),
            "projectKey": project_key,
            "serviceId": service_id,
            "endpoints": [
                {"id": e.get("id"), "type": e.get("type")}
                for e in (endpoints if is_array(endpoints) else [])
                if is_mapping(e)
            ],
            "publishedTo": copy.deepcopy(package.published_to),
        }
        return summary
