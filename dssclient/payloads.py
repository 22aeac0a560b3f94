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
    authorizationsToQueryThroughDeployer: NotRequired[list[dict[str, Any]] | None]
    # Tags of the deployment.
    tags: NotRequired[list[str] | None]


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
    permissions: NotRequired[list[dict[str, Any]] | None]


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
    info: NotRequired[dict[str, Any]]
    # Where the service answers.
    servers: NotRequired[list[dict[str, Any]]]
    # The endpoints' paths.
    paths: NotRequired[dict[str, Any]]


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
    query: NotRequired[dict[str, Any]]
    # Whether the service answered without error.
    ok: NotRequired[bool]
    # The service's answer, as an API node gives it.
    response: NotRequired[dict[str, Any]]


class ApiDeployerServiceSettings(TypedDict, extra_items=Any):
    """The settings of a published service: mostly who may do what with it. Save them back whole."""

    # Identifier of the published service.
    id: NotRequired[str | None]
    # Display name.
    name: NotRequired[str | None]
    # Login of its owner.
    owner: NotRequired[str | None]
    # What groups may do with it (`group`, `read`, `write`, `deploy`).
    permissions: NotRequired[list[dict[str, Any]] | None]


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
    designNodeInfo: NotRequired[dict[str, Any]]
    # The endpoints of the version.
    endpoints: NotRequired["list[ApiServiceEndpointSummary]"]


class ApiDeployerStage(TypedDict, extra_items=Any):
    """A stage of deployment infrastructures."""

    # Identifier of the stage.
    id: str
    # Description.
    desc: NotRequired[str]


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
    authRealm: NotRequired[dict[str, Any] | None]
    # The endpoints; each has fields of its own type besides `id` and `type` (`modelRef`, `testQueries`, ...).
    endpoints: NotRequired["list[ApiServiceSettingsEndpointsItem] | None"]
    # Tags of the service.
    tags: NotRequired[list[str] | None]


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
    testQueries: NotRequired[list[dict[str, Any]]]


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
    useAsRecipeSettings: NotRequired[dict[str, Any] | None]


class AppManifestHomepageSectionsItem(TypedDict, extra_items=Any):
    """A section."""

    # The section's tiles, the actions the homepage offers.
    tiles: NotRequired["list[AppManifestHomepageSectionsItemTilesItem]"]


class AppManifestHomepageSectionsItemTilesItem(TypedDict, extra_items=Any):
    """A tile (its other keys depend on its `type`; unverified beyond the two below)."""

    # Kind of tile: `SCENARIO_RUN` (with `scenarioId`), ...
    type: NotRequired[str]
    # The scenario a `SCENARIO_RUN` tile runs.
    scenarioId: NotRequired[str]


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

    # By user: `users` (logins), `globalPermissions` (by login) and `projectsGrants` (per project, the rights of
    # each user).
    perUser: NotRequired[dict[str, Any]]
    # By group: `groups` (names), `globalPermissions` (by group) and `projectsGrants` (per project, the rights
    # of each group).
    perGroup: NotRequired[dict[str, Any]]


class BundleActivationOptions(TypedDict, extra_items=Any):
    """How to activate a bundle."""

    # Scenario identifiers mapped to whether each is active after the activation.
    scenariosActiveOnActivation: NotRequired[dict[str, Any] | None]


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
    # One entry per check, with the `check` definition and its outcome in `value` (`outcome`, `message`).
    results: NotRequired[list[dict[str, Any]]]


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
    permissions: NotRequired[list[dict[str, Any]] | None]
    # Parameters of the cluster type.
    params: NotRequired[dict[str, Any] | None]
    # What the plugin keeps about the running cluster (read-only, absent when not running).
    data: NotRequired[dict[str, Any] | None]


class ClusterStatus(TypedDict, extra_items=Any):
    """Whether a cluster runs."""

    # Identifier of the cluster.
    id: NotRequired[str]
    # Type of the cluster.
    clusterType: NotRequired[str]
    # `NONE`, `STARTING`, `RUNNING` or `STOPPING`.
    state: NotRequired[str]


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
    # How it is built and who owns it: `pythonInterpreter`, `conda`, `installCorePackages`, `corePackagesSet`,
    # `installJupyterSupport`, `owner`, `envSettings`, ...
    desc: NotRequired[dict[str, Any] | None]
    # Requested packages, one requirement per line (design nodes).
    specPackageList: NotRequired[str | None]
    # Requested conda packages, one per line (design nodes).
    specCondaEnvironment: NotRequired[str | None]
    # Installed packages, one `name==version` per line (read-only).
    actualPackageList: NotRequired[str | None]
    # Groups and what they may do with the env (`group`, `use`, `update`, `manageUsers`).
    permissions: NotRequired[list[dict[str, Any]] | None]
    # Whether every user may use it.
    usableByAll: NotRequired[bool | None]
    # Whether an image is built for every containerized execution configuration.
    allContainerConfs: NotRequired[bool | None]
    # Configurations an image is built for, when not all.
    containerConfs: NotRequired[list[str] | None]
    # Versions of the package spec (automation nodes only; null on design nodes).
    versions: NotRequired["list[CodeEnvVersionSettings] | None"]
    # The package spec of an `AUTOMATION_SINGLE` env (automation nodes).
    currentVersion: NotRequired["CodeEnvVersionSettings | None"]
    # The package spec of an env without versions on an automation node (`AUTOMATION_NON_MANAGED_PATH`, plugin
    # and business app envs, ...).
    noVersion: NotRequired["CodeEnvVersionSettings | None"]
    # Predefined additions to the env's container images (the official client's "container runtime additions").
    predefinedContainerHooks: NotRequired["list[CodeEnvContainerRuntimeAddition] | None"]


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

    # Identifier of the version (`current` for a single-version env; unverified for other modes).
    versionId: NotRequired[str | None]
    # Requested packages, one requirement per line.
    specPackageList: NotRequired[str | None]
    # Requested conda packages, one per line.
    specCondaEnvironment: NotRequired[str | None]
    # Name of an existing conda env to use (non-managed envs).
    externalCondaEnvName: NotRequired[str | None]
    # How the version is built, as in `CodeEnvSettings.desc`.
    desc: NotRequired[dict[str, Any] | None]


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


class CodeStudioPushResult(TypedDict, extra_items=Any):
    """What was copied into the code studio."""

    # Number of files copied.
    count: NotRequired[int]
    # Total size of the files copied, in bytes.
    size: NotRequired[int]


class CodeStudioStatus(TypedDict, extra_items=Any):
    """The state of a code studio."""

    # `STOPPED`, `STARTING`, `RUNNING` or `STOPPING`.
    state: Literal["STOPPED", "STARTING", "RUNNING", "STOPPING"] | str
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
    params: NotRequired[dict[str, Any] | None]
    # Whether an image is built for every container configuration.
    allContainerConfs: NotRequired[bool | None]
    # Container configurations an image is built for, when `allContainerConfs` is false.
    containerConfs: NotRequired[list[str] | None]


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


class ComputedMetric(TypedDict, extra_items=Any):
    """One metric of an object, with its last values (the keys the official client's `ComputedMetrics` reads, and
    what the emulator sends).
    """

    # The metric's definition.
    metric: "ComputedMetricMetric"
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


class ComputedMetricMetric(TypedDict, extra_items=Any):
    """The metric's definition."""

    # Identifier of the metric (`records:COUNT_RECORDS`, `col_stats:MIN:price`, ...).
    id: str
    # The probe that computes it (`records`, `basic`, `col_stats`, `checks`, ...).
    type: NotRequired[str]
    # What it measures (`COUNT_RECORDS`, `MIN`, `CHECK_RESULT`, ...).
    metricType: NotRequired[str]
    # Type of its values (`BIGINT`, `DOUBLE`, `STRING`, ...).
    dataType: NotRequired[str]
    # The column it is about, for a column metric.
    column: NotRequired[str]


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

    # One entry per metric, with its `metric` definition (`id`, `type`, `metricType`, `dataType`) and its
    # `lastValues` per partition (`partition`, `value`, `dataType`, `time`).
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
    # Parameters, secrets left out.
    params: NotRequired[dict[str, Any]]
    # Parameters with variables resolved, secrets left out.
    resolvedParams: NotRequired[dict[str, Any] | None]
    # The user and password to connect with (connections authenticated that way).
    resolvedBasicCredential: NotRequired["ConnectionInfoResolvedBasicCredential"]
    # AWS keys (`accessKey`, `secretKey`, `sessionToken`), in clear.
    resolvedAWSCredential: NotRequired["ConnectionInfoResolvedAWSCredential"]
    # An OAuth2 access token (`accessToken`), in clear.
    resolvedOAuth2Credential: NotRequired["ConnectionInfoResolvedOAuth2Credential"]


class ConnectionInfoResolvedAWSCredential(TypedDict, extra_items=Any):
    """AWS keys (`accessKey`, `secretKey`, `sessionToken`), in clear."""

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
    """An OAuth2 access token (`accessToken`), in clear."""

    # The access token, in clear.
    accessToken: NotRequired[str]


class ConnectionSettings(TypedDict, extra_items=Any):
    """A connection's definition."""

    # Name of the connection, its identifier.
    name: NotRequired[str | None]
    # Type of connection.
    type: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]
    # Type-specific parameters; secrets in them come encrypted.
    params: NotRequired[dict[str, Any] | None]
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
    # Who created the connection, and when (`lastModifiedBy`, `lastModifiedOn`).
    creationTag: NotRequired[dict[str, Any] | None]


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


class CreateApiDeployerDeploymentRequest(TypedDict, extra_items=Any):
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
    authorizationsToQueryThroughDeployer: NotRequired[list[dict[str, Any]] | None]


class CreateApiDeployerInfraRequest(TypedDict, extra_items=Any):
    """What `createApiDeployerInfra` needs."""

    # Identifier of the new infrastructure (letters, digits, `_`, `-`, `.`), unique on the deployer.
    id: str
    # Stage the infrastructure belongs to.
    stage: str
    # Kind of infrastructure.
    type: Literal["STATIC", "K8S", "AZURE_ML", "SAGEMAKER", "SNOWPARK", "VERTEX_AI", "DATABRICKS"]
    # Whether deployments need their models approved in Dataiku Govern.
    governCheckPolicy: NotRequired[Literal["PREVENT", "WARN", "NO_CHECK"]]


class CreateApiDeployerServiceRequest(TypedDict, extra_items=Any):
    """What `createApiDeployerService` needs."""

    # Identifier of the new published service (letters, digits, `_`, `-`, `.`), unique on the deployer.
    publishedServiceId: str


class CreateClusterRequest(TypedDict, extra_items=Any):
    """What `createCluster` needs to declare a cluster."""

    # Name of the cluster.
    name: str
    # `manual` (attached to, not managed), or the plugin cluster type that manages it.
    type: NotRequired[str | None]
    # `HADOOP` or `KUBERNETES`.
    architecture: NotRequired[str | None]
    # Parameters of the cluster type.
    params: NotRequired[dict[str, Any] | None]


class CreateCodeEnvRequest(TypedDict, extra_items=Any):
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
    desc: NotRequired[dict[str, Any] | None]


class CreateCodeStudioRequest(TypedDict, extra_items=Any):
    """What `createCodeStudio` needs."""

    # Display name of the new code studio.
    name: str
    # Identifier of an existing code studio template.
    templateId: str


class CreateCodeStudioResponse(TypedDict, extra_items=Any):
    """The answer of `createCodeStudio`."""

    codeStudio: "CodeStudio"


class CreateConnectionRequest(TypedDict, extra_items=Any):
    """What `createConnection` needs to create a connection."""

    # Name of the new connection, unique on the instance.
    name: str
    # Type of connection (`Filesystem`, `PostgreSQL`, `Snowflake`, `EC2`, `HDFS`, ...).
    type: str
    # Description.
    description: NotRequired[str | None]
    # Type-specific parameters (host, database, path, user, password, ...).
    params: NotRequired[dict[str, Any] | None]
    # Who may use the connection.
    usableBy: NotRequired[str | None]
    # Groups allowed to use it, when `usableBy` is `ALLOWED`.
    allowedGroups: NotRequired[list[str] | None]


class CreateDatasetRequest(TypedDict, extra_items=Any):
    """What `createDataset` needs to create a dataset."""

    # Name of the new dataset: letters, digits and underscores, not yet used in the project. DSS refuses any
    # other name (400).
    name: str
    # Key of the project; must be the project of the path.
    projectKey: str
    # Type of the dataset (`Filesystem`, `UploadedFiles`, `PostgreSQL`, `Inline`, ...).
    type: str
    # Type-specific parameters.
    params: NotRequired[dict[str, Any] | None]
    # Format of a file-based dataset.
    formatType: NotRequired[str | None]
    # Format-specific parameters.
    formatParams: NotRequired[dict[str, Any] | None]
    # The dataset's metrics settings; DSS's defaults complete what is left out.
    metrics: NotRequired["DatasetMetricsSettings | None"]
    # The dataset's checks settings; DSS's defaults complete what is left out.
    metricsChecks: NotRequired["DatasetChecksSettings | None"]


class CreateGlobalApiKeyRequest(TypedDict, extra_items=Any):
    """What `createGlobalApiKey` needs; give either `globalPermissions` or `groups`."""

    # Label.
    label: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]
    # Instance-wide permissions of the key (`admin`, `mayCreateProjects`, ...).
    globalPermissions: NotRequired[dict[str, Any] | None]
    # Groups whose permissions the key gets; each must exist.
    groups: NotRequired[list[str] | None]


class CreateGroupRequest(TypedDict, extra_items=Any):
    """What `createGroup` needs to create a group."""

    # Name of the new group, unique on the instance.
    name: str
    # Description of the group.
    description: NotRequired[str | None]
    # Where the group comes from (`LOCAL`, `LDAP`, `SAAS`, `AZURE_AD`, `CUSTOM`).
    sourceType: NotRequired[str | None]


class CreateManagedDatasetRequest(TypedDict, extra_items=Any):
    """What `createManagedDataset` needs."""

    # Name of the new dataset (letters, digits and underscores).
    name: str
    creationSettings: "ManagedDatasetCreationSettings"


class CreatePersonalApiKeyForUserRequest(TypedDict, extra_items=Any):
    """What `createPersonalApiKeyForUser` needs."""

    # Login of the user the key acts as.
    user: str
    # Label.
    label: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]


class CreatePersonalApiKeyRequest(TypedDict, extra_items=Any):
    """What `createPersonalApiKey` needs."""

    # Label.
    label: NotRequired[str | None]
    # Description.
    description: NotRequired[str | None]


class CreateProjectRequest(TypedDict, extra_items=Any):
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
    # Initial settings, as in `ProjectSettings.settings`.
    settings: NotRequired[dict[str, Any] | None]
    # Initial permissions, each naming a group or a user and what it may do.
    permissions: NotRequired[list[dict[str, Any]] | None]
    # Tags of the project.
    tags: NotRequired[list[str] | None]


class CreateRecipeRequest(TypedDict, extra_items=Any):
    """What `createRecipe` needs."""

    recipePrototype: "RecipePrototype"
    # How to create the recipe: `createOutputDataset` and `outputDatasetSettings` (`connectionId`, ...) to
    # create its output, `outputDatasetsCreationSettingsByRole` (role -> output name -> such settings: the new
    # outputs of a recipe with several, like split), `virtualInputs` (input names of a join or stack recipe),
    # `groupKey` (the first key of a grouping recipe), `script` (a code recipe's code), `rawCreation` (store the
    # prototype as given).
    creationSettings: NotRequired[dict[str, Any] | None]


class CreateScenarioRequest(TypedDict, extra_items=Any):
    """What `createScenario` needs."""

    # Identifier to give the scenario (letters, digits and underscores); made from the name when absent.
    id: NotRequired[str | None]
    # Display name.
    name: str
    # `step_based` or `custom_python`.
    type: Literal["step_based", "custom_python"]
    # Type-specific settings (`steps` of a step-based scenario).
    params: NotRequired[dict[str, Any] | None]


class CreateUserRequest(TypedDict, extra_items=Any):
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
    # Type-specific parameters; the ones listed are those the official client reads and writes
    # (`FSLikeDatasetSettings.set_connection_and_path`, `SQLDatasetSettings.set_table`,
    # `DSSDatasetListItem.connection`). DSS always sends an object (a null sent is read as absent, like any
    # null).
    params: NotRequired["DatasetParams"]
    # Format of a file-based dataset (`csv`, `parquet`, ...).
    formatType: NotRequired[str | None]
    # Format-specific parameters.
    formatParams: NotRequired[dict[str, Any] | None]
    # Whether DSS manages the dataset's data.
    managed: NotRequired[bool | None]
    # The dataset's schema (a null sent is read as absent, like any null).
    schema: NotRequired["DatasetSchema"]
    # The dataset's metrics: its probes, how they are computed, and what its Status tab shows. A new dataset
    # gets the `basic` probe, computed on each build, and the `records` probe, computed on demand.
    metrics: NotRequired["DatasetMetricsSettings | None"]
    # The dataset's checks (none on a new dataset), and whether they run on each build.
    metricsChecks: NotRequired["DatasetChecksSettings | None"]
    # Partitioning (`dimensions`, each with a `name` and a `type`).
    partitioning: NotRequired[dict[str, Any] | None]
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
    # The checks, each testing the last value of a metric (`metricId`): `numericRange` or `valueSet`, with a
    # `meta.name`.
    checks: NotRequired[list[dict[str, Any]] | None]
    # What the Status tab shows (`checks`, the names of the checks shown).
    displayedState: NotRequired[dict[str, Any] | None]


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
    # How each engine computes the probes (`dss`, `sql`, `hive`, `impala`, `python`, ..., each with an `active`
    # flag) and `padRunsWithMetrics`.
    engineConfig: NotRequired[dict[str, Any] | None]
    # What the Status tab shows.
    displayedState: NotRequired["DatasetMetricsSettingsDisplayedState | None"]


class DatasetMetricsSettingsDisplayedState(TypedDict, extra_items=Any):
    """What the Status tab shows."""

    # Columns whose metrics are shown.
    columns: NotRequired[list[str] | None]
    # Identifiers of the metrics shown (`records:COUNT_RECORDS`, ...).
    metrics: NotRequired[list[str] | None]


class DatasetParams(TypedDict, extra_items=Any):
    """Type-specific parameters; the ones listed are those the official client reads and writes
    (`FSLikeDatasetSettings.set_connection_and_path`, `SQLDatasetSettings.set_table`,
    `DSSDatasetListItem.connection`). DSS always sends an object (a null sent is read as absent, like any null).
    """

    # Connection the data lives on (files-based and SQL datasets).
    connection: NotRequired[str]
    # Path of the data within the connection (files-based datasets).
    path: NotRequired[str]
    # How a SQL dataset reads its connection (`table`; `query` per DSS's documentation, unverified).
    mode: NotRequired[str]
    # Database schema of the table (SQL datasets in `table` mode).
    schema: NotRequired[str | None]
    # Table of the dataset (SQL datasets in `table` mode).
    table: NotRequired[str]
    # Catalog (database) of the table; absent or null for the connection's default.
    catalog: NotRequired[str | None]


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
    permissions: NotRequired[list[dict[str, Any]] | None]


class DeployerInfraStatus(TypedDict, extra_items=Any):
    """An infrastructure and its deployments."""

    infraBasicInfo: NotRequired["ProjectDeployerInfraBasicInfo"]
    # Deployments on the infrastructure (each with its `id`).
    deployments: NotRequired["list[ProjectDeployerDeploymentBasicInfo]"]
    # Whether the caller may deploy on it.
    canDeploy: NotRequired[bool]


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
    logs: NotRequired[dict[str, Any]]


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


class DuplicateProjectRequest(TypedDict, extra_items=Any):
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
    # Connections and code environments to replace in the copy (`connections`, `codeEnvs`).
    remapping: NotRequired[dict[str, Any] | None]
    # Folder to create the new project in.
    targetProjectFolderId: NotRequired[str | None]


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


class FormatDetectionRequest(TypedDict, extra_items=Any):
    """Options of format detection."""

    # Try every format DSS knows rather than only the dataset's current one.
    detectPossibleFormats: NotRequired[bool | None]
    # Give columns the narrowest storage type their values fit (`bigint`, `double`, `boolean`, `date`) rather
    # than `string`.
    inferStorageTypes: NotRequired[bool | None]


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
    # Whether the task finished successfully.
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
    payload: NotRequired[dict[str, Any]]
    # The task's result, of a shape that depends on the task, once `hasResult` is true (absent when it is null).
    # Only a non-peek read carries it.
    result: NotRequired[Any]


class FutureStateProgress(TypedDict, extra_items=Any):
    """How far the task has gone."""

    # Progress, from the outermost level inwards.
    states: NotRequired["list[FutureProgressState]"]


class GeneralSettings(TypedDict, extra_items=Any):
    """The instance's general settings. They hold many more sections than listed here; save them back whole."""

    # User isolation: `enabled`, and the rules mapping DSS users (`userRules`) and groups (`groupRules`) to Unix
    # and Hadoop users.
    impersonation: NotRequired[dict[str, Any] | None]
    # LDAP authentication and user import (`enabled`, `url`, `bindDN`, `bindPassword`, ...).
    ldapSettings: NotRequired[dict[str, Any] | None]
    # Containerized execution, with its `executionConfigs` (each with a `name`).
    containerSettings: NotRequired[dict[str, Any] | None]
    # Spark, with its `executionConfigs`.
    sparkSettings: NotRequired[dict[str, Any] | None]
    # The code envs that projects inheriting theirs (`codeEnvs.python.mode` `INHERIT` in their settings) run in:
    # `defaultPythonEnv` and `defaultREnv`, each a code env's name, or empty for DSS's built-in env.
    codeEnvs: NotRequired["GeneralSettingsCodeEnvs | None"]


class GeneralSettingsCodeEnvs(TypedDict, extra_items=Any):
    """The code envs that projects inheriting theirs (`codeEnvs.python.mode` `INHERIT` in their settings) run in:
    `defaultPythonEnv` and `defaultREnv`, each a code env's name, or empty for DSS's built-in env.
    """

    # Name of the default Python code env; empty for the built-in one.
    defaultPythonEnv: NotRequired[str | None]
    # Name of the default R code env; empty for the built-in one.
    defaultREnv: NotRequired[str | None]


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
    # The key's own instance-wide permissions (`admin`, `mayCreateProjects`, ... as on groups).
    globalPermissions: NotRequired[dict[str, Any] | None]
    # Groups whose permissions the key gets (keys created with groups instead of global permissions).
    groups: NotRequired[list[str] | None]
    # Grants on projects, by project key: `{readProjectContent, writeProjectContent, admin, ...}` as in project
    # permissions.
    projects: NotRequired[dict[str, Any] | None]


class GlobalUsageSummary(TypedDict, extra_items=Any):
    """Counts of the instance's objects. Each block has an `all` count and counts by type; `projectSummaries` holds
    the same per project.
    """

    # Number of projects.
    projects: NotRequired[int]
    # Datasets, `all` and `datasetsByType`.
    datasets: NotRequired[dict[str, Any]]
    # Recipes, `all` and `recipesByType`.
    recipes: NotRequired[dict[str, Any]]
    # Notebooks, `nbJupyterNotebooks` and `nbSqlNotebooks`.
    notebooks: NotRequired[dict[str, Any]]
    # Scenarios, `all` and `activeWithTriggers`.
    scenarios: NotRequired[dict[str, Any]]
    # The same counts per project (with `withPerProject`).
    projectSummaries: NotRequired[list[dict[str, Any]]]


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


class ImportApiDeployerServiceVersionForm(TypedDict, extra_items=Any):
    """The multipart form of `importApiDeployerServiceVersion`."""

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


class InstanceInfo(TypedDict, extra_items=Any):
    """Information about a DSS node."""

    # Identifier of the node (as defined in Cloud Stacks or in install.ini).
    nodeId: NotRequired[str]
    # Name of the node, as shown in the navigation bar.
    nodeName: NotRequired[str]
    # Kind of node.
    nodeType: NotRequired[Literal["DESIGN", "AUTOMATION", "DEPLOYER"] | str]
    # Version of DSS.
    dssVersion: NotRequired[str]


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
        # The job's definition (`id`, `projectKey`, `type`, `initiator`, `initiationTimestamp`, `outputs`...).
        "def": NotRequired[dict[str, Any]],
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


class JobStatus(TypedDict, extra_items=Any):
    """The status of a job."""

    # The job's definition (`def`), `state`, start and end times, and its `activities` by identifier
    # (`recipeName`, `state`, `firstFailure` when it failed).
    baseStatus: dict[str, Any]
    # How many activities are done, failed, running, not started, aborted.
    globalState: NotRequired[dict[str, Any]]


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


class LicensingStatus(TypedDict, extra_items=Any):
    """The licence in force and how it is used."""

    # Whether a licence is in force.
    valid: NotRequired[bool]
    # Whether the licence has expired.
    expired: NotRequired[bool]
    # Whether this is the free edition.
    communityEdition: NotRequired[bool]
    # The licence itself (`expiresOn`, `licenseContent`, `profileLimits`).
    base: NotRequired[dict[str, Any]]
    # Number of enabled users per profile.
    userProfiles: NotRequired[dict[str, Any]]


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


class ManagedDatasetCreationSettings(TypedDict, extra_items=Any):
    """Where and how a managed dataset stores its data."""

    # Connection to store the data into (`filesystem_managed` when absent).
    connectionId: NotRequired[str | None]
    # Dataset type, for connections that allow several (`SCP` or `SFTP` on an SSH connection).
    typeOptionId: NotRequired[str | None]
    # `copy:dataset:<name>` (or `copy:folder:<id>`) to take the partitioning of that object; not partitioned
    # when absent.
    partitioningOptionId: NotRequired[str | None]
    # Type-specific settings, such as `formatOptionId` (a format preset).
    specificSettings: NotRequired[dict[str, Any] | None]


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
    entries: NotRequired[list[dict[str, Any]] | None]
    # For `VALUES_MAPPING`, the mapping, each `{from, to: {value}}`.
    mappings: NotRequired[list[dict[str, Any]] | None]
    # For `PATTERN`, the regular expression values match.
    pattern: NotRequired[str | None]
    # How values are compared, `EXACT` (default), `LOWERCASE` or `NORMALIZED` (not for `PATTERN`).
    normalizationMode: NotRequired[str | None]
    # Whether DSS may assign the meaning to columns set to auto-detect.
    detectable: NotRequired[bool | None]


class MetricHistory(TypedDict, extra_items=Any):
    """The values a metric took on one partition."""

    # Identifier of the metric.
    metricId: NotRequired[str]
    # The metric's definition.
    metric: NotRequired[dict[str, Any]]
    # The values, oldest first, each with its `time` and `value`.
    values: NotRequired[list[dict[str, Any]]]
    # The newest value, when there is one.
    lastValue: NotRequired[dict[str, Any]]


class MetricIdsRequest(TypedDict, extra_items=Any):
    """Which metrics to compute."""

    # Identifiers of the metrics.
    metricIds: list[str]


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


class MetricsComputationReport(TypedDict, extra_items=Any):
    """What a computation of metrics produced."""

    # The partition the metrics were computed on (`NP` when not partitioned).
    partition: NotRequired[str]
    # The values computed.
    computed: NotRequired["list[ComputedMetricValue]"]


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
    # Probe-specific settings (`aggregates` of a `col_stats` probe, each a `column` and its `aggregated`
    # statistic).
    configuration: NotRequired[dict[str, Any] | None]


class MetricsProbeMeta(TypedDict, extra_items=Any):
    """The probe's display `name` and `level`."""

    # Display name.
    name: NotRequired[str | None]
    # Display level.
    level: NotRequired[int | None]


class MetricsProbes(TypedDict, extra_items=Any):
    """Probes to compute instead of the dataset's own, as in its settings' `metrics`."""

    # The probes, each with a `type` (`basic`, `records`, `col_stats`, ...), `enabled` and a `configuration`.
    probes: NotRequired[list[dict[str, Any]]]


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
    # Checklists attached to the object (`checklists`, each with `title` and `items`).
    checklists: NotRequired[dict[str, Any] | None]
    # Custom metadata (`kv`, a free key-value map).
    custom: NotRequired[dict[str, Any] | None]


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
    """An uploaded plugin archive."""

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

    # The parameters of its presets (`name`, `type`, `defaultValue`, ...).
    params: NotRequired[list[dict[str, Any]]]
    # The administrator-level parameters of its presets.
    pluginParams: NotRequired[list[dict[str, Any]]]


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
    meta: NotRequired[dict[str, Any]]
    # Its code environment, once created.
    codeEnvName: NotRequired[str]


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
    # Names to change on the way in: `connections`, `codeEnvs` and `containerExecs`, each a list of `{source,
    # target}`, and `enableContainerExecRemapping`.
    remapping: NotRequired[dict[str, Any] | None]


class ProjectPermissions(TypedDict, extra_items=Any):
    """A project's owner and the rights it grants."""

    # Login of the project's owner, who has every right on it.
    owner: NotRequired[str]
    # One entry per group (`group`) or user (`user`), with the rights it grants as booleans: `admin`,
    # `readProjectContent`, `writeProjectContent`, `runScenarios`, `readDashboards`, ... Writing implies
    # reading; administering implies everything.
    permissions: NotRequired[list[dict[str, Any]]]


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
    # Objects of this project shared into other projects (`objects`, each with `type`, `localName` and `rules`).
    exposedObjects: NotRequired[dict[str, Any] | None]


class ProjectSettingsSettings(TypedDict, extra_items=Any):
    """Execution settings (code environments, containers, clusters, flow build, ...)."""

    # Code environments used by the project's code, per language (`python`, `r`).
    codeEnvs: NotRequired["ProjectSettingsSettingsCodeEnvs | None"]
    # Containerized execution configuration (`containerMode`, `containerConf`).
    container: NotRequired[dict[str, Any] | None]


class ProjectSettingsSettingsCodeEnvs(TypedDict, extra_items=Any):
    """Code environments used by the project's code, per language (`python`, `r`)."""

    python: NotRequired["ProjectCodeEnvSelection | None"]
    r: NotRequired["ProjectCodeEnvSelection | None"]


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


class ProjectVariables(TypedDict, extra_items=Any):
    """Variables of a project."""

    # Variables exported with the project's bundles.
    standard: dict[str, Any]
    # Variables local to this instance, not exported with bundles.
    local: dict[str, Any]


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
    exportManifest: NotRequired[dict[str, Any]]


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
    permissions: NotRequired[list[dict[str, Any]] | None]


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


class RecipeDefinitionParams(TypedDict, extra_items=Any):
    """Type-specific settings that are not in the payload (engine, code environment)."""

    # The code env of a code recipe in a language with code envs (`python`, `r`, `pyspark`, ...): `envMode`
    # `INHERIT` (the project's, the default), `USE_BUILTIN_MODE` or `EXPLICIT_ENV` with `envName`. An env that
    # does not exist fails the recipe's job when it runs.
    envSelection: NotRequired["RecipeDefinitionParamsEnvSelection | None"]


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
    """The inputs or outputs of a recipe in one role (the keys the official client's recipe settings read and
    write).
    """

    # The objects in the role.
    items: NotRequired["list[RecipeRoleItemsItem]"]


class RecipeRoleItemsItem(TypedDict, extra_items=Any):
    """One input or output."""

    # The object, a dataset name (or `PROJECTKEY.name` in another project), a folder's identifier, ...
    ref: NotRequired[str]
    # For an input, its partition dependencies (each with a `func`, ...).
    deps: NotRequired[list[dict[str, Any]]]
    # For an output, whether the recipe appends to its data instead of overwriting it.
    appendMode: NotRequired[bool]


class RecipeRoles(TypedDict, extra_items=Any):
    """The inputs or outputs of a recipe by role (`main`, ...): each role an object with its `items`, each item
    with a `ref` (a dataset name, or `PROJECTKEY.name` in another project) and, for inputs, partition
    dependencies (`deps`), for outputs `appendMode`.
    """

    main: NotRequired["RecipeRole"]


class RecipeSchemaUpdates(TypedDict, extra_items=Any):
    """The outputs of a recipe whose schema would change."""

    # How many outputs would get a different schema.
    totalIncompatibilities: int
    # Those outputs: `type` (`DATASET`), `datasetName` or `id`, and the `newSchema`.
    computables: list[dict[str, Any]]


class RecipeStatus(TypedDict, extra_items=Any):
    """The outcome of checking a recipe."""

    selectedEngine: NotRequired["RecipeEngine"]
    # The engines the recipe could run on.
    engines: NotRequired["list[RecipeEngine]"]
    allMessagesForFrontend: NotRequired["InfoMessages"]


class RenameRequest(TypedDict, extra_items=Any):
    """An object's current name and its new one."""

    # Current name.
    oldName: str
    # New name (letters, digits and underscores).
    newName: str


class RunKubectlRequest(TypedDict, extra_items=Any):
    """The arguments of a kubectl command."""

    # The arguments to pass to kubectl, without `kubectl` itself, split as a shell would.
    args: str


class ScenarioPayload(TypedDict, extra_items=Any):
    """The script of a Python scenario."""

    # The Python script.
    script: NotRequired[str | None]
    # Language of the script (`py`).
    extension: NotRequired[str | None]


class ScenarioReporter(TypedDict, extra_items=Any):
    """A reporter of a scenario: a message sent when a run starts or ends. Unverified: the official client treats
    reporters as opaque dicts; the properties listed are named after what DSS's scenario editor saves.
    """

    # Identifier of the reporter in the scenario.
    id: NotRequired[str | None]
    # Display name of the reporter.
    name: NotRequired[str | None]
    # Whether the reporter sends its messages.
    active: NotRequired[bool | None]
    # The channel and its configuration (`type`, `configuration`).
    messaging: NotRequired[dict[str, Any] | None]


class ScenarioRun(TypedDict, extra_items=Any):
    """A run of a scenario."""

    # Identifier of the run.
    runId: str
    # The scenario (`projectKey`, `id`, `name`, `type`).
    scenario: dict[str, Any]
    # When the run started, in milliseconds since the Unix epoch.
    start: NotRequired[int]
    # When the run ended, in milliseconds since the Unix epoch; 0 while running.
    end: NotRequired[int]
    # The trigger fire that started the run (`trigger`, `runId`, `params`).
    trigger: NotRequired["ScenarioRunTrigger"]
    # Present once the run is over: its `outcome` (`SUCCESS`, `WARNING`, `FAILED`, `ABORTED`).
    result: NotRequired["ScenarioRunResult"]
    # Login the run ran as.
    runAsUser: NotRequired[str]


class ScenarioRunDetails(TypedDict, extra_items=Any):
    """A scenario run and the runs of its steps."""

    scenarioRun: "ScenarioRun"
    # The runs of the steps so far: each with its `runId`, `step`, `result` (`outcome`, and `thrown` when it
    # failed) and `additionalReportItems` (jobs it ran: `type` `JOB_EXECUTED`, `jobId`, `outcome`).
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
    """Present once the run is over: its `outcome` (`SUCCESS`, `WARNING`, `FAILED`, `ABORTED`)."""

    # `SUCCESS`, `WARNING`, `FAILED` or `ABORTED`.
    outcome: NotRequired[str]


class ScenarioRunTrigger(TypedDict, extra_items=Any):
    """The trigger fire that started the run (`trigger`, `runId`, `params`)."""

    trigger: NotRequired["ScenarioTrigger"]
    # Identifier of the fire.
    runId: NotRequired[str]
    # The parameters the run got.
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
    # Type-specific settings; the `steps` of a step-based scenario, each with an `id`, a `name`, a `type`
    # (`build_flowitem`, `custom_python`, `compute_metrics`, ...), `params` and a run condition.
    params: NotRequired["ScenarioSettingsParams | None"]
    # The automatic triggers, each with an `id`, a `type` (`temporal`, ...), `active` and `params`.
    triggers: NotRequired["list[ScenarioTrigger] | None"]
    # What the scenario reports, and where.
    reporters: NotRequired["list[ScenarioReporter] | None"]
    versionTag: NotRequired["UserTag"]
    creationTag: NotRequired["UserTag"]


class ScenarioSettingsParams(TypedDict, extra_items=Any):
    """Type-specific settings; the `steps` of a step-based scenario, each with an `id`, a `name`, a `type`
    (`build_flowitem`, `custom_python`, `compute_metrics`, ...), `params` and a run condition.
    """

    # The steps of a step-based scenario, in the order they run.
    steps: NotRequired["list[ScenarioStep] | None"]


class ScenarioStep(TypedDict, extra_items=Any):
    """A step of a step-based scenario. DSS gives a step without an `id` one when the scenario is saved."""

    # Identifier of the step, unique in the scenario.
    id: NotRequired[str | None]
    # Label of the step.
    name: NotRequired[str | None]
    # Type of the step: `build_flowitem`, `custom_python`, `exec_sql`, `compute_metrics`, ... (DSS has many).
    type: NotRequired[str | None]
    # Type-specific parameters of the step.
    params: NotRequired[dict[str, Any] | None]
    # When the step runs, given the outcome so far (`RUN_IF_STATUS_MATCH`, `RUN_ALWAYS`, ...). Unverified: named
    # after what DSS's scenario editor saves; the official client does not read it.
    runConditionType: NotRequired[str | None]


class ScenarioStepRun(TypedDict, extra_items=Any):
    """The run of one step of a scenario run."""

    # Identifier of the step's run.
    runId: NotRequired[str]
    step: NotRequired["ScenarioStep"]
    # Present once the step is over: its `outcome`, and `thrown` when it failed.
    result: NotRequired["ScenarioStepRunResult"]
    # What the step did: the jobs it ran (`type` `JOB_EXECUTED`, `jobId`), each with its `outcome` and `thrown`
    # when it failed.
    additionalReportItems: NotRequired["list[ScenarioStepRunAdditionalReportItemsItem]"]


class ScenarioStepRunAdditionalReportItemsItem(TypedDict, extra_items=Any):
    """ScenarioStepRunAdditionalReportItemsItem"""

    # `JOB_EXECUTED` for a job the step ran, and others.
    type: NotRequired[str]
    # Identifier of the job (`JOB_EXECUTED` items).
    jobId: NotRequired[str]
    # `SUCCESS`, `WARNING`, `FAILED` or `ABORTED`.
    outcome: NotRequired[str]
    thrown: NotRequired["ScenarioRunError"]


class ScenarioStepRunResult(TypedDict, extra_items=Any):
    """Present once the step is over: its `outcome`, and `thrown` when it failed."""

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
    """An automatic trigger of a scenario; in a run or a trigger fire, the trigger that fired (`manual` for a run
    started through the API). DSS gives a trigger without an `id` one when the scenario is saved.
    """

    # Identifier of the trigger in the scenario.
    id: NotRequired[str | None]
    # Type of the trigger: `temporal` (time-based), `manual`, and others (dataset changes, SQL queries, Python
    # code...).
    type: NotRequired[str | None]
    # Display name of the trigger.
    name: NotRequired[str | None]
    # Whether the trigger runs the scenario automatically.
    active: NotRequired[bool | None]
    params: NotRequired["ScenarioTriggerParams | None"]


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
    extraConf: NotRequired[dict[str, Any] | None]
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


class SqlQueryStart(TypedDict, extra_items=Any):
    """A query that runs, and the schema of its rows."""

    # Identifier of the query, to stream its rows and to finish it.
    queryId: str
    # The result's columns, in the order of the values of each row.
    schema: "list[SqlColumn]"


class TicketAnswer(TypedDict, extra_items=Any):
    """An API ticket."""

    # The ticket, to send as the `X-DKU-APITicket` header.
    msg: NotRequired[str]


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
    # The parameters the run gets.
    params: NotRequired[dict[str, Any]]


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
    # Properties only administrators see and edit.
    adminProperties: NotRequired[dict[str, Any] | None]
    # Properties the user sees and edits.
    userProperties: NotRequired[dict[str, Any] | None]
    # The user's secrets, without their values.
    secrets: NotRequired["list[UserSecret] | None"]
    # Per-connection (or per plugin preset) credentials of the user, by connection name: `{type, user,
    # lastUpdate}`; their `password` and `refreshToken` are write-only.
    credentials: NotRequired[dict[str, Any] | None]
    # UI language and notification preferences (`uiLanguage`, `mentionEmails`, ...).
    preferences: NotRequired[dict[str, Any] | None]
    # Trial of the user, if any (`exists`, `expired`, `valid`, `expiresOn`, `grantedOn`).
    trialStatus: NotRequired[dict[str, Any] | None]
    # Listings only; whether the user may write code.
    codeAllowed: NotRequired[bool | None]
    # Listings only; how many browser sessions of the user are open.
    activeWebSocketSessions: NotRequired[int | None]


class UserTag(TypedDict, extra_items=Any):
    """Who did something to an object, and when."""

    # The user who made the change.
    lastModifiedBy: NotRequired["UserTagLastModifiedBy"]
    # When the change was made, in milliseconds since the Unix epoch.
    lastModifiedOn: NotRequired[int]


class UserTagLastModifiedBy(TypedDict, extra_items=Any):
    """The user who made the change."""

    # Login of the user.
    login: NotRequired[str]


class WorkspaceObject(TypedDict, extra_items=Any):
    """An object a workspace shows."""

    # Identifier of the object within the workspace.
    id: NotRequired[str | None]
    # A project's object (`projectKey`, `type` DATASET, ARTICLE or DASHBOARD, `id`).
    reference: NotRequired[dict[str, Any] | None]
    # An app.
    appId: NotRequired[str | None]
    # A link (`name`, `url`, `description`).
    htmlLink: NotRequired[dict[str, Any] | None]


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

# The HTTP headers of a browser's request, by header name.
BrowserHeaders: TypeAlias = dict[str, Any]

# With `wait=false`, the FutureState of the task; with `wait=true`, its outcome, whose `messages.error` tells
# whether it failed.
CodeEnvTaskAnswer: TypeAlias = FutureState | CodeEnvOperationOutcome

# The changes copied into DSS, under the zone's identifier (`added`, `modified`, `deleted`, `count`, `size`).
CodeStudioPullResult: TypeAlias = dict[str, Any]

# Parameters of a custom audit entry, recorded as its `customMsgParams`.
CustomAuditParams: TypeAlias = dict[str, Any]

# Variables, by name; values are any JSON.
InstanceVariables: TypeAlias = dict[str, Any]

# The content of a licence file (its `content` and `signature`, as Dataiku issues it).
LicenseFile: TypeAlias = dict[str, Any]

__all__ = [
    "Acknowledgement",
    "ApiDeployerDeploymentHeavyStatus",
    "ApiDeployerDeploymentHeavyStatusApiNodesItem",
    "ApiDeployerDeploymentLightStatus",
    "ApiDeployerDeploymentLightStatusDeploymentBasicInfo",
    "ApiDeployerDeploymentLightStatusServiceBasicInfo",
    "ApiDeployerDeploymentRef",
    "ApiDeployerDeploymentSettings",
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
    "ApiDeployerQueryResults",
    "ApiDeployerQueryResultsResponsesItem",
    "ApiDeployerServiceSettings",
    "ApiDeployerServiceStatus",
    "ApiDeployerServiceStatusServiceBasicInfo",
    "ApiDeployerServiceVersion",
    "ApiDeployerStage",
    "ApiServiceEndpointSummary",
    "ApiServiceListItem",
    "ApiServicePackage",
    "ApiServicePackageSummary",
    "ApiServicePackageSummaryPublishedToItem",
    "ApiServiceSettings",
    "ApiServiceSettingsEndpointsItem",
    "AppInstanceSummary",
    "AppManifest",
    "AppManifestHomepageSectionsItem",
    "AppManifestHomepageSectionsItemTilesItem",
    "AppSummary",
    "AuthInfo",
    "AuthInfoSecretsItem",
    "AuthorizationMatrix",
    "BrowserHeaders",
    "BundleActivationOptions",
    "BundleActivationReport",
    "BundleList",
    "BundleManifest",
    "BundlePreloadReport",
    "BundlePublication",
    "BundleSummary",
    "ChecksReport",
    "ClusterActionResult",
    "ClusterSettings",
    "ClusterStatus",
    "ClusterSummary",
    "CodeEnvContainerRuntimeAddition",
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
    "CodeStudioPushResult",
    "CodeStudioStatus",
    "CodeStudioStatusExposedItem",
    "CodeStudioTemplateSettings",
    "CodeStudioTemplateSummary",
    "CodeStudioZone",
    "ComputedMetric",
    "ComputedMetricMeta",
    "ComputedMetricMetric",
    "ComputedMetricValue",
    "ComputedMetricsValues",
    "ConnectionDetailsReadability",
    "ConnectionInfo",
    "ConnectionInfoResolvedAWSCredential",
    "ConnectionInfoResolvedBasicCredential",
    "ConnectionInfoResolvedOAuth2Credential",
    "ConnectionSettings",
    "ConnectionSyncRequest",
    "ConnectionTestResult",
    "CopyDatasetRequest",
    "CreateApiDeployerDeploymentRequest",
    "CreateApiDeployerInfraRequest",
    "CreateApiDeployerServiceRequest",
    "CreateClusterRequest",
    "CreateCodeEnvRequest",
    "CreateCodeStudioRequest",
    "CreateCodeStudioResponse",
    "CreateConnectionRequest",
    "CreateDatasetRequest",
    "CreateGlobalApiKeyRequest",
    "CreateGroupRequest",
    "CreateManagedDatasetRequest",
    "CreatePersonalApiKeyForUserRequest",
    "CreatePersonalApiKeyRequest",
    "CreateProjectRequest",
    "CreateRecipeRequest",
    "CreateScenarioRequest",
    "CreateUserRequest",
    "CustomAuditParams",
    "DSSError",
    "Dataset",
    "DatasetChecksSettings",
    "DatasetInfo",
    "DatasetInfoLastBuild",
    "DatasetMetricsSettings",
    "DatasetMetricsSettingsDisplayedState",
    "DatasetParams",
    "DatasetSchema",
    "DatasetUsage",
    "DeployerInfraCreation",
    "DeployerInfraSettings",
    "DeployerInfraStatus",
    "DeployerStage",
    "DeploymentCreation",
    "DeploymentHeavyStatus",
    "DeploymentLightStatus",
    "DeploymentSettings",
    "DeploymentUpdate",
    "Discussion",
    "DiscussionRepliesItem",
    "DuplicateProjectRequest",
    "FeatureGroup",
    "FlowGraph",
    "FlowGraphNode",
    "FormatDetectionRequest",
    "FutureProgressState",
    "FutureState",
    "FutureStateProgress",
    "GeneralSettings",
    "GeneralSettingsCodeEnvs",
    "GlobalApiKey",
    "GlobalUsageSummary",
    "GroupDefinition",
    "ImportApiDeployerServiceVersionForm",
    "InfoMessage",
    "InfoMessages",
    "InfoMessagesMessagesItem",
    "InstanceInfo",
    "InstanceVariables",
    "JobDefinition",
    "JobListItem",
    "JobOutput",
    "JobStatus",
    "KubectlCommandResult",
    "KubernetesJobsDeletion",
    "KubernetesPodsDeletion",
    "LicenseFile",
    "LicensingStatus",
    "LogFileList",
    "LogFileSummary",
    "ManagedDatasetCreationSettings",
    "MeaningDefinition",
    "MetricHistory",
    "MetricIdsRequest",
    "MetricValuePoint",
    "MetricsComputationReport",
    "MetricsProbe",
    "MetricsProbeMeta",
    "MetricsProbes",
    "NotebookState",
    "NotebookStateActiveSessionsItem",
    "ObjectMetadata",
    "OutputSchemaUpdate",
    "PersonalApiKey",
    "PluginArchiveUpload",
    "PluginFileMove",
    "PluginFileNode",
    "PluginFileRename",
    "PluginGitSource",
    "PluginMissingType",
    "PluginParameterSetDesc",
    "PluginParameterSetDescDesc",
    "PluginParameterSetSettings",
    "PluginParameterSetSettingsDefaultPermission",
    "PluginPreset",
    "PluginPresetPermission",
    "PluginSettings",
    "PluginSummary",
    "PluginUsage",
    "PluginUsages",
    "PreparedImport",
    "ProjectCodeEnvSelection",
    "ProjectDeployerDeploymentBasicInfo",
    "ProjectDeployerInfraBasicInfo",
    "ProjectDuplicated",
    "ProjectExportOptions",
    "ProjectFolder",
    "ProjectFolderSettings",
    "ProjectFolderSettingsPermissionsItem",
    "ProjectFromBundle",
    "ProjectImportResult",
    "ProjectImportSettings",
    "ProjectPermissions",
    "ProjectSettings",
    "ProjectSettingsSettings",
    "ProjectSettingsSettingsCodeEnvs",
    "ProjectSummary",
    "ProjectVariables",
    "PublishedProjectBasicInfo",
    "PublishedProjectBundle",
    "PublishedProjectCreation",
    "PublishedProjectSettings",
    "PublishedProjectStatus",
    "RecipeAndPayload",
    "RecipeCreated",
    "RecipeDefinition",
    "RecipeDefinitionParams",
    "RecipeDefinitionParamsEnvSelection",
    "RecipeEngine",
    "RecipePrototype",
    "RecipeRole",
    "RecipeRoleItemsItem",
    "RecipeRoles",
    "RecipeSchemaUpdates",
    "RecipeStatus",
    "RenameRequest",
    "RunKubectlRequest",
    "ScenarioPayload",
    "ScenarioReporter",
    "ScenarioRun",
    "ScenarioRunDetails",
    "ScenarioRunError",
    "ScenarioRunForTrigger",
    "ScenarioRunResult",
    "ScenarioRunTrigger",
    "ScenarioSettings",
    "ScenarioSettingsParams",
    "ScenarioStep",
    "ScenarioStepRun",
    "ScenarioStepRunAdditionalReportItemsItem",
    "ScenarioStepRunResult",
    "ScenarioSummary",
    "ScenarioTrigger",
    "ScenarioTriggerParams",
    "SchemaColumn",
    "SqlColumn",
    "SqlQueryRequest",
    "SqlQueryStart",
    "TicketAnswer",
    "TriggerFire",
    "UploadedFile",
    "UserActivity",
    "UserInfo",
    "UserSecret",
    "UserSettings",
    "UserTag",
    "UserTagLastModifiedBy",
    "WorkspaceObject",
    "WorkspaceSettings",
    "WorkspaceSettingsPermissionsItem",
]
