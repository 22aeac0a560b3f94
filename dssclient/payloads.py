"""TypedDicts of the DSS public API's payloads, generated from the spec: do not edit.

Written by scripts/generate.py (scripts/payload_types.py) from spec/dss-public-api.yaml.

The payloads themselves stay the plain dicts DSS sent: these types exist for type checkers and
IDEs. The handles import this module under ``if TYPE_CHECKING:`` only, so it costs nothing at run
time; it imports fine at run time too (for annotations evaluated at run time), with
typing_extensions when installed and without it otherwise (the TypedDicts are then plain
``typing`` TypedDicts, closed to no one at run time anyway).

Every TypedDict is open to keys the spec does not list (PEP 728 ``extra_items=Any``): pyright
reads an undeclared key as ``Any``; mypy does not implement PEP 728 yet and refuses an
undeclared key: reach one with ``payload.get("key")`` (``object``) or through
``cast("dict[str, Any]", payload)["key"]``.
"""

# ruff: noqa: E501

from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypeAlias

if TYPE_CHECKING:
    from typing_extensions import TypedDict
else:
    try:
        from typing_extensions import TypedDict
    except ImportError:  # plain typing takes no PEP 728 keyword: plain dict classes then, as good at run time

        class _Open(dict):
            def __init_subclass__(cls, **pep728):
                super().__init_subclass__()

        def TypedDict(typename, fields, /, **pep728):  # noqa: N802
            return type(typename, (_Open,), {"__annotations__": dict(fields)})

        TypedDict.__mro_entries__ = lambda bases: (_Open,)


class AddCustomEvaluationBody(TypedDict, extra_items=Any):
    """The custom evaluation to record."""

    # Identifier of the new evaluation (DSS chooses one when absent).
    evaluationId: NotRequired[str | None]
    # Name of the evaluation.
    name: NotRequired[str | None]
    # The metrics.
    metrics: "list[CustomEvaluationMetric]"
    # Labels of the evaluation.
    labels: NotRequired["list[EvaluationLabel] | None"]
    # Full id of the saved model version evaluated (model evaluation stores only).
    fullModelId: NotRequired[str | None]


class AnalysisCreated(TypedDict, extra_items=Any):
    """The analysis created."""

    # Identifier of the new analysis.
    id: str


class AnalysisDefinition(TypedDict, extra_items=Any):
    """The definition of a visual analysis: the dataset it works on and the script (preparation steps, sampling,
    how the data is shown) applied to it before its charts and ML tasks.
    """

    # Project of the analysis.
    projectKey: NotRequired[str | None]
    # Identifier of the analysis.
    id: NotRequired[str | None]
    # Name of the analysis.
    name: NotRequired[str | None]
    # The dataset the analysis works on.
    inputDatasetSmartName: NotRequired[str | None]
    # The preparation script applied to the dataset.
    script: NotRequired["AnalysisScript | None"]
    # The charts of the analysis.
    charts: NotRequired["list[AnalysisDefinitionChartsItem] | None"]
    # Tags of the analysis.
    tags: NotRequired[list[str] | None]
    # Long description, in Markdown (unverified).
    description: NotRequired[str | None]
    # One-line description (unverified).
    shortDesc: NotRequired[str | None]
    # Who created the analysis, and when.
    creationTag: NotRequired["UserTag | None"]
    # Who last changed the analysis, and when.
    versionTag: NotRequired["UserTag | None"]


_AnalysisDefinitionChartsItemKeys = TypedDict(
    "_AnalysisDefinitionChartsItemKeys",
    {
        # The chart's definition (its type, name, dimensions and measures).
        "def": NotRequired["AnalysisDefinitionChartsItemDef | None"],
    },
)


class AnalysisDefinitionChartsItem(_AnalysisDefinitionChartsItemKeys, extra_items=Any):
    """A chart of the analysis."""

    # The engine computing the chart (unverified).
    engineType: NotRequired[str | None]


class AnalysisDefinitionChartsItemDef(TypedDict, extra_items=Any):
    """The chart's definition (its type, name, dimensions and measures)."""

    # The kind of chart (`grouped_columns`, `lines`, `pie`, ...) (unverified).
    type: NotRequired[str | None]
    # Name of the chart (unverified).
    name: NotRequired[str | None]


class AnalysisListItem(TypedDict, extra_items=Any):
    """A visual analysis as listed."""

    # Identifier of the analysis.
    analysisId: str
    # Name of the analysis.
    analysisName: NotRequired[str | None]
    # The dataset the analysis works on (its smart name).
    inputDataset: NotRequired[str | None]
    # Project of the analysis (unverified).
    projectKey: NotRequired[str | None]
    # How many ML tasks the analysis holds (unverified).
    nbMLTasks: NotRequired[int | None]


class AnalysisScript(TypedDict, extra_items=Any):
    """The preparation script of a visual analysis."""

    # The preparation steps, in order (the steps of a prepare recipe).
    steps: NotRequired["list[AnalysisScriptStep] | None"]
    # The sample of the dataset the script is designed on.
    explorationSampling: NotRequired["AnalysisScriptExplorationSampling | None"]
    # The filters of the exploration view (unverified).
    explorationFilters: NotRequired["list[AnalysisScriptExplorationFiltersItem] | None"]
    # Which rows the preview shows (unverified).
    previewMode: NotRequired[str | None]


class AnalysisScriptExplorationFiltersItem(TypedDict, extra_items=Any):
    """A filter."""

    # The column filtered (unverified).
    column: NotRequired[str | None]
    # The kind of filter (unverified).
    type: NotRequired[str | None]


class AnalysisScriptExplorationSampling(TypedDict, extra_items=Any):
    """The sample of the dataset the script is designed on."""

    # Which rows make the sample.
    selection: NotRequired["DataSelection | None"]
    # Whether the sample is rebuilt when the dataset changes (unverified).
    autoRefreshSample: NotRequired[bool | None]


class AnalysisScriptStep(TypedDict, extra_items=Any):
    """One step of a preparation script."""

    # `PROCESSOR` for a processor step, `GROUP` for a group of steps.
    metaType: NotRequired[str | None]
    # The processor (`CreateColumnWithGREL`, `FlagOnValue`, `FilterOnBadType`, `RemoveRowsOnEmpty`, ...).
    type: NotRequired[str | None]
    # Name the step is shown with.
    name: NotRequired[str | None]
    # Whether the step is off.
    disabled: NotRequired[bool | None]
    # The processor's parameters; each processor reads its own (those below are the common ones).
    params: NotRequired["AnalysisScriptStepParams | None"]
    # The steps of a group.
    steps: NotRequired["list[AnalysisScriptStepStepsItem] | None"]


class AnalysisScriptStepParams(TypedDict, extra_items=Any):
    """The processor's parameters; each processor reads its own (those below are the common ones)."""

    # Which columns the step applies to: `SINGLE_COLUMN`, `COLUMNS`, `PATTERN` or `ALL`.
    appliesTo: NotRequired[str | None]
    # The columns the step applies to.
    columns: NotRequired[list[str] | None]
    # The regular expression choosing the columns, with `PATTERN`.
    appliesToPattern: NotRequired[str | None]
    # The column a formula writes.
    column: NotRequired[str | None]
    # The formula of a `CreateColumnWithGREL` step.
    expression: NotRequired[str | None]
    # The column receiving a formula's errors.
    errorColumn: NotRequired[str | None]
    # What a match does: `KEEP_ROW`, `REMOVE_ROW`, `CLEAR_CELL`, `DONTCLEAR_CELL` or `FLAG`.
    action: NotRequired[str | None]
    # How the matches of several columns combine: `AND` or `OR`.
    booleanMode: NotRequired[str | None]
    # The column the `FLAG` action writes.
    flagColumn: NotRequired[str | None]
    # The values a `FlagOnValue` step matches.
    values: NotRequired[list[str] | None]
    # How a cell matches a value: `FULL_STRING`, `SUBSTRING` or `PATTERN`.
    matchingMode: NotRequired[str | None]
    # How cells and values are compared: `EXACT`, `LOWERCASE` or `NORMALIZED`.
    normalizationMode: NotRequired[str | None]
    # The meaning a `FilterOnBadType` step checks cells against.
    type: NotRequired[str | None]
    # For `RemoveRowsOnEmpty`, keep only the rows with an empty cell (instead of removing them).
    keep: NotRequired[bool | None]


class AnalysisScriptStepStepsItem(TypedDict, extra_items=Any):
    """A step of the group (a step as above)."""

    # `PROCESSOR` or `GROUP`.
    metaType: NotRequired[str | None]
    # The processor.
    type: NotRequired[str | None]
    # The processor's parameters.
    params: NotRequired["AnalysisScriptStepStepsItemParams | None"]


class AnalysisScriptStepStepsItemParams(TypedDict, extra_items=Any):
    """The processor's parameters."""

    # The columns the step applies to.
    columns: NotRequired[list[str] | None]


class ApiDeployerDeploymentHeavyStatus(TypedDict, extra_items=Any):
    """The heavy status of a deployment, with its health."""

    # `HEALTHY`, `WARNING`, `OUT_OF_SYNC`, `UNHEALTHY`, `ERROR` or `UNKNOWN`.
    health: str
    healthMessages: "ApiDeployerInfoMessages"
    # The endpoints the deployment serves.
    endpoints: NotRequired["list[ApiServiceEndpointSummary]"]
    # The API nodes serving the deployment (STATIC infrastructures), with their health.
    apiNodes: NotRequired["list[ApiDeployerDeploymentHeavyStatusApiNodesItem]"]
    # Base URL the deployment answers at (other infrastructures), once deployed.
    publicURL: NotRequired[str]


class ApiDeployerDeploymentHeavyStatusApiNodesItem(TypedDict, extra_items=Any):
    """One API node."""

    # Base URL of the API node.
    url: str
    # Health of the service on this node.
    health: NotRequired[str]


class ApiDeployerDeploymentLightStatus(TypedDict, extra_items=Any):
    """The light status of a deployment, without its health."""

    # What the deployment deploys where.
    deploymentBasicInfo: "ApiDeployerDeploymentLightStatusDeploymentBasicInfo"
    infraBasicInfo: NotRequired["ApiDeployerInfraBasicInfo"]
    # The identity of the published service.
    serviceBasicInfo: NotRequired["ApiDeployerDeploymentLightStatusServiceBasicInfo"]
    # Whether no update of the deployment ever succeeded.
    neverEverDeployed: NotRequired[bool]


class ApiDeployerDeploymentLightStatusDeploymentBasicInfo(TypedDict, extra_items=Any):
    """What the deployment deploys where."""

    # Identifier of the deployment.
    id: str
    # Kind of deployment (`API_SERVICE`).
    type: NotRequired[str]
    # The published service deployed.
    publishedServiceId: NotRequired[str]
    # The identifier the service answers under on the infrastructure.
    deployedServiceId: NotRequired[str]
    # The infrastructure deployed on.
    infraId: NotRequired[str]
    # Whether the deployment is enabled.
    enabled: NotRequired[bool]
    generationsMapping: NotRequired["ApiDeployerGenerationsMapping"]
    # The endpoint deployed, on a Deploy Anywhere infrastructure.
    endpointId: NotRequired[str]


class ApiDeployerDeploymentLightStatusServiceBasicInfo(TypedDict, extra_items=Any):
    """The identity of the published service."""

    # Identifier of the published service.
    id: NotRequired[str]
    # Display name.
    name: NotRequired[str]


class ApiDeployerDeploymentRef(TypedDict, extra_items=Any):
    """A deployment, as the statuses of infrastructures and published services list it."""

    # Identifier of the deployment.
    id: str
    # Kind of deployment (`API_SERVICE`).
    type: NotRequired[str]
    # The published service it deploys.
    publishedServiceId: NotRequired[str]
    # The infrastructure it deploys on.
    infraId: NotRequired[str]
    # Whether the deployment is enabled.
    enabled: NotRequired[bool]
    generationsMapping: NotRequired["ApiDeployerGenerationsMapping"]


class ApiDeployerDeploymentSettings(TypedDict, extra_items=Any):
    """The settings of a deployment. Save them back whole; they take effect on the next update."""

    # Identifier of the deployment; cannot change.
    id: NotRequired[str | None]
    # The published service deployed; cannot change.
    publishedServiceId: NotRequired[str | None]
    # The infrastructure deployed on; cannot change.
    infraId: NotRequired[str | None]
    # Whether the deployment is enabled.
    enabled: NotRequired[bool | None]
    # Which versions the deployment serves.
    generationsMapping: NotRequired["ApiDeployerGenerationsMapping | None"]
    # The endpoint deployed, on a Deploy Anywhere infrastructure.
    endpointId: NotRequired[str | None]
    # Groups allowed to query the deployment through the deployer (`group`, `queryThroughDeployer`).
    authorizationsToQueryThroughDeployer: NotRequired[
        "list[ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerItem] | None"
    ]
    # Tags of the deployment.
    tags: NotRequired[list[str] | None]


class ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerItem(TypedDict, extra_items=Any):
    """One group's authorization."""

    # The group.
    group: NotRequired[str | None]
    # Whether its members may query the deployment through the deployer (unverified).
    canQuery: NotRequired[bool | None]


class ApiDeployerDeploymentUpdate(TypedDict, extra_items=Any):
    """An update of a deployment, with its logs."""

    # When the update started, in milliseconds since the Unix epoch; identifies it.
    startTimestamp: int
    # When it ended.
    endTimestamp: NotRequired[int]
    # Login of the user who asked for it.
    requester: NotRequired[str]
    # What the update did (`UPDATE`, `DISABLE`).
    type: NotRequired[str]
    # `SUCCESS` or `FAILED`.
    status: NotRequired[str]
    # The update's log.
    logs: NotRequired["ApiDeployerDeploymentUpdateLogs"]


class ApiDeployerDeploymentUpdateListItem(TypedDict, extra_items=Any):
    """An update of a deployment, as listed."""

    # When the update started, in milliseconds since the Unix epoch; identifies it.
    startTimestamp: int
    # When it ended.
    endTimestamp: NotRequired[int]
    # Login of the user who asked for it.
    requester: NotRequired[str]
    # What the update did (`UPDATE`, `DISABLE`).
    type: NotRequired[str]
    # `SUCCESS` or `FAILED`.
    status: NotRequired[str]


class ApiDeployerDeploymentUpdateLogs(TypedDict, extra_items=Any):
    """The update's log."""

    # Log lines, in order.
    lines: NotRequired[list[str]]


class ApiDeployerGenerationsMapping(TypedDict, extra_items=Any):
    """Which versions ("generations") of the published service a deployment serves: `{"mode": "SINGLE_GENERATION",
    "generation": <version>}`, or a mode splitting queries between `entries` (each with a `generation`).
    """

    # `SINGLE_GENERATION`, `MULTI_GENERATION_RANDOM` or `MULTI_GENERATION_HASH_BASED`.
    mode: NotRequired[str]
    # The version served, in mode `SINGLE_GENERATION`.
    generation: NotRequired[str]
    # The versions served in the other modes.
    entries: NotRequired["list[ApiDeployerGenerationsMappingEntriesItem]"]


class ApiDeployerGenerationsMappingEntriesItem(TypedDict, extra_items=Any):
    """One version and its share of the queries."""

    # A version of the published service.
    generation: NotRequired[str]
    # Share of the queries it serves.
    proba: NotRequired[float]


class ApiDeployerInfoMessages(TypedDict, extra_items=Any):
    """DSS's list of messages about an object, with their worst severity."""

    # The messages.
    messages: NotRequired["list[ApiDeployerInfoMessagesMessagesItem]"]
    # The worst severity among the messages; absent when there is none.
    maxSeverity: NotRequired[str]
    # Whether there is any message.
    anyMessage: NotRequired[bool]
    # Whether the worst message is of severity `SUCCESS`.
    success: NotRequired[bool]
    # Whether the worst message is a warning.
    warning: NotRequired[bool]
    # Whether the worst message is an error.
    error: NotRequired[bool]


class ApiDeployerInfoMessagesMessagesItem(TypedDict, extra_items=Any):
    """One message."""

    # `INFO`, `WARNING` or `ERROR`.
    severity: NotRequired[str]
    # A stable code for the kind of message.
    code: NotRequired[str]
    # Whether the problem prevents the deployment from working.
    isFatal: NotRequired[bool]
    # Short text.
    title: NotRequired[str]
    # Full text.
    message: NotRequired[str]


class ApiDeployerInfraBasicInfo(TypedDict, extra_items=Any):
    """The identity of an infrastructure."""

    # Identifier of the infrastructure.
    id: str
    # Stage it belongs to.
    stage: NotRequired[str]
    # `STATIC`, `K8S`, `AZURE_ML`, `SAGEMAKER`, `SNOWPARK`, `VERTEX_AI` or `DATABRICKS`.
    type: NotRequired[str]
    # `PREVENT`, `WARN` or `NO_CHECK`.
    governCheckPolicy: NotRequired[str]
    # URLs of its API nodes (STATIC infrastructures).
    apiNodeUrls: NotRequired[list[str]]


class ApiDeployerInfraSettings(TypedDict, extra_items=Any):
    """The settings of an infrastructure. Save them back whole: DSS replaces the settings with what it receives."""

    # Identifier of the infrastructure.
    id: NotRequired[str | None]
    # Kind of infrastructure; cannot change.
    type: NotRequired[str | None]
    # Stage it belongs to.
    stage: NotRequired[str | None]
    # `PREVENT`, `WARN` or `NO_CHECK`.
    governCheckPolicy: NotRequired[str | None]
    # API nodes of a STATIC infrastructure.
    apiNodes: NotRequired["list[ApiDeployerInfraSettingsApiNodesItem] | None"]
    # What groups may do with the infrastructure (`group`, `read`, `deploy`, `admin`).
    permissions: NotRequired["list[DeployerPermissionItem] | None"]


class ApiDeployerInfraSettingsApiNodesItem(TypedDict, extra_items=Any):
    """One API node."""

    # Base URL of the API node.
    url: str
    # The API node's administration key (a secret).
    adminAPIKey: NotRequired[str | None]
    # Prefix of the node's metrics in Graphite.
    graphitePrefix: NotRequired[str | None]


class ApiDeployerInfraStatus(TypedDict, extra_items=Any):
    """The light status of an infrastructure."""

    infraBasicInfo: "ApiDeployerInfraBasicInfo"
    # The deployments on the infrastructure.
    deployments: "list[ApiDeployerDeploymentRef]"
    # Whether the caller administers the infrastructure.
    isAdmin: NotRequired[bool]
    # Whether the caller may deploy on it.
    canDeploy: NotRequired[bool]


class ApiDeployerOpenApiDocument(TypedDict, extra_items=Any):
    """An OpenAPI document describing the endpoints of a deployed service."""

    # Version of the OpenAPI specification the document follows.
    openapi: NotRequired[str]
    # Title and version of the service.
    info: NotRequired["ApiDeployerOpenApiDocumentInfo"]
    # Where the service answers.
    servers: NotRequired["list[ApiDeployerOpenApiDocumentServersItem]"]
    # The endpoints' paths, each an OpenAPI path item (free-form here).
    paths: NotRequired[dict[str, Any]]


class ApiDeployerOpenApiDocumentInfo(TypedDict, extra_items=Any):
    """Title and version of the service."""

    # Title of the document.
    title: NotRequired[str | None]
    # Version of the service.
    version: NotRequired[str | None]
    # Description (unverified).
    description: NotRequired[str | None]


class ApiDeployerOpenApiDocumentServersItem(TypedDict, extra_items=Any):
    """One base URL."""

    # The base URL.
    url: NotRequired[str | None]
    # What it is (unverified).
    description: NotRequired[str | None]


class ApiDeployerQueryResults(TypedDict, extra_items=Any):
    """The answers of queries sent to a deployment through the deployer."""

    # The deployment queried.
    deploymentId: NotRequired[str]
    # The endpoint queried.
    endpointId: NotRequired[str]
    # One answer per query, in order.
    responses: NotRequired["list[ApiDeployerQueryResultsResponsesItem]"]


class ApiDeployerQueryResultsResponsesItem(TypedDict, extra_items=Any):
    """A query and the service's answer."""

    # The query sent.
    query: NotRequired["ApiDeployerQueryResultsResponsesItemQuery"]
    # Whether the service answered without error.
    ok: NotRequired[bool]
    # The service's answer, as an API node gives it.
    response: NotRequired["ApiDeployerQueryResultsResponsesItemResponse"]


class ApiDeployerQueryResultsResponsesItemQuery(TypedDict, extra_items=Any):
    """The query sent."""

    # The features of a prediction query, by name.
    features: NotRequired[dict[str, Any] | None]
    # Extra context of the query (unverified).
    context: NotRequired[dict[str, Any] | None]
    # The parameters of a function query (unverified).
    params: NotRequired[dict[str, Any] | None]


class ApiDeployerQueryResultsResponsesItemResponse(TypedDict, extra_items=Any):
    """The service's answer, as an API node gives it."""

    # The prediction or the function's result.
    result: NotRequired["ApiDeployerQueryResultsResponsesItemResponseResult | None"]
    # How long each stage took (unverified).
    timing: NotRequired["ApiDeployerQueryResultsResponsesItemResponseTiming | None"]
    # The service, endpoint and generation that answered (unverified).
    apiContext: NotRequired["ApiDeployerQueryResultsResponsesItemResponseApiContext | None"]
    # Whether the query was ignored (unverified).
    ignored: NotRequired[bool | None]


class ApiDeployerQueryResultsResponsesItemResponseApiContext(TypedDict, extra_items=Any):
    """The service, endpoint and generation that answered (unverified)."""

    # The API service.
    serviceId: NotRequired[str | None]
    # The endpoint.
    endpointId: NotRequired[str | None]
    # The generation (version) of the service.
    serviceGeneration: NotRequired[str | None]


class ApiDeployerQueryResultsResponsesItemResponseResult(TypedDict, extra_items=Any):
    """The prediction or the function's result."""

    # The predicted value or class, for a prediction endpoint.
    prediction: NotRequired[Any]
    # Probability of each class, for a classification endpoint.
    probas: NotRequired[dict[str, float] | None]
    # The function's answer, for a function endpoint (unverified).
    response: NotRequired[Any]


class ApiDeployerQueryResultsResponsesItemResponseTiming(TypedDict, extra_items=Any):
    """How long each stage took (unverified)."""

    # Milliseconds spent preparing the query (unverified).
    preProcessing: NotRequired[int | None]
    # Milliseconds spent predicting (unverified).
    predicting: NotRequired[int | None]
    # Milliseconds spent waiting (unverified).
    wait: NotRequired[int | None]


class ApiDeployerServiceSettings(TypedDict, extra_items=Any):
    """The settings of a published service: mostly who may do what with it. Save them back whole."""

    # Identifier of the published service.
    id: NotRequired[str | None]
    # Display name.
    name: NotRequired[str | None]
    # Login of its owner.
    owner: NotRequired[str | None]
    # What groups may do with it (`group`, `read`, `write`, `deploy`).
    permissions: NotRequired["list[DeployerPermissionItem] | None"]


class ApiDeployerServiceStatus(TypedDict, extra_items=Any):
    """The light status of a published service."""

    # The identity of the published service.
    serviceBasicInfo: "ApiDeployerServiceStatusServiceBasicInfo"
    # Its versions, oldest first.
    packages: "list[ApiDeployerServiceVersion]"
    # The deployments of its versions, on every infrastructure.
    deployments: "list[ApiDeployerDeploymentRef]"
    # Whether the caller may change it.
    canWrite: NotRequired[bool]


class ApiDeployerServiceStatusServiceBasicInfo(TypedDict, extra_items=Any):
    """The identity of the published service."""

    # Identifier of the published service.
    id: str
    # Display name.
    name: NotRequired[str]
    # Login of its owner.
    owner: NotRequired[str]


class ApiDeployerServiceVersion(TypedDict, extra_items=Any):
    """A version of a published service."""

    # Identifier of the version.
    id: str
    # When it was published or imported, in milliseconds since the Unix epoch.
    publishedOn: NotRequired[int]
    # Login of the user who published it.
    publishedBy: NotRequired[str]
    # Where the version was designed (`projectKey`, `serviceId`).
    designNodeInfo: NotRequired["ApiDeployerServiceVersionDesignNodeInfo"]
    # The endpoints of the version.
    endpoints: NotRequired["list[ApiServiceEndpointSummary]"]


class ApiDeployerServiceVersionDesignNodeInfo(TypedDict, extra_items=Any):
    """Where the version was designed (`projectKey`, `serviceId`)."""

    # The design project.
    projectKey: NotRequired[str | None]
    # The API service in it.
    serviceId: NotRequired[str | None]
    # Version of the design node (unverified).
    dssVersion: NotRequired[str | None]


class ApiDeployerStage(TypedDict, extra_items=Any):
    """A stage of deployment infrastructures."""

    # Identifier of the stage.
    id: str
    # Description.
    desc: NotRequired[str]


class ApiNodeAdminKey(TypedDict, extra_items=Any):
    """An admin API key of the API node."""

    # Identifier of the key.
    id: NotRequired[str]
    # The secret.
    key: NotRequired[str]
    # A label for the key.
    label: NotRequired[str | None]
    # A description of the key.
    description: NotRequired[str | None]
    # Who created the key.
    createdBy: NotRequired[str | None]
    # When the key was created, epoch milliseconds.
    createdOn: NotRequired[int]
    # Expiry time, epoch milliseconds (none: never expires).
    expiry: NotRequired[int | None]


class ApiNodeAdminKeyBody(TypedDict, extra_items=Any):
    """The admin API key to create."""

    # A label for the key.
    label: NotRequired[str | None]
    # A description of the key.
    description: NotRequired[str | None]
    # Who created the key.
    createdBy: NotRequired[str | None]
    # Expiry time, epoch milliseconds.
    expiry: NotRequired[int | None]


class ApiNodeAnswer(TypedDict, extra_items=Any):
    """What an administration action reports (its content is not documented)."""

    # A message.
    msg: NotRequired[str]
    # Services deleted (the emulator's key; unverified).
    deletedServices: NotRequired[list[str]]
    # Generations deleted, by service (unverified).
    deletedGenerations: NotRequired[dict[str, list[str]]]
    # Code envs deleted (unverified).
    deletedCodeEnvs: NotRequired[list[str]]


class ApiNodeApiContext(TypedDict, extra_items=Any):
    """Which service, endpoint and generation answered."""

    # Identifier of the service.
    serviceId: NotRequired[str]
    # Identifier of the endpoint.
    endpointId: NotRequired[str]
    # The generation (package version) that answered.
    serviceGeneration: NotRequired[str]


class ApiNodeCreateServiceBody(TypedDict, extra_items=Any):
    """The service to declare."""

    # Identifier of the service.
    serviceId: str


class ApiNodeDispatch(TypedDict, extra_items=Any):
    """Which generation of a multi-generation service answers."""

    # This generation, whatever the service's mapping.
    forcedGeneration: NotRequired[str]
    # A key hashed onto the mapping's proportions (the same key always reaches the same generation).
    dispatchKey: NotRequired[str]


class ApiNodeExplanationsRequest(TypedDict, extra_items=Any):
    """Individual explanations asked for (each unset option takes the endpoint's value)."""

    # Whether to compute explanations (null: the endpoint's setting).
    enabled: NotRequired[bool | None]
    # `SHAPLEY` or `ICE`.
    method: NotRequired[str | None]
    # Explanations per prediction (null: the endpoint's setting).
    nExplanations: NotRequired[int | None]
    # Precision of the SHAPLEY method, 25 to 1000 (null: the endpoint's setting).
    nMonteCarloSteps: NotRequired[int | None]


class ApiNodeForecastBody(TypedDict, extra_items=Any):
    """The time series records to forecast from (feature values by column name)."""

    # The records, in order.
    items: list[dict[str, Any]]
    dispatch: NotRequired["ApiNodeDispatch"]


class ApiNodeFunctionResult(TypedDict, extra_items=Any):
    """What a function endpoint answered."""

    # The function's return value, as JSON.
    response: NotRequired[Any]
    # Time spent per phase, in milliseconds.
    timing: NotRequired["ApiNodeFunctionResultTiming"]
    apiContext: NotRequired["ApiNodeApiContext"]


class ApiNodeFunctionResultTiming(TypedDict, extra_items=Any):
    """Time spent per phase, in milliseconds."""

    # Milliseconds spent before the endpoint's work.
    preProcessing: NotRequired[int]
    # Milliseconds spent waiting for a worker.
    wait: NotRequired[int]
    # Milliseconds spent on enrichments and lookups.
    enrich: NotRequired[int]
    # Milliseconds spent preparing the features.
    preparation: NotRequired[int]
    # Milliseconds spent predicting.
    prediction: NotRequired[int]
    # Milliseconds spent running the function or query.
    execution: NotRequired[int]
    # Milliseconds spent after the endpoint's work.
    postProcessing: NotRequired[int]


class ApiNodeGenerations(TypedDict, extra_items=Any):
    """The generations of a service, oldest first."""

    # The generations' identifiers, oldest first.
    generations: NotRequired[list[str]]


class ApiNodeGenerationsMapping(TypedDict, extra_items=Any):
    """Which generations of a service answer, in which proportions."""

    # The generations that answer, each with its share.
    entries: "list[ApiNodeMappingEntry]"


class ApiNodeLookupBody(TypedDict, extra_items=Any):
    """One record to look up."""

    # The record's columns, the lookup keys among them.
    data: dict[str, Any]
    # Context information, logged but not used.
    context: NotRequired[dict[str, Any]]


class ApiNodeLookupItem(TypedDict, extra_items=Any):
    """One record of a batch to look up."""

    # The record's columns, by name.
    data: dict[str, Any]
    # Context information, logged but not used.
    context: NotRequired[dict[str, Any]]


class ApiNodeLookupMultiBody(TypedDict, extra_items=Any):
    """Records to look up."""

    # The records, in order.
    items: "list[ApiNodeLookupItem]"


class ApiNodeLookupResult(TypedDict, extra_items=Any):
    """One record looked up."""

    # The record with the columns the lookup retrieved.
    data: NotRequired[dict[str, Any]]
    # Whether a row matched the record's keys (unverified).
    found: NotRequired[bool]


class ApiNodeLookupResults(TypedDict, extra_items=Any):
    """The records looked up, in the order sent."""

    # One result per record, in the order sent.
    results: NotRequired["list[ApiNodeLookupResult]"]
    # Time spent per phase, in milliseconds.
    timing: NotRequired["ApiNodeLookupResultsTiming"]
    apiContext: NotRequired["ApiNodeApiContext"]


class ApiNodeLookupResultsTiming(TypedDict, extra_items=Any):
    """Time spent per phase, in milliseconds."""

    # Milliseconds spent before the endpoint's work.
    preProcessing: NotRequired[int]
    # Milliseconds spent waiting for a worker.
    wait: NotRequired[int]
    # Milliseconds spent on enrichments and lookups.
    enrich: NotRequired[int]
    # Milliseconds spent preparing the features.
    preparation: NotRequired[int]
    # Milliseconds spent predicting.
    prediction: NotRequired[int]
    # Milliseconds spent running the function or query.
    execution: NotRequired[int]
    # Milliseconds spent after the endpoint's work.
    postProcessing: NotRequired[int]


class ApiNodeMappingEntry(TypedDict, extra_items=Any):
    """One generation of a mapping, and the share of queries it answers."""

    # Identifier of a generation (the version of its package).
    generation: str
    # Share of the queries (the shares of a mapping add up to 1).
    proba: NotRequired[float]


class ApiNodeMetrics(TypedDict, extra_items=Any):
    """Counts of the queries answered, per service and endpoint (the emulator's shape; unverified)."""

    # Per service: per endpoint, the queries answered (`requests`) and failed (`errors`).
    services: NotRequired["dict[str, ApiNodeMetricsServicesValue]"]


class ApiNodeMetricsServicesValue(TypedDict, extra_items=Any):
    """One service's counts."""

    # Per endpoint: `requests` and `errors`.
    endpoints: NotRequired["dict[str, ApiNodeMetricsServicesValueEndpointsValue]"]


class ApiNodeMetricsServicesValueEndpointsValue(TypedDict, extra_items=Any):
    """One endpoint's counts."""

    # Queries answered.
    requests: NotRequired[int]
    # Queries that failed.
    errors: NotRequired[int]


class ApiNodePredictBody(TypedDict, extra_items=Any):
    """One record to score."""

    # The record's features, by column name.
    features: dict[str, Any]
    # Context information, logged but not used.
    context: NotRequired[dict[str, Any]]
    explanations: NotRequired["ApiNodeExplanationsRequest"]
    dispatch: NotRequired["ApiNodeDispatch"]


class ApiNodePredictMultiBody(TypedDict, extra_items=Any):
    """Records to score."""

    # The records, in order.
    items: "list[ApiNodeRecord]"
    explanations: NotRequired["ApiNodeExplanationsRequest"]
    dispatch: NotRequired["ApiNodeDispatch"]


class ApiNodePrediction(TypedDict, extra_items=Any):
    """A prediction endpoint's answer for one record."""

    # The prediction of the record.
    result: NotRequired["ApiNodePredictionResult"]
    # Time spent per phase, in milliseconds.
    timing: NotRequired["ApiNodePredictionTiming"]
    apiContext: NotRequired["ApiNodeApiContext"]


class ApiNodePredictionResult(TypedDict, extra_items=Any):
    """The prediction of the record."""

    # The predicted value (class or number).
    prediction: NotRequired[Any]
    # Classification: the probability of each class.
    probas: NotRequired[dict[str, float]]
    # Clustering: the record's cluster (`cluster_0`, ...).
    cluster: NotRequired[str]
    # Whether the record was ignored (not scored).
    ignored: NotRequired[bool]
    # Why the record was ignored.
    ignoreReason: NotRequired[str]
    # Feature contributions, by feature.
    explanations: NotRequired[dict[str, float]]


class ApiNodePredictionTiming(TypedDict, extra_items=Any):
    """Time spent per phase, in milliseconds."""

    # Milliseconds spent before the endpoint's work.
    preProcessing: NotRequired[int]
    # Milliseconds spent waiting for a worker.
    wait: NotRequired[int]
    # Milliseconds spent on enrichments and lookups.
    enrich: NotRequired[int]
    # Milliseconds spent preparing the features.
    preparation: NotRequired[int]
    # Milliseconds spent predicting.
    prediction: NotRequired[int]
    # Milliseconds spent running the function or query.
    execution: NotRequired[int]
    # Milliseconds spent after the endpoint's work.
    postProcessing: NotRequired[int]


class ApiNodePredictions(TypedDict, extra_items=Any):
    """A prediction or forecasting endpoint's answers, one per record."""

    # One result per record, in the order sent.
    results: NotRequired["list[ApiNodePredictionsResultsItem]"]
    # Time spent per phase, in milliseconds.
    timing: NotRequired["ApiNodePredictionsTiming"]
    apiContext: NotRequired["ApiNodeApiContext"]


class ApiNodePredictionsResultsItem(TypedDict, extra_items=Any):
    """The prediction (or forecast) of one record."""

    # The predicted value (class or number).
    prediction: NotRequired[Any]
    # Classification: the probability of each class.
    probas: NotRequired[dict[str, float]]
    # Clustering: the record's cluster (`cluster_0`, ...).
    cluster: NotRequired[str]
    # Whether the record was ignored (not scored).
    ignored: NotRequired[bool]
    # Why the record was ignored.
    ignoreReason: NotRequired[str]
    # Feature contributions, by feature.
    explanations: NotRequired[dict[str, float]]


class ApiNodePredictionsTiming(TypedDict, extra_items=Any):
    """Time spent per phase, in milliseconds."""

    # Milliseconds spent before the endpoint's work.
    preProcessing: NotRequired[int]
    # Milliseconds spent waiting for a worker.
    wait: NotRequired[int]
    # Milliseconds spent on enrichments and lookups.
    enrich: NotRequired[int]
    # Milliseconds spent preparing the features.
    preparation: NotRequired[int]
    # Milliseconds spent predicting.
    prediction: NotRequired[int]
    # Milliseconds spent running the function or query.
    execution: NotRequired[int]
    # Milliseconds spent after the endpoint's work.
    postProcessing: NotRequired[int]


class ApiNodeRecord(TypedDict, extra_items=Any):
    """One record of a batch."""

    # The record's features, by column name.
    features: dict[str, Any]
    # Context information, logged but not used.
    context: NotRequired[dict[str, Any]]


class ApiNodeServiceState(TypedDict, extra_items=Any):
    """A service on the API node (the emulator's shape; unverified)."""

    # Identifier of the service.
    serviceId: NotRequired[str]
    # Whether to compute explanations (null: the endpoint's setting).
    enabled: NotRequired[bool]
    # The generations' identifiers, oldest first.
    generations: NotRequired[list[str]]
    mapping: NotRequired["ApiNodeGenerationsMapping"]


class ApiNodeSqlQueryResult(TypedDict, extra_items=Any):
    """The rows the query selected (unverified beyond `columns` and `rows`)."""

    # The names of the result's columns, in order.
    columns: NotRequired[list[str]]
    # The result's rows, each a list of values in column order.
    rows: NotRequired[list[list[Any]]]
    # Time spent per phase, in milliseconds.
    timing: NotRequired["ApiNodeSqlQueryResultTiming"]
    apiContext: NotRequired["ApiNodeApiContext"]


class ApiNodeSqlQueryResultTiming(TypedDict, extra_items=Any):
    """Time spent per phase, in milliseconds."""

    # Milliseconds spent before the endpoint's work.
    preProcessing: NotRequired[int]
    # Milliseconds spent waiting for a worker.
    wait: NotRequired[int]
    # Milliseconds spent on enrichments and lookups.
    enrich: NotRequired[int]
    # Milliseconds spent preparing the features.
    preparation: NotRequired[int]
    # Milliseconds spent predicting.
    prediction: NotRequired[int]
    # Milliseconds spent running the function or query.
    execution: NotRequired[int]
    # Milliseconds spent after the endpoint's work.
    postProcessing: NotRequired[int]


class ApiNodeSwitchResult(TypedDict, extra_items=Any):
    """The generation the service now serves (unverified)."""

    # Identifier of a generation (the version of its package).
    generation: NotRequired[str]


class ApiServiceEndpointSummary(TypedDict, extra_items=Any):
    """An endpoint of an API service, as listings show it."""

    # Identifier of the endpoint, unique in the service.
    id: str
    # Type of endpoint: `STD_PREDICTION`, `STD_MULTITARGET_PREDICTION`, `STD_CLUSTERING`, `STD_FORECAST`,
    # `STD_CAUSAL_PREDICTION`, `CUSTOM_PREDICTION`, `CUSTOM_R_PREDICTION`, `R_FUNCTION`, `PY_FUNCTION`,
    # `DATASETS_LOOKUP`, `SQL_QUERY`, ...
    type: str


class ApiServiceListItem(TypedDict, extra_items=Any):
    """An API service as `listApiServices` answers it."""

    # Key of the project the service is designed in.
    projectKey: str
    # Identifier of the service.
    id: str
    # Display name.
    name: NotRequired[str]
    # How queries authenticate; `PUBLIC` (not at all), `API_KEYS` or `OAUTH2`.
    authMethod: NotRequired[str]
    # Whether queries need no authentication.
    publicAccess: NotRequired[bool]
    # The service's endpoints.
    endpoints: NotRequired["list[ApiServiceEndpointSummary]"]


class ApiServicePackage(TypedDict, extra_items=Any):
    """A package (version) of an API service."""

    # Identifier (version) of the package.
    id: str
    # When the package was created, in milliseconds since the Unix epoch.
    createdOn: NotRequired[int]
    # Login of the user who created it.
    createdBy: NotRequired[str]
    # Release notes given at creation.
    releaseNotes: NotRequired[str]
    # Size of the archive, in bytes.
    size: NotRequired[int]


class ApiServicePackageSummary(TypedDict, extra_items=Any):
    """What a package holds and where it was published."""

    # Identifier (version) of the package.
    id: str
    # Key of the project of the API service.
    projectKey: NotRequired[str]
    # Identifier of the API service.
    serviceId: NotRequired[str]
    # When the package was created, in milliseconds since the Unix epoch.
    createdOn: NotRequired[int]
    # Login of the user who created it.
    createdBy: NotRequired[str]
    # Release notes given at creation.
    releaseNotes: NotRequired[str]
    # Size of the archive, in bytes.
    size: NotRequired[int]
    # The endpoints packaged.
    endpoints: NotRequired["list[ApiServiceEndpointSummary]"]
    # Published services of the API Deployer this package was published to.
    publishedTo: NotRequired["list[ApiServicePackageSummaryPublishedToItem]"]


class ApiServicePackageSummaryPublishedToItem(TypedDict, extra_items=Any):
    """One publication."""

    # Identifier of the published service.
    publishedServiceId: NotRequired[str]
    # When, in milliseconds since the Unix epoch.
    publishedOn: NotRequired[int]


class ApiServiceSettings(TypedDict, extra_items=Any):
    """The settings of an API service. Save them back whole: DSS replaces the settings with what it receives."""

    # Key of the project.
    projectKey: NotRequired[str | None]
    # Identifier of the service.
    id: NotRequired[str | None]
    # Display name.
    name: NotRequired[str | None]
    # How queries authenticate; `PUBLIC` (not at all), `API_KEYS` or `OAUTH2`.
    authMethod: NotRequired[str | None]
    # Whether queries need no authentication.
    publicAccess: NotRequired[bool | None]
    # The API keys that may query the service (`queryKeys`).
    authRealm: NotRequired["ApiServiceSettingsAuthRealm | None"]
    # The endpoints; each has fields of its own type besides `id` and `type` (`modelRef`, `testQueries`, ...).
    endpoints: NotRequired["list[ApiServiceSettingsEndpointsItem] | None"]
    # Tags of the service.
    tags: NotRequired[list[str] | None]


class ApiServiceSettingsAuthRealm(TypedDict, extra_items=Any):
    """The API keys that may query the service (`queryKeys`)."""

    # The keys, each a `key` and its `description` (unverified beyond `key`).
    queryKeys: NotRequired["list[ApiServiceSettingsAuthRealmQueryKeysItem] | None"]


class ApiServiceSettingsAuthRealmQueryKeysItem(TypedDict, extra_items=Any):
    """One API key that may query the service."""

    # The key.
    key: NotRequired[str | None]
    # What it is for (unverified).
    description: NotRequired[str | None]
    # When it was created, in ms since the Unix epoch (unverified).
    createdOn: NotRequired[int | None]
    # Who created it (unverified).
    createdBy: NotRequired[str | None]


class ApiServiceSettingsEndpointsItem(TypedDict, extra_items=Any):
    """One endpoint."""

    # Identifier of the endpoint, unique in the service.
    id: str
    # Type of endpoint (see `ApiServiceEndpointSummary.type`).
    type: str
    # The saved model a visual endpoint serves (the official client sets it).
    modelRef: NotRequired[str]
    # Whether a causal prediction endpoint computes propensity (the official client sets it).
    computePropensity: NotRequired[bool]
    # Whether a visual endpoint scores in Java (the official client sets it false for causal predictions).
    useJava: NotRequired[bool]
    # The function a `PY_FUNCTION` or `R_FUNCTION` endpoint calls (unverified against a real DSS).
    userFunctionName: NotRequired[str]
    # The code of a function or custom endpoint (unverified against a real DSS).
    code: NotRequired[str]
    # The endpoint's saved test queries, each `{"q": {...}}`, which the deployer can replay.
    testQueries: NotRequired["list[ApiServiceSettingsEndpointsItemTestQueriesItem]"]


class ApiServiceSettingsEndpointsItemTestQueriesItem(TypedDict, extra_items=Any):
    """A test query."""

    # The query, as the endpoint receives it (`features` for a prediction endpoint, a function's parameters,
    # ...).
    q: NotRequired[dict[str, Any]]


class AppInstanceSummary(TypedDict, extra_items=Any):
    """An instance of an app."""

    # Key of the instance's project.
    projectKey: str
    # Name of the instance's project.
    name: NotRequired[str]
    # The app it instantiates.
    appId: NotRequired[str]
    # Whether it is a temporary instance.
    isTemporaryAppInstance: NotRequired[bool]


class AppManifest(TypedDict, extra_items=Any):
    """What an app offers and who may instantiate it."""

    # Sections of the app's homepage, each with its `tiles` (`type` such as `SCENARIO_RUN`, with `scenarioId`).
    homepageSections: NotRequired["list[AppManifestHomepageSectionsItem] | None"]
    # The project permission needed to instantiate the app.
    instantiationPermission: NotRequired[str | None]
    # Whether the app can be used as a recipe.
    useAsRecipe: NotRequired[bool | None]
    # How it is used as a recipe.
    useAsRecipeSettings: NotRequired["AppManifestUseAsRecipeSettings | None"]


class AppManifestHomepageSectionsItem(TypedDict, extra_items=Any):
    """A section."""

    # Kind of section (unverified).
    sectionType: NotRequired[str | None]
    # Title of the section (unverified).
    title: NotRequired[str | None]
    # The section's tiles, the actions the homepage offers.
    tiles: NotRequired["list[AppManifestHomepageSectionsItemTilesItem]"]


class AppManifestHomepageSectionsItemTilesItem(TypedDict, extra_items=Any):
    """A tile (its other keys depend on its `type`; unverified beyond the two below)."""

    # Kind of tile: `SCENARIO_RUN` (with `scenarioId`), ...
    type: NotRequired[str]
    # The scenario a `SCENARIO_RUN` tile runs.
    scenarioId: NotRequired[str]
    # What the tile asks or shows (unverified).
    prompt: NotRequired[str | None]


class AppManifestUseAsRecipeSettings(TypedDict, extra_items=Any):
    """How it is used as a recipe."""

    # Icon of the recipe (unverified).
    icon: NotRequired[str | None]
    # Category of the recipe (unverified).
    category: NotRequired[str | None]
    # The recipe's input roles (unverified).
    inputRoles: NotRequired["list[AppManifestUseAsRecipeSettingsInputRolesItem] | None"]
    # The recipe's output roles (unverified).
    outputRoles: NotRequired["list[AppManifestUseAsRecipeSettingsOutputRolesItem] | None"]


class AppManifestUseAsRecipeSettingsInputRolesItem(TypedDict, extra_items=Any):
    """One input role (unverified)."""

    # Name of the role (unverified).
    role: NotRequired[str | None]
    # Display name (unverified).
    label: NotRequired[str | None]


class AppManifestUseAsRecipeSettingsOutputRolesItem(TypedDict, extra_items=Any):
    """One output role (unverified)."""

    # Name of the role (unverified).
    role: NotRequired[str | None]
    # Display name (unverified).
    label: NotRequired[str | None]


class AppSummary(TypedDict, extra_items=Any):
    """An app, as listed."""

    # Identifier of the app.
    appId: str
    # Display label.
    label: NotRequired[str]
    # Description.
    description: NotRequired[str]
    # The app's template project.
    projectKey: NotRequired[str]
    # Tags.
    tags: NotRequired[list[str]]


class AuthInfo(TypedDict, extra_items=Any):
    """Who a request authenticates as."""

    # Login of a user, or identifier of a global API key.
    authIdentifier: NotRequired[str]
    # How the caller authenticated (`PERSONAL_API_KEY`, `GLOBAL_API_KEY`, `TICKET`, ...).
    authSource: NotRequired[str]
    # Groups of the user (user contexts only).
    groups: NotRequired[list[str]]
    # Licence profile of the user.
    userProfile: NotRequired[str]
    # Login of the user a global API key acts for, when it has one.
    associatedDSSUser: NotRequired[str]
    # Secrets of the user, when asked with `withSecrets`.
    secrets: NotRequired["list[AuthInfoSecretsItem]"]


class AuthInfoSecretsItem(TypedDict, extra_items=Any):
    """One secret."""

    # Name of the secret.
    key: NotRequired[str]
    # Value of the secret.
    value: NotRequired[str]


class AuthorizationMatrix(TypedDict, extra_items=Any):
    """What users and groups may do, instance-wide and per project."""

    # What each user may do.
    perUser: NotRequired["AuthorizationMatrixPerUser"]
    # What each group grants.
    perGroup: NotRequired["AuthorizationMatrixPerGroup"]


class AuthorizationMatrixPerGroup(TypedDict, extra_items=Any):
    """What each group grants."""

    # Names of the groups.
    groups: NotRequired[list[str]]
    # Instance-wide permissions, by group.
    globalPermissions: NotRequired["dict[str, GlobalPermissions] | None"]
    # Per project, the rights of each group.
    projectsGrants: NotRequired["list[ProjectGrants] | None"]


class AuthorizationMatrixPerUser(TypedDict, extra_items=Any):
    """What each user may do."""

    # Logins of the users.
    users: NotRequired[list[str]]
    # Instance-wide permissions, by login.
    globalPermissions: NotRequired["dict[str, GlobalPermissions] | None"]
    # Per project, the rights of each user.
    projectsGrants: NotRequired["list[ProjectGrants] | None"]


class BundleActivationOptions(TypedDict, extra_items=Any):
    """How to activate a bundle."""

    # Scenario identifiers mapped to whether each is active after the activation.
    scenariosActiveOnActivation: NotRequired[dict[str, bool] | None]


class BundleActivationReport(TypedDict, extra_items=Any):
    """The outcome of a bundle activation."""

    # Whether the bundle was activated.
    success: NotRequired[bool]
    # The activated bundle.
    bundleId: NotRequired[str]
    # What happened on the way.
    messages: NotRequired["list[InfoMessage]"]
    # Whether there is any message.
    anyMessage: NotRequired[bool]
    # Whether a message is a warning.
    warning: NotRequired[bool]
    # Whether a message is an error.
    error: NotRequired[bool]


class BundleList(TypedDict, extra_items=Any):
    """Bundles of a project."""

    # The bundles, oldest first.
    bundles: "list[BundleSummary]"


class BundleManifest(TypedDict, extra_items=Any):
    """What a bundle says of itself."""

    # Identifier of the bundle.
    bundleId: NotRequired[str]
    # Key of the project the bundle was made from.
    originalProjectKey: NotRequired[str]
    # When the bundle was made, in milliseconds since the Unix epoch.
    exportedOn: NotRequired[int]
    # Login of who made it.
    exportedBy: NotRequired[str]
    # Release notes given when it was made.
    releaseNotes: NotRequired[str]


class BundlePreloadReport(TypedDict, extra_items=Any):
    """The outcome of a bundle preload."""

    # Whether the bundle is ready to activate.
    success: NotRequired[bool]
    # The preloaded bundle.
    bundleId: NotRequired[str]
    # What was found, per code environment.
    messages: NotRequired["list[InfoMessage]"]
    # Whether there is any message.
    anyMessage: NotRequired[bool]
    # Whether a message is a warning.
    warning: NotRequired[bool]
    # Whether a message is an error.
    error: NotRequired[bool]


class BundlePublication(TypedDict, extra_items=Any):
    """Where a bundle was published."""

    # When, in milliseconds since the Unix epoch.
    publishedOn: NotRequired[int]
    # Login of who published it.
    publishedBy: NotRequired[str]
    # Published project of the project deployer holding the bundle.
    publishedProjectKey: NotRequired[str]


class BundleSummary(TypedDict, extra_items=Any):
    """A bundle of a project, as made on a design node or imported on an automation node."""

    # Identifier of the bundle.
    bundleId: str
    # Project the bundle belongs to on this node.
    projectKey: NotRequired[str]
    exportManifest: NotRequired["BundleManifest"]
    # When the bundle was imported (automation nodes), in milliseconds since the Unix epoch.
    importedOn: NotRequired[int]
    # Login of who imported it (automation nodes).
    importedBy: NotRequired[str]
    # Whether this is the project's active bundle (automation nodes).
    active: NotRequired[bool]
    # Size of the archive, in bytes.
    size: NotRequired[int]


class ChecksReport(TypedDict, extra_items=Any):
    """The outcomes of a run of checks."""

    # The partition the checks ran on.
    partition: NotRequired[str]
    # One entry per check.
    results: NotRequired["list[ChecksReportResultsItem]"]


class ChecksReportResultsItem(TypedDict, extra_items=Any):
    """A check and its outcome."""

    check: NotRequired["MetricCheck"]
    # The outcome.
    value: NotRequired["ChecksReportResultsItemValue"]


class ChecksReportResultsItemValue(TypedDict, extra_items=Any):
    """The outcome."""

    # `OK`, `WARNING`, `ERROR` or `EMPTY` (`x-extensible-enum`).
    outcome: NotRequired[str | None]
    # Why.
    message: NotRequired[str | None]


class ClearSqlNotebookHistoryBody(TypedDict, extra_items=Any):
    """Which runs to clear."""

    # The cell whose runs to clear; every cell when absent or null.
    cellId: NotRequired[str | None]
    # How many of the most recent runs of each cell to keep.
    numRunsToRetain: NotRequired[int]


class ClusterActionResult(TypedDict, extra_items=Any):
    """The outcome of starting or stopping a cluster."""

    # Identifier of the cluster.
    id: NotRequired[str]
    # Its state afterwards.
    state: NotRequired[str]
    messages: NotRequired["InfoMessages"]


class ClusterSettings(TypedDict, extra_items=Any):
    """A cluster's definition."""

    # Identifier of the cluster.
    id: NotRequired[str | None]
    # Name.
    name: NotRequired[str | None]
    # `manual` or the plugin cluster type.
    type: NotRequired[str | None]
    # `HADOOP` or `KUBERNETES`.
    architecture: NotRequired[str | None]
    # Login of the owner.
    owner: NotRequired[str | None]
    # Whether every user may use the cluster.
    usableByAll: NotRequired[bool | None]
    # Groups and what they may do with the cluster (`group`, `use`, `update`, `manageUsers`).
    permissions: NotRequired["list[ResourcePermissionItem] | None"]
    # Parameters of the cluster type. A `manual` Hadoop cluster has `hadoopSettings`, `hiveSettings`,
    # `impalaSettings`, `sparkSettings` (each with `extraConf`, a list of `key`, `value`); a managed cluster has
    # the plugin's own keys.
    params: NotRequired["ClusterSettingsParams | None"]
    # What the plugin keeps about the running cluster (read-only, absent when not running); its shape is the
    # plugin's, such as `clusterId` (its identifier at the provider), `masterIp` (the address of its master) or
    # `kubeConfigPath` (a Kubernetes cluster's kube config) (unverified).
    data: NotRequired[dict[str, Any] | None]


class ClusterSettingsParams(TypedDict, extra_items=Any):
    """Parameters of the cluster type. A `manual` Hadoop cluster has `hadoopSettings`, `hiveSettings`,
    `impalaSettings`, `sparkSettings` (each with `extraConf`, a list of `key`, `value`); a managed cluster has
    the plugin's own keys.
    """

    # Settings of Hadoop.
    hadoopSettings: NotRequired["ClusterSubsystemSettings | None"]
    # Settings of Hive.
    hiveSettings: NotRequired["ClusterSubsystemSettings | None"]
    # Settings of Impala.
    impalaSettings: NotRequired["ClusterSubsystemSettings | None"]
    # Settings of Spark.
    sparkSettings: NotRequired["ClusterSubsystemSettings | None"]
    # Settings of Kubernetes.
    kubernetesSettings: NotRequired["ClusterSubsystemSettings | None"]
    # The plugin's settings, for a cluster a plugin manages (unverified).
    config: NotRequired["ClusterSettingsParamsConfig | None"]


class ClusterSettingsParamsConfig(TypedDict, extra_items=Any):
    """The plugin's settings, for a cluster a plugin manages (unverified)."""

    # Identifier of the cluster at its provider (unverified).
    clusterId: NotRequired[str | None]
    # Region of the cluster at its provider (unverified).
    region: NotRequired[str | None]


class ClusterStatus(TypedDict, extra_items=Any):
    """Whether a cluster runs."""

    # Identifier of the cluster.
    id: NotRequired[str]
    # Type of the cluster.
    clusterType: NotRequired[str]
    # `NONE`, `STARTING`, `RUNNING` or `STOPPING`.
    state: NotRequired[str]


class ClusterSubsystemSettings(TypedDict, extra_items=Any):
    """The settings of one subsystem of a cluster (Hadoop, Hive, Impala, Spark, Kubernetes)."""

    # Extra configuration keys.
    extraConf: NotRequired["list[ClusterSubsystemSettingsExtraConfItem] | None"]


class ClusterSubsystemSettingsExtraConfItem(TypedDict, extra_items=Any):
    """One configuration key."""

    # Name of the key.
    key: NotRequired[str | None]
    # Its value.
    value: NotRequired[str | None]


class ClusterSummary(TypedDict, extra_items=Any):
    """A cluster as listed (or just created)."""

    # Identifier of the cluster.
    id: NotRequired[str]
    # Name.
    name: NotRequired[str]
    # `manual` or the plugin cluster type.
    type: NotRequired[str]
    # `HADOOP` or `KUBERNETES`.
    architecture: NotRequired[str]
    # `NONE` (not running), `STARTING`, `RUNNING` or `STOPPING`.
    state: NotRequired[str]


class CodeEnvContainerRuntimeAddition(TypedDict, extra_items=Any):
    """A predefined addition to a code env's container images."""

    # Which addition (`BASIC_GPU_ENABLING`, `HUGGING_FACE_LOCAL_CPU`, `PYTHON38_SUPPORT`, ...).
    type: NotRequired[str]


class CodeEnvDesc(TypedDict, extra_items=Any):
    """How a code env is built, and who owns it (its `desc`)."""

    # Login of the env's owner.
    owner: NotRequired[str | None]
    # Python interpreter (`PYTHON39`, `PYTHON310`, `PYTHON311`, ...).
    pythonInterpreter: NotRequired[str | None]
    # Whether the env is built with conda.
    conda: NotRequired[bool | None]
    # Whether DSS's core packages are installed.
    installCorePackages: NotRequired[bool | None]
    # Which set of core package versions is installed.
    corePackagesSet: NotRequired[str | None]
    # Whether notebooks may use the env.
    installJupyterSupport: NotRequired[bool | None]
    # How base packages are installed (unverified).
    basePackagesInstallMethod: NotRequired[str | None]
    # Python binary used on YARN (unverified).
    yarnPythonBin: NotRequired[str | None]
    # R binary used on YARN (unverified).
    yarnRBin: NotRequired[str | None]
    # Who created the code env, and when.
    creationTag: NotRequired["CodeEnvDescCreationTag | None"]
    # Build settings of the env.
    envSettings: NotRequired["CodeEnvDescEnvSettings | None"]


class CodeEnvDescCreationTag(TypedDict, extra_items=Any):
    """Who created the code env, and when."""

    # The user who created it.
    lastModifiedBy: NotRequired["CodeEnvDescCreationTagLastModifiedBy | None"]
    # When, in milliseconds since the Unix epoch.
    lastModifiedOn: NotRequired[int | None]
    # Version of the object then.
    versionNumber: NotRequired[int | None]


class CodeEnvDescCreationTagLastModifiedBy(TypedDict, extra_items=Any):
    """The user who created it."""

    # Login of the user.
    login: NotRequired[str | None]


class CodeEnvDescEnvSettings(TypedDict, extra_items=Any):
    """Build settings of the env."""

    # Whether the instance's code env settings apply (unverified).
    inheritGlobalSettings: NotRequired[bool | None]
    # Extra options of `conda install` (unverified).
    condaInstallExtraOptions: NotRequired[list[str] | None]
    # Extra options of `pip install` (unverified).
    pipInstallExtraOptions: NotRequired[list[str] | None]
    # Whether downloaded resources are cached (unverified).
    cacheExperimentalResources: NotRequired[bool | None]


class CodeEnvOperationOutcome(TypedDict, extra_items=Any):
    """The outcome of a code env task that DSS answered once it was over (`wait=true`)."""

    # Language of the code env.
    envLang: NotRequired[str]
    # Name of the code env.
    envName: NotRequired[str]
    messages: NotRequired["InfoMessages"]


class CodeEnvSettings(TypedDict, extra_items=Any):
    """A code env's settings."""

    # Language, `PYTHON` or `R`.
    envLang: NotRequired[str | None]
    # Name.
    envName: NotRequired[str | None]
    # How DSS manages it.
    deploymentMode: NotRequired[str | None]
    # How it is built and who owns it.
    desc: NotRequired["CodeEnvDesc | None"]
    # The existing conda env a non-managed env points to.
    externalCondaEnvName: NotRequired[str | None]
    # Packages DSS itself requires in the env, one per line (read-only).
    mandatoryPackageList: NotRequired[str | None]
    # Whether an image is built for every Spark-on-Kubernetes configuration.
    allSparkKubernetesConfs: NotRequired[bool | None]
    # Spark-on-Kubernetes configurations an image is built for, when not all.
    sparkKubernetesConfs: NotRequired[list[str] | None]
    # Where the image build stops using its cache (`AFTER_START_DOCKERFILE`, ...).
    containerCacheBustingLocation: NotRequired[str | None]
    # Dockerfile lines run first when building the env's image.
    dockerfileAtStart: NotRequired[str | None]
    # Dockerfile lines run before the packages are installed.
    dockerfileBeforePackages: NotRequired[str | None]
    # Dockerfile lines run after the conda packages are installed.
    dockerfileAfterCondaPackages: NotRequired[str | None]
    # Dockerfile lines run after the packages are installed.
    dockerfileAfterPackages: NotRequired[str | None]
    # Dockerfile lines run last.
    dockerfileAtEnd: NotRequired[str | None]
    # Predefined steps added to the image build (each with a `type`) (unverified).
    predefinedContainerHooks: NotRequired["list[CodeEnvContainerRuntimeAddition] | None"]
    # The env's only version, on an automation node with `AUTOMATION_SINGLE`.
    currentVersion: NotRequired["CodeEnvVersionSettings | None"]
    # The env's spec, with `AUTOMATION_NON_MANAGED_PATH`.
    noVersion: NotRequired["CodeEnvVersionSettings | None"]
    # Requested packages, one requirement per line (design nodes).
    specPackageList: NotRequired[str | None]
    # Requested conda packages, one per line (design nodes).
    specCondaEnvironment: NotRequired[str | None]
    # Installed packages, one `name==version` per line (read-only).
    actualPackageList: NotRequired[str | None]
    # Groups and what they may do with the env (`group`, `use`, `update`, `manageUsers`).
    permissions: NotRequired["list[ResourcePermissionItem] | None"]
    # Whether every user may use it.
    usableByAll: NotRequired[bool | None]
    # Whether an image is built for every containerized execution configuration.
    allContainerConfs: NotRequired[bool | None]
    # Configurations an image is built for, when not all.
    containerConfs: NotRequired[list[str] | None]
    # Versions of the package spec (automation nodes only; null on design nodes).
    versions: NotRequired["list[CodeEnvVersionSettings] | None"]


class CodeEnvSummary(TypedDict, extra_items=Any):
    """A code env as listed."""

    # Language, `PYTHON` or `R`.
    envLang: NotRequired[str]
    # Name.
    envName: NotRequired[str]
    # How DSS manages it (`DESIGN_MANAGED`, `DESIGN_NON_MANAGED`, `AUTOMATION_VERSIONED`, ...).
    deploymentMode: NotRequired[str]
    # Login of its owner.
    owner: NotRequired[str]
    # Python interpreter (`PYTHON39`, `PYTHON310`, ...), for Python envs.
    pythonInterpreter: NotRequired[str]


class CodeEnvUsage(TypedDict, extra_items=Any):
    """An object that uses a code env."""

    # Language of the code env (instance-wide listings).
    envLang: NotRequired[str]
    # Name of the code env (instance-wide listings).
    envName: NotRequired[str]
    # Kind of use (`PROJECT`, `RECIPE`, `NOTEBOOK`, `CODE_STUDIO_TEMPLATE`, ...).
    envUsage: NotRequired[str]
    # Project of the object.
    projectKey: NotRequired[str]
    # Identifier of the object within its project.
    objectId: NotRequired[str]


class CodeEnvVersionForProject(TypedDict, extra_items=Any):
    """Which version of a code env a project uses. Both fields are absent when the project does not use the env."""

    # Identifier (`versionId`) of the version the project uses; only for a versioned env.
    version: NotRequired[str | None]
    # Identifier of the bundle active in the project, if any.
    bundleId: NotRequired[str | None]


class CodeEnvVersionSettings(TypedDict, extra_items=Any):
    """One version of an automation node's code env: its `versionId` and its own package spec, saved with the env's
    settings.
    """

    # Identifier of the version.
    versionId: NotRequired[str | None]
    # How this version is built.
    desc: NotRequired["CodeEnvDesc | None"]
    # Requested packages, one requirement per line.
    specPackageList: NotRequired[str | None]
    # Requested conda packages, one per line.
    specCondaEnvironment: NotRequired[str | None]
    # Name of an existing conda env to use (non-managed envs).
    externalCondaEnvName: NotRequired[str | None]
    # Installed packages, one `name==version` per line (read-only).
    actualPackageList: NotRequired[str | None]


class CodeStudio(TypedDict, extra_items=Any):
    """The definition of a code studio."""

    # Identifier of the code studio, chosen by DSS.
    id: NotRequired[str | None]
    # Key of the project the code studio belongs to.
    projectKey: NotRequired[str | None]
    # Display name, not necessarily unique.
    name: NotRequired[str | None]
    # Login of the owner, the only user who may use the code studio.
    owner: NotRequired[str | None]
    # Identifier of the template the code studio was created from.
    templateId: NotRequired[str | None]
    # Name of the folder holding the code studio's resource files (`lib/code_studio/<projectKey>/<libName>/`).
    libName: NotRequired[str | None]
    creationTag: NotRequired["UserTag"]
    versionTag: NotRequired["UserTag"]


class CodeStudioConflicts(TypedDict, extra_items=Any):
    """Conflicts of one zone, under the zone's identifier: `added`, `modified` and `deleted` (paths changed in the
    code studio whose DSS side changed too), `authors` (who changed them in DSS), `commitFrom` and `commitTo`
    (DSS's state of the zone at the last synchronization and now). Or an `error` key when the zone cannot be
    checked.
    """

    # Why the zone could not be checked (unknown zone, code studio not running).
    error: NotRequired[str]


class CodeStudioListItem(TypedDict, extra_items=Any):
    """A code studio as `listCodeStudios` answers it."""

    # Identifier of the code studio.
    id: str
    # Key of the project.
    projectKey: NotRequired[str]
    # Display name.
    name: NotRequired[str]
    # Login of the owner.
    owner: NotRequired[str]
    # Identifier of the template.
    templateId: NotRequired[str]
    # Description of the template (absent when the template is gone).
    desc: NotRequired["CodeStudioListItemDesc"]


class CodeStudioListItemDesc(TypedDict, extra_items=Any):
    """Description of the template (absent when the template is gone)."""

    # Display label of the template.
    label: NotRequired[str]
    # One-line description of the template.
    shortDesc: NotRequired[str]


class CodeStudioPullResultValue(TypedDict, extra_items=Any):
    """The changes of one zone."""

    # Paths of the files added.
    added: NotRequired[list[str] | None]
    # Paths of the files changed.
    modified: NotRequired[list[str] | None]
    # Paths of the files deleted.
    deleted: NotRequired[list[str] | None]
    # Number of files copied.
    count: NotRequired[int | None]
    # Bytes copied.
    size: NotRequired[int | None]


class CodeStudioPushResult(TypedDict, extra_items=Any):
    """What was copied into the code studio."""

    # Number of files copied.
    count: NotRequired[int]
    # Total size of the files copied, in bytes.
    size: NotRequired[int]


class CodeStudioStatus(TypedDict, extra_items=Any):
    """The state of a code studio."""

    # `STOPPED`, `STARTING`, `RUNNING` or `STOPPING` today (`x-extensible-enum`: a newer DSS may answer another
    # value, which clients must accept).
    state: str
    # When the state last changed, in milliseconds since the Unix epoch; absent if never started.
    lastStateChange: NotRequired[int]
    # The synchronized zones; empty unless the code studio runs.
    syncedZones: NotRequired["list[CodeStudioZone]"]
    # The ports the code studio exposes; empty unless it runs.
    exposed: NotRequired["list[CodeStudioStatusExposedItem]"]


class CodeStudioStatusExposedItem(TypedDict, extra_items=Any):
    """One exposed port."""

    # What is served on the port.
    label: NotRequired[str]
    # The port inside the code studio.
    port: NotRequired[int]


class CodeStudioTemplateSettings(TypedDict, extra_items=Any):
    """The settings of a code studio template."""

    # Identifier of the template.
    id: NotRequired[str | None]
    # Display label.
    label: NotRequired[str | None]
    # Type of template.
    type: NotRequired[str | None]
    # Description of the template, shown to users choosing one.
    description: NotRequired[str | None]
    # Type-specific settings (blocks, ports, ...).
    params: NotRequired["CodeStudioTemplateSettingsParams | None"]
    # Whether an image is built for every container configuration.
    allContainerConfs: NotRequired[bool | None]
    # Container configurations an image is built for, when `allContainerConfs` is false.
    containerConfs: NotRequired[list[str] | None]


class CodeStudioTemplateSettingsParams(TypedDict, extra_items=Any):
    """Type-specific settings (blocks, ports, ...)."""

    # The blocks of a `block_based` template, each a `type` (`vs_code`, `jupyterlab`, `add_codenv`, ...) and its
    # `params`.
    blocks: NotRequired["list[CodeStudioTemplateSettingsParamsBlocksItem] | None"]
    # The base image (`DEFAULT`, ...).
    baseImageType: NotRequired[str | None]
    # The Dockerfile of a `manual` template.
    dockerfile: NotRequired[str | None]
    # The port the `manual` template's server listens on.
    port: NotRequired[int | None]


class CodeStudioTemplateSettingsParamsBlocksItem(TypedDict, extra_items=Any):
    """One block of the template."""

    # Kind of block (`vs_code`, `jupyterlab`, `add_codenv`, ...).
    type: NotRequired[str | None]
    # The block's settings (`port`, `extensions`, `codeEnvMode`, ...).
    params: NotRequired["CodeStudioTemplateSettingsParamsBlocksItemParams | None"]


class CodeStudioTemplateSettingsParamsBlocksItemParams(TypedDict, extra_items=Any):
    """The block's settings (`port`, `extensions`, `codeEnvMode`, ...)."""

    # The port the block's server listens on.
    port: NotRequired[int | None]
    # Extensions to install, for `vs_code`.
    extensions: NotRequired[list[str] | None]
    # Which code env a block `add_codenv` adds (`PROJECT_DEFAULT`, `EXPLICIT`, ...).
    codeEnvMode: NotRequired[str | None]


class CodeStudioTemplateSummary(TypedDict, extra_items=Any):
    """A code studio template as listed by `listCodeStudioTemplates`."""

    # Identifier of the template.
    id: str
    # Display label.
    label: NotRequired[str]
    # Type of template (`manual`, `block_based`, ...).
    type: NotRequired[str]
    # Description of the template.
    description: NotRequired[str]
    # Container configurations the template's images are built for.
    buildFor: NotRequired[list[str]]
    # When the template was last built, in milliseconds since the Unix epoch; absent if never built.
    lastBuilt: NotRequired[int]


class CodeStudioZone(TypedDict, extra_items=Any):
    """A zone whose files are synchronized between DSS and a running code studio."""

    # Identifier of the zone, to pass to the push, pull and conflicts operations.
    id: str
    # Display label.
    label: NotRequired[str]
    # Where the zone's files are inside the code studio.
    pathInContainer: NotRequired[str]


class ColumnLineageColumn(TypedDict, extra_items=Any):
    """A dataset's column in a lineage relation (field names unverified)."""

    # Project of the dataset.
    projectKey: str
    # Name of the dataset.
    datasetName: str
    # Name of the column.
    columnName: str


class ColumnLineageRecipe(TypedDict, extra_items=Any):
    """The recipe a computed lineage relation goes through (field names unverified)."""

    # Project of the recipe.
    projectKey: NotRequired[str]
    # Name of the recipe.
    name: NotRequired[str]
    # Type of the recipe (`sync`, `shaker`, ...).
    type: NotRequired[str]


class ColumnLineageRelation(TypedDict, extra_items=Any):
    """One relation of a column's lineage: the column `source` feeds the column `target` (field names unverified)."""

    source: "ColumnLineageColumn"
    target: "ColumnLineageColumn"
    # The recipe computing the relation; null for a relation declared by hand.
    recipe: NotRequired["ColumnLineageRecipe | None"]
    # Whether the relation was declared by hand rather than computed from the flow.
    manual: NotRequired[bool]


class ComparedItem(TypedDict, extra_items=Any):
    """An item of a comparison."""

    # Full id of a lab model (`A-...`), saved model version (`S-...`) or evaluation (`ME-...`).
    refId: str


class ComputeDataDriftBody(TypedDict, extra_items=Any):
    """What to compare an evaluation with (the deprecated form)."""

    # Full id of the reference; the previous evaluation when absent.
    referenceId: NotRequired[str | None]
    # Parameters of the computation (DSS's defaults when absent).
    dataDriftParams: NotRequired["DriftParams | None"]


class ComputeDriftBody(TypedDict, extra_items=Any):
    """What to compare an evaluation with."""

    # Full id of the reference (an evaluation `ME-...`, a saved model version `S-...`); the previous evaluation
    # when absent.
    referenceId: NotRequired[str | None]
    # Parameters of the computation (DSS's defaults when absent).
    driftParams: NotRequired["DriftParams | None"]


class ComputedMetric(TypedDict, extra_items=Any):
    """One metric of an object, with its last values (the keys the official client's `ComputedMetrics` reads, and
    what the emulator sends).
    """

    metric: "MetricDefinition"
    # Display names of the metric (`name`, `fullName`). Unverified beyond these two keys.
    meta: NotRequired["ComputedMetricMeta"]
    # Whether DSS shows it among the metrics (check outcomes are not).
    displayedAsMetric: NotRequired[bool]
    # Its last value on each partition the answer covers.
    lastValues: "list[MetricValuePoint]"


class ComputedMetricMeta(TypedDict, extra_items=Any):
    """Display names of the metric (`name`, `fullName`). Unverified beyond these two keys."""

    # Short display name.
    name: NotRequired[str]
    # Full display name.
    fullName: NotRequired[str]


class ComputedMetricValue(TypedDict, extra_items=Any):
    """One value of one metric, as computed."""

    # Identifier of the metric.
    metricId: NotRequired[str]
    # The value, as text.
    value: NotRequired[str]
    # `BIGINT`, `DOUBLE`, `STRING`, ...
    dataType: NotRequired[str]


class ComputedMetricsValues(TypedDict, extra_items=Any):
    """A dataset's metrics and their last values."""

    # One entry per metric.
    metrics: "list[ComputedMetric]"


class ConnectionDetailsReadability(TypedDict, extra_items=Any):
    """Who may read a connection's details (credentials included)."""

    # `NONE` (administrators only), `ALL`, or `ALLOWED` (the groups below).
    readableBy: NotRequired[str | None]
    # Groups allowed to read the details, when `readableBy` is `ALLOWED`.
    allowedGroups: NotRequired[list[str] | None]


class ConnectionInfo(TypedDict, extra_items=Any):
    """A connection's details, with its resolved credentials in clear."""

    # Name of the connection.
    name: NotRequired[str]
    # Type of connection.
    type: NotRequired[str]
    # `GLOBAL` or `PER_USER`.
    credentialsMode: NotRequired[str]
    params: NotRequired["ConnectionParams"]
    # Parameters with variables resolved, secrets left out.
    resolvedParams: NotRequired["ConnectionParams | None"]
    # The user and password to connect with (connections authenticated that way).
    resolvedBasicCredential: NotRequired["ConnectionInfoResolvedBasicCredential"]
    # AWS keys, in clear.
    resolvedAWSCredential: NotRequired["ConnectionInfoResolvedAWSCredential"]
    # An OAuth2 access token, in clear.
    resolvedOAuth2Credential: NotRequired["ConnectionInfoResolvedOAuth2Credential"]


class ConnectionInfoResolvedAWSCredential(TypedDict, extra_items=Any):
    """AWS keys, in clear."""

    # AWS access key id.
    accessKey: NotRequired[str]
    # AWS secret access key, in clear.
    secretKey: NotRequired[str]
    # STS session token (only for temporary credentials).
    sessionToken: NotRequired[str]


class ConnectionInfoResolvedBasicCredential(TypedDict, extra_items=Any):
    """The user and password to connect with (connections authenticated that way)."""

    # User name.
    user: NotRequired[str]
    # Password, in clear.
    password: NotRequired[str]


class ConnectionInfoResolvedOAuth2Credential(TypedDict, extra_items=Any):
    """An OAuth2 access token, in clear."""

    # The access token, in clear.
    accessToken: NotRequired[str]


class ConnectionParams(TypedDict, extra_items=Any):
    """The type-specific parameters of a connection (its `params`). Which keys apply depends on its `type`:
    `Filesystem` uses `root`; SQL types (`PostgreSQL`, `MySQL`, `Snowflake`, `SQLServer`, `Oracle`, ...) use
    `host`, `port`, `db`, `user`, `password`, `properties`; `EC2` (S3) uses `credentialsMode`, `accessKey`,
    `secretKey`, `defaultManagedBucket`. Secrets come encrypted in answers. DSS sends more keys than these, by
    type.
    """

    # Root path of a `Filesystem` or `HDFS` connection.
    root: NotRequired[str | None]
    # Host of the database (SQL types).
    host: NotRequired[str | None]
    # Port of the database; DSS keeps it as given (a number or text) (unverified).
    port: NotRequired[int | str | None]
    # Database name (SQL types).
    db: NotRequired[str | None]
    # User to connect as, with `credentialsMode` `GLOBAL`.
    user: NotRequired[str | None]
    # Password of `user`; encrypted in answers.
    password: NotRequired[str | None]
    # `GLOBAL` or `PER_USER`.
    credentialsMode: NotRequired[str | None]
    # How DSS authenticates (`PASSWORD`, `OAUTH2_APP`, `KEYPAIR`, ...) (unverified).
    authType: NotRequired[str | None]
    # Whether `url` (a JDBC URL) replaces host, port and database.
    useURL: NotRequired[bool | None]
    # The JDBC URL, with `useURL`.
    url: NotRequired[str | None]
    # Warehouse of a `Snowflake` connection.
    warehouse: NotRequired[str | None]
    # Role of a `Snowflake` connection.
    role: NotRequired[str | None]
    # Schema the connection's managed tables go to (unverified).
    defaultSchema: NotRequired[str | None]
    # Advanced JDBC properties.
    properties: NotRequired["list[NamedProperty] | None"]
    # Advanced DSS properties of the connection.
    dkuProperties: NotRequired["list[NamedProperty] | None"]
    # How DSS names the tables and paths of the managed datasets it creates on the connection.
    namingRule: NotRequired["ConnectionParamsNamingRule | None"]
    # AWS access key of an `EC2` (S3) connection.
    accessKey: NotRequired[str | None]
    # AWS secret key of an `EC2` (S3) connection; encrypted in answers.
    secretKey: NotRequired[str | None]
    # Region of a cloud storage connection (unverified).
    region: NotRequired[str | None]
    # Bucket managed datasets go to (S3, GCS, Azure) (unverified).
    defaultManagedBucket: NotRequired[str | None]
    # Path managed datasets go to inside that bucket (unverified).
    defaultManagedPath: NotRequired[str | None]
    # Hive database of an `HDFS` connection (unverified).
    hiveDatabaseName: NotRequired[str | None]
    # Whether the connection is read-only (unverified).
    readOnly: NotRequired[bool | None]


class ConnectionParamsNamingRule(TypedDict, extra_items=Any):
    """How DSS names the tables and paths of the managed datasets it creates on the connection."""

    # Prefix of table names (`${projectKey}_`).
    tableNameDatasetNamePrefix: NotRequired[str | None]
    # Suffix of table names.
    tableNameDatasetNameSuffix: NotRequired[str | None]
    # Schema of new tables.
    schemaName: NotRequired[str | None]
    # Catalog of new tables (unverified).
    catalogName: NotRequired[str | None]
    # Prefix of paths of file datasets (`${projectKey}/`).
    hdfsPathDatasetNamePrefix: NotRequired[str | None]
    # Suffix of paths of file datasets.
    hdfsPathDatasetNameSuffix: NotRequired[str | None]
    # Prefix of paths of uploaded datasets (unverified).
    uploadPathDatasetNamePrefix: NotRequired[str | None]


class ConnectionSettings(TypedDict, extra_items=Any):
    """A connection's definition."""

    # Name of the connection, its identifier.
    name: NotRequired[str | None]
    # Type of connection.
    type: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]
    # Type-specific parameters; secrets in them come encrypted.
    params: NotRequired["ConnectionParams | None"]
    # `ALL`, or `ALLOWED` (the groups in `allowedGroups`).
    usableBy: NotRequired[str | None]
    # Groups allowed to use the connection.
    allowedGroups: NotRequired[list[str] | None]
    detailsReadability: NotRequired["ConnectionDetailsReadability | None"]
    # Whether DSS may write to the connection.
    allowWrite: NotRequired[bool | None]
    # Whether managed datasets may be stored on it.
    allowManagedDatasets: NotRequired[bool | None]
    # Whether managed folders may be stored on it.
    allowManagedFolders: NotRequired[bool | None]
    # Whether knowledge banks may be stored on it.
    allowKnowledgeBanks: NotRequired[bool | None]
    # `GLOBAL` (one credential in `params`) or `PER_USER` (each user's own credential).
    credentialsMode: NotRequired[str | None]
    # Who created the connection, and when.
    creationTag: NotRequired["ConnectionSettingsCreationTag | None"]
    # Whether the connection may be mirrored (Hive, Impala) (unverified).
    allowMirror: NotRequired[bool | None]
    # How many activities may use the connection at once; 0 for no limit.
    maxActivities: NotRequired[int | None]
    # Whether connecting goes through the instance's proxy.
    useGlobalProxy: NotRequired[bool | None]
    # What the data catalog indexes of the connection.
    indexingSettings: NotRequired["ConnectionSettingsIndexingSettings | None"]


class ConnectionSettingsCreationTag(TypedDict, extra_items=Any):
    """Who created the connection, and when."""

    # The user who created it.
    lastModifiedBy: NotRequired["ConnectionSettingsCreationTagLastModifiedBy | None"]
    # When, in milliseconds since the Unix epoch.
    lastModifiedOn: NotRequired[int | None]
    # Version of the object then.
    versionNumber: NotRequired[int | None]


class ConnectionSettingsCreationTagLastModifiedBy(TypedDict, extra_items=Any):
    """The user who created it."""

    # Login of the user.
    login: NotRequired[str | None]


class ConnectionSettingsIndexingSettings(TypedDict, extra_items=Any):
    """What the data catalog indexes of the connection."""

    # Index foreign keys.
    indexForeignKeys: NotRequired[bool | None]
    # Index the tables' indices.
    indexIndices: NotRequired[bool | None]
    # Index system tables.
    indexSystemTables: NotRequired[bool | None]


class ConnectionSyncRequest(TypedDict, extra_items=Any):
    """What to resynchronize."""

    # The connection's root path (true) or its datasets' paths.
    root: NotRequired[bool | None]


class ConnectionTestResult(TypedDict, extra_items=Any):
    """The outcome of testing a connection."""

    # Whether the connection could be reached.
    connectionOK: NotRequired[bool]
    # What happened.
    message: NotRequired[str]


class ContainerExecutionConfig(TypedDict, extra_items=Any):
    """A containerized execution configuration."""

    # Name of the configuration.
    name: NotRequired[str | None]
    # `KUBERNETES` or `DOCKER`.
    type: NotRequired[str | None]
    # Kubernetes namespace the pods run in.
    kubernetesNamespace: NotRequired[str | None]
    # Image registry the images are pushed to.
    repositoryURL: NotRequired[str | None]
    # Docker network, with `DOCKER` (unverified).
    dockerNetwork: NotRequired[str | None]
    # CPU limit of a container (unverified).
    cpuLimit: NotRequired[str | None]
    # Memory limit of a container, in MB (unverified).
    memoryLimitMB: NotRequired[int | None]
    # Base image, when not DSS's (unverified).
    baseImage: NotRequired[str | None]


class ContinuousActivity(TypedDict, extra_items=Any):
    """A continuous activity (the run of a continuous recipe) and its state."""

    # Key of the project.
    projectKey: str
    # Name of the continuous recipe.
    recipeId: str
    # Type of the recipe (`csync`, `cpython`, `ksql`, `streaming_spark_scala`) (unverified).
    recipeType: NotRequired[str | None]
    # The state the user asked for (`STARTED`, `STOPPED`).
    desiredState: NotRequired[str | None]
    # The restart parameters given when it was last started.
    loopParams: NotRequired["ContinuousActivityLoopParams | None"]
    # The effective state of the main loop; absent until the activity is first started.
    mainLoopState: NotRequired["ContinuousActivityMainLoopState | None"]


class ContinuousActivityLoopParams(TypedDict, extra_items=Any):
    """How a continuous activity's main loop is restarted after a failure."""

    # Failures after which the recipe is not restarted any more; -1 for no limit.
    abortAfterCrashes: NotRequired[int | None]
    # Delay before the first restart, in milliseconds.
    initialRestartDelayMS: NotRequired[int | None]
    # Increase of the delay at each further restart, in milliseconds.
    restartDelayIncMS: NotRequired[int | None]
    # Longest delay before a restart, in milliseconds.
    maxRestartDelayMS: NotRequired[int | None]


class ContinuousActivityMainLoopState(TypedDict, extra_items=Any):
    """The effective state of a continuous activity's main loop, a long task."""

    # Identifier of the main loop's future (abort it to stop the activity).
    futureId: NotRequired[str | None]
    # The state of the main loop's future.
    futureInfo: NotRequired["FutureState | None"]
    # How many times the loop was (re)started since the activity was started (unverified).
    attemptCount: NotRequired[int | None]


class CopyDatasetRequest(TypedDict, extra_items=Any):
    """Where `copyDatasetData` copies the rows to."""

    # Project of the target dataset.
    targetProjectKey: str
    # Name of the target dataset.
    targetDatasetName: str
    # Give the target this dataset's schema first (true by default).
    syncSchema: NotRequired[bool | None]
    # `OVERWRITE` (default): replace the target's rows; `APPEND`: add to them.
    writeMode: NotRequired[Literal["OVERWRITE", "APPEND"]]


class CopyManagedFolderBody(TypedDict, extra_items=Any):
    """Where `copyManagedFolder` copies the files to."""

    # Project of the target folder.
    targetProjectKey: str
    # Identifier of the target folder.
    targetFolderId: str
    # `OVERWRITE` (default): empty the target first; `APPEND`: keep its other files.
    writeMode: NotRequired[Literal["OVERWRITE", "APPEND"]]


class CreateAnalysisBody(TypedDict, extra_items=Any):
    """The analysis to create."""

    # The dataset to analyse (its name, or `PROJECT.name` for a dataset of another project).
    inputDataset: str


class CreateAnalysisMLTaskBody(TypedDict, extra_items=Any):
    """The ML task to create in a visual analysis."""

    # `PREDICTION` or `CLUSTERING`.
    taskType: Literal["PREDICTION", "CLUSTERING"]
    # The ML backend: `PY_MEMORY`, `MLLIB` or `H2O`.
    backendType: NotRequired[str]
    # How the initial settings are guessed: `DEFAULT`, `SIMPLE_FORMULA`, `DECISION_TREE`, `EXPLANATORY`,
    # `PERFORMANCE` (prediction); `KMEANS`, `ANOMALY_DETECTION` (clustering); `TIMESERIES_DEFAULT`,
    # `TIMESERIES_STATISTICAL`, `TIMESERIES_DEEP_LEARNING`; `MULTI_TARGET_DEFAULT`; `CAUSAL_PREDICTION`.
    guessPolicy: NotRequired[str]
    # `BINARY_CLASSIFICATION`, `MULTICLASS`, `REGRESSION`, `TIMESERIES_FORECAST`, `MULTI_TARGET_REGRESSION`,
    # `CAUSAL_BINARY_CLASSIFICATION`, `CAUSAL_REGRESSION`; guessed when absent.
    predictionType: NotRequired[str | None]
    # The column to predict (the outcome, for a causal prediction).
    targetVariable: NotRequired[str | None]
    # The columns to predict, for a multi-target regression.
    targetVariables: NotRequired[list[str] | None]
    # The time column, for a time series forecast.
    timeVariable: NotRequired[str | None]
    # The columns identifying each series, for a time series forecast of several series.
    timeseriesIdentifiers: NotRequired[list[str] | None]
    # The treatment column, for a causal prediction.
    treatmentVariable: NotRequired[str | None]


class CreateApiDeployerDeploymentBody(TypedDict, extra_items=Any):
    """What `createApiDeployerDeployment` needs."""

    # Identifier of the new deployment (letters, digits, `_`, `-`, `.`), unique on the deployer.
    deploymentId: str
    # The published service to deploy.
    publishedServiceId: str
    # The infrastructure to deploy on.
    infraId: str
    # The version of the published service to deploy.
    version: str
    # The endpoint to deploy, on a Deploy Anywhere infrastructure; ignored otherwise.
    endpointId: NotRequired[str | None]
    # Groups allowed to query the deployment through the deployer (`group`, `queryThroughDeployer`).
    authorizationsToQueryThroughDeployer: NotRequired[
        "list[CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerItem] | None"
    ]


class CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerItem(TypedDict, extra_items=Any):
    """One group's authorization."""

    # The group.
    group: NotRequired[str | None]
    # Whether its members may query the deployment through the deployer (unverified).
    canQuery: NotRequired[bool | None]


class CreateApiDeployerInfraBody(TypedDict, extra_items=Any):
    """What `createApiDeployerInfra` needs."""

    # Identifier of the new infrastructure (letters, digits, `_`, `-`, `.`), unique on the deployer.
    id: str
    # Stage the infrastructure belongs to.
    stage: str
    # Kind of infrastructure.
    type: Literal["STATIC", "K8S", "AZURE_ML", "SAGEMAKER", "SNOWPARK", "VERTEX_AI", "DATABRICKS"]
    # Whether deployments need their models approved in Dataiku Govern.
    governCheckPolicy: NotRequired[Literal["PREVENT", "WARN", "NO_CHECK"]]


class CreateApiDeployerServiceBody(TypedDict, extra_items=Any):
    """What `createApiDeployerService` needs."""

    # Identifier of the new published service (letters, digits, `_`, `-`, `.`), unique on the deployer.
    publishedServiceId: str


class CreateClusterBody(TypedDict, extra_items=Any):
    """What `createCluster` needs to declare a cluster."""

    # Name of the cluster.
    name: str
    # `manual` (attached to, not managed), or the plugin cluster type that manages it.
    type: NotRequired[str | None]
    # `HADOOP` or `KUBERNETES`.
    architecture: NotRequired[str | None]
    # Parameters of the cluster type. A `manual` Hadoop cluster has `hadoopSettings`, `hiveSettings`,
    # `impalaSettings`, `sparkSettings` (each with `extraConf`, a list of `key`, `value`); a managed cluster has
    # the plugin's own keys.
    params: NotRequired["CreateClusterBodyParams | None"]


class CreateClusterBodyParams(TypedDict, extra_items=Any):
    """Parameters of the cluster type. A `manual` Hadoop cluster has `hadoopSettings`, `hiveSettings`,
    `impalaSettings`, `sparkSettings` (each with `extraConf`, a list of `key`, `value`); a managed cluster has
    the plugin's own keys.
    """

    # Settings of Hadoop.
    hadoopSettings: NotRequired["ClusterSubsystemSettings | None"]
    # Settings of Hive.
    hiveSettings: NotRequired["ClusterSubsystemSettings | None"]
    # Settings of Impala.
    impalaSettings: NotRequired["ClusterSubsystemSettings | None"]
    # Settings of Spark.
    sparkSettings: NotRequired["ClusterSubsystemSettings | None"]
    # Settings of Kubernetes.
    kubernetesSettings: NotRequired["ClusterSubsystemSettings | None"]
    # The plugin's settings, for a cluster a plugin manages (unverified).
    config: NotRequired["CreateClusterBodyParamsConfig | None"]


class CreateClusterBodyParamsConfig(TypedDict, extra_items=Any):
    """The plugin's settings, for a cluster a plugin manages (unverified)."""

    # Identifier of the cluster at its provider (unverified).
    clusterId: NotRequired[str | None]
    # Region of the cluster at its provider (unverified).
    region: NotRequired[str | None]


class CreateCodeEnvBody(TypedDict, extra_items=Any):
    """What `createCodeEnv` needs to create and build a code env."""

    # How DSS manages it (`DESIGN_MANAGED`, `DESIGN_NON_MANAGED`, `AUTOMATION_SINGLE`, `AUTOMATION_VERSIONED`,
    # ...).
    deploymentMode: str
    # Python interpreter (`PYTHON39`, `PYTHON310`, `PYTHON311`, ...).
    pythonInterpreter: NotRequired[str | None]
    # Build it with conda.
    conda: NotRequired[bool | None]
    # Install DSS's core packages (the `dataiku` package's dependencies).
    installCorePackages: NotRequired[bool | None]
    # Which set of core package versions to install.
    corePackagesSet: NotRequired[str | None]
    # Install what notebooks need.
    installJupyterSupport: NotRequired[bool | None]
    # Requested packages, one requirement per line.
    specPackageList: NotRequired[str | None]
    # Requested conda packages, one per line.
    specCondaEnvironment: NotRequired[str | None]
    # More settings of the env, as in `CodeEnvSettings.desc`.
    desc: NotRequired["CodeEnvDesc | None"]
    # The existing conda env a non-managed env points to (unverified).
    externalCondaEnvName: NotRequired[str | None]


class CreateCodeStudioBody(TypedDict, extra_items=Any):
    """What `createCodeStudio` needs."""

    # Display name of the new code studio.
    name: str
    # Identifier of an existing code studio template.
    templateId: str


class CreateCodeStudioResponse(TypedDict, extra_items=Any):
    """The answer of `createCodeStudio`."""

    codeStudio: "CodeStudio"


class CreateConnectionBody(TypedDict, extra_items=Any):
    """What `createConnection` needs to create a connection."""

    # Name of the new connection, unique on the instance.
    name: str
    # Type of connection (`Filesystem`, `PostgreSQL`, `Snowflake`, `EC2`, `HDFS`, ...).
    type: str
    # Description.
    description: NotRequired[str | None]
    # Type-specific parameters (host, database, path, user, password, ...).
    params: NotRequired["ConnectionParams | None"]
    # Who may use the connection.
    usableBy: NotRequired[str | None]
    # Groups allowed to use it, when `usableBy` is `ALLOWED`.
    allowedGroups: NotRequired[list[str] | None]


class CreateDashboardBody(TypedDict, extra_items=Any):
    """What `createDashboard` needs; the other properties of a `Dashboard` may be given too."""

    # Name of the new dashboard (need not be unique).
    name: str
    # Its pages (none by default).
    pages: NotRequired["list[DashboardPage] | None"]
    # Whether it is promoted at once (private by default).
    listed: NotRequired[bool | None]


class CreateDatasetBody(TypedDict, extra_items=Any):
    """What `createDataset` needs to create a dataset."""

    # Name of the new dataset: letters, digits and underscores, not yet used in the project. DSS refuses any
    # other name (400).
    name: str
    # Key of the project; must be the project of the path.
    projectKey: str
    # Type of the dataset (`Filesystem`, `UploadedFiles`, `PostgreSQL`, `Inline`, ...).
    type: str
    # Type-specific parameters (see `DatasetParams`).
    params: NotRequired["DatasetParams | None"]
    # Format of a file-based dataset.
    formatType: NotRequired[str | None]
    # Format-specific parameters (see `DatasetFormatParams`).
    formatParams: NotRequired["DatasetFormatParams | None"]
    # Partitioning (see `DatasetPartitioning`).
    partitioning: NotRequired["DatasetPartitioning | None"]
    # Whether DSS manages the dataset's data.
    managed: NotRequired[bool | None]
    # The dataset's schema.
    schema: NotRequired["DatasetSchema | None"]
    # Tags of the dataset.
    tags: NotRequired[list[str] | None]
    # Long description.
    description: NotRequired[str | None]
    # One-line description.
    shortDesc: NotRequired[str | None]
    # The dataset's metrics settings; DSS's defaults complete what is left out.
    metrics: NotRequired["DatasetMetricsSettings | None"]
    # The dataset's checks settings; DSS's defaults complete what is left out.
    metricsChecks: NotRequired["DatasetChecksSettings | None"]


class CreateEvaluationComparisonBody(TypedDict, extra_items=Any):
    """The comparison to create."""

    # Project of the comparison (the path's).
    projectKey: NotRequired[str]
    # Name of the comparison.
    displayName: str
    # Task type of the comparison.
    predictionType: Literal[
        "BINARY_CLASSIFICATION",
        "REGRESSION",
        "MULTICLASS",
        "TIMESERIES_FORECAST",
        "CAUSAL_BINARY_CLASSIFICATION",
        "CAUSAL_REGRESSION",
        "LLM",
        "AGENT",
    ]


class CreateEvaluationStoreBody(TypedDict, extra_items=Any):
    """The store to create."""

    # Project of the store (the path's).
    projectKey: NotRequired[str]
    # Name of the store.
    name: str


class CreateFlowZoneBody(TypedDict, extra_items=Any):
    """A new flow zone's name and color."""

    # The zone's name.
    name: str
    # The zone's color, `#RRGGBB` (`#2ab1ac` by default).
    color: NotRequired[str]


class CreateGlobalApiKeyBody(TypedDict, extra_items=Any):
    """What `createGlobalApiKey` needs; give either `globalPermissions` or `groups`."""

    # Label.
    label: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]
    # Instance-wide permissions of the key.
    globalPermissions: NotRequired["GlobalPermissions | None"]
    # Groups whose permissions the key gets; each must exist.
    groups: NotRequired[list[str] | None]


class CreateGroupBody(TypedDict, extra_items=Any):
    """What `createGroup` needs to create a group."""

    # Name of the new group, unique on the instance.
    name: str
    # Description of the group.
    description: NotRequired[str | None]
    # Where the group comes from (`LOCAL`, `LDAP`, `SAAS`, `AZURE_AD`, `CUSTOM`).
    sourceType: NotRequired[str | None]


class CreateInsightBody(TypedDict, extra_items=Any):
    """What `createInsight` needs."""

    # The new insight's definition; `type` is required.
    insightPrototype: "CreateInsightBodyInsightPrototype"


class CreateInsightBodyInsightPrototype(TypedDict, extra_items=Any):
    """The new insight's definition; `type` is required."""

    # Kind of insight.
    type: str
    # Name of the insight.
    name: NotRequired[str | None]
    # Parameters of the insight, by type; any JSON values.
    params: NotRequired[dict[str, Any] | None]


class CreateMLTaskBody(TypedDict, extra_items=Any):
    """What a new ML task is trained on and for."""

    # The dataset the task learns from (a name of the project's dataset).
    inputDataset: str
    # Prediction (the default) or clustering.
    taskType: NotRequired[Literal["PREDICTION", "CLUSTERING"]]
    # The column to predict (prediction tasks; the outcome of a causal task).
    targetVariable: NotRequired[str | None]
    # The columns to predict (multi-target tasks).
    targetVariables: NotRequired[list[str] | None]
    # BINARY_CLASSIFICATION, MULTICLASS, REGRESSION, TIMESERIES_FORECAST, CAUSAL_BINARY_CLASSIFICATION,
    # CAUSAL_REGRESSION or MULTI_TARGET_REGRESSION; guessed from the target's values when absent.
    predictionType: NotRequired[str | None]
    # The time column of a time series forecasting task.
    timeVariable: NotRequired[str | None]
    # The columns identifying each time series of a forecasting task.
    timeseriesIdentifiers: NotRequired[list[str] | None]
    # The treatment column of a causal prediction task.
    treatmentVariable: NotRequired[str | None]
    # The training engine (PY_MEMORY, MLLIB, H2O, ...).
    backendType: NotRequired[str]
    # How the initial settings are guessed: DEFAULT, SIMPLE_FORMULA, DECISION_TREE, EXPLANATORY, PERFORMANCE
    # (prediction), KMEANS, ANOMALY_DETECTION (clustering), TIMESERIES_DEFAULT, ..., CAUSAL_PREDICTION,
    # MULTI_TARGET_DEFAULT.
    guessPolicy: NotRequired[str]


class CreateManagedDatasetBody(TypedDict, extra_items=Any):
    """What `createManagedDataset` needs."""

    # Name of the new dataset (letters, digits and underscores).
    name: str
    creationSettings: "ManagedDatasetCreationSettings"


class CreateManagedFolderBody(TypedDict, extra_items=Any):
    """The managed folder to create."""

    # Name of the folder, unique in the project, not blank.
    name: str
    # Key of the project (the path's).
    projectKey: NotRequired[str | None]
    # Kind of storage; the connection's type when null.
    type: NotRequired[str | None]
    # Where the folder's files go (`connection`, `path`).
    params: NotRequired["ManagedFolderParams | None"]


class CreateManagedStreamingEndpointBody(TypedDict, extra_items=Any):
    """A new managed streaming endpoint."""

    # Name of the new streaming endpoint.
    id: str
    # Type of streaming system; when absent, the one of the connection's type.
    type: NotRequired[str | None]
    # Where and how the endpoint stores its messages.
    creationSettings: "CreateManagedStreamingEndpointBodyCreationSettings"


class CreateManagedStreamingEndpointBodyCreationSettings(TypedDict, extra_items=Any):
    """Where and how the endpoint stores its messages."""

    # Name of the connection (Kafka or SQS).
    connectionId: str
    # Serialization of the messages: `json`, `avro` or `single` for Kafka, `json` or `string` for SQS. When
    # absent, `json`.
    formatOptionId: NotRequired[str | None]


class CreatePersonalApiKeyBody(TypedDict, extra_items=Any):
    """What `createPersonalApiKey` needs."""

    # Label.
    label: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]


class CreatePersonalApiKeyForUserBody(TypedDict, extra_items=Any):
    """What `createPersonalApiKeyForUser` needs."""

    # Login of the user the key acts as.
    user: str
    # Label.
    label: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]


class CreateProjectBody(TypedDict, extra_items=Any):
    """What `createProject` needs to create a project."""

    # Key of the new project: letters, digits and underscores, unique on the instance. DSS refuses any other key
    # (400).
    projectKey: str
    # Display name.
    name: str
    # Login of an existing user, who will own the project.
    owner: str
    # Long description, in Markdown.
    description: NotRequired[str | None]
    # Initial settings, as in `ProjectSettings.settings` (unverified beyond the keys below).
    settings: NotRequired["CreateProjectBodySettings | None"]
    # Initial permissions, each naming a group or a user and what it may do.
    permissions: NotRequired["list[ProjectPermissionItem] | None"]
    # Tags of the project.
    tags: NotRequired[list[str] | None]


class CreateProjectBodySettings(TypedDict, extra_items=Any):
    """Initial settings, as in `ProjectSettings.settings` (unverified beyond the keys below)."""

    # Code environments of the project's code, per language (`python`, `r`).
    codeEnvs: NotRequired["CreateProjectBodySettingsCodeEnvs | None"]
    container: NotRequired["ProjectContainerSettings | None"]


class CreateProjectBodySettingsCodeEnvs(TypedDict, extra_items=Any):
    """Code environments of the project's code, per language (`python`, `r`)."""

    python: NotRequired["ProjectCodeEnvSelection | None"]
    r: NotRequired["ProjectCodeEnvSelection | None"]


class CreateRecipeBody(TypedDict, extra_items=Any):
    """What `createRecipe` needs."""

    recipePrototype: "RecipePrototype"
    # How to create the recipe and its outputs.
    creationSettings: NotRequired["CreateRecipeBodyCreationSettings | None"]


class CreateRecipeBodyCreationSettings(TypedDict, extra_items=Any):
    """How to create the recipe and its outputs."""

    # Whether to create the output dataset.
    createOutputDataset: NotRequired[bool | None]
    # Where the created output stores its data (`connectionId`, ...).
    outputDatasetSettings: NotRequired["ManagedDatasetCreationSettings | None"]
    # Role -> output name -> creation settings: the new outputs of a recipe with several (split, ...).
    outputDatasetsCreationSettingsByRole: NotRequired["dict[str, dict[str, ManagedDatasetCreationSettings]] | None"]
    # Input names of a join or stack recipe (each `{index}`, ...) (unverified beyond names).
    virtualInputs: NotRequired[list[Any] | None]
    # The first key of a grouping recipe.
    groupKey: NotRequired[str | None]
    # The code of a code recipe.
    script: NotRequired[str | None]
    # Store the prototype as given.
    rawCreation: NotRequired[bool | None]
    # Connection of the outputs to create, for some recipe types (unverified).
    connectionId: NotRequired[str | None]


class CreateSavedModelBody(TypedDict, extra_items=Any):
    """The saved model to create."""

    # `MLFLOW_PYFUNC`, `PROXY_MODEL` or `LLM_GENERIC`.
    savedModelType: str
    # Name of the saved model.
    name: str
    # `BINARY_CLASSIFICATION`, `MULTICLASS`, `REGRESSION`, or null (another kind of MLflow model).
    predictionType: NotRequired[str | None]
    # For an external model, its cloud service; null otherwise.
    proxyModelConfiguration: NotRequired["ProxyModelConfiguration | None"]


class CreateScenarioBody(TypedDict, extra_items=Any):
    """What `createScenario` needs."""

    # Identifier to give the scenario (letters, digits and underscores); made from the name when absent.
    id: NotRequired[str | None]
    # Display name.
    name: str
    # `step_based` or `custom_python`.
    type: Literal["step_based", "custom_python"]
    # Type-specific settings (`steps` of a step-based scenario).
    params: NotRequired["ScenarioParams | None"]


class CreateStreamingEndpointBody(TypedDict, extra_items=Any):
    """A new streaming endpoint."""

    # Name of the new streaming endpoint.
    id: str
    # Key of the project (that of the path).
    projectKey: NotRequired[str | None]
    # Type of streaming system (`kafka`, `SQS`, `kdbplustick`, `httpsse`).
    type: str
    params: NotRequired["StreamingEndpointParams"]


class CreateUserBody(TypedDict, extra_items=Any):
    """What `createUser` needs to create a user."""

    # Login of the new user, unique on the instance.
    login: str
    # Password (LOCAL users); null for users authenticated elsewhere.
    password: NotRequired[str | None]
    # Display name.
    displayName: NotRequired[str | None]
    # Where the user comes from (`LOCAL`, `LDAP`, `LOCAL_NO_AUTH`, `SAAS`, `AZURE_AD`, `CUSTOM`).
    sourceType: NotRequired[str | None]
    # Names of the groups the user belongs to; each must exist.
    groups: NotRequired[list[str] | None]
    # Licence profile (`DATA_SCIENTIST`, `DESIGNER`, `READER`, ..., depending on the licence).
    userProfile: NotRequired[str | None]
    # Email address.
    email: NotRequired[str | None]


class CreateWebAppBody(TypedDict, extra_items=Any):
    """The webapp to create."""

    # Name of the webapp.
    name: str
    # `STANDARD`, `BOKEH`, `DASH`, `STREAMLIT` or `SHINY`.
    type: str


class CreateWikiArticleBody(TypedDict, extra_items=Any):
    """The article to create."""

    # Key of the project (the path's).
    projectKey: NotRequired[str | None]
    # Name of the new article.
    name: str
    # Identifier of the parent article; at the root of the taxonomy when absent.
    parent: NotRequired[str | None]


class CustomEvaluationMetric(TypedDict, extra_items=Any):
    """A metric of a custom evaluation."""

    # Code of the metric (`accuracy`, or a name of the user's).
    metricCode: str
    # Value of the metric.
    value: float | str | bool
    # Human-readable name.
    name: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]


class DSSError(TypedDict, extra_items=Any):
    """The body of every error answer."""

    # Name of the exception DSS raised, for example `com.dataiku.dip.server.controllers.NotFoundException`.
    errorType: str
    # Human-readable message.
    message: str
    # Longer message, with the causes of the error when there are any.
    detailedMessage: NotRequired[str]
    # A stable code for some errors.
    code: NotRequired[str]


class Dashboard(TypedDict, extra_items=Any):
    """The definition of a dashboard, as `getDashboard` returns it and `saveDashboard` takes it."""

    # Identifier of the dashboard, chosen by DSS.
    id: NotRequired[str | None]
    # Key of the project the dashboard belongs to.
    projectKey: NotRequired[str | None]
    # Name, not necessarily unique.
    name: NotRequired[str | None]
    # Login of the owner (its creator).
    owner: NotRequired[str | None]
    # Whether the dashboard is promoted (listed to every reader) rather than private.
    listed: NotRequired[bool | None]
    # The pages (slides).
    pages: NotRequired["list[DashboardPage] | None"]
    # Tags.
    tags: NotRequired[list[str] | None]
    # Checklists attached to the dashboard.
    checklists: NotRequired["DashboardChecklists | None"]
    # Values of the instance's custom fields, by field name; each value is any JSON value.
    customFields: NotRequired[dict[str, Any] | None]
    # Long description (markdown).
    description: NotRequired[str | None]
    # Short description.
    shortDesc: NotRequired[str | None]
    # Who created it, and when (set by DSS).
    creationTag: NotRequired["UserTag | None"]
    # Who changed it last, and when (set by DSS).
    versionTag: NotRequired["UserTag | None"]


class DashboardChecklists(TypedDict, extra_items=Any):
    """Checklists attached to the dashboard."""

    # The checklists.
    checklists: NotRequired["list[DashboardChecklistsChecklistsItem] | None"]


class DashboardChecklistsChecklistsItem(TypedDict, extra_items=Any):
    """A checklist."""

    # Title of the checklist.
    title: NotRequired[str | None]
    # The checklist's items.
    items: NotRequired["list[DashboardChecklistsChecklistsItemItemsItem] | None"]


class DashboardChecklistsChecklistsItemItemsItem(TypedDict, extra_items=Any):
    """One item of a checklist."""

    # What the item says.
    text: NotRequired[str | None]
    # Whether the item is checked.
    done: NotRequired[bool | None]


class DashboardListItem(TypedDict, extra_items=Any):
    """A dashboard as `listDashboards` answers it."""

    # Identifier of the dashboard.
    id: str
    # Key of the project.
    projectKey: NotRequired[str]
    # Name.
    name: NotRequired[str]
    # Login of the owner.
    owner: NotRequired[str]
    # Whether it is promoted.
    listed: NotRequired[bool]
    # Number of pages.
    numPages: NotRequired[int]
    # Number of tiles, over all pages.
    numTiles: NotRequired[int]
    # Tags.
    tags: NotRequired[list[str]]


class DashboardPage(TypedDict, extra_items=Any):
    """A page (slide) of a dashboard. DSS 12+ keeps the tiles in `grid.tiles`; older versions in `tiles`."""

    # Identifier of the page, chosen by DSS when absent.
    id: NotRequired[str | None]
    # Title of the page.
    title: NotRequired[str | None]
    # The page's grid of tiles.
    grid: NotRequired["DashboardPageGrid | None"]
    # The tiles of the page, in the layout of DSS before version 12.
    tiles: NotRequired["list[DashboardTile] | None"]


class DashboardPageGrid(TypedDict, extra_items=Any):
    """The page's grid of tiles."""

    # The tiles of the page.
    tiles: NotRequired["list[DashboardTile] | None"]


class DashboardTile(TypedDict, extra_items=Any):
    """A tile of a dashboard page: `tileType` is `INSIGHT` (showing the insight `insightId`, of type
    `insightType`), `STATIC` (text, image, embedded page: `tileParams`) or `FILTERS`; `box` places it on the
    page's grid.
    """

    # INSIGHT, STATIC or FILTERS today (`x-extensible-enum`).
    tileType: NotRequired[str | None]
    # The insight shown, for an INSIGHT tile.
    insightId: NotRequired[str | None]
    # The type of that insight.
    insightType: NotRequired[str | None]
    # The tile's title.
    title: NotRequired[str | None]
    # Where the tile is on the page's grid.
    box: NotRequired["DashboardTileBox | None"]
    # Parameters of the tile's content, by tile kind (a static tile's text, ...); any JSON values.
    tileParams: NotRequired[dict[str, Any] | None]


class DashboardTileBox(TypedDict, extra_items=Any):
    """Where the tile is on the page's grid."""

    # Column of the tile's left edge.
    left: NotRequired[int | None]
    # Row of the tile's top edge.
    top: NotRequired[int | None]
    # Width, in grid columns.
    width: NotRequired[int | None]
    # Height, in grid rows.
    height: NotRequired[int | None]


class DataQualityDatasetSummary(TypedDict, extra_items=Any):
    """The status of one dataset of a project (unverified)."""

    outcome: NotRequired["DataQualityOutcome"]
    # Whether the dataset is monitored.
    monitored: NotRequired[bool | None]
    # When its last result was computed (epoch milliseconds).
    computeDate: NotRequired[int | None]


class DataQualityPartitionStatus(TypedDict, extra_items=Any):
    """The status of one partition (unverified)."""

    # The partition.
    partition: NotRequired[str | None]
    outcome: NotRequired["DataQualityOutcome"]
    # When its last result was computed (epoch milliseconds); absent if never.
    computeDate: NotRequired[int | None]


class DataQualityProjectSummary(TypedDict, extra_items=Any):
    """The status of one project (unverified)."""

    outcome: NotRequired["DataQualityOutcome"]
    # How many datasets of the project are monitored.
    monitoredDatasets: NotRequired[int | None]
    # How many monitored datasets have each status.
    outcomeCounts: NotRequired[dict[str, int] | None]


class DataQualityRule(TypedDict, extra_items=Any):
    """A data quality rule. `type` says what it tests (`RecordCountInRangeRule`, `ColumnCountInRangeRule`,
    `Column{Min,Max,Avg,Sum,Median,StdDev}InRangeRule`, `ColumnNotEmptyRule`, `ColumnEmptyRule`,
    `ColumnUniqueValuesRule`, `ValuesInSetRule`, `ModeValueInSetRule`, `TopValuesInSetRule`,
    `ValuesInRangeRule`, the `Drift...Rule`s, `CompareMetricsRule`, `ColumnMeaningValidityRule`,
    `DatasetSchemaEqualsRule`, `DatasetSchemaContainsRule`, `numericRange`, `valueSet`, `python`); the other
    properties depend on it. A range's bounds apply when their `...Enabled` flag is true: outside
    `minimum`/`maximum` is an ERROR, outside `softMinimum`/`softMaximum` a WARNING.
    """

    # Identifier, chosen by DSS.
    id: NotRequired[str | None]
    # What the rule tests (`x-extensible-enum`).
    type: NotRequired[str | None]
    # Name shown for the rule.
    displayName: NotRequired[str | None]
    # Whether computing the dataset's rules computes this one.
    enabled: NotRequired[bool | None]
    # Whether building the dataset computes the rule.
    autoRun: NotRequired[bool | None]
    # The columns a column rule tests (each one separately).
    columns: NotRequired[list[str] | None]
    # Hard lower bound.
    minimum: NotRequired[float | None]
    # Hard upper bound.
    maximum: NotRequired[float | None]
    # Soft lower bound.
    softMinimum: NotRequired[float | None]
    # Soft upper bound.
    softMaximum: NotRequired[float | None]
    # Whether `minimum` applies.
    minimumEnabled: NotRequired[bool | None]
    # Whether `maximum` applies.
    maximumEnabled: NotRequired[bool | None]
    # Whether `softMinimum` applies.
    softMinimumEnabled: NotRequired[bool | None]
    # Whether `softMaximum` applies.
    softMaximumEnabled: NotRequired[bool | None]
    # The allowed values of a set rule.
    values: NotRequired[list[Any] | None]
    # How an emptiness or uniqueness rule judges a column (`ENTIRE_COLUMN_NOT_EMPTY`, ...).
    thresholdType: NotRequired[str | None]


class DataQualityRuleBody(TypedDict, extra_items=Any):
    """A rule as `createDataQualityRule` and `saveDataQualityRule` take it."""

    # Identifier (for a save; chosen by DSS at creation).
    id: NotRequired[str | None]
    # What the rule tests.
    type: str
    # Name shown for the rule.
    displayName: NotRequired[str | None]
    # Whether computing the dataset's rules computes this one.
    enabled: NotRequired[bool | None]
    # The columns a column rule tests.
    columns: NotRequired[list[str] | None]


class DataQualityRuleResult(TypedDict, extra_items=Any):
    """One computation of one rule on one partition."""

    # Identifier of the rule.
    id: NotRequired[str | None]
    # Name of the rule when it was computed.
    name: NotRequired[str | None]
    # Type of the rule.
    ruleType: NotRequired[str | None]
    outcome: NotRequired["DataQualityOutcome"]
    # What the computation found.
    message: NotRequired[str | None]
    # The value tested, when there is one.
    observedValue: NotRequired[str | None]
    # When it was computed (epoch milliseconds).
    computeDate: NotRequired[int | None]
    # What started the computation (`MANUAL` from the API; unverified) (`x-extensible-enum`).
    runOrigin: NotRequired[str | None]
    # The partition (`NP`, `ALL` or its identifier).
    partition: NotRequired[str | None]


class DataQualityRuleSet(TypedDict, extra_items=Any):
    """The data quality rules of a dataset."""

    # The rules.
    checks: "list[DataQualityRule]"


class DataQualityTimelineDay(TypedDict, extra_items=Any):
    """One day of a project's timeline (unverified)."""

    # The day (UTC), as YYYY-MM-DD.
    day: NotRequired[str | None]
    worstOutcome: NotRequired["DataQualityOutcome"]
    currentOutcome: NotRequired["DataQualityOutcome"]
    # The datasets computed that day, by name.
    datasets: NotRequired["dict[str, DataQualityTimelineDayDatasetsValue] | None"]


class DataQualityTimelineDayDatasetsValue(TypedDict, extra_items=Any):
    """One dataset's computations that day."""

    worstOutcome: NotRequired["DataQualityOutcome"]
    currentOutcome: NotRequired["DataQualityOutcome"]
    # How many computations ran.
    runs: NotRequired[int]


class DataSelection(TypedDict, extra_items=Any):
    """Which rows are read (a sample), for metrics or for previews."""

    # `FULL`, `HEAD_SEQUENTIAL`, `RANDOM_FIXED_NB`, `RANDOM_FIXED_RATIO`, ...
    samplingMethod: NotRequired[str | None]
    # Most rows read; -1 for no limit.
    maxRecords: NotRequired[int | None]
    # Share of the rows read, with a ratio method.
    targetRatio: NotRequired[float | None]
    # Sample within the first N rows; -1 for all.
    withinFirstN: NotRequired[int | None]
    # Most bytes read; -1 for no limit.
    maxReadUncompressedBytes: NotRequired[int | None]
    # `ALL`, `SELECTED` or `LATEST_N`.
    partitionSelectionMethod: NotRequired[str | None]
    # How many partitions, with `LATEST_N`.
    latestPartitionsN: NotRequired[int | None]
    # The partitions, with `SELECTED`.
    selectedPartitions: NotRequired[list[str] | None]
    # Whether the sample is kept in memory.
    useMemTable: NotRequired[bool | None]
    # A filter on the rows read.
    filter: NotRequired["DataSelectionFilter | None"]
    # The order rows are read in.
    ordering: NotRequired["DataSelectionOrdering | None"]


class DataSelectionFilter(TypedDict, extra_items=Any):
    """A filter on the rows read."""

    # Whether the filter applies.
    enabled: NotRequired[bool | None]
    # Whether duplicate rows are dropped.
    distinct: NotRequired[bool | None]
    # The filter, a DSS formula (unverified).
    expression: NotRequired[str | None]


class DataSelectionOrdering(TypedDict, extra_items=Any):
    """The order rows are read in."""

    # Whether reads are ordered.
    enabled: NotRequired[bool | None]
    # The ordering, one rule a column.
    rules: NotRequired["list[DataSelectionOrderingRulesItem] | None"]


class DataSelectionOrderingRulesItem(TypedDict, extra_items=Any):
    """One column of the ordering."""

    # The column.
    column: NotRequired[str | None]
    # Ascending order when true.
    ascending: NotRequired[bool | None]


class Dataset(TypedDict, extra_items=Any):
    """The definition of a dataset: its settings. The structure of `params` and `formatParams` depends on `type`
    and `formatType`.
    """

    # Key of the dataset's project.
    projectKey: NotRequired[str | None]
    # Name of the dataset.
    name: str
    # Type of the dataset (`Filesystem`, `UploadedFiles`, `PostgreSQL`, `Inline`, ...).
    type: str
    params: NotRequired["DatasetParams"]
    # Format of a file-based dataset (`csv`, `parquet`, `json`, `excel`, `avro`, `orcfile`, ...).
    formatType: NotRequired[str | None]
    # Format-specific parameters (see `DatasetFormatParams`).
    formatParams: NotRequired["DatasetFormatParams | None"]
    # Whether DSS manages the dataset's data.
    managed: NotRequired[bool | None]
    # The dataset's schema (a null sent is read as absent, like any null).
    schema: NotRequired["DatasetSchema"]
    # The dataset's metrics: its probes, how they are computed, and what its Status tab shows. A new dataset
    # gets the `basic` probe, computed on each build, and the `records` probe, computed on demand.
    metrics: NotRequired["DatasetMetricsSettings | None"]
    # The dataset's checks (none on a new dataset), and whether they run on each build.
    metricsChecks: NotRequired["DatasetChecksSettings | None"]
    # Partitioning (see `DatasetPartitioning`).
    partitioning: NotRequired["DatasetPartitioning | None"]
    # How the flow treats the dataset when it builds.
    flowOptions: NotRequired["DatasetFlowOptions | None"]
    # How DSS reads and writes the data.
    readWriteOptions: NotRequired["DatasetReadWriteOptions | None"]
    # Values of the instance's custom fields, by field name; each value is any JSON value.
    customFields: NotRequired[dict[str, Any] | None]
    # Custom metadata of the dataset.
    customMeta: NotRequired["DatasetCustomMeta | None"]
    # Advanced properties of the dataset (Hadoop and Spark configuration).
    dkuProperties: NotRequired["list[DatasetDkuPropertiesItem] | None"]
    # Whether the dataset is a feature group of the feature store.
    featureGroup: NotRequired[bool | None]
    # Tags of the dataset.
    tags: NotRequired[list[str] | None]
    # Long description.
    description: NotRequired[str | None]
    # One-line description.
    shortDesc: NotRequired[str | None]
    versionTag: NotRequired["UserTag"]
    creationTag: NotRequired["UserTag"]


class DatasetChecksSettings(TypedDict, extra_items=Any):
    """The checks settings of a dataset (its `metricsChecks`)."""

    # Whether each build of the dataset runs its checks.
    runOnBuild: NotRequired[bool | None]
    # The checks, each testing the last value of a metric.
    checks: NotRequired["list[MetricCheck] | None"]
    # What the Status tab shows.
    displayedState: NotRequired["DatasetChecksSettingsDisplayedState | None"]


class DatasetChecksSettingsDisplayedState(TypedDict, extra_items=Any):
    """What the Status tab shows."""

    # Names of the checks shown.
    checks: NotRequired[list[str] | None]


class DatasetCounts(TypedDict, extra_items=Any):
    """Counts of datasets."""

    # Number of them.
    all: NotRequired[int | None]
    # Number by type.
    datasetsByType: NotRequired[dict[str, int] | None]


class DatasetCustomMeta(TypedDict, extra_items=Any):
    """Custom metadata of the dataset."""

    # A free key-value map.
    kv: NotRequired[dict[str, Any] | None]


class DatasetDkuPropertiesItem(TypedDict, extra_items=Any):
    """One property."""

    # Name of the property.
    name: NotRequired[str | None]
    # Its value.
    value: NotRequired[str | None]


class DatasetFlowOptions(TypedDict, extra_items=Any):
    """How the flow treats the dataset when it builds."""

    # Whether a job may skip writing the dataset (SQL or Spark pipelines).
    virtualizable: NotRequired[bool | None]
    # `NORMAL`, `EXPLICIT` (only built when asked to) or `WRITE_PROTECT` (never built).
    rebuildBehavior: NotRequired[str | None]
    # Whether a build from another project may build it (`DEFAULT`, `STOP`) (unverified).
    crossProjectBuildBehavior: NotRequired[str | None]


class DatasetFormatParams(TypedDict, extra_items=Any):
    """The format-specific parameters of a file-based dataset (its `formatParams`); which keys apply depends on
    `formatType`. The keys below are those of `csv` (the official client's `set_csv_format` writes `separator`,
    `style`, `skipRowsBeforeHeader`, `parseHeaderRow`, `skipRowsAfterHeader`) and of `parquet`.
    """

    # CSV quoting style: `excel`, `unix`, `escape_only_no_quote`, `no_escaping_nor_quoting`.
    style: NotRequired[str | None]
    # Character set of the files (`utf8`, ...).
    charset: NotRequired[str | None]
    # Field separator (`,`, `\t`, ...).
    separator: NotRequired[str | None]
    # Quoting character.
    quoteChar: NotRequired[str | None]
    # Escaping character.
    escapeChar: NotRequired[str | None]
    # Compression of the files (``, `gz`, `bz2`, `snappy`, ...).
    compress: NotRequired[str | None]
    # Lines to skip before the header.
    skipRowsBeforeHeader: NotRequired[int | None]
    # Whether the first line read is a header naming the columns.
    parseHeaderRow: NotRequired[bool | None]
    # Lines to skip after the header.
    skipRowsAfterHeader: NotRequired[int | None]
    # How dates are written (`ISO`, ...).
    dateSerializationFormat: NotRequired[str | None]
    # How arrays and maps are written in a cell (`json`, ...).
    arrayMapFormat: NotRequired[str | None]
    # Separator of array items, when not JSON (unverified).
    arrayItemSeparator: NotRequired[str | None]
    # Separator of map keys and values, when not JSON (unverified).
    mapKeySeparator: NotRequired[str | None]
    # Nested separators, Hive-style (unverified).
    hiveSeparators: NotRequired[list[str] | None]
    # An estimate of the number of records, from format detection.
    probableNumberOfRecords: NotRequired[int | None]
    # Read booleans in DSS's normalized form.
    normalizeBooleans: NotRequired[bool | None]
    # Read doubles in DSS's normalized form.
    normalizeDoubles: NotRequired[bool | None]
    # What to do with a line with more columns than the schema (`INSERT_IN_DATA_WARNING`, ...).
    readAdditionalColumnsBehavior: NotRequired[str | None]
    # What to do with a line with fewer columns than the schema (`DISCARD_SILENT`, ...).
    readMissingColumnsBehavior: NotRequired[str | None]
    # What to do with a value that does not fit its column's type (`DISCARD_WARNING`, ...).
    readDataTypeMismatchBehavior: NotRequired[str | None]
    # What to do when writing such a value (`DISCARD_WARNING`, ...).
    writeDataTypeMismatchBehavior: NotRequired[str | None]
    # What to do with a file that cannot be read (`FAIL`, ...).
    fileReadFailureBehavior: NotRequired[str | None]
    # Compression of Parquet files (`SNAPPY`, ...).
    parquetCompressionMethod: NotRequired[str | None]
    # Which Parquet dialect is written (`HIVE`, `SPARK`) (unverified).
    parquetFlavor: NotRequired[str | None]
    # Size of a Parquet row group, in MB (unverified).
    parquetBlockSizeMB: NotRequired[int | None]
    # Whether null fields are written (unverified).
    representsNullFields: NotRequired[bool | None]


class DatasetInfo(TypedDict, extra_items=Any):
    """A dataset's definition and status."""

    dataset: NotRequired["Dataset"]
    # The last build of the dataset, when it was ever built.
    lastBuild: NotRequired["DatasetInfoLastBuild"]


class DatasetInfoLastBuild(TypedDict, extra_items=Any):
    """The last build of the dataset, when it was ever built."""

    # When the build started, in milliseconds since the Unix epoch.
    buildStartTime: NotRequired[int]
    # When the build ended, in milliseconds since the Unix epoch.
    buildEndTime: NotRequired[int]
    # Whether the build succeeded.
    buildSuccess: NotRequired[bool]
    # Identifier of the job that built the dataset.
    jobId: NotRequired[str]
    # Project of that job.
    jobProjectKey: NotRequired[str]


class DatasetMetricsSettings(TypedDict, extra_items=Any):
    """The metrics settings of a dataset (its `metrics`)."""

    # The probes, each computing some metrics.
    probes: NotRequired["list[MetricsProbe] | None"]
    # How each engine computes the probes.
    engineConfig: NotRequired["DatasetMetricsSettingsEngineConfig | None"]
    # What the Status tab shows.
    displayedState: NotRequired["DatasetMetricsSettingsDisplayedState | None"]


class DatasetMetricsSettingsDisplayedState(TypedDict, extra_items=Any):
    """What the Status tab shows."""

    # Columns whose metrics are shown.
    columns: NotRequired[list[str] | None]
    # Identifiers of the metrics shown (`records:COUNT_RECORDS`, ...).
    metrics: NotRequired[list[str] | None]


class DatasetMetricsSettingsEngineConfig(TypedDict, extra_items=Any):
    """How each engine computes the probes."""

    # Whether each run records every metric, repeating the last value of those not computed.
    padRunsWithMetrics: NotRequired[bool | None]
    # DSS's own engine, and the sample it computes on.
    dss: NotRequired["DatasetMetricsSettingsEngineConfigDss | None"]
    sql: NotRequired["MetricsEngineToggle | None"]
    hive: NotRequired["MetricsEngineToggle | None"]
    impala: NotRequired["MetricsEngineToggle | None"]
    spark: NotRequired["MetricsEngineToggle | None"]
    python: NotRequired["MetricsEngineToggle | None"]
    basic: NotRequired["MetricsEngineToggle | None"]


class DatasetMetricsSettingsEngineConfigDss(TypedDict, extra_items=Any):
    """DSS's own engine, and the sample it computes on."""

    # Whether this engine may compute the probes.
    active: NotRequired[bool | None]
    selection: NotRequired["DataSelection"]


class DatasetParams(TypedDict, extra_items=Any):
    """The type-specific parameters of a dataset (its `params`). Which keys apply depends on the dataset's `type`:
    file-based types (`Filesystem`, `HDFS`, `S3`, `GCS`, `Azure`, `FTP`, `SFTP`, `UploadedFiles`) use
    `connection` and `path`; SQL types (`PostgreSQL`, `MySQL`, `Snowflake`, `SQLServer`, `Oracle`, `BigQuery`,
    ...) use `connection`, `mode` and `table`, `schema`, `catalog` or `query`; `FilesInFolder` uses
    `folderSmartId`. DSS sends more keys than these, by type. DSS always sends an object (a null sent is read as
    absent, like any null); the official client reads and writes `connection`, `path`, `mode`, `schema`,
    `table`, `catalog` (`FSLikeDatasetSettings.set_connection_and_path`, `SQLDatasetSettings.set_table`,
    `DSSDatasetListItem.connection`).
    """

    # Name of the connection the data is on (file-based and SQL types).
    connection: NotRequired[str]
    # Path of the data inside the connection (file-based types); `${projectKey}` may appear in it.
    path: NotRequired[str]
    # The bucket (S3) or container (Azure, GCS), when the connection does not fix it (unverified).
    bucket: NotRequired[str | None]
    # What an SQL dataset reads, `table` or `query`.
    mode: NotRequired[str]
    # The table, when `mode` is `table`; `${projectKey}` may appear in it.
    table: NotRequired[str]
    # The database schema of the table (SQL types).
    schema: NotRequired[str | None]
    # The catalog (database) of the table, on databases that have several (SQL types).
    catalog: NotRequired[str | None]
    # The SQL query, when `mode` is `query`.
    query: NotRequired[str | None]
    # How DSS creates the table of a managed SQL dataset (`auto` or `custom`) (unverified).
    tableCreationMode: NotRequired[str | None]
    # The DDL creating the table, when `tableCreationMode` is `custom` (unverified).
    tableCreationDDL: NotRequired[str | None]
    # How an SQL table is partitioned (`custom`, ...) (unverified).
    partitioningType: NotRequired[str | None]
    # Read doubles as DSS's normalized form (SQL types) (unverified).
    normalizeDoubles: NotRequired[bool | None]
    # How timestamps without time zone are read (SQL types) (unverified).
    datetimenotzReadMode: NotRequired[str | None]
    # How dates without time are read (SQL types) (unverified).
    dateonlyReadMode: NotRequired[str | None]
    # The managed folder (`id` or `PROJECT.id`) a `FilesInFolder` dataset reads.
    folderSmartId: NotRequired[str | None]
    # Which files of the folder a `FilesInFolder` dataset reads (unverified).
    itemPathPattern: NotRequired[str | None]
    # The connection an `UploadedFiles` dataset stores its files on (unverified).
    uploadConnection: NotRequired[str | None]
    # Whether an empty path makes the dataset not ready (file-based types).
    notReadyIfEmpty: NotRequired[bool | None]
    # Which files under `path` make the dataset (file-based types).
    filesSelectionRules: NotRequired["DatasetParamsFilesSelectionRules | None"]
    # Reading the same path for several values of a variable (unverified).
    variablesExpansionLoopConfig: NotRequired["DatasetParamsVariablesExpansionLoopConfig | None"]
    # Whether an `Inline` (editable) dataset records who changed its rows (unverified).
    keepTrackOfChanges: NotRequired[bool | None]
    # The collection of a MongoDB dataset (unverified).
    collection: NotRequired[str | None]
    # The index of an Elasticsearch dataset (unverified).
    index: NotRequired[str | None]


class DatasetParamsFilesSelectionRules(TypedDict, extra_items=Any):
    """Which files under `path` make the dataset (file-based types)."""

    # `ALL`, `EXPLICIT_SELECT_FILES` (`explicitFiles`) or `RULES_INCLUDED_ONLY`, `RULES_ALL_BUT_EXCLUDED`.
    mode: NotRequired[str | None]
    # Rules of the files to include.
    includeRules: NotRequired["list[DatasetParamsFilesSelectionRulesIncludeRulesItem] | None"]
    # Rules of the files to exclude.
    excludeRules: NotRequired["list[DatasetParamsFilesSelectionRulesExcludeRulesItem] | None"]
    # The files, when `mode` is `EXPLICIT_SELECT_FILES`.
    explicitFiles: NotRequired[list[str] | None]


class DatasetParamsFilesSelectionRulesExcludeRulesItem(TypedDict, extra_items=Any):
    """One rule (`mode`, `matchingMode`, `expr`) (unverified)."""

    # Whether the rule matches names or paths (unverified).
    mode: NotRequired[str | None]
    # How `expr` matches (`GLOB`, `REGEXP`) (unverified).
    matchingMode: NotRequired[str | None]
    # The pattern (unverified).
    expr: NotRequired[str | None]


class DatasetParamsFilesSelectionRulesIncludeRulesItem(TypedDict, extra_items=Any):
    """One rule (`mode`, `matchingMode`, `expr`) (unverified)."""

    # Whether the rule matches names or paths (unverified).
    mode: NotRequired[str | None]
    # How `expr` matches (`GLOB`, `REGEXP`) (unverified).
    matchingMode: NotRequired[str | None]
    # The pattern (unverified).
    expr: NotRequired[str | None]


class DatasetParamsVariablesExpansionLoopConfig(TypedDict, extra_items=Any):
    """Reading the same path for several values of a variable (unverified)."""

    # Whether the loop is on.
    enabled: NotRequired[bool | None]


class DatasetPartitioning(TypedDict, extra_items=Any):
    """How a dataset is partitioned: by `dimensions` (none: not partitioned), and for files, a `filePathPattern`
    mapping paths to partitions. The official client writes dimensions as `{name, type: value}` (discrete) and
    `{name, type: time, params: {period}}`.
    """

    # The partitioning dimensions; empty when the dataset is not partitioned.
    dimensions: NotRequired["list[DatasetPartitioningDimensionsItem] | None"]
    # Pattern mapping a file's path to its partition (`%Y/%M/%D/.*`, `%{dim}/.*`).
    filePathPattern: NotRequired[str | None]
    # Whether files outside the pattern are ignored rather than an error (unverified).
    ignoreNonMatchingFile: NotRequired[bool | None]
    # Whether a requested partition with no file reads as empty (unverified).
    considerMissingRequestedPartitionsAsEmpty: NotRequired[bool | None]


class DatasetPartitioningDimensionsItem(TypedDict, extra_items=Any):
    """One dimension."""

    # Name of the dimension.
    name: NotRequired[str | None]
    # `value` (discrete values) or `time`.
    type: NotRequired[str | None]
    # Parameters of a `time` dimension.
    params: NotRequired["DatasetPartitioningDimensionsItemParams | None"]


class DatasetPartitioningDimensionsItemParams(TypedDict, extra_items=Any):
    """Parameters of a `time` dimension."""

    # `YEAR`, `MONTH`, `DAY` or `HOUR`.
    period: NotRequired[str | None]


class DatasetReadWriteOptions(TypedDict, extra_items=Any):
    """How DSS reads and writes the data."""

    # Keep the order of the rows when writing.
    preserveOrder: NotRequired[bool | None]
    # Number of files written in parallel.
    writeBuckets: NotRequired[int | None]
    # Write a single file.
    forceSingleOutputFile: NotRequired[bool | None]
    # The order rows are read in by default.
    defaultReadOrdering: NotRequired["DatasetReadWriteOptionsDefaultReadOrdering | None"]


class DatasetReadWriteOptionsDefaultReadOrdering(TypedDict, extra_items=Any):
    """The order rows are read in by default."""

    # Whether reads are ordered.
    enabled: NotRequired[bool | None]
    # The ordering, one rule a column.
    rules: NotRequired["list[DatasetReadWriteOptionsDefaultReadOrderingRulesItem] | None"]


class DatasetReadWriteOptionsDefaultReadOrderingRulesItem(TypedDict, extra_items=Any):
    """One column of the ordering."""

    # The column.
    column: NotRequired[str | None]
    # Ascending order when true.
    ascending: NotRequired[bool | None]


class DatasetSchema(TypedDict, extra_items=Any):
    """The schema of a dataset."""

    # Columns, in order.
    columns: "list[SchemaColumn]"
    # Whether a user edited the schema by hand.
    userModified: NotRequired[bool | None]


class DatasetUsage(TypedDict, extra_items=Any):
    """An object that uses a dataset."""

    # Kind of the object (`RECIPE`).
    type: NotRequired[str]
    # Identifier of the object (a recipe's name).
    objectId: NotRequired[str]
    # Project of the object.
    projectKey: NotRequired[str]
    # How the object uses the dataset (`INPUT` or `OUTPUT`).
    usageType: NotRequired[str]


class DeleteSavedModelVersionsBody(TypedDict, extra_items=Any):
    """The versions to delete."""

    # Identifiers of the versions.
    versions: list[str]
    # Whether the intermediate versions of a partitioned model go too.
    removeIntermediate: NotRequired[bool]


class DeployMLTaskModelToFlowBody(TypedDict, extra_items=Any):
    """The saved model to create and the dataset its training recipe reads."""

    # The dataset the training recipe trains on (a name, or PROJECT.name for a shared one).
    trainDatasetRef: str
    # The test dataset (prediction tasks with an explicit two-dataset split).
    testDatasetRef: NotRequired[str | None]
    # The saved model's name.
    modelName: str
    # Whether the recipe redoes the hyperparameter search (prediction tasks).
    redoOptimization: NotRequired[bool | None]


class DeployerInfraCreation(TypedDict, extra_items=Any):
    """A new infrastructure."""

    # Identifier of the infrastructure.
    id: str
    # Stage it belongs to.
    stage: str
    # What a Govern sign-off check does on deployment, `PREVENT`, `WARN` or `NO_CHECK`.
    governCheckPolicy: NotRequired[str | None]


class DeployerInfraSettings(TypedDict, extra_items=Any):
    """An infrastructure's settings."""

    # Identifier of the infrastructure.
    id: NotRequired[str | None]
    # Stage it belongs to.
    stage: NotRequired[str | None]
    # What a Govern sign-off check does on deployment.
    governCheckPolicy: NotRequired[str | None]
    # URL of the automation node that deployments on this infrastructure go to.
    automationNodeUrl: NotRequired[str | None]
    # Who may deploy on it.
    permissions: NotRequired["list[DeployerPermissionItem] | None"]


class DeployerInfraStatus(TypedDict, extra_items=Any):
    """An infrastructure and its deployments."""

    infraBasicInfo: NotRequired["ProjectDeployerInfraBasicInfo"]
    # Deployments on the infrastructure (each with its `id`).
    deployments: NotRequired["list[ProjectDeployerDeploymentBasicInfo]"]
    # Whether the caller may deploy on it.
    canDeploy: NotRequired[bool]


class DeployerPermissionItem(TypedDict, extra_items=Any):
    """The rights one group (or user) has on a deployer object: an infrastructure, a published service or a
    published project. Which rights apply depends on the object (an infrastructure has `read`, `deploy`,
    `admin`). Absent rights are false.
    """

    # Name of the group these rights are granted to.
    group: NotRequired[str | None]
    # Login of the user these rights are granted to (unverified).
    user: NotRequired[str | None]
    # See the object.
    read: NotRequired[bool | None]
    # Change the object (publish versions, edit settings).
    write: NotRequired[bool | None]
    # Deploy to or from the object.
    deploy: NotRequired[bool | None]
    # Administer the object (every right).
    admin: NotRequired[bool | None]


class DeployerStage(TypedDict, extra_items=Any):
    """A deployment stage."""

    # Name of the stage.
    id: NotRequired[str]
    # Description of the stage.
    desc: NotRequired[str]


class DeploymentCreation(TypedDict, extra_items=Any):
    """A new deployment."""

    # Identifier of the deployment.
    deploymentId: str
    # Published project whose bundle is deployed.
    publishedProjectKey: str
    # Infrastructure to deploy on.
    infraId: str
    # Bundle to deploy.
    bundleId: str
    # Key of the project on the automation node (the published project's key when absent).
    deployedProjectKey: NotRequired[str | None]
    # Project folder of the automation node to deploy into.
    projectFolderId: NotRequired[str | None]


class DeploymentHeavyStatus(TypedDict, extra_items=Any):
    """A deployment's health."""

    # `UNKNOWN`, `ERROR`, `WARNING`, `HEALTHY`, `UNHEALTHY` or `OUT_OF_SYNC`.
    health: NotRequired[str]
    healthMessages: NotRequired["ApiDeployerInfoMessages"]
    # The bundle deployed by the last successful update.
    deployedBundleId: NotRequired[str]


class DeploymentLightStatus(TypedDict, extra_items=Any):
    """A deployment, its published project and its infrastructure, without health."""

    deploymentBasicInfo: NotRequired["ProjectDeployerDeploymentBasicInfo"]
    projectBasicInfo: NotRequired["PublishedProjectBasicInfo"]
    infraBasicInfo: NotRequired["ProjectDeployerInfraBasicInfo"]


class DeploymentSettings(TypedDict, extra_items=Any):
    """A deployment's settings."""

    # Identifier of the deployment.
    id: NotRequired[str | None]
    # Published project whose bundle is deployed.
    publishedProjectKey: NotRequired[str | None]
    # Infrastructure it deploys on.
    infraId: NotRequired[str | None]
    # Bundle it deploys.
    bundleId: NotRequired[str | None]
    # Key of the project on the automation node.
    deployedProjectKey: NotRequired[str | None]


class DeploymentUpdate(TypedDict, extra_items=Any):
    """One update of a deployment."""

    # When it started, in milliseconds since the Unix epoch (its identifier).
    startTimestamp: NotRequired[int]
    # When it ended.
    endTimestamp: NotRequired[int]
    # Kind of update (`UPDATE`).
    type: NotRequired[str]
    # `SUCCESS` or `FAILED`.
    status: NotRequired[str]
    # Login of who asked for it.
    requester: NotRequired[str]
    # The update's log (`lines`), in a full update only.
    logs: NotRequired["DeploymentUpdateLogs"]


class DeploymentUpdateLogs(TypedDict, extra_items=Any):
    """The update's log (`lines`), in a full update only."""

    # The lines of the log.
    lines: NotRequired[list[str] | None]


class Discussion(TypedDict, extra_items=Any):
    """A discussion about an object."""

    # Identifier of the discussion.
    id: NotRequired[str | None]
    # Its topic.
    topic: NotRequired[str | None]
    # Project of the discussed object.
    projectKey: NotRequired[str | None]
    # Type of the discussed object.
    objectType: NotRequired[str | None]
    # Identifier of the discussed object.
    objectId: NotRequired[str | None]
    # When it was closed, in milliseconds since the Unix epoch (absent while open).
    closedOn: NotRequired[int | None]
    # When its last reply was made.
    lastReplyTime: NotRequired[int | None]
    # Its replies, oldest first (absent from listings).
    replies: NotRequired["list[DiscussionRepliesItem] | None"]


class DiscussionRepliesItem(TypedDict, extra_items=Any):
    """A reply (`text`, `author`, `time`, `editedOn`)."""

    # Identifier of the reply (sent by the emulator; unverified on DSS).
    id: NotRequired[str]
    # The reply's text (Markdown).
    text: NotRequired[str]
    # Login of its author.
    author: NotRequired[str]
    # When it was posted, in milliseconds since the Unix epoch.
    time: NotRequired[int]
    # When it was last edited, in milliseconds since the Unix epoch (absent if never).
    editedOn: NotRequired[int]


class DriftColumnParams(TypedDict, extra_items=Any):
    """How one column is handled by a drift computation."""

    # `NUMERICAL`, `CATEGORICAL` or `AUTO` (from the column's values).
    handling: NotRequired[Literal["NUMERICAL", "CATEGORICAL", "AUTO"]]
    # False leaves the column out of the computation.
    enabled: NotRequired[bool]


class DriftColumnSettings(TypedDict, extra_items=Any):
    """How a column was handled by the computation."""

    # The column.
    name: str
    # `NUMERICAL`, `CATEGORICAL` or `IGNORED`, as used.
    actualHandling: str
    # `NUMERICAL`, `CATEGORICAL` or `IGNORED`, from the column's values.
    defaultHandling: str
    # Why the column could not be handled as asked.
    errorMessage: NotRequired[str | None]


class DriftFutureState(TypedDict, extra_items=Any):
    """The state of a drift computation's long task: a `FutureState` whose `result`, once `hasResult` is true, is a
    `DriftResult`. Properties whose value is null are absent.
    """

    # Identifier of the task, to poll it with `getFutureState`.
    jobId: NotRequired[str]
    # Human-readable name of the task.
    jobDisplayName: NotRequired[str]
    # Whether the task finished successfully (see `FutureState.hasResult` on Go names).
    hasResult: NotRequired[bool]
    # Whether the task is still running.
    alive: NotRequired[bool]
    # Whether the task was aborted.
    aborted: NotRequired[bool]
    # When the task started, in milliseconds since the Unix epoch.
    startTime: NotRequired[int]
    # How long the task has been running, in milliseconds.
    runningTime: NotRequired[int]
    # Login of the user who started the task.
    owner: NotRequired[str]
    # How far the task has gone.
    progress: NotRequired["DriftFutureStateProgress"]
    # What the task is about.
    payload: NotRequired["DriftFutureStatePayload"]
    result: NotRequired["DriftResult"]


class DriftFutureStatePayload(TypedDict, extra_items=Any):
    """What the task is about."""

    # Project of the evaluation.
    projectKey: NotRequired[str | None]
    # The evaluation compared.
    evaluationId: NotRequired[str | None]


class DriftFutureStateProgress(TypedDict, extra_items=Any):
    """How far the task has gone."""

    # Progress, from the outermost level inwards.
    states: NotRequired["list[FutureProgressState]"]


class DriftModelAccuracy(TypedDict, extra_items=Any):
    """The accuracy of the drift model on its held-out rows, with its confidence interval."""

    # Accuracy (0.5 when reference and current rows cannot be told apart).
    value: float
    # Lower bound of the confidence interval.
    lower: float
    # Upper bound of the confidence interval.
    upper: float
    # P-value of a binomial test of the accuracy against 0.5.
    pvalue: float


class DriftModelResult(TypedDict, extra_items=Any):
    """The drift model and what it tells."""

    driftModelAccuracy: "DriftModelAccuracy"
    # Each column's importance in the drift model.
    driftVersusImportance: "DriftModelResultDriftVersusImportance"
    # Rows of the reference used.
    referenceSampleSize: NotRequired[int]
    # Rows of the evaluation used.
    currentSampleSize: NotRequired[int]


class DriftModelResultDriftVersusImportance(TypedDict, extra_items=Any):
    """Each column's importance in the drift model."""

    # The columns.
    columns: NotRequired[list[str]]
    # The importance of each column in the drift model, in the order of `columns`.
    columnDriftScores: NotRequired[list[float]]


class DriftParams(TypedDict, extra_items=Any):
    """Parameters of a drift computation."""

    # Handling of columns, by name (the others are handled `AUTO`).
    columns: NotRequired["dict[str, DriftColumnParams]"]
    # Bins of the histograms of numerical columns.
    nbBins: NotRequired[int]
    # Whether the per-column results carry histograms.
    computeHistograms: NotRequired[bool]
    # Level of the confidence interval of the drift model's accuracy.
    confidenceLevel: NotRequired[float]


class DriftResult(TypedDict, extra_items=Any):
    """The result of a drift computation (the result of its long task)."""

    # Full id of the reference used.
    referenceId: NotRequired[str]
    # Full id of the evaluation compared.
    currentId: NotRequired[str]
    driftModelResult: NotRequired["DriftModelResult"]
    univariateDriftResult: NotRequired["UnivariateDriftResult"]
    # How each column was handled.
    perColumnSettings: NotRequired["list[DriftColumnSettings]"]
    predictionDriftResult: NotRequired["PredictionDriftResult"]


class DuplicateProjectBody(TypedDict, extra_items=Any):
    """What `duplicateProject` needs."""

    # Key of the new project (letters, digits and underscores).
    targetProjectKey: str
    # Name of the new project.
    targetProjectName: str
    # Which data to copy (`MINIMAL` by default).
    duplicationMode: NotRequired[Literal["MINIMAL", "SHARING", "FULL", "NONE"]]
    # Copy the models of visual analyses.
    exportAnalysisModels: NotRequired[bool | None]
    # Copy the saved models.
    exportSavedModels: NotRequired[bool | None]
    # Copy the project's Git history.
    exportGitRepository: NotRequired[bool | None]
    # Copy the data of insights.
    exportInsightsData: NotRequired[bool | None]
    # Connections and code environments to replace in the copy.
    remapping: NotRequired["DuplicateProjectBodyRemapping | None"]
    # Folder to create the new project in.
    targetProjectFolderId: NotRequired[str | None]


class DuplicateProjectBodyRemapping(TypedDict, extra_items=Any):
    """Connections and code environments to replace in the copy."""

    # Connections to replace.
    connections: NotRequired["list[DuplicateProjectBodyRemappingConnectionsItem] | None"]
    # Code environments to replace.
    codeEnvs: NotRequired["list[DuplicateProjectBodyRemappingCodeEnvsItem] | None"]


class DuplicateProjectBodyRemappingCodeEnvsItem(TypedDict, extra_items=Any):
    """One replacement."""

    # Code env used by the original project.
    source: NotRequired[str]
    # Code env the copy uses instead.
    target: NotRequired[str]


class DuplicateProjectBodyRemappingConnectionsItem(TypedDict, extra_items=Any):
    """One replacement."""

    # Connection used by the original project.
    source: NotRequired[str]
    # Connection the copy uses instead.
    target: NotRequired[str]


class EnsembleMLTaskModelsBody(TypedDict, extra_items=Any):
    """The models to ensemble and how."""

    # How the models' predictions are combined.
    method: Literal["AVERAGE", "PROBA_AVERAGE", "MEDIAN", "VOTE", "LINEAR_MODEL", "LOGISTIC_MODEL"]
    # Full ids of the task's trained models.
    modelsIds: list[str]


class EvaluateExternalModelVersionBody(TypedDict, extra_items=Any):
    """The dataset to evaluate a version on."""

    # The dataset (`name`, or `PROJECTKEY.name`).
    datasetRef: str
    # Containerized execution configuration (`NONE`, `INHERIT`, or a name).
    containerExecConfigName: NotRequired[str]
    # Sampling of the dataset (as a `DSSDatasetSelectionBuilder` builds it).
    samplingParam: NotRequired["EvaluateExternalModelVersionBodySamplingParam | None"]


class EvaluateExternalModelVersionBodySamplingParam(TypedDict, extra_items=Any):
    """Sampling of the dataset (as a `DSSDatasetSelectionBuilder` builds it)."""

    # `FULL`, `HEAD_SEQUENTIAL`, `RANDOM_FIXED_NB`, ...
    samplingMethod: NotRequired[str]
    # How many rows the sampling keeps.
    maxRecords: NotRequired[int]


class EvaluationComparisonSettings(TypedDict, extra_items=Any):
    """An evaluation comparison's settings, as listed and read."""

    # Identifier of the comparison.
    id: NotRequired[str]
    # Project of the comparison.
    projectKey: NotRequired[str]
    # Name of the comparison.
    displayName: NotRequired[str]
    # Task type of the compared items (`BINARY_CLASSIFICATION`, `REGRESSION`, `MULTICLASS`, ..., `LLM`,
    # `AGENT`).
    modelTaskType: NotRequired[str | None]
    # The task type's former name, which older versions of DSS answered.
    predictionType: NotRequired[str | None]
    # The compared items.
    comparedModels: NotRequired["list[ComparedItem]"]
    # Tags of the comparison.
    tags: NotRequired[list[str]]
    creationTag: NotRequired["UserTag"]
    versionTag: NotRequired["UserTag"]


class EvaluationFullInfo(TypedDict, extra_items=Any):
    """An evaluation and its metrics."""

    evaluation: "EvaluationInfo"
    metrics: "EvaluationMetrics"


class EvaluationInfo(TypedDict, extra_items=Any):
    """An evaluation, as listed and as `getEvaluation` nests it."""

    ref: "EvaluationRef"
    # Creation time, epoch milliseconds.
    created: NotRequired[int]
    # Whether a model of DSS (a saved model version) made the predictions evaluated.
    hasModel: NotRequired[bool]
    # The saved model version evaluated, when there is one.
    modelRef: NotRequired["EvaluationInfoModelRef"]
    # `BINARY_CLASSIFICATION`, `MULTICLASS`, `REGRESSION`, `TIMESERIES_FORECAST`, ...
    predictionType: NotRequired[str | None]
    # The column holding the true values.
    targetVariable: NotRequired[str | None]
    # The column holding the predictions.
    predictionVariable: NotRequired[str | None]
    # Rows of the evaluation's sample (unverified name).
    nbEvaluatedRows: NotRequired[int | None]
    # The dataset evaluated, when a recipe made the evaluation (unverified name).
    evaluationDatasetRef: NotRequired[str | None]
    userMeta: NotRequired["EvaluationUserMeta"]


class EvaluationInfoModelRef(TypedDict, extra_items=Any):
    """The saved model version evaluated, when there is one."""

    # Full id of the version, `S-{projectKey}-{savedModelId}-{versionId}`.
    fullId: NotRequired[str]


class EvaluationLabel(TypedDict, extra_items=Any):
    """A label of an evaluation."""

    # Key of the label (`custom:...` for labels of users).
    key: NotRequired[str]
    # Value of the label.
    value: NotRequired[str | None]


class EvaluationMetrics(TypedDict, extra_items=Any):
    """An evaluation's metrics by DSS's names: those of its prediction type, and any a custom evaluation gave."""

    # Share of rows whose prediction is the target (classification).
    accuracy: NotRequired[float]
    # Precision (binary; macro average for multiclass).
    precision: NotRequired[float]
    # Recall (binary; macro average for multiclass).
    recall: NotRequired[float]
    # F1 score (binary; macro average for multiclass).
    f1: NotRequired[float]
    # Area under the ROC curve (classification with probabilities; one-vs-rest for multiclass).
    auc: NotRequired[float]
    # Log loss (classification with probabilities).
    logLoss: NotRequired[float]
    # Coefficient of determination (regression).
    r2: NotRequired[float]
    # Mean absolute error (regression).
    mae: NotRequired[float]
    # Mean squared error (regression).
    mse: NotRequired[float]
    # Root mean squared error (regression).
    rmse: NotRequired[float]
    # Pearson correlation of predictions and targets (regression).
    pearson: NotRequired[float]
    # Rows the metrics were computed on (unverified name).
    nbRows: NotRequired[int]


class EvaluationRef(TypedDict, extra_items=Any):
    """Where an evaluation is."""

    # Project of the store.
    projectKey: NotRequired[str]
    # Identifier of the store.
    mesId: NotRequired[str]
    # Identifier of the evaluation within its store.
    evaluationId: str
    # The evaluation's full id, `ME-{projectKey}-{storeId}-{evaluationId}`.
    fullId: NotRequired[str]


class EvaluationSampleSchema(TypedDict, extra_items=Any):
    """The columns of an evaluation's sample."""

    # The columns.
    columns: "list[EvaluationSampleSchemaColumnsItem]"


class EvaluationSampleSchemaColumnsItem(TypedDict, extra_items=Any):
    """A column."""

    # Name of the column.
    name: str
    # Storage type (`string`, `bigint`, `double`, ...).
    type: NotRequired[str]


class EvaluationStoreListItem(TypedDict, extra_items=Any):
    """An evaluation store as listed."""

    # Identifier of the store.
    id: str
    # Project of the store.
    projectKey: NotRequired[str]
    # Name of the store.
    name: NotRequired[str]
    # `TABULAR` (a model evaluation store), `LLM` or `AGENT`.
    mesFlavor: NotRequired[str]
    # Tags of the store.
    tags: NotRequired[list[str]]


class EvaluationStoreSettings(TypedDict, extra_items=Any):
    """An evaluation store's settings."""

    # Identifier of the store.
    id: NotRequired[str]
    # Project of the store.
    projectKey: NotRequired[str]
    # Name of the store.
    name: NotRequired[str]
    # `TABULAR`, `LLM` or `AGENT`.
    mesFlavor: NotRequired[str]
    # Description of the store.
    description: NotRequired[str | None]
    # Tags of the store.
    tags: NotRequired[list[str]]
    # The metrics (probes) computed on the store's evaluations.
    metrics: NotRequired["EvaluationStoreSettingsMetrics"]
    # The checks run on the store's metrics.
    metricsChecks: NotRequired["EvaluationStoreSettingsMetricsChecks"]
    creationTag: NotRequired["UserTag"]
    versionTag: NotRequired["UserTag"]


class EvaluationStoreSettingsMetrics(TypedDict, extra_items=Any):
    """The metrics (probes) computed on the store's evaluations."""

    # The probes.
    probes: NotRequired["list[MetricsProbe]"]


class EvaluationStoreSettingsMetricsChecks(TypedDict, extra_items=Any):
    """The checks run on the store's metrics."""

    # The checks.
    checks: NotRequired["list[MetricCheck]"]


class EvaluationStoreUsage(TypedDict, extra_items=Any):
    """A recipe that uses an evaluation store."""

    # `RECIPE_INPUT` or `RECIPE_OUTPUT`.
    type: NotRequired[str]
    # Name of the recipe.
    objectId: NotRequired[str]
    # Project of the recipe.
    objectProjectKey: NotRequired[str]


class EvaluationUserMeta(TypedDict, extra_items=Any):
    """What users may edit of an evaluation."""

    # Name of the evaluation.
    name: NotRequired[str | None]
    # Description of the evaluation.
    description: NotRequired[str | None]
    # Labels of the evaluation.
    labels: NotRequired["list[EvaluationLabel]"]


class ExternalModelVersionMetadata(TypedDict, extra_items=Any):
    """What DSS knows of an MLflow or external model's version."""

    # The target column.
    targetColumnName: NotRequired[str]
    # The ordered classes, for a classification model.
    classLabels: NotRequired["list[ExternalModelVersionMetadataClassLabelsItem]"]
    # The features (`name`, `type`).
    features: NotRequired["list[ExternalModelVersionMetadataFeaturesItem]"]
    # Dataset whose columns give the features.
    gatherFeaturesFromDataset: NotRequired[str]
    # For an external model's version, its endpoint (the fields its protocol needs).
    proxyModelVersionConfiguration: NotRequired["ExternalModelVersionMetadataProxyModelVersionConfiguration"]
    # Format of the requests to the endpoint (`GUESS`, `INPUT_SAGEMAKER_CSV`, ...).
    inputFormat: NotRequired[str]
    # Format of the endpoint's answers (`GUESS`, `OUTPUT_SAGEMAKER_CSV`, ...).
    outputFormat: NotRequired[str]


class ExternalModelVersionMetadataClassLabelsItem(TypedDict, extra_items=Any):
    """One class."""

    # The class.
    label: NotRequired[str]


class ExternalModelVersionMetadataFeaturesItem(TypedDict, extra_items=Any):
    """One feature."""

    # Column name.
    name: NotRequired[str]
    # Storage type (`bigint`, `double`, `string`, ...).
    type: NotRequired[str]


class ExternalModelVersionMetadataProxyModelVersionConfiguration(TypedDict, extra_items=Any):
    """For an external model's version, its endpoint (the fields its protocol needs)."""

    # `sagemaker`, `azure-ml`, `vertex-ai` or `databricks`.
    protocol: NotRequired[str]
    # The endpoint (SageMaker, Azure ML). Go generators would name this property and `endpointName` alike:
    # `x-go-name` renames it (and `x-dss-generator-name-mappings` in this document's info, for
    # openapi-generator).
    endpoint_name: NotRequired[str]
    # The endpoint (Vertex AI).
    endpoint_id: NotRequired[str]
    # The endpoint (Databricks).
    endpointName: NotRequired[str]
    # The GCP project (Vertex AI).
    project_id: NotRequired[str]


class FeatureGroup(TypedDict, extra_items=Any):
    """A dataset defined as a feature group."""

    # Project of the dataset.
    projectKey: str
    # Name of the dataset.
    name: str
    # Type of the dataset.
    type: NotRequired[str]
    # Description of the dataset.
    description: NotRequired[str]
    # Tags of the dataset.
    tags: NotRequired[list[str]]


class FlowGraph(TypedDict, extra_items=Any):
    """A project's flow, as a graph."""

    # The nodes by name, each with its `ref` (the object's name, `PROJECTKEY.name` for another project's),
    # `type` (`COMPUTABLE_DATASET`, `RUNNABLE_RECIPE`, ...), `subType` (a recipe's type), and the names of its
    # `predecessors` and `successors`.
    nodes: "dict[str, FlowGraphNode]"


class FlowGraphNode(TypedDict, extra_items=Any):
    """A node of a project's flow graph, a dataset or a recipe (and other objects DSS has)."""

    # The object's name; `PROJECTKEY.name` for a dataset of another project that a recipe reads.
    ref: str
    # `COMPUTABLE_DATASET`, `RUNNABLE_RECIPE`, `RUNNABLE_IMPLICIT_RECIPE`, `COMPUTABLE_FOLDER`,
    # `COMPUTABLE_SAVED_MODEL`, ...
    type: str
    # The dataset's or recipe's type (`Filesystem`, `python`, ...). Unverified against a real DSS: the official
    # client does not read it.
    subType: NotRequired[str | None]
    # The object's project. Unverified against a real DSS: the official client reads it on flow zone items, not
    # on graph nodes.
    projectKey: NotRequired[str]
    # Names of the nodes this one reads (a recipe) or is written by (a dataset).
    predecessors: list[str]
    # Names of the nodes that read this one (a dataset) or that it writes (a recipe).
    successors: list[str]


class FlowToolState(TypedDict, extra_items=Any):
    """A flow tool's state: its shape is DSS's and depends on the tool (unverified; the emulator runs no tool)."""

    # The tool's type (unverified).
    toolType: NotRequired[str]


class FlowZone(TypedDict, extra_items=Any):
    """A flow zone, its settings and the objects it holds and shows."""

    # The zone's identifier; `default` for the default zone.
    id: str
    # The zone's name.
    name: str
    # The zone's color, `#RRGGBB`.
    color: NotRequired[str]
    # The objects the zone holds.
    items: NotRequired["list[FlowZoneItem]"]
    # The objects of other zones shared to this one.
    shared: NotRequired["list[FlowZoneItem]"]


class FlowZoneItem(TypedDict, extra_items=Any):
    """A reference to an object of the flow (DSS's smart reference)."""

    # `DATASET`, `RECIPE`, `MANAGED_FOLDER`, `SAVED_MODEL`, `MODEL_EVALUATION_STORE`, `STREAMING_ENDPOINT`,
    # `LABELING_TASK`, `RETRIEVABLE_KNOWLEDGE`.
    objectType: str
    # The object's identifier (a dataset's or recipe's name, a folder's id, ...).
    objectId: str
    # The object's project, when it is not the zone's.
    projectKey: NotRequired[str]


class FormatDetectionRequest(TypedDict, extra_items=Any):
    """Options of format detection."""

    # Try every format DSS knows rather than only the dataset's current one.
    detectPossibleFormats: NotRequired[bool | None]
    # Give columns the narrowest storage type their values fit (`bigint`, `double`, `boolean`, `date`) rather
    # than `string`.
    inferStorageTypes: NotRequired[bool | None]


class FullModelId(TypedDict, extra_items=Any):
    """The parts of a trained model's full id."""

    # The model's project.
    projectKey: NotRequired[str]
    # The model's visual analysis.
    analysisId: NotRequired[str]
    # The model's ML task.
    mlTaskId: NotRequired[str]
    # The training session that trained it (`s1`, `s2`, ...).
    sessionId: NotRequired[str]
    # The preprocessing (and split) of the session it used (`pp1`).
    ppsId: NotRequired[str]
    # The model's number in the task (`m1`, ...).
    modelId: NotRequired[str]


class FutureProgressState(TypedDict, extra_items=Any):
    """One level of a long task's progress."""

    # What is being done at this level.
    name: NotRequired[str]
    # Unit of `cur` and `target` (`NONE`, `SIZE`, `FILES`, `RECORDS`, ...).
    unit: NotRequired[str]
    # Amount done.
    cur: NotRequired[float]
    # Amount to do, when known.
    target: NotRequired[float]


class FutureState(TypedDict, extra_items=Any):
    """The state of a long task. A task is over when `alive` is false; it succeeded when `hasResult` is true (its
    result may be absent when it is null). Properties whose value is null are absent.
    """

    # Identifier of the task, to poll it. Absent when the answer is already final.
    jobId: NotRequired[str]
    # Human-readable name of the task.
    jobDisplayName: NotRequired[str]
    # Whether the task finished successfully. Go generators would name both this property's field and the
    # `result` property's presence test `HasResult`: `x-go-name` renames the field (oapi-codegen, go-swagger);
    # with openapi-generator, map it by name (`--name-mappings hasResult=resultReady`), as
    # `x-dss-generator-name-mappings` in this document's info says.
    hasResult: NotRequired[bool]
    # Whether the task is still running.
    alive: NotRequired[bool]
    # Whether the task was aborted.
    aborted: NotRequired[bool]
    # When the task started, in milliseconds since the Unix epoch.
    startTime: NotRequired[int]
    # How long the task has been running, in milliseconds.
    runningTime: NotRequired[int]
    # Login of the user who started the task.
    owner: NotRequired[str]
    # How far the task has gone.
    progress: NotRequired["FutureStateProgress"]
    # What the task is about; for a scenario run, the scenario's identifiers.
    payload: NotRequired["FutureStatePayload"]
    # The task's result, of a shape that depends on the task, once `hasResult` is true (absent when it is null).
    # Only a non-peek read carries it.
    result: NotRequired[Any]


class FutureStatePayload(TypedDict, extra_items=Any):
    """What the task is about; for a scenario run, the scenario's identifiers."""

    # Project of the object the task works on.
    projectKey: NotRequired[str | None]
    # The scenario, for a scenario run.
    scenarioId: NotRequired[str | None]
    # The job, for a build.
    jobId: NotRequired[str | None]
    # The dataset, for a task on a dataset (unverified).
    datasetName: NotRequired[str | None]


class FutureStateProgress(TypedDict, extra_items=Any):
    """How far the task has gone."""

    # Progress, from the outermost level inwards.
    states: NotRequired["list[FutureProgressState]"]


class GeneralSettings(TypedDict, extra_items=Any):
    """The instance's general settings. They hold many more sections than listed here; save them back whole."""

    # User isolation, and the rules mapping DSS users and groups to Unix and Hadoop users.
    impersonation: NotRequired["GeneralSettingsImpersonation | None"]
    # LDAP authentication and user import.
    ldapSettings: NotRequired["GeneralSettingsLdapSettings | None"]
    # Single sign-on.
    ssoSettings: NotRequired["GeneralSettingsSsoSettings | None"]
    # Azure AD user import.
    azureADSettings: NotRequired["GeneralSettingsAzureADSettings | None"]
    # Containerized execution.
    containerSettings: NotRequired["GeneralSettingsContainerSettings | None"]
    # Spark.
    sparkSettings: NotRequired["GeneralSettingsSparkSettings | None"]
    # Defaults of new datasets.
    defaultDatasetCreationSettings: NotRequired["GeneralSettingsDefaultDatasetCreationSettings | None"]
    # The code envs that projects inheriting theirs (`codeEnvs.python.mode` `INHERIT` in their settings) run in:
    # `defaultPythonEnv` and `defaultREnv`, each a code env's name, or empty for DSS's built-in env.
    codeEnvs: NotRequired["GeneralSettingsCodeEnvs | None"]


class GeneralSettingsAzureADSettings(TypedDict, extra_items=Any):
    """Azure AD user import."""

    # Whether Azure AD users may be imported.
    enabled: NotRequired[bool | None]
    # Client secret of the app registration; encrypted in answers.
    credentialsClientSecret: NotRequired[str | None]


class GeneralSettingsCodeEnvs(TypedDict, extra_items=Any):
    """The code envs that projects inheriting theirs (`codeEnvs.python.mode` `INHERIT` in their settings) run in:
    `defaultPythonEnv` and `defaultREnv`, each a code env's name, or empty for DSS's built-in env.
    """

    # Name of the default Python code env; empty for the built-in one.
    defaultPythonEnv: NotRequired[str | None]
    # Name of the default R code env; empty for the built-in one.
    defaultREnv: NotRequired[str | None]


class GeneralSettingsContainerSettings(TypedDict, extra_items=Any):
    """Containerized execution."""

    # The containerized execution configurations.
    executionConfigs: NotRequired["list[ContainerExecutionConfig] | None"]
    # The configuration used by default; empty to run locally.
    defaultExecutionConfig: NotRequired[str | None]


class GeneralSettingsDefaultDatasetCreationSettings(TypedDict, extra_items=Any):
    """Defaults of new datasets."""

    # Whether uploaded datasets may be created without choosing a connection.
    allowUploadsWithoutConnection: NotRequired[bool | None]


class GeneralSettingsImpersonation(TypedDict, extra_items=Any):
    """User isolation, and the rules mapping DSS users and groups to Unix and Hadoop users."""

    # Whether user isolation is on.
    enabled: NotRequired[bool | None]
    # Rules mapping DSS users to system users.
    userRules: NotRequired["list[ImpersonationRule] | None"]
    # Rules mapping DSS groups to system users.
    groupRules: NotRequired["list[ImpersonationRule] | None"]


class GeneralSettingsLdapSettings(TypedDict, extra_items=Any):
    """LDAP authentication and user import."""

    # Whether users may log in through LDAP.
    enabled: NotRequired[bool | None]
    # URL of the LDAP server (`ldap://host:389/dc=example,dc=com`).
    url: NotRequired[str | None]
    # The DN DSS binds as to search.
    bindDN: NotRequired[str | None]
    # The password of `bindDN`; encrypted in answers.
    bindPassword: NotRequired[str | None]
    # Whether to use StartTLS.
    useTls: NotRequired[bool | None]
    # Whether LDAP users are created in DSS at their first login.
    autoImportUsers: NotRequired[bool | None]
    # The filter finding a user (`{USERNAME}` stands for the login).
    userFilter: NotRequired[str | None]
    # Licence profile of imported users.
    defaultUserProfile: NotRequired[str | None]
    # Attribute holding the display name.
    displayNameAttribute: NotRequired[str | None]
    # Attribute holding the email address.
    emailAttribute: NotRequired[str | None]
    # Whether LDAP groups map to DSS groups.
    enableGroups: NotRequired[bool | None]
    # The filter finding a user's groups.
    groupFilter: NotRequired[str | None]
    # Attribute holding a group's name.
    groupNameAttribute: NotRequired[str | None]
    # Licence profiles by LDAP group (unverified).
    groupProfiles: NotRequired["list[GeneralSettingsLdapSettingsGroupProfilesItem] | None"]
    # LDAP groups whose members may log in, comma-separated; empty for all.
    authorizedGroups: NotRequired[str | None]


class GeneralSettingsLdapSettingsGroupProfilesItem(TypedDict, extra_items=Any):
    """One group's profile."""

    # The LDAP group.
    group: NotRequired[str | None]
    # The licence profile.
    profile: NotRequired[str | None]


class GeneralSettingsSparkSettings(TypedDict, extra_items=Any):
    """Spark."""

    # The named Spark configurations.
    executionConfigs: NotRequired["list[GeneralSettingsSparkSettingsExecutionConfigsItem] | None"]


class GeneralSettingsSparkSettingsExecutionConfigsItem(TypedDict, extra_items=Any):
    """One named Spark configuration."""

    # Name of the configuration.
    name: NotRequired[str | None]
    # What it is for (unverified).
    description: NotRequired[str | None]
    # Its Spark keys (`key`, `value`) (unverified).
    conf: NotRequired["list[NamedProperty] | None"]


class GeneralSettingsSsoSettings(TypedDict, extra_items=Any):
    """Single sign-on."""

    # Whether SSO is on.
    enabled: NotRequired[bool | None]
    # `SAML`, `OPENID`, `SPNEGO`.
    protocol: NotRequired[str | None]


class GlobalApiKey(TypedDict, extra_items=Any):
    """A global API key's definition."""

    # Identifier of the key.
    id: NotRequired[str | None]
    # The secret; absent where secure API keys are enabled (except when just created).
    key: NotRequired[str | None]
    # Label.
    label: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]
    # When the key was created, in milliseconds since the Unix epoch.
    createdOn: NotRequired[int | None]
    # Login of the user who created the key.
    createdBy: NotRequired[str | None]
    # Lifetime of the key, in days (absent or 0 when it does not expire).
    expiry: NotRequired[int | None]
    # When the key expires, in milliseconds since the Unix epoch (absent when it does not).
    expiresOn: NotRequired[int | None]
    # Login of the user that code run with this key runs as.
    dssUserForImpersonation: NotRequired[str | None]
    # The key's own instance-wide permissions (as on groups).
    globalPermissions: NotRequired["GlobalPermissions | None"]
    # Groups whose permissions the key gets (keys created with groups instead of global permissions).
    groups: NotRequired[list[str] | None]
    # Grants on projects, by project key, as in project permissions.
    projects: NotRequired["dict[str, ProjectPermissionItem] | None"]


class GlobalPermissions(TypedDict, extra_items=Any):
    """Instance-wide permissions, as a group grants them to its members and a global API key holds them: `admin`
    and the `may*` rights, each a boolean (absent is false).
    """

    # Administrator of the instance (every right).
    admin: NotRequired[bool | None]
    # May create projects.
    mayCreateProjects: NotRequired[bool | None]
    # May create projects with macros.
    mayCreateProjectsFromMacros: NotRequired[bool | None]
    # May create projects from templates.
    mayCreateProjectsFromTemplates: NotRequired[bool | None]
    # May create projects from Dataiku applications.
    mayCreateProjectsFromDataikuApps: NotRequired[bool | None]
    # May write code that runs isolated.
    mayWriteSafeCode: NotRequired[bool | None]
    # May write code that runs as the DSS user.
    mayWriteUnsafeCode: NotRequired[bool | None]
    # May create projects in the root project folder.
    mayWriteInRootProjectFolder: NotRequired[bool | None]
    # May create active web content (webapps, ...).
    mayCreateActiveWebContent: NotRequired[bool | None]
    # May create code envs (and manage their own).
    mayCreateCodeEnvs: NotRequired[bool | None]
    # May manage every code env.
    mayManageCodeEnvs: NotRequired[bool | None]
    # May create clusters (and manage their own).
    mayCreateClusters: NotRequired[bool | None]
    # May manage every cluster.
    mayManageClusters: NotRequired[bool | None]
    # May create code studio templates.
    mayCreateCodeStudioTemplates: NotRequired[bool | None]
    # May manage every code studio template.
    mayManageCodeStudioTemplates: NotRequired[bool | None]
    # May create connections authenticated with their own credentials.
    mayCreateAuthenticatedConnections: NotRequired[bool | None]
    # May see the indexed Hive connections.
    mayViewIndexedHiveConnections: NotRequired[bool | None]
    # May develop plugins.
    mayDevelopPlugins: NotRequired[bool | None]
    # May edit the instance's library folders.
    mayEditLibFolders: NotRequired[bool | None]
    # May manage the user-defined meanings.
    mayManageUDM: NotRequired[bool | None]
    # May create published API services on the deployer.
    mayCreatePublishedAPIServices: NotRequired[bool | None]
    # May create published projects on the deployer.
    mayCreatePublishedProjects: NotRequired[bool | None]
    # May manage the feature store.
    mayManageFeatureStore: NotRequired[bool | None]
    # May create workspaces.
    mayCreateWorkspaces: NotRequired[bool | None]
    # May share objects to workspaces.
    mayShareToWorkspaces: NotRequired[bool | None]
    # May create data collections.
    mayCreateDataCollections: NotRequired[bool | None]
    # May publish to data collections.
    mayPublishToDataCollections: NotRequired[bool | None]


class GlobalUsageSummary(TypedDict, extra_items=Any):
    """Counts of the instance's objects. Each block has an `all` count and counts by type; `projectSummaries` holds
    the same per project.
    """

    # Number of projects.
    projects: NotRequired[int]
    datasets: NotRequired["DatasetCounts"]
    recipes: NotRequired["RecipeCounts"]
    notebooks: NotRequired["NotebookCounts"]
    scenarios: NotRequired["ScenarioCounts"]
    # The same counts per project (with `withPerProject`).
    projectSummaries: NotRequired["list[GlobalUsageSummaryProjectSummariesItem]"]


class GlobalUsageSummaryProjectSummariesItem(TypedDict, extra_items=Any):
    """The counts of one project."""

    # Key of the project.
    projectKey: NotRequired[str | None]
    datasets: NotRequired["DatasetCounts"]
    recipes: NotRequired["RecipeCounts"]
    notebooks: NotRequired["NotebookCounts"]
    scenarios: NotRequired["ScenarioCounts"]


class GroupDefinition(TypedDict, extra_items=Any):
    """A group and the permissions it gives its members. Besides those below, DSS has more `may*` permissions
    (`mayCreateClusters`, `mayManageClusters`, `mayDevelopPlugins`, `mayCreateCodeStudioTemplates`, ...), each a
    boolean.
    """

    # Name of the group, its identifier.
    name: NotRequired[str | None]
    # Description of the group.
    description: NotRequired[str | None]
    # Where the group comes from (`LOCAL`, `LDAP`, ...).
    sourceType: NotRequired[str | None]
    # Whether members are administrators of the instance.
    admin: NotRequired[bool | None]
    # Whether members may create projects.
    mayCreateProjects: NotRequired[bool | None]
    # Whether members may write code that runs isolated.
    mayWriteSafeCode: NotRequired[bool | None]
    # Whether members may write code that runs as the DSS user.
    mayWriteUnsafeCode: NotRequired[bool | None]
    # Whether members may create code envs (and manage the ones they own).
    mayCreateCodeEnvs: NotRequired[bool | None]
    # Whether members may manage every code env.
    mayManageCodeEnvs: NotRequired[bool | None]
    # Whether members may create clusters (and manage the ones they own).
    mayCreateClusters: NotRequired[bool | None]
    # Whether members may manage every cluster.
    mayManageClusters: NotRequired[bool | None]
    # Whether members may create connections authenticated with their own credentials.
    mayCreateAuthenticatedConnections: NotRequired[bool | None]
    # Regular expression of the groups whose users' API tickets members may obtain from browser headers.
    canObtainAPITicketFromCookiesForGroupsRegex: NotRequired[str | None]
    # LDAP groups mapped to this group, comma-separated.
    ldapGroupNames: NotRequired[str | None]
    # SSO groups mapped to this group, comma-separated.
    ssoGroupNames: NotRequired[str | None]
    # Azure AD groups mapped to this group, comma-separated.
    azureADGroupNames: NotRequired[str | None]
    # Whether members may create projects with macros.
    mayCreateProjectsFromMacros: NotRequired[bool | None]
    # Whether members may create projects from templates.
    mayCreateProjectsFromTemplates: NotRequired[bool | None]
    # Whether members may create projects from Dataiku applications.
    mayCreateProjectsFromDataikuApps: NotRequired[bool | None]
    # Whether members may create projects in the root project folder.
    mayWriteInRootProjectFolder: NotRequired[bool | None]
    # Whether members may create active web content (webapps, ...).
    mayCreateActiveWebContent: NotRequired[bool | None]
    # Whether members may create code studio templates.
    mayCreateCodeStudioTemplates: NotRequired[bool | None]
    # Whether members may manage every code studio template.
    mayManageCodeStudioTemplates: NotRequired[bool | None]
    # Whether members may see the indexed Hive connections.
    mayViewIndexedHiveConnections: NotRequired[bool | None]
    # Whether members may develop plugins.
    mayDevelopPlugins: NotRequired[bool | None]
    # Whether members may edit the instance's library folders.
    mayEditLibFolders: NotRequired[bool | None]
    # Whether members may manage the user-defined meanings.
    mayManageUDM: NotRequired[bool | None]
    # Whether members may create published API services on the deployer.
    mayCreatePublishedAPIServices: NotRequired[bool | None]
    # Whether members may create published projects on the deployer.
    mayCreatePublishedProjects: NotRequired[bool | None]
    # Whether members may manage the feature store.
    mayManageFeatureStore: NotRequired[bool | None]
    # Whether members may create workspaces.
    mayCreateWorkspaces: NotRequired[bool | None]
    # Whether members may share objects to workspaces.
    mayShareToWorkspaces: NotRequired[bool | None]
    # Whether members may create data collections.
    mayCreateDataCollections: NotRequired[bool | None]
    # Whether members may publish to data collections.
    mayPublishToDataCollections: NotRequired[bool | None]


class ImpersonationRule(TypedDict, extra_items=Any):
    """A rule mapping DSS users (or groups) to the system user their code runs as (unverified beyond the shape)."""

    # How DSS users are matched (`IDENTITY`, `SINGLE_MAPPING`, `REGEXP_RULE`) (unverified).
    type: NotRequired[str | None]
    # The DSS user, group or pattern matched.
    ruleFrom: NotRequired[str | None]
    # The Unix user code runs as.
    targetUnix: NotRequired[str | None]
    # The Hadoop user code runs as.
    targetHadoop: NotRequired[str | None]


class ImportApiDeployerServiceVersionForm(TypedDict, extra_items=Any):
    """The multipart form of `importApiDeployerServiceVersion`. A form declares its parts and no
    `additionalProperties` (generators of form encoders refuse them).
    """

    # The package archive (a zip file).
    file: str


class InfoMessage(TypedDict, extra_items=Any):
    """One message of a report."""

    # `INFO`, `WARNING` or `ERROR`.
    severity: NotRequired[str]
    # Whether the message reports a failure.
    isFatal: NotRequired[bool]
    # The message.
    message: NotRequired[str]
    # More about it.
    details: NotRequired[str]


class InfoMessages(TypedDict, extra_items=Any):
    """Messages collected while DSS did something, and flags summarising them."""

    # Whether there is at least one message.
    anyMessage: NotRequired[bool]
    # Whether there is at least one success message.
    success: NotRequired[bool]
    # Whether there is at least one warning.
    warning: NotRequired[bool]
    # Whether there is at least one error.
    error: NotRequired[bool]
    # Whether there is at least one fatal error.
    fatal: NotRequired[bool]
    # Highest severity among the messages (`INFO`, `SUCCESS`, `WARNING`, `ERROR`).
    maxSeverity: NotRequired[str]
    # The messages.
    messages: NotRequired["list[InfoMessagesMessagesItem]"]


class InfoMessagesMessagesItem(TypedDict, extra_items=Any):
    """One message."""

    # `INFO`, `SUCCESS`, `WARNING` or `ERROR`.
    severity: NotRequired[str]
    # Whether the error stopped what DSS was doing.
    isFatal: NotRequired[bool]
    # A stable code for the kind of message.
    code: NotRequired[str]
    # Short title.
    title: NotRequired[str]
    # Details.
    details: NotRequired[str]
    # The whole message.
    message: NotRequired[str]


class Insight(TypedDict, extra_items=Any):
    """The definition of an insight, as `getInsight` returns it."""

    # Identifier of the insight, chosen by DSS.
    id: NotRequired[str | None]
    # Key of the project the insight belongs to.
    projectKey: NotRequired[str | None]
    # Kind of insight: `chart`, `dataset_table`, `static_file`, `web_app`, `jupyter`, `metrics`, `report`,
    # `saved-model_report`, ... (`x-extensible-enum`).
    type: NotRequired[str | None]
    # Name, not necessarily unique.
    name: NotRequired[str | None]
    # Login of the owner (its creator).
    owner: NotRequired[str | None]
    # Whether the insight is promoted rather than private.
    listed: NotRequired[bool | None]
    # Parameters of the insight, by type (a chart's dataset and definition, a file's path, ...); any JSON
    # values.
    params: NotRequired[dict[str, Any] | None]
    # Tags.
    tags: NotRequired[list[str] | None]
    # Checklists attached to the insight.
    checklists: NotRequired["InsightChecklists | None"]
    # Values of the instance's custom fields, by field name; each value is any JSON value.
    customFields: NotRequired[dict[str, Any] | None]
    # Long description (markdown).
    description: NotRequired[str | None]
    # Short description.
    shortDesc: NotRequired[str | None]
    # Who created it, and when (set by DSS).
    creationTag: NotRequired["UserTag | None"]
    # Who changed it last, and when (set by DSS).
    versionTag: NotRequired["UserTag | None"]


class InsightChecklists(TypedDict, extra_items=Any):
    """Checklists attached to the insight."""

    # The checklists.
    checklists: NotRequired["list[InsightChecklistsChecklistsItem] | None"]


class InsightChecklistsChecklistsItem(TypedDict, extra_items=Any):
    """A checklist."""

    # Title of the checklist.
    title: NotRequired[str | None]
    # The checklist's items.
    items: NotRequired["list[InsightChecklistsChecklistsItemItemsItem] | None"]


class InsightChecklistsChecklistsItemItemsItem(TypedDict, extra_items=Any):
    """One item of a checklist."""

    # What the item says.
    text: NotRequired[str | None]
    # Whether the item is checked.
    done: NotRequired[bool | None]


class InsightListItem(TypedDict, extra_items=Any):
    """An insight as `listInsights` answers it."""

    # Identifier of the insight.
    id: str
    # Key of the project.
    projectKey: NotRequired[str]
    # Name.
    name: NotRequired[str]
    # Kind of insight.
    type: NotRequired[str]
    # Login of the owner.
    owner: NotRequired[str]
    # Whether it is promoted.
    listed: NotRequired[bool]
    # Tags.
    tags: NotRequired[list[str]]


class InstanceInfo(TypedDict, extra_items=Any):
    """Information about a DSS node."""

    # Identifier of the node (as defined in Cloud Stacks or in install.ini).
    nodeId: NotRequired[str]
    # Name of the node, as shown in the navigation bar.
    nodeName: NotRequired[str]
    # Kind of node: `DESIGN`, `AUTOMATION` or `DEPLOYER` today (`x-extensible-enum`: a newer DSS may answer
    # another value, which clients must accept).
    nodeType: NotRequired[str]
    # Version of DSS.
    dssVersion: NotRequired[str]


class JobActivity(TypedDict, extra_items=Any):
    """One activity of a job: a recipe run on one partition."""

    # Identifier of the activity.
    activityId: NotRequired[str | None]
    # The recipe it runs.
    recipeName: NotRequired[str | None]
    # Type of that recipe.
    recipeType: NotRequired[str | None]
    # The partition it builds (`N/A` when not partitioned) (unverified).
    partitionId: NotRequired[str | None]
    # `NOT_STARTED`, `RUNNING`, `DONE`, `FAILED`, `ABORTED` or `SKIPPED` (`x-extensible-enum`).
    state: NotRequired[str | None]
    # When it started, in ms since the Unix epoch.
    startTime: NotRequired[int | None]
    # When it ended, in ms since the Unix epoch.
    endTime: NotRequired[int | None]
    # What it writes.
    targets: NotRequired["list[JobActivityTargetsItem] | None"]
    # Why the activity failed, when it did.
    firstFailure: NotRequired["JobActivityFirstFailure | None"]


class JobActivityFirstFailure(TypedDict, extra_items=Any):
    """Why the activity failed, when it did."""

    # Kind of the error (a Java class name).
    clazz: NotRequired[str | None]
    # Short title of the error.
    title: NotRequired[str | None]
    # The error's message.
    message: NotRequired[str | None]
    # Stack trace, when there is one.
    stack: NotRequired[str | None]


class JobActivityTargetsItem(TypedDict, extra_items=Any):
    """One output of the activity."""

    # Kind of the object (`DATASET`).
    type: NotRequired[str | None]
    # Name of the dataset.
    datasetName: NotRequired[str | None]
    # The partition written.
    partition: NotRequired[str | None]


class JobDefinition(TypedDict, extra_items=Any):
    """What a job builds, and how."""

    # Identifier of the job (made up by DSS).
    id: NotRequired[str]
    # Project of the job.
    projectKey: NotRequired[str | None]
    # `NON_RECURSIVE_FORCED_BUILD` (default), `RECURSIVE_BUILD`, `RECURSIVE_FORCED_BUILD` or
    # `RECURSIVE_MISSING_ONLY_BUILD`.
    type: NotRequired[str | None]
    # Update the Hive metastore after building.
    refreshHiveMetastore: NotRequired[bool | None]
    # Give each output the schema its recipe computes before running it.
    autoUpdateSchemaBeforeEachRecipeRun: NotRequired[bool | None]
    # The objects to build.
    outputs: "list[JobOutput]"


_JobListItemKeys = TypedDict(
    "_JobListItemKeys",
    {
        "def": NotRequired["JobState"],
    },
)


class JobListItem(_JobListItemKeys, extra_items=Any):
    """A job as listed."""

    # `NOT_STARTED`, `RUNNING`, `DONE`, `FAILED` or `ABORTED`.
    state: NotRequired[str]
    # Whether the state is final.
    stableState: NotRequired[bool]
    # When the job started, in milliseconds since the Unix epoch.
    startTime: NotRequired[int]
    # When the job ended, in milliseconds since the Unix epoch; 0 while running.
    endTime: NotRequired[int]
    # Warnings the job reported.
    warningsCount: NotRequired[int]


class JobOutput(TypedDict, extra_items=Any):
    """An object a job builds."""

    # Kind of the object (`DATASET`, the default, `MANAGED_FOLDER`, `SAVED_MODEL`, ...).
    type: NotRequired[str | None]
    # Name or identifier of the object.
    id: str
    # Project of the object (the job's when absent).
    projectKey: NotRequired[str | None]
    # Partitions to build, for a partitioned object (a comma-separated text, or a list).
    partition: NotRequired[str | list[str] | None]


class JobState(TypedDict, extra_items=Any):
    """A job's definition as DSS stores it once started."""

    # Identifier of the job.
    id: NotRequired[str | None]
    # Project of the job.
    projectKey: NotRequired[str | None]
    # Display name of the job (`Build ...`).
    name: NotRequired[str | None]
    # The build mode (`NON_RECURSIVE_FORCED_BUILD`, `RECURSIVE_BUILD`, ...).
    type: NotRequired[str | None]
    # Login of who started the job.
    initiator: NotRequired[str | None]
    # When the job was requested, in ms since the Unix epoch.
    initiationTimestamp: NotRequired[int | None]
    # What started the job (`API`, `SCENARIO`, `FLOW`, ...) (unverified beyond `API`).
    triggeredFrom: NotRequired[str | None]
    # Whether the Hive metastore is updated after building.
    refreshHiveMetastore: NotRequired[bool | None]
    # Whether each output gets its recipe's schema before the run.
    autoUpdateSchemaBeforeEachRecipeRun: NotRequired[bool | None]
    # Whether the initiator is mailed when the job ends (unverified).
    mailNotification: NotRequired[bool | None]
    # The scenario run that started the job, if any (unverified).
    scenarioRunId: NotRequired[str | None]
    # The objects the job builds.
    outputs: NotRequired["list[JobStateOutputsItem] | None"]


class JobStateOutputsItem(TypedDict, extra_items=Any):
    """One object the job builds."""

    # Kind of the object (`DATASET`, ...).
    type: NotRequired[str | None]
    # Name of the dataset.
    targetDataset: NotRequired[str | None]
    # Project of the dataset.
    targetDatasetProjectKey: NotRequired[str | None]
    # Partitions to build, comma-separated.
    targetPartition: NotRequired[str | None]


class JobStatus(TypedDict, extra_items=Any):
    """The status of a job."""

    # The job's definition (`def`), `state`, start and end times, and its `activities` by identifier.
    baseStatus: "JobStatusBaseStatus"
    # How many activities are in each state.
    globalState: NotRequired["JobStatusGlobalState"]


_JobStatusBaseStatusKeys = TypedDict(
    "_JobStatusBaseStatusKeys",
    {
        "def": NotRequired["JobState"],
    },
)


class JobStatusBaseStatus(_JobStatusBaseStatusKeys, extra_items=Any):
    """The job's definition (`def`), `state`, start and end times, and its `activities` by identifier."""

    # `NOT_STARTED`, `RUNNING`, `DONE`, `FAILED` or `ABORTED` (`x-extensible-enum`).
    state: NotRequired[str | None]
    # Login of who started the job.
    initiator: NotRequired[str | None]
    # When the job started, in ms since the Unix epoch; 0 before.
    jobStartTime: NotRequired[int | None]
    # When the job ended, in ms since the Unix epoch; 0 while running.
    jobEndTime: NotRequired[int | None]
    # The job's activities (one recipe run on one partition), by activity identifier.
    activities: NotRequired["dict[str, JobActivity] | None"]


class JobStatusGlobalState(TypedDict, extra_items=Any):
    """How many activities are in each state."""

    # Number of activities.
    total: NotRequired[int | None]
    # Activities done.
    done: NotRequired[int | None]
    # Activities that failed.
    failed: NotRequired[int | None]
    # Activities running.
    running: NotRequired[int | None]
    # Activities not started (or skipped).
    notStarted: NotRequired[int | None]
    # Activities aborted.
    aborted: NotRequired[int | None]
    # Warnings reported.
    warning: NotRequired[int | None]


class JupyterKernelSpec(TypedDict, extra_items=Any):
    """Jupyter's identification of a kernel."""

    # Identifier of the kernel in Jupyter (`python3`, `ir`, ...).
    name: NotRequired[str]
    # Name of the kernel as Jupyter's UI shows it.
    display_name: NotRequired[str]
    # Language of the kernel (`python`, `R`, `scala`).
    language: NotRequired[str]


class JupyterNotebookCell(TypedDict, extra_items=Any):
    """A cell of a notebook, as nbformat 4 defines it."""

    # `code`, `markdown` or `raw`.
    cell_type: str
    # The cell's metadata.
    metadata: NotRequired["JupyterNotebookCellMetadata"]
    # The cell's text, as a list of lines or one string.
    source: NotRequired[str | list[str]]
    # Index of the cell's last run (code cells).
    execution_count: NotRequired[int | None]
    # Outputs of the last run of a code cell (`output_type`, `name`, `text`, `data`, ...).
    outputs: NotRequired["list[JupyterNotebookCellOutputsItem]"]


class JupyterNotebookCellMetadata(TypedDict, extra_items=Any):
    """The cell's metadata."""

    # Whether the cell's output is collapsed.
    collapsed: NotRequired[bool]
    # Whether the cell's output scrolls (`true`, `false` or `auto`).
    scrolled: NotRequired[Any]
    # Tags of the cell.
    tags: NotRequired[list[str]]


class JupyterNotebookCellOutputsItem(TypedDict, extra_items=Any):
    """An output of a code cell."""

    # `stream`, `display_data`, `execute_result` or `error`.
    output_type: NotRequired[str]
    # The stream of a `stream` output (`stdout`, `stderr`).
    name: NotRequired[str]
    # The text of a `stream` output, as a list of lines or one string.
    text: NotRequired[Any]
    # The data of a display or result, by MIME type.
    data: NotRequired[dict[str, Any]]
    # The run that produced an `execute_result`.
    execution_count: NotRequired[int | None]
    # The exception's name, of an `error` output.
    ename: NotRequired[str]
    # The exception's value, of an `error` output.
    evalue: NotRequired[str]
    # The traceback of an `error` output.
    traceback: NotRequired[list[str]]


class JupyterNotebookContent(TypedDict, extra_items=Any):
    """The content of a Jupyter notebook, in the nbformat (https://nbformat.readthedocs.io/)."""

    # Major version of the notebook format (4).
    nbformat: NotRequired[int]
    # Minor version of the notebook format.
    nbformat_minor: NotRequired[int]
    metadata: "JupyterNotebookMetadata"
    # The cells, in order.
    cells: "list[JupyterNotebookCell]"


class JupyterNotebookListItem(TypedDict, extra_items=Any):
    """A Jupyter notebook as listed."""

    # Project of the notebook.
    projectKey: str
    # Name of the notebook, its identifier.
    name: str
    # Language of the notebook: `python`, `R` or `toree` (Scala).
    language: NotRequired[str]
    kernelSpec: NotRequired["JupyterKernelSpec"]
    # Tags of the notebook.
    tags: NotRequired[list[str]]


class JupyterNotebookMetadata(TypedDict, extra_items=Any):
    """The notebook's metadata."""

    kernelspec: NotRequired["JupyterKernelSpec"]
    # Information on the language of the notebook (Jupyter's).
    language_info: NotRequired["JupyterNotebookMetadataLanguageInfo"]
    # Login of who created the notebook.
    creator: NotRequired[str]
    # When it was created, in milliseconds since the Unix epoch.
    createdOn: NotRequired[int]
    # Login of its last modifier.
    modifiedBy: NotRequired[str]
    # Tags of the notebook.
    tags: NotRequired[list[str]]


class JupyterNotebookMetadataLanguageInfo(TypedDict, extra_items=Any):
    """Information on the language of the notebook (Jupyter's)."""

    # Name of the language.
    name: NotRequired[str]
    # Version of the language.
    version: NotRequired[str]
    # MIME type of the notebook's code.
    mimetype: NotRequired[str]
    # Extension of the language's files.
    file_extension: NotRequired[str]


class JupyterNotebookSession(TypedDict, extra_items=Any):
    """A running session (kernel) of a notebook."""

    # Project of the notebook.
    projectKey: NotRequired[str]
    # The notebook.
    notebookName: NotRequired[str]
    # Identifier of the session, what `unloadJupyterNotebookSession` takes.
    sessionId: NotRequired[str]
    # Identifier of its Jupyter kernel.
    kernelId: NotRequired[str]
    # Process identifier of the kernel.
    kernelPid: NotRequired[int]
    # Login of who started the session.
    sessionCreator: NotRequired[str]
    # Display name of who started it.
    sessionCreatorDisplayName: NotRequired[str]
    # Unix user running the kernel (unverified).
    sessionUnixOwner: NotRequired[str]
    # `idle`, `busy`, ...
    kernelExecutionState: NotRequired[str]
    # How many clients are connected to the kernel.
    kernelConnections: NotRequired[int]
    # When it started, in milliseconds since the Unix epoch.
    sessionStartTime: NotRequired[int]
    # When the kernel last did something, in milliseconds since the Unix epoch.
    kernelLastActivityTime: NotRequired[int]


class KubectlCommandResult(TypedDict, extra_items=Any):
    """The outcome of a kubectl command. (Field names chosen by dssclient: the official client documents the
    content, not the names.)
    """

    # The command line that ran.
    command: NotRequired[str | None]
    # The command's exit code (0 on success).
    returnValue: NotRequired[int]
    # What the command wrote on its standard output.
    stdout: NotRequired[str]
    # What the command wrote on its standard error.
    stderr: NotRequired[str]


class KubernetesJobsDeletion(TypedDict, extra_items=Any):
    """The outcome of deleting finished jobs."""

    # Whether the deletion succeeded.
    success: NotRequired[bool]
    # Whether it was a dry run, in which nothing was deleted.
    dryRun: NotRequired[bool | None]
    # Names of the jobs deleted (or that would be, in a dry run).
    deletedJobs: NotRequired[list[str]]
    debugInfo: NotRequired["KubectlCommandResult"]


class KubernetesPodsDeletion(TypedDict, extra_items=Any):
    """The outcome of deleting pods."""

    # Whether the deletion succeeded.
    success: NotRequired[bool]
    # Whether it was a dry run, in which nothing was deleted.
    dryRun: NotRequired[bool | None]
    # Names of the pods deleted (or that would be, in a dry run).
    deletedPods: NotRequired[list[str]]
    debugInfo: NotRequired["KubectlCommandResult"]


class LibraryFileContent(TypedDict, extra_items=Any):
    """The content of a file of a project's library."""

    # Its path from the root of the library (unverified).
    path: NotRequired[str | None]
    # Its text, or its bytes in base64 when asked with `dataEncoding=base64`.
    data: str


class LibraryMoveBody(TypedDict, extra_items=Any):
    """A file or folder to move into another folder."""

    # Its path from the root of the library (a leading '/' is allowed).
    oldPath: str
    # The folder to move it into, from the root of the library (`/` for the root).
    newPath: str


class LibraryNode(TypedDict, extra_items=Any):
    """A file or folder of a project's library."""

    # Its name.
    name: str
    # Its path from the root of the library (unverified).
    path: NotRequired[str | None]
    # A folder's files and folders, sorted by name; absent for a file.
    children: NotRequired["list[LibraryNode]"]


class LibraryRenameBody(TypedDict, extra_items=Any):
    """A file or folder to rename."""

    # Its path from the root of the library (a leading '/' is allowed).
    oldPath: str
    # Its new name (a name, not a path).
    newName: str


class LicenseFile(TypedDict, extra_items=Any):
    """The content of a licence file, as Dataiku issues it."""

    # What the licence grants (`licensee`, `expiresOn`, `profileLimits`, ...).
    content: NotRequired["LicenseFileContent | None"]
    # Dataiku's signature of `content`.
    signature: NotRequired[str | None]


class LicenseFileContent(TypedDict, extra_items=Any):
    """What the licence grants (`licensee`, `expiresOn`, `profileLimits`, ...)."""

    # Expiry date (in ms since the Unix epoch, as the emulator writes it; unverified).
    expiresOn: NotRequired[int | str | None]
    # Licensed number of users, by profile.
    profileLimits: NotRequired[dict[str, int] | None]


class LicensingStatus(TypedDict, extra_items=Any):
    """The licence in force and how it is used."""

    # Whether a licence is in force.
    valid: NotRequired[bool]
    # Whether the licence has expired.
    expired: NotRequired[bool]
    # Whether this is the free edition.
    communityEdition: NotRequired[bool]
    # The licence itself.
    base: NotRequired["LicensingStatusBase"]
    # Number of enabled users per profile.
    userProfiles: NotRequired[dict[str, int]]


class LicensingStatusBase(TypedDict, extra_items=Any):
    """The licence itself."""

    # When the licence expires, in ms since the Unix epoch.
    expiresOn: NotRequired[int | None]
    # What the licence file says, its profile limits left out.
    licenseContent: NotRequired["LicensingStatusBaseLicenseContent | None"]
    # Licensed number of users, by profile.
    profileLimits: NotRequired["dict[str, LicensingStatusBaseProfileLimitsValue] | None"]


class LicensingStatusBaseLicenseContent(TypedDict, extra_items=Any):
    """What the licence file says, its profile limits left out."""

    # Who the licence is for (unverified).
    licensee: NotRequired["LicensingStatusBaseLicenseContentLicensee | None"]
    # Identifier of the licence (unverified).
    licenseId: NotRequired[str | None]
    # Expiry date as the file writes it (unverified).
    expiresOn: NotRequired[int | str | None]


class LicensingStatusBaseLicenseContentLicensee(TypedDict, extra_items=Any):
    """Who the licence is for (unverified)."""

    # Company name (unverified).
    company: NotRequired[str | None]
    # Contact email (unverified).
    email: NotRequired[str | None]


class LicensingStatusBaseProfileLimitsValue(TypedDict, extra_items=Any):
    """The limit of one profile."""

    # The licensed limit.
    licensed: NotRequired["LicensingStatusBaseProfileLimitsValueLicensed | None"]


class LicensingStatusBaseProfileLimitsValueLicensed(TypedDict, extra_items=Any):
    """The licensed limit."""

    # The profile.
    profile: NotRequired[str | None]
    # How many enabled users it may have.
    licensedLimit: NotRequired[int | None]


class LogFileList(TypedDict, extra_items=Any):
    """The instance's log files."""

    # One item per log file.
    logs: NotRequired["list[LogFileSummary]"]


class LogFileSummary(TypedDict, extra_items=Any):
    """A log file, as listed."""

    # Name of the log file, to read it with.
    name: NotRequired[str]
    # Size of the file, in bytes.
    totalSize: NotRequired[int]
    # When it was last written, in milliseconds since the Unix epoch.
    lastModified: NotRequired[int]


class MLDatasetSelection(TypedDict, extra_items=Any):
    """An extract of a dataset (its sampling)."""

    # HEAD_SEQUENTIAL, RANDOM_FIXED_NB, RANDOM_FIXED_RATIO, FULL, ...
    samplingMethod: NotRequired[str]
    # The most rows of the extract.
    maxRecords: NotRequired[int]
    # The share of rows of a ratio sampling.
    targetRatio: NotRequired[float]
    # ALL, SELECTED or LATEST_N.
    partitionSelectionMethod: NotRequired[str]
    # The partitions of a SELECTED partition selection.
    selectedPartitions: NotRequired[list[str] | None]


class MLExplicitExtract(TypedDict, extra_items=Any):
    """The rows of one side (train or test) of an explicit split."""

    # The dataset read (two-dataset splits).
    datasetSmartName: NotRequired[str]
    selection: NotRequired["MLDatasetSelection"]
    filter: NotRequired["MLRowFilter"]


class MLFeaturePreprocessing(TypedDict, extra_items=Any):
    """How one column is handled."""

    # NUMERIC, CATEGORY, TEXT, VECTOR or IMAGE.
    type: NotRequired[str]
    # INPUT, REJECT, TARGET, WEIGHT, PROFILING.
    role: NotRequired[str]
    # What to do of missing values (IMPUTE, DROP_ROW, NONE, ...).
    missing_handling: NotRequired[str]
    # The imputed value for a numeric feature (MEAN, MEDIAN, CONSTANT, MODE).
    missing_impute_with: NotRequired[str]
    # The constant imputed with `missing_impute_with` CONSTANT.
    impute_constant_value: NotRequired[Any]
    # REGULAR, FLAG_PRESENCE, BINARIZE, QUANTILE_BIN, ...
    numerical_handling: NotRequired[str]
    # AVGSTD, MINMAX or NONE.
    rescaling: NotRequired[str]
    # DUMMIFY, IMPACT, ORDINAL, FREQUENCY_ENCODING, ...
    category_handling: NotRequired[str]
    # How dummy encoding is bounded (MAX_NB_CATEGORIES, ...).
    dummy_clip: NotRequired[str]
    # The most categories dummified.
    max_nb_categories: NotRequired[int]


class MLMetricsSettings(TypedDict, extra_items=Any):
    """How models are compared."""

    # The metric models are ranked and optimized by (ROC_AUC, F1, ACCURACY, R2, RMSE, ...).
    evaluationMetric: NotRequired[str]
    # The custom metric used when `evaluationMetric` is CUSTOM.
    customEvaluationMetricName: NotRequired[str]
    # Custom metrics, each with its code.
    customMetrics: NotRequired["list[MLMetricsSettingsCustomMetricsItem]"]


class MLMetricsSettingsCustomMetricsItem(TypedDict, extra_items=Any):
    """A custom metric."""

    # The metric's name.
    name: NotRequired[str]
    # Its Python code.
    metricCode: NotRequired[str]
    # Whether a greater value is better.
    greaterIsBetter: NotRequired[bool]
    # Whether it reads predicted probabilities.
    needsProbability: NotRequired[bool]


class MLRowFilter(TypedDict, extra_items=Any):
    """A filter of rows."""

    # Whether the filter applies.
    enabled: NotRequired[bool]
    # The filter's formula.
    expression: NotRequired[str]


class MLSplitParams(TypedDict, extra_items=Any):
    """How rows are split into train and test sets."""

    # SPLIT_SINGLE_DATASET, EXPLICIT_FILTERING_SINGLE_DATASET or EXPLICIT_FILTERING_TWO_DATASETS.
    ttPolicy: NotRequired[str]
    # RANDOM or SORTED.
    ssdSplitMode: NotRequired[str]
    # The share of rows in the train set (a random split).
    ssdTrainingRatio: NotRequired[float]
    # The seed of the random split.
    ssdSeed: NotRequired[int]
    # K-fold cross-test instead of one train/test split.
    kfold: NotRequired[bool]
    # The number of folds of a k-fold cross-test.
    nFolds: NotRequired[int]
    # The dataset split (the analysis's dataset when absent).
    ssdDatasetSmartName: NotRequired[str]
    ssdSelection: NotRequired["MLDatasetSelection"]
    efsdTrain: NotRequired["MLExplicitExtract"]
    efsdTest: NotRequired["MLExplicitExtract"]
    eftdTrain: NotRequired["MLExplicitExtract"]
    eftdTest: NotRequired["MLExplicitExtract"]


class MLTargetRemapping(TypedDict, extra_items=Any):
    """A class of the target and its index."""

    # The class, as in the data.
    sourceValue: NotRequired[str]
    # Its index.
    mappedValue: NotRequired[int]
    # How many rows of the guessing sample hold it.
    sampleFreq: NotRequired[int]


class MLTaskAssertionCondition(TypedDict, extra_items=Any):
    """The condition an assertion checks on the predictions of its rows."""

    # The ratio of valid rows the assertion needs.
    expectedValidRatio: NotRequired[float]
    # The class valid rows are predicted as (classification).
    expectedClass: NotRequired[str]
    # The lower bound (included) of valid predictions (regression).
    expectedMinValue: NotRequired[float]
    # The upper bound (included) of valid predictions (regression).
    expectedMaxValue: NotRequired[float]


class MLTaskAssertionParams(TypedDict, extra_items=Any):
    """One ML assertion."""

    # The assertion's name.
    name: NotRequired[str]
    filter: NotRequired["MLRowFilter"]
    assertionCondition: NotRequired["MLTaskAssertionCondition"]


class MLTaskAssertionsParams(TypedDict, extra_items=Any):
    """The ML assertions of a prediction task (`assertionsParams`)."""

    # The assertions.
    assertions: NotRequired["list[MLTaskAssertionParams]"]


class MLTaskDiagnosticType(TypedDict, extra_items=Any):
    """Whether one type of diagnostics is computed."""

    # The type, in upper case (`ML_DIAGNOSTICS_DATASET_SANITY_CHECKS`, `ML_DIAGNOSTICS_LEAKAGE_DETECTION`, ...).
    type: NotRequired[str]
    # Whether it is computed.
    enabled: NotRequired[bool]


class MLTaskDiagnosticsSettings(TypedDict, extra_items=Any):
    """The ML diagnostics of a task (`diagnosticsSettings`)."""

    # Whether diagnostics are computed at all.
    enabled: NotRequired[bool]
    # One entry per type of diagnostics.
    settings: NotRequired["list[MLTaskDiagnosticType]"]


class MLTaskEnsembleStarted(TypedDict, extra_items=Any):
    """The ensemble being trained."""

    # The ensemble's full model id.
    id: str


class MLTaskGridSearchParams(TypedDict, extra_items=Any):
    """The hyperparameter search of a prediction task (`modeling.gridSearchParams`): strategy, validation, limits
    and parallelism, as the official client's `HyperparameterSearchSettings` reads them.
    """

    # `GRID`, `RANDOM` or `BAYESIAN`.
    strategy: NotRequired[str]
    # The search's validation: `KFOLD`, `SHUFFLE`, `TIME_SERIES_KFOLD`, `TIME_SERIES_SINGLE_SPLIT` or `CUSTOM`.
    mode: NotRequired[str]
    # Ratio of the rows that train during the search (single split validation).
    splitRatio: NotRequired[float]
    # Number of folds (k-fold validation).
    nFolds: NotRequired[int]
    # Whether the validation keeps the classes' proportions.
    stratified: NotRequired[bool]
    # Seed of the validation's split.
    cvSeed: NotRequired[int]
    # Python code defining a scikit-learn CV splitter `cv` (custom validation).
    code: NotRequired[str | None]
    # Whether a grid search goes through the grid in a shuffled order.
    randomized: NotRequired[bool]
    # Seed of the search.
    seed: NotRequired[int]
    # Maximum number of iterations of a grid search (0 for no limit).
    nIter: NotRequired[int]
    # Number of iterations of a random or Bayesian search.
    nIterRandom: NotRequired[int]
    # Time limit of the search, in minutes (0 for none).
    timeout: NotRequired[int]
    # Number of threads of the search.
    nJobs: NotRequired[int]
    # Whether the search runs on Kubernetes containers.
    distributed: NotRequired[bool]
    # Number of containers of a distributed search.
    nContainers: NotRequired[int]
    # Whether validation folds are offset from test folds (time series forecasting).
    foldOffset: NotRequired[bool]
    # Whether every fold spans the same duration (time series forecasting).
    equalDurationFolds: NotRequired[bool]


class MLTaskList(TypedDict, extra_items=Any):
    """A project's ML tasks."""

    # The tasks.
    mlTasks: "list[MLTaskListItem]"


class MLTaskListItem(TypedDict, extra_items=Any):
    """An ML task as listed."""

    # The task's project.
    projectKey: NotRequired[str]
    # The task's visual analysis.
    analysisId: str
    # The task, in its analysis.
    mlTaskId: str
    # The task's name.
    name: NotRequired[str]
    # PREDICTION or CLUSTERING.
    taskType: NotRequired[str]
    # The prediction type of a prediction task.
    predictionType: NotRequired[str]
    # The target of a prediction task.
    targetVariable: NotRequired[str]
    # The dataset the task learns from (unverified key).
    inputDataset: NotRequired[str]
    # The training engine.
    backendType: NotRequired[str]


class MLTaskModelDeployed(TypedDict, extra_items=Any):
    """What was created in the flow."""

    # The new saved model's id.
    savedModelId: str
    # The name of the training recipe that produces it.
    trainRecipeName: str


class MLTaskModelRedeployed(TypedDict, extra_items=Any):
    """The redeployment's effect."""

    # Whether the active version changed, so recipes downstream are impacted.
    impactsDownstream: NotRequired[bool]


class MLTaskModelSnippetsBody(TypedDict, extra_items=Any):
    """The models to summarize."""

    # Full ids of the task's trained models.
    modelsIds: NotRequired[list[str]]


class MLTaskModeling(TypedDict, extra_items=Any):
    """The algorithms (by their settings key, `random_forest_classification`, `logistic_regression`,
    `kmeans_clustering`, ..., each with `enabled` and its hyperparameters) and the metrics.
    """

    metrics: NotRequired["MLMetricsSettings"]
    gridSearchParams: NotRequired["MLTaskGridSearchParams"]
    propensityModeling: NotRequired["MLTaskPropensityModeling"]


class MLTaskPreprocessing(TypedDict, extra_items=Any):
    """The features' handling."""

    # Each column's handling, by column name.
    per_feature: NotRequired["dict[str, MLFeaturePreprocessing]"]
    # The classes of a classification target, in index order.
    target_remapping: NotRequired["list[MLTargetRemapping]"]
    timeseriesSampling: NotRequired["MLTaskTimeseriesSampling"]


class MLTaskPropensityModeling(TypedDict, extra_items=Any):
    """The treatment analysis of a causal prediction task (`modeling.propensityModeling`)."""

    # Whether a propensity model is trained.
    enabled: NotRequired[bool]
    # Whether its probabilities are calibrated.
    calibrateProbabilities: NotRequired[bool]
    # Ratio of the rows used for the calibration.
    calibrationDataRatio: NotRequired[float]


class MLTaskQueue(TypedDict, extra_items=Any):
    """The sessions waiting to be trained in one ML task's queue."""

    # The task's visual analysis.
    analysisId: NotRequired[str]
    # The task.
    mlTaskId: NotRequired[str]
    # The analysis's name (unverified key).
    analysisName: NotRequired[str]
    # The task's name (unverified key).
    mlTaskName: NotRequired[str]
    # The sessions waiting, first to train first (unverified key).
    queue: NotRequired["list[MLTaskQueueQueueItem]"]


class MLTaskQueueQueueItem(TypedDict, extra_items=Any):
    """A session waiting to be trained (unverified keys)."""

    # The session's name.
    sessionName: NotRequired[str]
    # The session's description.
    sessionDescription: NotRequired[str]


class MLTaskQueueTrainStarted(TypedDict, extra_items=Any):
    """The next session of the queue to train (unverified key)."""

    # The session that trains next (unverified key).
    nextSessionId: NotRequired[str]


class MLTaskQueues(TypedDict, extra_items=Any):
    """The non-empty ML task queues of a project."""

    # One entry per task whose queue is not empty.
    queues: "list[MLTaskQueue]"


class MLTaskRef(TypedDict, extra_items=Any):
    """The identifiers of an ML task."""

    # The task's visual analysis.
    analysisId: str
    # The task, in its analysis.
    mlTaskId: str


class MLTaskSettings(TypedDict, extra_items=Any):
    """An ML task's settings."""

    # PREDICTION or CLUSTERING.
    taskType: NotRequired[str]
    # The prediction type of a prediction task.
    predictionType: NotRequired[str]
    # The target of a prediction task.
    targetVariable: NotRequired[str]
    # The targets of a multi-target task.
    targetVariables: NotRequired[list[str]]
    # The time column of a forecasting task.
    timeVariable: NotRequired[str]
    # The time series identifier columns of a forecasting task.
    timeseriesIdentifiers: NotRequired[list[str]]
    # The treatment column of a causal task.
    treatmentVariable: NotRequired[str]
    # The training engine.
    backendType: NotRequired[str]
    # The policy the settings were guessed with.
    guessPolicy: NotRequired[str]
    # The task's name.
    name: NotRequired[str]
    preprocessing: NotRequired["MLTaskPreprocessing"]
    splitParams: NotRequired["MLSplitParams"]
    modeling: NotRequired["MLTaskModeling"]
    timestepParams: NotRequired["MLTimestepParams"]
    # The forecast horizon of a forecasting task, in time steps.
    predictionLength: NotRequired[int]
    # How a forecasting task's models are evaluated.
    evaluationParams: NotRequired["MLTaskSettingsEvaluationParams"]
    # The quantiles a forecasting task forecasts.
    quantilesToForecast: NotRequired[list[float]]
    # Whether series too short to train on are skipped.
    skipTooShortTimeseriesForTraining: NotRequired[bool]
    # The treatment values of a causal task.
    treatmentValues: NotRequired[list[str]]
    # The treatment value of the control group of a causal task.
    controlValue: NotRequired[str | None]
    # Whether a causal task has several treatments.
    enableMultiTreatment: NotRequired[bool]
    # The positive outcome of a binary causal task.
    positiveClass: NotRequired[str]
    diagnosticsSettings: NotRequired["MLTaskDiagnosticsSettings"]
    assertionsParams: NotRequired["MLTaskAssertionsParams"]


class MLTaskSettingsEvaluationParams(TypedDict, extra_items=Any):
    """How a forecasting task's models are evaluated."""

    # Time steps of the test set.
    testSize: NotRequired[int]
    # Time steps skipped between the train and test sets.
    gapSize: NotRequired[int]


class MLTaskStatus(TypedDict, extra_items=Any):
    """What an ML task is doing, and its trained models."""

    # Whether the task is still guessing its settings.
    guessing: NotRequired[bool]
    # Whether a training session (or ensemble) is under way.
    training: NotRequired[bool]
    # The trained models (failed ones included).
    fullModelIds: NotRequired["list[TrainedModelIdItem]"]


class MLTaskTimeseriesSampling(TypedDict, extra_items=Any):
    """How a time series forecasting task resamples its series (`preprocessing.timeseriesSampling`)."""

    # `NEAREST`, `PREVIOUS`, `NEXT`, `LINEAR`, `QUADRATIC`, `CUBIC`, `CONSTANT` or `STAIRCASE`.
    numericalInterpolateMethod: NotRequired[str]
    # The value of the `CONSTANT` interpolation.
    numericalInterpolateConstantValue: NotRequired[float]
    # `PREVIOUS_NEXT`, `NO_EXTRAPOLATION`, `CONSTANT`, `LINEAR`, `QUADRATIC` or `CUBIC`.
    numericalExtrapolateMethod: NotRequired[str]
    # The value of the `CONSTANT` extrapolation.
    numericalExtrapolateConstantValue: NotRequired[float]
    # `MOST_COMMON`, `NULL`, `CONSTANT`, `PREVIOUS_NEXT`, `PREVIOUS` or `NEXT`.
    categoricalImputeMethod: NotRequired[str]
    # The value of the `CONSTANT` imputation.
    categoricalConstantValue: NotRequired[str]
    # `FAIL_IF_CONFLICTING`, `DROP_IF_CONFLICTING` or `MEAN_MODE`.
    duplicateTimestampsHandlingMethod: NotRequired[str]
    # `AUTO` (the data's first timestamp) or `CUSTOM`.
    startDateMode: NotRequired[str]
    # The custom start date (ISO date).
    customStartDate: NotRequired[str | None]
    # `AUTO` (the data's last timestamp) or `CUSTOM`.
    endDateMode: NotRequired[str]
    # The custom end date (ISO date).
    customEndDate: NotRequired[str | None]


class MLTaskTrainStarted(TypedDict, extra_items=Any):
    """The session that started."""

    # The session's id (`s1`, ...), as trained models' `fullModelId.sessionId` name it.
    sessionId: NotRequired[str]


class MLTimestepParams(TypedDict, extra_items=Any):
    """The time step of a forecasting task's series."""

    # MILLISECOND, SECOND, MINUTE, HOUR, DAY, BUSINESS_DAY, WEEK, MONTH, QUARTER, HALF_YEAR or YEAR.
    timeunit: NotRequired[str]
    # How many time units make a step.
    numberOfTimeunits: NotRequired[int]
    # The day weeks end on (1 to 7), for a weekly step.
    endOfWeekDay: NotRequired[int]
    # The month quarters, half-years and years are aligned on.
    unitAlignment: NotRequired[int]


class MacroDefinition(TypedDict, extra_items=Any):
    """A macro's definition, mirroring its `runnable.json`."""

    # Identifier of the macro.
    runnableType: str
    # Plugin the macro comes from.
    ownerPluginId: NotRequired[str]
    meta: NotRequired["MacroMeta"]
    # Form of the result: `NONE`, `HTML`, `FOLDER_FILE`, `FILE`, `RESULT_TABLE`, `JSON_OBJECT`, `URL`.
    resultType: NotRequired[str]
    # Label of the result in the UI.
    resultLabel: NotRequired[str]
    # The parameters a run takes.
    params: NotRequired["list[MacroParam]"]
    # Parameters only administrators give (empty for other callers).
    adminParams: NotRequired["list[MacroParam]"]
    # Whether the macro runs as the caller.
    impersonate: NotRequired[bool]
    # Whether only administrators may run it (unverified).
    requiresGlobalAdmin: NotRequired[bool]


class MacroMeta(TypedDict, extra_items=Any):
    """How the macro presents itself."""

    # Name of the macro.
    label: NotRequired[str]
    # What it does.
    description: NotRequired[str]
    # Icon of the macro.
    icon: NotRequired[str]


class MacroParam(TypedDict, extra_items=Any):
    """A parameter of a macro, as its `runnable.json` declares it."""

    # Name of the parameter, its key in `params`.
    name: NotRequired[str]
    # Type of the parameter: `STRING`, `INT`, `BOOLEAN`, `CONNECTION`, `DATASET`, ...
    type: NotRequired[str]
    # Label shown in the UI.
    label: NotRequired[str]
    # Help shown in the UI.
    description: NotRequired[str]
    # Whether a run must give it.
    mandatory: NotRequired[bool]
    # Value used when a run does not give it.
    defaultValue: NotRequired[Any]


class MacroRun(TypedDict, extra_items=Any):
    """A run of a macro, and whether it is over."""

    # Identifier of the run.
    runId: str
    # Whether the run is still going.
    running: NotRequired[bool]
    # Whether it was aborted (unverified).
    aborted: NotRequired[bool]
    # Whether it ended with a result (unverified).
    success: NotRequired[bool]
    # Why it failed, when it did (unverified).
    error: NotRequired[str | None]


class ManagedDatasetCreationSettings(TypedDict, extra_items=Any):
    """Where and how a managed dataset stores its data."""

    # Connection to store the data into (`filesystem_managed` when absent).
    connectionId: NotRequired[str | None]
    # Dataset type, for connections that allow several (`SCP` or `SFTP` on an SSH connection).
    typeOptionId: NotRequired[str | None]
    # `copy:dataset:<name>` (or `copy:folder:<id>`) to take the partitioning of that object; not partitioned
    # when absent.
    partitioningOptionId: NotRequired[str | None]
    # Type-specific settings.
    specificSettings: NotRequired["ManagedDatasetCreationSettingsSpecificSettings | None"]


class ManagedDatasetCreationSettingsSpecificSettings(TypedDict, extra_items=Any):
    """Type-specific settings."""

    # A format preset of file-based types (`CSV_ESCAPING_NOGZIP_FORHIVE`, `PARQUET_HIVE`, ...).
    formatOptionId: NotRequired[str | None]
    # Catalog of the new table, instead of the connection's (unverified).
    overrideSQLCatalog: NotRequired[str | None]
    # Schema of the new table, instead of the connection's (unverified).
    overrideSQLSchema: NotRequired[str | None]


class ManagedFolder(TypedDict, extra_items=Any):
    """The definition (settings) of a managed folder."""

    # Key of the project holding the folder.
    projectKey: NotRequired[str | None]
    # Identifier of the folder, chosen by DSS.
    id: NotRequired[str | None]
    # Name of the folder, unique in its project.
    name: NotRequired[str | None]
    # Kind of storage (`Filesystem`, `HDFS`, `S3`, `GCS`, `Azure`, `FTP`, `SFTP`, `SCP`, ...).
    type: NotRequired[str | None]
    # Where the folder's files are (connection, path, ...).
    params: NotRequired["ManagedFolderParams | None"]
    # How the folder's files map to partitions.
    partitioning: NotRequired["DatasetPartitioning | None"]
    # The folder's metrics probes (`basic`: file count and size).
    metrics: NotRequired["DatasetMetricsSettings | None"]
    # The folder's checks (unverified: named as a dataset's).
    metricsChecks: NotRequired["DatasetChecksSettings | None"]
    # Tags of the folder.
    tags: NotRequired[list[str] | None]
    # Long description (Markdown).
    description: NotRequired[str | None]
    # Short description.
    shortDesc: NotRequired[str | None]
    # Checklists of the folder.
    checklists: NotRequired["ManagedFolderChecklists | None"]
    # Values of the instance's custom fields, by field name; each value is any JSON value.
    customFields: NotRequired[dict[str, Any] | None]
    # How builds treat the folder (unverified; named as a dataset's).
    flowOptions: NotRequired["ManagedFolderFlowOptions | None"]
    # Who created the folder, and when.
    creationTag: NotRequired["ManagedFolderCreationTag | None"]
    # Who changed the folder last, and when.
    versionTag: NotRequired["ManagedFolderVersionTag | None"]


class ManagedFolderChecklists(TypedDict, extra_items=Any):
    """Checklists of the folder."""

    # The checklists, each with a title and items.
    checklists: NotRequired["list[ManagedFolderChecklistsChecklistsItem] | None"]


class ManagedFolderChecklistsChecklistsItem(TypedDict, extra_items=Any):
    """One checklist."""

    # Title of the checklist (unverified).
    title: NotRequired[str | None]
    # Its items, each with a `text` and whether it is `done` (unverified).
    items: NotRequired["list[ManagedFolderChecklistsChecklistsItemItemsItem] | None"]


class ManagedFolderChecklistsChecklistsItemItemsItem(TypedDict, extra_items=Any):
    """One item."""

    # What is to be done (unverified).
    text: NotRequired[str | None]
    # Whether it is done (unverified).
    done: NotRequired[bool | None]


class ManagedFolderContents(TypedDict, extra_items=Any):
    """The files of a managed folder."""

    # Every file of the folder, at any depth.
    items: "list[ManagedFolderItem]"


class ManagedFolderCreated(TypedDict, extra_items=Any):
    """The managed folder created."""

    # Identifier DSS chose for the folder.
    id: str
    # Name of the folder.
    name: NotRequired[str | None]
    # Key of its project.
    projectKey: NotRequired[str | None]


class ManagedFolderCreationTag(TypedDict, extra_items=Any):
    """Who created the folder, and when."""

    # Version number.
    versionNumber: NotRequired[int | None]
    # The creator.
    lastModifiedBy: NotRequired["ManagedFolderCreationTagLastModifiedBy | None"]
    # When, in milliseconds since the epoch.
    lastModifiedOn: NotRequired[int | None]


class ManagedFolderCreationTagLastModifiedBy(TypedDict, extra_items=Any):
    """The creator."""

    # Login of the creator.
    login: NotRequired[str | None]


class ManagedFolderFlowOptions(TypedDict, extra_items=Any):
    """How builds treat the folder (unverified; named as a dataset's)."""

    # Whether a job may skip writing the folder (unverified).
    virtualizable: NotRequired[bool | None]
    # `NORMAL`, `EXPLICIT` (only built when asked to) or `WRITE_PROTECT` (never built).
    rebuildBehavior: NotRequired[str | None]


class ManagedFolderItem(TypedDict, extra_items=Any):
    """A file of a managed folder."""

    # Path of the file from the folder's root, starting with `/`.
    path: NotRequired[str]
    # Size in bytes.
    size: NotRequired[int]
    # Last modification, in milliseconds since the epoch.
    lastModified: NotRequired[int]


class ManagedFolderParams(TypedDict, extra_items=Any):
    """Where the folder's files are, by storage type; common fields below."""

    # Name of the file-based connection holding the files.
    connection: NotRequired[str | None]
    # Root of the folder within the connection (`/${projectKey}/${odbId}` by default).
    path: NotRequired[str | None]
    # Bucket, on cloud storages (S3, GCS).
    bucket: NotRequired[str | None]
    # Container, on Azure Blob Storage.
    container: NotRequired[str | None]


class ManagedFolderSaved(TypedDict, extra_items=Any):
    """DSS's acknowledgement of a saved definition."""

    # A message saying the folder was updated.
    msg: NotRequired[str | None]


class ManagedFolderUsage(TypedDict, extra_items=Any):
    """A recipe that uses a managed folder."""

    # `RECIPE_INPUT` or `RECIPE_OUTPUT`.
    type: NotRequired[str]
    # Name of the recipe.
    objectId: NotRequired[str]
    # Project of the recipe.
    objectProjectKey: NotRequired[str]


class ManagedFolderVersionTag(TypedDict, extra_items=Any):
    """Who changed the folder last, and when."""

    # Version number, one more at each save.
    versionNumber: NotRequired[int | None]
    # The last editor.
    lastModifiedBy: NotRequired["ManagedFolderVersionTagLastModifiedBy | None"]
    # When, in milliseconds since the epoch.
    lastModifiedOn: NotRequired[int | None]


class ManagedFolderVersionTagLastModifiedBy(TypedDict, extra_items=Any):
    """The last editor."""

    # Login of the last editor.
    login: NotRequired[str | None]


class MeaningDefinition(TypedDict, extra_items=Any):
    """A user-defined meaning."""

    # Identifier of the meaning.
    id: NotRequired[str | None]
    # Display label.
    label: NotRequired[str | None]
    # `DECLARATIVE`, `VALUES_LIST`, `VALUES_MAPPING` or `PATTERN`.
    type: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]
    # For `VALUES_LIST`, the values, each `{value, color?}`.
    entries: NotRequired["list[MeaningDefinitionEntriesItem] | None"]
    # For `VALUES_MAPPING`, the mapping, each `{from, to: {value}}`.
    mappings: NotRequired["list[MeaningDefinitionMappingsItem] | None"]
    # For `PATTERN`, the regular expression values match.
    pattern: NotRequired[str | None]
    # How values are compared, `EXACT` (default), `LOWERCASE` or `NORMALIZED` (not for `PATTERN`).
    normalizationMode: NotRequired[str | None]
    # Whether DSS may assign the meaning to columns set to auto-detect.
    detectable: NotRequired[bool | None]


class MeaningDefinitionEntriesItem(TypedDict, extra_items=Any):
    """A value."""

    # The value.
    value: NotRequired[str | None]
    # Its color, in the meaning's display (unverified).
    color: NotRequired[str | None]


_MeaningDefinitionMappingsItemKeys = TypedDict(
    "_MeaningDefinitionMappingsItemKeys",
    {
        # The value mapped.
        "from": NotRequired[str | None],
    },
)


class MeaningDefinitionMappingsItem(_MeaningDefinitionMappingsItemKeys, extra_items=Any):
    """A mapping."""

    # What it maps to: a text when created, stored and answered as `{value}`.
    to: NotRequired["str | MeaningDefinitionMappingsItemTo1 | None"]


class MeaningDefinitionMappingsItemTo1(TypedDict, extra_items=Any):
    """The value it maps to, as DSS stores it."""

    # The value.
    value: NotRequired[str | None]


class MetricCheck(TypedDict, extra_items=Any):
    """A check, which tests the last value of a metric."""

    # `numericRange`, `valueSet`, or another kind (`python`, ...) the emulator does not run.
    type: NotRequired[str | None]
    # The metric tested (`records:COUNT_RECORDS`, ...).
    metricId: NotRequired[str | None]
    # Display settings.
    meta: NotRequired["MetricCheckMeta | None"]
    # Lowest value that passes, for `numericRange` with `minimumEnabled`.
    minimum: NotRequired[float | None]
    # Highest value that passes, for `numericRange` with `maximumEnabled`.
    maximum: NotRequired[float | None]
    # Lowest value that passes without a warning.
    softMinimum: NotRequired[float | None]
    # Highest value that passes without a warning.
    softMaximum: NotRequired[float | None]
    # Whether `minimum` applies.
    minimumEnabled: NotRequired[bool | None]
    # Whether `maximum` applies.
    maximumEnabled: NotRequired[bool | None]
    # Whether `softMinimum` applies.
    softMinimumEnabled: NotRequired[bool | None]
    # Whether `softMaximum` applies.
    softMaximumEnabled: NotRequired[bool | None]
    # The allowed values, for `valueSet`.
    values: NotRequired[list[Any] | None]
    # Whether builds run the check (`NO`, `PARTITION`) (unverified).
    computeOnBuildMode: NotRequired[str | None]


class MetricCheckMeta(TypedDict, extra_items=Any):
    """Display settings."""

    # Name of the check.
    name: NotRequired[str | None]
    # Display level.
    level: NotRequired[int | None]


class MetricDefinition(TypedDict, extra_items=Any):
    """What a metric measures."""

    # Identifier of the metric (`records:COUNT_RECORDS`, `col_stats:MIN:price`, ...).
    id: str
    # The probe type computing it (`basic`, `records`, `col_stats`, `checks`, ...).
    type: NotRequired[str]
    # What it measures (`COUNT_RECORDS`, `SIZE`, `MIN`, `CHECK_RESULT`, ...).
    metricType: NotRequired[str]
    # Type of its values (`BIGINT`, `DOUBLE`, `STRING`, ...).
    dataType: NotRequired[str]
    # The column, for a column statistic.
    column: NotRequired[str]


class MetricHistory(TypedDict, extra_items=Any):
    """The values a metric took on one partition."""

    # Identifier of the metric.
    metricId: NotRequired[str]
    metric: NotRequired["MetricDefinition"]
    # The values, oldest first.
    values: NotRequired["list[MetricValue]"]
    lastValue: NotRequired["MetricValue"]


class MetricIdsRequest(TypedDict, extra_items=Any):
    """Which metrics to compute."""

    # Identifiers of the metrics.
    metricIds: list[str]


class MetricValue(TypedDict, extra_items=Any):
    """One value of a metric in its history (`MetricValuePoint` is a last value, on a partition)."""

    # The partition (`NP` when not partitioned).
    partition: NotRequired[str | None]
    # The value, of the metric's `dataType` (a number or text).
    value: NotRequired[Any]
    # Type of the value.
    dataType: NotRequired[str | None]
    # When it was computed, in ms since the Unix epoch.
    time: NotRequired[int | None]
    # For a check's result, its message.
    message: NotRequired[str | None]


class MetricValuePoint(TypedDict, extra_items=Any):
    """The value a metric took on one partition, at one time."""

    # The partition (`NP` for a dataset that is not partitioned, `ALL` for all of them).
    partition: str
    # The value, as text; `dataType` says how to read it.
    value: str
    # `BIGINT`, `INT`, `DOUBLE`, `FLOAT`, `STRING`, ... (`STRING` when absent).
    dataType: NotRequired[str]
    # When it was computed, in milliseconds since the Unix epoch.
    time: NotRequired[int]
    # For a check's result, its message.
    message: NotRequired[str | None]


class MetricsComputationReport(TypedDict, extra_items=Any):
    """What a computation of metrics produced."""

    # The partition the metrics were computed on (`NP` when not partitioned).
    partition: NotRequired[str]
    # The values computed.
    computed: NotRequired["list[ComputedMetricValue]"]


class MetricsEngineToggle(TypedDict, extra_items=Any):
    """Whether one engine may compute the probes, and its extra configuration."""

    # Whether this engine may compute the probes.
    active: NotRequired[bool | None]
    # Extra configuration keys of the engine (Hive, Spark).
    extraConf: NotRequired["list[NamedProperty] | None"]


class MetricsProbe(TypedDict, extra_items=Any):
    """A probe, which computes some metrics of a dataset."""

    # What the probe computes: `basic` (columns, files, size), `records` (record count), `col_stats` (column
    # statistics), `python`, `sql_query`, ...
    type: str
    # Whether the probe computes anything.
    enabled: NotRequired[bool | None]
    # Whether each build of the dataset computes the probe's metrics: `NO`, or `PARTITION` (on the partition
    # built).
    computeOnBuildMode: NotRequired[str | None]
    # The probe's display `name` and `level`.
    meta: NotRequired["MetricsProbeMeta | None"]
    # Probe-specific settings.
    configuration: NotRequired["MetricsProbeConfiguration | None"]


class MetricsProbeConfiguration(TypedDict, extra_items=Any):
    """Probe-specific settings."""

    # The statistics of a `col_stats` probe.
    aggregates: NotRequired["list[MetricsProbeConfigurationAggregatesItem] | None"]
    # The code of a `python` probe (unverified).
    code: NotRequired[str | None]
    # The query of a `sql_query` probe (unverified).
    query: NotRequired[str | None]


class MetricsProbeConfigurationAggregatesItem(TypedDict, extra_items=Any):
    """One statistic of one column."""

    # The column.
    column: NotRequired[str | None]
    # The statistic (`MIN`, `MAX`, `AVG`, `COUNT_DISTINCT`, `COUNT_NULL`, ...).
    aggregated: NotRequired[str | None]


class MetricsProbeMeta(TypedDict, extra_items=Any):
    """The probe's display `name` and `level`."""

    # Display name.
    name: NotRequired[str | None]
    # Display level.
    level: NotRequired[int | None]


class MetricsProbes(TypedDict, extra_items=Any):
    """Probes to compute instead of the dataset's own, as in its settings' `metrics`."""

    # The probes.
    probes: NotRequired["list[MetricsProbe]"]


class MlflowCreateExperimentAnswer(TypedDict, extra_items=Any):
    """The identifier of a new experiment."""

    # The experiment's identifier.
    experiment_id: str


class MlflowCreateExperimentBody(TypedDict, extra_items=Any):
    """A new experiment."""

    # Its name.
    name: str
    # Where its artifacts go (DSS chooses when absent).
    artifact_location: NotRequired[str | None]
    # Its tags.
    tags: NotRequired["list[MlflowTag] | None"]


class MlflowCreateRunBody(TypedDict, extra_items=Any):
    """A new run."""

    # Its experiment (active).
    experiment_id: str
    # Its name.
    run_name: NotRequired[str | None]
    # When it started (epoch milliseconds; now when absent).
    start_time: NotRequired[int | None]
    # Its tags.
    tags: NotRequired["list[MlflowTag] | None"]


class MlflowExperiment(TypedDict, extra_items=Any):
    """An experiment, as MLflow's tracking API describes it."""

    # The experiment's identifier.
    experiment_id: str
    # Its name, unique in the project.
    name: NotRequired[str | None]
    # Where its runs' artifacts are stored.
    artifact_location: NotRequired[str | None]
    # `active` or `deleted` (`x-extensible-enum`).
    lifecycle_stage: NotRequired[str | None]
    # When it was created (epoch milliseconds).
    creation_time: NotRequired[int | None]
    # When it last changed (epoch milliseconds).
    last_update_time: NotRequired[int | None]
    # Its tags.
    tags: NotRequired["list[MlflowTag] | None"]


class MlflowExperimentIdBody(TypedDict, extra_items=Any):
    """An experiment, by identifier."""

    # The experiment's identifier.
    experiment_id: str


class MlflowExperimentList(TypedDict, extra_items=Any):
    """Experiments found."""

    # The experiments (absent when there is none, as MLflow's serializer drops empty lists).
    experiments: NotRequired["list[MlflowExperiment] | None"]
    # A token for the next page, when there are more.
    next_page_token: NotRequired[str | None]


class MlflowExperimentsDatasetBody(TypedDict, extra_items=Any):
    """The dataset of experiment tracking data to create."""

    # The new dataset's name.
    datasetName: str
    # The experiments whose runs it shows (all when empty).
    experimentIds: NotRequired[list[str] | None]
    # `ACTIVE_ONLY`, `DELETED_ONLY` or `ALL`.
    viewType: NotRequired[str | None]
    # An MLflow search expression on the runs.
    filter: NotRequired[str | None]
    # Order clauses.
    orderBy: NotRequired[list[str] | None]
    # `LONG` (a row per metric value) or `JSON`.
    format: NotRequired[str | None]


class MlflowInferenceInfoBody(TypedDict, extra_items=Any):
    """The inference information of a run."""

    # The run.
    run_id: str
    # `REGRESSION`, `BINARY_CLASSIFICATION`, `MULTICLASS` or `OTHER`.
    prediction_type: str
    # The classes, in the model's order, as a JSON array in a string.
    classes: NotRequired[str | None]
    # A Python code env able to run the model.
    code_env_name: NotRequired[str | None]
    # The target column.
    target: NotRequired[str | None]


class MlflowLogMetricBody(TypedDict, extra_items=Any):
    """A metric's value to log."""

    # The run.
    run_id: str
    # The metric.
    key: str
    # Its value.
    value: float
    # When it was measured (epoch milliseconds).
    timestamp: int
    # The step (0 when absent).
    step: NotRequired[int | None]


class MlflowLogParameterBody(TypedDict, extra_items=Any):
    """A parameter to log."""

    # The run.
    run_id: str
    # The parameter.
    key: str
    # Its value.
    value: str


class MlflowMetric(TypedDict, extra_items=Any):
    """A metric's value at a step."""

    # The metric.
    key: NotRequired[str]
    # Its value.
    value: NotRequired[float]
    # When it was logged (epoch milliseconds).
    timestamp: NotRequired[int | None]
    # The step.
    step: NotRequired[int | None]


class MlflowParam(TypedDict, extra_items=Any):
    """A parameter of a run."""

    # The parameter.
    key: NotRequired[str]
    # Its value.
    value: NotRequired[str | None]


class MlflowRenameExperimentBody(TypedDict, extra_items=Any):
    """An experiment and its new name."""

    # The experiment's identifier.
    experiment_id: str
    # Its new name.
    new_name: str


class MlflowRun(TypedDict, extra_items=Any):
    """A run of an experiment."""

    info: NotRequired["MlflowRunInfo"]
    data: NotRequired["MlflowRunData"]


class MlflowRunAnswer(TypedDict, extra_items=Any):
    """A run."""

    run: "MlflowRun"


class MlflowRunData(TypedDict, extra_items=Any):
    """What a run logged."""

    # The latest value of each metric.
    metrics: NotRequired["list[MlflowMetric] | None"]
    # The parameters.
    params: NotRequired["list[MlflowParam] | None"]
    # The tags.
    tags: NotRequired["list[MlflowTag] | None"]


class MlflowRunIdBody(TypedDict, extra_items=Any):
    """A run, by identifier."""

    # The run's identifier.
    run_id: str


class MlflowRunInfo(TypedDict, extra_items=Any):
    """What identifies a run and its state."""

    # The run's identifier.
    run_id: str
    # The same identifier (MLflow's older name).
    run_uuid: NotRequired[str | None]
    # Its experiment.
    experiment_id: NotRequired[str | None]
    # Its name.
    run_name: NotRequired[str | None]
    # Who created it.
    user_id: NotRequired[str | None]
    # `RUNNING`, `SCHEDULED`, `FINISHED`, `FAILED` or `KILLED` (`x-extensible-enum`).
    status: NotRequired[str | None]
    # When it started (epoch milliseconds).
    start_time: NotRequired[int | None]
    # When it ended (epoch milliseconds).
    end_time: NotRequired[int | None]
    # Where its artifacts are stored.
    artifact_uri: NotRequired[str | None]
    # `active` or `deleted` (`x-extensible-enum`).
    lifecycle_stage: NotRequired[str | None]


class MlflowRunModel(TypedDict, extra_items=Any):
    """A model logged by a run (unverified)."""

    # The model's name (its artifact folder).
    name: NotRequired[str | None]
    # Its MLflow flavors.
    flavors: NotRequired[list[str] | None]


class MlflowSearchExperimentsBody(TypedDict, extra_items=Any):
    """Which experiments to list."""

    # `ACTIVE_ONLY` (the default), `DELETED_ONLY` or `ALL`.
    view_type: NotRequired[str | None]
    # The most experiments listed (1 to 50000; 1000 by default).
    max_results: NotRequired[int | None]
    # An MLflow search expression (the emulator refuses a non-empty one).
    filter: NotRequired[str | None]
    # Order clauses (the emulator refuses any).
    order_by: NotRequired[list[str] | None]
    # A page token (the emulator refuses any).
    page_token: NotRequired[str | None]


class MlflowTag(TypedDict, extra_items=Any):
    """A tag of an experiment or run."""

    # The tag's key (required in a request).
    key: NotRequired[str | None]
    # The tag's value.
    value: NotRequired[str | None]


class ModelDetailsCoefficientPaths(TypedDict, extra_items=Any):
    """Coefficients of a Lasso model along its regularization path."""

    # Names of the preprocessed features.
    features: list[str]
    # Regularization strengths of the path's points (unverified).
    alphas: NotRequired[list[float]]
    # Index of the point the model uses (unverified).
    currentIndex: NotRequired[int]
    # Per point of the path, per class (one in regression), the coefficient of each feature.
    path: list[list[list[float]]]


class ModelDetailsDocumentationTemplateUpload(TypedDict, extra_items=Any):
    """A documentation template to upload (a multipart form, its part named `file`)."""

    # The template (a docx file).
    file: str


class ModelDetailsGlobalExplanations(TypedDict, extra_items=Any):
    """Global explanations of a model: Shapley values on a sample of rows."""

    # Mean absolute Shapley value of each feature, normalized to sum to 1.
    absoluteImportance: NotRequired[dict[str, float]]
    # Shapley value of each feature on each sampled row.
    explanations: NotRequired[dict[str, list[float]]]
    # Value of each feature on each sampled row.
    observations: NotRequired[dict[str, list[Any]]]
    # Number of rows explained.
    nbRecords: NotRequired[int]
    # Seed of the sample.
    randomState: NotRequired[int]
    # Whether the rows are a sample of the test set.
    onSample: NotRequired[bool]
    # The parameters used.
    computationParams: NotRequired["ModelDetailsGlobalExplanationsComputationParams"]


class ModelDetailsGlobalExplanationsComputationParams(TypedDict, extra_items=Any):
    """The parameters used."""

    # Features explained.
    n_explanations: NotRequired[int]
    # Monte Carlo steps.
    mc_steps: NotRequired[int]
    # Rows explained.
    num_samples: NotRequired[int]


class ModelDetailsGlobalExplanationsFacts(TypedDict, extra_items=Any):
    """Facts DSS draws from the global explanations."""

    # The facts, by class (unverified shape: the emulator draws none).
    perClassFacts: NotRequired[dict[str, list[Any]]]


class ModelDetailsPartialDependence(TypedDict, extra_items=Any):
    """The partial dependence of the prediction on one feature: the average change of the prediction (its log-odds
    in classification) when the feature is set to each point of its scale.
    """

    # The feature.
    feature: str
    # Per class (one list in regression and binary classification), the partial dependence at each point.
    data: NotRequired[list[list[float]]]
    # Points of a numerical feature's scale.
    featureBins: NotRequired[list[float]]
    # Points (modalities) of a categorical feature.
    categories: NotRequired[list[Any]]
    # Share of the rows at each point (numerical: in each bin between two points).
    distribution: NotRequired[list[float]]
    # Whether it was computed after the training.
    computedPostTraining: NotRequired[bool]
    # Whether the feature is a date.
    isDate: NotRequired[bool]
    # Modalities the model does not know.
    unrepresentedModalities: NotRequired[list[Any]]
    # Points where no prediction could be made.
    indicesToDrop: NotRequired[list[int]]
    # Targets of a multi-target model, in the order of `data`.
    multiTargetVariables: NotRequired[list[str]]
    # Number of rows used.
    nbRecords: NotRequired[int]
    # Whether the rows are a sample.
    onSample: NotRequired[bool]
    # Seed of the sample.
    randomState: NotRequired[int]


class ModelDetailsPartialDependencies(TypedDict, extra_items=Any):
    """Every partial dependence computed for a model."""

    # The partial dependencies, one per feature.
    partialDependencies: NotRequired["list[ModelDetailsPartialDependence]"]


class ModelDetailsPostTrainingComputationBody(TypedDict, extra_items=Any):
    """A post-training computation on some columns."""

    # The columns.
    features: list[str]
    # Parameters of a post-training computation.
    computationParams: NotRequired["ModelDetailsPostTrainingComputationBodyComputationParams"]


class ModelDetailsPostTrainingComputationBodyComputationParams(TypedDict, extra_items=Any):
    """Parameters of a post-training computation."""

    # Number of rows of the test set to compute on (a sample when the set is larger).
    sample_size: NotRequired[int]
    # Seed of the sample.
    random_state: NotRequired[int]
    # Number of parallel jobs (unused by the emulator).
    n_jobs: NotRequired[int]
    # Whether to log everything.
    debug_mode: NotRequired[bool]


class ModelDetailsScatterPlots(TypedDict, extra_items=Any):
    """A sample of a clustering model's rows, to plot one feature against another."""

    # Values of each feature on the sampled rows.
    features: dict[str, list[Any]]
    # Cluster of each sampled row.
    cluster: list[str]


class ModelDetailsShapleyComputationBody(TypedDict, extra_items=Any):
    """Parameters of a Shapley feature importance computation."""

    # The parameters.
    computationParams: NotRequired["ModelDetailsShapleyComputationBodyComputationParams"]


class ModelDetailsShapleyComputationBodyComputationParams(TypedDict, extra_items=Any):
    """The parameters."""

    # Number of features to explain (the most important ones).
    n_explanations: NotRequired[int]
    # Monte Carlo steps (background rows) per explained value.
    mc_steps: NotRequired[int]
    # Number of rows to explain.
    num_samples: NotRequired[int]


_ModelDetailsSubpopulationAnalysesKeys = TypedDict(
    "_ModelDetailsSubpopulationAnalysesKeys",
    {
        "global": NotRequired["ModelDetailsSubpopulationPerformance"],
    },
)


class ModelDetailsSubpopulationAnalyses(_ModelDetailsSubpopulationAnalysesKeys, extra_items=Any):
    """Every subpopulation analysis computed for a model, and the performance on all their rows."""

    # The analyses, one per column.
    subpopulationAnalyses: NotRequired["list[ModelDetailsSubpopulationAnalysis]"]


class ModelDetailsSubpopulationAnalysis(TypedDict, extra_items=Any):
    """The subpopulation analysis on one column."""

    # The column.
    feature: str
    # How the column was split.
    computed_as_type: str
    # The modalities.
    modalities: NotRequired["list[ModelDetailsSubpopulationModality]"]
    # Whether the column is a date.
    isDate: NotRequired[bool]
    # Whether the rows are all the test set's.
    sameNumRowsAsSplit: NotRequired[bool]
    # Number of rows used.
    nbRecords: NotRequired[int]
    # Total weight of the rows used.
    weightedNbRecords: NotRequired[float]
    # Seed of the sample.
    randomState: NotRequired[int]
    # Whether the rows are a sample.
    onSample: NotRequired[bool]


class ModelDetailsSubpopulationModality(TypedDict, extra_items=Any):
    """One modality of a subpopulation analysis, and the model's performance on it."""

    # Index of the modality.
    index: NotRequired[int]
    # Value of a categorical modality.
    value: NotRequired[Any]
    # Whether the modality gathers the rows where the column is empty.
    missing_values: NotRequired[bool]
    # Exclusive lower bound of a numerical modality.
    gt: NotRequired[float]
    # Inclusive lower bound of a numerical modality.
    gte: NotRequired[float]
    # Inclusive upper bound of a numerical modality.
    lte: NotRequired[float]
    # Number of rows.
    count: NotRequired[int]
    # Total weight of the rows.
    weightedCount: NotRequired[float]
    # Whether the modality was left out (too few rows, a single class).
    excluded: NotRequired[bool]
    # Why the modality was left out.
    reason: NotRequired[str]
    # Metrics by DSS name (`auc`, `accuracy`, `f1`, `precision`, `recall`, `logLoss`, `r2`, `mae`, `mse`,
    # `rmse`, ...).
    performanceMetrics: NotRequired["ModelDetailsSubpopulationModalityPerformanceMetrics"]
    # Performance of the model on some rows, as DSS stores it.
    perf: NotRequired["ModelDetailsSubpopulationModalityPerf"]


class ModelDetailsSubpopulationModalityPerf(TypedDict, extra_items=Any):
    """Performance of the model on some rows, as DSS stores it."""

    # Averages of the prediction and of the target on the rows.
    globalMetrics: NotRequired["ModelDetailsSubpopulationModalityPerfGlobalMetrics"]


class ModelDetailsSubpopulationModalityPerfGlobalMetrics(TypedDict, extra_items=Any):
    """Averages of the prediction and of the target on the rows."""

    # Average prediction (of the probability of the positive class, in classification), as a one-element list.
    predictionAvg: NotRequired[list[float]]
    # Standard deviation of the prediction (regression), as a one-element list.
    predictionStd: NotRequired[list[float]]
    # Average of the target (the positive-class ratio in classification), as a one-element list.
    targetAvg: NotRequired[list[float]]
    # Standard deviation of the target (regression), as a one-element list.
    targetStd: NotRequired[list[float]]
    # Number (or total weight) of rows.
    testWeight: NotRequired[float]


class ModelDetailsSubpopulationModalityPerformanceMetrics(TypedDict, extra_items=Any):
    """Metrics by DSS name (`auc`, `accuracy`, `f1`, `precision`, `recall`, `logLoss`, `r2`, `mae`, `mse`, `rmse`,
    ...).
    """

    # Area under the ROC curve.
    auc: NotRequired[float]
    # Accuracy.
    accuracy: NotRequired[float]
    # F1 score.
    f1: NotRequired[float]
    # Precision.
    precision: NotRequired[float]
    # Recall.
    recall: NotRequired[float]
    # Log loss.
    logLoss: NotRequired[float]
    # Coefficient of determination.
    r2: NotRequired[float]
    # Mean absolute error.
    mae: NotRequired[float]
    # Mean squared error.
    mse: NotRequired[float]
    # Root mean squared error.
    rmse: NotRequired[float]


class ModelDetailsSubpopulationPerformance(TypedDict, extra_items=Any):
    """Performance of the model on some rows."""

    # Metrics by DSS name (`auc`, `accuracy`, `f1`, `precision`, `recall`, `logLoss`, `r2`, `mae`, `mse`,
    # `rmse`, ...).
    performanceMetrics: NotRequired["ModelDetailsSubpopulationPerformancePerformanceMetrics"]
    # Performance of the model on some rows, as DSS stores it.
    perf: NotRequired["ModelDetailsSubpopulationPerformancePerf"]


class ModelDetailsSubpopulationPerformancePerf(TypedDict, extra_items=Any):
    """Performance of the model on some rows, as DSS stores it."""

    # Averages of the prediction and of the target on the rows.
    globalMetrics: NotRequired["ModelDetailsSubpopulationPerformancePerfGlobalMetrics"]


class ModelDetailsSubpopulationPerformancePerfGlobalMetrics(TypedDict, extra_items=Any):
    """Averages of the prediction and of the target on the rows."""

    # Average prediction (of the probability of the positive class, in classification), as a one-element list.
    predictionAvg: NotRequired[list[float]]
    # Standard deviation of the prediction (regression), as a one-element list.
    predictionStd: NotRequired[list[float]]
    # Average of the target (the positive-class ratio in classification), as a one-element list.
    targetAvg: NotRequired[list[float]]
    # Standard deviation of the target (regression), as a one-element list.
    targetStd: NotRequired[list[float]]
    # Number (or total weight) of rows.
    testWeight: NotRequired[float]


class ModelDetailsSubpopulationPerformancePerformanceMetrics(TypedDict, extra_items=Any):
    """Metrics by DSS name (`auc`, `accuracy`, `f1`, `precision`, `recall`, `logLoss`, `r2`, `mae`, `mse`, `rmse`,
    ...).
    """

    # Area under the ROC curve.
    auc: NotRequired[float]
    # Accuracy.
    accuracy: NotRequired[float]
    # F1 score.
    f1: NotRequired[float]
    # Precision.
    precision: NotRequired[float]
    # Recall.
    recall: NotRequired[float]
    # Log loss.
    logLoss: NotRequired[float]
    # Coefficient of determination.
    r2: NotRequired[float]
    # Mean absolute error.
    mae: NotRequired[float]
    # Mean squared error.
    mse: NotRequired[float]
    # Root mean squared error.
    rmse: NotRequired[float]


class ModelDetailsTimeseriesResults(TypedDict, extra_items=Any):
    """Results of a time series model, per time series (unverified: the emulator trains no time series model)."""

    # The results, by time series identifier.
    perTimeseries: NotRequired[dict[str, Any]]


class ModelDetailsTree(TypedDict, extra_items=Any):
    """One tree, as parallel arrays indexed by node (node 0 is the root)."""

    # Index of each node's left child; negative for a leaf.
    leftChild: NotRequired[list[int]]
    # Index of each node's right child; negative for a leaf.
    rightChild: NotRequired[list[int]]
    # Index (in the tree set's `featureNames`) of the feature each node splits on; -2 for a leaf.
    feature: NotRequired[list[int]]
    # Threshold of each node's split (left: value <= threshold); -2 for a leaf.
    threshold: NotRequired[list[float]]
    # Impurity of each node.
    impurity: NotRequired[list[float]]
    # Number of training rows reaching each node.
    nSamples: NotRequired[list[int]]
    # What each node predicts (the value in regression, the probability of the last class in binary
    # classification).
    predict: NotRequired[list[float]]
    # Class probabilities at each node (classification).
    probas: NotRequired[list[list[float]]]
    # Categories sent left (categorical splits, unverified).
    leftCategories: NotRequired[list[Any]]


class ModelDetailsTreeSet(TypedDict, extra_items=Any):
    """The trees of a tree-based model."""

    # Names of the preprocessed features the trees split on.
    featureNames: list[str]
    # Classes, in classification.
    classes: NotRequired[list[str]]
    # The trees.
    trees: "list[ModelDetailsTree]"


class ModelDetailsUserMeta(TypedDict, extra_items=Any):
    """The user-editable metadata of a trained model."""

    # Display name of the model.
    name: NotRequired[str]
    # Description of the model.
    description: NotRequired[str]
    # Labels, key-value pairs.
    labels: NotRequired["list[ModelDetailsUserMetaLabelsItem]"]
    # Names given to the clusters of a clustering model, by cluster id.
    clusterLabels: NotRequired[dict[str, str]]
    # Decision threshold of a binary classifier.
    activeClassifierThreshold: NotRequired[float]


class ModelDetailsUserMetaLabelsItem(TypedDict, extra_items=Any):
    """A label."""

    # Label key.
    key: NotRequired[str]
    # Label value.
    value: NotRequired[str]


class NamedProperty(TypedDict, extra_items=Any):
    """A name and a value, as in advanced properties lists."""

    # Name of the property.
    name: NotRequired[str | None]
    # Its value.
    value: NotRequired[str | None]
    # Whether the value is a secret, encrypted in answers (unverified).
    secret: NotRequired[bool | None]


class NotebookCounts(TypedDict, extra_items=Any):
    """Counts of notebooks."""

    # Number of Jupyter notebooks.
    nbJupyterNotebooks: NotRequired[int | None]
    # Number of SQL notebooks.
    nbSqlNotebooks: NotRequired[int | None]


class NotebookState(TypedDict, extra_items=Any):
    """A Jupyter notebook and its running sessions."""

    # Project of the notebook.
    projectKey: str
    # Name of the notebook.
    name: str
    # Running sessions (`sessionId`, `kernelId`, `kernelPid`, `sessionCreator`, `kernelExecutionState`,
    # `sessionStartTime`, ...).
    activeSessions: NotRequired["list[NotebookStateActiveSessionsItem]"]


class NotebookStateActiveSessionsItem(TypedDict, extra_items=Any):
    """A session."""

    # Project of the notebook.
    projectKey: NotRequired[str | None]
    # The notebook.
    notebookName: NotRequired[str | None]
    # Identifier of the session, what `unloadNotebook` takes.
    sessionId: NotRequired[str]
    # Identifier of its Jupyter kernel.
    kernelId: NotRequired[str]
    # Process identifier of the kernel.
    kernelPid: NotRequired[int]
    # Login of who started the session.
    sessionCreator: NotRequired[str]
    # Display name of who started it.
    sessionCreatorDisplayName: NotRequired[str]
    # `idle`, `busy`, ...
    kernelExecutionState: NotRequired[str]
    # How many clients are connected to the kernel.
    kernelConnections: NotRequired[int]
    # When it started, in milliseconds since the Unix epoch.
    sessionStartTime: NotRequired[int]
    # When the kernel last did something, in milliseconds since the Unix epoch.
    kernelLastActivityTime: NotRequired[int]


class ObjectMetadata(TypedDict, extra_items=Any):
    """Metadata of a project or dataset."""

    # Display label.
    label: NotRequired[str | None]
    # Long description, in Markdown.
    description: NotRequired[str | None]
    # One-line description.
    shortDesc: NotRequired[str | None]
    # Tags.
    tags: NotRequired[list[str] | None]
    # Checklists attached to the object.
    checklists: NotRequired["ObjectMetadataChecklists | None"]
    # Custom metadata.
    custom: NotRequired["ObjectMetadataCustom | None"]


class ObjectMetadataChecklists(TypedDict, extra_items=Any):
    """Checklists attached to the object."""

    # The checklists.
    checklists: NotRequired["list[ObjectMetadataChecklistsChecklistsItem] | None"]


class ObjectMetadataChecklistsChecklistsItem(TypedDict, extra_items=Any):
    """A checklist."""

    # Identifier of the checklist (unverified).
    id: NotRequired[str | None]
    # Title of the checklist.
    title: NotRequired[str | None]
    # Whether a template created the checklist (unverified).
    generatedByTemplate: NotRequired[bool | None]
    # The checklist's items.
    items: NotRequired["list[ObjectMetadataChecklistsChecklistsItemItemsItem] | None"]


class ObjectMetadataChecklistsChecklistsItemItemsItem(TypedDict, extra_items=Any):
    """One item of a checklist."""

    # What the item says.
    text: NotRequired[str | None]
    # Whether the item is checked.
    done: NotRequired[bool | None]
    # When the item was last checked or unchecked, in ms since the Unix epoch (unverified).
    stateChangedOn: NotRequired[int | None]
    # Login of who last checked or unchecked the item (unverified).
    stateChangedBy: NotRequired[str | None]
    # When the item was created, in ms since the Unix epoch (unverified).
    createdOn: NotRequired[int | None]
    # Login of who created the item (unverified).
    createdBy: NotRequired[str | None]


class ObjectMetadataCustom(TypedDict, extra_items=Any):
    """Custom metadata."""

    # A free key-value map (what `get_metadata()["custom"]["kv"]` holds).
    kv: NotRequired[dict[str, Any] | None]


class OutputSchemaUpdate(TypedDict, extra_items=Any):
    """A new schema for one output of a recipe."""

    # Kind of the output (`DATASET`).
    computableType: str
    # Name of the output dataset.
    computableId: str
    newSchema: "DatasetSchema"
    # Also clear the output's data, which no longer fits its schema.
    dropAndRecreate: NotRequired[bool | None]
    # Also update the Hive metastore (nothing to do without Hive).
    synchronizeMetastore: NotRequired[bool | None]


class PerTimeseriesMetrics(TypedDict, extra_items=Any):
    """The metrics of each time series of a forecast evaluation (unverified shape)."""

    # The metrics of each time series, by its identifier (unverified name).
    perTimeseries: NotRequired["dict[str, EvaluationMetrics]"]


class PersonalApiKey(TypedDict, extra_items=Any):
    """A personal API key's definition."""

    # Identifier of the key.
    id: NotRequired[str | None]
    # The secret; absent where secure API keys are enabled (except when just created).
    key: NotRequired[str | None]
    # Login of the user the key acts as.
    user: NotRequired[str | None]
    # Label.
    label: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]
    # When the key was created, in milliseconds since the Unix epoch.
    createdOn: NotRequired[int | None]
    # Login of the user who created the key.
    createdBy: NotRequired[str | None]
    # When the key expires, in milliseconds since the Unix epoch (absent when it does not).
    expiresOn: NotRequired[int | None]


class PluginArchiveUpload(TypedDict, extra_items=Any):
    """An uploaded plugin archive (a multipart form). A form declares its parts and no `additionalProperties`
    (generators of form encoders refuse them).
    """

    # The plugin's zip archive.
    file: str


class PluginFileMove(TypedDict, extra_items=Any):
    """A file or folder to move."""

    # Its path from the root of the plugin.
    oldPath: str
    # Its new path from the root of the plugin.
    newPath: str


class PluginFileNode(TypedDict, extra_items=Any):
    """A file or folder of a plugin."""

    # Its name.
    name: str
    # Its path from the root of the plugin, segments separated by '/'.
    path: str
    # A file's size in bytes.
    size: NotRequired[int]
    # A folder's files and folders, sorted by name.
    children: NotRequired["list[PluginFileNode]"]


class PluginFileRename(TypedDict, extra_items=Any):
    """A file or folder to rename."""

    # Its path from the root of the plugin.
    oldPath: str
    # Its new name (a name, not a path).
    newName: str


class PluginGitSource(TypedDict, extra_items=Any):
    """Where a plugin's Git repository is."""

    # URL of the Git remote.
    gitRepositoryUrl: str
    # Branch, tag or commit to check out (`master` by default).
    gitCheckout: NotRequired[str | None]
    # Folder of the repository holding `plugin.json`.
    gitSubpath: NotRequired[str | None]


class PluginMissingType(TypedDict, extra_items=Any):
    """A type an object uses that no plugin provides (the official client reads each of these keys)."""

    # The type no plugin provides.
    missingType: NotRequired[str]
    # Type of the object using it.
    objectType: NotRequired[str]
    # Identifier of the object using it.
    objectId: NotRequired[str]
    # Project of the object using it.
    projectKey: NotRequired[str]


class PluginParameterSetDesc(TypedDict, extra_items=Any):
    """The description of a plugin's parameter set, as the plugin declares it (read-only)."""

    # Identifier of the parameter set in the plugin.
    id: NotRequired[str]
    # Its element type, the `type` of its presets.
    elementType: NotRequired[str]
    # Its declaration in the plugin (`meta`, `params`, `pluginParams`, ...).
    desc: NotRequired["PluginParameterSetDescDesc"]


class PluginParameterSetDescDesc(TypedDict, extra_items=Any):
    """Its declaration in the plugin (`meta`, `params`, `pluginParams`, ...)."""

    # Label and description of the parameter set.
    meta: NotRequired["PluginParameterSetDescDescMeta | None"]
    # The parameters of its presets (`name`, `type`, `defaultValue`, ...).
    params: NotRequired["list[PluginParameterSetDescDescParamsItem]"]
    # The administrator-level parameters of its presets.
    pluginParams: NotRequired["list[PluginParameterSetDescDescPluginParamsItem]"]


class PluginParameterSetDescDescMeta(TypedDict, extra_items=Any):
    """Label and description of the parameter set."""

    # Display name.
    label: NotRequired[str | None]
    # What the parameter set is for.
    description: NotRequired[str | None]


class PluginParameterSetDescDescParamsItem(TypedDict, extra_items=Any):
    """A parameter."""

    # Name of the parameter.
    name: NotRequired[str | None]
    # Its type (`STRING`, `INT`, `BOOLEAN`, `SELECT`, ...).
    type: NotRequired[str | None]
    # Display name.
    label: NotRequired[str | None]
    # What it is for.
    description: NotRequired[str | None]
    # Whether a value is required.
    mandatory: NotRequired[bool | None]


class PluginParameterSetDescDescPluginParamsItem(TypedDict, extra_items=Any):
    """A parameter."""

    # Name of the parameter.
    name: NotRequired[str | None]
    # Its type (`STRING`, `INT`, `BOOLEAN`, `SELECT`, ...).
    type: NotRequired[str | None]
    # Display name.
    label: NotRequired[str | None]
    # What it is for.
    description: NotRequired[str | None]
    # Whether a value is required.
    mandatory: NotRequired[bool | None]


class PluginParameterSetSettings(TypedDict, extra_items=Any):
    """The instance-wide settings of a plugin's parameter set (types unverified against a real DSS)."""

    # Identifier of the parameter set in the plugin.
    name: NotRequired[str]
    # Its element type (`parameter-set-<pluginId>-<parameterSetId>`).
    type: NotRequired[str]
    # Where its presets may be defined.
    defaultPermission: NotRequired["PluginParameterSetSettingsDefaultPermission"]


class PluginParameterSetSettingsDefaultPermission(TypedDict, extra_items=Any):
    """Where its presets may be defined."""

    # Whether presets may be defined inline, in the objects using them.
    definableInline: NotRequired[bool]
    # Whether projects may define their own presets.
    definableAtProjectLevel: NotRequired[bool]


class PluginPreset(TypedDict, extra_items=Any):
    """A preset of a plugin's parameter set, as the plugin's settings hold it. Keys from the official client (which
    reads and writes them); types unverified against a real DSS.
    """

    # Name of the preset, unique in its parameter set.
    name: NotRequired[str]
    # Element type of its parameter set (`parameter-set-<pluginId>-<parameterSetId>`).
    type: NotRequired[str]
    # Values of the parameter set's parameters, by parameter name.
    config: NotRequired[dict[str, Any]]
    # Values of the administrator-level parameters, by parameter name.
    pluginConfig: NotRequired[dict[str, Any]]
    # Login of the preset's owner.
    owner: NotRequired[str | None]
    defaultPermission: NotRequired["PluginPresetPermission"]
    # Who may use the preset, by group.
    permissions: NotRequired["list[PluginPresetPermission]"]


class PluginPresetPermission(TypedDict, extra_items=Any):
    """Whether a group (or, without `group`, everyone) may use a preset."""

    # The group; absent in a preset's default permission.
    group: NotRequired[str]
    # Whether it may use the preset.
    use: NotRequired[bool]


class PluginSettings(TypedDict, extra_items=Any):
    """A plugin's settings: instance-wide ones (`codeEnvName`, `presets`, `parameterSets`, permissions) or a
    project's (`presets`). DSS adds the descriptions of the parameter sets, `accessibleParameterSetDescs`.
    """

    # The code environment the plugin uses.
    codeEnvName: NotRequired[str | None]
    # Presets of its parameter sets, each `{name, type, config, pluginConfig, defaultPermission, permissions}`.
    presets: NotRequired["list[PluginPreset] | None"]
    # Its parameter sets' settings, each `{name, type, defaultPermission}`.
    parameterSets: NotRequired["list[PluginParameterSetSettings] | None"]
    # Descriptions of its parameter sets, each `{id, elementType, desc}` (read-only).
    accessibleParameterSetDescs: NotRequired["list[PluginParameterSetDesc] | None"]
    # The project, for project-level settings.
    projectKey: NotRequired[str | None]


class PluginSummary(TypedDict, extra_items=Any):
    """An installed plugin."""

    # Identifier of the plugin.
    id: str
    # Its version.
    version: NotRequired[str]
    # Whether it is a development plugin (editable on the instance).
    isDev: NotRequired[bool]
    # Where it came from (`ZIP`, `STORE`, `GIT`).
    installedFrom: NotRequired[str]
    # Its `meta` (`label`, `description`, `icon`, ...).
    meta: NotRequired["PluginSummaryMeta"]
    # Its code environment, once created.
    codeEnvName: NotRequired[str]


class PluginSummaryMeta(TypedDict, extra_items=Any):
    """Its `meta` (`label`, `description`, `icon`, ...)."""

    # Display name.
    label: NotRequired[str | None]
    # What the plugin does.
    description: NotRequired[str | None]
    # Icon name.
    icon: NotRequired[str | None]
    # Author (unverified).
    author: NotRequired[str | None]
    # Licence (unverified).
    licenseInfo: NotRequired[str | None]
    # Home page (unverified).
    url: NotRequired[str | None]
    # Tags (unverified).
    tags: NotRequired[list[str] | None]


class PluginUsage(TypedDict, extra_items=Any):
    """An object using a component of a plugin (the official client reads each of these keys)."""

    # Kind of component used (`python-connectors`, `python-recipes`, ...).
    elementKind: NotRequired[str]
    # Type of the component used.
    elementType: NotRequired[str]
    # Type of the object using it (`DATASET`, `RECIPE`, ...).
    objectType: NotRequired[str]
    # Identifier of the object using it.
    objectId: NotRequired[str]
    # Project of the object using it.
    projectKey: NotRequired[str]


class PluginUsages(TypedDict, extra_items=Any):
    """Where a plugin is used."""

    # Objects using the plugin's components (`elementKind`, `elementType`, `objectType`, `objectId`,
    # `projectKey`).
    usages: "list[PluginUsage]"
    # Types that objects use and that no plugin provides (`missingType`, `objectType`, `objectId`,
    # `projectKey`).
    missingTypes: "list[PluginMissingType]"


class PredictionDriftResult(TypedDict, extra_items=Any):
    """The drift of the prediction column."""

    # P-value of the chi-square test (classification).
    chiSquareTestPvalue: NotRequired[float | None]
    # P-value of the Kolmogorov-Smirnov test (regression).
    ksTestPvalue: NotRequired[float | None]
    # PSI of the predictions' distributions.
    populationStabilityIndex: NotRequired[float | None]


class PrepareTablesImportBody(TypedDict, extra_items=Any):
    """The tables to import."""

    # The tables.
    keys: "list[TableImportKey]"


class PreparedImport(TypedDict, extra_items=Any):
    """An uploaded project archive, ready to import."""

    # Identifier of the prepared import.
    id: str


class ProjectCodeEnvSelection(TypedDict, extra_items=Any):
    """The code env the project's code of one language runs in, unless a recipe names its own (its
    `params.envSelection`). A new project inherits the instance's default.
    """

    # `INHERIT` (the instance's default: general settings `codeEnvs.defaultPythonEnv` or `defaultREnv`),
    # `USE_BUILTIN_MODE` (DSS's built-in env) or `EXPLICIT_ENV` (`envName`).
    mode: NotRequired[str | None]
    # The code env, when `mode` is `EXPLICIT_ENV`.
    envName: NotRequired[str | None]
    # Whether the built-in env is used (the setting that predates `mode`).
    useBuiltinEnv: NotRequired[bool | None]


class ProjectContainerSettings(TypedDict, extra_items=Any):
    """Where the project's code runs, locally or in containers."""

    # `INHERIT` (the instance's default), `NONE` (local) or `EXPLICIT_CONTAINER` (`containerConf`).
    containerMode: NotRequired[str | None]
    # Name of the container configuration, when `containerMode` is `EXPLICIT_CONTAINER`.
    containerConf: NotRequired[str | None]


class ProjectDeployerDeploymentBasicInfo(TypedDict, extra_items=Any):
    """What a deployment of the project deployer deploys where. The official client reads `id`; the other
    properties are unverified against a real DSS.
    """

    # Identifier of the deployment.
    id: str
    # The published project whose bundle it deploys.
    publishedProjectKey: NotRequired[str]
    # The infrastructure it deploys on.
    infraId: NotRequired[str]
    # The bundle it deploys.
    bundleId: NotRequired[str]
    # Key of the project on the automation node.
    deployedProjectKey: NotRequired[str]


class ProjectDeployerInfraBasicInfo(TypedDict, extra_items=Any):
    """Identifier, stage and policy of an infrastructure of the project deployer. The official client reads `id`;
    `stage` and `governCheckPolicy` are unverified against a real DSS.
    """

    # Identifier of the infrastructure.
    id: str
    # Stage it belongs to.
    stage: NotRequired[str]
    # `PREVENT`, `WARN` or `NO_CHECK`.
    governCheckPolicy: NotRequired[str]


class ProjectDuplicated(TypedDict, extra_items=Any):
    """The projects `duplicateProject` worked on."""

    # Key of the project that was copied.
    originalProjectKey: NotRequired[str]
    # Key of the new project.
    targetProjectKey: NotRequired[str]


class ProjectExportOptions(TypedDict, extra_items=Any):
    """What goes into a project export besides the project's definition (each false by default)."""

    # The data of uploaded datasets.
    exportUploads: NotRequired[bool | None]
    # The data of managed filesystem datasets.
    exportManagedFS: NotRequired[bool | None]
    # The models trained in analyses.
    exportAnalysisModels: NotRequired[bool | None]
    # The models of saved models.
    exportSavedModels: NotRequired[bool | None]
    # The model evaluation stores.
    exportModelEvaluationStores: NotRequired[bool | None]
    # The content of managed folders.
    exportManagedFolders: NotRequired[bool | None]
    # The data of every input dataset.
    exportAllInputDatasets: NotRequired[bool | None]
    # The data of every dataset.
    exportAllDatasets: NotRequired[bool | None]
    # The content of every input managed folder.
    exportAllInputManagedFolders: NotRequired[bool | None]
    # The history of the project's Git repository.
    exportGitRepository: NotRequired[bool | None]
    # The data of static insights.
    exportInsightsData: NotRequired[bool | None]
    # The histories of prompt studios.
    exportPromptStudioHistories: NotRequired[bool | None]


class ProjectFolder(TypedDict, extra_items=Any):
    """A folder of the project folder tree."""

    # Identifier of the folder (`ROOT` for the root folder).
    id: str
    # Name of the folder (absent for the root folder).
    name: NotRequired[str]
    # Identifier of the parent folder (absent for the root folder).
    parentId: NotRequired[str]
    # Identifiers of the sub-folders.
    childrenIds: NotRequired[list[str]]
    # Keys of the projects in the folder (those the caller may read).
    projectKeys: NotRequired[list[str]]


class ProjectFolderSettings(TypedDict, extra_items=Any):
    """The settings of a project folder."""

    # Name of the folder.
    name: NotRequired[str | None]
    # Login of the folder's owner.
    owner: NotRequired[str | None]
    # Who may do what in the folder.
    permissions: NotRequired["list[ProjectFolderSettingsPermissionsItem] | None"]


class ProjectFolderSettingsPermissionsItem(TypedDict, extra_items=Any):
    """Permissions of one group or user (`group` or `user`, and `read`, `writeContents`, `admin`)."""

    # The group granted the rights (or `user`).
    group: NotRequired[str]
    # The user granted the rights (or `group`).
    user: NotRequired[str]
    # Whether they may see the folder.
    read: NotRequired[bool]
    # Whether they may create, move and delete what is in the folder.
    writeContents: NotRequired[bool]
    # Whether they may change the folder's settings and permissions.
    admin: NotRequired[bool]


class ProjectFromBundle(TypedDict, extra_items=Any):
    """The project created from a bundle, or that a bundle was imported into."""

    # Key of the created project.
    projectKey: NotRequired[str]
    # Identifier of the imported bundle.
    bundleId: NotRequired[str]


class ProjectGrants(TypedDict, extra_items=Any):
    """The rights each user (or group) has on one project."""

    # Key of the project.
    projectKey: NotRequired[str | None]
    # Rights, by login (or group name).
    grants: NotRequired["dict[str, ProjectPermissionItem] | None"]


class ProjectImportResult(TypedDict, extra_items=Any):
    """The outcome of a project import (the request may succeed while the import failed)."""

    # Whether the project was imported.
    success: NotRequired[bool]
    # Key of the imported project.
    projectKey: NotRequired[str]
    # What happened on the way (warnings, errors).
    messages: NotRequired["list[InfoMessage]"]
    # Whether there is any message.
    anyMessage: NotRequired[bool]
    # Whether a message is a warning.
    warning: NotRequired[bool]
    # Whether a message is an error.
    error: NotRequired[bool]


class ProjectImportSettings(TypedDict, extra_items=Any):
    """How to import. The official client sends `{"_": "_"}` for no settings (an empty object does not parse on
    DSS's side).
    """

    # Key of the imported project (the archive's project key when absent).
    targetProjectKey: NotRequired[str | None]
    # Names to change on the way in.
    remapping: NotRequired["ProjectImportSettingsRemapping | None"]


class ProjectImportSettingsRemapping(TypedDict, extra_items=Any):
    """Names to change on the way in."""

    # Connections to rename.
    connections: NotRequired["list[ProjectImportSettingsRemappingConnectionsItem] | None"]
    # Code envs to rename.
    codeEnvs: NotRequired["list[ProjectImportSettingsRemappingCodeEnvsItem] | None"]
    # Containerized execution configurations to rename.
    containerExecs: NotRequired["list[ProjectImportSettingsRemappingContainerExecsItem] | None"]
    # Whether `containerExecs` applies.
    enableContainerExecRemapping: NotRequired[bool | None]


class ProjectImportSettingsRemappingCodeEnvsItem(TypedDict, extra_items=Any):
    """One renaming."""

    # The name in the archive.
    source: NotRequired[str | None]
    # The name on this instance.
    target: NotRequired[str | None]


class ProjectImportSettingsRemappingConnectionsItem(TypedDict, extra_items=Any):
    """One renaming."""

    # The name in the archive.
    source: NotRequired[str | None]
    # The name on this instance.
    target: NotRequired[str | None]


class ProjectImportSettingsRemappingContainerExecsItem(TypedDict, extra_items=Any):
    """One renaming."""

    # The name in the archive.
    source: NotRequired[str | None]
    # The name on this instance.
    target: NotRequired[str | None]


class ProjectPermissionItem(TypedDict, extra_items=Any):
    """The rights one group (`group`) or one user (`user`) has on a project. Writing implies reading; `admin`
    implies everything. Absent rights are false.
    """

    # Name of the group these rights are granted to (or `user`).
    group: NotRequired[str | None]
    # Login of the user these rights are granted to (or `group`).
    user: NotRequired[str | None]
    # Administer the project (every right).
    admin: NotRequired[bool | None]
    # Read the project's content.
    readProjectContent: NotRequired[bool | None]
    # Edit the project's content.
    writeProjectContent: NotRequired[bool | None]
    # Download the data of the project's datasets.
    exportDatasetsData: NotRequired[bool | None]
    # Read the project's dashboards.
    readDashboards: NotRequired[bool | None]
    # Edit the project's dashboards.
    writeDashboards: NotRequired[bool | None]
    # Moderate the project's dashboards.
    moderateDashboards: NotRequired[bool | None]
    # Run the project's scenarios.
    runScenarios: NotRequired[bool | None]
    # Choose which objects dashboards may show.
    manageDashboardAuthorizations: NotRequired[bool | None]
    # Share the project's objects into other projects.
    manageExposedElements: NotRequired[bool | None]
    # Manage the dashboard-only users of the project.
    manageAdditionalDashboardUsers: NotRequired[bool | None]
    # Execute the project as an application (unverified).
    executeApp: NotRequired[bool | None]
    # Share the project's objects to workspaces (unverified).
    shareToWorkspaces: NotRequired[bool | None]


class ProjectPermissions(TypedDict, extra_items=Any):
    """A project's owner and the rights it grants."""

    # Login of the project's owner, who has every right on it.
    owner: NotRequired[str]
    # One entry per group (`group`) or user (`user`), with the rights it grants as booleans: `admin`,
    # `readProjectContent`, `writeProjectContent`, `runScenarios`, `readDashboards`, ... Writing implies
    # reading; administering implies everything.
    permissions: NotRequired["list[ProjectPermissionItem]"]


class ProjectSettings(TypedDict, extra_items=Any):
    """The settings of a project. Save them back whole: DSS replaces the settings with what it receives."""

    # Key of the project.
    projectKey: NotRequired[str | None]
    # Display name.
    name: NotRequired[str | None]
    # Login of the project's owner.
    owner: NotRequired[str | None]
    # Execution settings (code environments, containers, clusters, flow build, ...).
    settings: NotRequired["ProjectSettingsSettings | None"]
    # Objects of this project shared into other projects.
    exposedObjects: NotRequired["ProjectSettingsExposedObjects | None"]
    # What the project's bundles contain.
    bundleExporterSettings: NotRequired["ProjectSettingsBundleExporterSettings | None"]
    # The project's status, one of the instance's project statuses (unverified).
    projectStatus: NotRequired[str | None]
    # `REGULAR`, or the project's role as an application (`APP_TEMPLATE`, `APP_INSTANCE`) (unverified).
    projectAppType: NotRequired[str | None]


class ProjectSettingsBundleExporterSettings(TypedDict, extra_items=Any):
    """What the project's bundles contain."""

    # What to export besides the project's definition (unverified).
    exportOptions: NotRequired["ProjectSettingsBundleExporterSettingsExportOptions | None"]
    # Which objects' data to include (unverified).
    dataInclusionRules: NotRequired["list[ProjectSettingsBundleExporterSettingsDataInclusionRulesItem] | None"]


class ProjectSettingsBundleExporterSettingsDataInclusionRulesItem(TypedDict, extra_items=Any):
    """One inclusion rule."""

    # Kind of object the rule applies to (`DATASET`, `MANAGED_FOLDER`, ...) (unverified).
    type: NotRequired[str | None]
    # Whether it includes or excludes (unverified).
    mode: NotRequired[str | None]
    # The pattern of the objects' names (unverified).
    expr: NotRequired[str | None]


class ProjectSettingsBundleExporterSettingsExportOptions(TypedDict, extra_items=Any):
    """What to export besides the project's definition (unverified)."""

    # Include the data of uploaded datasets.
    exportUploads: NotRequired[bool | None]
    # Include the data of managed filesystem datasets.
    exportManagedFS: NotRequired[bool | None]
    # Include the models of visual analyses.
    exportAnalysisModels: NotRequired[bool | None]
    # Include the saved models.
    exportSavedModels: NotRequired[bool | None]
    # Include the content of managed folders.
    exportManagedFolders: NotRequired[bool | None]
    # Include the data of every input dataset.
    exportAllInputDatasets: NotRequired[bool | None]
    # Include the data of every dataset.
    exportAllDatasets: NotRequired[bool | None]
    # Include the content of every input managed folder.
    exportAllInputManagedFolders: NotRequired[bool | None]
    # Include the project's Git history.
    exportGitRepository: NotRequired[bool | None]
    # Include the data of insights.
    exportInsightsData: NotRequired[bool | None]


class ProjectSettingsExposedObjects(TypedDict, extra_items=Any):
    """Objects of this project shared into other projects."""

    # The shared objects.
    objects: NotRequired["list[ProjectSettingsExposedObjectsObjectsItem] | None"]


class ProjectSettingsExposedObjectsObjectsItem(TypedDict, extra_items=Any):
    """One shared object and the projects it is shared to."""

    # Kind of object (`DATASET`, `MANAGED_FOLDER`, `SAVED_MODEL`, ...).
    type: NotRequired[str | None]
    # Identifier of the object in this project.
    localName: NotRequired[str | None]
    # Whether any project may use the object without a rule (unverified).
    quickSharingEnabled: NotRequired[bool | None]
    # The projects the object is shared to.
    rules: NotRequired["list[ProjectSettingsExposedObjectsObjectsItemRulesItem] | None"]


class ProjectSettingsExposedObjectsObjectsItemRulesItem(TypedDict, extra_items=Any):
    """One project the object is shared to."""

    # Key of the project the object is shared to.
    targetProject: NotRequired[str | None]
    # Whether the object appears in that project's flow.
    appearOnFlow: NotRequired[bool | None]


class ProjectSettingsSettings(TypedDict, extra_items=Any):
    """Execution settings (code environments, containers, clusters, flow build, ...)."""

    # Code environments used by the project's code, per language (`python`, `r`).
    codeEnvs: NotRequired["ProjectSettingsSettingsCodeEnvs | None"]
    container: NotRequired["ProjectContainerSettings | None"]
    # The Hadoop or Spark cluster the project's jobs run on.
    cluster: NotRequired["ProjectSettingsSettingsCluster | None"]
    # How jobs build the flow (unverified).
    flowBuildSettings: NotRequired["ProjectSettingsSettingsFlowBuildSettings | None"]
    # Resource limits of the project's jobs (unverified).
    limits: NotRequired["ProjectSettingsSettingsLimits | None"]
    # Whether the automatic triggers of the project's scenarios are disabled (unverified).
    disableAutomaticTriggers: NotRequired[bool | None]
    # Notifications of the project's events to chat tools (`integrations`, a list) (unverified).
    integrations: NotRequired["ProjectSettingsSettingsIntegrations | None"]


class ProjectSettingsSettingsCluster(TypedDict, extra_items=Any):
    """The Hadoop or Spark cluster the project's jobs run on."""

    # `INHERIT` (the instance's default cluster) or `EXPLICIT_CLUSTER` (`clusterId`) (unverified).
    clusterMode: NotRequired[str | None]
    # The cluster, when `clusterMode` is `EXPLICIT_CLUSTER`.
    clusterId: NotRequired[str | None]


class ProjectSettingsSettingsCodeEnvs(TypedDict, extra_items=Any):
    """Code environments used by the project's code, per language (`python`, `r`)."""

    python: NotRequired["ProjectCodeEnvSelection | None"]
    r: NotRequired["ProjectCodeEnvSelection | None"]


class ProjectSettingsSettingsFlowBuildSettings(TypedDict, extra_items=Any):
    """How jobs build the flow (unverified)."""

    # Merge consecutive Spark recipes into one pipeline (unverified).
    mergeSparkPipelines: NotRequired[bool | None]
    # Merge consecutive SQL recipes into one pipeline (unverified).
    mergeSqlPipelines: NotRequired[bool | None]


class ProjectSettingsSettingsIntegrations(TypedDict, extra_items=Any):
    """Notifications of the project's events to chat tools (`integrations`, a list) (unverified)."""

    # The configured integrations.
    integrations: NotRequired["list[ProjectSettingsSettingsIntegrationsIntegrationsItem] | None"]


class ProjectSettingsSettingsIntegrationsIntegrationsItem(TypedDict, extra_items=Any):
    """One integration (`hook`, `active`, `selection`) (unverified)."""

    # Whether the integration sends notifications.
    active: NotRequired[bool | None]
    # Where the notifications go (`type` and its parameters).
    hook: NotRequired["ProjectSettingsSettingsIntegrationsIntegrationsItemHook | None"]


class ProjectSettingsSettingsIntegrationsIntegrationsItemHook(TypedDict, extra_items=Any):
    """Where the notifications go (`type` and its parameters)."""

    # Kind of integration (`slack-project-integration`, `msft-teams-project-integration`, ...).
    type: NotRequired[str | None]


class ProjectSettingsSettingsLimits(TypedDict, extra_items=Any):
    """Resource limits of the project's jobs (unverified)."""

    # Memory limit of samples (`soft`, `hard`) (unverified).
    memSampleBytes: NotRequired["ProjectSettingsSettingsLimitsMemSampleBytes | None"]


class ProjectSettingsSettingsLimitsMemSampleBytes(TypedDict, extra_items=Any):
    """Memory limit of samples (`soft`, `hard`) (unverified)."""

    # Soft limit, in bytes; -1 for none.
    soft: NotRequired[int | None]
    # Hard limit, in bytes; -1 for none.
    hard: NotRequired[int | None]


class ProjectSummary(TypedDict, extra_items=Any):
    """A project as `listProjects` and `getProjectSummary` answer it."""

    # Key of the project, its identifier.
    projectKey: str
    # Display name.
    name: NotRequired[str]
    # Login of the project's owner.
    ownerLogin: NotRequired[str]
    # One-line description.
    shortDesc: NotRequired[str]
    # Long description, in Markdown.
    description: NotRequired[str]
    # Tags of the project.
    tags: NotRequired[list[str]]
    versionTag: NotRequired["UserTag"]
    creationTag: NotRequired["UserTag"]


class ProjectTagDefinition(TypedDict, extra_items=Any):
    """A tag's definition."""

    # The tag's color, `#RRGGBB`.
    color: NotRequired[str]


class ProjectTags(TypedDict, extra_items=Any):
    """A project's tag definitions."""

    # The version of the definitions, bumped by each save.
    version: NotRequired[int]
    # Each tag by name, with its color.
    tags: NotRequired["dict[str, ProjectTagDefinition]"]


class ProjectVariables(TypedDict, extra_items=Any):
    """Variables of a project."""

    # Variables exported with the project's bundles, by name; each value is any JSON value.
    standard: dict[str, Any]
    # Variables local to this instance, not exported with bundles, by name; each value is any JSON value.
    local: dict[str, Any]


class PropagateSchemaBody(TypedDict, extra_items=Any):
    """Where a schema propagation starts, and its options."""

    # The datasets to start from.
    sources: "list[PropagateSchemaBodySourcesItem]"
    # The options the official client's `DSSSchemaPropagationRunBuilder` sets.
    options: "PropagateSchemaBodyOptions"


class PropagateSchemaBodyOptions(TypedDict, extra_items=Any):
    """The options the official client's `DSSSchemaPropagationRunBuilder` sets."""

    # Whether to rebuild datasets where the propagation needs their data.
    autoRebuild: NotRequired[bool]
    # Recipes where the propagation stops.
    excludedRecipes: NotRequired[list[str]]
    # Recipes considered up to date, whose outputs are left as they are.
    markAsOkRecipes: NotRequired[list[str]]
    # The partition to build, by dimension, in partitioned flows.
    defaultPartitionValuesByDimension: NotRequired[dict[str, str]]
    # The partition to build of each computable (`PROJECTKEY.id`).
    partitionsByComputable: NotRequired[dict[str, str]]
    # How grouping, window and join recipes are updated, by recipe type (`byType`) and by name (`byName`).
    recipeUpdateOptions: NotRequired["PropagateSchemaBodyOptionsRecipeUpdateOptions"]


class PropagateSchemaBodyOptionsRecipeUpdateOptions(TypedDict, extra_items=Any):
    """How grouping, window and join recipes are updated, by recipe type (`byType`) and by name (`byName`)."""

    # The options of each recipe type.
    byType: NotRequired["PropagateSchemaBodyOptionsRecipeUpdateOptionsByType"]
    # The options of each recipe by name.
    byName: NotRequired["dict[str, SchemaPropagationRecipeOptions]"]


class PropagateSchemaBodyOptionsRecipeUpdateOptionsByType(TypedDict, extra_items=Any):
    """The options of each recipe type."""

    grouping: NotRequired["SchemaPropagationRecipeOptions"]
    window: NotRequired["SchemaPropagationRecipeOptions"]
    join: NotRequired["SchemaPropagationRecipeOptions"]


class PropagateSchemaBodySourcesItem(TypedDict, extra_items=Any):
    """PropagateSchemaBodySourcesItem"""

    # The dataset's project.
    projectKey: str
    # The dataset's name.
    id: str


class ProxyModelConfiguration(TypedDict, extra_items=Any):
    """The cloud service of an external model's endpoints."""

    # `sagemaker`, `azure-ml`, `vertex-ai` or `databricks`.
    protocol: NotRequired[str]
    # The region of the endpoints (SageMaker, Vertex AI).
    region: NotRequired[str]
    # The DSS connection that authenticates the calls (optional but for Databricks).
    connection: NotRequired[str]
    # The Azure subscription (Azure ML).
    subscription_id: NotRequired[str]
    # The Azure resource group (Azure ML).
    resource_group: NotRequired[str]
    # The Azure ML workspace.
    workspace: NotRequired[str]
    # The GCP project, by name or id (Vertex AI).
    project_id: NotRequired[str]


class PublishedProjectBasicInfo(TypedDict, extra_items=Any):
    """The identity of a published project. The official client reads `id`; `name` is unverified against a real
    DSS.
    """

    # Key of the published project.
    id: str
    # Display name.
    name: NotRequired[str]


class PublishedProjectBundle(TypedDict, extra_items=Any):
    """A bundle published in a published project. The official client documents `id`; the other properties are
    unverified against a real DSS.
    """

    # Identifier of the bundle.
    id: str
    # When it was published, in milliseconds since the Unix epoch.
    publishedOn: NotRequired[int]
    # Login of the user who published it.
    publishedBy: NotRequired[str]
    # The bundle's export manifest, as the design node wrote it.
    exportManifest: NotRequired["PublishedProjectBundleExportManifest"]


class PublishedProjectBundleExportManifest(TypedDict, extra_items=Any):
    """The bundle's export manifest, as the design node wrote it."""

    # What the bundle's export included (unverified).
    exportOptions: NotRequired["PublishedProjectBundleExportManifestExportOptions | None"]
    # Key of the design project (unverified).
    originalProjectKey: NotRequired[str | None]


class PublishedProjectBundleExportManifestExportOptions(TypedDict, extra_items=Any):
    """What the bundle's export included (unverified)."""

    # Whether the data of uploaded datasets is included (unverified).
    exportUploads: NotRequired[bool | None]
    # Whether the data of managed filesystem datasets is included (unverified).
    exportManagedFS: NotRequired[bool | None]
    # Whether managed folders' content is included (unverified).
    exportManagedFolders: NotRequired[bool | None]


class PublishedProjectCreation(TypedDict, extra_items=Any):
    """A new published project."""

    # Key of the published project.
    publishedProjectKey: str


class PublishedProjectSettings(TypedDict, extra_items=Any):
    """A published project's settings."""

    # Key of the published project.
    id: NotRequired[str | None]
    # Login of its owner.
    owner: NotRequired[str | None]
    # Who may do what with it.
    permissions: NotRequired["list[DeployerPermissionItem] | None"]


class PublishedProjectStatus(TypedDict, extra_items=Any):
    """A published project, its bundles and deployments."""

    projectBasicInfo: NotRequired["PublishedProjectBasicInfo"]
    # The published bundles (each with its `id`).
    packages: NotRequired["list[PublishedProjectBundle]"]
    # Deployments of its bundles (each with `id`, `infraId`, `bundleId`).
    deployments: NotRequired["list[ProjectDeployerDeploymentBasicInfo]"]
    # Infrastructures its deployments use.
    infras: NotRequired["list[ProjectDeployerInfraBasicInfo]"]
    # Whether the caller may deploy it.
    canDeploy: NotRequired[bool]


class RecipeAndPayload(TypedDict, extra_items=Any):
    """A recipe's definition and its payload."""

    recipe: "RecipeDefinition"
    # The code of a code recipe, or the settings of a visual recipe as a JSON document in text.
    payload: NotRequired[str | None]


class RecipeCounts(TypedDict, extra_items=Any):
    """Counts of recipes."""

    # Number of them.
    all: NotRequired[int | None]
    # Number by type.
    recipesByType: NotRequired[dict[str, int] | None]


class RecipeCreated(TypedDict, extra_items=Any):
    """The recipe `createRecipe` created."""

    # Name of the recipe.
    name: str
    # Key of its project.
    projectKey: NotRequired[str]


class RecipeDefinition(TypedDict, extra_items=Any):
    """The definition of a recipe, without its payload."""

    # Key of the recipe's project.
    projectKey: NotRequired[str | None]
    # Name of the recipe, its identifier.
    name: str
    # Type of the recipe: visual (`sync`, `grouping`, `join`, `shaker`, `sql_query`, ...) or code (`python`,
    # `sql_script`, `r`, `pyspark`, `spark_sql_query`, `hive`, `impala`, ...). A dataset is the output of one
    # recipe at most.
    type: str
    inputs: NotRequired["RecipeRoles"]
    outputs: NotRequired["RecipeRoles"]
    # Type-specific settings that are not in the payload (engine, code environment).
    params: NotRequired["RecipeDefinitionParams | None"]
    # Tags of the recipe.
    tags: NotRequired[list[str] | None]
    # Long description of the recipe.
    description: NotRequired[str | None]
    # One-line description of the recipe.
    shortDesc: NotRequired[str | None]
    # Values of the instance's custom fields, by field name.
    customFields: NotRequired[dict[str, Any] | None]
    # Whether partitions that exist are never rebuilt (unverified).
    neverRecomputeExistingPartitions: NotRequired[bool | None]
    # Whether the recipe runs with missing inputs (unverified).
    optionalDependencies: NotRequired[bool | None]
    # Whether the output is repartitioned by the recipe (unverified).
    redispatchPartitioning: NotRequired[bool | None]
    versionTag: NotRequired["UserTag"]
    creationTag: NotRequired["UserTag"]


class RecipeDefinitionParams(TypedDict, extra_items=Any):
    """Type-specific settings that are not in the payload (engine, code environment)."""

    # The code env of a code recipe in a language with code envs (`python`, `r`, `pyspark`, ...): `envMode`
    # `INHERIT` (the project's, the default), `USE_BUILTIN_MODE` or `EXPLICIT_ENV` with `envName`. An env that
    # does not exist fails the recipe's job when it runs.
    envSelection: NotRequired["RecipeDefinitionParamsEnvSelection | None"]
    # Where a code recipe runs (unverified).
    containerSelection: NotRequired["RecipeDefinitionParamsContainerSelection | None"]
    # Settings of the engines the recipe may run on (unverified).
    engineParams: NotRequired["RecipeDefinitionParamsEngineParams | None"]
    # The engine chosen for a visual recipe (`DSS`, `SQL`, `SPARK`, ...) (unverified).
    engineType: NotRequired[str | None]
    # Whether a Hive or Impala recipe uses the global metastore (unverified).
    useGlobalMetastore: NotRequired[bool | None]


class RecipeDefinitionParamsContainerSelection(TypedDict, extra_items=Any):
    """Where a code recipe runs (unverified)."""

    # `INHERIT`, `NONE` or `EXPLICIT_CONTAINER` (unverified).
    containerMode: NotRequired[str | None]
    # The container configuration, when `EXPLICIT_CONTAINER` (unverified).
    containerConf: NotRequired[str | None]


class RecipeDefinitionParamsEngineParams(TypedDict, extra_items=Any):
    """Settings of the engines the recipe may run on (unverified)."""

    # Hive engine settings.
    hive: NotRequired["RecipeDefinitionParamsEngineParamsHive | None"]
    # Spark engine settings.
    spark: NotRequired["RecipeDefinitionParamsEngineParamsSpark | None"]
    # SQL pipeline settings (unverified).
    sqlPipelineParams: NotRequired["RecipeDefinitionParamsEngineParamsSqlPipelineParams | None"]


class RecipeDefinitionParamsEngineParamsHive(TypedDict, extra_items=Any):
    """Hive engine settings."""

    # Skip the validation before running (unverified).
    skipPrerunValidate: NotRequired[bool | None]


class RecipeDefinitionParamsEngineParamsSpark(TypedDict, extra_items=Any):
    """Spark engine settings."""

    # The Spark configuration (`inheritConf`, `conf`) (unverified).
    sparkConfig: NotRequired["RecipeDefinitionParamsEngineParamsSparkSparkConfig | None"]


class RecipeDefinitionParamsEngineParamsSparkSparkConfig(TypedDict, extra_items=Any):
    """The Spark configuration (`inheritConf`, `conf`) (unverified)."""

    # Named Spark configuration inherited.
    inheritConf: NotRequired[str | None]


class RecipeDefinitionParamsEngineParamsSqlPipelineParams(TypedDict, extra_items=Any):
    """SQL pipeline settings (unverified)."""

    # Whether a pipeline may start at this recipe.
    pipelineAllowStart: NotRequired[bool | None]
    # Whether the recipe may join a pipeline.
    pipelineAllowMerge: NotRequired[bool | None]


class RecipeDefinitionParamsEnvSelection(TypedDict, extra_items=Any):
    """The code env of a code recipe in a language with code envs (`python`, `r`, `pyspark`, ...): `envMode`
    `INHERIT` (the project's, the default), `USE_BUILTIN_MODE` or `EXPLICIT_ENV` with `envName`. An env that
    does not exist fails the recipe's job when it runs.
    """

    # `INHERIT`, `USE_BUILTIN_MODE` or `EXPLICIT_ENV`.
    envMode: NotRequired[str | None]
    # The code env, when `envMode` is `EXPLICIT_ENV`.
    envName: NotRequired[str | None]


class RecipeEngine(TypedDict, extra_items=Any):
    """An engine a recipe can run on. Only these keys are verified (the emulator's); DSS sends more."""

    # The engine: `DSS`, `SQL`, `SPARK`, `USER_CODE`, ...
    type: NotRequired[str]
    # Display label.
    label: NotRequired[str]
    # Whether DSS recommends it for this recipe.
    recommended: NotRequired[bool]
    # Whether the recipe may be set to run on it.
    isSelectable: NotRequired[bool]
    # How suitable it is (`OK`, `WARN`, `ERROR`) (unverified).
    statusWarnLevel: NotRequired[str | None]
    # Why it is or is not suitable (unverified).
    statusMessage: NotRequired[str | None]


class RecipePrototype(TypedDict, extra_items=Any):
    """The recipe to create."""

    # Type of the recipe.
    type: str
    # Name of the recipe (letters, digits and underscores); made up when absent.
    name: NotRequired[str | None]
    # Key of the project; must be the project of the path.
    projectKey: NotRequired[str | None]
    inputs: NotRequired["RecipeRoles"]
    outputs: NotRequired["RecipeRoles"]


class RecipeRole(TypedDict, extra_items=Any):
    """The objects of one role of a recipe."""

    # The objects, in order.
    items: NotRequired["list[RecipeRoleItem]"]


class RecipeRoleItem(TypedDict, extra_items=Any):
    """One input or output of a recipe."""

    # The object, a dataset name (or `PROJECTKEY.name` in another project), a folder or model identifier.
    ref: NotRequired[str]
    # For an input of a partitioned flow, which of its partitions each output partition reads.
    deps: NotRequired["list[RecipeRoleItemDepsItem]"]
    # For an output, whether the recipe appends to it instead of overwriting it.
    appendMode: NotRequired[bool]


class RecipeRoleItemDepsItem(TypedDict, extra_items=Any):
    """One partition dependency (`func`, `odim`, `idim`, `values`, ...) (unverified)."""

    # Kind of dependency (`equals`, `time_range`, `values`, `all_available`, ...).
    func: NotRequired[str | None]
    # The output's dimension.
    odim: NotRequired[str | None]
    # The input's dimension.
    idim: NotRequired[str | None]


class RecipeRoles(TypedDict, extra_items=Any):
    """The inputs or outputs of a recipe by role (`main`, ...; a recipe type may define others, such as a join's or
    a plugin recipe's roles): each role an object with its `items`.
    """

    main: NotRequired["RecipeRole"]


class RecipeSchemaUpdates(TypedDict, extra_items=Any):
    """The outputs of a recipe whose schema would change."""

    # How many outputs would get a different schema.
    totalIncompatibilities: int
    # Those outputs.
    computables: "list[RecipeSchemaUpdatesComputablesItem]"


class RecipeSchemaUpdatesComputablesItem(TypedDict, extra_items=Any):
    """One output whose schema would change."""

    # Kind of the output (`DATASET`).
    type: NotRequired[str | None]
    # Name of the output dataset.
    datasetName: NotRequired[str | None]
    # Identifier of the output, for other kinds.
    id: NotRequired[str | None]
    # The schema the recipe computes for it.
    newSchema: NotRequired["DatasetSchema | None"]
    # How the new schema differs (unverified).
    incompatibilities: NotRequired[list[str] | None]


class RecipeStatus(TypedDict, extra_items=Any):
    """The outcome of checking a recipe."""

    selectedEngine: NotRequired["RecipeEngine"]
    # The engines the recipe could run on.
    engines: NotRequired["list[RecipeEngine]"]
    allMessagesForFrontend: NotRequired["InfoMessages"]


class RedeployMLTaskModelToFlowBody(TypedDict, extra_items=Any):
    """The saved model to add a version to, and how."""

    # The training recipe of the saved model.
    recipeName: NotRequired[str | None]
    # The saved model (when `recipeName` is not given).
    savedModelId: NotRequired[str | None]
    # Whether the new version becomes the active one.
    activate: NotRequired[bool | None]
    # Whether the recipe redoes the hyperparameter search.
    redoOptimization: NotRequired[bool | None]
    # Whether the recipe redoes the threshold optimization.
    redoThresholdOptimization: NotRequired[bool | None]
    # The threshold of a binary classification, when not optimized.
    fixedThreshold: NotRequired[float | None]


class ReguessWithForecastingParamsBody(TypedDict, extra_items=Any):
    """The new time step or forecast horizon of a forecasting task."""

    timestepParams: NotRequired["MLTimestepParams"]
    # How many time steps to forecast.
    forecastHorizon: NotRequired[int]
    # How many forecast horizons the test set spans.
    validationHorizons: NotRequired[int]
    # Also reguess the algorithms' settings.
    updateAlgorithmSettings: NotRequired[bool]


class RenameManagedFolderBody(TypedDict, extra_items=Any):
    """Which folder to rename, and its new name."""

    # Identifier of the folder.
    id: str
    # The new name, not blank.
    newName: str


class RenameRequest(TypedDict, extra_items=Any):
    """An object's current name and its new one."""

    # Current name.
    oldName: str
    # New name (letters, digits and underscores).
    newName: str


class ResourcePermissionItem(TypedDict, extra_items=Any):
    """The rights one group (or user) has on a shared resource: a code env or a cluster. Absent rights are false."""

    # Name of the group these rights are granted to.
    group: NotRequired[str | None]
    # Login of the user these rights are granted to (unverified for clusters).
    user: NotRequired[str | None]
    # Use the resource (run code in the env, on the cluster).
    use: NotRequired[bool | None]
    # Update the resource (its packages, its start and stop).
    update: NotRequired[bool | None]
    # Change who may use the resource.
    manageUsers: NotRequired[bool | None]


class RunEvaluationChecksBody1(TypedDict, extra_items=Any):
    """The checks to run, as in the settings' `metricsChecks`."""

    # The checks.
    checks: NotRequired["list[MetricCheck]"]


class RunKubectlRequest(TypedDict, extra_items=Any):
    """The arguments of a kubectl command."""

    # The arguments to pass to kubectl, without `kubectl` itself, split as a shell would.
    args: str


class RunMacroBody(TypedDict, extra_items=Any):
    """The parameters of a run."""

    # Values of the macro's parameters, by name (the macro's `params` say which).
    params: NotRequired[dict[str, Any]]
    # Values of its admin parameters, by name (ignored for callers who are not administrators).
    adminParams: NotRequired[dict[str, Any]]


class SaveInsightBody(TypedDict, extra_items=Any):
    """What `saveInsight` takes."""

    insight: "Insight"


class SavedModel(TypedDict, extra_items=Any):
    """The settings of a saved model. Properties other than those listed are DSS's own and must be sent back
    unchanged.
    """

    # Project of the saved model.
    projectKey: NotRequired[str]
    # Identifier of the saved model.
    id: NotRequired[str]
    # Name of the saved model.
    name: NotRequired[str]
    # `PREDICTION` or `CLUSTERING`.
    type: NotRequired[str]
    # How its versions are made: `DSS_MANAGED` (trained in DSS), `MLFLOW_PYFUNC`, `PROXY_MODEL` (external
    # endpoints), `LLM_GENERIC`.
    savedModelType: NotRequired[str]
    # Identifier of the active version (absent while the model has none).
    activeVersion: NotRequired[str]
    # Full identifier of the lab model last deployed to this saved model (`A-...`), for a model trained in DSS.
    lastExportedFrom: NotRequired[str]
    # The part of the ML task's settings the saved model keeps.
    miniTask: NotRequired["SavedModelMiniTask"]
    proxyModelConfiguration: NotRequired["ProxyModelConfiguration"]
    partitioning: NotRequired["DatasetPartitioning"]
    # Build options of the model in the flow (unverified; named as a dataset's).
    flowOptions: NotRequired["SavedModelFlowOptions"]
    metrics: NotRequired["MetricsProbes"]
    metricsChecks: NotRequired["DatasetChecksSettings"]
    # Tags of the saved model.
    tags: NotRequired[list[str]]
    # Long description (Markdown).
    description: NotRequired[str]
    # Short description.
    shortDesc: NotRequired[str]
    # Values of the instance's custom fields, by field name; each value is any JSON value.
    customFields: NotRequired[dict[str, Any] | None]
    versionTag: NotRequired["UserTag"]
    creationTag: NotRequired["UserTag"]


class SavedModelCreated(TypedDict, extra_items=Any):
    """The identifier of a new saved model."""

    # Identifier of the saved model.
    id: str


class SavedModelFlowOptions(TypedDict, extra_items=Any):
    """Build options of the model in the flow (unverified; named as a dataset's)."""

    # Whether a job may skip writing the model (unverified).
    virtualizable: NotRequired[bool]
    # `NORMAL`, `EXPLICIT` (only built when asked to) or `WRITE_PROTECT` (never built).
    rebuildBehavior: NotRequired[str]


class SavedModelMiniTask(TypedDict, extra_items=Any):
    """The part of the ML task's settings the saved model keeps."""

    # `PREDICTION` or `CLUSTERING`.
    taskType: NotRequired[str]
    # `BINARY_CLASSIFICATION`, `MULTICLASS`, `REGRESSION`, `TIMESERIES_FORECAST`, `MULTI_TARGET_REGRESSION`, ...
    # (absent for clustering).
    predictionType: NotRequired[str]
    # The training engine (`PY_MEMORY`, ...).
    backendType: NotRequired[str]
    # The target column, for a prediction model.
    target: NotRequired[str]
    # The modeling settings the model keeps.
    modeling: NotRequired["SavedModelMiniTaskModeling"]


class SavedModelMiniTaskModeling(TypedDict, extra_items=Any):
    """The modeling settings the model keeps."""

    # Metrics settings, as the ML task's.
    metrics: NotRequired["SavedModelMiniTaskModelingMetrics"]


class SavedModelMiniTaskModelingMetrics(TypedDict, extra_items=Any):
    """Metrics settings, as the ML task's."""

    # The metric models are compared by (`ROC_AUC`, `F1`, `ACCURACY`, `R2`, `RMSE`, ...).
    evaluationMetric: NotRequired[str]
    # For binary classification, the metric the threshold optimizes (`F1`, ...).
    thresholdOptimizationMetric: NotRequired[str]
    # The share of rows at which the lift is measured (unverified).
    liftPoint: NotRequired[float]


class SavedModelUsage(TypedDict, extra_items=Any):
    """A recipe that uses a saved model."""

    # `RECIPE_INPUT` or `RECIPE_OUTPUT`.
    type: NotRequired[str]
    # Name of the recipe.
    objectId: NotRequired[str]
    # Project of the recipe.
    objectProjectKey: NotRequired[str]


class SavedModelVersion(TypedDict, extra_items=Any):
    """A version of a saved model, as listVersions gives it."""

    # Identifier of the version.
    id: str
    # Whether it is the active version.
    active: bool
    snippet: NotRequired["TrainedModelSnippet"]


class ScenarioCounts(TypedDict, extra_items=Any):
    """Counts of scenarios."""

    # Number of scenarios.
    all: NotRequired[int | None]
    # Number of active scenarios with triggers.
    activeWithTriggers: NotRequired[int | None]


class ScenarioParams(TypedDict, extra_items=Any):
    """The type-specific settings of a scenario (its `params`): the `steps` of a step-based scenario. A Python
    scenario keeps its script in its payload.
    """

    # The steps of a step-based scenario, in order.
    steps: NotRequired["list[ScenarioStep] | None"]
    # The code env of a Python scenario (`envMode`, `envName`) (unverified).
    envSelection: NotRequired["ScenarioParamsEnvSelection | None"]


class ScenarioParamsEnvSelection(TypedDict, extra_items=Any):
    """The code env of a Python scenario (`envMode`, `envName`) (unverified)."""

    # `INHERIT`, `USE_BUILTIN_MODE` or `EXPLICIT_ENV`.
    envMode: NotRequired[str | None]
    # The code env, when `envMode` is `EXPLICIT_ENV`.
    envName: NotRequired[str | None]


class ScenarioPayload(TypedDict, extra_items=Any):
    """The script of a Python scenario."""

    # The Python script.
    script: NotRequired[str | None]
    # Language of the script (`py`).
    extension: NotRequired[str | None]


class ScenarioReporter(TypedDict, extra_items=Any):
    """A reporter of a scenario, which sends a message when a run starts or ends."""

    # Identifier of the reporter (unverified).
    id: NotRequired[str | None]
    # Display name of the reporter.
    name: NotRequired[str | None]
    # Whether the reporter sends.
    active: NotRequired[bool | None]
    # When it sends (`START`, `END`) (unverified).
    phase: NotRequired[str | None]
    # Whether `runCondition` restricts it.
    runConditionEnabled: NotRequired[bool | None]
    # A DSS formula that must hold for it to send (`outcome != 'SUCCESS'`).
    runCondition: NotRequired[str | None]
    # The channel and the message.
    messaging: NotRequired["ScenarioReporterMessaging | None"]
    versionTag: NotRequired["UserTag"]
    creationTag: NotRequired["UserTag"]


class ScenarioReporterMessaging(TypedDict, extra_items=Any):
    """The channel and the message."""

    # The channel (`mail-scenario`, `slack-scenario`, `msft-teams-scenario`, `webhook-scenario`, ...).
    type: NotRequired[str | None]
    # The channel's settings (`channelId`, `recipient`, `subject`, `message`, ...).
    configuration: NotRequired["ScenarioReporterMessagingConfiguration | None"]


class ScenarioReporterMessagingConfiguration(TypedDict, extra_items=Any):
    """The channel's settings (`channelId`, `recipient`, `subject`, `message`, ...)."""

    # The messaging channel of the instance to send through.
    channelId: NotRequired[str | None]
    # Who gets a mail (comma-separated).
    recipient: NotRequired[str | None]
    # Sender of a mail.
    sender: NotRequired[str | None]
    # Subject of a mail.
    subject: NotRequired[str | None]
    # The message (a template).
    message: NotRequired[str | None]


class ScenarioRun(TypedDict, extra_items=Any):
    """A run of a scenario."""

    # Identifier of the run.
    runId: str
    # The scenario, as it was when the run started.
    scenario: "ScenarioRunScenario"
    # When the run started, in milliseconds since the Unix epoch.
    start: NotRequired[int]
    # When the run ended, in milliseconds since the Unix epoch; 0 while running.
    end: NotRequired[int]
    # The trigger fire that started the run.
    trigger: NotRequired["ScenarioRunTrigger"]
    result: NotRequired["ScenarioRunResult"]
    # Login the run ran as.
    runAsUser: NotRequired[str]


class ScenarioRunDetails(TypedDict, extra_items=Any):
    """A scenario run and the runs of its steps."""

    scenarioRun: "ScenarioRun"
    # The runs of the steps so far.
    stepRuns: NotRequired["list[ScenarioStepRun]"]


class ScenarioRunError(TypedDict, extra_items=Any):
    """The error a failed step or job threw, as the official client documents it."""

    # Class name of the exception.
    clazz: NotRequired[str]
    # Short message of the exception.
    title: NotRequired[str]
    # Message of the exception.
    message: NotRequired[str | None]
    # Stack trace, as a single string.
    stack: NotRequired[str]
    # Well-known error code, as DSS's troubleshooting documentation lists them.
    code: NotRequired[str]
    # What kind of action remediates the error (`USER_CONFIG_DATASET`, `ADMIN_SETTINGS_SECURITY`, ...).
    fixability: NotRequired[str]


class ScenarioRunForTrigger(TypedDict, extra_items=Any):
    """The run a trigger fire started, when it exists."""

    scenarioRun: NotRequired["ScenarioRun"]


class ScenarioRunResult(TypedDict, extra_items=Any):
    """Present once a run (or a step run) is over: its `outcome`."""

    # `SUCCESS`, `WARNING`, `FAILED` or `ABORTED` (`x-extensible-enum`).
    outcome: NotRequired[str]
    # `SCENARIO_DONE` or `STEP_DONE`.
    type: NotRequired[str | None]
    # When the run started, in ms since the Unix epoch.
    start: NotRequired[int | None]
    # When the run ended, in ms since the Unix epoch.
    end: NotRequired[int | None]
    thrown: NotRequired["ScenarioRunError"]


class ScenarioRunScenario(TypedDict, extra_items=Any):
    """The scenario, as it was when the run started."""

    # Key of the scenario's project.
    projectKey: str
    # Identifier of the scenario.
    id: str
    # Display name.
    name: NotRequired[str | None]
    # `step_based` or `custom_python`.
    type: NotRequired[str | None]


class ScenarioRunTrigger(TypedDict, extra_items=Any):
    """The trigger fire that started the run."""

    trigger: NotRequired["ScenarioTrigger"]
    # Identifier of the fire.
    runId: NotRequired[str]
    # The parameters the run got, by name; each value is any JSON value.
    params: NotRequired[dict[str, Any] | None]


class ScenarioSettings(TypedDict, extra_items=Any):
    """The definition of a scenario."""

    # Identifier of the scenario.
    id: NotRequired[str]
    # Key of the scenario's project.
    projectKey: NotRequired[str | None]
    # Display name.
    name: NotRequired[str]
    # `step_based` or `custom_python`.
    type: NotRequired[str]
    # Whether the automatic triggers run the scenario.
    active: NotRequired[bool | None]
    # Login the scenario runs as (the last one to change it when absent).
    runAsUser: NotRequired[str | None]
    # Type-specific settings; the `steps` of a step-based scenario.
    params: NotRequired["ScenarioParams | None"]
    # The automatic triggers.
    triggers: NotRequired["list[ScenarioTrigger] | None"]
    # What the scenario reports, and where.
    reporters: NotRequired["list[ScenarioReporter] | None"]
    # Long description of the scenario.
    description: NotRequired[str | None]
    # One-line description of the scenario.
    shortDesc: NotRequired[str | None]
    # Tags of the scenario.
    tags: NotRequired[list[str] | None]
    # Whether the scenario is a test scenario (unverified).
    markedAsTest: NotRequired[bool | None]
    # Values of the instance's custom fields, by field name.
    customFields: NotRequired[dict[str, Any] | None]
    # Whether the scenario's settings are local to an automation node (unverified).
    automationLocal: NotRequired[bool | None]
    # What happens to triggers that fire while the scenario runs (unverified).
    delayedTriggersBehavior: NotRequired["ScenarioSettingsDelayedTriggersBehavior | None"]


class ScenarioSettingsDelayedTriggersBehavior(TypedDict, extra_items=Any):
    """What happens to triggers that fire while the scenario runs (unverified)."""

    # Whether such fires wait for the run to end (unverified).
    delayWhileRunning: NotRequired[bool | None]
    # Whether several waiting fires make one run (unverified).
    squashDelayedTriggers: NotRequired[bool | None]
    # Whether such fires are dropped (unverified).
    suppressTriggerIfRunningOrQueued: NotRequired[bool | None]


class ScenarioStep(TypedDict, extra_items=Any):
    """One step of a step-based scenario."""

    # Identifier of the step within the scenario.
    id: NotRequired[str | None]
    # Display name of the step.
    name: NotRequired[str | None]
    # What the step does: `build_flowitem` (build datasets, folders, models), `custom_python` (run Python code),
    # `compute_metrics`, `check_dataset`, `sql_query`, `exec_sql`, `set_project_vars`, `define_vars`, `runnable`
    # (a macro), `send_report`, ...
    type: NotRequired[str | None]
    # The step's type-specific settings.
    params: NotRequired["ScenarioStepParams | None"]
    # When the step runs (`RUN_IF_STATUS_MATCH`, `RUN_ALWAYS`, `RUN_CONDITIONALLY`, `DISABLED`).
    runConditionType: NotRequired[str | None]
    # The scenario outcomes so far for which the step runs, with `RUN_IF_STATUS_MATCH` (`SUCCESS`, `WARNING`,
    # ...).
    runConditionStatuses: NotRequired[list[str] | None]
    # The condition, with `RUN_CONDITIONALLY` (a DSS formula) (unverified).
    runConditionExpression: NotRequired[str | None]
    # Whether the step resets the scenario's outcome so far (unverified).
    resetScenarioStatus: NotRequired[bool | None]
    # How many times a failed step is retried (unverified).
    maxRetriesOnFail: NotRequired[int | None]
    # Seconds between retries (unverified).
    delayBetweenRetries: NotRequired[int | None]
    # Whether the step's comment shows in the flow (unverified).
    alwaysShowComment: NotRequired[bool | None]


class ScenarioStepParams(TypedDict, extra_items=Any):
    """The settings of one step; which keys apply depends on its `type`. `build_flowitem`: `builds`, `jobType`,
    `refreshHiveMetastore`; `custom_python`: `script`, `envSelection`; `compute_metrics` and `check_dataset`:
    `computes` or `checks`; `sql_query`: `connection`, `sql`.
    """

    # What a `build_flowitem` step builds.
    builds: NotRequired["list[ScenarioStepParamsBuildsItem] | None"]
    # The objects whose metrics a `compute_metrics` step computes (same items as `builds`).
    computes: NotRequired["list[ScenarioStepParamsComputesItem] | None"]
    # The objects whose checks a `check_dataset` step runs (same items as `builds`).
    checks: NotRequired["list[ScenarioStepParamsChecksItem] | None"]
    # The build mode of a `build_flowitem` step (`RECURSIVE_BUILD`, `NON_RECURSIVE_FORCED_BUILD`, ...).
    jobType: NotRequired[str | None]
    # Whether a build updates the Hive metastore.
    refreshHiveMetastore: NotRequired[bool | None]
    # Whether a build goes on after a failed activity (unverified).
    proceedOnFailure: NotRequired[bool | None]
    # The code of a `custom_python` step.
    script: NotRequired[str | None]
    # The code env of a `custom_python` step (`envMode`, `envName`).
    envSelection: NotRequired["ScenarioStepParamsEnvSelection | None"]
    # The connection an `sql_query` or `exec_sql` step runs on (unverified).
    connection: NotRequired[str | None]
    # The SQL an `sql_query` or `exec_sql` step runs (unverified).
    sql: NotRequired[str | None]
    # The variables a `set_project_vars` or `define_vars` step sets, by name (unverified).
    variables: NotRequired[dict[str, Any] | None]


class ScenarioStepParamsBuildsItem(TypedDict, extra_items=Any):
    """One object to build."""

    # Kind of the object (`DATASET`, `MANAGED_FOLDER`, `SAVED_MODEL`, ...).
    type: NotRequired[str | None]
    # Identifier of the object.
    itemId: NotRequired[str | None]
    # Project of the object.
    projectKey: NotRequired[str | None]
    # Partitions to build, for a partitioned object (text, comma-separated).
    partitionsSpec: NotRequired[Any]


class ScenarioStepParamsChecksItem(TypedDict, extra_items=Any):
    """One object."""

    # Kind of the object (`DATASET`, ...).
    type: NotRequired[str | None]
    # Identifier of the object.
    itemId: NotRequired[str | None]
    # Project of the object.
    projectKey: NotRequired[str | None]


class ScenarioStepParamsComputesItem(TypedDict, extra_items=Any):
    """One object."""

    # Kind of the object (`DATASET`, ...).
    type: NotRequired[str | None]
    # Identifier of the object.
    itemId: NotRequired[str | None]
    # Project of the object.
    projectKey: NotRequired[str | None]


class ScenarioStepParamsEnvSelection(TypedDict, extra_items=Any):
    """The code env of a `custom_python` step (`envMode`, `envName`)."""

    # `INHERIT`, `USE_BUILTIN_MODE` or `EXPLICIT_ENV`.
    envMode: NotRequired[str | None]
    # The code env, when `envMode` is `EXPLICIT_ENV`.
    envName: NotRequired[str | None]


class ScenarioStepRun(TypedDict, extra_items=Any):
    """The run of one step of a scenario run."""

    # Identifier of the step's run.
    runId: NotRequired[str]
    step: NotRequired["ScenarioStep"]
    # When the step started, in ms since the Unix epoch.
    start: NotRequired[int | None]
    # When the step ended, in ms since the Unix epoch; 0 while running.
    end: NotRequired[int | None]
    # Present once the step is over: its `outcome`, and `thrown` when it failed.
    result: NotRequired["ScenarioStepRunResult"]
    # What the step did: the jobs it ran (`type` `JOB_EXECUTED`, `jobId`), each with its `outcome` and `thrown`
    # when it failed.
    additionalReportItems: NotRequired["list[ScenarioStepRunAdditionalReportItemsItem]"]


class ScenarioStepRunAdditionalReportItemsItem(TypedDict, extra_items=Any):
    """One item of the report."""

    # `JOB_EXECUTED` for a job the step ran, and others.
    type: NotRequired[str]
    # Identifier of the job (`JOB_EXECUTED` items).
    jobId: NotRequired[str]
    # Project of the job.
    projectKey: NotRequired[str | None]
    # `SUCCESS`, `WARNING`, `FAILED` or `ABORTED`.
    outcome: NotRequired[str]
    thrown: NotRequired["ScenarioRunError"]


class ScenarioStepRunResult(TypedDict, extra_items=Any):
    """Present once the step is over: its `outcome`, and `thrown` when it failed."""

    # `STEP_DONE` (unverified).
    type: NotRequired[str | None]
    # When the step started, in ms since the Unix epoch.
    start: NotRequired[int | None]
    # When the step ended, in ms since the Unix epoch.
    end: NotRequired[int | None]
    # `SUCCESS`, `WARNING`, `FAILED` or `ABORTED`.
    outcome: NotRequired[str]
    thrown: NotRequired["ScenarioRunError"]


class ScenarioSummary(TypedDict, extra_items=Any):
    """A scenario's identity and run status."""

    # Identifier of the scenario.
    id: str
    # Display name.
    name: NotRequired[str]
    # Key of the scenario's project.
    projectKey: NotRequired[str]
    # `step_based` or `custom_python`.
    type: NotRequired[str]
    # Whether the automatic triggers run the scenario.
    active: NotRequired[bool]
    # Whether the scenario is running.
    running: NotRequired[bool]
    # When the current run started, in milliseconds since the Unix epoch (0 when not running).
    start: NotRequired[int]
    # When an active time-based trigger will next run the scenario, in milliseconds since the Unix epoch.
    nextRun: NotRequired[int]
    # Tags of the scenario.
    tags: NotRequired[list[str]]


class ScenarioTrigger(TypedDict, extra_items=Any):
    """An automatic trigger of a scenario."""

    # Identifier of the trigger within the scenario.
    id: NotRequired[str | None]
    # Display name of the trigger.
    name: NotRequired[str | None]
    # What fires it: `temporal` (time-based), `ds_modified` (a dataset changed), `sql_query` (a query's result
    # changed), `custom_python`, `follow_scenariorun`, ...
    type: NotRequired[str | None]
    # Whether the trigger fires.
    active: NotRequired[bool | None]
    # Seconds between two evaluations of the trigger (unverified).
    delay: NotRequired[int | None]
    # How long a condition must hold before the trigger fires (unverified).
    graceDelaySettings: NotRequired["ScenarioTriggerGraceDelaySettings | None"]
    # The trigger's type-specific settings (see `ScenarioTriggerParams`).
    params: NotRequired["ScenarioTriggerParams | None"]


class ScenarioTriggerGraceDelaySettings(TypedDict, extra_items=Any):
    """How long a condition must hold before the trigger fires (unverified)."""

    # Grace delay, in seconds.
    delay: NotRequired[int | None]
    # Whether the condition is checked again after the delay.
    checkAgainAfterGraceDelay: NotRequired[bool | None]


class ScenarioTriggerParams(TypedDict, extra_items=Any):
    """Type-specific parameters of a trigger; those listed are a `temporal` trigger's, as the official client
    writes them.
    """

    # `Minutely`, `Hourly`, `Daily`, `Weekly` or `Monthly`.
    frequency: NotRequired[str | None]
    # Run every this many periods (minutes, hours, days, weeks or months).
    repeatFrequency: NotRequired[int | None]
    # Hour of the day it runs at (hourly triggers, the hour it starts from).
    hour: NotRequired[int | None]
    # Minute of the hour it runs at.
    minute: NotRequired[int | None]
    # The first day it may run, as `2024-05-01T00:00:00.000+0200`.
    startingFrom: NotRequired[str | None]
    # The days a weekly trigger runs on (`Monday`, ..., `Sunday`).
    daysOfWeek: NotRequired[list[str] | None]
    # When in the month a monthly trigger runs: `ON_THE_DAY`, `LAST_DAY_OF_THE_MONTH`, `FIRST_WEEK`, ...,
    # `LAST_WEEK`.
    monthlyRunOn: NotRequired[str | None]
    # Time zone of the times above: a zone name (`Europe/Paris`) or `SERVER`, the DSS server's.
    timezone: NotRequired[str | None]
    # The datasets a `ds_modified` trigger watches (each `projectKey`, `objectId`) (unverified).
    objects: NotRequired["list[ScenarioTriggerParamsObjectsItem] | None"]
    # The code of a `custom_python` trigger.
    script: NotRequired[str | None]


class ScenarioTriggerParamsObjectsItem(TypedDict, extra_items=Any):
    """One watched object."""

    # Project of the object.
    projectKey: NotRequired[str | None]
    # Identifier of the object.
    objectId: NotRequired[str | None]


class SchemaColumn(TypedDict, extra_items=Any):
    """A column of a dataset's schema."""

    # Name of the column.
    name: str
    # Storage type (`string`, `bigint`, `double`, `boolean`, `date`, `array`, `map`, `object`, ...).
    type: str
    # Maximum length of a string column; -1 when unbounded.
    maxLength: NotRequired[int | None]
    # Free comment on the column.
    comment: NotRequired[str | None]
    # Identifier of the meaning forced on the column.
    meaning: NotRequired[str | None]
    # Whether an SQL timestamp without time zone is read as a date (unverified).
    timestampNoTzAsDate: NotRequired[bool | None]
    # The column's type in its source system, when it differs (unverified).
    originalType: NotRequired[str | None]
    # The column's SQL type in its database, for SQL datasets (unverified).
    originalSQLType: NotRequired[str | None]
    # The type of the items, for an `array` column.
    arrayContent: NotRequired["SchemaColumn | None"]
    # The type of the keys, for a `map` column.
    mapKeys: NotRequired["SchemaColumn | None"]
    # The type of the values, for a `map` column.
    mapValues: NotRequired["SchemaColumn | None"]
    # The fields, for an `object` column.
    objectFields: NotRequired["list[SchemaColumn] | None"]


class SchemaPropagationRecipeOptions(TypedDict, extra_items=Any):
    """How a schema propagation updates a grouping, window or join recipe."""

    # Remove the aggregates of columns that are gone (grouping, window).
    removeMissingAggregates: NotRequired[bool]
    # Remove the grouping keys that are gone (grouping).
    removeMissingKeys: NotRequired[bool]
    # Remove the window's columns that are gone (window).
    removeMissingInWindow: NotRequired[bool]
    # Aggregates of the new columns (grouping, window), by column; their shape is DSS's (unverified).
    newAggregates: NotRequired[dict[str, Any]]
    # Remove the join conditions on columns that are gone (join).
    removeMissingJoinConditions: NotRequired[bool]
    # Remove the selected columns that are gone (join).
    removeMissingJoinValues: NotRequired[bool]
    # How the new columns are selected (join), by column; their shape is DSS's (unverified).
    newSelectedColumns: NotRequired[dict[str, Any]]


class SqlColumn(TypedDict, extra_items=Any):
    """A column of a query's result, with its DSS type."""

    # Name of the column.
    name: str
    # DSS type of the column (`tinyint`, `smallint`, `int`, `bigint`, `float`, `double`, `boolean`, `date`,
    # `dateonly`, `datetimenotz`, `string`, ...).
    type: str
    # Largest length of a text column, when the database says.
    length: NotRequired[int]
    # Comment of the column in the database.
    comment: NotRequired[str]
    # Type of the column in the database.
    originalType: NotRequired[str]


class SqlNotebookCell(TypedDict, extra_items=Any):
    """A cell of an SQL notebook."""

    # Identifier of the cell, what the history is keyed by.
    id: NotRequired[str]
    # Type of the cell (deprecated; `QUERY` only).
    type: NotRequired[str]
    # Name of the cell.
    name: NotRequired[str]
    # The cell's query.
    code: NotRequired[str]


class SqlNotebookContent(TypedDict, extra_items=Any):
    """The content of an SQL notebook."""

    # Identifier of the notebook (chosen by DSS at creation).
    id: NotRequired[str]
    # Project of the notebook.
    projectKey: NotRequired[str]
    # Name of the notebook.
    name: NotRequired[str]
    # `SQL`, `HIVE`, `IMPALA` or `SPARKSQL`.
    language: NotRequired[str]
    # Connection the queries run on.
    connection: NotRequired[str]
    # The cells, in order.
    cells: NotRequired["list[SqlNotebookCell]"]
    # Tags of the notebook.
    tags: NotRequired[list[str]]


class SqlNotebookListItem(TypedDict, extra_items=Any):
    """An SQL notebook as listed."""

    # Identifier of the notebook.
    id: str
    # Project of the notebook.
    projectKey: str
    # Name of the notebook.
    name: NotRequired[str]
    # `SQL`, `HIVE`, `IMPALA` or `SPARKSQL`.
    language: NotRequired[str]
    # Connection the queries run on.
    connection: NotRequired[str]
    # Tags of the notebook.
    tags: NotRequired[list[str]]


class SqlNotebookQueryRun(TypedDict, extra_items=Any):
    """A run of a cell's query."""

    # Identifier of the run.
    id: str
    # When it ran, in milliseconds since the Unix epoch.
    runOn: NotRequired[int]
    # Login of who ran it.
    runBy: NotRequired[str]
    # `DONE`, `FAILED`, ...
    state: NotRequired[str]
    # The query, with its variables unexpanded.
    sql: NotRequired[str]
    # The query, with its variables expanded.
    expandedSql: NotRequired[str]


class SqlQueryRequest(TypedDict, extra_items=Any):
    """What to run, and where: one of `connection`, `datasetFullName` (the query runs on that dataset's connection)
    or `database` (Hive, Impala). The official client sends every property, null when not set.
    """

    # The query whose rows are answered.
    query: str
    # Statements run before the query, in the same session.
    preQueries: NotRequired[list[str] | None]
    # Statements run after the rows were read, in the same session (a `COMMIT`, say).
    postQueries: NotRequired[list[str] | None]
    # Name of the SQL connection to run the query on.
    connection: NotRequired[str | None]
    # Hive or Impala database to run the query on.
    database: NotRequired[str | None]
    # A dataset as `PROJECTKEY.datasetName`; the query runs on its connection.
    datasetFullName: NotRequired[str | None]
    # Project in whose context the query runs (its variables, its rights).
    projectKey: NotRequired[str | None]
    # Kind of query, `sql` (the default), `hive` or `impala`.
    type: NotRequired[str | None]
    # Extra settings of the engine (Hive and Impala).
    extraConf: NotRequired["SqlQueryRequestExtraConf | None"]
    # Steps of a script (Hive), as the engine expects them.
    scriptSteps: NotRequired[Any]
    # Input schema of a script (Hive).
    scriptInputSchema: NotRequired[Any]
    # Output schema of a script (Hive).
    scriptOutputSchema: NotRequired[Any]
    # Where a script reports (Hive).
    scriptReportLocation: NotRequired[Any]
    # Read timestamps without time zone as text rather than as dates.
    readTimestampWithoutTimezoneAsString: NotRequired[bool | None]
    # Read dates as text rather than as dates.
    readDateAsString: NotRequired[bool | None]
    # How to read timestamps without time zone, `AS_IS` (the default), `AS_STRING` or `AS_DATE`.
    datetimenotzReadMode: NotRequired[str | None]
    # How to read dates without time, `AS_IS` (the default), `AS_STRING` or `AS_DATE`.
    dateonlyReadMode: NotRequired[str | None]


class SqlQueryRequestExtraConf(TypedDict, extra_items=Any):
    """Extra settings of the engine (Hive and Impala)."""

    # Hive configuration keys (unverified).
    hiveconf: NotRequired["list[SqlQueryRequestExtraConfHiveconfItem] | None"]
    # Impala configuration keys (unverified).
    impalaconf: NotRequired["list[SqlQueryRequestExtraConfImpalaconfItem] | None"]


class SqlQueryRequestExtraConfHiveconfItem(TypedDict, extra_items=Any):
    """One Hive configuration key."""

    # Name of the key (unverified).
    key: NotRequired[str | None]
    # Its value (unverified).
    value: NotRequired[str | None]


class SqlQueryRequestExtraConfImpalaconfItem(TypedDict, extra_items=Any):
    """One Impala configuration key."""

    # Name of the key (unverified).
    key: NotRequired[str | None]
    # Its value (unverified).
    value: NotRequired[str | None]


class SqlQueryStart(TypedDict, extra_items=Any):
    """A query that runs, and the schema of its rows."""

    # Identifier of the query, to stream its rows and to finish it.
    queryId: str
    # The result's columns, in the order of the values of each row.
    schema: "list[SqlColumn]"


class StatisticsCard(TypedDict, extra_items=Any):
    """A card of a worksheet (unverified): its `type` (`worksheet_root`, `univariate_summary`,
    `correlation_matrix`, `bivariate_histogram`, ... in DSS) and what it computes on.
    """

    # The kind of card.
    type: str
    # The card's identifier within its worksheet.
    id: NotRequired[str | None]
    # For the root card, the worksheet's cards.
    cards: NotRequired["list[StatisticsCardCardsItem] | None"]
    # The columns a summary or matrix card works on.
    columns: NotRequired["list[StatisticsColumn] | None"]
    # A bivariate card's first column.
    xColumn: NotRequired["StatisticsColumn | None"]
    # A bivariate card's second column.
    yColumn: NotRequired["StatisticsColumn | None"]
    # A correlation matrix's metric: `PEARSON` or `SPEARMAN`.
    metric: NotRequired[str | None]
    # A bivariate histogram's most categories per axis.
    maxValues: NotRequired[int | None]
    # The confidence level of a test card.
    confidenceLevel: NotRequired[float | None]


class StatisticsCardCardsItem(TypedDict, extra_items=Any):
    """A card (a `StatisticsCard`)."""

    # The kind of card.
    type: NotRequired[str | None]
    # The card's identifier.
    id: NotRequired[str | None]


class StatisticsColumn(TypedDict, extra_items=Any):
    """A column a card works on, and how it is read (unverified)."""

    # The column's name (required by the cards that use the column).
    name: NotRequired[str | None]
    # `NUMERICAL` or `CATEGORICAL` (`x-extensible-enum`).
    type: NotRequired[str | None]


class StatisticsComputation(TypedDict, extra_items=Any):
    """A computation (unverified): its `type` and arguments (`column`, `xColumn`/`yColumn`, `freqs`, `computations`
    for `multi`, ...).
    """

    # The kind of computation.
    type: str
    # The column of a univariate computation.
    column: NotRequired[str | None]
    # The first column of a bivariate computation.
    xColumn: NotRequired[str | None]
    # The second column of a bivariate computation.
    yColumn: NotRequired[str | None]
    # The frequencies of a `quantiles` computation, each in [0, 1].
    freqs: NotRequired[list[float] | None]
    # How many values a `top_n` computation keeps.
    n: NotRequired[int | None]
    # The number of bins of a `histogram`.
    nbBins: NotRequired[int | None]
    # The mean a `ttest_1samp` tests against.
    hypothesizedMean: NotRequired[float | None]
    # The computations of a `multi` computation.
    computations: NotRequired["list[StatisticsComputationComputationsItem] | None"]


class StatisticsComputationComputationsItem(TypedDict, extra_items=Any):
    """A computation (a `StatisticsComputation`)."""

    # The kind of computation.
    type: NotRequired[str | None]


class StatisticsDataSpec(TypedDict, extra_items=Any):
    """Which rows a worksheet computes on."""

    # The dataset, by name (or `PROJECT.name`).
    inputDatasetSmartName: NotRequired[str | None]
    # The sample of the dataset's rows (`samplingMethod`, `maxRecords`, ...).
    datasetSelection: NotRequired["DataSelection | None"]


class StatisticsWorksheet(TypedDict, extra_items=Any):
    """A statistics worksheet of a dataset."""

    # The worksheet's identifier.
    id: str
    # The worksheet's project.
    projectKey: NotRequired[str | None]
    # The worksheet's name.
    name: NotRequired[str | None]
    # The dataset and its sample.
    dataSpec: NotRequired["StatisticsDataSpec | None"]
    # The root card (`worksheet_root`), whose `cards` are the worksheet's cards.
    rootCard: NotRequired["StatisticsCard | None"]


class StatisticsWorksheetBody(TypedDict, extra_items=Any):
    """A worksheet's definition, as created or saved."""

    # The worksheet's identifier (saving cannot change it).
    id: NotRequired[str | None]
    # The worksheet's project.
    projectKey: NotRequired[str | None]
    # The worksheet's name.
    name: NotRequired[str | None]
    # The dataset and its sample.
    dataSpec: NotRequired["StatisticsDataSpec | None"]
    # The root card (`worksheet_root`), whose `cards` are the worksheet's cards.
    rootCard: NotRequired["StatisticsCard | None"]


class StreamingEndpoint(TypedDict, extra_items=Any):
    """The settings of a streaming endpoint, as listed and as `getStreamingEndpoint` returns them."""

    # Key of the endpoint's project.
    projectKey: NotRequired[str | None]
    # Name of the streaming endpoint (its identifier).
    id: str
    # Type of streaming system (`kafka`, `SQS`, `kdbplustick`, `httpsse`).
    type: str
    params: NotRequired["StreamingEndpointParams"]
    # The endpoint's schema, like a dataset's.
    schema: NotRequired["DatasetSchema | None"]
    # Tags.
    tags: NotRequired[list[str] | None]
    # Long description, in Markdown (unverified).
    description: NotRequired[str | None]
    # One-line description (unverified).
    shortDesc: NotRequired[str | None]
    # Whether DSS created the endpoint's topic or queue for it (unverified).
    managed: NotRequired[bool | None]
    # Last change.
    versionTag: NotRequired["UserTag | None"]
    # Creation.
    creationTag: NotRequired["UserTag | None"]


class StreamingEndpointParams(TypedDict, extra_items=Any):
    """The type-specific parameters of a streaming endpoint. Kafka endpoints have a `connection` and a `topic`, SQS
    ones a `connection` and a `queueName`, HTTP SSE ones a `url`; the message format settings are type-specific
    too.
    """

    # Name of the connection the endpoint uses (none for HTTP SSE endpoints).
    connection: NotRequired[str | None]
    # Kafka topic; may contain DSS variables (`${projectKey}`).
    topic: NotRequired[str | None]
    # SQS queue name.
    queueName: NotRequired[str | None]
    # URL of an HTTP SSE endpoint.
    url: NotRequired[str | None]


class StreamingEndpointUsage(TypedDict, extra_items=Any):
    """A recipe reading or writing a streaming endpoint."""

    # How the recipe uses the endpoint (`RECIPE_INPUT`, `RECIPE_OUTPUT`).
    type: NotRequired[str]
    # Name of the recipe.
    objectId: NotRequired[str]
    # Project of the recipe.
    objectProjectKey: NotRequired[str]


class TableImportCandidate(TypedDict, extra_items=Any):
    """A dataset an import proposes for a table (the shape is the emulator's: unverified against a real DSS)."""

    key: "TableImportKey"
    # The name the dataset will have; change it before executing the import.
    datasetName: str
    # The dataset's type, that of its connection (`PostgreSQL`, ...).
    datasetType: NotRequired[str]
    # The columns read from the table.
    schema: NotRequired["TableImportCandidateSchema"]


class TableImportCandidateSchema(TypedDict, extra_items=Any):
    """The columns read from the table."""

    # The columns.
    columns: NotRequired["list[TableImportCandidateSchemaColumnsItem]"]


class TableImportCandidateSchemaColumnsItem(TypedDict, extra_items=Any):
    """TableImportCandidateSchemaColumnsItem"""

    # The column's name.
    name: NotRequired[str]
    # The column's DSS type (`bigint`, `double`, `string`, ...).
    type: NotRequired[str]


class TableImportKey(TypedDict, extra_items=Any):
    """A table to import, as the official client's `TablesImportDefinition` names it."""

    # The connection (`@virtual(hive-jdbc):<database>` for Hive).
    connectionName: str
    # The table's schema (SQL).
    schema: NotRequired[str | None]
    # The table's catalog (SQL), where the database has catalogs.
    catalog: NotRequired[str | None]
    # The table's namespace (Iceberg).
    namespace: NotRequired[str | None]
    # The table (or Elasticsearch index or alias).
    name: str


class TablesImportCandidates(TypedDict, extra_items=Any):
    """What preparing an import proposes, by kind of table (the shape is the emulator's: unverified against a real
    DSS).
    """

    # The SQL tables.
    sqlImportCandidates: NotRequired["list[TableImportCandidate]"]
    # The Hive tables.
    hiveImportCandidates: NotRequired["list[TableImportCandidate]"]


class TestAndDetectStreamingEndpointBody(TypedDict, extra_items=Any):
    """The bounds of a stream capture."""

    # Whether to guess the columns' types (else every column is a string).
    inferStorageTypes: NotRequired[bool | None]
    # Most messages to capture.
    limit: NotRequired[int | None]
    # Longest capture, in seconds.
    timeout: NotRequired[int | None]


class TestingStatus(TypedDict, extra_items=Any):
    """The outcome of a project's test scenarios."""

    # How many test scenarios have a finished run.
    nbTotalRanScenarios: NotRequired[int]
    # How many ended with each outcome (`SUCCESS`, `WARNING`, `FAILED`, `ABORTED`).
    nbScenariosPerOutcome: NotRequired[dict[str, int]]


class TicketAnswer(TypedDict, extra_items=Any):
    """An API ticket."""

    # The ticket, to send as the `X-DKU-APITicket` header.
    msg: NotRequired[str]


class TrainMLTaskBody(TypedDict, extra_items=Any):
    """The new session's name and description."""

    # The session's name.
    sessionName: NotRequired[str | None]
    # The session's description.
    sessionDescription: NotRequired[str | None]
    # Also train the sessions waiting in the task's queue afterwards.
    runQueue: NotRequired[bool | None]


class TrainedModelDetails(TypedDict, extra_items=Any):
    """A trained model's details."""

    # The model's full id.
    fullModelId: NotRequired[str]
    # A saved model version's origin (versions deployed from an ML task only): the lab model it was deployed
    # from. Other keys DSS may send here are not known (unverified).
    smOrigin: NotRequired["TrainedModelDetailsSmOrigin"]
    # DSS's name of its algorithm.
    algorithm: NotRequired[str]
    # The task's core parameters (task type, prediction type, target).
    coreParams: NotRequired["TrainedModelDetailsCoreParams"]
    # Its performance on the held-out rows (`metrics`; `tiMetrics` for classification).
    perf: NotRequired["TrainedModelDetailsPerf"]
    # Its interpretation data (grid search cells, ...).
    iperf: NotRequired["TrainedModelDetailsIperf"]
    trainInfo: NotRequired["TrainedModelTrainInfo"]
    # The algorithm's settings it was trained with.
    modeling: NotRequired["TrainedModelDetailsModeling"]
    # The hyperparameters it was trained with, resolved.
    actualParams: NotRequired["TrainedModelDetailsActualParams"]
    preprocessing: NotRequired["MLTaskPreprocessing"]
    # The split it was trained and tested on.
    splitDesc: NotRequired["TrainedModelDetailsSplitDesc"]
    userMeta: NotRequired["TrainedModelUserMeta"]
    # The clusters' facts of a clustering model.
    facts: NotRequired["TrainedModelDetailsFacts"]


class TrainedModelDetailsActualParams(TypedDict, extra_items=Any):
    """The hyperparameters it was trained with, resolved."""

    # Each hyperparameter's value.
    resolved: NotRequired["TrainedModelDetailsActualParamsResolved"]


class TrainedModelDetailsActualParamsResolved(TypedDict, extra_items=Any):
    """Each hyperparameter's value."""

    # DSS's name of the algorithm.
    algorithm: NotRequired[str]


class TrainedModelDetailsCoreParams(TypedDict, extra_items=Any):
    """The task's core parameters (task type, prediction type, target)."""

    # PREDICTION or CLUSTERING.
    taskType: NotRequired[str]
    # The prediction type of a prediction model.
    prediction_type: NotRequired[str]
    # The target of a prediction model.
    target_variable: NotRequired[str]
    # The targets of a multi-target model.
    multi_target_variables: NotRequired[list[str]]


class TrainedModelDetailsFacts(TypedDict, extra_items=Any):
    """The clusters' facts of a clustering model."""

    # Each cluster, its size and facts.
    clusters: NotRequired["list[TrainedModelDetailsFactsClustersItem]"]


class TrainedModelDetailsFactsClustersItem(TypedDict, extra_items=Any):
    """One cluster."""

    # Its name (`cluster_0`, ...).
    cluster: NotRequired[str]
    # Its rows.
    size: NotRequired[int]
    # What sets the cluster apart, feature by feature.
    facts: NotRequired["list[TrainedModelDetailsFactsClustersItemFactsItem]"]


class TrainedModelDetailsFactsClustersItemFactsItem(TypedDict, extra_items=Any):
    """One fact."""

    # The feature it is about.
    feature_label: NotRequired[str]


class TrainedModelDetailsIperf(TypedDict, extra_items=Any):
    """Its interpretation data (grid search cells, ...)."""

    # The hyperparameter search's points and their scores (unverified shape).
    gridCells: NotRequired["list[TrainedModelDetailsIperfGridCellsItem]"]
    # The features' importances (models with feature importances: the tree-based ones), over the preprocessed
    # features (`age`, `dummy:segment:a`), normalised to sum to 1; features of importance 0 are left out.
    rawImportance: NotRequired["TrainedModelDetailsIperfRawImportance"]
    # A linear model's coefficients (regressions, binary logistic regression), zero coefficients left out. DSS
    # may add significance figures (`stderr`, `tstat`, `pvalue`, `interceptStderr`, ...) that the emulator does
    # not compute.
    lmCoefficients: NotRequired["TrainedModelDetailsIperfLmCoefficients"]


class TrainedModelDetailsIperfGridCellsItem(TypedDict, extra_items=Any):
    """One point of the search."""

    # Its score.
    score: NotRequired[float]


class TrainedModelDetailsIperfLmCoefficients(TypedDict, extra_items=Any):
    """A linear model's coefficients (regressions, binary logistic regression), zero coefficients left out. DSS may
    add significance figures (`stderr`, `tstat`, `pvalue`, `interceptStderr`, ...) that the emulator does not
    compute.
    """

    # The preprocessed features' names.
    variables: NotRequired[list[str]]
    # Their coefficients on the rescaled features.
    coefs: NotRequired[list[float]]
    # Their coefficients on the features in their own units.
    rescaledCoefs: NotRequired[list[float]]
    # The intercept on the rescaled features.
    interceptCoef: NotRequired[float]
    # The intercept on the features in their own units.
    rescaledInterceptCoef: NotRequired[float]


class TrainedModelDetailsIperfRawImportance(TypedDict, extra_items=Any):
    """The features' importances (models with feature importances: the tree-based ones), over the preprocessed
    features (`age`, `dummy:segment:a`), normalised to sum to 1; features of importance 0 are left out.
    """

    # The preprocessed features' names.
    variables: NotRequired[list[str]]
    # Their importances, in the same order.
    importances: NotRequired[list[float]]


class TrainedModelDetailsModeling(TypedDict, extra_items=Any):
    """The algorithm's settings it was trained with."""

    # DSS's name of the algorithm.
    algorithm: NotRequired[str]


class TrainedModelDetailsPerf(TypedDict, extra_items=Any):
    """Its performance on the held-out rows (`metrics`; `tiMetrics` for classification)."""

    metrics: NotRequired["TrainedModelMetrics"]
    tiMetrics: NotRequired["TrainedModelMetrics"]
    # Binary classification metrics at each tested threshold.
    perCutData: NotRequired["TrainedModelDetailsPerfPerCutData"]


class TrainedModelDetailsPerfPerCutData(TypedDict, extra_items=Any):
    """Binary classification metrics at each tested threshold."""

    # The thresholds.
    cut: NotRequired[list[float]]
    # The F1 score at each threshold.
    f1: NotRequired[list[float]]


class TrainedModelDetailsSmOrigin(TypedDict, extra_items=Any):
    """A saved model version's origin (versions deployed from an ML task only): the lab model it was deployed from.
    Other keys DSS may send here are not known (unverified).
    """

    # The full id of the lab model the version was deployed from.
    fullModelId: NotRequired[str]


class TrainedModelDetailsSplitDesc(TypedDict, extra_items=Any):
    """The split it was trained and tested on."""

    # The split policy.
    ttPolicy: NotRequired[str]
    # Whether it was a k-fold cross-test.
    kfold: NotRequired[bool]
    # The folds of a k-fold cross-test.
    nFolds: NotRequired[int]
    # The train share of a random split.
    ssdTrainingRatio: NotRequired[float]
    # The seed of the split.
    ssdSeed: NotRequired[int]
    # Rows in the train set.
    trainRows: NotRequired[int]
    # Rows in the test set.
    testRows: NotRequired[int]


class TrainedModelIdItem(TypedDict, extra_items=Any):
    """A trained model's full id, as a string and in parts."""

    # The full id (`A-{projectKey}-{analysisId}-{mlTaskId}-s1-pp1-m1`).
    id: str
    fullModelId: NotRequired["FullModelId"]


class TrainedModelMetrics(TypedDict, extra_items=Any):
    """Performance metrics of a model on the held-out rows, by DSS's names."""

    # Area under the ROC curve.
    auc: NotRequired[float]
    # Accuracy.
    accuracy: NotRequired[float]
    # Precision.
    precision: NotRequired[float]
    # Recall.
    recall: NotRequired[float]
    # F1 score.
    f1: NotRequired[float]
    # Log loss.
    logLoss: NotRequired[float]
    # R².
    r2: NotRequired[float]
    # Mean absolute error.
    mae: NotRequired[float]
    # Mean squared error.
    mse: NotRequired[float]
    # Root mean squared error.
    rmse: NotRequired[float]


class TrainedModelSnippet(TypedDict, extra_items=Any):
    """A trained model's summary: its ids, algorithm, dates and state, and its performance metrics at the top level
    (DSS's names: `auc`, `accuracy`, `f1`, `precision`, `recall`, `logLoss` for classification; `r2`, `mae`,
    `mse`, `rmse`, `evs`, `mape` for regression; `silhouette`, `inertia` for clustering; a k-fold cross-test
    adds each one's `...std`).
    """

    # The model's full id.
    fullModelId: NotRequired[str]
    # The session that trained it.
    sessionId: NotRequired[str]
    # DSS's name of its algorithm (RANDOM_FOREST_CLASSIFICATION, ...).
    algorithm: NotRequired[str]
    # The prediction type of a prediction model.
    predictionType: NotRequired[str]
    # PREDICTION or CLUSTERING.
    taskType: NotRequired[str]
    # The engine that trained it.
    backendType: NotRequired[str]
    # When its training ended (epoch ms).
    trainDate: NotRequired[int]
    # When its session started (epoch ms).
    sessionDate: NotRequired[int]
    trainInfo: NotRequired["TrainedModelTrainInfo"]
    userMeta: NotRequired["TrainedModelUserMeta"]
    # Area under the ROC curve on the held-out rows.
    auc: NotRequired[float]
    # Accuracy on the held-out rows.
    accuracy: NotRequired[float]
    # Precision on the held-out rows.
    precision: NotRequired[float]
    # Recall on the held-out rows.
    recall: NotRequired[float]
    # F1 score on the held-out rows.
    f1: NotRequired[float]
    # Log loss on the held-out rows.
    logLoss: NotRequired[float]
    # R² on the held-out rows.
    r2: NotRequired[float]
    # Mean absolute error on the held-out rows.
    mae: NotRequired[float]
    # Mean squared error on the held-out rows.
    mse: NotRequired[float]
    # Root mean squared error on the held-out rows.
    rmse: NotRequired[float]


class TrainedModelTrainInfo(TypedDict, extra_items=Any):
    """A model's training state and figures."""

    # DONE, FAILED, RUNNING, ABORTED, PENDING.
    state: NotRequired[str]
    # How long it trained, in ms.
    trainingTime: NotRequired[int]
    # Rows it was trained on.
    trainRows: NotRequired[int]
    # Rows it was tested on.
    testRows: NotRequired[int]
    # Rows of the split dataset.
    fullRows: NotRequired[int]
    # Why its training failed.
    failure: NotRequired["TrainedModelTrainInfoFailure"]


class TrainedModelTrainInfoFailure(TypedDict, extra_items=Any):
    """Why its training failed."""

    # The error's message.
    message: NotRequired[str]


class TrainedModelUserMeta(TypedDict, extra_items=Any):
    """A model's name, description and labels, as users set them."""

    # Its name.
    name: NotRequired[str]
    # Its description.
    description: NotRequired[str]
    # Its labels (unverified shape).
    labels: NotRequired["list[TrainedModelUserMetaLabelsItem]"]


class TrainedModelUserMetaLabelsItem(TypedDict, extra_items=Any):
    """A label."""

    # The label's key.
    key: NotRequired[str]
    # The label's value.
    value: NotRequired[str]


class TriggerFire(TypedDict, extra_items=Any):
    """A firing of one of a scenario's triggers."""

    # Key of the scenario's project.
    projectKey: NotRequired[str]
    # Identifier of the scenario.
    scenarioId: NotRequired[str]
    trigger: "ScenarioTrigger"
    # Identifier of this fire (not of the scenario run it starts).
    runId: str
    # Whether the fire was cancelled (the scenario was already running, say) and starts no run.
    cancelled: bool
    # The parameters the run gets, by name; each value is any JSON value.
    params: NotRequired[dict[str, Any]]


class UnivariateColumnDrift(TypedDict, extra_items=Any):
    """The drift of one column, comparing its distributions."""

    # The column.
    name: NotRequired[str]
    # `NUMERICAL` or `CATEGORICAL`.
    columnType: NotRequired[str]
    # PSI of the column's binned distributions.
    populationStabilityIndex: NotRequired[float]
    # Two-sample Kolmogorov-Smirnov statistic (numerical columns).
    ksTestStatistic: NotRequired[float | None]
    # Its p-value (numerical columns).
    ksTestPvalue: NotRequired[float | None]
    # Chi-square statistic of the contingency table (categorical columns).
    chiSquareTestStatistic: NotRequired[float | None]
    # Its p-value (categorical columns).
    chiSquareTestPvalue: NotRequired[float | None]


class UnivariateDriftResult(TypedDict, extra_items=Any):
    """Per-column drift."""

    # The drift of each column, by name.
    columns: "dict[str, UnivariateColumnDrift]"


class UploadedFile(TypedDict, extra_items=Any):
    """A file of an uploaded-files dataset."""

    # Path of the file in the dataset, from its root.
    path: NotRequired[str]
    # File name.
    name: NotRequired[str]
    # Size in bytes.
    size: NotRequired[int]
    # When the file was uploaded, in milliseconds since the Unix epoch.
    lastModified: NotRequired[int]


class UserActivity(TypedDict, extra_items=Any):
    """When a user was last seen."""

    # Login of the user.
    login: NotRequired[str]
    # Whether the user is enabled.
    enabled: NotRequired[bool]
    # Last successful login, in milliseconds since the Unix epoch (0 when never).
    lastSuccessfulLogin: NotRequired[int]
    # Last failed login, in milliseconds since the Unix epoch (0 when never).
    lastFailedLogin: NotRequired[int]
    # Last activity in a session, in milliseconds since the Unix epoch (0 when never).
    lastSessionActivity: NotRequired[int]


class UserCredential(TypedDict, extra_items=Any):
    """A user's credential for one connection (or plugin preset)."""

    # Kind of credential (`BASIC`, `OAUTH_REFRESH_TOKEN`, ...).
    type: NotRequired[str | None]
    # User name, for `BASIC`.
    user: NotRequired[str | None]
    # Password, for `BASIC`; write-only (answers never carry it).
    password: NotRequired[str | None]
    # OAuth refresh token; write-only.
    refreshToken: NotRequired[str | None]
    # When it was last set, in ms since the Unix epoch.
    lastUpdate: NotRequired[int | None]


class UserInfo(TypedDict, extra_items=Any):
    """Basic information about a user, readable by any user."""

    # Login of the user.
    login: NotRequired[str]
    # Display name.
    displayName: NotRequired[str]
    # Email address (empty when unknown).
    email: NotRequired[str]
    # Names of the user's groups.
    groups: NotRequired[list[str]]
    # Whether the user is enabled.
    enabled: NotRequired[bool]


class UserSecret(TypedDict, extra_items=Any):
    """A secret of a user (a token, a password) that its code can read."""

    # Name of the secret.
    name: NotRequired[str | None]
    # Value of the secret; write-only (answers never carry it).
    value: NotRequired[str | None]
    # Whether the value is hidden.
    secret: NotRequired[bool | None]


class UserSettings(TypedDict, extra_items=Any):
    """A user's settings. Listings carry a summary of them (and `codeAllowed`, `activeWebSocketSessions`)."""

    # Login, the user's identifier.
    login: NotRequired[str | None]
    # Display name.
    displayName: NotRequired[str | None]
    # Email address.
    email: NotRequired[str | None]
    # Names of the groups the user belongs to.
    groups: NotRequired[list[str] | None]
    # Licence profile.
    userProfile: NotRequired[str | None]
    # Where the user comes from (`LOCAL`, `LDAP`, ...).
    sourceType: NotRequired[str | None]
    # Whether the user may log in and its keys work.
    enabled: NotRequired[bool | None]
    # When the user was created, in milliseconds since the Unix epoch.
    creationDate: NotRequired[int | None]
    # A new password; write-only (answers never carry it).
    password: NotRequired[str | None]
    # Properties only administrators see and edit, by name (free key-value pairs).
    adminProperties: NotRequired[dict[str, Any] | None]
    # Properties the user sees and edits, by name (free key-value pairs).
    userProperties: NotRequired[dict[str, Any] | None]
    # The user's secrets, without their values.
    secrets: NotRequired["list[UserSecret] | None"]
    # Per-connection (or per plugin preset) credentials of the user, by connection name; their `password` and
    # `refreshToken` are write-only.
    credentials: NotRequired["dict[str, UserCredential] | None"]
    # UI language and notification preferences.
    preferences: NotRequired["UserSettingsPreferences | None"]
    # Trial of the user, if any.
    trialStatus: NotRequired["UserSettingsTrialStatus | None"]
    # Listings only; whether the user may write code.
    codeAllowed: NotRequired[bool | None]
    # Listings only; how many browser sessions of the user are open.
    activeWebSocketSessions: NotRequired[int | None]


class UserSettingsPreferences(TypedDict, extra_items=Any):
    """UI language and notification preferences."""

    # Language of the user interface (`en`, `fr`, ...).
    uiLanguage: NotRequired[str | None]
    # Whether the user gets a mail when mentioned in a discussion.
    mentionEmails: NotRequired[bool | None]
    # Whether the user gets a mail on discussions they follow.
    discussionEmails: NotRequired[bool | None]
    # Whether the user gets a mail when someone requests access to their objects.
    accessRequestEmails: NotRequired[bool | None]
    # Whether the user gets a mail when granted access.
    grantedAccessEmails: NotRequired[bool | None]
    # Whether the user gets a mail when a plugin request is granted.
    grantedPluginRequestEmails: NotRequired[bool | None]
    # Whether the user gets a mail on plugin requests.
    pluginRequestEmails: NotRequired[bool | None]
    # Whether the user gets a mail on requests to access the instance.
    instanceAccessRequestsEmails: NotRequired[bool | None]
    # Whether the user gets a mail on profile upgrade requests.
    profileUpgradeRequestsEmails: NotRequired[bool | None]
    # Whether the user gets a mail on code env creation requests.
    codeEnvCreationRequestEmails: NotRequired[bool | None]
    # Whether the user gets a mail when a code env creation request is granted.
    grantedCodeEnvCreationRequestEmails: NotRequired[bool | None]
    # Whether the user gets a daily digest mail.
    dailyDigestsEmails: NotRequired[bool | None]
    # Whether the user gets a mail on activity while offline.
    offlineActivityEmails: NotRequired[bool | None]
    # Whether the flow reopens where the user left it.
    rememberPositionFlow: NotRequired[bool | None]
    # Whether logins and logouts are notified.
    loginLogoutNotifications: NotRequired[bool | None]
    # Whether edits of watched objects are notified.
    watchedObjectsEditionsNotifications: NotRequired[bool | None]
    # Whether creations and deletions in the current project are notified.
    objectOnCurrentProjectCreatedDeletedNotifications: NotRequired[bool | None]
    # Whether any edit in the current project is notified.
    anyObjectOnCurrentProjectEditedNotifications: NotRequired[bool | None]
    # Whether watches and stars in the current project are notified.
    watchStarOnCurrentProjectNotifications: NotRequired[bool | None]
    # Whether other users' jobs and tasks are notified.
    otherUsersJobsTasksNotifications: NotRequired[bool | None]
    # Whether access requests are notified.
    requestAccessNotifications: NotRequired[bool | None]
    # Whether scenario runs are notified.
    scenarioRunNotifications: NotRequired[bool | None]


class UserSettingsTrialStatus(TypedDict, extra_items=Any):
    """Trial of the user, if any."""

    # Whether the user has or had a trial.
    exists: NotRequired[bool | None]
    # Whether the trial is over.
    expired: NotRequired[bool | None]
    # Whether the trial is running.
    valid: NotRequired[bool | None]
    # When the trial ends, in ms since the Unix epoch.
    expiresOn: NotRequired[int | None]
    # When the trial was granted, in ms since the Unix epoch.
    grantedOn: NotRequired[int | None]
    # Who granted the trial (unverified).
    grantedBy: NotRequired[str | None]


class UserTag(TypedDict, extra_items=Any):
    """Who did something to an object, and when."""

    # The user who made the change.
    lastModifiedBy: NotRequired["UserTagLastModifiedBy"]
    # When the change was made, in milliseconds since the Unix epoch.
    lastModifiedOn: NotRequired[int]
    # How many times the object was changed before.
    versionNumber: NotRequired[int | None]


class UserTagLastModifiedBy(TypedDict, extra_items=Any):
    """The user who made the change."""

    # Login of the user.
    login: NotRequired[str]


class WebAppBackendState(TypedDict, extra_items=Any):
    """The state of a webapp's backend."""

    # Project of the webapp.
    projectKey: str
    # The webapp.
    webAppId: str
    futureInfo: NotRequired["FutureState"]


class WebAppCreated(TypedDict, extra_items=Any):
    """The webapp created."""

    # Project of the webapp.
    projectKey: NotRequired[str]
    # Identifier DSS chose for the webapp.
    webAppId: str
    # Name of the webapp (unverified).
    name: NotRequired[str]


class WebAppListItem(TypedDict, extra_items=Any):
    """A webapp as listed."""

    # Identifier of the webapp.
    id: str
    # Project of the webapp.
    projectKey: str
    # Name of the webapp.
    name: NotRequired[str]
    # Type of the webapp: `STANDARD`, `BOKEH`, `DASH`, `STREAMLIT`, `SHINY`, or a plugin's webapp.
    type: NotRequired[str]
    # Tags of the webapp.
    tags: NotRequired[list[str]]


class WebAppParams(TypedDict, extra_items=Any):
    """The webapp's code and options; which properties depend on its type."""

    # HTML of a standard webapp.
    html: NotRequired[str]
    # CSS of a standard webapp.
    css: NotRequired[str]
    # JavaScript of a standard webapp.
    js: NotRequired[str]
    # Python code of the backend (standard, Bokeh, Dash, Streamlit webapps).
    python: NotRequired[str]
    # Whether a standard webapp has a backend.
    backendEnabled: NotRequired[bool]
    # Whether DSS starts the backend with the instance.
    autoStartBackend: NotRequired[bool]
    # The code environment of the backend.
    envSelection: NotRequired["WebAppParamsEnvSelection"]


class WebAppParamsEnvSelection(TypedDict, extra_items=Any):
    """The code environment of the backend."""

    # `INHERIT` (the project's default), `USE_BUILTIN_MODE` or `EXPLICIT_ENV`.
    envMode: NotRequired[str]
    # The code environment, with `EXPLICIT_ENV`.
    envName: NotRequired[str]


class WebAppSettings(TypedDict, extra_items=Any):
    """A webapp's settings."""

    # Identifier of the webapp.
    id: NotRequired[str]
    # Project of the webapp.
    projectKey: NotRequired[str]
    # Name of the webapp.
    name: NotRequired[str]
    # Type of the webapp (`STANDARD`, `BOKEH`, `DASH`, `STREAMLIT`, `SHINY`, ...).
    type: NotRequired[str]
    params: NotRequired["WebAppParams"]
    # Tags of the webapp.
    tags: NotRequired[list[str]]
    creationTag: NotRequired["UserTag"]
    versionTag: NotRequired["UserTag"]


class WikiArticle(TypedDict, extra_items=Any):
    """The metadata of a wiki article."""

    # Identifier of the article, chosen by DSS.
    id: NotRequired[str | None]
    # Key of the project.
    projectKey: NotRequired[str | None]
    # Name (title) of the article.
    name: NotRequired[str | None]
    # How the article is laid out (unverified).
    layout: NotRequired[str | None]
    # Its attached files and objects.
    attachments: NotRequired["list[WikiAttachment] | None"]
    # Its tags.
    tags: NotRequired[list[str] | None]
    # Who created it, and when.
    creationTag: NotRequired["UserTag | None"]
    # Who changed it last, and when.
    versionTag: NotRequired["UserTag | None"]


class WikiArticleData(TypedDict, extra_items=Any):
    """An article - its metadata and its Markdown body."""

    article: NotRequired["WikiArticle"]
    # Its body, in Markdown.
    payload: NotRequired[str | None]


class WikiAttachment(TypedDict, extra_items=Any):
    """Something attached to an article - an uploaded file, or a DSS object."""

    # `FILE` for an uploaded file, `DSS_OBJECT` for an object of DSS.
    attachmentType: NotRequired[str | None]
    # An uploaded file's identifier (for `getWikiAttachment`), or the object's reference.
    smartId: NotRequired[str | None]
    # The type of an attached DSS object (unverified).
    taggableType: NotRequired[str | None]
    # How the attachment shows.
    details: NotRequired["WikiAttachmentDetails | None"]


class WikiAttachmentDetails(TypedDict, extra_items=Any):
    """How the attachment shows."""

    # The file's name, or the object's display name.
    objectDisplayName: NotRequired[str | None]
    # An uploaded file's size in bytes (unverified).
    attachmentSize: NotRequired[int | None]


class WikiAttachmentUpload(TypedDict, extra_items=Any):
    """A file to attach (a multipart form, its part named `file` with the file's name)."""

    # The file.
    file: str


class WikiExportBody(TypedDict, extra_items=Any):
    """How to export."""

    # Page format (A4 when absent).
    paperSize: NotRequired[Literal["A4", "A3", "US_LETTER", "LEDGER"]]
    # An article's export includes its descendants.
    exportChildren: NotRequired[bool | None]
    # Answer a zip archive with the PDF and the attached files.
    exportAttachments: NotRequired[bool | None]


class WikiSettings(TypedDict, extra_items=Any):
    """The settings of a project's wiki."""

    # Key of the project.
    projectKey: NotRequired[str | None]
    # The tree of the articles; every article appears once and only once.
    taxonomy: NotRequired["list[WikiTaxonomyNode] | None"]
    # Identifier of the article the wiki opens on, if any.
    homeArticleId: NotRequired[str | None]


class WikiTaxonomyNode(TypedDict, extra_items=Any):
    """An article's place in the wiki's tree."""

    # Identifier of the article.
    id: str
    # The articles under it, in order.
    children: NotRequired["list[WikiTaxonomyNode]"]


class WorkspaceObject(TypedDict, extra_items=Any):
    """An object a workspace shows."""

    # Identifier of the object within the workspace.
    id: NotRequired[str | None]
    # A project's object (`projectKey`, `type` DATASET, ARTICLE or DASHBOARD, `id`).
    reference: NotRequired["WorkspaceObjectReference | None"]
    # An app.
    appId: NotRequired[str | None]
    # A link (`name`, `url`, `description`).
    htmlLink: NotRequired["WorkspaceObjectHtmlLink | None"]


class WorkspaceObjectHtmlLink(TypedDict, extra_items=Any):
    """A link (`name`, `url`, `description`)."""

    # Title of the link.
    name: NotRequired[str | None]
    # The URL.
    url: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]


class WorkspaceObjectReference(TypedDict, extra_items=Any):
    """A project's object (`projectKey`, `type` DATASET, ARTICLE or DASHBOARD, `id`)."""

    # Project of the object.
    projectKey: NotRequired[str | None]
    # `DATASET`, `ARTICLE` or `DASHBOARD`.
    type: NotRequired[str | None]
    # Identifier of the object.
    id: NotRequired[str | None]


class WorkspaceSettings(TypedDict, extra_items=Any):
    """A workspace's settings."""

    # Key of the workspace (letters, digits, underscores).
    workspaceKey: NotRequired[str | None]
    # Display name.
    displayName: NotRequired[str | None]
    # Color, as `#RRGGBB`.
    color: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]
    # Who may do what, each `{user or group, admin, write, read}` (shown to the workspace's administrators).
    permissions: NotRequired["list[WorkspaceSettingsPermissionsItem] | None"]


class WorkspaceSettingsPermissionsItem(TypedDict, extra_items=Any):
    """Permissions of one user or group."""

    # Login of the user the entry is about (an entry names a `user` or a `group`).
    user: NotRequired[str]
    # Name of the group the entry is about.
    group: NotRequired[str]
    # May administer the workspace.
    admin: NotRequired[bool]
    # May add and remove objects.
    write: NotRequired[bool]
    # May see the workspace.
    read: NotRequired[bool]


# The body DSS answers a successful write with. Its content is not documented; do not rely on it.
Acknowledgement: TypeAlias = dict[str, Any]

# The admin API keys.
ApiNodeAdminKeyList: TypeAlias = list[ApiNodeAdminKey]

# The function's keyword arguments, by name.
ApiNodeFunctionBody: TypeAlias = dict[str, Any]

# The services of the API node.
ApiNodeServiceList: TypeAlias = list[ApiNodeServiceState]

# The query's named parameters, by name.
ApiNodeSqlQueryBody: TypeAlias = dict[str, Any]

# The HTTP headers of a browser's request, by header name.
BrowserHeaders: TypeAlias = dict[str, str]

# With `wait=false`, the FutureState of the task; with `wait=true`, its outcome, whose `messages.error` tells
# whether it failed.
CodeEnvTaskAnswer: TypeAlias = FutureState | CodeEnvOperationOutcome

# The changes copied into DSS, by zone identifier.
CodeStudioPullResult: TypeAlias = dict[str, CodeStudioPullResultValue]

# Parameters of a custom audit entry, recorded as its `customMsgParams`; free keys, any JSON values.
CustomAuditParams: TypeAlias = dict[str, Any]

# Outcome of a rule, or status of a dataset: `OK`, `WARNING`, `ERROR`, `EMPTY` (the value could not be
# computed), or `NOT_COMPUTED` for a status without results (unverified) (`x-extensible-enum`).
DataQualityOutcome: TypeAlias = str

# Statuses, by partition.
DataQualityStatusByPartition: TypeAlias = dict[str, DataQualityPartitionStatus]

# Variables, by name; values are any JSON.
InstanceVariables: TypeAlias = dict[str, Any]

# The checks to run: the names of checks of the store's settings (an array of strings), or their definitions, as
# in the settings' `metricsChecks` (an object with `checks`).
RunEvaluationChecksBody: TypeAlias = list[str] | RunEvaluationChecksBody1

# The runs of an SQL notebook's queries, by cell id, most recent first.
SqlNotebookHistory: TypeAlias = dict[str, list[SqlNotebookQueryRun]]

__all__ = [
    "Acknowledgement",
    "AddCustomEvaluationBody",
    "AnalysisCreated",
    "AnalysisDefinition",
    "AnalysisDefinitionChartsItem",
    "AnalysisDefinitionChartsItemDef",
    "AnalysisListItem",
    "AnalysisScript",
    "AnalysisScriptExplorationFiltersItem",
    "AnalysisScriptExplorationSampling",
    "AnalysisScriptStep",
    "AnalysisScriptStepParams",
    "AnalysisScriptStepStepsItem",
    "AnalysisScriptStepStepsItemParams",
    "ApiDeployerDeploymentHeavyStatus",
    "ApiDeployerDeploymentHeavyStatusApiNodesItem",
    "ApiDeployerDeploymentLightStatus",
    "ApiDeployerDeploymentLightStatusDeploymentBasicInfo",
    "ApiDeployerDeploymentLightStatusServiceBasicInfo",
    "ApiDeployerDeploymentRef",
    "ApiDeployerDeploymentSettings",
    "ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerItem",
    "ApiDeployerDeploymentUpdate",
    "ApiDeployerDeploymentUpdateListItem",
    "ApiDeployerDeploymentUpdateLogs",
    "ApiDeployerGenerationsMapping",
    "ApiDeployerGenerationsMappingEntriesItem",
    "ApiDeployerInfoMessages",
    "ApiDeployerInfoMessagesMessagesItem",
    "ApiDeployerInfraBasicInfo",
    "ApiDeployerInfraSettings",
    "ApiDeployerInfraSettingsApiNodesItem",
    "ApiDeployerInfraStatus",
    "ApiDeployerOpenApiDocument",
    "ApiDeployerOpenApiDocumentInfo",
    "ApiDeployerOpenApiDocumentServersItem",
    "ApiDeployerQueryResults",
    "ApiDeployerQueryResultsResponsesItem",
    "ApiDeployerQueryResultsResponsesItemQuery",
    "ApiDeployerQueryResultsResponsesItemResponse",
    "ApiDeployerQueryResultsResponsesItemResponseApiContext",
    "ApiDeployerQueryResultsResponsesItemResponseResult",
    "ApiDeployerQueryResultsResponsesItemResponseTiming",
    "ApiDeployerServiceSettings",
    "ApiDeployerServiceStatus",
    "ApiDeployerServiceStatusServiceBasicInfo",
    "ApiDeployerServiceVersion",
    "ApiDeployerServiceVersionDesignNodeInfo",
    "ApiDeployerStage",
    "ApiNodeAdminKey",
    "ApiNodeAdminKeyBody",
    "ApiNodeAdminKeyList",
    "ApiNodeAnswer",
    "ApiNodeApiContext",
    "ApiNodeCreateServiceBody",
    "ApiNodeDispatch",
    "ApiNodeExplanationsRequest",
    "ApiNodeForecastBody",
    "ApiNodeFunctionBody",
    "ApiNodeFunctionResult",
    "ApiNodeFunctionResultTiming",
    "ApiNodeGenerations",
    "ApiNodeGenerationsMapping",
    "ApiNodeLookupBody",
    "ApiNodeLookupItem",
    "ApiNodeLookupMultiBody",
    "ApiNodeLookupResult",
    "ApiNodeLookupResults",
    "ApiNodeLookupResultsTiming",
    "ApiNodeMappingEntry",
    "ApiNodeMetrics",
    "ApiNodeMetricsServicesValue",
    "ApiNodeMetricsServicesValueEndpointsValue",
    "ApiNodePredictBody",
    "ApiNodePredictMultiBody",
    "ApiNodePrediction",
    "ApiNodePredictionResult",
    "ApiNodePredictionTiming",
    "ApiNodePredictions",
    "ApiNodePredictionsResultsItem",
    "ApiNodePredictionsTiming",
    "ApiNodeRecord",
    "ApiNodeServiceList",
    "ApiNodeServiceState",
    "ApiNodeSqlQueryBody",
    "ApiNodeSqlQueryResult",
    "ApiNodeSqlQueryResultTiming",
    "ApiNodeSwitchResult",
    "ApiServiceEndpointSummary",
    "ApiServiceListItem",
    "ApiServicePackage",
    "ApiServicePackageSummary",
    "ApiServicePackageSummaryPublishedToItem",
    "ApiServiceSettings",
    "ApiServiceSettingsAuthRealm",
    "ApiServiceSettingsAuthRealmQueryKeysItem",
    "ApiServiceSettingsEndpointsItem",
    "ApiServiceSettingsEndpointsItemTestQueriesItem",
    "AppInstanceSummary",
    "AppManifest",
    "AppManifestHomepageSectionsItem",
    "AppManifestHomepageSectionsItemTilesItem",
    "AppManifestUseAsRecipeSettings",
    "AppManifestUseAsRecipeSettingsInputRolesItem",
    "AppManifestUseAsRecipeSettingsOutputRolesItem",
    "AppSummary",
    "AuthInfo",
    "AuthInfoSecretsItem",
    "AuthorizationMatrix",
    "AuthorizationMatrixPerGroup",
    "AuthorizationMatrixPerUser",
    "BrowserHeaders",
    "BundleActivationOptions",
    "BundleActivationReport",
    "BundleList",
    "BundleManifest",
    "BundlePreloadReport",
    "BundlePublication",
    "BundleSummary",
    "ChecksReport",
    "ChecksReportResultsItem",
    "ChecksReportResultsItemValue",
    "ClearSqlNotebookHistoryBody",
    "ClusterActionResult",
    "ClusterSettings",
    "ClusterSettingsParams",
    "ClusterSettingsParamsConfig",
    "ClusterStatus",
    "ClusterSubsystemSettings",
    "ClusterSubsystemSettingsExtraConfItem",
    "ClusterSummary",
    "CodeEnvContainerRuntimeAddition",
    "CodeEnvDesc",
    "CodeEnvDescCreationTag",
    "CodeEnvDescCreationTagLastModifiedBy",
    "CodeEnvDescEnvSettings",
    "CodeEnvOperationOutcome",
    "CodeEnvSettings",
    "CodeEnvSummary",
    "CodeEnvTaskAnswer",
    "CodeEnvUsage",
    "CodeEnvVersionForProject",
    "CodeEnvVersionSettings",
    "CodeStudio",
    "CodeStudioConflicts",
    "CodeStudioListItem",
    "CodeStudioListItemDesc",
    "CodeStudioPullResult",
    "CodeStudioPullResultValue",
    "CodeStudioPushResult",
    "CodeStudioStatus",
    "CodeStudioStatusExposedItem",
    "CodeStudioTemplateSettings",
    "CodeStudioTemplateSettingsParams",
    "CodeStudioTemplateSettingsParamsBlocksItem",
    "CodeStudioTemplateSettingsParamsBlocksItemParams",
    "CodeStudioTemplateSummary",
    "CodeStudioZone",
    "ColumnLineageColumn",
    "ColumnLineageRecipe",
    "ColumnLineageRelation",
    "ComparedItem",
    "ComputeDataDriftBody",
    "ComputeDriftBody",
    "ComputedMetric",
    "ComputedMetricMeta",
    "ComputedMetricValue",
    "ComputedMetricsValues",
    "ConnectionDetailsReadability",
    "ConnectionInfo",
    "ConnectionInfoResolvedAWSCredential",
    "ConnectionInfoResolvedBasicCredential",
    "ConnectionInfoResolvedOAuth2Credential",
    "ConnectionParams",
    "ConnectionParamsNamingRule",
    "ConnectionSettings",
    "ConnectionSettingsCreationTag",
    "ConnectionSettingsCreationTagLastModifiedBy",
    "ConnectionSettingsIndexingSettings",
    "ConnectionSyncRequest",
    "ConnectionTestResult",
    "ContainerExecutionConfig",
    "ContinuousActivity",
    "ContinuousActivityLoopParams",
    "ContinuousActivityMainLoopState",
    "CopyDatasetRequest",
    "CopyManagedFolderBody",
    "CreateAnalysisBody",
    "CreateAnalysisMLTaskBody",
    "CreateApiDeployerDeploymentBody",
    "CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerItem",
    "CreateApiDeployerInfraBody",
    "CreateApiDeployerServiceBody",
    "CreateClusterBody",
    "CreateClusterBodyParams",
    "CreateClusterBodyParamsConfig",
    "CreateCodeEnvBody",
    "CreateCodeStudioBody",
    "CreateCodeStudioResponse",
    "CreateConnectionBody",
    "CreateDashboardBody",
    "CreateDatasetBody",
    "CreateEvaluationComparisonBody",
    "CreateEvaluationStoreBody",
    "CreateFlowZoneBody",
    "CreateGlobalApiKeyBody",
    "CreateGroupBody",
    "CreateInsightBody",
    "CreateInsightBodyInsightPrototype",
    "CreateMLTaskBody",
    "CreateManagedDatasetBody",
    "CreateManagedFolderBody",
    "CreateManagedStreamingEndpointBody",
    "CreateManagedStreamingEndpointBodyCreationSettings",
    "CreatePersonalApiKeyBody",
    "CreatePersonalApiKeyForUserBody",
    "CreateProjectBody",
    "CreateProjectBodySettings",
    "CreateProjectBodySettingsCodeEnvs",
    "CreateRecipeBody",
    "CreateRecipeBodyCreationSettings",
    "CreateSavedModelBody",
    "CreateScenarioBody",
    "CreateStreamingEndpointBody",
    "CreateUserBody",
    "CreateWebAppBody",
    "CreateWikiArticleBody",
    "CustomAuditParams",
    "CustomEvaluationMetric",
    "DSSError",
    "Dashboard",
    "DashboardChecklists",
    "DashboardChecklistsChecklistsItem",
    "DashboardChecklistsChecklistsItemItemsItem",
    "DashboardListItem",
    "DashboardPage",
    "DashboardPageGrid",
    "DashboardTile",
    "DashboardTileBox",
    "DataQualityDatasetSummary",
    "DataQualityOutcome",
    "DataQualityPartitionStatus",
    "DataQualityProjectSummary",
    "DataQualityRule",
    "DataQualityRuleBody",
    "DataQualityRuleResult",
    "DataQualityRuleSet",
    "DataQualityStatusByPartition",
    "DataQualityTimelineDay",
    "DataQualityTimelineDayDatasetsValue",
    "DataSelection",
    "DataSelectionFilter",
    "DataSelectionOrdering",
    "DataSelectionOrderingRulesItem",
    "Dataset",
    "DatasetChecksSettings",
    "DatasetChecksSettingsDisplayedState",
    "DatasetCounts",
    "DatasetCustomMeta",
    "DatasetDkuPropertiesItem",
    "DatasetFlowOptions",
    "DatasetFormatParams",
    "DatasetInfo",
    "DatasetInfoLastBuild",
    "DatasetMetricsSettings",
    "DatasetMetricsSettingsDisplayedState",
    "DatasetMetricsSettingsEngineConfig",
    "DatasetMetricsSettingsEngineConfigDss",
    "DatasetParams",
    "DatasetParamsFilesSelectionRules",
    "DatasetParamsFilesSelectionRulesExcludeRulesItem",
    "DatasetParamsFilesSelectionRulesIncludeRulesItem",
    "DatasetParamsVariablesExpansionLoopConfig",
    "DatasetPartitioning",
    "DatasetPartitioningDimensionsItem",
    "DatasetPartitioningDimensionsItemParams",
    "DatasetReadWriteOptions",
    "DatasetReadWriteOptionsDefaultReadOrdering",
    "DatasetReadWriteOptionsDefaultReadOrderingRulesItem",
    "DatasetSchema",
    "DatasetUsage",
    "DeleteSavedModelVersionsBody",
    "DeployMLTaskModelToFlowBody",
    "DeployerInfraCreation",
    "DeployerInfraSettings",
    "DeployerInfraStatus",
    "DeployerPermissionItem",
    "DeployerStage",
    "DeploymentCreation",
    "DeploymentHeavyStatus",
    "DeploymentLightStatus",
    "DeploymentSettings",
    "DeploymentUpdate",
    "DeploymentUpdateLogs",
    "Discussion",
    "DiscussionRepliesItem",
    "DriftColumnParams",
    "DriftColumnSettings",
    "DriftFutureState",
    "DriftFutureStatePayload",
    "DriftFutureStateProgress",
    "DriftModelAccuracy",
    "DriftModelResult",
    "DriftModelResultDriftVersusImportance",
    "DriftParams",
    "DriftResult",
    "DuplicateProjectBody",
    "DuplicateProjectBodyRemapping",
    "DuplicateProjectBodyRemappingCodeEnvsItem",
    "DuplicateProjectBodyRemappingConnectionsItem",
    "EnsembleMLTaskModelsBody",
    "EvaluateExternalModelVersionBody",
    "EvaluateExternalModelVersionBodySamplingParam",
    "EvaluationComparisonSettings",
    "EvaluationFullInfo",
    "EvaluationInfo",
    "EvaluationInfoModelRef",
    "EvaluationLabel",
    "EvaluationMetrics",
    "EvaluationRef",
    "EvaluationSampleSchema",
    "EvaluationSampleSchemaColumnsItem",
    "EvaluationStoreListItem",
    "EvaluationStoreSettings",
    "EvaluationStoreSettingsMetrics",
    "EvaluationStoreSettingsMetricsChecks",
    "EvaluationStoreUsage",
    "EvaluationUserMeta",
    "ExternalModelVersionMetadata",
    "ExternalModelVersionMetadataClassLabelsItem",
    "ExternalModelVersionMetadataFeaturesItem",
    "ExternalModelVersionMetadataProxyModelVersionConfiguration",
    "FeatureGroup",
    "FlowGraph",
    "FlowGraphNode",
    "FlowToolState",
    "FlowZone",
    "FlowZoneItem",
    "FormatDetectionRequest",
    "FullModelId",
    "FutureProgressState",
    "FutureState",
    "FutureStatePayload",
    "FutureStateProgress",
    "GeneralSettings",
    "GeneralSettingsAzureADSettings",
    "GeneralSettingsCodeEnvs",
    "GeneralSettingsContainerSettings",
    "GeneralSettingsDefaultDatasetCreationSettings",
    "GeneralSettingsImpersonation",
    "GeneralSettingsLdapSettings",
    "GeneralSettingsLdapSettingsGroupProfilesItem",
    "GeneralSettingsSparkSettings",
    "GeneralSettingsSparkSettingsExecutionConfigsItem",
    "GeneralSettingsSsoSettings",
    "GlobalApiKey",
    "GlobalPermissions",
    "GlobalUsageSummary",
    "GlobalUsageSummaryProjectSummariesItem",
    "GroupDefinition",
    "ImpersonationRule",
    "ImportApiDeployerServiceVersionForm",
    "InfoMessage",
    "InfoMessages",
    "InfoMessagesMessagesItem",
    "Insight",
    "InsightChecklists",
    "InsightChecklistsChecklistsItem",
    "InsightChecklistsChecklistsItemItemsItem",
    "InsightListItem",
    "InstanceInfo",
    "InstanceVariables",
    "JobActivity",
    "JobActivityFirstFailure",
    "JobActivityTargetsItem",
    "JobDefinition",
    "JobListItem",
    "JobOutput",
    "JobState",
    "JobStateOutputsItem",
    "JobStatus",
    "JobStatusBaseStatus",
    "JobStatusGlobalState",
    "JupyterKernelSpec",
    "JupyterNotebookCell",
    "JupyterNotebookCellMetadata",
    "JupyterNotebookCellOutputsItem",
    "JupyterNotebookContent",
    "JupyterNotebookListItem",
    "JupyterNotebookMetadata",
    "JupyterNotebookMetadataLanguageInfo",
    "JupyterNotebookSession",
    "KubectlCommandResult",
    "KubernetesJobsDeletion",
    "KubernetesPodsDeletion",
    "LibraryFileContent",
    "LibraryMoveBody",
    "LibraryNode",
    "LibraryRenameBody",
    "LicenseFile",
    "LicenseFileContent",
    "LicensingStatus",
    "LicensingStatusBase",
    "LicensingStatusBaseLicenseContent",
    "LicensingStatusBaseLicenseContentLicensee",
    "LicensingStatusBaseProfileLimitsValue",
    "LicensingStatusBaseProfileLimitsValueLicensed",
    "LogFileList",
    "LogFileSummary",
    "MLDatasetSelection",
    "MLExplicitExtract",
    "MLFeaturePreprocessing",
    "MLMetricsSettings",
    "MLMetricsSettingsCustomMetricsItem",
    "MLRowFilter",
    "MLSplitParams",
    "MLTargetRemapping",
    "MLTaskAssertionCondition",
    "MLTaskAssertionParams",
    "MLTaskAssertionsParams",
    "MLTaskDiagnosticType",
    "MLTaskDiagnosticsSettings",
    "MLTaskEnsembleStarted",
    "MLTaskGridSearchParams",
    "MLTaskList",
    "MLTaskListItem",
    "MLTaskModelDeployed",
    "MLTaskModelRedeployed",
    "MLTaskModelSnippetsBody",
    "MLTaskModeling",
    "MLTaskPreprocessing",
    "MLTaskPropensityModeling",
    "MLTaskQueue",
    "MLTaskQueueQueueItem",
    "MLTaskQueueTrainStarted",
    "MLTaskQueues",
    "MLTaskRef",
    "MLTaskSettings",
    "MLTaskSettingsEvaluationParams",
    "MLTaskStatus",
    "MLTaskTimeseriesSampling",
    "MLTaskTrainStarted",
    "MLTimestepParams",
    "MacroDefinition",
    "MacroMeta",
    "MacroParam",
    "MacroRun",
    "ManagedDatasetCreationSettings",
    "ManagedDatasetCreationSettingsSpecificSettings",
    "ManagedFolder",
    "ManagedFolderChecklists",
    "ManagedFolderChecklistsChecklistsItem",
    "ManagedFolderChecklistsChecklistsItemItemsItem",
    "ManagedFolderContents",
    "ManagedFolderCreated",
    "ManagedFolderCreationTag",
    "ManagedFolderCreationTagLastModifiedBy",
    "ManagedFolderFlowOptions",
    "ManagedFolderItem",
    "ManagedFolderParams",
    "ManagedFolderSaved",
    "ManagedFolderUsage",
    "ManagedFolderVersionTag",
    "ManagedFolderVersionTagLastModifiedBy",
    "MeaningDefinition",
    "MeaningDefinitionEntriesItem",
    "MeaningDefinitionMappingsItem",
    "MeaningDefinitionMappingsItemTo1",
    "MetricCheck",
    "MetricCheckMeta",
    "MetricDefinition",
    "MetricHistory",
    "MetricIdsRequest",
    "MetricValue",
    "MetricValuePoint",
    "MetricsComputationReport",
    "MetricsEngineToggle",
    "MetricsProbe",
    "MetricsProbeConfiguration",
    "MetricsProbeConfigurationAggregatesItem",
    "MetricsProbeMeta",
    "MetricsProbes",
    "MlflowCreateExperimentAnswer",
    "MlflowCreateExperimentBody",
    "MlflowCreateRunBody",
    "MlflowExperiment",
    "MlflowExperimentIdBody",
    "MlflowExperimentList",
    "MlflowExperimentsDatasetBody",
    "MlflowInferenceInfoBody",
    "MlflowLogMetricBody",
    "MlflowLogParameterBody",
    "MlflowMetric",
    "MlflowParam",
    "MlflowRenameExperimentBody",
    "MlflowRun",
    "MlflowRunAnswer",
    "MlflowRunData",
    "MlflowRunIdBody",
    "MlflowRunInfo",
    "MlflowRunModel",
    "MlflowSearchExperimentsBody",
    "MlflowTag",
    "ModelDetailsCoefficientPaths",
    "ModelDetailsDocumentationTemplateUpload",
    "ModelDetailsGlobalExplanations",
    "ModelDetailsGlobalExplanationsComputationParams",
    "ModelDetailsGlobalExplanationsFacts",
    "ModelDetailsPartialDependence",
    "ModelDetailsPartialDependencies",
    "ModelDetailsPostTrainingComputationBody",
    "ModelDetailsPostTrainingComputationBodyComputationParams",
    "ModelDetailsScatterPlots",
    "ModelDetailsShapleyComputationBody",
    "ModelDetailsShapleyComputationBodyComputationParams",
    "ModelDetailsSubpopulationAnalyses",
    "ModelDetailsSubpopulationAnalysis",
    "ModelDetailsSubpopulationModality",
    "ModelDetailsSubpopulationModalityPerf",
    "ModelDetailsSubpopulationModalityPerfGlobalMetrics",
    "ModelDetailsSubpopulationModalityPerformanceMetrics",
    "ModelDetailsSubpopulationPerformance",
    "ModelDetailsSubpopulationPerformancePerf",
    "ModelDetailsSubpopulationPerformancePerfGlobalMetrics",
    "ModelDetailsSubpopulationPerformancePerformanceMetrics",
    "ModelDetailsTimeseriesResults",
    "ModelDetailsTree",
    "ModelDetailsTreeSet",
    "ModelDetailsUserMeta",
    "ModelDetailsUserMetaLabelsItem",
    "NamedProperty",
    "NotebookCounts",
    "NotebookState",
    "NotebookStateActiveSessionsItem",
    "ObjectMetadata",
    "ObjectMetadataChecklists",
    "ObjectMetadataChecklistsChecklistsItem",
    "ObjectMetadataChecklistsChecklistsItemItemsItem",
    "ObjectMetadataCustom",
    "OutputSchemaUpdate",
    "PerTimeseriesMetrics",
    "PersonalApiKey",
    "PluginArchiveUpload",
    "PluginFileMove",
    "PluginFileNode",
    "PluginFileRename",
    "PluginGitSource",
    "PluginMissingType",
    "PluginParameterSetDesc",
    "PluginParameterSetDescDesc",
    "PluginParameterSetDescDescMeta",
    "PluginParameterSetDescDescParamsItem",
    "PluginParameterSetDescDescPluginParamsItem",
    "PluginParameterSetSettings",
    "PluginParameterSetSettingsDefaultPermission",
    "PluginPreset",
    "PluginPresetPermission",
    "PluginSettings",
    "PluginSummary",
    "PluginSummaryMeta",
    "PluginUsage",
    "PluginUsages",
    "PredictionDriftResult",
    "PrepareTablesImportBody",
    "PreparedImport",
    "ProjectCodeEnvSelection",
    "ProjectContainerSettings",
    "ProjectDeployerDeploymentBasicInfo",
    "ProjectDeployerInfraBasicInfo",
    "ProjectDuplicated",
    "ProjectExportOptions",
    "ProjectFolder",
    "ProjectFolderSettings",
    "ProjectFolderSettingsPermissionsItem",
    "ProjectFromBundle",
    "ProjectGrants",
    "ProjectImportResult",
    "ProjectImportSettings",
    "ProjectImportSettingsRemapping",
    "ProjectImportSettingsRemappingCodeEnvsItem",
    "ProjectImportSettingsRemappingConnectionsItem",
    "ProjectImportSettingsRemappingContainerExecsItem",
    "ProjectPermissionItem",
    "ProjectPermissions",
    "ProjectSettings",
    "ProjectSettingsBundleExporterSettings",
    "ProjectSettingsBundleExporterSettingsDataInclusionRulesItem",
    "ProjectSettingsBundleExporterSettingsExportOptions",
    "ProjectSettingsExposedObjects",
    "ProjectSettingsExposedObjectsObjectsItem",
    "ProjectSettingsExposedObjectsObjectsItemRulesItem",
    "ProjectSettingsSettings",
    "ProjectSettingsSettingsCluster",
    "ProjectSettingsSettingsCodeEnvs",
    "ProjectSettingsSettingsFlowBuildSettings",
    "ProjectSettingsSettingsIntegrations",
    "ProjectSettingsSettingsIntegrationsIntegrationsItem",
    "ProjectSettingsSettingsIntegrationsIntegrationsItemHook",
    "ProjectSettingsSettingsLimits",
    "ProjectSettingsSettingsLimitsMemSampleBytes",
    "ProjectSummary",
    "ProjectTagDefinition",
    "ProjectTags",
    "ProjectVariables",
    "PropagateSchemaBody",
    "PropagateSchemaBodyOptions",
    "PropagateSchemaBodyOptionsRecipeUpdateOptions",
    "PropagateSchemaBodyOptionsRecipeUpdateOptionsByType",
    "PropagateSchemaBodySourcesItem",
    "ProxyModelConfiguration",
    "PublishedProjectBasicInfo",
    "PublishedProjectBundle",
    "PublishedProjectBundleExportManifest",
    "PublishedProjectBundleExportManifestExportOptions",
    "PublishedProjectCreation",
    "PublishedProjectSettings",
    "PublishedProjectStatus",
    "RecipeAndPayload",
    "RecipeCounts",
    "RecipeCreated",
    "RecipeDefinition",
    "RecipeDefinitionParams",
    "RecipeDefinitionParamsContainerSelection",
    "RecipeDefinitionParamsEngineParams",
    "RecipeDefinitionParamsEngineParamsHive",
    "RecipeDefinitionParamsEngineParamsSpark",
    "RecipeDefinitionParamsEngineParamsSparkSparkConfig",
    "RecipeDefinitionParamsEngineParamsSqlPipelineParams",
    "RecipeDefinitionParamsEnvSelection",
    "RecipeEngine",
    "RecipePrototype",
    "RecipeRole",
    "RecipeRoleItem",
    "RecipeRoleItemDepsItem",
    "RecipeRoles",
    "RecipeSchemaUpdates",
    "RecipeSchemaUpdatesComputablesItem",
    "RecipeStatus",
    "RedeployMLTaskModelToFlowBody",
    "ReguessWithForecastingParamsBody",
    "RenameManagedFolderBody",
    "RenameRequest",
    "ResourcePermissionItem",
    "RunEvaluationChecksBody",
    "RunEvaluationChecksBody1",
    "RunKubectlRequest",
    "RunMacroBody",
    "SaveInsightBody",
    "SavedModel",
    "SavedModelCreated",
    "SavedModelFlowOptions",
    "SavedModelMiniTask",
    "SavedModelMiniTaskModeling",
    "SavedModelMiniTaskModelingMetrics",
    "SavedModelUsage",
    "SavedModelVersion",
    "ScenarioCounts",
    "ScenarioParams",
    "ScenarioParamsEnvSelection",
    "ScenarioPayload",
    "ScenarioReporter",
    "ScenarioReporterMessaging",
    "ScenarioReporterMessagingConfiguration",
    "ScenarioRun",
    "ScenarioRunDetails",
    "ScenarioRunError",
    "ScenarioRunForTrigger",
    "ScenarioRunResult",
    "ScenarioRunScenario",
    "ScenarioRunTrigger",
    "ScenarioSettings",
    "ScenarioSettingsDelayedTriggersBehavior",
    "ScenarioStep",
    "ScenarioStepParams",
    "ScenarioStepParamsBuildsItem",
    "ScenarioStepParamsChecksItem",
    "ScenarioStepParamsComputesItem",
    "ScenarioStepParamsEnvSelection",
    "ScenarioStepRun",
    "ScenarioStepRunAdditionalReportItemsItem",
    "ScenarioStepRunResult",
    "ScenarioSummary",
    "ScenarioTrigger",
    "ScenarioTriggerGraceDelaySettings",
    "ScenarioTriggerParams",
    "ScenarioTriggerParamsObjectsItem",
    "SchemaColumn",
    "SchemaPropagationRecipeOptions",
    "SqlColumn",
    "SqlNotebookCell",
    "SqlNotebookContent",
    "SqlNotebookHistory",
    "SqlNotebookListItem",
    "SqlNotebookQueryRun",
    "SqlQueryRequest",
    "SqlQueryRequestExtraConf",
    "SqlQueryRequestExtraConfHiveconfItem",
    "SqlQueryRequestExtraConfImpalaconfItem",
    "SqlQueryStart",
    "StatisticsCard",
    "StatisticsCardCardsItem",
    "StatisticsColumn",
    "StatisticsComputation",
    "StatisticsComputationComputationsItem",
    "StatisticsDataSpec",
    "StatisticsWorksheet",
    "StatisticsWorksheetBody",
    "StreamingEndpoint",
    "StreamingEndpointParams",
    "StreamingEndpointUsage",
    "TableImportCandidate",
    "TableImportCandidateSchema",
    "TableImportCandidateSchemaColumnsItem",
    "TableImportKey",
    "TablesImportCandidates",
    "TestAndDetectStreamingEndpointBody",
    "TestingStatus",
    "TicketAnswer",
    "TrainMLTaskBody",
    "TrainedModelDetails",
    "TrainedModelDetailsActualParams",
    "TrainedModelDetailsActualParamsResolved",
    "TrainedModelDetailsCoreParams",
    "TrainedModelDetailsFacts",
    "TrainedModelDetailsFactsClustersItem",
    "TrainedModelDetailsFactsClustersItemFactsItem",
    "TrainedModelDetailsIperf",
    "TrainedModelDetailsIperfGridCellsItem",
    "TrainedModelDetailsIperfLmCoefficients",
    "TrainedModelDetailsIperfRawImportance",
    "TrainedModelDetailsModeling",
    "TrainedModelDetailsPerf",
    "TrainedModelDetailsPerfPerCutData",
    "TrainedModelDetailsSmOrigin",
    "TrainedModelDetailsSplitDesc",
    "TrainedModelIdItem",
    "TrainedModelMetrics",
    "TrainedModelSnippet",
    "TrainedModelTrainInfo",
    "TrainedModelTrainInfoFailure",
    "TrainedModelUserMeta",
    "TrainedModelUserMetaLabelsItem",
    "TriggerFire",
    "UnivariateColumnDrift",
    "UnivariateDriftResult",
    "UploadedFile",
    "UserActivity",
    "UserCredential",
    "UserInfo",
    "UserSecret",
    "UserSettings",
    "UserSettingsPreferences",
    "UserSettingsTrialStatus",
    "UserTag",
    "UserTagLastModifiedBy",
    "WebAppBackendState",
    "WebAppCreated",
    "WebAppListItem",
    "WebAppParams",
    "WebAppParamsEnvSelection",
    "WebAppSettings",
    "WikiArticle",
    "WikiArticleData",
    "WikiAttachment",
    "WikiAttachmentDetails",
    "WikiAttachmentUpload",
    "WikiExportBody",
    "WikiSettings",
    "WikiTaxonomyNode",
    "WorkspaceObject",
    "WorkspaceObjectHtmlLink",
    "WorkspaceObjectReference",
    "WorkspaceSettings",
    "WorkspaceSettingsPermissionsItem",
]
