"""Visual analyses (labs) of a project: their definition, the step builders of their script, their ML tasks.

A visual analysis works on one dataset of the project: its definition holds a preparation script
(steps, and the sample they are designed on), and it holds ML tasks (:class:`DSSMLTask`) learning
from that dataset as the script prepares it.
The step builders (:class:`DSSFormulaStepBuilder`, :class:`FilterOnValueStepBuilder`, ...) make no
call: they build the dict of one step, which :meth:`DSSAnalysisDefinition.add_step` appends.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, cast

from dssclient_generated.api import analyses

from dssclient._json import is_array, is_object
from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body
from .ml import AsyncDSSMLTask

if TYPE_CHECKING:
    from dssclient.payloads import (
        AnalysisDefinition,
        AnalysisScript,
        AnalysisScriptExplorationSampling,
        AnalysisScriptStep,
        MLTaskList,
        MLTaskRef,
    )

    from ..dssclient import AsyncDSSClient


class _SelectionBuilder(Protocol):
    """What :meth:`DSSAnalysisDefinition.set_script_sampling_selection` takes besides a dict: a
    ``DSSDatasetSelectionBuilder`` (anything whose ``build()`` gives the selection dict)."""

    def build(self) -> Mapping[str, Any]: ...


def _mapping(value: object) -> Mapping[str, Any] | None:
    """``value`` as a dict of DSS's JSON, or None when it is no mapping (callers may pass anything)."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None


class AsyncDSSAnalysis:
    """A handle on a visual analysis of a project. Get one with :meth:`DSSProject.get_analysis`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, analysis_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.analysis_id = analysis_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, analysis_id={self.analysis_id!r})"

    async def delete(self, drop_data: bool = False) -> None:
        """Delete the analysis and the ML tasks it holds. (operation ``deleteAnalysis``)

        ``drop_data`` is accepted as the official client accepts it, and sent nowhere: DSS's
        endpoint takes no such option.
        """
        await self.client._requester.empty(analyses.delete_analysis.request_kwargs, self.project_key, self.analysis_id)

    async def get_definition(self) -> AsyncDSSAnalysisDefinition:
        """The analysis' definition: its script (steps, sampling) and the rest, to edit and save.

        (operation ``getAnalysisDefinition``)
        """
        acp: AnalysisDefinition = await self.client._requester.json(
            analyses.get_analysis_definition.request_kwargs, self.project_key, self.analysis_id
        )
        return AsyncDSSAnalysisDefinition(self, acp)

    async def set_definition(self, definition: AsyncDSSAnalysisDefinition | Mapping[str, Any]) -> AnalysisDefinition:
        """Replace the analysis' definition with one read by :meth:`get_definition` (the object or its
        raw dict), changed; answers the saved definition. (operation ``saveAnalysisDefinition``)
        """
        acp = definition.get_raw() if isinstance(definition, AsyncDSSAnalysisDefinition) else _mapping(definition)
        if acp is None:
            raise TypeError(f"definition is a DSSAnalysisDefinition or a dict, not {type(definition).__name__}")
        saved: AnalysisDefinition = await self.client._requester.json(
            analyses.save_analysis_definition.request_kwargs,
            self.project_key,
            self.analysis_id,
            body=json_body(acp),
        )
        return saved

    # -- ML tasks of the analysis --

    async def _create_ml_task(self, body: dict[str, Any], wait_guess_complete: bool) -> AsyncDSSMLTask:
        created: MLTaskRef = await self.client._requester.json(
            analyses.create_analysis_ml_task.request_kwargs, self.project_key, self.analysis_id, body=json_body(body)
        )
        task = AsyncDSSMLTask(self.client, self.project_key, self.analysis_id, created["mlTaskId"])
        if wait_guess_complete:
            await task.wait_guess_complete()
        return task

    async def create_prediction_ml_task(
        self,
        target_variable: str,
        ml_backend_type: str = "PY_MEMORY",
        guess_policy: str = "DEFAULT",
        prediction_type: str | None = None,
        wait_guess_complete: bool = True,
    ) -> AsyncDSSMLTask:
        """Create a prediction ML task in this analysis, learning ``target_variable`` from the analysis' data.

        ``prediction_type`` (``BINARY_CLASSIFICATION``, ``MULTICLASS``, ``REGRESSION``) is guessed when not
        given. With ``wait_guess_complete``, returns once DSS has guessed the task's settings.
        (operation ``createAnalysisMLTask``)
        """
        body: dict[str, Any] = {
            "taskType": "PREDICTION",
            "targetVariable": target_variable,
            "backendType": ml_backend_type,
            "guessPolicy": guess_policy,
        }
        if prediction_type is not None:
            body["predictionType"] = prediction_type
        return await self._create_ml_task(body, wait_guess_complete)

    async def create_clustering_ml_task(
        self, ml_backend_type: str = "PY_MEMORY", guess_policy: str = "KMEANS", wait_guess_complete: bool = True
    ) -> AsyncDSSMLTask:
        """Create a clustering ML task in this analysis (``guess_policy``: ``KMEANS`` or ``ANOMALY_DETECTION``).

        (operation ``createAnalysisMLTask``)
        """
        body = {"taskType": "CLUSTERING", "backendType": ml_backend_type, "guessPolicy": guess_policy}
        return await self._create_ml_task(body, wait_guess_complete)

    async def create_timeseries_forecasting_ml_task(
        self,
        target_variable: str,
        time_variable: str,
        timeseries_identifiers: list[str] | None = None,
        guess_policy: str = "TIMESERIES_DEFAULT",
        wait_guess_complete: bool = True,
    ) -> AsyncDSSMLTask:
        """Create a time series forecasting ML task in this analysis. (operation ``createAnalysisMLTask``)"""
        body = {
            "taskType": "PREDICTION",
            "targetVariable": target_variable,
            "timeVariable": time_variable,
            "timeseriesIdentifiers": timeseries_identifiers,
            "backendType": "PY_MEMORY",
            "guessPolicy": guess_policy,
            "predictionType": "TIMESERIES_FORECAST",
        }
        return await self._create_ml_task(body, wait_guess_complete)

    async def create_multi_target_prediction_ml_task(
        self, target_variables: list[str], guess_policy: str = "MULTI_TARGET_DEFAULT", wait_guess_complete: bool = True
    ) -> AsyncDSSMLTask:
        """Create a multi-target regression ML task in this analysis. (operation ``createAnalysisMLTask``)"""
        body = {
            "taskType": "PREDICTION",
            "targetVariables": target_variables,
            "backendType": "PY_MEMORY",
            "guessPolicy": guess_policy,
            "predictionType": "MULTI_TARGET_REGRESSION",
        }
        return await self._create_ml_task(body, wait_guess_complete)

    async def create_causal_prediction_ml_task(
        self,
        outcome_variable: str,
        treatment_variable: str,
        prediction_type: str | None = None,
        wait_guess_complete: bool = True,
    ) -> AsyncDSSMLTask:
        """Create a causal prediction ML task in this analysis (``prediction_type``:
        ``CAUSAL_BINARY_CLASSIFICATION`` or ``CAUSAL_REGRESSION``, guessed when not given).

        (operation ``createAnalysisMLTask``)
        """
        body: dict[str, Any] = {
            "taskType": "PREDICTION",
            "targetVariable": outcome_variable,
            "treatmentVariable": treatment_variable,
            "backendType": "PY_MEMORY",
            "guessPolicy": "CAUSAL_PREDICTION",
        }
        if prediction_type is not None:
            body["predictionType"] = prediction_type
        return await self._create_ml_task(body, wait_guess_complete)

    async def list_ml_tasks(self) -> MLTaskList:
        """The ML tasks of this analysis: ``{"mlTasks": [summary, ...]}``. (operation ``listAnalysisMLTasks``)"""
        tasks: MLTaskList = await self.client._requester.json(
            analyses.list_analysis_ml_tasks.request_kwargs, self.project_key, self.analysis_id
        )
        return tasks

    def get_ml_task(self, mltask_id: str) -> AsyncDSSMLTask:
        """A handle on an ML task of this analysis (no call is made)."""
        return AsyncDSSMLTask(self.client, self.project_key, self.analysis_id, mltask_id)


class AsyncDSSAnalysisDefinition(DSSRawSettings["AnalysisDefinition"]):
    """The definition of a visual analysis. Edit it with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, analysis: AsyncDSSAnalysis, acp: AnalysisDefinition) -> None:
        super().__init__(acp)
        self.analysis = analysis
        self.acp = acp

    def get_raw_script(self) -> AnalysisScript:
        """The script part of the definition (steps, sampling, ...), created empty where DSS sent none."""
        raw = self._untyped
        script = raw.get("script")
        if not is_object(script):
            created: dict[str, Any] = {"steps": []}
            raw["script"] = script = created
        return cast("AnalysisScript", script)

    def get_raw_script_steps(self) -> list[AnalysisScriptStep]:
        """The script's steps, the list itself (created empty where DSS sent none)."""
        script = cast("dict[str, Any]", self.get_raw_script())
        steps = script.get("steps")
        if not is_array(steps):
            steps = script["steps"] = []
        return cast("list[AnalysisScriptStep]", steps)

    def get_raw_script_sampling(self) -> AnalysisScriptExplorationSampling:
        """The script's sampling (``explorationSampling``), created empty where DSS sent none."""
        script = cast("dict[str, Any]", self.get_raw_script())
        sampling = script.get("explorationSampling")
        if not is_object(sampling):
            sampling = script["explorationSampling"] = {}
        return cast("AnalysisScriptExplorationSampling", sampling)

    async def save(self) -> None:
        """Send the definition back to DSS, whole. (operation ``saveAnalysisDefinition``)"""
        await self.analysis.set_definition(self)

    def add_step(self, step: DSSAnalysisStepBuilder | Mapping[str, Any]) -> None:
        """Append a step to the script: a step builder's step, or a step dict."""
        built = step.build() if isinstance(step, DSSAnalysisStepBuilder) else _mapping(step)
        if built is None:
            raise TypeError(f"step is a DSSAnalysisStepBuilder or a dict, not {type(step).__name__}")
        cast("list[Any]", self.get_raw_script_steps()).append(built)

    def set_script_sampling_selection(self, selection: _SelectionBuilder | Mapping[str, Any]) -> None:
        """Set which rows the script is designed on: a ``DSSDatasetSelectionBuilder`` or a selection dict
        (``samplingMethod``, ``maxRecords``, ...)."""
        built = _mapping(selection)
        if built is None:
            build = getattr(selection, "build", None)
            built = _mapping(build()) if callable(build) else None
        if built is None:
            raise TypeError(f"selection is a DSSDatasetSelectionBuilder or a dict, not {type(selection).__name__}")
        cast("dict[str, Any]", self.get_raw_script_sampling())["selection"] = built


# -- step builders: each builds the dict of one step, and calls nothing -----------------------------


class DSSAnalysisStepBuilder:
    """Builds one step of an analysis' script: a processor of a type, with a name and parameters."""

    def __init__(self, step_type: str | None = None, step_name: str | None = None) -> None:
        self.step: dict[str, Any] = {"metaType": "PROCESSOR", "type": step_type, "name": step_name, "params": {}}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.step.get('type')!r}, name={self.step.get('name')!r})"

    @property
    def _params(self) -> dict[str, Any]:
        params: dict[str, Any] = self.step["params"]
        return params

    def build(self) -> dict[str, Any]:
        """The step's dict (the builder's own: later changes through the builder show in it)."""
        return self.step

    def with_type(self, step_type: str) -> Self:
        """Set the processor type of the step."""
        self.step["type"] = step_type
        return self

    def with_name(self, step_name: str) -> Self:
        """Set the name the step is shown with."""
        self.step["name"] = step_name
        return self


class DSSFormulaStepBuilder(DSSAnalysisStepBuilder):
    """A ``CreateColumnWithGREL`` step: a column computed by a DSS formula."""

    def __init__(self, step_name: str | None = None) -> None:
        super().__init__(step_type="CreateColumnWithGREL", step_name=step_name)

    def with_output_column(self, column_name: str) -> Self:
        """Set the column the formula writes."""
        self._params["column"] = column_name
        return self

    def with_error_column(self, column_name: str) -> Self:
        """Set the column that receives the formula's errors."""
        self._params["errorColumn"] = column_name
        return self

    def with_expression(self, expression: str) -> Self:
        """Set the formula."""
        self._params["expression"] = expression
        return self


class AppliesToStepBuilder(DSSAnalysisStepBuilder):
    """A step applying to some columns: one (the default), a list, a pattern, or all of them."""

    def __init__(self, step_type: str | None = None, step_name: str | None = None) -> None:
        super().__init__(step_type=step_type, step_name=step_name)
        self._params["appliesTo"] = "SINGLE_COLUMN"

    def with_column_selection_mode(self, column_selection_mode: str) -> Self:
        """Set how columns are chosen: ``SINGLE_COLUMN``, ``COLUMNS``, ``PATTERN`` or ``ALL``."""
        self._params["appliesTo"] = column_selection_mode
        return self

    def with_columns(self, *column_names: str) -> Self:
        """Set the columns the step applies to."""
        self._params["columns"] = list(column_names)
        return self

    def with_column_regex(self, regex: str) -> Self:
        """Set the regular expression choosing the columns (with ``PATTERN``)."""
        self._params["appliesToPattern"] = regex
        return self

    def with_single_column_selection(self, column_name: str) -> Self:
        """Apply the step to one column."""
        return self.with_column_selection_mode("SINGLE_COLUMN").with_columns(column_name)

    def with_multiple_column_selection(self, *column_names: str) -> Self:
        """Apply the step to these columns.

        The official client stores the names as one nested list (``[["a", "b"]]``); this sends the
        flat list of names DSS reads.
        """
        return self.with_column_selection_mode("COLUMNS").with_columns(*column_names)

    def with_regex_column_selection(self, regex: str) -> Self:
        """Apply the step to the columns whose names match ``regex``."""
        return self.with_column_selection_mode("PATTERN").with_column_regex(regex)

    def with_all_column_selection(self, column_name: str | None = None) -> Self:
        """Apply the step to every column (``column_name``, which the official method requires, is unused)."""
        return self.with_column_selection_mode("ALL")


class FilterAndFlagStepBuilder(AppliesToStepBuilder):
    """A step that matches rows or cells and acts on them: removes or keeps rows, clears cells, flags."""

    def __init__(self, step_type: str | None = None, step_name: str | None = None) -> None:
        super().__init__(step_type=step_type, step_name=step_name)
        self._params["booleanMode"] = "AND"
        self._params["action"] = "REMOVE_ROW"

    def with_action(self, action: str) -> Self:
        """Set what a match does: ``KEEP_ROW``, ``REMOVE_ROW``, ``CLEAR_CELL``, ``DONTCLEAR_CELL`` or ``FLAG``."""
        self._params["action"] = action
        return self

    def with_boolean_mode(self, boolean_mode: str) -> Self:
        """Set how the matches of several columns combine: ``AND`` or ``OR``."""
        self._params["booleanMode"] = boolean_mode
        return self

    def with_flag_column(self, column_name: str) -> Self:
        """Set the column the ``FLAG`` action writes."""
        self._params["flagColumn"] = column_name
        return self


class FilterOnValueStepBuilder(FilterAndFlagStepBuilder):
    """A ``FlagOnValue`` step: matches cells holding some values."""

    def __init__(self, step_name: str | None = None) -> None:
        super().__init__(step_type="FlagOnValue", step_name=step_name)

    def with_values(self, *values: str) -> Self:
        """Set the values that match."""
        self._params["values"] = list(values)
        return self

    def with_matching_mode(self, matching_mode: str) -> Self:
        """Set how a cell matches a value: ``FULL_STRING``, ``SUBSTRING`` or ``PATTERN``."""
        self._params["matchingMode"] = matching_mode
        return self

    def with_normalization_mode(self, normalization_mode: str) -> Self:
        """Set how cells and values are compared: ``EXACT``, ``LOWERCASE`` or ``NORMALIZED``."""
        self._params["normalizationMode"] = normalization_mode
        return self


class FilterOnBadTypeStepBuilder(FilterAndFlagStepBuilder):
    """A ``FilterOnBadType`` step: matches cells that are not valid for a meaning."""

    def __init__(self, step_name: str | None = None) -> None:
        super().__init__(step_type="FilterOnBadType", step_name=step_name)

    def with_meaning(self, meaning: str) -> Self:
        """Set the meaning cells are checked against (``DoubleMeaning``, ``Date``, a user meaning's id, ...)."""
        self._params["type"] = meaning
        return self


class RemoveRowsStepBuilder(AppliesToStepBuilder):
    """A ``RemoveRowsOnEmpty`` step: removes the rows whose chosen cells are empty (or keeps only those)."""

    def __init__(self, step_name: str | None = None) -> None:
        super().__init__(step_type="RemoveRowsOnEmpty", step_name=step_name)

    def with_meaning(self, keep: bool) -> Self:
        """Set what happens to rows with an empty cell: kept alone (``True``) or removed (``False``, the default).

        (The official client names this method so; it sets ``keep``.)
        """
        self._params["keep"] = keep
        return self
