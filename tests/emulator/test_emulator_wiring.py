"""The spec drives the emulator: every handler serves an operation, an operation without handler is
answered 501, and the package imports lightly."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import deque
from typing import Any

import pytest

from dssclient.emulator import Emulator, EmulatorConfig
from dssclient.emulator.context import Services
from dssclient.emulator.emulator import EmulatorSetupError, check_handlers, unhandled_operations
from dssclient.emulator.futures import FutureRegistry
from dssclient.emulator.handlers import all_handlers, handles, snake_case
from dssclient.emulator.pipeline import IncomingRequest, Pipeline
from dssclient.emulator.scoring import ScoringLibs
from dssclient.emulator.spec import ApiSpec, SpecError, load_api_spec, load_document
from dssclient.emulator.state import DSSState


def test_every_operation_has_its_handler_named_after_it() -> None:
    spec, handlers = load_api_spec(), all_handlers()
    assert set(handlers) == set(spec.operations)
    for operation_id, handler in handlers.items():
        assert handler.__name__ == snake_case(operation_id)


@pytest.mark.parametrize(
    ("operation_id", "name"),
    [
        ("listProjects", "list_projects"),
        ("getScoringLibsJar", "get_scoring_libs_jar"),
        ("getAuthInfo", "get_auth_info"),
        ("getHTTPThing", "get_http_thing"),
    ],
)
def test_snake_case(operation_id: str, name: str) -> None:
    assert snake_case(operation_id) == name


def test_startup_fails_on_a_handler_the_spec_lacks() -> None:
    spec, handlers = load_api_spec(), all_handlers()
    check_handlers(spec, {k: v for k, v in handlers.items() if k != "listProjects"})  # missing: answered 501
    with pytest.raises(EmulatorSetupError, match="frobnicate"):
        check_handlers(spec, {**handlers, "frobnicate": handlers["listProjects"]})


def widget_document() -> dict[str, Any]:
    """The spec plus one operation that no handler serves."""
    document = load_document()
    document["paths"]["/widgets/{widgetId}"] = {
        "get": {
            "operationId": "getWidget",
            "parameters": [{"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok"}},
        }
    }
    return document


def test_an_operation_without_handler_is_answered_501_naming_it() -> None:
    config = EmulatorConfig()
    services = Services(config, DSSState(config), FutureRegistry(10, config.clock), ScoringLibs(16))
    spec = ApiSpec(widget_document())
    assert unhandled_operations(spec, all_handlers()) == ["getWidget"]
    pipeline = Pipeline(spec, all_handlers(), services, deque())
    credentials = {"Authorization": "Bearer " + config.admin_api_key}
    answer = pipeline.handle(IncomingRequest("GET", "/public/api/widgets/w1", credentials))
    body = json.loads(answer.body)
    assert answer.status == 501
    assert body["errorType"] == "dssclient.emulator.NotImplemented" and "getWidget" in body["message"]
    # The other operations are served as before.
    assert pipeline.handle(IncomingRequest("GET", "/public/api/instance-info", credentials)).status == 200


def test_a_misnamed_handler_is_refused() -> None:
    def not_the_right_name(ctx: Any) -> None:
        return None

    with pytest.raises(RuntimeError, match="must be named list_widgets"):
        handles("listWidgets")(not_the_right_name)


def test_the_router_comes_from_the_document() -> None:
    spec = ApiSpec(widget_document())
    route = spec.route("GET", ["widgets", "w/1"])
    assert route.operation is not None and route.operation.operation_id == "getWidget"
    assert route.path_parameters == {"widgetId": "w/1"}


def test_unsupported_spec_features_fail_fast() -> None:
    document = load_document()
    document["paths"]["/projects/"]["get"]["parameters"].append(
        {"name": "thing", "in": "cookie", "schema": {"type": "string"}}
    )
    with pytest.raises(SpecError, match="cookie"):
        ApiSpec(document)
    # Header parameters are supported (DSS's MLflow extension, issue 19), as strings only.
    document = load_document()
    document["paths"]["/projects/"]["get"]["parameters"].append(
        {"name": "X-Thing", "in": "header", "schema": {"type": "integer"}}
    )
    with pytest.raises(SpecError, match="header parameter 'X-Thing' must be a string"):
        ApiSpec(document)


def test_admin_only_comes_from_the_extension() -> None:
    spec = load_api_spec()
    admin_only = {op.operation_id for op in spec.operations.values() if op.admin_only}
    # Instance administration: what DSS reserves to administrators whatever the groups say.
    administration = {
        "listUsers", "createUser", "getUserSettings", "saveUserSettings", "deleteUser", "getUserActivity",
        "resyncUserFromSupplier", "listUsersActivity", "getAuthorizationMatrix",
        "listGroups", "createGroup", "getGroup", "saveGroup", "deleteGroup",
        "listGlobalApiKeys", "createGlobalApiKey", "getGlobalApiKey", "saveGlobalApiKey", "deleteGlobalApiKey",
        "getGlobalApiKeyBySecret", "listAllPersonalApiKeys", "createPersonalApiKeyForUser",
        "listConnections", "createConnection", "getConnectionSettings", "saveConnectionSettings",
        "deleteConnection", "syncConnectionAcls",
        "listCodeEnvUsages", "updateCodeEnvImages",
        "getGlobalVariables", "setGlobalVariables", "getGeneralSettings", "saveGeneralSettings",
        "pushBaseImages", "applyKubernetesPolicies", "listLogs", "getLog", "getGlobalUsageSummary",
        "getLicensingStatus", "setLicense", "runSanityCheck", "getSanityCheckCodes",
        "runKubectlOnCluster",
    }  # fmt: skip
    first_slice = {
        "deleteProject",
        "listCodeStudioTemplates",
        "getCodeStudioTemplate",
        "saveCodeStudioTemplate",
        "buildCodeStudioTemplate",
        # -- API Deployer --
        "createApiDeployerInfra",
    }
    # Instance content: plugins, meanings, notebooks, catalog, folder deletion, deployer infrastructures.
    instance_content = {
        "deleteProjectFolder",
        "installPluginFromZip",
        "startInstallPluginFromZip",
        "installPluginFromStore",
        "installPluginFromGit",
        "downloadPlugin",
        "createPluginCodeEnv",
        "updatePluginCodeEnv",
        "updatePluginFromZip",
        "startUpdatePluginFromZip",
        "updatePluginFromStore",
        "updatePluginFromGit",
        "listPluginUsages",
        "deletePlugin",
        "listRunningNotebooks",
        "createMeaning",
        "setMeaning",
        "indexCatalogConnections",
        "createProjectDeployerInfra",
        "deleteProjectDeployerInfra",
        "getProjectDeployerInfraSettings",
        "saveProjectDeployerInfraSettings",
        # -- experiment tracking (issue 19) --
        "cleanMlflowExperimentTrackingDb",
    }
    assert admin_only == first_slice | administration | instance_content


def test_importing_the_package_and_plugin_is_light() -> None:
    code = (
        "import sys, dssclient.emulator, dssclient.emulator.pytest_plugin; "
        "from dssclient.emulator import EmulatorConfig; "
        "heavy = [m for m in ('jsonschema', 'dssclient.emulator.server', 'http.server') if m in sys.modules]; "
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert result.stdout.strip() == "[]"


def test_config_repr_hides_secrets() -> None:
    config = EmulatorConfig(
        admin_api_key="top-secret-1", user_api_keys={"top-secret-2": "bob"}, tickets={"top-secret-3": "bob"}
    )
    assert "top-secret" not in repr(config)
    assert "top-secret" not in repr(Emulator(config))


@pytest.mark.parametrize(
    "fields", [{"admin_api_key": ""}, {"user_api_keys": {"emulator-admin-key": "bob"}}, {"build_seconds": -1}]
)
def test_invalid_configs_are_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        EmulatorConfig(**fields)


def test_emulators_are_independent(dss_emulator_factory: Any) -> None:
    first, second = dss_emulator_factory(), dss_emulator_factory()
    first.state.create_project("ONLY_IN_FIRST", "n", "admin")
    assert "ONLY_IN_FIRST" not in second.state.projects and first.url != second.url
