"""The API Deployer: infrastructures, published services and their versions, deployments.

A deployment binds versions of a published service (its ``generationsMapping``) to an
infrastructure. Its settings are what should run; what the infrastructure runs changes
only when an update (a long task) succeeds, and is recorded in ``Deployment.deployed``.
The health of a deployment compares the two: a deployment never updated, or whose
settings changed since, is OUT_OF_SYNC; one on a STATIC infrastructure without API
nodes is in ERROR (nothing can serve it). Every update, successful or not, is kept in
the deployment's history. Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dssclient._json import is_array, is_mapping, is_object

from ..errors import UNAUTHORIZED, DSSError, bad_request, conflict, forbidden, not_found
from ..futures import Future
from ..state import DSSState, User, user_tag
from .api_packages import PackageContent

STAGES: tuple[tuple[str, str], ...] = (
    ("Development", "Development"),
    ("Test", "Test"),
    ("Production", "Production"),
)
INFRA_TYPES = ("STATIC", "K8S", "AZURE_ML", "SAGEMAKER", "SNOWPARK", "VERTEX_AI", "DATABRICKS")
# Infrastructures of external platforms ("Deploy Anywhere"): they serve one endpoint each.
DEPLOY_ANYWHERE_TYPES = ("AZURE_ML", "SAGEMAKER", "SNOWPARK", "VERTEX_AI", "DATABRICKS")
GOVERN_POLICIES = ("PREVENT", "WARN", "NO_CHECK")
SINGLE_GENERATION = "SINGLE_GENERATION"
MULTI_GENERATION_MODES = ("MULTI_GENERATION_RANDOM", "MULTI_GENERATION_HASH_BASED")
# Endpoint types that serve a saved model, whose versions Dataiku Govern may have to approve.
MODEL_ENDPOINT_TYPES = (
    "STD_PREDICTION",
    "STD_MULTITARGET_PREDICTION",
    "STD_CLUSTERING",
    "STD_FORECAST",
    "STD_CAUSAL_PREDICTION",
)

HEALTHY, OUT_OF_SYNC, ERROR, UNKNOWN = "HEALTHY", "OUT_OF_SYNC", "ERROR", "UNKNOWN"
INFO, WARNING, SEVERITY_ERROR = "INFO", "WARNING", "ERROR"


def info_messages(messages: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """DSS's InfoMessages: the messages, and flags for their worst severity."""
    order = [INFO, "SUCCESS", WARNING, SEVERITY_ERROR]
    worst = max((m["severity"] for m in messages), key=order.index, default=None)
    answer: dict[str, Any] = {
        "messages": [dict(m) for m in messages],
        "anyMessage": bool(messages),
        "success": worst == "SUCCESS",
        "warning": worst == WARNING,
        "error": worst == SEVERITY_ERROR,
    }
    if worst is not None:
        answer["maxSeverity"] = worst
    return answer


def message(severity: str, code: str, title: str, text: str) -> dict[str, Any]:
    return {"severity": severity, "code": code, "title": title, "message": text, "isFatal": False}


def _rights(user: User, permissions: Any, *kinds: str) -> bool:
    """Whether a permission entry naming the user (or one of their groups) grants one of ``kinds``."""
    for entry in permissions if is_array(permissions) else []:
        if not is_mapping(entry):
            continue
        if entry.get("user") == user.login or entry.get("group") in user.groups:
            if any(entry.get(kind) is True for kind in kinds):
                return True
    return False


# -- infrastructures --------------------------------------------------------------------------------


@dataclass
class Infra:
    settings: dict[str, Any]

    @property
    def id(self) -> str:
        infra_id: str = self.settings["id"]
        return infra_id

    @property
    def type(self) -> str:
        infra_type: str = self.settings["type"]
        return infra_type

    @property
    def policy(self) -> str:
        policy = self.settings.get("governCheckPolicy")
        return policy if isinstance(policy, str) else "NO_CHECK"

    def node_urls(self) -> list[str]:
        nodes = self.settings.get("apiNodes")
        return [
            node["url"]
            for node in (nodes if is_array(nodes) else [])
            if is_mapping(node) and isinstance(node.get("url"), str)
        ]

    def readable_by(self, user: User) -> bool:
        return user.admin or _rights(user, self.settings.get("permissions"), "read", "deploy", "admin")

    def deployable_by(self, user: User) -> bool:
        return user.admin or _rights(user, self.settings.get("permissions"), "deploy", "admin")

    def administrable_by(self, user: User) -> bool:
        return user.admin or _rights(user, self.settings.get("permissions"), "admin")

    def basic_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"id": self.id, "type": self.type, "governCheckPolicy": self.policy}
        if isinstance(self.settings.get("stage"), str):
            info["stage"] = self.settings["stage"]
        if self.type == "STATIC":
            info["apiNodeUrls"] = self.node_urls()
        return info


# -- published services -----------------------------------------------------------------------------


@dataclass
class PublishedVersion:
    id: str
    published_on: int
    published_by: str
    archive: bytes
    content: PackageContent

    def endpoints(self) -> list[dict[str, Any]]:
        endpoints = self.content.service.get("endpoints")
        return [e for e in endpoints if is_object(e)] if is_array(endpoints) else []

    def summary(self) -> dict[str, Any]:
        design = {
            key: self.content.meta[key]
            for key in ("projectKey", "serviceId", "createdOn", "createdBy", "releaseNotes")
            if self.content.meta.get(key) is not None
        }
        return {
            "id": self.id,
            "publishedOn": self.published_on,
            "publishedBy": self.published_by,
            "designNodeInfo": design,
            "endpoints": [{"id": e.get("id"), "type": e.get("type")} for e in self.endpoints()],
        }


@dataclass
class PublishedService:
    settings: dict[str, Any]
    versions: dict[str, PublishedVersion] = field(default_factory=dict[str, PublishedVersion])

    @property
    def id(self) -> str:
        service_id: str = self.settings["id"]
        return service_id

    @property
    def name(self) -> str:
        name = self.settings.get("name")
        return name if isinstance(name, str) and name else self.id

    def owned_by(self, user: User) -> bool:
        return self.settings.get("owner") == user.login

    def readable_by(self, user: User) -> bool:
        permissions = self.settings.get("permissions")
        return user.admin or self.owned_by(user) or _rights(user, permissions, "read", "write", "deploy")

    def writable_by(self, user: User) -> bool:
        return user.admin or self.owned_by(user) or _rights(user, self.settings.get("permissions"), "write")

    def deployable_by(self, user: User) -> bool:
        return user.admin or self.owned_by(user) or _rights(user, self.settings.get("permissions"), "deploy")

    def basic_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"id": self.id, "name": self.name}
        if isinstance(self.settings.get("owner"), str):
            info["owner"] = self.settings["owner"]
        return info


# -- deployments ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Deployed:
    """What an infrastructure runs for a deployment, as the last successful update left it."""

    mapping: Mapping[str, Any]
    endpoint_id: str | None
    nodes: tuple[str, ...]
    public_url: str | None

    def fingerprint(self) -> str:
        return json.dumps([self.mapping, self.endpoint_id, self.nodes], sort_keys=True)


@dataclass
class Deployment:
    settings: dict[str, Any]
    deployed: Deployed | None = None
    # Updates, oldest first; each keyed by its startTimestamp.
    updates: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    task: Future | None = None

    @property
    def id(self) -> str:
        deployment_id: str = self.settings["id"]
        return deployment_id

    @property
    def service_id(self) -> str:
        service_id: str = self.settings["publishedServiceId"]
        return service_id

    @property
    def infra_id(self) -> str:
        infra_id: str = self.settings["infraId"]
        return infra_id

    @property
    def enabled(self) -> bool:
        return self.settings.get("enabled") is True

    def mapping(self) -> dict[str, Any]:
        mapping = self.settings.get("generationsMapping")
        return dict(mapping) if is_mapping(mapping) else {}

    def endpoint_id(self) -> str | None:
        endpoint_id = self.settings.get("endpointId")
        return endpoint_id if isinstance(endpoint_id, str) else None

    def reference(self) -> dict[str, Any]:
        """The deployment as the statuses of infrastructures and services list it."""
        ref: dict[str, Any] = {
            "id": self.id,
            "type": "API_SERVICE",
            "publishedServiceId": self.service_id,
            "infraId": self.infra_id,
            "enabled": self.enabled,
        }
        mapping = self.settings.get("generationsMapping")
        if is_mapping(mapping):
            ref["generationsMapping"] = copy.deepcopy(dict(mapping))
        return ref


def mapped_versions(mapping: Mapping[str, Any]) -> list[str]:
    """The versions a generations mapping serves, in order; a 400 when the mapping is malformed."""
    mode = mapping.get("mode")
    if mode == SINGLE_GENERATION:
        generation = mapping.get("generation")
        if not isinstance(generation, str) or not generation:
            raise bad_request("generationsMapping: mode SINGLE_GENERATION needs a 'generation' (a version)")
        return [generation]
    if mode in MULTI_GENERATION_MODES:
        entries = mapping.get("entries")
        versions = [
            entry["generation"]
            for entry in (entries if is_array(entries) else [])
            if is_mapping(entry) and isinstance(entry.get("generation"), str)
        ]
        if not versions or len(versions) != len(entries or []):
            raise bad_request(f"generationsMapping: mode {mode} needs 'entries', each with a 'generation'")
        return versions
    raise bad_request(
        f"generationsMapping: unknown mode {mode!r} (one of {', '.join((SINGLE_GENERATION, *MULTI_GENERATION_MODES))})"
    )


class ApiDeployer:
    """The API Deployer of the instance."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.infras: dict[str, Infra] = {}
        self.services: dict[str, PublishedService] = {}
        self.deployments: dict[str, Deployment] = {}

    # -- lookups, with access rules -----------------------------------------------------------------

    def infra(self, infra_id: str, user: User) -> Infra:
        infra = self.infras.get(infra_id)
        if infra is None:
            raise not_found(f"Infrastructure does not exist: {infra_id}")
        if not infra.readable_by(user):
            raise forbidden(f"You may not see infrastructure {infra_id}", UNAUTHORIZED)
        return infra

    def administered_infra(self, infra_id: str, user: User) -> Infra:
        infra = self.infra(infra_id, user)
        if not infra.administrable_by(user):
            raise forbidden(f"You may not administer infrastructure {infra_id}", UNAUTHORIZED)
        return infra

    def service(self, service_id: str, user: User) -> PublishedService:
        service = self.services.get(service_id)
        if service is None:
            raise not_found(f"Published service does not exist: {service_id}")
        if not service.readable_by(user):
            raise forbidden(f"You may not see published service {service_id}", UNAUTHORIZED)
        return service

    def writable_service(self, service_id: str, user: User) -> PublishedService:
        service = self.service(service_id, user)
        if not service.writable_by(user):
            raise forbidden(f"You may not change published service {service_id}", UNAUTHORIZED)
        return service

    def version(self, service: PublishedService, version_id: str) -> PublishedVersion:
        version = service.versions.get(version_id)
        if version is None:
            raise not_found(f"Version {version_id} of published service {service.id} does not exist")
        return version

    def deployment(self, deployment_id: str, user: User) -> Deployment:
        deployment = self.deployments.get(deployment_id)
        if deployment is None:
            raise not_found(f"Deployment does not exist: {deployment_id}")
        service = self.services.get(deployment.service_id)
        if not (user.admin or (service is not None and service.readable_by(user))):
            raise forbidden(f"You may not see deployment {deployment_id}", UNAUTHORIZED)
        return deployment

    def managed_deployment(self, deployment_id: str, user: User) -> Deployment:
        """The deployment, if the user may deploy both its service and on its infrastructure."""
        deployment = self.deployment(deployment_id, user)
        service = self.services[deployment.service_id]
        infra = self.infras[deployment.infra_id]
        if not (service.deployable_by(user) and infra.deployable_by(user)):
            raise forbidden(f"You may not manage deployment {deployment_id}", UNAUTHORIZED)
        return deployment

    def deployments_of(self, *, infra_id: str | None = None, service_id: str | None = None) -> list[Deployment]:
        return [
            d
            for d in self.deployments.values()
            if (infra_id is None or d.infra_id == infra_id) and (service_id is None or d.service_id == service_id)
        ]

    # -- infrastructures ----------------------------------------------------------------------------------

    def create_infra(self, body: Mapping[str, Any]) -> Infra:
        infra_id = body["id"]
        if infra_id in self.infras:
            raise conflict(f"Infrastructure {infra_id} already exists")
        settings: dict[str, Any] = {
            "id": infra_id,
            "stage": body["stage"],
            "type": body["type"],
            "governCheckPolicy": body.get("governCheckPolicy", "NO_CHECK"),
            "apiNodes": [],
            "permissions": [],
        }
        infra = self.infras[infra_id] = Infra(settings)
        return infra

    def infra_status(self, infra: Infra, user: User) -> dict[str, Any]:
        return {
            "infraBasicInfo": infra.basic_info(),
            "deployments": [d.reference() for d in self.deployments_of(infra_id=infra.id)],
            "isAdmin": infra.administrable_by(user),
            "canDeploy": infra.deployable_by(user),
        }

    def save_infra(self, infra: Infra, body: dict[str, Any]) -> None:
        fields = {key: value for key, value in body.items() if value is not None}
        if fields.get("type", infra.type) != infra.type:
            raise bad_request(f"The type of infrastructure {infra.id} cannot change (it is {infra.type})")
        policy = fields.get("governCheckPolicy", infra.policy)
        if policy not in GOVERN_POLICIES:
            raise bad_request(f"Unknown governCheckPolicy {policy!r}: one of {', '.join(GOVERN_POLICIES)}")
        settings = copy.deepcopy(body)
        # DSS keeps what defines the infrastructure when the body leaves it out.
        settings.setdefault("id", infra.id)
        settings.setdefault("type", infra.type)
        infra.settings = settings

    def delete_infra(self, infra: Infra) -> None:
        used_by = self.deployments_of(infra_id=infra.id)
        if used_by:
            names = ", ".join(sorted(d.id for d in used_by))
            raise bad_request(f"Infrastructure {infra.id} still has deployments ({names}): delete them first")
        del self.infras[infra.id]

    # -- published services -------------------------------------------------------------------------------

    def create_service(self, service_id: str, owner: str, when: int) -> PublishedService:
        if service_id in self.services:
            raise conflict(f"Published service {service_id} already exists")
        created = user_tag(owner, when)
        settings: dict[str, Any] = {
            "id": service_id,
            "name": service_id,
            "owner": owner,
            "permissions": [],
            "creationTag": created,
            "versionTag": copy.deepcopy(created),
        }
        service = self.services[service_id] = PublishedService(settings)
        return service

    def service_status(self, service: PublishedService, user: User) -> dict[str, Any]:
        return {
            "serviceBasicInfo": service.basic_info(),
            "packages": [version.summary() for version in service.versions.values()],
            "deployments": [d.reference() for d in self.deployments_of(service_id=service.id)],
            "canWrite": service.writable_by(user),
        }

    def add_version(
        self, service: PublishedService, content: PackageContent, archive: bytes, login: str, when: int
    ) -> PublishedVersion:
        if content.version in service.versions:
            raise conflict(f"Published service {service.id} already has a version {content.version}")
        version = PublishedVersion(content.version, when, login, archive, content)
        service.versions[version.id] = version
        return version

    def publish(
        self, service_id: str, content: PackageContent, archive: bytes, user: User, when: int
    ) -> PublishedVersion:
        """Add a package from the API Designer as a version, creating the published service if needed."""
        service = self.services.get(service_id)
        if service is None:
            service = self.create_service(service_id, user.login, when)
        elif not service.writable_by(user):
            raise forbidden(f"You may not publish versions into published service {service_id}", UNAUTHORIZED)
        return self.add_version(service, content, archive, user.login, when)

    def delete_version(self, service: PublishedService, version_id: str) -> None:
        self.version(service, version_id)
        users = [d.id for d in self.deployments_of(service_id=service.id) if version_id in _versions_of(d)]
        if users:
            raise bad_request(
                f"Version {version_id} of {service.id} is used by deployments ({', '.join(sorted(users))})"
            )
        del service.versions[version_id]

    def delete_service(self, service: PublishedService) -> None:
        used_by = self.deployments_of(service_id=service.id)
        if used_by:
            names = ", ".join(sorted(d.id for d in used_by))
            raise bad_request(f"Published service {service.id} still has deployments ({names}): delete them first")
        del self.services[service.id]

    # -- deployments --------------------------------------------------------------------------------------------

    def create_deployment(self, body: Mapping[str, Any], user: User, ignore_warnings: bool) -> Deployment:
        deployment_id = body["deploymentId"]
        if deployment_id in self.deployments:
            raise conflict(f"Deployment {deployment_id} already exists")
        service = self.service(body["publishedServiceId"], user)
        infra = self.infra(body["infraId"], user)
        if not (service.deployable_by(user) and infra.deployable_by(user)):
            raise forbidden(f"You may not deploy {service.id} on {infra.id}", UNAUTHORIZED)
        version = self.version(service, body["version"])
        settings: dict[str, Any] = {
            "id": deployment_id,
            "publishedServiceId": service.id,
            "infraId": infra.id,
            "enabled": True,
            "generationsMapping": {"mode": SINGLE_GENERATION, "generation": version.id},
            "authorizationsToQueryThroughDeployer": list(body.get("authorizationsToQueryThroughDeployer") or []),
            "tags": [],
        }
        if infra.type in DEPLOY_ANYWHERE_TYPES:
            settings["endpointId"] = self._deploy_anywhere_endpoint(version, body.get("endpointId"))
        self.check_governance(infra, service, [version.id], ignore_warnings)
        deployment = self.deployments[deployment_id] = Deployment(settings)
        return deployment

    def _deploy_anywhere_endpoint(self, version: PublishedVersion, endpoint_id: Any) -> str:
        endpoint_ids = [str(e.get("id")) for e in version.endpoints()]
        if endpoint_id is None:
            if len(endpoint_ids) != 1:
                raise bad_request(
                    "A Deploy Anywhere infrastructure serves one endpoint: give endpointId, one of "
                    f"{endpoint_ids} (version {version.id})"
                )
            return endpoint_ids[0]
        if endpoint_id not in endpoint_ids:
            raise bad_request(f"Version {version.id} has no endpoint {endpoint_id!r} (it has {endpoint_ids})")
        return str(endpoint_id)

    def save_deployment(self, deployment: Deployment, body: dict[str, Any], ignore_warnings: bool) -> None:
        for key, current in (
            ("id", deployment.id),
            ("publishedServiceId", deployment.service_id),
            ("infraId", deployment.infra_id),
        ):
            value = body.get(key)
            if value is not None and value != current:
                raise bad_request(f"The {key} of deployment {deployment.id} cannot change ({current!r}, not {value!r})")
        service = self.services[deployment.service_id]
        mapping = body.get("generationsMapping")
        if not is_mapping(mapping):
            raise bad_request(f"Deployment {deployment.id}: generationsMapping is required")
        versions = mapped_versions(mapping)
        for version_id in versions:
            if version_id not in service.versions:
                raise bad_request(f"Version {version_id} of published service {service.id} does not exist")
        self.check_governance(self.infras[deployment.infra_id], service, versions, ignore_warnings)
        settings = copy.deepcopy(body)
        for key, current in (
            ("id", deployment.id),
            ("publishedServiceId", deployment.service_id),
            ("infraId", deployment.infra_id),
        ):
            settings.setdefault(key, current)
        deployment.settings = settings

    def governance_messages(self, infra: Infra, service: PublishedService, versions: Iterable[str]) -> dict[str, Any]:
        """Whether the saved models the versions serve are approved in Govern (none is, with no Govern connected)."""
        if infra.policy == "NO_CHECK":
            return info_messages()
        severity = SEVERITY_ERROR if infra.policy == "PREVENT" else WARNING
        found: list[dict[str, Any]] = []
        for version_id in versions:
            version = service.versions.get(version_id)
            for endpoint in version.endpoints() if version is not None else []:
                if endpoint.get("type") in MODEL_ENDPOINT_TYPES and endpoint.get("modelRef"):
                    found.append(
                        message(
                            severity,
                            "GOVERN_UNAPPROVED_MODEL",
                            "Model not approved",
                            f"The saved model {endpoint['modelRef']} of endpoint {endpoint.get('id')} "
                            f"(version {version_id}) is not approved in Dataiku Govern",
                        )
                    )
        return info_messages(found)

    def check_governance(
        self, infra: Infra, service: PublishedService, versions: Iterable[str], ignore_warnings: bool
    ) -> None:
        messages = self.governance_messages(infra, service, versions)
        if messages["error"] or (messages["warning"] and not ignore_warnings):
            texts = "; ".join(m["message"] for m in messages["messages"])
            hint = "" if messages["error"] else " (ignoreWarnings deploys anyway)"
            raise bad_request(f"Infrastructure {infra.id} ({infra.policy}) refuses the deployment: {texts}{hint}")

    def light_status(self, deployment: Deployment) -> dict[str, Any]:
        basic = deployment.reference()
        basic["deployedServiceId"] = deployment.service_id
        if deployment.endpoint_id() is not None:
            basic["endpointId"] = deployment.endpoint_id()
        service = self.services.get(deployment.service_id)
        infra = self.infras.get(deployment.infra_id)
        return {
            "deploymentBasicInfo": basic,
            "infraBasicInfo": infra.basic_info() if infra is not None else {"id": deployment.infra_id},
            "serviceBasicInfo": service.basic_info() if service is not None else {"id": deployment.service_id},
            "neverEverDeployed": not any(u["status"] == "SUCCESS" for u in deployment.updates),
        }

    def desired(self, deployment: Deployment) -> Deployed:
        """What the infrastructure should run for the deployment, per its settings."""
        infra = self.infras[deployment.infra_id]
        nodes = tuple(infra.node_urls()) if infra.type == "STATIC" else ()
        public_url = None if infra.type == "STATIC" else f"https://{deployment.id}.{infra.id}.deployments.invalid"
        return Deployed(copy.deepcopy(deployment.mapping()), deployment.endpoint_id(), nodes, public_url)

    def heavy_status(self, deployment: Deployment) -> dict[str, Any]:
        infra = self.infras[deployment.infra_id]
        deployed = deployment.deployed
        desired = self.desired(deployment)
        in_sync = deployed is not None and deployed.fingerprint() == desired.fingerprint()
        messages: list[dict[str, Any]] = []
        if not deployment.enabled:
            if deployed is not None:
                health = OUT_OF_SYNC
                messages.append(
                    message(
                        WARNING,
                        "DEPLOYMENT_DISABLED_STILL_DEPLOYED",
                        "Disabled but still deployed",
                        f"Deployment {deployment.id} is disabled but still runs: update it to remove it",
                    )
                )
            else:
                health = UNKNOWN
                messages.append(
                    message(INFO, "DEPLOYMENT_DISABLED", "Disabled", f"Deployment {deployment.id} is disabled")
                )
        elif infra.type == "STATIC" and not infra.node_urls():
            health = ERROR
            messages.append(
                message(
                    SEVERITY_ERROR,
                    "INFRA_NO_API_NODE",
                    "No API node",
                    f"Infrastructure {infra.id} has no API node: nothing can serve deployment {deployment.id}",
                )
            )
        elif deployed is None:
            health = OUT_OF_SYNC
            messages.append(
                message(
                    WARNING,
                    "DEPLOYMENT_NOT_DEPLOYED",
                    "Not deployed",
                    f"Deployment {deployment.id} has never been deployed: update it",
                )
            )
        elif not in_sync:
            health = OUT_OF_SYNC
            messages.append(
                message(
                    WARNING,
                    "DEPLOYMENT_OUT_OF_SYNC",
                    "Out of sync",
                    f"The settings of deployment {deployment.id} changed since its last update: update it",
                )
            )
        else:
            health = HEALTHY
        status: dict[str, Any] = {
            "health": health,
            "healthMessages": info_messages(messages),
            "endpoints": self._served_endpoints(deployment),
        }
        if infra.type == "STATIC":
            status["apiNodes"] = [
                {"url": url, "health": HEALTHY if in_sync and deployment.enabled else health}
                for url in infra.node_urls()
            ]
        elif deployed is not None and deployed.public_url is not None:
            status["publicURL"] = deployed.public_url
        return status

    def _served_endpoints(self, deployment: Deployment) -> list[dict[str, Any]]:
        """The endpoints the infrastructure serves for the deployment (none until it is deployed)."""
        deployed = deployment.deployed
        if deployed is None:
            return []
        return [{"id": e.get("id"), "type": e.get("type")} for e in self.deployed_endpoints(deployment)]

    def deployed_endpoints(self, deployment: Deployment) -> list[dict[str, Any]]:
        """The definitions of the endpoints deployed (of the first version the mapping serves)."""
        deployed = deployment.deployed
        if deployed is None:
            return []
        service = self.services[deployment.service_id]
        version = service.versions.get(mapped_versions(deployed.mapping)[0])
        endpoints = version.endpoints() if version is not None else []
        if deployed.endpoint_id is not None:
            endpoints = [e for e in endpoints if e.get("id") == deployed.endpoint_id]
        return endpoints

    def record_update(self, deployment: Deployment, record: dict[str, Any]) -> None:
        deployment.updates.append(record)

    def next_update_timestamp(self, deployment: Deployment, now: int) -> int:
        """A start time that identifies the update: after every earlier one of the deployment."""
        latest = max((u["startTimestamp"] for u in deployment.updates), default=now - 1)
        return max(now, latest + 1)

    def open_api(self, deployment: Deployment) -> dict[str, Any]:
        if not deployment.enabled or deployment.deployed is None:
            raise not_found(f"No OpenAPI document for deployment {deployment.id}: it is not deployed")
        service = self.services[deployment.service_id]
        version_id = mapped_versions(deployment.deployed.mapping)[0]
        urls = [f"{url}/public/api/v1/{service.id}" for url in deployment.deployed.nodes]
        if deployment.deployed.public_url is not None:
            urls.append(f"{deployment.deployed.public_url}/public/api/v1/{service.id}")
        paths: dict[str, Any] = {}
        for endpoint in self.deployed_endpoints(deployment):
            endpoint_id = str(endpoint.get("id"))
            endpoint_type = str(endpoint.get("type"))
            verb = "predict" if endpoint_type in MODEL_ENDPOINT_TYPES or "PREDICTION" in endpoint_type else "run"
            paths[f"/{endpoint_id}/{verb}"] = {
                "post": {
                    "operationId": endpoint_id,
                    "summary": f"{endpoint_type} endpoint {endpoint_id}",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _query_schema(endpoint_type)}},
                    },
                    "responses": {"200": {"description": "The endpoint's answer"}},
                }
            }
        return {
            "openapi": "3.0.3",
            "info": {"title": service.name, "version": version_id, "description": f"Deployment {deployment.id}"},
            "servers": [{"url": url} for url in urls],
            "paths": paths,
        }

    def run_queries(self, deployment: Deployment, endpoint_id: str | None, queries: list[Any] | None) -> dict[str, Any]:
        """Send queries to the deployed service: the answers an API node gives, computed without a model."""
        if not deployment.enabled or deployment.deployed is None:
            raise bad_request(f"Deployment {deployment.id} is not deployed: update it first")
        endpoints = self.deployed_endpoints(deployment)
        if endpoint_id is None:
            if len(endpoints) != 1:
                raise bad_request(
                    f"Deployment {deployment.id} serves {len(endpoints)} endpoints: say which one to query "
                    f"({[e.get('id') for e in endpoints]})"
                )
            endpoint = endpoints[0]
        else:
            found = [e for e in endpoints if e.get("id") == endpoint_id]
            if not found:
                raise bad_request(f"Deployment {deployment.id} serves no endpoint {endpoint_id!r}")
            endpoint = found[0]
        if queries is None:
            saved = endpoint.get("testQueries")
            queries = list(saved) if is_array(saved) else []
        version_id = mapped_versions(deployment.deployed.mapping)[0]
        model = self._packaged_model(deployment.service_id, version_id, str(endpoint.get("id")))
        responses: list[dict[str, Any]] = []
        for query in queries:
            ok, answer = _answer(endpoint, query) if model is None else _model_answer(model, query)
            answer["apiContext"] = {
                "serviceId": deployment.service_id,
                "endpointId": endpoint.get("id"),
                "serviceGeneration": version_id,
            }
            responses.append({"query": query, "ok": ok, "response": answer})
        return {"deploymentId": deployment.id, "endpointId": endpoint.get("id"), "responses": responses}

    def _packaged_model(self, service_id: str, version_id: str, endpoint_id: str) -> Any:
        """The saved model version the version's package froze for a prediction endpoint (issue 19), if any."""
        from .apinode import ApiNodeModel

        published = self.services.get(service_id)
        version = published.versions.get(version_id) if published is not None else None
        if version is None:
            return None
        meta = version.content.meta
        origin = (str(meta.get("projectKey")), str(meta.get("serviceId")), str(meta.get("version")))
        return self.state.extension(ApiNodeModel).package_models.get(origin, {}).get(endpoint_id)

    def may_query_through_deployer(self, deployment: Deployment, user: User) -> bool:
        authorizations = deployment.settings.get("authorizationsToQueryThroughDeployer")
        return user.admin or any(
            is_mapping(entry) and entry.get("group") in user.groups and entry.get("queryThroughDeployer")
            for entry in (authorizations if is_array(authorizations) else [])
        )


def _versions_of(deployment: Deployment) -> list[str]:
    """The versions a deployment uses: those its settings map, and those its infrastructure runs."""
    used: list[str] = []
    mappings = [deployment.mapping()]
    if deployment.deployed is not None:
        mappings.append(dict(deployment.deployed.mapping))
    for mapping in mappings:
        try:
            used.extend(mapped_versions(mapping))
        except DSSError:  # a malformed mapping uses no version
            continue
    return used


def _query_schema(endpoint_type: str) -> dict[str, Any]:
    if endpoint_type in ("PY_FUNCTION", "R_FUNCTION"):
        return {"type": "object", "description": "The function's parameters"}
    return {
        "type": "object",
        "properties": {"features": {"type": "object", "description": "The record to score, column by column"}},
        "required": ["features"],
    }


def _model_answer(model: Any, query: Any) -> tuple[bool, dict[str, Any]]:
    """What the API node answers a query on a prediction endpoint whose package froze a model: its real prediction."""
    body = query.get("q") if is_mapping(query) and "q" in query else query
    features = body.get("features") if is_mapping(body) else None
    if not is_mapping(features):
        return False, {"errorType": "IllegalArgumentException", "message": "The query has no 'features' object"}
    try:
        (result,) = model.results([dict(features)])
    except DSSError as error:
        return False, {"errorType": error.error_type, "message": error.message}
    timing = {"preProcessing": 0, "wait": 0, "enrich": 0, "preparation": 0, "prediction": 1, "postProcessing": 0}
    return True, {"result": result, "timing": timing}


def _answer(endpoint: Mapping[str, Any], query: Any) -> tuple[bool, dict[str, Any]]:
    """What an API node answers a query: ``(ok, answer)``.

    Without a model (a prediction endpoint whose package froze none: see ``_model_answer``), and
    running no code, a model's prediction is a stable function of the record (the same features
    always get the same answer), a function endpoint answers its parameters back, a lookup finds
    nothing.
    """
    endpoint_type = str(endpoint.get("type"))
    body = query.get("q") if is_mapping(query) and "q" in query else query
    timing = {"preProcessing": 0, "wait": 0, "enrich": 0, "preparation": 0, "prediction": 1, "postProcessing": 0}
    if endpoint_type in ("PY_FUNCTION", "R_FUNCTION"):
        return True, {"response": copy.deepcopy(body), "timing": timing}
    if endpoint_type in ("DATASETS_LOOKUP", "SQL_QUERY"):
        return True, {"results": [], "timing": timing}
    features = body.get("features") if is_mapping(body) else None
    if not is_mapping(features):
        return False, {"errorType": "IllegalArgumentException", "message": "The query has no 'features' object"}
    digest = hashlib.sha256(json.dumps(features, sort_keys=True, default=str).encode()).digest()
    score = round(int.from_bytes(digest[:4], "big") / 2**32, 6)
    if endpoint_type == "STD_CLUSTERING":
        result: dict[str, Any] = {"cluster": f"cluster_{int(score * 3)}", "ignored": False}
    elif endpoint_type == "STD_FORECAST":
        result = {"forecasts": [score], "ignored": False}
    else:
        result = {"prediction": "1" if score >= 0.5 else "0", "probas": {"0": 1 - score, "1": score}, "ignored": False}
    return True, {"result": result, "timing": timing}
