"""ML tasks of visual analyses: their settings, training sessions and trained (lab) models.

Shared interface (other areas rely on it; keep it): ``state.extension(MLTasks)`` gives

- ``create(project_key, input_dataset, settings, *, analysis_id=None) -> MLTask``: a task in an
  analysis (a new analysis, its id chosen here, when ``analysis_id`` is None; ``analysis`` gives
  visual analyses of its own and passes their id);
- ``get(project_key, analysis_id, mltask_id) -> MLTask`` (DSS's 404), ``of_project(project_key)``,
  ``of_analysis(project_key, analysis_id)``, ``analysis_ids(project_key)``, ``delete(...)``;
- ``trained_model(project_key, full_id) -> TrainedModel`` and ``lab_model(project_key, full_id) ->
  LabModel``: a trained model by its full id ``A-{projectKey}-{analysisId}-{mlTaskId}-s{n}-pp{n}-m{n}``
  (DSS's names), 404 when unknown or not trained.

A task trains in sessions (``s1``, ``s2``, ...); each session trains every enabled algorithm on one
split (``pp1`` of the session) with :mod:`..automation.ml_engine`. Training itself runs outside
the state lock (:meth:`MLTasks.train_session`); hold ``DSSState.lock`` for everything else.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import bad_request, not_found
from ..state import DSSState
from ._sequence_ids import SequenceIds

if TYPE_CHECKING:
    from ..automation.ml_engine import TrainedModel
    from ..futures import Future

# Bounds: tasks per project, sessions kept per task, trained models kept per task.
MAX_TASKS_PER_PROJECT = 500
MAX_SESSIONS_PER_TASK = 100
MAX_MODELS_PER_TASK = 500

FULL_ID = re.compile(r"^A-(\w+)-(\w+)-(\w+)-s([0-9]+)-pp([0-9]+)-m([0-9]+)$")


@dataclass
class LabModel:
    """One model trained in a session (or its failure)."""

    full_id: str
    session: int
    number: int
    algorithm: str
    train_date: int
    session_date: int
    trained: TrainedModel | None = None
    error: str | None = None
    user_meta: dict[str, Any] = field(default_factory=dict[str, Any])

    @property
    def state(self) -> str:
        if self.trained is not None:
            return "DONE"
        return "FAILED" if self.error is not None else "RUNNING"

    def id_parts(self, project_key: str, analysis_id: str, mltask_id: str) -> dict[str, Any]:
        """DSS's structured ``fullModelId`` of the model."""
        return {
            "projectKey": project_key,
            "analysisId": analysis_id,
            "mlTaskId": mltask_id,
            "sessionId": f"s{self.session}",
            "ppsId": "pp1",
            "modelId": f"m{self.number}",
        }


@dataclass
class Session:
    number: int
    name: str | None
    description: str | None
    started: int
    models: list[str] = field(default_factory=list[str])
    # The split's held-out rows (the session's "split data" DSS keeps to ensemble its models and
    # show their predictions); removeAllSplits drops them. None once dropped or never kept.
    held_out: list[dict[str, Any]] | None = None

    @property
    def id(self) -> str:
        return f"s{self.number}"


@dataclass
class MLTask:
    """An ML task: its settings, sessions and models."""

    project_key: str
    analysis_id: str
    mltask_id: str
    input_dataset: str
    settings: dict[str, Any]
    created_on: int
    guessing: bool = False
    sessions: list[Session] = field(default_factory=list[Session])
    models: dict[str, LabModel] = field(default_factory=dict[str, LabModel])
    training: Future | None = None
    next_session: int = 1
    next_model: int = 1
    # Sessions waiting in the task's queue (DSS's ML task queues): kept as their train bodies.
    queue: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])

    @property
    def task_type(self) -> str:
        return str(self.settings.get("taskType", "PREDICTION"))

    @property
    def prediction_type(self) -> str | None:
        value = self.settings.get("predictionType")
        return str(value) if value is not None and self.task_type == "PREDICTION" else None

    @property
    def is_training(self) -> bool:
        return self.training is not None and self.training.alive

    def full_id(self, session: int, number: int) -> str:
        return f"A-{self.project_key}-{self.analysis_id}-{self.mltask_id}-s{session}-pp1-m{number}"

    def model(self, full_id: str) -> LabModel:
        found = self.models.get(full_id)
        if found is None:
            raise not_found(f"Model {full_id} not found in ML task {self.analysis_id}/{self.mltask_id}")
        return found

    def summary(self) -> dict[str, Any]:
        """The item ``listMLTasks`` answers."""
        item: dict[str, Any] = {
            "projectKey": self.project_key,
            "analysisId": self.analysis_id,
            "mlTaskId": self.mltask_id,
            "taskType": self.task_type,
            "name": self.settings.get("name", ""),
            "inputDataset": self.input_dataset,
            "backendType": self.settings.get("backendType", "PY_MEMORY"),
        }
        if self.prediction_type is not None:
            item["predictionType"] = self.prediction_type
        if self.settings.get("targetVariable") is not None:
            item["targetVariable"] = self.settings["targetVariable"]
        return item

    def status(self) -> dict[str, Any]:
        """The answer of ``getMLTaskStatus``."""
        return {
            "guessing": self.guessing,
            "training": self.is_training,
            "fullModelIds": [
                {"id": m.full_id, "fullModelId": m.id_parts(self.project_key, self.analysis_id, self.mltask_id)}
                for m in self.models.values()
            ],
        }

    def snippet(self, model: LabModel) -> dict[str, Any]:
        """A trained model's snippet: its ids, algorithm, dates, state and metrics (top level, as DSS)."""
        snippet: dict[str, Any] = {
            "fullModelId": model.full_id,
            "sessionId": f"s{model.session}",
            "algorithm": model.algorithm,
            "trainDate": model.train_date,
            "sessionDate": model.session_date,
            "backendType": self.settings.get("backendType", "PY_MEMORY"),
            "userMeta": copy.deepcopy(model.user_meta),
            "trainInfo": {"state": model.state},
            "taskType": self.task_type,
        }
        if self.prediction_type is not None:
            snippet["predictionType"] = self.prediction_type
        if model.trained is not None:
            snippet["trainInfo"] = copy.deepcopy(model.trained.details.get("trainInfo", {}))
            snippet.update(model.trained.metrics)
        elif model.error is not None:
            snippet["trainInfo"]["failure"] = {"message": model.error}
        return snippet

    def details(self, model: LabModel) -> dict[str, Any]:
        """A trained model's details (404-style error for a failed model, which has none)."""
        if model.trained is None:
            why = f"its training failed ({model.error})" if model.error is not None else "it is still training"
            raise not_found(f"Model {model.full_id} has no details: {why}")
        details = copy.deepcopy(model.trained.details)
        details["fullModelId"] = model.full_id
        details["userMeta"] = copy.deepcopy(model.user_meta)
        return details


class MLTasks:
    """Every project's ML tasks."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        # project key -> (analysis id, ML task id) -> task
        self.tasks: dict[str, dict[tuple[str, str], MLTask]] = {}
        self.analysis_id_source = SequenceIds("analysis")
        self.mltask_id_source = SequenceIds("mltask")

    def forget_project(self, project_key: str) -> None:
        for task in self.tasks.pop(project_key, {}).values():
            if task.training is not None:
                task.training.request_abort()

    def create(
        self,
        project_key: str,
        input_dataset: str,
        settings: dict[str, Any],
        *,
        analysis_id: str | None = None,
    ) -> MLTask:
        tasks = self.tasks.setdefault(project_key, {})
        if len(tasks) >= MAX_TASKS_PER_PROJECT:
            raise bad_request(f"Too many ML tasks in project {project_key} (at most {MAX_TASKS_PER_PROJECT})")
        if analysis_id is None:
            analysis_id = self.analysis_id_source.new(self.analysis_ids(project_key))
        taken = {m for (a, m) in tasks if a == analysis_id}
        mltask_id = self.mltask_id_source.new(taken)
        task = MLTask(project_key, analysis_id, mltask_id, input_dataset, settings, self.state.clock())
        tasks[(analysis_id, mltask_id)] = task
        return task

    def analysis_ids(self, project_key: str) -> set[str]:
        return {a for (a, _) in self.tasks.get(project_key, {})}

    def of_project(self, project_key: str) -> list[MLTask]:
        return list(self.tasks.get(project_key, {}).values())

    def of_analysis(self, project_key: str, analysis_id: str) -> list[MLTask]:
        return [t for (a, _), t in self.tasks.get(project_key, {}).items() if a == analysis_id]

    def get(self, project_key: str, analysis_id: str, mltask_id: str) -> MLTask:
        found = self.tasks.get(project_key, {}).get((analysis_id, mltask_id))
        if found is None:
            raise not_found(f"ML task {analysis_id}/{mltask_id} not found in project {project_key}")
        return found

    def delete(self, project_key: str, analysis_id: str, mltask_id: str) -> None:
        task = self.get(project_key, analysis_id, mltask_id)
        if task.training is not None:
            task.training.request_abort()
        del self.tasks[project_key][(analysis_id, mltask_id)]

    def lab_model(self, project_key: str, full_id: str) -> tuple[MLTask, LabModel]:
        match = FULL_ID.match(full_id)
        if match is None:
            raise not_found(f"Invalid model id: {full_id}")
        key, analysis_id, mltask_id = match.group(1), match.group(2), match.group(3)
        if key != project_key:
            raise not_found(f"Model {full_id} is not in project {project_key}")
        task = self.get(project_key, analysis_id, mltask_id)
        return task, task.model(full_id)

    def reserve_model(self, task: MLTask, session: Session, algorithm: str) -> LabModel:
        """A model of the session numbered now and trained later (its state RUNNING until then). Hold the lock."""
        number = task.next_model
        task.next_model += 1
        now = self.state.clock()
        model = LabModel(
            full_id=task.full_id(session.number, number),
            session=session.number,
            number=number,
            algorithm=algorithm,
            train_date=now,
            session_date=session.started,
            user_meta={"name": algorithm, "description": "", "labels": []},
        )
        task.models[model.full_id] = model
        session.models.append(model.full_id)
        return model

    def fail_session(self, task: MLTask, session: Session, algorithms: Sequence[str], message: str) -> list[LabModel]:
        """Record a session that could not train: one FAILED model per algorithm, with the reason."""
        with self.state.lock:
            failed = [self.reserve_model(task, session, algorithm) for algorithm in algorithms]
            for model in failed:
                model.error = message
            return failed

    def session_of(self, task: MLTask, model: LabModel) -> Session:
        for session in task.sessions:
            if session.number == model.session:
                return session
        raise not_found(f"The session of model {model.full_id} is no longer kept")

    def trained_model(self, project_key: str, full_id: str) -> TrainedModel:
        _, model = self.lab_model(project_key, full_id)
        if model.trained is None:
            raise not_found(f"Model {full_id} was not trained: {model.error}")
        return model.trained

    def new_session(self, task: MLTask, name: str | None, description: str | None) -> Session:
        """Number a new session (the oldest ones, and their models, dropped beyond the bounds)."""
        session = Session(task.next_session, name, description, self.state.clock())
        task.next_session += 1
        task.sessions.append(session)
        while len(task.sessions) > MAX_SESSIONS_PER_TASK:
            for full_id in task.sessions.pop(0).models:
                task.models.pop(full_id, None)
        return session

    def train_session(
        self,
        task: MLTask,
        session: Session,
        rows: Sequence[Mapping[str, Any]],
        settings: Mapping[str, Any],
        check_abort: Callable[[], None],
    ) -> list[LabModel]:
        """Train every enabled algorithm of ``settings`` on one split; store each model as it ends.

        Called WITHOUT the state lock (training takes time); takes it to store each model. An
        algorithm the engine refuses, or a failed fit, gives a FAILED model with DSS's message;
        settings that cannot train at all (no algorithm, a split the engine does not do) raise.
        """
        from ..automation import ml_engine

        algorithms = ml_engine.enabled_algorithms(settings)
        if not algorithms:
            raise bad_request("No algorithm enabled in the ML task's settings")
        try:
            prediction_type = ml_engine.task_prediction_type(settings)
            labelled = _with_target(rows, settings)
            split = (
                None
                if prediction_type == ml_engine.CLUSTERING
                else ml_engine.make_split(
                    len(labelled),
                    settings.get("splitParams"),
                    rows=labelled,
                    ascending=ml_engine.time_ascending(settings),
                )
            )
        except ml_engine.TrainingRefused as e:
            # Found once the rows are read (too few of them, say): the session's models fail with it.
            return self.fail_session(task, session, algorithms, str(e))
        if split is not None and not split.folds:
            with self.state.lock:
                session.held_out = [dict(labelled[i]) for i in split.test]
        done: list[LabModel] = []
        for algorithm in algorithms:
            check_abort()
            trained: TrainedModel | None = None
            error: str | None = None
            try:
                trained = ml_engine.train_model(rows, settings, algorithm, split=split)
            except ml_engine.MLEngineUnavailable:
                raise
            except ml_engine.TrainingRefused as e:
                error = str(e)
            with self.state.lock:
                number = task.next_model
                task.next_model += 1
                model = LabModel(
                    full_id=task.full_id(session.number, number),
                    session=session.number,
                    number=number,
                    algorithm=algorithm,
                    train_date=self.state.clock(),
                    session_date=session.started,
                    trained=trained,
                    error=error,
                    user_meta={"name": algorithm, "description": "", "labels": []},
                )
                task.models[model.full_id] = model
                session.models.append(model.full_id)
                while len(task.models) > MAX_MODELS_PER_TASK:
                    task.models.pop(next(iter(task.models)))
            done.append(model)
        return done


def _with_target(rows: Sequence[Mapping[str, Any]], settings: Mapping[str, Any]) -> Sequence[Mapping[str, Any]]:
    # The engine drops rows without a target value before splitting: the split is over the others.
    target = settings.get("targetVariable")
    if not isinstance(target, str):
        return rows
    return [r for r in rows if r.get(target) not in (None, "")]
