"""Experiment tracking (DSS's MLflow integration): each project's experiments and runs.

Experiments and runs follow MLflow's tracking model: an experiment has a name unique in its
project (deleted ones included), a ``lifecycle_stage`` (``active`` or ``deleted``) and tags; a
run belongs to an experiment and keeps its parameters (immutable once logged), the history of
its metrics and its tags. Deleting marks deleted; restoring undoes it; garbage collection
removes what is marked deleted for good; cleaning the project's tracking data removes all.
Experiment identifiers are numbers per project ("1", "2", ...), run identifiers 32 hex digits,
both drawn from sequences (two emulators given the same calls choose the same ones).

What the emulator does not keep: MLflow artifacts (DSS stores them in a managed folder through
the ``mlflow`` package's artifact repository, which the emulator does not serve), so its runs
have no logged model. A run's inference information (``set-run-inference-info``) is kept as
given, checked as DSS's client checks it. Bounds: ``MAX_EXPERIMENTS`` per project,
``MAX_RUNS`` per project, ``MAX_METRIC_VALUES`` per run. Hold ``DSSState.lock`` while using
the model.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ..._json import is_array, is_object
from ..errors import bad_request, conflict, not_found
from ..state import DSSState

MAX_EXPERIMENTS = 1000
MAX_RUNS = 10_000
MAX_METRIC_VALUES = 100_000
MAX_SEARCH_RESULTS = 50_000
ACTIVE, DELETED = "active", "deleted"
VIEW_TYPES = {"ACTIVE_ONLY": (ACTIVE,), "DELETED_ONLY": (DELETED,), "ALL": (ACTIVE, DELETED)}
PREDICTION_TYPES = ("REGRESSION", "BINARY_CLASSIFICATION", "MULTICLASS", "OTHER")
CLASSIFICATIONS = ("BINARY_CLASSIFICATION", "MULTICLASS")


@dataclass
class Experiment:
    experiment_id: str
    name: str
    artifact_location: str
    creation_time: int
    last_update_time: int
    lifecycle_stage: str = ACTIVE
    tags: dict[str, str] = field(default_factory=dict[str, str])

    def to_json(self) -> dict[str, Any]:
        return {
            "experiment_id": self.experiment_id,
            "name": self.name,
            "artifact_location": self.artifact_location,
            "lifecycle_stage": self.lifecycle_stage,
            "creation_time": self.creation_time,
            "last_update_time": self.last_update_time,
            "tags": [{"key": k, "value": v} for k, v in self.tags.items()],
        }


@dataclass
class Run:
    run_id: str
    experiment_id: str
    run_name: str
    user_id: str
    start_time: int
    artifact_uri: str
    status: str = "RUNNING"
    end_time: int | None = None
    lifecycle_stage: str = ACTIVE
    # Deleted along with its experiment (restored with it), rather than on its own.
    deleted_with_experiment: bool = False
    params: dict[str, str] = field(default_factory=dict[str, str])
    # Every value logged, in order: (key, value, timestamp, step).
    metrics: list[tuple[str, float, int, int]] = field(default_factory=list[tuple[str, float, int, int]])
    tags: dict[str, str] = field(default_factory=dict[str, str])
    inference_info: dict[str, Any] | None = None

    def latest_metrics(self) -> list[dict[str, Any]]:
        """The latest value of each metric (the highest step, then the latest timestamp), as MLflow reports them."""
        latest: dict[str, tuple[str, float, int, int]] = {}
        for entry in self.metrics:
            key, _, timestamp, step = entry
            current = latest.get(key)
            if current is None or (step, timestamp) >= (current[3], current[2]):
                latest[key] = entry
        return [{"key": k, "value": v, "timestamp": t, "step": s} for k, v, t, s in latest.values()]

    def to_json(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "run_id": self.run_id,
            "run_uuid": self.run_id,
            "experiment_id": self.experiment_id,
            "run_name": self.run_name,
            "user_id": self.user_id,
            "status": self.status,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "artifact_uri": self.artifact_uri,
            "lifecycle_stage": self.lifecycle_stage,
        }
        return {
            "info": info,
            "data": {
                "metrics": self.latest_metrics(),
                "params": [{"key": k, "value": v} for k, v in self.params.items()],
                "tags": [{"key": k, "value": v} for k, v in self.tags.items()],
            },
        }


@dataclass
class ProjectTracking:
    experiments: dict[str, Experiment] = field(default_factory=dict[str, Experiment])
    runs: dict[str, Run] = field(default_factory=dict[str, Run])
    next_experiment: int = 1


class MlflowModel:
    """Experiment tracking of every project: ``state.extension(MlflowModel)``."""

    def __init__(self, state: DSSState) -> None:
        self._state = state
        self._projects: dict[str, ProjectTracking] = {}
        self._run_sequence = 0

    def forget_project(self, project_key: str) -> None:
        self._projects.pop(project_key, None)

    def of(self, project_key: str) -> ProjectTracking:
        return self._projects.setdefault(project_key, ProjectTracking())

    # -- experiments ---------------------------------------------------------------------------------

    def create_experiment(
        self, project_key: str, name: str, artifact_location: str | None, tags: list[Any] | None
    ) -> Experiment:
        tracking = self.of(project_key)
        if not name.strip():
            raise bad_request("An experiment's name cannot be empty")
        if any(e.name == name for e in tracking.experiments.values()):
            raise conflict(f"Experiment {name!r} already exists in project {project_key} (perhaps deleted)")
        if len(tracking.experiments) >= MAX_EXPERIMENTS:
            raise bad_request(f"Project {project_key} already has {MAX_EXPERIMENTS} experiments (the emulator's limit)")
        experiment_id = str(tracking.next_experiment)
        tracking.next_experiment += 1
        now = self._state.clock()
        experiment = Experiment(
            experiment_id=experiment_id,
            name=name,
            artifact_location=artifact_location or f"dss-managed-folder://mlflow/{experiment_id}",
            creation_time=now,
            last_update_time=now,
            tags=_tags(tags),
        )
        tracking.experiments[experiment_id] = experiment
        return experiment

    def experiment(self, project_key: str, experiment_id: str) -> Experiment:
        found = self.of(project_key).experiments.get(experiment_id)
        if found is None:
            raise not_found(f"No experiment with id {experiment_id!r} in project {project_key}")
        return found

    def search_experiments(self, project_key: str, view_type: str, max_results: int) -> list[dict[str, Any]]:
        stages = VIEW_TYPES.get(view_type)
        if stages is None:
            raise bad_request(f"view_type is one of {', '.join(VIEW_TYPES)}, not {view_type!r}")
        if not 1 <= max_results <= MAX_SEARCH_RESULTS:
            raise bad_request(f"max_results is between 1 and {MAX_SEARCH_RESULTS}, not {max_results}")
        found = [e for e in self.of(project_key).experiments.values() if e.lifecycle_stage in stages]
        return [e.to_json() for e in found[:max_results]]

    def rename_experiment(self, project_key: str, experiment_id: str, new_name: str) -> None:
        experiment = self.experiment(project_key, experiment_id)
        if not new_name.strip():
            raise bad_request("An experiment's name cannot be empty")
        clash = [e for e in self.of(project_key).experiments.values() if e.name == new_name and e is not experiment]
        if clash:
            raise conflict(f"Experiment {new_name!r} already exists in project {project_key}")
        experiment.name = new_name
        experiment.last_update_time = self._state.clock()

    def delete_experiment(self, project_key: str, experiment_id: str) -> None:
        experiment = self.experiment(project_key, experiment_id)
        if experiment.lifecycle_stage == DELETED:
            raise bad_request(f"Experiment {experiment_id} is already deleted")
        experiment.lifecycle_stage = DELETED
        experiment.last_update_time = self._state.clock()
        for run in self.of(project_key).runs.values():
            if run.experiment_id == experiment_id and run.lifecycle_stage == ACTIVE:
                run.lifecycle_stage = DELETED
                run.deleted_with_experiment = True

    def restore_experiment(self, project_key: str, experiment_id: str) -> None:
        experiment = self.experiment(project_key, experiment_id)
        if experiment.lifecycle_stage != DELETED:
            raise bad_request(f"Experiment {experiment_id} is not deleted: there is nothing to restore")
        experiment.lifecycle_stage = ACTIVE
        experiment.last_update_time = self._state.clock()
        for run in self.of(project_key).runs.values():
            if run.experiment_id == experiment_id and run.deleted_with_experiment:
                run.lifecycle_stage = ACTIVE
                run.deleted_with_experiment = False

    # -- runs ----------------------------------------------------------------------------------------

    def create_run(
        self,
        project_key: str,
        experiment_id: str,
        user: str,
        run_name: str | None,
        start_time: int | None,
        tags: list[Any] | None,
    ) -> Run:
        experiment = self.experiment(project_key, experiment_id)
        if experiment.lifecycle_stage != ACTIVE:
            raise bad_request(f"Experiment {experiment_id} is deleted: runs cannot be created in it")
        tracking = self.of(project_key)
        if len(tracking.runs) >= MAX_RUNS:
            raise bad_request(f"Project {project_key} already has {MAX_RUNS} runs (the emulator's limit)")
        self._run_sequence += 1
        run_id = hashlib.sha256(f"mlflow-run-{self._run_sequence}".encode()).hexdigest()[:32]
        run = Run(
            run_id=run_id,
            experiment_id=experiment_id,
            run_name=run_name or f"run-{self._run_sequence}",
            user_id=user,
            start_time=start_time if start_time is not None else self._state.clock(),
            artifact_uri=f"{experiment.artifact_location}/{run_id}/artifacts",
            tags=_tags(tags),
        )
        tracking.runs[run_id] = run
        return run

    def run(self, project_key: str, run_id: str) -> Run:
        found = self.of(project_key).runs.get(run_id)
        if found is None:
            raise not_found(f"No run with id {run_id!r} in project {project_key}")
        return found

    def active_run(self, project_key: str, run_id: str) -> Run:
        run = self.run(project_key, run_id)
        if run.lifecycle_stage != ACTIVE:
            raise bad_request(f"Run {run_id} is deleted")
        return run

    def delete_run(self, project_key: str, run_id: str) -> None:
        run = self.active_run(project_key, run_id)
        run.lifecycle_stage = DELETED
        run.deleted_with_experiment = False

    def restore_run(self, project_key: str, run_id: str) -> None:
        run = self.run(project_key, run_id)
        if run.lifecycle_stage != DELETED:
            raise bad_request(f"Run {run_id} is not deleted: there is nothing to restore")
        if self.experiment(project_key, run.experiment_id).lifecycle_stage != ACTIVE:
            raise bad_request(f"The experiment of run {run_id} is deleted: restore it first")
        run.lifecycle_stage = ACTIVE
        run.deleted_with_experiment = False

    def log_metric(self, project_key: str, run_id: str, key: str, value: float, timestamp: int, step: int) -> None:
        run = self.active_run(project_key, run_id)
        if len(run.metrics) >= MAX_METRIC_VALUES:
            raise bad_request(f"Run {run_id} already has {MAX_METRIC_VALUES} metric values (the emulator's limit)")
        run.metrics.append((key, value, timestamp, step))

    def log_parameter(self, project_key: str, run_id: str, key: str, value: str) -> None:
        run = self.active_run(project_key, run_id)
        current = run.params.get(key)
        if current is not None and current != value:
            raise bad_request(
                f"Parameter {key!r} of run {run_id} was already logged as {current!r}: a parameter cannot change"
            )
        run.params[key] = value

    def set_inference_info(self, project_key: str, run_id: str, fields: dict[str, Any]) -> None:
        """Keep a run's inference information, checked as the official client checks it before sending."""
        run = self.active_run(project_key, run_id)
        prediction_type = fields.get("prediction_type")
        if prediction_type not in PREDICTION_TYPES:
            raise bad_request(f"Invalid prediction type: {prediction_type!r} (one of {', '.join(PREDICTION_TYPES)})")
        raw_classes = fields.get("classes")
        classes: list[str] | None = None
        if raw_classes is not None:
            try:
                decoded = json.loads(raw_classes)
            except ValueError:
                raise bad_request("classes is a JSON array of strings, in a string") from None
            if not is_array(decoded) or not all(isinstance(c, str) for c in decoded):
                raise bad_request("classes is a JSON array of strings, in a string")
            classes = [str(c) for c in decoded]
        if prediction_type in CLASSIFICATIONS and not classes:
            raise bad_request(f"Classes must be specified for {prediction_type} prediction type")
        if classes and prediction_type not in CLASSIFICATIONS:
            raise bad_request("Classes can be specified only for BINARY_CLASSIFICATION or MULTICLASS prediction types")
        info: dict[str, Any] = {"predictionType": prediction_type}
        if classes:
            info["classes"] = classes
        for source, target in (("code_env_name", "codeEnvName"), ("target", "target")):
            if fields.get(source):
                info[target] = fields[source]
        run.inference_info = info

    # -- cleaning ------------------------------------------------------------------------------------

    def garbage_collect(self, project_key: str) -> None:
        tracking = self.of(project_key)
        gone = {i for i, e in tracking.experiments.items() if e.lifecycle_stage == DELETED}
        tracking.runs = {
            i: r for i, r in tracking.runs.items() if r.lifecycle_stage == ACTIVE and r.experiment_id not in gone
        }
        tracking.experiments = {i: e for i, e in tracking.experiments.items() if i not in gone}

    def clean(self, project_key: str) -> None:
        self._projects.pop(project_key, None)


def _tags(raw: list[Any] | None) -> dict[str, str]:
    tags: dict[str, str] = {}
    for item in raw or []:
        if not is_object(item) or not isinstance(item.get("key"), str):
            raise bad_request("A tag is a {key, value} object")
        value = item.get("value")
        tags[str(item["key"])] = "" if value is None else str(value)
    return copy.deepcopy(tags)
