"""Visual analyses (labs) of projects: a definition on an input dataset, holding a preparation script.

An analysis' definition is stored as the client saved it (exact round trips); the path names the
analysis, so a save may not change its ``id``, ``projectKey`` or input dataset. Its script's steps
are those of a prepare recipe: :func:`prepared` runs them on a dataset's rows with the prepare
recipes' engine (``automation/executors.py``), for the ML tasks the analysis holds. Hold
``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dssclient._json import array_or_empty, is_object

from ..automation import executors
from ..errors import bad_request, not_found
from ..state import DSSState, Project, user_tag
from ._json import as_object
from ._sequence_ids import SequenceIds

MAX_ANALYSES_PER_PROJECT = 1000
# The fields a save cannot change: the path names the analysis, and whether DSS lets a save point
# an analysis at another dataset is not known to us (refused).
_FIXED_FIELDS = ("id", "projectKey", "inputDatasetSmartName")
# The sample a new analysis' script is designed on (DSS's default exploration sample).
_DEFAULT_SELECTION: dict[str, Any] = {
    "samplingMethod": "HEAD_SEQUENTIAL",
    "maxRecords": 10000,
    "partitionSelectionMethod": "ALL",
    "selectedPartitions": [],
}


@dataclass
class Analysis:
    project_key: str
    definition: dict[str, Any]

    @property
    def id(self) -> str:
        analysis_id: str = self.definition["id"]
        return analysis_id

    @property
    def input_dataset(self) -> str:
        return str(self.definition.get("inputDatasetSmartName") or "")

    @property
    def name(self) -> str:
        name = self.definition.get("name")
        return name if isinstance(name, str) and name else self.id

    def steps(self) -> list[Any]:
        """The script's steps, as saved."""
        script = self.definition.get("script")
        return array_or_empty(script.get("steps")) if is_object(script) else []


def split_smart_name(project_key: str, smart_name: str) -> tuple[str, str]:
    """(project, dataset) of a dataset's smart name: ``name`` in the project, ``PROJECT.name`` anywhere."""
    owner, dot, name = smart_name.partition(".")
    return (owner, name) if dot else (project_key, smart_name)


class Analyses:
    """Every project's visual analyses."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.analyses: dict[str, dict[str, Analysis]] = {}
        # A kind of its own: the ML tasks' model draws the ids of the analyses it creates for tasks
        # created on a project from SequenceIds("analysis"), and the two must not meet.
        self.ids = SequenceIds("visual-analysis")

    def forget_project(self, project_key: str) -> None:
        self.analyses.pop(project_key, None)

    def of_project(self, project_key: str) -> list[Analysis]:
        return list(self.analyses.get(project_key, {}).values())

    def find(self, project_key: str, analysis_id: str) -> Analysis | None:
        """The analysis, or None: for the ML tasks' training to run the analysis' script on its rows."""
        return self.analyses.get(project_key, {}).get(analysis_id)

    def get(self, project_key: str, analysis_id: str) -> Analysis:
        found = self.analyses.get(project_key, {}).get(analysis_id)
        if found is None:
            raise not_found(f"Analysis does not exist: {project_key}.{analysis_id}")
        return found

    def create(
        self,
        project: Project,
        input_dataset: str,
        creator: str,
        analysis_id: str | None = None,
        taken: Iterable[str] = (),
    ) -> Analysis:
        """A new analysis of ``input_dataset`` (a smart name the caller checked), with an empty script.

        ``analysis_id`` names an analysis that exists elsewhere already (the ML tasks' model creates one
        for each task created on a project); otherwise a new id is drawn, none of ``taken``.
        """
        if not input_dataset.strip():
            raise bad_request("An analysis needs an input dataset")
        analyses = self.analyses.setdefault(project.key, {})
        if len(analyses) >= MAX_ANALYSES_PER_PROJECT:
            raise bad_request(f"Project {project.key} has {MAX_ANALYSES_PER_PROJECT} analyses: delete some first")
        if analysis_id is None:
            analysis_id = self.ids.new({*analyses, *taken})
        elif analysis_id in analyses:
            raise bad_request(f"Analysis {project.key}.{analysis_id} already exists")
        when = self.state.clock()
        dataset_name = split_smart_name(project.key, input_dataset)[1]
        analysis = Analysis(
            project.key,
            {
                "projectKey": project.key,
                "id": analysis_id,
                "name": f"Analyze {dataset_name}",
                "inputDatasetSmartName": input_dataset,
                "script": {
                    "steps": [],
                    "explorationSampling": {"selection": copy.deepcopy(_DEFAULT_SELECTION), "autoRefreshSample": False},
                    "explorationFilters": [],
                    "previewMode": "ALL_ROWS",
                },
                "charts": [],
                "tags": [],
                "creationTag": user_tag(creator, when),
                "versionTag": user_tag(creator, when),
            },
        )
        analyses[analysis_id] = analysis
        return analysis

    def save(self, analysis: Analysis, body: Any) -> None:
        definition = as_object(body)
        if definition is None:
            raise bad_request("An analysis' definition is an object")
        for field in _FIXED_FIELDS:
            if field in definition and definition[field] != analysis.definition.get(field):
                raise bad_request(f"Saving cannot change an analysis' {field} ({analysis.definition.get(field)!r})")
        stored = copy.deepcopy(definition)
        for field in _FIXED_FIELDS:
            stored.setdefault(field, analysis.definition.get(field))
        # Stored as sent, for exact round trips (DSS would bump versionTag).
        analysis.definition = stored

    def delete(self, analysis: Analysis) -> None:
        self.analyses.get(analysis.project_key, {}).pop(analysis.id, None)


def prepared(
    analysis: Analysis, columns: Sequence[dict[str, Any]], rows: Iterable[list[str]]
) -> tuple[list[dict[str, Any]], Iterator[list[str]]]:
    """The schema and rows of the analysis' input once its script ran on them (disabled steps skipped).

    The steps run on the prepare recipes' engine; a processor it does not run is refused (400)
    rather than skipped, since skipping it would train on other rows than DSS would.
    """
    payload = {"steps": analysis.steps()}
    try:
        schema = executors.output_columns("shaker", payload, [columns], [analysis.input_dataset])
        prepared_rows = executors.run("shaker", payload, [(columns, rows)], [analysis.input_dataset], lambda: None)
    except executors.RecipeError as error:
        raise bad_request(f"The script of analysis {analysis.id} cannot run: {error}") from None
    return schema, prepared_rows


def task_rows(
    state: DSSState, project_key: str, analysis_id: str, columns: Sequence[dict[str, Any]], rows: Iterable[list[str]]
) -> tuple[list[str], Iterator[list[str]]]:
    """The column names and rows an ML task of the analysis learns from: the dataset's, through the
    analysis' script (as they are for an analysis without steps). Call with the state lock held (the
    script is copied), and read the rows after.

    The hook for the ML tasks' guess and training: ``names, rows = task_rows(state, project.key,
    task.analysis_id, schema_columns(definition), source.rows())``.
    """
    analysis = state.extension(Analyses).find(project_key, analysis_id)
    if analysis is None or not analysis.steps():
        return [str(column.get("name")) for column in columns], iter(rows)
    schema, prepared_rows = prepared(copy.deepcopy(analysis), columns, rows)
    return [str(column.get("name")) for column in schema], prepared_rows
