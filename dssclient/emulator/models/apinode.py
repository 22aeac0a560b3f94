"""The emulator as a DSS API node (issue 19): the services it serves, their generations, its admin keys.

The API node is the emulator itself: a deployment of the API Deployer is served here when it
is enabled, was updated, and its infrastructure (STATIC) lists the emulator's own URL among its
API nodes. Its service then answers on ``/public/api/v1/<service>/<endpoint>/...`` with the
generations (published versions) its mapping names. The admin API (``/admin/api``) may also
declare services of its own and import generations from package archives; its calls
authenticate with the node's admin keys: the ``adminAPIKey`` the infrastructure gives this
node, and the keys created through the admin API.

A dataset lookup endpoint reads the rows its package copied when it was made (DSS bundles the
lookup datasets into the package): ``capture_lookup_rows`` is called as the package is made.
A prediction endpoint (``STD_PREDICTION``, ``STD_CLUSTERING``) answers with the saved model
version that was active when its package was made (DSS bundles that version into the package):
``capture_package_models`` keeps a reference to that version's trained model (``PackagedModel``),
so activating another version later changes nothing for generations already made.

What DSS's API node answers in a few places is not documented; those places say "unverified".
Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
import hashlib
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dssclient._json import is_array, is_mapping, is_object

from ..auth import key_from_authorization
from ..context import Caller
from ..errors import ILLEGAL_ARGUMENT, NOT_AUTHENTICATED, NOT_FOUND, NOT_IMPLEMENTED, DSSError, bad_request, not_found
from ..state import DSSState, User
from .api_deployer import MULTI_GENERATION_MODES, SINGLE_GENERATION, ApiDeployer, mapped_versions
from .api_packages import PackageContent

if TYPE_CHECKING:
    from ..automation.ml_engine import TrainedModel

API_NODE_AUTH = "API_NODE"
# Who an API node request acts as: nobody of DSS (its rights are the service's keys, checked here).
_NODE_IDENTITY = User(login="api-node", groups=[])


@dataclass(frozen=True)
class ApiNodeCaller(Caller):
    """A request to the API node, and the key it sent (never shown)."""

    key: str | None = field(default=None, repr=False)


def api_node_caller(authorization: str | None) -> ApiNodeCaller:
    """The caller of an API node request, with the key of its Authorization header (Basic or Bearer)."""
    text = (authorization or "").strip()
    return ApiNodeCaller(_NODE_IDENTITY, API_NODE_AUTH, key_from_authorization(text) if text else None)


@dataclass
class Generation:
    """A generation of a service: the settings its package froze, and where the package was made."""

    id: str
    service: dict[str, Any]
    # (projectKey, serviceId, packageId) of the package in the API Designer, when known.
    origin: tuple[str, str, str] | None

    def endpoint(self, endpoint_id: str) -> dict[str, Any] | None:
        endpoints = self.service.get("endpoints")
        for endpoint in endpoints if is_array(endpoints) else []:
            if is_object(endpoint) and endpoint.get("id") == endpoint_id:
                return endpoint
        return None


@dataclass
class NodeService:
    """A service of the node: its generations (oldest first), mapping and state."""

    id: str
    generations: dict[str, Generation] = field(default_factory=dict[str, Generation])
    # [{"generation": id, "proba": share}], the shares adding up to 1.
    mapping: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    enabled: bool = False
    # The API Deployer's deployment that put it here (None: declared through the admin API).
    deployment_id: str | None = None

    def state(self) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "serviceId": self.id,
            "enabled": self.enabled,
            "generations": list(self.generations),
            "mapping": {"entries": copy.deepcopy(self.mapping)},
        }
        if self.deployment_id is not None:
            answer["deploymentId"] = self.deployment_id
        return answer

    def choose(self, dispatch: Any) -> Generation:
        """The generation that answers a query: forced, dispatched by key, or drawn by the mapping's shares."""
        if not self.enabled or not self.mapping:
            raise not_found(f"Service {self.id} is not enabled on this API node")
        if is_mapping(dispatch) and isinstance(dispatch.get("forcedGeneration"), str):
            forced = str(dispatch["forcedGeneration"])
            if forced not in self.generations:
                raise not_found(f"Service {self.id} has no generation {forced}")
            return self.generations[forced]
        if len(self.mapping) == 1:
            return self.generations[self.mapping[0]["generation"]]
        if is_mapping(dispatch) and isinstance(dispatch.get("dispatchKey"), str):
            digest = hashlib.sha256(str(dispatch["dispatchKey"]).encode("utf-8")).digest()
            point = int.from_bytes(digest[:8], "big") / 2**64
        else:
            point = random.random()
        cumulated = 0.0
        for entry in self.mapping:
            cumulated += float(entry.get("proba", 0.0))
            if point < cumulated:
                return self.generations[entry["generation"]]
        return self.generations[self.mapping[-1]["generation"]]


@dataclass(frozen=True)
class PackagedModel:
    """The saved model version a prediction endpoint's package froze, its trained model by reference."""

    saved_model_id: str
    version_id: str
    # The saved model's prediction type (BINARY_CLASSIFICATION, MULTICLASS, REGRESSION, CLUSTERING, ...).
    prediction_type: str
    # The engine's model (`automation/ml_engine.py`): its `predict(rows)` scores.
    trained: TrainedModel = field(repr=False)

    def results(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The model's answer for each row, in DSS's shape: ``prediction`` (and ``probas`` for a
        classification) or ``cluster``, and ``ignored`` (never: the emulator scores every row).
        A row without a feature the model needs is a 400 naming it."""
        from ..automation.ml_engine import MissingFeatureError, MLEngineUnavailable

        try:
            predictions = self.trained.predict(rows)
        except MissingFeatureError as error:
            message = f"The record has no value for a feature the model needs: {error}"
            raise DSSError(400, ILLEGAL_ARGUMENT, message) from None
        except MLEngineUnavailable as error:
            raise DSSError(501, NOT_IMPLEMENTED, str(error)) from None
        results: list[dict[str, Any]] = []
        for prediction in predictions:
            result: dict[str, Any] = {str(key): _plain(value) for key, value in dict(prediction).items()}
            result["ignored"] = False
            results.append(result)
        return results


def _plain(value: Any) -> Any:
    """A prediction's value as JSON holds it (numpy scalars and mappings made plain)."""
    if is_mapping(value):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, bool, int, float)) or value is None:
        return value
    item = getattr(value, "item", None)
    return _plain(item()) if callable(item) else str(value)


@dataclass
class LookupTable:
    """The rows of one lookup dataset, as its package copied them."""

    dataset: str
    columns: list[str]
    rows: list[list[str]]
    # Rows by their values of some key columns, built on the first lookup by those columns.
    _indexes: dict[tuple[str, ...], dict[tuple[str, ...], list[str]]] = field(
        default_factory=dict[tuple[str, ...], dict[tuple[str, ...], list[str]]], repr=False
    )

    def find(self, keys: tuple[str, ...], values: tuple[str, ...]) -> list[str] | None:
        """The first row whose ``keys`` columns hold ``values`` (None if none; a key not a column matches none)."""
        built = self._indexes.get(keys)
        if built is not None:
            return built.get(values)
        positions = [self.columns.index(key) if key in self.columns else None for key in keys]
        index: dict[tuple[str, ...], list[str]] = {}
        if None not in positions:
            for row in self.rows:
                found = tuple(row[p] if p is not None and p < len(row) else "" for p in positions)
                index.setdefault(found, row)
        self._indexes[keys] = index
        return index.get(values)


def mapping_entries(body: Any, known: dict[str, Generation], service_id: str) -> list[dict[str, Any]]:
    """A generations mapping's entries, checked against the service's generations; a 400 otherwise."""
    entries = body.get("entries") if is_mapping(body) else None
    if not is_array(entries) or not entries:
        raise bad_request("A generations mapping needs 'entries', each with a 'generation'")
    checked: list[dict[str, Any]] = []
    for entry in entries:
        generation = entry.get("generation") if is_mapping(entry) else None
        if not isinstance(generation, str) or generation not in known:
            raise bad_request(f"Service {service_id} has no generation {generation!r}")
        proba = entry.get("proba", 1.0 if len(entries) == 1 else None)
        if isinstance(proba, bool) or not isinstance(proba, (int, float)) or not 0 <= proba <= 1:
            raise bad_request(f"Mapping entry of generation {generation}: 'proba' must be a number in [0, 1]")
        checked.append({"generation": generation, "proba": float(proba)})
    if abs(sum(entry["proba"] for entry in checked) - 1.0) > 1e-6:
        raise bad_request("The shares ('proba') of a generations mapping must add up to 1")
    return checked


class ApiNodeModel:
    """The emulator's API node (a ``DSSState`` extension)."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        # Services declared through the admin API.
        self.local: dict[str, NodeService] = {}
        # What the admin API changed on services the API Deployer put here: enabled, mapping.
        self.overrides: dict[str, dict[str, Any]] = {}
        self.admin_keys: list[dict[str, Any]] = []
        # Queries answered: service -> endpoint -> {"requests", "errors"}.
        self.metrics: dict[str, dict[str, dict[str, int]]] = {}
        # The rows of lookup datasets, by package (projectKey, serviceId, packageId) and endpoint.
        self.lookup_rows: dict[tuple[str, str, str], dict[str, list[LookupTable]]] = {}
        # The models of prediction endpoints, by package (projectKey, serviceId, packageId) and endpoint;
        # None: the endpoint's saved model had no active version (or did not exist) when packaged.
        self.package_models: dict[tuple[str, str, str], dict[str, PackagedModel | None]] = {}

    # -- the services served ----------------------------------------------------------------------

    @property
    def own_url(self) -> str | None:
        """The URL the emulator serves (None until it serves HTTP): the API node's own address."""
        from ..automation.usercode import UserCodeModel

        return self.state.extension(UserCodeModel).base_url

    def _deployed_services(self) -> dict[str, NodeService]:
        if self.own_url is None:
            return {}
        own = self.own_url.rstrip("/")
        deployer = self.state.extension(ApiDeployer)
        served: dict[str, NodeService] = {}
        for deployment in deployer.deployments.values():
            deployed = deployment.deployed
            if deployed is None or not deployment.enabled or own not in (n.rstrip("/") for n in deployed.nodes):
                continue
            published = deployer.services.get(deployment.service_id)
            if published is None:
                continue
            deployed_id = deployment.settings.get("deployedServiceId")
            service_id = deployed_id if isinstance(deployed_id, str) and deployed_id else deployment.service_id
            service = NodeService(service_id, enabled=True, deployment_id=deployment.id)
            for version_id in mapped_versions(deployed.mapping):
                version = published.versions.get(version_id)
                if version is not None:
                    service.generations[version_id] = _generation(version_id, version.content)
            service.mapping = _deployer_mapping(deployed.mapping, service.generations)
            override = self.overrides.get(service_id, {})
            service.enabled = bool(override.get("enabled", True))
            if "mapping" in override:
                service.mapping = copy.deepcopy(override["mapping"])
            served[service_id] = service
        return served

    def services(self) -> dict[str, NodeService]:
        """Every service of the node, those of the API Deployer's deployments first."""
        return {**self._deployed_services(), **self.local}

    def service(self, service_id: str) -> NodeService:
        service = self.services().get(service_id)
        if service is None:
            # Unverified: the API node's own error type and message for an unknown service.
            raise DSSError(404, NOT_FOUND, f"Service not found on this API node: {service_id}")
        return service

    def set_state(
        self, service: NodeService, *, enabled: bool | None = None, mapping: list[dict[str, Any]] | None = None
    ) -> None:
        if service.deployment_id is None:
            if enabled is not None:
                service.enabled = enabled
            if mapping is not None:
                service.mapping = mapping
            return
        override = self.overrides.setdefault(service.id, {})
        if enabled is not None:
            override["enabled"] = enabled
        if mapping is not None:
            override["mapping"] = mapping

    # -- keys -------------------------------------------------------------------------------------

    def admin_key_valid(self, key: str | None) -> bool:
        if not key:
            return False
        if any(entry.get("key") == key for entry in self.admin_keys):
            return True
        if self.own_url is None:
            return False
        own = self.own_url.rstrip("/")
        for infra in self.state.extension(ApiDeployer).infras.values():
            nodes = infra.settings.get("apiNodes")
            for node in nodes if is_array(nodes) else []:
                if is_mapping(node) and str(node.get("url", "")).rstrip("/") == own and node.get("adminAPIKey") == key:
                    return True
        return False

    def record(self, service_id: str, endpoint_id: str, failed: bool) -> None:
        counts = self.metrics.setdefault(service_id, {}).setdefault(endpoint_id, {"requests": 0, "errors": 0})
        counts["requests"] += 1
        if failed:
            counts["errors"] += 1


def check_query_key(generation: Generation, caller: Caller) -> None:
    """Refuse a query without one of the service's API keys, when the service requires them.

    A service is public when its ``authMethod`` is ``PUBLIC`` (or ``publicAccess`` is true);
    otherwise a query must carry one of the keys of ``authRealm.queryKeys``. The status of the
    refusal (401 without a key, 403 with a wrong one) is DSS's usual one; the API node's exact
    error type is unverified.
    """
    settings = generation.service
    method = settings.get("authMethod")
    public = method == "PUBLIC" if isinstance(method, str) and method else settings.get("publicAccess") is True
    if public:
        return
    if method == "OAUTH2":
        # The emulator validates no OAuth2/JWT token: refused rather than let through.
        raise DSSError(401, NOT_AUTHENTICATED, "The emulator's API node does not validate OAuth2 tokens")
    key = caller.key if isinstance(caller, ApiNodeCaller) else None
    if key is None:
        raise DSSError(401, NOT_AUTHENTICATED, "This service requires an API key")
    realm = settings.get("authRealm")
    keys = realm.get("queryKeys") if is_mapping(realm) else None
    if not any(is_mapping(entry) and entry.get("key") == key for entry in (keys if is_array(keys) else [])):
        raise DSSError(403, NOT_AUTHENTICATED, "Invalid API key for this service")


def _generation(version_id: str, content: PackageContent) -> Generation:
    meta = content.meta
    origin = (str(meta.get("projectKey")), str(meta.get("serviceId")), str(meta.get("version")))
    return Generation(version_id, content.service, origin)


def _deployer_mapping(mapping: Any, generations: dict[str, Generation]) -> list[dict[str, Any]]:
    mode = mapping.get("mode") if is_mapping(mapping) else None
    if mode == SINGLE_GENERATION:
        generation = mapping.get("generation")
        return [{"generation": generation, "proba": 1.0}] if generation in generations else []
    if mode in MULTI_GENERATION_MODES:
        entries = mapping.get("entries")
        chosen = [
            {"generation": entry["generation"], "proba": float(entry.get("proba", 0.0))}
            for entry in (entries if is_array(entries) else [])
            if is_mapping(entry) and entry.get("generation") in generations
        ]
        return chosen
    return []
