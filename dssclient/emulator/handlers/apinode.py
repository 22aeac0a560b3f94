"""The emulator as a DSS API node (issue 19): the user API of the services deployed on it, and its admin API.

User API (``/public/api/v1/<service>/<endpoint>/...``): the generation the service's mapping
chooses answers, with the service's API keys when it requires them. Function endpoints
(``PY_FUNCTION``) run their package's code in a subprocess under the emulator's user-code
rules (rlimits, own process group, allowlisted environment) and with no access to DSS: no API
ticket, no backend URL, and every request of the ``dataiku`` shim refused. SQL query endpoints
run on the emulator's SQLite connections under the SQL engine's authorizer; dataset lookups
read the rows their package copied. Prediction endpoints (``STD_PREDICTION``, ``STD_CLUSTERING``)
score with the saved model version their package froze (``capture_package_models``), through the
ML engine's ``TrainedModel.predict`` (scikit-learn, the emulator's ``ml`` extra, loaded on the
first prediction only). Forecast, causal, multi-target and custom-code prediction endpoints are
refused (501) rather than answered with a made-up prediction: the emulator trains no such models.

Admin API (``/admin/api/...``): authenticated with the node's admin keys (see
``models/apinode.py``).
"""

from __future__ import annotations

import json
import secrets
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any

from dssclient._json import is_array, is_mapping, is_object

from ..automation.python import Limits as PythonLimits
from ..automation.python import PythonFailed, RequestRefused, run_python
from ..automation.store import column_names, data_store, open_source
from ..context import RequestContext
from ..errors import ILLEGAL_ARGUMENT, NOT_AUTHENTICATED, NOT_FOUND, NOT_IMPLEMENTED, DSSError, bad_request, not_found
from ..futures import Future, TaskControl
from ..models.apinode import (
    ApiNodeCaller,
    ApiNodeModel,
    Generation,
    LookupTable,
    NodeService,
    PackagedModel,
    check_query_key,
    mapping_entries,
)
from ..models.saved_models import SavedModels
from ..models.sql import SessionGuard, sql_connection, sql_error
from ._registry import handles

# Unverified: the API node's own exception types; DSS's names are used for their meaning.
CODE_FAILED = "com.dataiku.lambda.UserCodeException"
NO_MODEL = NOT_IMPLEMENTED


def _model(ctx: RequestContext) -> ApiNodeModel:
    return ctx.services.state.extension(ApiNodeModel)


def _node_caller(ctx: RequestContext) -> ApiNodeCaller:
    """The API node's caller; a request that reached these operations another way (under DSS's
    base path /dip/publicapi, say) finds nothing there, as on a DSS backend."""
    if not isinstance(ctx.caller, ApiNodeCaller):
        raise DSSError(404, NOT_FOUND, f"No handler found for {ctx.operation.method} {ctx.operation.template}")
    return ctx.caller


# -- user API -----------------------------------------------------------------------------------------


def _endpoint(ctx: RequestContext, types: tuple[str, ...]) -> tuple[NodeService, Generation, dict[str, Any]]:
    """The service's generation that answers, and its endpoint of the path (of one of ``types``)."""
    caller = _node_caller(ctx)
    service_id, endpoint_id = ctx.path["serviceId"], ctx.path["endpointId"]
    with ctx.services.state.lock:
        service = _model(ctx).service(service_id)
        dispatch = ctx.body_fields.get("dispatch") if is_mapping(ctx.body_fields) else None
        generation = service.choose(
            dispatch if "dispatch" in _DISPATCHING.get(ctx.operation.operation_id, ()) else None
        )
    check_query_key(generation, caller)
    endpoint = generation.endpoint(endpoint_id)
    if endpoint is None:
        raise not_found(f"Endpoint not found in service {service_id} (generation {generation.id}): {endpoint_id}")
    if str(endpoint.get("type")) not in types:
        raise bad_request(
            f"Endpoint {endpoint_id} of service {service_id} is a {endpoint.get('type')} endpoint: "
            f"{ctx.operation.operation_id} needs one of {', '.join(types)}"
        )
    return service, generation, endpoint


# The operations whose body may choose the generation (`dispatch`).
_DISPATCHING = {
    op: ("dispatch",)
    for op in (
        "predictApiNodeRecord",
        "predictApiNodeRecords",
        "forecastApiNode",
        "predictApiNodeEffect",
        "predictApiNodeEffects",
    )
}


def _api_context(service: NodeService, generation: Generation, endpoint_id: str) -> dict[str, Any]:
    return {"serviceId": service.id, "endpointId": endpoint_id, "serviceGeneration": generation.id}


def _counted(ctx: RequestContext, answer: dict[str, Any]) -> dict[str, Any]:
    with ctx.services.state.lock:
        _model(ctx).record(ctx.path["serviceId"], ctx.path["endpointId"], False)
    return answer


def _failed(ctx: RequestContext, error: DSSError) -> DSSError:
    with ctx.services.state.lock:
        _model(ctx).record(ctx.path["serviceId"], ctx.path["endpointId"], True)
    return error


def _no_model(ctx: RequestContext, endpoint_type: str) -> DSSError:
    return _failed(
        ctx,
        DSSError(
            501,
            NO_MODEL,
            f"The emulator does not serve {endpoint_type} endpoints: endpoint {ctx.path['endpointId']} of service "
            f"{ctx.path['serviceId']} needs a model the emulator cannot train ({ctx.operation.operation_id})",
        ),
    )


MODEL_TYPES = (
    "STD_PREDICTION",
    "STD_MULTITARGET_PREDICTION",
    "STD_CLUSTERING",
    "CUSTOM_PREDICTION",
    "CUSTOM_R_PREDICTION",
)
# The endpoint types the emulator scores, and the saved models' prediction types each serves.
SERVED_TYPES: dict[str, tuple[str, ...]] = {
    "STD_PREDICTION": ("BINARY_CLASSIFICATION", "MULTICLASS", "REGRESSION"),
    "STD_CLUSTERING": ("CLUSTERING",),
}
FORECAST_TYPES = ("STD_FORECAST",)
CAUSAL_TYPES = ("STD_CAUSAL_PREDICTION",)
# A feature's value in a record: what a JSON record holds for one column (DSS reads nothing else).
_SCALARS = (str, int, float, bool, type(None))


def capture_package_models(services: Any, project_key: str, service_id: str, package_id: str) -> None:
    """Keep, for each model endpoint of the package, the saved model version active now (DSS bundles
    that version into the package): later generations of the saved model change nothing for it.

    An endpoint whose saved model does not exist, has no active version, or whose prediction type
    the endpoint's type does not serve, is recorded without model: its queries are refused with the
    reason. (DSS refuses to make such a package; the emulator makes it, so that services designed
    before their model exists can still be packaged, and refuses their queries instead.)
    Call with the state lock held."""
    from ..models.api_services import ApiServices

    state = services.state
    package = state.extension(ApiServices).package(project_key, service_id, package_id)
    saved_models = state.extension(SavedModels)
    captured: dict[str, PackagedModel | None] = {}
    endpoints = package.content.service.get("endpoints")
    for endpoint in endpoints if is_array(endpoints) else []:
        if not is_mapping(endpoint) or endpoint.get("type") not in SERVED_TYPES:
            continue
        captured[str(endpoint.get("id"))] = _packaged_model(saved_models, project_key, endpoint)
    state.extension(ApiNodeModel).package_models[(project_key, service_id, package_id)] = captured


def _packaged_model(saved_models: SavedModels, project_key: str, endpoint: Mapping[str, Any]) -> PackagedModel | None:
    model_ref = endpoint.get("modelRef")
    saved_model = saved_models.find(project_key, model_ref) if isinstance(model_ref, str) else None
    version = saved_models.active_version(saved_model) if saved_model is not None else None
    if saved_model is None or version is None:
        return None
    prediction_type = version.trained.prediction_type
    if prediction_type not in SERVED_TYPES[str(endpoint.get("type"))]:
        return None
    return PackagedModel(saved_model.id, version.id, prediction_type, version.trained)


def _scoring_model(ctx: RequestContext, generation: Generation, endpoint: dict[str, Any]) -> PackagedModel:
    """The model the endpoint's package froze; a refusal naming why there is none."""
    endpoint_id = str(endpoint.get("id"))
    with ctx.services.state.lock:
        packaged = _model(ctx).package_models.get(generation.origin or ("", "", ""), {})
    found = packaged.get(endpoint_id)
    if found is None:
        # Unverified: DSS never makes such a package, so its API node has no message for it.
        raise _failed(
            ctx,
            bad_request(
                f"Endpoint {endpoint_id} of generation {generation.id} has no model: its saved model "
                f"{endpoint.get('modelRef')!r} had no active version of a {endpoint.get('type')} type "
                "when the package was made"
            ),
        )
    return found


def _explanations_refused(ctx: RequestContext) -> None:
    explanations = ctx.body_fields.get("explanations") if is_mapping(ctx.body_fields) else None
    if is_mapping(explanations) and explanations.get("enabled") is True:
        # Refused rather than answered with made-up contributions.
        raise _failed(
            ctx, DSSError(501, NO_MODEL, "The emulator's API node computes no individual prediction explanations")
        )


def _checked_features(ctx: RequestContext, record: Any, model: PackagedModel, position: int | None) -> dict[str, Any]:
    """The record's features, refused when one is not a JSON scalar or one the model needs is absent."""
    where = "" if position is None else f" (record {position})"
    if not is_mapping(record):
        raise _failed(ctx, DSSError(400, ILLEGAL_ARGUMENT, f"The record's 'features' must be an object{where}"))
    for name, value in record.items():
        if not isinstance(value, _SCALARS):
            raise _failed(
                ctx,
                DSSError(400, ILLEGAL_ARGUMENT, f"Feature {name!r} must be a string, number, boolean or null{where}"),
            )
    # Unverified: DSS's API node may impute an absent feature; the emulator refuses the record.
    features = getattr(model.trained, "features", ())
    missing = [str(f) for f in features if f not in record]
    if missing:
        message = f"The record has no value for the feature(s) {', '.join(missing)}{where}"
        raise _failed(ctx, DSSError(400, ILLEGAL_ARGUMENT, message))
    return dict(record)


def _score(ctx: RequestContext, model: PackagedModel, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The model's results for the rows, and the milliseconds spent scoring them."""
    started = time.perf_counter()
    try:
        results = model.results(rows)
    except DSSError as error:
        raise _failed(ctx, error) from None
    return results, round((time.perf_counter() - started) * 1000)


def _timing(spent: int) -> dict[str, int]:
    return {"preProcessing": 0, "wait": 0, "enrich": 0, "preparation": 0, "prediction": spent, "postProcessing": 0}


def _model_endpoint(ctx: RequestContext) -> tuple[NodeService, Generation, dict[str, Any], PackagedModel]:
    service, generation, endpoint = _endpoint(ctx, MODEL_TYPES)
    endpoint_type = str(endpoint.get("type"))
    if endpoint_type not in SERVED_TYPES:
        raise _no_model(ctx, endpoint_type)
    _explanations_refused(ctx)
    return service, generation, endpoint, _scoring_model(ctx, generation, endpoint)


@handles("predictApiNodeRecord")
def predict_api_node_record(ctx: RequestContext) -> dict[str, Any]:
    service, generation, _, model = _model_endpoint(ctx)
    row = _checked_features(ctx, ctx.body_fields.get("features"), model, None)
    results, spent = _score(ctx, model, [row])
    return _counted(
        ctx,
        {
            "result": results[0],
            "timing": _timing(spent),
            "apiContext": _api_context(service, generation, ctx.path["endpointId"]),
        },
    )


@handles("predictApiNodeRecords")
def predict_api_node_records(ctx: RequestContext) -> dict[str, Any]:
    service, generation, _, model = _model_endpoint(ctx)
    items = ctx.body_fields.get("items")
    rows = [
        _checked_features(ctx, item.get("features") if is_mapping(item) else None, model, position)
        for position, item in enumerate(items if is_array(items) else [])
    ]
    results, spent = _score(ctx, model, rows) if rows else ([], 0)
    return _counted(
        ctx,
        {
            "results": results,
            "timing": _timing(spent),
            "apiContext": _api_context(service, generation, ctx.path["endpointId"]),
        },
    )


@handles("forecastApiNode")
def forecast_api_node(ctx: RequestContext) -> dict[str, Any]:
    _endpoint(ctx, FORECAST_TYPES)
    raise _no_model(ctx, "STD_FORECAST")


@handles("predictApiNodeEffect")
def predict_api_node_effect(ctx: RequestContext) -> dict[str, Any]:
    _endpoint(ctx, CAUSAL_TYPES)
    raise _no_model(ctx, "STD_CAUSAL_PREDICTION")


@handles("predictApiNodeEffects")
def predict_api_node_effects(ctx: RequestContext) -> dict[str, Any]:
    _endpoint(ctx, CAUSAL_TYPES)
    raise _no_model(ctx, "STD_CAUSAL_PREDICTION")


# -- function endpoints ---------------------------------------------------------------------------------

# The function a Python function endpoint calls: its `userFunctionName` (DSS's setting, as plugins
# that create such endpoints write it), `api_py_function` by default as in DSS's template.
DEFAULT_FUNCTION = "api_py_function"

_RUNNER = """\
import json
_namespace = {"__name__": "__apinode_endpoint__"}
with open("endpoint.py", encoding="utf-8") as _source:
    exec(compile(_source.read(), "endpoint.py", "exec"), _namespace)
with open("arguments.json", encoding="utf-8") as _arguments:
    _kwargs = json.load(_arguments)
_function = _namespace.get(FUNCTION)
if not callable(_function):
    raise NameError("The endpoint's code defines no function " + FUNCTION)
_result = _function(**_kwargs)
with open("result.json", "w", encoding="utf-8") as _out:
    json.dump(_result, _out)
"""


def _refuse_dss_access(request: dict[str, Any]) -> Any:
    raise RequestRefused("An API node endpoint has no access to DSS: its code runs on the API node")


@handles("runApiNodeFunction")
def run_api_node_function(ctx: RequestContext) -> dict[str, Any]:
    service, generation, endpoint = _endpoint(ctx, ("PY_FUNCTION",))
    code = endpoint.get("code")
    function = endpoint.get("userFunctionName") or DEFAULT_FUNCTION
    if not isinstance(code, str) or not isinstance(function, str) or not function.isidentifier():
        raise _failed(ctx, bad_request(f"Endpoint {ctx.path['endpointId']} has no Python code or function name"))
    arguments = ctx.body if is_object(ctx.body) else {}
    config = ctx.services.config
    workdir = ctx.services.workdir / "apinode" / uuid.uuid4().hex
    workdir.mkdir(parents=True)
    logs: list[str] = []
    try:
        (workdir / "endpoint.py").write_text(code, encoding="utf-8")
        (workdir / "arguments.json").write_text(json.dumps(arguments), encoding="utf-8")
        control = TaskControl(Future(uuid.uuid4().hex, "API node function", "api-node", {}, False, 0, listed=False))
        limits = PythonLimits(
            memory_bytes=config.python_memory_bytes or None,
            file_bytes=config.python_max_file_bytes or None,
            processes=config.python_max_processes or None,
        )
        try:
            # No DKU_API_TICKET, no DKU_BACKEND_URL, no project: the code sees nothing of DSS.
            run_python(
                _RUNNER.replace("FUNCTION", json.dumps(function)),
                {},
                _refuse_dss_access,
                _keep_tail(logs),
                control,
                float(config.python_timeout_seconds),
                workdir,
                variables={},
                limits=limits,
                owner=ctx.services.state,
            )
        except PythonFailed as failure:
            raise _failed(ctx, DSSError(500, CODE_FAILED, f"Function endpoint failed: {failure}")) from None
        try:
            result = json.loads((workdir / "result.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise _failed(ctx, DSSError(500, CODE_FAILED, "The function's result is not JSON")) from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return _counted(
        ctx,
        {
            "response": result,
            "timing": {"preProcessing": 0, "execution": 1, "postProcessing": 0},
            "apiContext": _api_context(service, generation, ctx.path["endpointId"]),
        },
    )


def _keep_tail(lines: list[str]) -> Any:
    lock = threading.Lock()

    def log(line: str) -> None:
        with lock:
            lines.append(line)
            del lines[:-50]

    return log


# -- SQL query endpoints -----------------------------------------------------------------------------------

MAX_SQL_ROWS = 10_000


@handles("queryApiNodeSql")
def query_api_node_sql(ctx: RequestContext) -> dict[str, Any]:
    """Run the endpoint's query (``connection``, ``queries: [{"query", "inputParameters"}]``: the
    query's ``?`` placeholders take the named parameters in that order; the settings' names
    are the emulator's reading of DSS's, unverified). One query per endpoint: what DSS answers
    for several is unknown, so several are refused."""
    service, generation, endpoint = _endpoint(ctx, ("SQL_QUERY",))
    queries = endpoint.get("queries")
    connection_name = endpoint.get("connection")
    if not is_array(queries) or len(queries) != 1 or not is_mapping(queries[0]) or not isinstance(connection_name, str):
        raise _failed(ctx, bad_request(f"Endpoint {ctx.path['endpointId']} needs a 'connection' and one query"))
    query = queries[0].get("query")
    names = queries[0].get("inputParameters", [])
    if not isinstance(query, str) or not is_array(names):
        raise _failed(ctx, bad_request(f"Endpoint {ctx.path['endpointId']} has no SQL query"))
    parameters = ctx.body if is_object(ctx.body) else {}
    missing = [str(name) for name in names if name not in parameters]
    if missing:
        raise _failed(ctx, DSSError(400, ILLEGAL_ARGUMENT, f"Missing parameter(s): {', '.join(missing)}"))
    connection = sql_connection(ctx.services, connection_name)
    if connection is None:
        raise _failed(ctx, bad_request(f"SQL connection not found on this API node: {connection_name}"))
    values = [_sql_value(parameters[name]) for name in names]
    uri = "file:" + connection.database.resolve().as_posix() + "?mode=ro"
    guard = SessionGuard()
    try:
        session = sqlite3.connect(uri, uri=True, timeout=10)
    except sqlite3.Error as error:
        raise _failed(ctx, sql_error(error, "The query")) from None
    try:
        session.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        session.set_authorizer(guard.authorize)
        cursor = session.execute(query, values)
        columns = [str(d[0]) for d in cursor.description or ()]
        rows = [list(row) for row in cursor.fetchmany(MAX_SQL_ROWS)]
    except sqlite3.Error as error:
        raise _failed(ctx, sql_error(error, "The query", guard)) from None
    finally:
        session.close()
    return _counted(
        ctx,
        {
            "columns": columns,
            "rows": rows,
            "timing": {"execution": 1},
            "apiContext": _api_context(service, generation, ctx.path["endpointId"]),
        },
    )


def _sql_value(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise bad_request("SQL query parameters are strings, numbers or null")


# -- dataset lookup endpoints -------------------------------------------------------------------------------


def capture_lookup_rows(services: Any, project_key: str, service_id: str, package_id: str) -> None:
    """Copy the rows of the lookup datasets of the package's endpoints, as DSS bundles them into the
    package. An endpoint's ``lookups`` name ``datasetName``, ``lookupKeys`` (column names) and
    optionally ``columns`` to retrieve (all by default); those names are the emulator's reading of
    DSS's settings (unverified). Call with the state lock held."""
    from ..models.api_services import ApiServices

    state = services.state
    package = state.extension(ApiServices).package(project_key, service_id, package_id)
    project = state.projects.get(project_key)
    captured: dict[str, list[LookupTable]] = {}
    endpoints = package.content.service.get("endpoints")
    for endpoint in endpoints if is_array(endpoints) else []:
        if not is_mapping(endpoint) or endpoint.get("type") != "DATASETS_LOOKUP":
            continue
        lookups = endpoint.get("lookups")
        tables: list[LookupTable] = []
        for lookup in lookups if is_array(lookups) else []:
            name = lookup.get("datasetName") if is_mapping(lookup) else None
            dataset = project.datasets.get(name) if project is not None and isinstance(name, str) else None
            if dataset is None:
                raise bad_request(f"Lookup endpoint {endpoint.get('id')}: dataset {name!r} not found in {project_key}")
            source = open_source(data_store(services), project_key, dataset.definition)
            tables.append(LookupTable(str(name), column_names(dataset.definition), list(source.rows())))
        captured[str(endpoint.get("id"))] = tables
    state.extension(ApiNodeModel).lookup_rows[(project_key, service_id, package_id)] = captured


def _lookup(ctx: RequestContext, generation: Generation, endpoint: dict[str, Any], record: Any) -> dict[str, Any]:
    if not is_mapping(record):
        raise bad_request("Each record to look up must be an object ('data')")
    with ctx.services.state.lock:
        stored = _model(ctx).lookup_rows.get(generation.origin or ("", "", ""), {})
    tables = stored.get(str(endpoint.get("id")), [])
    lookups = endpoint.get("lookups")
    data = dict(record)
    found = True
    for lookup, table in zip(lookups if is_array(lookups) else [], tables, strict=False):
        settings: dict[str, Any] = dict(lookup) if is_mapping(lookup) else {}
        lookup_keys = settings.get("lookupKeys")
        keys = [str(k) for k in (lookup_keys if is_array(lookup_keys) else [])]
        missing = [key for key in keys if key not in record]
        if missing:
            raise DSSError(
                400, ILLEGAL_ARGUMENT, f"The record has no value for the lookup key(s): {', '.join(missing)}"
            )
        columns = settings.get("columns")
        wanted: list[Any] = list(columns) if is_array(columns) else list(table.columns)
        positions = {name: index for index, name in enumerate(table.columns)}
        match = table.find(tuple(keys), tuple(_text(record[key]) for key in keys))
        found = found and match is not None
        for column in wanted:
            if column not in keys:
                index = positions.get(str(column))
                data[str(column)] = match[index] if match is not None and index is not None else None
    return {"data": data, "found": found}


def _text(value: Any) -> str:
    """A key as the dataset's rows hold it (text)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


@handles("lookupApiNodeRecord")
def lookup_api_node_record(ctx: RequestContext) -> dict[str, Any]:
    service, generation, endpoint = _endpoint(ctx, ("DATASETS_LOOKUP",))
    try:
        result = _lookup(ctx, generation, endpoint, ctx.body_fields.get("data"))
    except DSSError as error:
        raise _failed(ctx, error) from None
    return _counted(
        ctx,
        {
            "results": [result],
            "timing": {"enrich": 0},
            "apiContext": _api_context(service, generation, ctx.path["endpointId"]),
        },
    )


@handles("lookupApiNodeRecords")
def lookup_api_node_records(ctx: RequestContext) -> dict[str, Any]:
    service, generation, endpoint = _endpoint(ctx, ("DATASETS_LOOKUP",))
    items = ctx.body_fields.get("items")
    try:
        results = [_lookup(ctx, generation, endpoint, item.get("data") if is_mapping(item) else None) for item in items]
    except DSSError as error:
        raise _failed(ctx, error) from None
    return _counted(
        ctx,
        {
            "results": results,
            "timing": {"enrich": 0},
            "apiContext": _api_context(service, generation, ctx.path["endpointId"]),
        },
    )


# -- admin API ----------------------------------------------------------------------------------------------


def _admin(ctx: RequestContext) -> ApiNodeModel:
    """The node's model, once the request's admin key is checked (401 without one, 403 for a wrong one)."""
    caller = _node_caller(ctx)
    model = _model(ctx)
    if caller.key is None:
        raise DSSError(401, NOT_AUTHENTICATED, "The API node's admin API needs an admin API key")
    if not model.admin_key_valid(caller.key):
        raise DSSError(403, NOT_AUTHENTICATED, "Invalid admin API key for this API node")
    return model


def _admin_service(ctx: RequestContext) -> tuple[ApiNodeModel, NodeService]:
    model = _admin(ctx)
    return model, model.service(ctx.path["serviceId"])


@handles("createApiNodeService")
def create_api_node_service(ctx: RequestContext) -> None:
    service_id = ctx.body_fields.get("serviceId")
    with ctx.services.state.lock:
        model = _admin(ctx)
        if not isinstance(service_id, str) or not service_id:
            raise bad_request("serviceId is required")
        if service_id in model.services():
            raise DSSError(
                409, "com.dataiku.dip.exceptions.AlreadyExistsException", f"Service already exists: {service_id}"
            )
        model.local[service_id] = NodeService(service_id)


@handles("listApiNodeServices")
def list_api_node_services(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return [service.state() for service in _admin(ctx).services().values()]


@handles("deleteApiNodeService")
def delete_api_node_service(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model, service = _admin_service(ctx)
        if service.deployment_id is not None:
            # Unverified: a real API node deletes it (and the API Deployer then reports the
            # deployment out of sync); the emulator keeps the deployer the one owner of its services.
            raise bad_request(
                f"Service {service.id} was deployed by the API Deployer (deployment {service.deployment_id}): "
                "delete or disable the deployment instead"
            )
        del model.local[service.id]


@handles("listApiNodeServiceGenerations")
def list_api_node_service_generations(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, service = _admin_service(ctx)
        return {"generations": list(service.generations)}


@handles("importApiNodeServiceGeneration")
def import_api_node_service_generation(ctx: RequestContext) -> None:
    # Reading any file of the emulator's machine by path would make the admin API a file reader
    # of the host: refused, as the deployer's updates are how generations reach this node.
    with ctx.services.state.lock:
        _admin_service(ctx)
    raise DSSError(
        501,
        NOT_IMPLEMENTED,
        "The emulator's API node does not import archives from its file system: "
        "deploy the service through the API Deployer",
    )


@handles("preloadApiNodeServiceGeneration")
def preload_api_node_service_generation(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _, service = _admin_service(ctx)
        if ctx.path["generation"] not in service.generations:
            raise not_found(f"Service {service.id} has no generation {ctx.path['generation']}")


@handles("disableApiNodeService")
def disable_api_node_service(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model, service = _admin_service(ctx)
        model.set_state(service, enabled=False)


@handles("enableApiNodeService")
def enable_api_node_service(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model, service = _admin_service(ctx)
        model.set_state(service, enabled=True)


@handles("setApiNodeServiceMapping")
def set_api_node_service_mapping(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model, service = _admin_service(ctx)
        entries = mapping_entries(ctx.body_fields, service.generations, service.id)
        model.set_state(service, enabled=True, mapping=entries)


@handles("switchApiNodeServiceToNewest")
def switch_api_node_service_to_newest(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model, service = _admin_service(ctx)
        if not service.generations:
            raise bad_request(f"Service {service.id} has no generation")
        newest = list(service.generations)[-1]
        model.set_state(service, enabled=True, mapping=[{"generation": newest, "proba": 1.0}])
        return {"generation": newest}


@handles("switchApiNodeServiceToGeneration")
def switch_api_node_service_to_generation(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model, service = _admin_service(ctx)
        generation = ctx.path["generation"]
        if generation not in service.generations:
            raise not_found(f"Service {service.id} has no generation {generation}")
        model.set_state(service, enabled=True, mapping=[{"generation": generation, "proba": 1.0}])


@handles("getApiNodeMetrics")
def get_api_node_metrics(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = _admin(ctx)
        return {
            "services": {
                service_id: {"endpoints": {e: dict(counts) for e, counts in endpoints.items()}}
                for service_id, endpoints in model.metrics.items()
            }
        }


def _no_caches(ctx: RequestContext, what: str) -> dict[str, Any]:
    with ctx.services.state.lock:
        _admin(ctx)
    raise DSSError(501, NOT_IMPLEMENTED, f"The emulator's API node has no {what}")


@handles("importApiNodeCodeEnvInCache")
def import_api_node_code_env_in_cache(ctx: RequestContext) -> dict[str, Any]:
    return _no_caches(ctx, "code env cache to import into")


@handles("registerApiNodeCodeEnvInCache")
def register_api_node_code_env_in_cache(ctx: RequestContext) -> dict[str, Any]:
    return _no_caches(ctx, "code env cache to register into")


@handles("importApiNodeModelArchive")
def import_api_node_model_archive(ctx: RequestContext) -> dict[str, Any]:
    return _no_caches(ctx, "model cache (its models come with the packages deployed on it)")


@handles("clearApiNodeModelCache")
def clear_api_node_model_cache(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _admin(ctx)  # nothing cached: the cache is empty already


@handles("cleanApiNodeCodeEnvCache")
def clean_api_node_code_env_cache(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _admin(ctx)
    return {"deletedCodeEnvs": []}  # the emulator caches no code env


@handles("cleanApiNodeUnusedServices")
def clean_api_node_unused_services(ctx: RequestContext) -> dict[str, Any]:
    """Deletes the disabled services declared through the admin API, and the generations no
    mapping uses (of those services); answers what it deleted (the emulator's shape, unverified)."""
    with ctx.services.state.lock:
        model = _admin(ctx)
        deleted = [service_id for service_id, service in model.local.items() if not service.enabled]
        for service_id in deleted:
            del model.local[service_id]
        generations: dict[str, list[str]] = {}
        for service in model.local.values():
            used = {entry["generation"] for entry in service.mapping}
            unused = [g for g in service.generations if g not in used]
            for generation in unused:
                del service.generations[generation]
            if unused:
                generations[service.id] = unused
        return {"deletedServices": deleted, "deletedGenerations": generations, "deletedCodeEnvs": []}


@handles("listApiNodeAdminKeys")
def list_api_node_admin_keys(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return [dict(entry) for entry in _admin(ctx).admin_keys]


@handles("createApiNodeAdminKey")
def create_api_node_admin_key(ctx: RequestContext) -> dict[str, Any]:
    fields: dict[str, Any] = dict(ctx.body_fields) if is_mapping(ctx.body_fields) else {}
    with ctx.services.state.lock:
        model = _admin(ctx)
        entry: dict[str, Any] = {
            "id": uuid.uuid4().hex[:16],
            "key": secrets.token_urlsafe(24),
            "createdOn": ctx.services.state.clock(),
        }
        for name in ("label", "description", "createdBy", "expiry"):
            if fields.get(name) is not None:
                entry[name] = fields[name]
        model.admin_keys.append(entry)
        return dict(entry)


@handles("deleteApiNodeAdminKey")
def delete_api_node_admin_key(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model = _admin(ctx)
        kept = [entry for entry in model.admin_keys if entry.get("key") != ctx.path["key"]]
        if len(kept) == len(model.admin_keys):
            raise not_found("No such admin API key")
        model.admin_keys[:] = kept


@handles("deleteApiNodeAdminKeyById")
def delete_api_node_admin_key_by_id(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        model = _admin(ctx)
        kept = [entry for entry in model.admin_keys if entry.get("id") != ctx.path["keyId"]]
        if len(kept) == len(model.admin_keys):
            raise not_found(f"No admin API key with id {ctx.path['keyId']}")
        model.admin_keys[:] = kept
