# Derived from dssclient/aio/dss/ml_model_details.py by scripts/unasync.py: do not edit.
"""The details of a trained model (issue 19): what it was trained with, how it performs, and what DSS
computes on it after the training.

Shared interface (``mltasks`` created this module; ``mldetails`` owns it): the official constructor
``(details, snippet, saved_model=None, saved_model_version=None, mltask=None, mltask_model_id=None)``
and :func:`details_for_model`, which chooses the class as the official
``DSSMLTask.get_trained_model_details`` does. ``saved_model`` is the saved model's handle
(``DSSSavedModel``: its ``client``, ``project_key`` and ``sm_id`` are used).

The details of a model of a visual ML task (``DSSMLTask.get_trained_model_details``) and those of
a saved model's version (``DSSSavedModel.get_version_details``) are the same classes: each call
goes to the model's lab routes when the object knows its ML task (``mltask``), else to its saved
model version's. :func:`details_for_model` chooses the class as the official client does.

Classes that never call DSS (trees, coefficient paths, subpopulations, partial dependencies, ...)
carry no ``Async`` prefix: they are the same in both variants.
"""

from __future__ import annotations

import copy
import json
import logging
import os
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypedDict, cast, overload

from dssclient_generated.api import ml_model_details as api
from dssclient_generated.types import UNSET

from dssclient._json import array_or_empty, is_object, object_or_empty
from dssclient.errors import DataikuException

from .._requester import json_body, multipart_body
from .._stream import DSSStream
from ._files import upload_file_name, upload_source, write_to_file
from .future import DSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        FutureState,
        MLTaskPreprocessing,
        ModelDetailsCoefficientPaths,
        ModelDetailsGlobalExplanations,
        ModelDetailsPartialDependence,
        ModelDetailsPartialDependencies,
        ModelDetailsScatterPlots,
        ModelDetailsSubpopulationAnalyses,
        ModelDetailsSubpopulationAnalysis,
        ModelDetailsSubpopulationModality,
        ModelDetailsSubpopulationModalityPerformanceMetrics,
        ModelDetailsSubpopulationPerformance,
        ModelDetailsSubpopulationPerformancePerformanceMetrics,
        ModelDetailsTimeseriesResults,
        ModelDetailsTree,
        ModelDetailsTreeSet,
        TrainedModelDetails,
        TrainedModelDetailsActualParams,
        TrainedModelDetailsFacts,
        TrainedModelDetailsFactsClustersItemFactsItem,
        TrainedModelDetailsIperfGridCellsItem,
        TrainedModelDetailsModeling,
        TrainedModelSnippet,
        TrainedModelTrainInfo,
        TrainedModelUserMeta,
    )

    from ..dssclient import DSSClient
    from .ml import DSSMLTask

logger = logging.getLogger(__name__)

PREDICTION_TYPES_WITH_CLASSES = frozenset({"BINARY_CLASSIFICATION", "MULTICLASS"})


# -- what the details' objects build from DSS's answers (no spec schema: made here) -------------------


class MLDiagnosticData(TypedDict, total=False):
    """A diagnostic as the details hold it (``mlDiagnostics.diagnostics``)."""

    type: str
    displayableType: str
    message: str
    details: str


class MLAssertionMetricsData(TypedDict, total=False):
    """The result of one ML assertion (an item of ``assertionsMetrics.perAssertion``)."""

    name: str
    result: bool
    validRatio: float
    nbMatchingRows: int
    nbDroppedRows: int


class MLAssertionsMetricsData(TypedDict, total=False):
    """The results of a model's ML assertions (the snippet's ``assertionsMetrics``)."""

    perAssertion: list[MLAssertionMetricsData]
    passingAssertionsRatio: float


class ComputationParams(TypedDict):
    """The rows a post-training computation used: how many, the sample's seed, whether a sample."""

    nbRecords: int
    randomState: int
    onSample: bool


class PredictionInfo(TypedDict, total=False):
    """Averages of the prediction and of the target on some rows (binary classification: the
    positive class's ratios; regression: averages and standard deviations)."""

    predictedPositiveRatio: float
    actualPositiveRatio: float
    predictedAvg: float
    predictedStd: float
    actualAvg: float
    actualStd: float
    testWeight: float


class TreeSplitInfo(TypedDict):
    """A tree node's split (None for what the tree does not hold)."""

    feature: str | None
    probas: list[float] | None
    leftCategories: list[Any] | None
    impurity: float | None
    predict: float | None
    nSamples: int | None
    threshold: float | None


class ScatterPlot(TypedDict):
    """The clusters of the sampled rows, and their values of two features (None for an unknown feature)."""

    cluster: list[str]
    x: list[Any] | None
    y: list[Any] | None


class GlobalExplanationsObservations(TypedDict):
    """The sampled rows' Shapley values and feature values, by feature."""

    explanations: dict[str, list[float]] | None
    observations: dict[str, list[Any]] | None


class _SavedModelHandle(Protocol):
    """What the details need of a saved model's handle (``DSSSavedModel``)."""

    client: DSSClient
    project_key: str
    sm_id: str


class DSSTrainedModelDetails:
    """The details of a trained model: a model of a visual ML task, or a version of a saved model.

    Get one with :meth:`DSSMLTask.get_trained_model_details` or :meth:`DSSSavedModel.get_version_details`.
    ``details`` is the dict DSS answered (:meth:`get_raw`), ``snippet`` its lighter summary.
    """

    def __init__(
        self,
        details: TrainedModelDetails,
        snippet: TrainedModelSnippet,
        saved_model: Any = None,
        saved_model_version: str | None = None,
        mltask: DSSMLTask | None = None,
        mltask_model_id: str | None = None,
    ) -> None:
        self.details = details
        self.snippet = snippet
        self.saved_model = saved_model
        self.saved_model_version = saved_model_version
        self.mltask = mltask
        self.mltask_model_id = mltask_model_id

    def __repr__(self) -> str:
        where = self.mltask_model_id if self.mltask_model_id is not None else self.saved_model_version
        return f"{type(self).__name__}({where!r})"

    # -- where the model is --------------------------------------------------------------------

    def _lab(self) -> tuple[DSSMLTask, str] | None:
        if self.mltask is None:
            return None
        if self.mltask_model_id is None:
            raise ValueError("These details know their ML task but not their model id (mltask_model_id)")
        return self.mltask, self.mltask_model_id

    def _saved(self) -> tuple[_SavedModelHandle, str]:
        if self.saved_model is None or self.saved_model_version is None:
            raise ValueError("These details know neither their ML task nor their saved model version")
        return self.saved_model, self.saved_model_version

    def _lab_only(self, what: str) -> tuple[DSSMLTask, str]:
        lab = self._lab()
        if lab is None:
            # The official client reads these from the ML task only (it fails without one).
            raise ValueError(f"{what} can only be read from the model's ML task (get the details from DSSMLTask)")
        return lab

    @property
    def _untyped(self) -> dict[str, Any]:
        # The details as the plain dict they are, for the keys the spec does not list.
        return cast("dict[str, Any]", self.details)

    # -- reading the details -------------------------------------------------------------------

    def get_raw(self) -> TrainedModelDetails:
        """The details as DSS answered them (the dict itself: :meth:`save_user_meta` sends its ``userMeta``)."""
        return self.details

    @property
    def full_id(self) -> str:
        """The model's full identifier (``fullModelId``)."""
        return str(self.details["fullModelId"])

    def get_raw_snippet(self) -> TrainedModelSnippet:
        """The model's snippet: a lighter summary than the details (its metrics, algorithm, training date)."""
        return self.snippet

    def get_train_info(self) -> TrainedModelTrainInfo:
        """What the training did: sizes of the train and test sets, timings (``trainInfo``)."""
        return self.details["trainInfo"]

    def get_user_meta(self) -> TrainedModelUserMeta:
        """The user-editable metadata (name, description, labels, cluster labels, classifier threshold).

        The dict itself, not a copy: change it, then :meth:`save_user_meta`.
        """
        return self.details["userMeta"]

    def save_user_meta(self) -> None:
        """Save the user metadata (:meth:`get_user_meta`) to DSS.

        (operations ``saveLabModelUserMeta``, ``saveSavedModelVersionUserMeta``)
        """
        body = json_body(self.details["userMeta"])
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            mltask.client._requester.empty(
                api.save_lab_model_user_meta.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
                body=body,
            )
            return
        saved, version = self._saved()
        saved.client._requester.empty(
            api.save_saved_model_version_user_meta.request_kwargs, saved.project_key, saved.sm_id, version, body=body
        )

    def get_origin_analysis_trained_model(self) -> DSSTrainedModelDetails | None:
        """The details of the lab model this saved model version was deployed from (these details
        themselves for a lab model; None when the version has no origin in an ML task).

        (operations ``getMLTaskModelDetails``, ``getMLTaskModelSnippets``)
        """
        if self.saved_model is None:
            return self
        origin = self.details.get("smOrigin")
        full_id = object_or_empty(origin).get("fullModelId")
        if not isinstance(full_id, str):
            return None
        from .ml import DSSMLTask

        mltask = DSSMLTask.from_full_model_id(
            self.saved_model.client, full_id, project_key=self.saved_model.project_key
        )
        return mltask.get_trained_model_details(full_id)

    def get_diagnostics(self) -> list[DSSMLDiagnostic]:
        """The diagnostics DSS computed on the model (``mlDiagnostics``)."""
        diagnostics = object_or_empty(self._untyped.get("mlDiagnostics"))
        found = [d for d in array_or_empty(diagnostics.get("diagnostics")) if is_object(d)]
        return [DSSMLDiagnostic(cast("MLDiagnosticData", d)) for d in found]

    # -- documentation -------------------------------------------------------------------------

    def generate_documentation(self, folder_id: str | None = None, path: str | None = None) -> DSSFuture:
        """Start generating the model's documentation (a Word document), from DSS's default template, or
        from a template in a managed folder (give both ``folder_id`` and ``path``, or neither). The
        future's result names the document (``exportId``) for :meth:`download_documentation_to_file`.

        (operations ``generateLabModelDocumentationFromDefaultTemplate``,
        ``generateLabModelDocumentationFromTemplateInFolder``,
        ``generateSavedModelVersionDocumentationFromDefaultTemplate``,
        ``generateSavedModelVersionDocumentationFromTemplateInFolder``)
        """
        if bool(folder_id) != bool(path):
            raise ValueError(
                "Both folder id and path arguments are required to use a template from folder. "
                "Use without argument to generate the model documentation using the default template"
            )
        lab = self._lab()
        state: FutureState
        if lab is not None:
            mltask, model_id = lab
            where = (mltask.project_key, mltask.analysis_id, mltask.mltask_id, model_id)
            if folder_id and path:
                state = mltask.client._requester.json(
                    api.generate_lab_model_documentation_from_template_in_folder.request_kwargs,
                    *where,
                    folder_id=folder_id,
                    path=path,
                )
            else:
                state = mltask.client._requester.json(
                    api.generate_lab_model_documentation_from_default_template.request_kwargs, *where
                )
            return DSSFuture.from_resp(mltask.client, state)
        saved, version = self._saved()
        if folder_id and path:
            state = saved.client._requester.json(
                api.generate_saved_model_version_documentation_from_template_in_folder.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
                folder_id=folder_id,
                path=path,
            )
        else:
            state = saved.client._requester.json(
                api.generate_saved_model_version_documentation_from_default_template.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
            )
        return DSSFuture.from_resp(saved.client, state)

    def generate_documentation_from_custom_template(self, fp: Any) -> DSSFuture:
        """Start generating the model's documentation from a Word template (a binary file, bytes or a path).

        (operations ``generateLabModelDocumentationFromCustomTemplate``,
        ``generateSavedModelVersionDocumentationFromCustomTemplate``)
        """
        method = f"{type(self).__name__}.generate_documentation_from_custom_template"
        lab = self._lab()
        with upload_source(fp, method) as content:
            body = multipart_body(file=(upload_file_name(fp), content))
            if lab is not None:
                mltask, model_id = lab
                state: FutureState = mltask.client._requester.json(
                    api.generate_lab_model_documentation_from_custom_template.request_kwargs,
                    mltask.project_key,
                    mltask.analysis_id,
                    mltask.mltask_id,
                    model_id,
                    body=body,
                )
                return DSSFuture.from_resp(mltask.client, state)
            saved, version = self._saved()
            state = saved.client._requester.json(
                api.generate_saved_model_version_documentation_from_custom_template.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
                body=body,
            )
            return DSSFuture.from_resp(saved.client, state)

    def download_documentation_stream(self, export_id: str) -> DSSStream:
        """A generated documentation (docx), as a stream read as it arrives. Close it.

        (operations ``downloadLabModelDocumentation``, ``downloadSavedModelVersionDocumentation``)
        """
        lab = self._lab()
        if lab is not None:
            return lab[0].client._requester.stream(
                api.download_lab_model_documentation.request_kwargs, lab[0].project_key, export_id
            )
        saved, _ = self._saved()
        return saved.client._requester.stream(
            api.download_saved_model_version_documentation.request_kwargs, saved.project_key, export_id
        )

    def download_documentation_to_file(self, export_id: str, path: str | os.PathLike[str]) -> None:
        """Write a generated documentation (docx) into ``path``, as it arrives.

        (operations ``downloadLabModelDocumentation``, ``downloadSavedModelVersionDocumentation``)
        """
        write_to_file(self.download_documentation_stream(export_id), path)


class DSSMLDiagnostic:
    """A diagnostic DSS computed on a trained model (see :meth:`DSSTrainedModelDetails.get_diagnostics`)."""

    def __init__(self, data: MLDiagnosticData) -> None:
        self._internal_dict = data

    def get_raw(self) -> MLDiagnosticData:
        """The diagnostic as DSS sent it."""
        return self._internal_dict

    def get_type(self) -> str:
        """The diagnostic's type (``type``)."""
        return str(self._internal_dict["type"])

    def get_type_pretty(self) -> str:
        """The diagnostic's type as DSS displays it (``displayableType``)."""
        return str(self._internal_dict["displayableType"])

    def get_message(self) -> str:
        """The diagnostic's message."""
        return str(self._internal_dict["message"])

    def get_details(self) -> str | None:
        """The diagnostic's longer explanation, if any."""
        details = self._internal_dict.get("details")
        return None if details is None else str(details)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self._internal_dict['type']}, message={self._internal_dict['message']})"


class DSSMLAssertionsMetrics:
    """The results of every ML assertion on a trained model.

    See :meth:`DSSTrainedPredictionModelDetails.get_assertions_metrics`.
    """

    def __init__(self, data: MLAssertionsMetricsData) -> None:
        self._internal_dict = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.get_raw()})"

    def get_raw(self) -> MLAssertionsMetricsData:
        """The assertions' results as DSS sent them."""
        return self._internal_dict

    def get_metrics(self, assertion_name: str) -> DSSMLAssertionMetrics | None:
        """The result of the assertion named ``assertion_name``, or None when there is no such assertion."""
        for metrics in self._internal_dict["perAssertion"]:
            if metrics["name"] == assertion_name:
                return DSSMLAssertionMetrics(metrics)
        return None

    @property
    def passing_assertions_ratio(self) -> float:
        """The share of the assertions that pass."""
        return float(self._internal_dict["passingAssertionsRatio"])


class DSSMLAssertionMetrics:
    """The result of one ML assertion on a trained model."""

    def __init__(self, data: MLAssertionMetricsData) -> None:
        self._internal_dict = data

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(name='{self.name}', result={self.result}, valid_ratio={self.valid_ratio}, "
            f"nb_matching_rows={self.nb_matching_rows}, nb_dropped_rows={self.nb_dropped_rows})"
        )

    def get_raw(self) -> MLAssertionMetricsData:
        """The assertion's result as DSS sent it."""
        return self._internal_dict

    @property
    def name(self) -> str:
        """The assertion's name."""
        return str(self._internal_dict["name"])

    @property
    def result(self) -> bool:
        """Whether the assertion passes."""
        return bool(self._internal_dict["result"])

    @property
    def valid_ratio(self) -> float:
        """The share of the assertion's rows predicted as expected (the expected class, or in the expected range)."""
        return float(self._internal_dict["validRatio"])

    @property
    def nb_matching_rows(self) -> int:
        """The number of rows the assertion's filter matches."""
        return int(self._internal_dict["nbMatchingRows"])

    @property
    def nb_dropped_rows(self) -> int:
        """The number of matching rows the model's preprocessing dropped."""
        return int(self._internal_dict["nbDroppedRows"])


class DSSTreeNode:
    """A node of a tree of :class:`DSSTree` (node ``i`` of its parallel arrays)."""

    def __init__(self, tree: DSSTree, i: int) -> None:
        self.tree = tree
        self.i = i

    def __repr__(self) -> str:
        return f"{type(self).__name__}(i={self.i})"

    def _child(self, side: str) -> DSSTreeNode | None:
        child = int(self.tree.tree[side][self.i])  # type: ignore[literal-required]
        return None if child < 0 else DSSTreeNode(self.tree, child)

    def get_left_child(self) -> DSSTreeNode | None:
        """The node's left child (the rows at or below the threshold), None for a leaf."""
        return self._child("leftChild")

    def get_right_child(self) -> DSSTreeNode | None:
        """The node's right child, None for a leaf."""
        return self._child("rightChild")

    def get_split_info(self) -> TreeSplitInfo:
        """The node's split: ``feature`` (its name), ``threshold``, ``impurity``, ``nSamples``,
        ``predict``, ``probas``, ``leftCategories`` (None for what the tree does not hold)."""
        tree: dict[str, Any] = dict(self.tree.tree)

        def at(key: str) -> Any:
            values = tree.get(key)
            return values[self.i] if values is not None else None

        features = tree.get("feature")
        return {
            "feature": self.tree.feature_names[features[self.i]] if features is not None else None,
            "probas": at("probas"),
            "leftCategories": at("leftCategories"),
            "impurity": at("impurity"),
            "predict": at("predict"),
            "nSamples": at("nSamples"),
            "threshold": at("threshold"),
        }


class DSSTree:
    """One tree of a tree-based model, as parallel arrays indexed by node (see :class:`DSSTreeSet`)."""

    def __init__(
        self, tree: ModelDetailsTree, feature_names: list[str], prediction_type: str | None, classes: list[str] | None
    ) -> None:
        self.tree = tree
        self.feature_names = feature_names
        self.prediction_type = prediction_type
        self.classes = classes

    def __repr__(self) -> str:
        return f"{type(self).__name__}(nodes={len(self.tree.get('leftChild', []))})"

    def get_raw(self) -> ModelDetailsTree:
        """The tree as DSS sent it."""
        return self.tree

    def get_classes(self) -> list[str] | None:
        """The classes (classification); None for a regression, with a warning."""
        if self.prediction_type not in PREDICTION_TYPES_WITH_CLASSES:
            logger.warning("Regression models do not have a `classes` attribute")
            return None
        return self.classes

    def get_root(self) -> DSSTreeNode:
        """The tree's root node."""
        return DSSTreeNode(self, 0)


class DSSTreeSet:
    """The trees of a tree-based model (see :meth:`DSSTrainedPredictionModelDetails.get_trees`)."""

    def __init__(self, trees: ModelDetailsTreeSet, prediction_type: str | None) -> None:
        self.trees = trees
        self.prediction_type = prediction_type

    def __repr__(self) -> str:
        return f"{type(self).__name__}(trees={len(self.trees['trees'])})"

    def get_raw(self) -> ModelDetailsTreeSet:
        """The trees as DSS sent them."""
        return self.trees

    def get_feature_names(self) -> list[str]:
        """The names of the features the trees split on (after preprocessing: ``dummy:plan:pro``, ...)."""
        return self.trees["featureNames"]

    def get_classes(self) -> list[str] | None:
        """The classes (classification); None for a regression, with a warning."""
        if self.prediction_type not in PREDICTION_TYPES_WITH_CLASSES:
            logger.warning("Regression models do not have a `classes` attribute")
            return None
        classes = self.trees.get("classes")
        if classes is None:
            logger.warning("Models trained on version prior to 13.1 do not have a `classes` attribute")
        return classes

    def get_trees(self) -> list[DSSTree]:
        """The trees."""
        classes = self.get_classes() if self.prediction_type in PREDICTION_TYPES_WITH_CLASSES else None
        return [DSSTree(t, self.trees["featureNames"], self.prediction_type, classes) for t in self.trees["trees"]]


class DSSCoefficientPaths:
    """The coefficients of a Lasso model along its regularization path.

    See :meth:`DSSTrainedPredictionModelDetails.get_coefficient_paths`.
    """

    def __init__(self, paths: ModelDetailsCoefficientPaths) -> None:
        self.paths = paths

    def __repr__(self) -> str:
        return f"{type(self).__name__}(features={len(self.paths['features'])})"

    def get_raw(self) -> ModelDetailsCoefficientPaths:
        """The paths as DSS sent them."""
        return self.paths

    def get_feature_names(self) -> list[str]:
        """The names of the features (after preprocessing)."""
        return self.paths["features"]

    def get_coefficient_path(self, feature: str, class_index: int = 0) -> list[float] | None:
        """The coefficient of ``feature`` at each point of the path (for the class ``class_index``).

        An unknown feature raises ``ValueError``, as in the official client.
        """
        i = self.paths["features"].index(feature)
        path = self.paths["path"]
        if 0 <= i < len(path[0][class_index]):
            return [point[class_index][i] for point in path]
        return None


class DSSScatterPlots:
    """A sample of a clustering model's rows and their clusters.

    See :meth:`DSSTrainedClusteringModelDetails.get_scatter_plots`.
    """

    def __init__(self, scatters: ModelDetailsScatterPlots) -> None:
        self.scatters = scatters

    def __repr__(self) -> str:
        return f"{type(self).__name__}(features={self.get_feature_names()})"

    def get_raw(self) -> ModelDetailsScatterPlots:
        """The scatter plots as DSS sent them."""
        return self.scatters

    def get_feature_names(self) -> list[str]:
        """The names of the features."""
        return list(self.scatters["features"])

    def get_scatter_plot(self, feature_x: str, feature_y: str) -> ScatterPlot:
        """``{"cluster", "x", "y"}``: the cluster of each sampled row, and its values of the two features.

        The official client answers ``feature_x``'s values as ``y`` too; here ``y`` is ``feature_y``'s.
        """
        features = self.scatters["features"]
        return {"cluster": self.scatters["cluster"], "x": features.get(feature_x), "y": features.get(feature_y)}


# Keys of a snippet that are not performance metrics (what get_performance_metrics leaves out).
_PREDICTION_SNIPPET_NON_METRICS = (
    "gridsearchData",
    "trainDate",
    "topImportance",
    "backendType",
    "userMeta",
    "sessionDate",
    "trainInfo",
    "fullModelId",
    "gridLength",
    "algorithm",
    "sessionId",
)
_CLUSTERING_SNIPPET_NON_METRICS = (
    "fullModelId",
    "algorithm",
    "trainInfo",
    "userMeta",
    "backendType",
    "sessionId",
    "sessionDate",
    "facts",
)


def _without(snippet: TrainedModelSnippet, keys: tuple[str, ...]) -> TrainedModelSnippet:
    clean: dict[str, Any] = copy.deepcopy(dict(snippet))
    for key in keys:
        clean.pop(key, None)
    return cast("TrainedModelSnippet", clean)


class DSSTrainedPredictionModelDetails(DSSTrainedModelDetails):
    """The details of a trained prediction model (classification or regression): its metrics,
    settings, and the computations DSS makes on it after its training."""

    @property
    def _prediction_type(self) -> str | None:
        core = self.details.get("coreParams") or {}
        prediction_type = core.get("prediction_type")
        return prediction_type if isinstance(prediction_type, str) else None

    def get_roc_curve_data(self) -> dict[str, Any]:
        """The data of the model's ROC curve (``perf.rocVizData``; binary classification), empty when DSS has none."""
        perf = object_or_empty(self._untyped.get("perf"))
        roc = perf.get("rocVizData", {})
        if roc is None:
            raise ValueError("This model does not have ROC visualization data")
        return object_or_empty(roc)

    def get_performance_metrics(self) -> TrainedModelSnippet:
        """Every performance metric of the model (a copy of its snippet without what is not a metric).

        For a binary classifier, threshold-dependent metrics are at the threshold found best; the
        per-threshold values are in the details' ``perf.perCutData``. With K-fold cross-test, most
        metrics come with their standard deviation (``aucstd``, ...).
        """
        return _without(self.snippet, _PREDICTION_SNIPPET_NON_METRICS)

    def get_assertions_metrics(self) -> DSSMLAssertionsMetrics:
        """The results of the ML task's assertions on this model (the snippet's ``assertionsMetrics``)."""
        snippet: dict[str, Any] = cast("dict[str, Any]", self.snippet)
        return DSSMLAssertionsMetrics(cast("MLAssertionsMetricsData", snippet["assertionsMetrics"]))

    def get_hyperparameter_search_points(self) -> list[TrainedModelDetailsIperfGridCellsItem]:
        """The points of the hyperparameter search, each with its ``score`` and ``params``.

        ``ValueError`` when the model made no search.
        """
        iperf = self.details.get("iperf") or {}
        if "gridCells" not in iperf:
            raise ValueError(
                "No hyperparameter search result, maybe this model did not perform hyperparameter optimization"
            )
        return iperf["gridCells"]

    def get_preprocessing_settings(self) -> MLTaskPreprocessing:
        """The preprocessing settings the model was trained with."""
        return self.details["preprocessing"]

    def get_modeling_settings(self) -> TrainedModelDetailsModeling:
        """The modeling settings (its one algorithm) the model was trained with."""
        return self.details["modeling"]

    def get_actual_modeling_params(self) -> TrainedModelDetailsActualParams:
        """The parameters the model was trained with after the hyperparameter search (``resolved``)."""
        return self.details["actualParams"]

    def get_trees(self) -> DSSTreeSet:
        """The trees of a tree-based model (decision tree, random forest, gradient boosted trees).

        Read from the model's ML task only, as the official client does. (operation ``getLabModelTrees``)
        """
        mltask, model_id = self._lab_only("The trees")
        data: ModelDetailsTreeSet = mltask.client._requester.json(
            api.get_lab_model_trees.request_kwargs, mltask.project_key, mltask.analysis_id, mltask.mltask_id, model_id
        )
        return DSSTreeSet(data, self._prediction_type)

    def get_coefficient_paths(self) -> DSSCoefficientPaths:
        """The coefficient paths of a Lasso model.

        Read from the model's ML task only, as the official client does. (operation ``getLabModelCoefficientPaths``)
        """
        mltask, model_id = self._lab_only("The coefficient paths")
        data: ModelDetailsCoefficientPaths = mltask.client._requester.json(
            api.get_lab_model_coefficient_paths.request_kwargs,
            mltask.project_key,
            mltask.analysis_id,
            mltask.mltask_id,
            model_id,
        )
        return DSSCoefficientPaths(data)

    # -- model export --------------------------------------------------------------------------

    def get_scoring_jar_stream(self, model_class: str = "model.Model", include_libs: bool = False) -> DSSStream:
        """The model as a Java scoring JAR, as a stream to read and close (it needs DSS's licence to
        export models). (operations ``getLabModelScoringJar``, ``getSavedModelVersionScoringJar``)
        """
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            return mltask.client._requester.stream(
                api.get_lab_model_scoring_jar.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
                full_class_name=model_class,
                include_libs=include_libs,
            )
        saved, version = self._saved()
        return saved.client._requester.stream(
            api.get_saved_model_version_scoring_jar.request_kwargs,
            saved.project_key,
            saved.sm_id,
            version,
            full_class_name=model_class,
            include_libs=include_libs,
        )

    def get_scoring_pmml_stream(self) -> DSSStream:
        """The model as a PMML document, as a stream to read and close.

        (operations ``getLabModelScoringPmml``, ``getSavedModelVersionScoringPmml``)
        """
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            return mltask.client._requester.stream(
                api.get_lab_model_scoring_pmml.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
        saved, version = self._saved()
        return saved.client._requester.stream(
            api.get_saved_model_version_scoring_pmml.request_kwargs, saved.project_key, saved.sm_id, version
        )

    def _scoring_python(self, mlflow: bool, use_original_model: bool) -> DSSStream:
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            return mltask.client._requester.stream(
                api.get_lab_model_scoring_python.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
                mlflow_export=mlflow,
                use_original_m_lflow_model=use_original_model,
            )
        saved, version = self._saved()
        return saved.client._requester.stream(
            api.get_saved_model_version_scoring_python.request_kwargs,
            saved.project_key,
            saved.sm_id,
            version,
            mlflow_export=mlflow,
            use_original_m_lflow_model=use_original_model,
        )

    def get_scoring_python_stream(self) -> DSSStream:
        """The model in DSS's Python scoring format (a zip), as a stream to read and close.

        (operations ``getLabModelScoringPython``, ``getSavedModelVersionScoringPython``)
        """
        return self._scoring_python(False, False)

    def get_scoring_python(self, filename: str | os.PathLike[str]) -> None:
        """Write the model in DSS's Python scoring format (a zip) into ``filename``.

        (operations ``getLabModelScoringPython``, ``getSavedModelVersionScoringPython``)
        """
        write_to_file(self.get_scoring_python_stream(), filename)

    def get_scoring_mlflow_stream(self, use_original_model: bool = False) -> DSSStream:
        """The model as an MLflow model (a zip), as a stream to read and close; ``use_original_model``
        answers the original of a model imported from MLflow.

        (operations ``getLabModelScoringPython``, ``getSavedModelVersionScoringPython``)
        """
        return self._scoring_python(True, use_original_model)

    def get_scoring_mlflow(self, filename: str | os.PathLike[str], use_original_model: bool = False) -> None:
        """Write the model as an MLflow model (a zip) into ``filename``.

        (operations ``getLabModelScoringPython``, ``getSavedModelVersionScoringPython``)
        """
        write_to_file(self.get_scoring_mlflow_stream(use_original_model), filename)

    def export_to_snowflake_function(self, connection_name: str, function_name: str, wait: bool = True) -> Any:
        """Export a saved model version as a Snowflake function; its result when ``wait``, else the future.

        Saved model versions only (``DataikuException`` for a lab model, as the official client raises).
        (operation ``exportSavedModelVersionToSnowflakeFunction``)
        """
        if self.mltask is not None:
            raise DataikuException("Only supported for Saved Model Versions")
        saved, version = self._saved()
        state: FutureState = saved.client._requester.json(
            api.export_saved_model_version_to_snowflake_function.request_kwargs,
            saved.project_key,
            saved.sm_id,
            version,
            connection_name=connection_name,
            function_name=function_name,
        )
        future: DSSFuture = DSSFuture.from_resp(saved.client, state)
        return future.wait_for_result() if wait else future

    def export_to_databricks_registry(
        self, connection_name: str, use_unity_catalog: bool, model_name: str, experiment_name: str, wait: bool = True
    ) -> Any:
        """Export the model to a Databricks registry (as an MLflow model); its result when ``wait``, else the future.

        (operations ``exportLabModelToDatabricksRegistry``, ``exportSavedModelVersionToDatabricksRegistry``)
        """
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            state: FutureState = mltask.client._requester.json(
                api.export_lab_model_to_databricks_registry.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
                connection_name=connection_name,
                use_unity_catalog=use_unity_catalog,
                model_name=model_name,
                experiment_name=experiment_name,
            )
            future: DSSFuture = DSSFuture.from_resp(mltask.client, state)
        else:
            saved, version = self._saved()
            state = saved.client._requester.json(
                api.export_saved_model_version_to_databricks_registry.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
                connection_name=connection_name,
                use_unity_catalog=use_unity_catalog,
                model_name=model_name,
                experiment_name=experiment_name,
            )
            future = DSSFuture.from_resp(saved.client, state)
        return future.wait_for_result() if wait else future

    # -- post-training computations ------------------------------------------------------------

    def compute_shapley_feature_importance(
        self, n_explanations: int | None = None, mc_steps: int | None = None, num_samples: int | None = None
    ) -> DSSFuture:
        """Start computing the model's Shapley feature importance (its global explanations, then read
        with :meth:`get_global_explanations`); answers the computation's future.

        ``n_explanations``: how many features to explain (the most important ones); ``mc_steps``:
        Monte Carlo steps (background rows) per value; ``num_samples``: rows explained.
        (operations ``computeLabModelShapleyFeatureImportance``, ``computeSavedModelVersionShapleyFeatureImportance``)
        """
        params = {
            key: value
            for key, value in (("n_explanations", n_explanations), ("mc_steps", mc_steps), ("num_samples", num_samples))
            if value is not None
        }
        body = json_body({"computationParams": params}) if params else UNSET
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            state: FutureState = mltask.client._requester.json(
                api.compute_lab_model_shapley_feature_importance.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
                body=body,
            )
            return DSSFuture(mltask.client, state.get("jobId"), state)
        saved, version = self._saved()
        state = saved.client._requester.json(
            api.compute_saved_model_version_shapley_feature_importance.request_kwargs,
            saved.project_key,
            saved.sm_id,
            version,
            body=body,
        )
        return DSSFuture(saved.client, state.get("jobId"), state)

    def get_global_explanations(self) -> DSSGlobalExplanations:
        """The global explanations computed for the model (``ValueError`` when none was: call
        :meth:`compute_shapley_feature_importance` first).

        (operations ``getLabModelGlobalExplanations``, ``getSavedModelVersionGlobalExplanations``)
        """
        lab = self._lab()
        data: ModelDetailsGlobalExplanations
        if lab is not None:
            mltask, model_id = lab
            data = mltask.client._requester.json(
                api.get_lab_model_global_explanations.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
        else:
            saved, version = self._saved()
            data = saved.client._requester.json(
                api.get_saved_model_version_global_explanations.request_kwargs, saved.project_key, saved.sm_id, version
            )
        if len(data) == 0:
            raise ValueError(
                "Global explanations have not been computed for this model; "
                "call compute_shapley_feature_importance() first"
            )
        return DSSGlobalExplanations(self, data)

    def _computation_body(
        self, features: list[str] | str, sample_size: int, random_state: int, n_jobs: int, debug_mode: bool
    ) -> Any:
        return json_body(
            {
                "features": features if isinstance(features, list) else [features],
                "computationParams": {
                    "sample_size": sample_size,
                    "random_state": random_state,
                    "n_jobs": n_jobs,
                    "debug_mode": debug_mode,
                },
            }
        )

    @overload
    def compute_subpopulation_analyses(
        self,
        split_by: list[str] | str,
        wait: Literal[True] = True,
        sample_size: int = 1000,
        random_state: int = 1337,
        n_jobs: int = 1,
        debug_mode: bool = False,
    ) -> DSSSubpopulationAnalyses: ...

    @overload
    def compute_subpopulation_analyses(
        self,
        split_by: list[str] | str,
        wait: Literal[False],
        sample_size: int = 1000,
        random_state: int = 1337,
        n_jobs: int = 1,
        debug_mode: bool = False,
    ) -> DSSFuture[ModelDetailsSubpopulationAnalyses]: ...

    @overload
    def compute_subpopulation_analyses(
        self,
        split_by: list[str] | str,
        wait: bool,
        sample_size: int = 1000,
        random_state: int = 1337,
        n_jobs: int = 1,
        debug_mode: bool = False,
    ) -> DSSSubpopulationAnalyses | DSSFuture[ModelDetailsSubpopulationAnalyses]: ...

    def compute_subpopulation_analyses(
        self,
        split_by: list[str] | str,
        wait: bool = True,
        sample_size: int = 1000,
        random_state: int = 1337,
        n_jobs: int = 1,
        debug_mode: bool = False,
    ) -> DSSSubpopulationAnalyses | DSSFuture[ModelDetailsSubpopulationAnalyses]:
        """Compute the model's performance on each modality of the columns ``split_by`` (one analysis
        per column); the analyses when ``wait``, else the computation's future.

        (operations ``computeLabModelSubpopulationAnalyses``, ``computeSavedModelVersionSubpopulationAnalyses``)
        """
        body = self._computation_body(split_by, sample_size, random_state, n_jobs, debug_mode)
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            state: FutureState = mltask.client._requester.json(
                api.compute_lab_model_subpopulation_analyses.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
                body=body,
            )
            future: DSSFuture[ModelDetailsSubpopulationAnalyses] = DSSFuture(mltask.client, state.get("jobId"), state)
        else:
            saved, version = self._saved()
            state = saved.client._requester.json(
                api.compute_saved_model_version_subpopulation_analyses.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
                body=body,
            )
            future = DSSFuture(saved.client, state.get("jobId"), state)
        if wait:
            return DSSSubpopulationAnalyses(future.wait_for_result(), self._prediction_type)
        return future

    def get_subpopulation_analyses(self) -> DSSSubpopulationAnalyses:
        """Every subpopulation analysis computed for the model.

        (operations ``getLabModelSubpopulationAnalyses``, ``getSavedModelVersionSubpopulationAnalyses``)
        """
        lab = self._lab()
        data: ModelDetailsSubpopulationAnalyses
        if lab is not None:
            mltask, model_id = lab
            data = mltask.client._requester.json(
                api.get_lab_model_subpopulation_analyses.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
        else:
            saved, version = self._saved()
            data = saved.client._requester.json(
                api.get_saved_model_version_subpopulation_analyses.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
            )
        return DSSSubpopulationAnalyses(data, self._prediction_type)

    @overload
    def compute_partial_dependencies(
        self,
        features: list[str] | str,
        wait: Literal[True] = True,
        sample_size: int = 1000,
        random_state: int = 1337,
        n_jobs: int = 1,
        debug_mode: bool = False,
    ) -> DSSPartialDependencies: ...

    @overload
    def compute_partial_dependencies(
        self,
        features: list[str] | str,
        wait: Literal[False],
        sample_size: int = 1000,
        random_state: int = 1337,
        n_jobs: int = 1,
        debug_mode: bool = False,
    ) -> DSSFuture[ModelDetailsPartialDependencies]: ...

    @overload
    def compute_partial_dependencies(
        self,
        features: list[str] | str,
        wait: bool,
        sample_size: int = 1000,
        random_state: int = 1337,
        n_jobs: int = 1,
        debug_mode: bool = False,
    ) -> DSSPartialDependencies | DSSFuture[ModelDetailsPartialDependencies]: ...

    def compute_partial_dependencies(
        self,
        features: list[str] | str,
        wait: bool = True,
        sample_size: int = 1000,
        random_state: int = 1337,
        n_jobs: int = 1,
        debug_mode: bool = False,
    ) -> DSSPartialDependencies | DSSFuture[ModelDetailsPartialDependencies]:
        """Compute the partial dependence of the model's prediction on each of ``features``; every
        partial dependence of the model when ``wait``, else the computation's future.

        (operations ``computeLabModelPartialDependencies``, ``computeSavedModelVersionPartialDependencies``)
        """
        body = self._computation_body(features, sample_size, random_state, n_jobs, debug_mode)
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            state: FutureState = mltask.client._requester.json(
                api.compute_lab_model_partial_dependencies.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
                body=body,
            )
            future: DSSFuture[ModelDetailsPartialDependencies] = DSSFuture(mltask.client, state.get("jobId"), state)
        else:
            saved, version = self._saved()
            state = saved.client._requester.json(
                api.compute_saved_model_version_partial_dependencies.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
                body=body,
            )
            future = DSSFuture(saved.client, state.get("jobId"), state)
        if wait:
            return DSSPartialDependencies(future.wait_for_result())
        return future

    def get_partial_dependencies(self) -> DSSPartialDependencies:
        """Every partial dependence computed for the model.

        (operations ``getLabModelPartialDependencies``, ``getSavedModelVersionPartialDependencies``)
        """
        lab = self._lab()
        data: ModelDetailsPartialDependencies
        if lab is not None:
            mltask, model_id = lab
            data = mltask.client._requester.json(
                api.get_lab_model_partial_dependencies.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
        else:
            saved, version = self._saved()
            data = saved.client._requester.json(
                api.get_saved_model_version_partial_dependencies.request_kwargs, saved.project_key, saved.sm_id, version
            )
        return DSSPartialDependencies(data)


class DSSTrainedMultiTargetPredictionModelDetails(DSSTrainedPredictionModelDetails):
    """The details of a trained multi-target regression model."""

    def get_target_variables(self) -> list[str]:
        """The model's targets."""
        core = self.details.get("coreParams") or {}
        targets: list[str] = core.get("multi_target_variables", [])
        return targets

    def get_performance_metrics(self) -> TrainedModelSnippet:
        """Every performance metric: aggregated over the targets at the root, per target in ``perTargetMetrics``."""
        return super().get_performance_metrics()

    def get_residuals(self) -> dict[str, Any]:
        """The residuals of each target (``perf.perTargetPerf.<target>.residuals``)."""
        per_target = object_or_empty(object_or_empty(self._untyped.get("perf")).get("perTargetPerf"))
        return {
            target: perf["residuals"] for target, perf in per_target.items() if is_object(perf) and "residuals" in perf
        }


class DSSTrainedTimeseriesForecastingModelDetails(DSSTrainedPredictionModelDetails):
    """The details of a trained time series forecasting model: its metrics per time series, residuals
    and permutation importance."""

    @overload
    def compute_residuals(self, wait: Literal[True] = True) -> ModelDetailsTimeseriesResults: ...

    @overload
    def compute_residuals(self, wait: Literal[False]) -> DSSFuture[ModelDetailsTimeseriesResults]: ...

    @overload
    def compute_residuals(
        self, wait: bool
    ) -> ModelDetailsTimeseriesResults | DSSFuture[ModelDetailsTimeseriesResults]: ...

    def compute_residuals(
        self, wait: bool = True
    ) -> ModelDetailsTimeseriesResults | DSSFuture[ModelDetailsTimeseriesResults]:
        """Compute the residuals of each time series; the result when ``wait``, else the future.

        (operations ``computeLabModelTimeseriesResiduals``, ``computeSavedModelVersionTimeseriesResiduals``)
        """
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            state: FutureState = mltask.client._requester.json(
                api.compute_lab_model_timeseries_residuals.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
            future: DSSFuture[ModelDetailsTimeseriesResults] = DSSFuture(mltask.client, state.get("jobId"), state)
        else:
            saved, version = self._saved()
            state = saved.client._requester.json(
                api.compute_saved_model_version_timeseries_residuals.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
            )
            future = DSSFuture(saved.client, state.get("jobId"), state)
        return future.wait_for_result() if wait else future

    def get_residuals(self) -> ModelDetailsTimeseriesResults:
        """The residuals of each time series.

        (operations ``getLabModelTimeseriesResiduals``, ``getSavedModelVersionTimeseriesResiduals``)
        """
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            result: ModelDetailsTimeseriesResults = mltask.client._requester.json(
                api.get_lab_model_timeseries_residuals.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
            return result
        saved, version = self._saved()
        result = saved.client._requester.json(
            api.get_saved_model_version_timeseries_residuals.request_kwargs, saved.project_key, saved.sm_id, version
        )
        return result

    @overload
    def compute_permutation_importance(
        self, wait: Literal[True] = True, n_iterations: int | None = None, per_identifier: bool | None = None
    ) -> ModelDetailsTimeseriesResults: ...

    @overload
    def compute_permutation_importance(
        self, wait: Literal[False], n_iterations: int | None = None, per_identifier: bool | None = None
    ) -> DSSFuture[ModelDetailsTimeseriesResults]: ...

    @overload
    def compute_permutation_importance(
        self, wait: bool, n_iterations: int | None = None, per_identifier: bool | None = None
    ) -> ModelDetailsTimeseriesResults | DSSFuture[ModelDetailsTimeseriesResults]: ...

    def compute_permutation_importance(
        self, wait: bool = True, n_iterations: int | None = None, per_identifier: bool | None = None
    ) -> ModelDetailsTimeseriesResults | DSSFuture[ModelDetailsTimeseriesResults]:
        """Compute the permutation importance of the features; the result when ``wait``, else the future.

        (operations ``computeLabModelTimeseriesPermutationImportance``,
        ``computeSavedModelVersionTimeseriesPermutationImportance``)
        """
        params: dict[str, Any] = {}
        if n_iterations is not None:
            params["permutationImportanceIterations"] = n_iterations
        if per_identifier is not None:
            params["perIdentifierPermutationImportance"] = per_identifier
        computation_params = json.dumps(params)
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            state: FutureState = mltask.client._requester.json(
                api.compute_lab_model_timeseries_permutation_importance.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
                computation_params=computation_params,
            )
            future: DSSFuture[ModelDetailsTimeseriesResults] = DSSFuture(mltask.client, state.get("jobId"), state)
        else:
            saved, version = self._saved()
            state = saved.client._requester.json(
                api.compute_saved_model_version_timeseries_permutation_importance.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
                computation_params=computation_params,
            )
            future = DSSFuture(saved.client, state.get("jobId"), state)
        return future.wait_for_result() if wait else future

    def get_permutation_importance(self) -> ModelDetailsTimeseriesResults:
        """The permutation importance of the features.

        (operations ``getLabModelTimeseriesPermutationImportance``,
        ``getSavedModelVersionTimeseriesPermutationImportance``)
        """
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            result: ModelDetailsTimeseriesResults = mltask.client._requester.json(
                api.get_lab_model_timeseries_permutation_importance.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
            return result
        saved, version = self._saved()
        result = saved.client._requester.json(
            api.get_saved_model_version_timeseries_permutation_importance.request_kwargs,
            saved.project_key,
            saved.sm_id,
            version,
        )
        return result

    def get_per_timeseries_metrics(self) -> ModelDetailsTimeseriesResults:
        """The performance metrics of each time series.

        (operations ``getLabModelPerTimeseriesMetrics``, ``getSavedModelVersionPerTimeseriesMetrics``)
        """
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            result: ModelDetailsTimeseriesResults = mltask.client._requester.json(
                api.get_lab_model_per_timeseries_metrics.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
            return result
        saved, version = self._saved()
        result = saved.client._requester.json(
            api.get_saved_model_version_per_timeseries_metrics.request_kwargs, saved.project_key, saved.sm_id, version
        )
        return result

    def get_per_timeseries_evaluation_forecasts(self) -> ModelDetailsTimeseriesResults:
        """The forecasts made on the evaluation set, per time series.

        (operations ``getLabModelPerTimeseriesEvaluationForecasts``,
        ``getSavedModelVersionPerTimeseriesEvaluationForecasts``)
        """
        lab = self._lab()
        if lab is not None:
            mltask, model_id = lab
            result: ModelDetailsTimeseriesResults = mltask.client._requester.json(
                api.get_lab_model_per_timeseries_evaluation_forecasts.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
            return result
        saved, version = self._saved()
        result = saved.client._requester.json(
            api.get_saved_model_version_per_timeseries_evaluation_forecasts.request_kwargs,
            saved.project_key,
            saved.sm_id,
            version,
        )
        return result


# -- subpopulation analyses ------------------------------------------------------------------------


def _prediction_info(data: dict[str, Any], prediction_type: str | None) -> PredictionInfo | None:
    metrics = data["perf"]["globalMetrics"]
    if prediction_type == "BINARY_CLASSIFICATION":
        return {
            "predictedPositiveRatio": metrics["predictionAvg"][0],
            "actualPositiveRatio": metrics["targetAvg"][0],
            "testWeight": metrics["testWeight"],
        }
    if prediction_type == "REGRESSION":
        return {
            "predictedAvg": metrics["predictionAvg"][0],
            "predictedStd": metrics["predictionStd"][0],
            "actualAvg": metrics["targetAvg"][0],
            "actualStd": metrics["targetStd"][0],
            "testWeight": metrics["testWeight"],
        }
    return None


class DSSSubpopulationGlobal:
    """The model's performance on all the rows of its subpopulation analyses."""

    def __init__(self, data: ModelDetailsSubpopulationPerformance, prediction_type: str | None) -> None:
        self._internal_dict = data
        self.prediction_type = prediction_type

    def get_raw(self) -> ModelDetailsSubpopulationPerformance:
        """The performance as DSS sent it."""
        return self._internal_dict

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prediction_type={self.prediction_type})"

    def get_performance_metrics(self) -> ModelDetailsSubpopulationPerformancePerformanceMetrics:
        """The metrics on all the rows."""
        return self._internal_dict["performanceMetrics"]

    def get_prediction_info(self) -> PredictionInfo | None:
        """Averages of the prediction and of the target (binary classification and regression; None otherwise)."""
        return _prediction_info(dict(self._internal_dict), self.prediction_type)


class DSSSubpopulationModalityDefinition:
    """Which rows a modality of a subpopulation analysis gathers."""

    MISSING_VALUES = "__DSSSubpopulationModalidityDefinition__MISSINGVALUES"

    def __init__(self, feature_name: str, data: ModelDetailsSubpopulationModality) -> None:
        self.missing_values = bool(data.get("missing_values", False))
        self.index = data.get("index")
        self.feature_name = feature_name

    def is_missing_values(self) -> bool:
        """Whether the modality gathers the rows where the column is empty."""
        return self.missing_values

    def contains(self, value: Any) -> bool:
        """Whether ``value`` belongs to the modality."""
        return False


class DSSSubpopulationNumericModalityDefinition(DSSSubpopulationModalityDefinition):
    """A numerical modality: an interval of the column's values."""

    def __init__(self, feature_name: str, data: ModelDetailsSubpopulationModality) -> None:
        super().__init__(feature_name, data)
        self.lte = data.get("lte")
        self.gt = data.get("gt")
        self.gte = data.get("gte")

    def contains(self, value: Any) -> bool:
        """Whether the number ``value`` is in the interval."""
        lte = self.lte if self.lte is not None else float("inf")
        gt = self.gt if self.gt is not None else float("-inf")
        gte = self.gte if self.gte is not None else float("-inf")
        return not self.missing_values and gt < value and gte <= value and lte >= value

    def __repr__(self) -> str:
        if self.missing_values:
            return "DSSSubpopulationNumericModalityDefinition(missing_values)"
        low = f"{self.gt}<" if self.gt is not None else (f"{self.gte}<=" if self.gte is not None else "")
        high = f"<={self.lte}" if self.lte is not None else ""
        return f"DSSSubpopulationNumericModalityDefinition({low}{self.feature_name}{high})"


class DSSSubpopulationCategoryModalityDefinition(DSSSubpopulationModalityDefinition):
    """A categorical modality: one value of the column."""

    def __init__(self, feature_name: str, data: ModelDetailsSubpopulationModality) -> None:
        super().__init__(feature_name, data)
        self.value = data.get("value")

    def contains(self, value: Any) -> bool:
        """Whether ``value`` is the modality's value."""
        return bool(value == self.value)

    def __repr__(self) -> str:
        if self.missing_values:
            return "DSSSubpopulationCategoryModalityDefinition(missing_values)"
        return f"DSSSubpopulationCategoryModalityDefinition({self.feature_name}='{self.value}')"


class DSSSubpopulationModality:
    """One modality of a subpopulation analysis, and the model's performance on its rows."""

    def __init__(
        self,
        feature_name: str,
        computed_as_type: str,
        data: ModelDetailsSubpopulationModality,
        prediction_type: str | None,
    ) -> None:
        self._internal_dict = data
        self.prediction_type = prediction_type
        self.definition: DSSSubpopulationModalityDefinition
        if computed_as_type == "NUMERIC":
            self.definition = DSSSubpopulationNumericModalityDefinition(feature_name, data)
        else:
            self.definition = DSSSubpopulationCategoryModalityDefinition(feature_name, data)

    def get_raw(self) -> ModelDetailsSubpopulationModality:
        """The modality as DSS sent it."""
        return self._internal_dict

    def __repr__(self) -> str:
        computed_as = (
            "CATEGORY" if isinstance(self.definition, DSSSubpopulationCategoryModalityDefinition) else "NUMERIC"
        )
        return (
            f"{type(self).__name__}(prediction_type={self.prediction_type}, "
            f"feature={self.definition.feature_name}, computed_as={computed_as})"
        )

    def get_definition(self) -> DSSSubpopulationModalityDefinition:
        """Which rows the modality gathers."""
        return self.definition

    def is_excluded(self) -> bool:
        """Whether the modality was left out of the analysis (too few rows, a single class, ...)."""
        return bool(self._internal_dict.get("excluded", False))

    def get_performance_metrics(self) -> ModelDetailsSubpopulationModalityPerformanceMetrics:
        """The metrics on the modality's rows (``ValueError`` for an excluded modality)."""
        if self.is_excluded():
            raise ValueError("Excluded modalities do not have performance metrics")
        return self._internal_dict["performanceMetrics"]

    def get_prediction_info(self) -> PredictionInfo | None:
        """Averages of the prediction and of the target on the modality's rows (``ValueError`` when excluded)."""
        if self.is_excluded():
            raise ValueError("Excluded modalities do not have prediction info")
        return _prediction_info(dict(self._internal_dict), self.prediction_type)


class DSSSubpopulationAnalysis:
    """The subpopulation analysis on one column: the model's performance on each of its modalities."""

    def __init__(self, analysis: ModelDetailsSubpopulationAnalysis, prediction_type: str | None) -> None:
        self._internal_dict = analysis
        self.computed_as_type = analysis["computed_as_type"]
        self.modalities = [
            DSSSubpopulationModality(analysis["feature"], self.computed_as_type, m, prediction_type)
            for m in analysis.get("modalities", [])
        ]

    def get_raw(self) -> ModelDetailsSubpopulationAnalysis:
        """The analysis as DSS sent it."""
        return self._internal_dict

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(computed_as_type={self.computed_as_type}, "
            f"feature={self._internal_dict['feature']}, modalities_count={len(self.modalities)})"
        )

    def get_computation_params(self) -> ComputationParams:
        """``nbRecords``, ``randomState``, ``onSample``: the rows the analysis was computed on."""
        raw: dict[str, Any] = dict(self._internal_dict)
        return {"nbRecords": raw["nbRecords"], "randomState": raw["randomState"], "onSample": raw["onSample"]}

    def list_modalities(self) -> list[DSSSubpopulationModalityDefinition]:
        """The definitions of the modalities."""
        return [m.definition for m in self.modalities]

    def get_modality_data(self, definition: Any) -> DSSSubpopulationModality:
        """The modality of a definition (:meth:`list_modalities`), of
        ``DSSSubpopulationModalityDefinition.MISSING_VALUES``, or the one holding a value (a category's
        value, a number in an interval). ``ValueError`` when there is none.
        """
        if isinstance(definition, str) and definition == DSSSubpopulationModalityDefinition.MISSING_VALUES:
            for m in self.modalities:
                if m.definition.missing_values:
                    return m
            raise ValueError("No 'missing values' modality found")
        if isinstance(definition, DSSSubpopulationModalityDefinition):
            for m in self.modalities:
                if m.definition.index == definition.index:
                    return m
            raise ValueError(f"Modality with index '{definition.index}' not found")
        for m in self.modalities:
            if m.definition.contains(definition):
                return m
        raise ValueError(f"Modality not found: {definition}")


class DSSSubpopulationAnalyses:
    """Every subpopulation analysis computed for a model.

    See :meth:`DSSTrainedPredictionModelDetails.get_subpopulation_analyses`.
    """

    def __init__(self, data: ModelDetailsSubpopulationAnalyses, prediction_type: str | None) -> None:
        self._internal_dict = data
        self.prediction_type = prediction_type
        self.analyses = [DSSSubpopulationAnalysis(a, prediction_type) for a in data.get("subpopulationAnalyses", [])]

    def get_raw(self) -> ModelDetailsSubpopulationAnalyses:
        """The analyses as DSS sent them."""
        return self._internal_dict

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prediction_type={self.prediction_type}, analyses={self.list_analyses()})"

    def get_global(self) -> DSSSubpopulationGlobal:
        """The performance on all the rows the analyses were computed on."""
        return DSSSubpopulationGlobal(self._internal_dict["global"], self.prediction_type)

    def list_analyses(self) -> list[str]:
        """The columns analysed."""
        return [analysis.get_raw()["feature"] for analysis in self.analyses]

    def get_analysis(self, feature: str) -> DSSSubpopulationAnalysis:
        """The analysis of the column ``feature`` (``ValueError`` when there is none)."""
        for analysis in self.analyses:
            if analysis.get_raw()["feature"] == feature:
                return analysis
        raise ValueError(f"Subpopulation analysis for feature '{feature}' cannot be found")


# -- global explanations and partial dependencies ----------------------------------------------------


class DSSGlobalExplanations:
    """The global explanations of a model: Shapley values on a sample of rows, and each feature's importance."""

    def __init__(self, model_details: DSSTrainedModelDetails, data: ModelDetailsGlobalExplanations) -> None:
        self.model_details = model_details
        self._internal_dict = data

    def get_raw(self) -> ModelDetailsGlobalExplanations:
        """The explanations as DSS sent them."""
        return self._internal_dict

    def get_absolute_importance(self) -> dict[str, float] | None:
        """The importance of each explained feature (the mean absolute value of its Shapley values)."""
        return self._internal_dict.get("absoluteImportance")

    def get_observations(self) -> GlobalExplanationsObservations:
        """``{"explanations", "observations"}``: the sampled rows' Shapley values and feature values."""
        return {
            "explanations": self._internal_dict.get("explanations"),
            "observations": self._internal_dict.get("observations"),
        }

    def get_facts(self) -> dict[str, Any]:
        """The facts DSS draws from the explanations, per class (``ValueError`` when there are none).

        (operations ``getLabModelGlobalExplanationsFacts``, ``getSavedModelVersionGlobalExplanationsFacts``)
        """
        details = self.model_details
        lab = details._lab()
        if lab is not None:
            mltask, model_id = lab
            data = mltask.client._requester.json(
                api.get_lab_model_global_explanations_facts.request_kwargs,
                mltask.project_key,
                mltask.analysis_id,
                mltask.mltask_id,
                model_id,
            )
        else:
            saved, version = details._saved()
            data = saved.client._requester.json(
                api.get_saved_model_version_global_explanations_facts.request_kwargs,
                saved.project_key,
                saved.sm_id,
                version,
            )
        if len(data) == 0:
            raise ValueError(
                "Global explanations are not available for this model; call compute_shapley_feature_importance() first"
            )
        facts: dict[str, Any] = data["perClassFacts"]
        return facts

    def __repr__(self) -> str:
        importances = self.get_absolute_importance() or {}
        top = sorted(importances.items(), key=lambda kv: kv[1], reverse=True)[:5]
        body = ", ".join(f"{feature}: {value:.3g}" for feature, value in top)
        if len(importances) > len(top):
            body += ", ..."
        return f"{type(self).__name__}(top_importances={{{body}}})"


class DSSPartialDependence:
    """The partial dependence of a model's prediction on one feature."""

    def __init__(self, data: ModelDetailsPartialDependence) -> None:
        self._internal_dict = data

    def get_raw(self) -> ModelDetailsPartialDependence:
        """The partial dependence as DSS sent it."""
        return self._internal_dict

    def __repr__(self) -> str:
        return f"{type(self).__name__}(feature={self._internal_dict['feature']})"

    def get_computation_params(self) -> ComputationParams:
        """``nbRecords``, ``randomState``, ``onSample``: the rows it was computed on."""
        raw: dict[str, Any] = dict(self._internal_dict)
        return {"nbRecords": raw["nbRecords"], "randomState": raw["randomState"], "onSample": raw["onSample"]}

    def get_data_by_target(self) -> dict[str, list[float]]:
        """The partial dependence of each target of a multi-target model (``ValueError`` otherwise)."""
        targets = self._internal_dict.get("multiTargetVariables")
        data = self._internal_dict.get("data", [])
        if targets is None:
            raise ValueError("This partial dependence has no per-target data")
        if len(targets) != len(data):
            raise ValueError(f"Partial dependence has {len(targets)} target variables but {len(data)} data rows")
        return dict(zip(targets, data, strict=True))


class DSSPartialDependencies:
    """Every partial dependence computed for a model.

    See :meth:`DSSTrainedPredictionModelDetails.get_partial_dependencies`.
    """

    def __init__(self, data: ModelDetailsPartialDependencies) -> None:
        self._internal_dict = data
        self.partial_dependencies = [DSSPartialDependence(pd) for pd in data.get("partialDependencies", [])]

    def get_raw(self) -> ModelDetailsPartialDependencies:
        """The partial dependencies as DSS sent them."""
        return self._internal_dict

    def __repr__(self) -> str:
        return f"{type(self).__name__}(features={self.list_features()})"

    def list_features(self) -> list[str]:
        """The features with a partial dependence."""
        return [pd.get_raw()["feature"] for pd in self.partial_dependencies]

    def get_partial_dependence(self, feature: str) -> DSSPartialDependence:
        """The partial dependence on ``feature`` (``ValueError`` when there is none)."""
        for pd in self.partial_dependencies:
            if pd.get_raw()["feature"] == feature:
                return pd
        raise ValueError(f"Partial dependence for feature '{feature}' cannot be found")


# -- clustering ------------------------------------------------------------------------------------


class DSSClustersFacts:
    """The facts of a clustering model ("for cluster X, the average of Y is Z times higher")."""

    def __init__(self, clusters_facts: TrainedModelDetailsFacts) -> None:
        self.clusters_facts = clusters_facts

    def __repr__(self) -> str:
        return f"{type(self).__name__}(clusters={len(self.clusters_facts.get('clusters', []))})"

    def get_raw(self) -> TrainedModelDetailsFacts:
        """The facts as DSS sent them."""
        return self.clusters_facts

    def get_cluster_size(self, cluster_index: int) -> int:
        """The number of rows of the cluster of index ``cluster_index``."""
        return int(self.clusters_facts["clusters"][cluster_index]["size"])

    def get_facts_for_cluster(self, cluster_index: int) -> list[TrainedModelDetailsFactsClustersItemFactsItem]:
        """The facts of the cluster of index ``cluster_index``."""
        return self.clusters_facts["clusters"][cluster_index]["facts"]

    def get_facts_for_cluster_and_feature(
        self, cluster_index: int, feature_name: str
    ) -> list[TrainedModelDetailsFactsClustersItemFactsItem]:
        """The facts of a cluster about one feature."""
        return [f for f in self.get_facts_for_cluster(cluster_index) if f["feature_label"] == feature_name]


class DSSTrainedClusteringModelDetails(DSSTrainedModelDetails):
    """The details of a trained clustering model: its facts, metrics, settings and scatter plots."""

    def get_facts(self) -> DSSClustersFacts:
        """The clusters' facts (``facts``)."""
        return DSSClustersFacts(self.details["facts"])

    def get_performance_metrics(self) -> TrainedModelSnippet:
        """Every performance metric of the model (a copy of its snippet without what is not a metric)."""
        return _without(self.snippet, _CLUSTERING_SNIPPET_NON_METRICS)

    def get_preprocessing_settings(self) -> MLTaskPreprocessing:
        """The preprocessing settings the model was trained with."""
        return self.details["preprocessing"]

    def get_modeling_settings(self) -> TrainedModelDetailsModeling:
        """The modeling settings (its one algorithm) the model was trained with."""
        return self.details["modeling"]

    def get_actual_modeling_params(self) -> TrainedModelDetailsActualParams:
        """The parameters the model was trained with (``resolved``)."""
        return self.details["actualParams"]

    def get_scatter_plots(self) -> DSSScatterPlots:
        """A sample of the model's rows and their clusters, to plot one feature against another.

        Read from the model's ML task only, as the official client does. (operation ``getLabModelScatterPlots``)
        """
        mltask, model_id = self._lab_only("The scatter plots")
        data: ModelDetailsScatterPlots = mltask.client._requester.json(
            api.get_lab_model_scatter_plots.request_kwargs,
            mltask.project_key,
            mltask.analysis_id,
            mltask.mltask_id,
            model_id,
        )
        return DSSScatterPlots(data)


def details_for_model(
    details: TrainedModelDetails,
    snippet: TrainedModelSnippet,
    *,
    saved_model: Any = None,
    saved_model_version: str | None = None,
    mltask: DSSMLTask | None = None,
    mltask_model_id: str | None = None,
) -> DSSTrainedModelDetails:
    """The details object of the model's kind, chosen as the official client chooses it: clustering
    when the details have ``facts``, else by the snippet's ``predictionType``."""
    where: dict[str, Any] = {
        "saved_model": saved_model,
        "saved_model_version": saved_model_version,
        "mltask": mltask,
        "mltask_model_id": mltask_model_id,
    }
    if "facts" in details:
        return DSSTrainedClusteringModelDetails(details, snippet, **where)
    prediction_type = snippet.get("predictionType", "")
    if prediction_type == "TIMESERIES_FORECAST":
        return DSSTrainedTimeseriesForecastingModelDetails(details, snippet, **where)
    if prediction_type == "MULTI_TARGET_REGRESSION":
        return DSSTrainedMultiTargetPredictionModelDetails(details, snippet, **where)
    return DSSTrainedPredictionModelDetails(details, snippet, **where)
