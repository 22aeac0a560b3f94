"""Jobs: the recipes that build datasets, run as activities in dependency order on a background thread.

A job is planned when it starts: one activity per (recipe, partition) to run, upstream first.
``NON_RECURSIVE_FORCED_BUILD`` runs the recipes of the outputs named; ``RECURSIVE_FORCED_BUILD``
also every recipe upstream; ``RECURSIVE_BUILD`` the recipes whose output is out of date (never
built, its recipe changed, or what it reads changed since); ``RECURSIVE_MISSING_ONLY_BUILD``
those whose output was never built. A job goes ``NOT_STARTED`` -> ``RUNNING`` -> ``DONE``, or
``FAILED`` at the first activity that fails (the others are skipped, its outputs keep their
rows), or ``ABORTED``. What an activity writes replaces its outputs' rows only when it succeeds.
"""

from __future__ import annotations

import copy
import datetime
import shutil
import tempfile
import threading
import traceback
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dssclient._json import array_or_empty, is_array, is_mapping, is_object, object_or_empty

from ..errors import DSSError, bad_request, not_found
from ..futures import Future, TaskAborted, TaskControl
from ..state import DSSState, Project
from . import executors, metrics
from .access import check_foreign_read
from .code_env_selection import recipe_code_env
from .ml_evaluation import EVALUATION_TYPES, is_evaluation_store, run_evaluation_recipe
from .python import PythonFailed, PythonTimedOut, RequestRefused
from .recipes import (
    CODE_TYPES,
    SCORING_TYPES,
    SQL_TYPES,
    Recipe,
    RecipesModel,
    input_refs,
    is_managed_folder,
    json_payload,
    output_items,
    split_ref,
)
from .sql_recipes import run_sql_recipe
from .store import (
    NOT_PARTITIONED,
    DataStore,
    RowSource,
    column_names,
    data_store,
    is_partitioned,
    open_source,
    schema_columns,
    split_partitions,
)
from .usercode import run_user_code

NOT_STARTED, RUNNING, DONE, FAILED, ABORTED, SKIPPED = "NOT_STARTED", "RUNNING", "DONE", "FAILED", "ABORTED", "SKIPPED"
FINAL_STATES = frozenset({DONE, FAILED, ABORTED})
JOB_TYPES = ("NON_RECURSIVE_FORCED_BUILD", "RECURSIVE_BUILD", "RECURSIVE_FORCED_BUILD", "RECURSIVE_MISSING_ONLY_BUILD")
_HISTORY = 200
RECIPE_FAILED = "com.dataiku.dip.exceptions.DKUException"
PROCESS_FAILED = "com.dataiku.dip.exceptions.ExternalProcessFailedException"
# The engine that code recipes of these types need, which the emulator does not have.
NO_ENGINE = {
    "hive": "Hive",
    "impala": "Impala",
    "spark_sql_query": "Spark",
    "pyspark": "Spark",
    "sparkr": "Spark",
    "spark_scala": "Spark",
    "r": "R",
    "shell": "shell",
    "cpython": "streaming Python",
    "ksql": "KSQL",
}


def format_time(when: int) -> str:
    moment = datetime.datetime.fromtimestamp(when / 1000, tz=datetime.UTC)
    return moment.strftime("%Y/%m/%d-%H:%M:%S.") + f"{when % 1000:03d}"


@dataclass
class Activity:
    id: str
    recipe_name: str
    recipe_type: str
    partition: str
    outputs: list[str]
    state: str = NOT_STARTED
    start: int = 0
    end: int = 0
    failure: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "activityId": self.id,
            "recipeName": self.recipe_name,
            "recipeType": self.recipe_type,
            "partitionId": self.partition,
            "targets": [{"type": "DATASET", "datasetName": name, "partition": self.partition} for name in self.outputs],
            "state": self.state,
            "startTime": self.start,
            "endTime": self.end,
        }
        if self.failure is not None:
            answer["firstFailure"] = copy.deepcopy(self.failure)
        return answer


@dataclass
class Job:
    id: str
    project_key: str
    definition: dict[str, Any]
    initiator: str
    activities: OrderedDict[str, Activity]
    state: str = NOT_STARTED
    start: int = 0
    end: int = 0
    # (activity id or None, line)
    log: list[tuple[str | None, str]] = field(default_factory=list[tuple[str | None, str]])
    future: Future | None = None
    warnings: int = 0
    finished: threading.Event = field(default_factory=threading.Event)

    def list_item(self) -> dict[str, Any]:
        return {
            "def": copy.deepcopy(self.definition),
            "state": self.state,
            "stableState": self.state in FINAL_STATES,
            "startTime": self.start,
            "endTime": self.end,
            "warningsCount": self.warnings,
        }

    def status(self) -> dict[str, Any]:
        counts = {state: 0 for state in (DONE, FAILED, RUNNING, NOT_STARTED, ABORTED, SKIPPED)}
        for activity in self.activities.values():
            counts[activity.state] += 1
        return {
            "baseStatus": {
                "def": copy.deepcopy(self.definition),
                "state": self.state,
                "initiator": self.initiator,
                "jobStartTime": self.start,
                "jobEndTime": self.end,
                "activities": {key: activity.to_json() for key, activity in self.activities.items()},
            },
            "globalState": {
                "total": len(self.activities),
                "done": counts[DONE],
                "failed": counts[FAILED],
                "running": counts[RUNNING],
                "notStarted": counts[NOT_STARTED] + counts[SKIPPED],
                "aborted": counts[ABORTED],
                "warning": self.warnings,
            },
        }

    def text_log(self, activity: str | None) -> str:
        return "".join(line + "\n" for key, line in self.log if activity is None or key == activity)


class JobsModel:
    """Every project's jobs, newest last. Hold the state lock."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._jobs: dict[str, OrderedDict[str, Job]] = {}
        self._counters: dict[str, int] = {}

    def of(self, project_key: str) -> OrderedDict[str, Job]:
        return self._jobs.setdefault(project_key, OrderedDict())

    def get(self, project_key: str, job_id: str) -> Job:
        job = self.of(project_key).get(job_id)
        if job is None:
            raise not_found(f"Job does not exist: {project_key}.{job_id}")
        return job

    def running(self) -> list[Job]:
        return [job for jobs in self._jobs.values() for job in jobs.values() if job.state not in FINAL_STATES]

    def new_id(self, project_key: str, first_output: str) -> str:
        self._counters[project_key] = self._counters.get(project_key, 0) + 1
        return f"Build_{first_output}_{self._counters[project_key]:04d}"

    def add(self, job: Job) -> None:
        jobs = self.of(job.project_key)
        jobs[job.id] = job
        finished = [key for key, old in jobs.items() if old.state in FINAL_STATES]
        for key in finished[: max(len(finished) - _HISTORY, 0)]:
            del jobs[key]

    def forget_project(self, project_key: str) -> None:
        for job in self._jobs.pop(project_key, OrderedDict()).values():
            if job.future is not None:
                job.future.request_abort()


# -- starting ------------------------------------------------------------------------------------


def start_job(services: Any, project: Project, body: Mapping[str, Any], login: str) -> Job:
    """Plan a job from its definition and start it. Call with the state lock held."""
    state: DSSState = services.state
    model = state.extension(JobsModel)
    recipes = state.extension(RecipesModel)
    store = data_store(services)
    job_type = body.get("type") or "NON_RECURSIVE_FORCED_BUILD"
    if job_type not in JOB_TYPES:
        raise bad_request(f"Unknown job type {job_type!r} (one of {', '.join(JOB_TYPES)})")
    targets: list[tuple[str, list[str]]] = []
    outputs_json: list[dict[str, Any]] = []
    for output in array_or_empty(body.get("outputs")):
        kind = output.get("type") or "DATASET"
        if kind not in ("DATASET", "MANAGED_FOLDER", "MODEL_EVALUATION_STORE"):
            raise bad_request(
                f"The emulator builds datasets and managed folders only (and model evaluation stores), not {kind}"
            )
        owner = output.get("projectKey") or project.key
        if owner != project.key:
            raise bad_request(f"A job of project {project.key} builds its own datasets only, not those of {owner}")
        name = str(output.get("id"))
        if kind == "MODEL_EVALUATION_STORE":
            # An evaluation store (issue 19): its producer, an evaluation recipe, adds an evaluation to it.
            if not is_evaluation_store(state, project.key, name):
                raise not_found(f"Model evaluation store does not exist: {project.key}.{name}")
            targets.append((name, [NOT_PARTITIONED]))
            outputs_json.append(
                {"id": name, "projectKey": project.key, "partition": NOT_PARTITIONED, "type": "MODEL_EVALUATION_STORE"}
            )
            continue
        if kind == "MANAGED_FOLDER":
            # A managed folder (issue 18): not partitioned here; its producer writes it while it runs.
            if not is_managed_folder(state, project.key, name):
                raise not_found(f"Managed folder does not exist: {project.key}.{name}")
            targets.append((name, [NOT_PARTITIONED]))
            outputs_json.append(
                {"id": name, "projectKey": project.key, "partition": NOT_PARTITIONED, "type": "MANAGED_FOLDER"}
            )
            continue
        dataset = project.datasets.get(name)
        if dataset is None:
            raise not_found(f"dataset does not exist: {project.key}.{name}")
        raw_partition = output.get("partition")
        specs = (
            [raw_partition] if isinstance(raw_partition, str) else raw_partition if is_array(raw_partition) else None
        )
        partitions = split_partitions([str(spec) for spec in specs]) if specs is not None else None
        if is_partitioned(dataset.definition):
            if not partitions:
                raise bad_request(f"Dataset {project.key}.{name} is partitioned: say which partitions to build")
        else:
            partitions = [NOT_PARTITIONED]
        targets.append((name, partitions))
        outputs_json.append(
            {
                "id": name,
                "projectKey": project.key,
                "partition": ",".join(partitions),
                "targetDataset": name,
                "targetDatasetProjectKey": project.key,
                "targetPartition": ",".join(partitions),
                "type": "DATASET",
            }
        )
    if not targets:
        raise bad_request("A job needs at least one output to build")
    activities = plan(state, recipes, store, project, targets, str(job_type))
    job_id = model.new_id(project.key, targets[0][0])
    now = state.clock()
    definition: dict[str, Any] = {
        "id": job_id,
        "projectKey": project.key,
        "name": "Build " + ", ".join(name for name, _ in targets),
        "type": job_type,
        "initiator": login,
        "initiationTimestamp": now,
        "triggeredFrom": "API",
        "refreshHiveMetastore": bool(body.get("refreshHiveMetastore")),
        "autoUpdateSchemaBeforeEachRecipeRun": bool(body.get("autoUpdateSchemaBeforeEachRecipeRun")),
        "mailNotification": False,
        "outputs": outputs_json,
    }
    job = Job(job_id, project.key, definition, login, OrderedDict((a.id, a) for a in activities))
    model.add(job)
    _log(state, job, None, f"Job {job_id} planned: {len(activities)} activit{'y' if len(activities) == 1 else 'ies'}")
    if not activities:
        _log(state, job, None, "Nothing to build: the outputs are up to date, or no recipe writes them")
    runner = _JobRunner(services, job)
    job.future = services.futures.start(
        login, f"Job {project.key}.{job_id}", {"jobId": job_id}, runner.work, listed=False
    )
    return job


def plan(
    state: DSSState,
    recipes: RecipesModel,
    store: DataStore,
    project: Project,
    targets: Sequence[tuple[str, list[str]]],
    job_type: str,
) -> list[Activity]:
    """The activities to run, upstream first."""
    recursive = job_type != "NON_RECURSIVE_FORCED_BUILD"
    planned: OrderedDict[tuple[str, str], Activity] = OrderedDict()
    decided: dict[tuple[str, str], bool] = {}

    def visit(name: str, partition: str, is_target: bool) -> bool:
        """Plan what builds this dataset; whether it gets rebuilt."""
        key = (name, partition)
        if key in decided:
            return decided[key]
        decided[key] = False  # a cycle ends here
        producer = recipes.producer(project.key, name)
        if producer is None:
            return False
        upstream_rebuilt = False
        if recursive:
            for ref in input_refs(producer.definition):
                owner, input_name = split_ref(project.key, ref)
                if owner != project.key or input_name not in project.datasets:
                    continue
                input_partition = (
                    partition if is_partitioned(project.datasets[input_name].definition) else NOT_PARTITIONED
                )
                upstream_rebuilt |= visit(input_name, input_partition, False)
        if job_type in ("NON_RECURSIVE_FORCED_BUILD", "RECURSIVE_FORCED_BUILD"):
            include = is_target or recursive
        elif job_type == "RECURSIVE_MISSING_ONLY_BUILD":
            include = _never_built(store, project.key, name)
        else:
            include = upstream_rebuilt or _out_of_date(store, project, producer, name)
        if include:
            activity_id = f"{producer.name}_{partition}"
            if (producer.name, partition) not in planned:
                outputs = [item["ref"] for item in output_items(producer.definition)]
                planned[(producer.name, partition)] = Activity(
                    activity_id, producer.name, producer.type, partition, outputs
                )
        decided[key] = include
        return include

    for name, partitions in targets:
        for partition in partitions:
            visit(name, partition, True)
    return list(planned.values())


def _never_built(store: DataStore, project_key: str, name: str) -> bool:
    found = store.existing(project_key, name)
    return found is None or (not found.partitions and found.last_build is None)


def _out_of_date(store: DataStore, project: Project, producer: Recipe, name: str) -> bool:
    found = store.existing(project.key, name)
    if found is None or found.last_build is None or not found.last_build.get("buildSuccess"):
        return True
    if found.built_by_revision != producer.revision:
        return True
    for ref in input_refs(producer.definition):
        owner, input_name = split_ref(project.key, ref)
        source = store.existing(owner, input_name)
        if found.built_from.get(ref) != (source.version if source is not None else 0):
            return True
    return False


def _log(state: DSSState, job: Job, activity: str | None, message: str, level: str = "INFO") -> None:
    line = f"[{format_time(state.clock())}] [{level}] [dku.flow.job] - {message}"
    job.log.append((activity, line))


def wait_for_job(job: Job, control: TaskControl) -> None:
    """Wait for a job to end (from another task); aborting the waiting task aborts the job."""
    while not job.finished.wait(0.02):
        if control.abort_requested:
            if job.future is not None:
                job.future.request_abort()
                job.future.wait(5)
            raise TaskAborted()


# -- running -------------------------------------------------------------------------------------


class _JobRunner:
    def __init__(self, services: Any, job: Job) -> None:
        self.services = services
        self.state: DSSState = services.state
        self.store = data_store(services)
        self.job = job

    def log(self, activity: str | None, message: str, level: str = "INFO") -> None:
        with self.state.lock:
            _log(self.state, self.job, activity, message, level)

    def work(self, control: TaskControl) -> None:
        job = self.job
        with self.state.lock:
            job.state, job.start = RUNNING, self.state.clock()
        self.log(None, f"Job {job.id} started by {job.initiator}")
        outcome = DONE
        try:
            for activity in job.activities.values():
                control.check_abort()
                if not self._run_activity(activity, control):
                    outcome = FAILED
                    break
        except TaskAborted:
            outcome = ABORTED
        finally:
            with self.state.lock:
                for activity in job.activities.values():
                    if activity.state == RUNNING:
                        activity.state, activity.end = ABORTED, self.state.clock()
                    elif activity.state == NOT_STARTED and outcome != DONE:
                        activity.state = SKIPPED
                job.state, job.end = outcome, self.state.clock()
                _log(self.state, job, None, f"Job {job.id} ended: {outcome}", "INFO" if outcome == DONE else "ERROR")
            job.finished.set()

    def _run_activity(self, activity: Activity, control: TaskControl) -> bool:
        with self.state.lock:
            activity.state, activity.start = RUNNING, self.state.clock()
        self.log(
            activity.id,
            f"Running recipe {activity.recipe_name} ({activity.recipe_type}) on partition {activity.partition}",
        )
        failure: dict[str, Any] | None = None
        try:
            self._execute(activity, control)
        except TaskAborted:
            with self.state.lock:
                activity.state, activity.end = ABORTED, self.state.clock()
            self._record_builds(activity, success=False)
            self.log(activity.id, f"Activity {activity.id} aborted", "WARN")
            raise
        except executors.RecipeError as error:
            failure = {"clazz": RECIPE_FAILED, "title": "Recipe failed", "message": str(error)}
        except PythonFailed as error:
            title = "Python process timed out" if isinstance(error, PythonTimedOut) else "Python process failed"
            failure = {"clazz": PROCESS_FAILED, "title": title, "message": f"Job failed: {error}"}
        except DSSError as error:
            failure = {"clazz": error.error_type, "title": "Recipe failed", "message": error.message}
        except Exception as crash:  # an emulator bug: visible in the job rather than a silent hang
            failure = {
                "clazz": "java.lang.RuntimeException",
                "title": "Emulator failure",
                "message": f"{type(crash).__name__}: {crash}",
                "stack": traceback.format_exc(),
            }
        if failure is not None:
            with self.state.lock:
                activity.state, activity.end, activity.failure = FAILED, self.state.clock(), failure
            self._record_builds(activity, success=False)
            self.log(activity.id, f"Activity {activity.id} failed: {failure['message']}", "ERROR")
            return False
        with self.state.lock:
            activity.state, activity.end = DONE, self.state.clock()
        self._record_builds(activity, success=True)
        self.log(activity.id, f"Activity {activity.id} done")
        return True

    # -- one activity ---------------------------------------------------------------------------

    def _context(self, activity: Activity) -> tuple[Project, Recipe]:
        project = self.state.projects.get(self.job.project_key)
        if project is None:
            raise executors.RecipeError(f"Project {self.job.project_key} no longer exists")
        recipe = self.state.extension(RecipesModel).of(project.key).get(activity.recipe_name)
        if recipe is None:
            raise executors.RecipeError(f"Recipe {activity.recipe_name} no longer exists")
        return project, recipe

    def _input_source(self, project: Project, ref: str, partition: str) -> tuple[list[dict[str, Any]], RowSource]:
        """An input's schema and its rows for the activity's partition. Call with the state lock held."""
        owner, name = split_ref(project.key, ref)
        # Checked at every run: the rights of the user who runs the job, as they are now.
        check_foreign_read(self.state, project.key, owner, name, self.state.identity_of(self.job.initiator))
        source_project = self.state.projects.get(owner)
        dataset = source_project.datasets.get(name) if source_project is not None else None
        if dataset is None:
            raise executors.RecipeError(f"Input dataset {owner}.{name} does not exist")
        definition = dataset.definition
        partitions = [partition] if is_partitioned(definition) and partition != NOT_PARTITIONED else None
        return copy.deepcopy(schema_columns(definition)), open_source(self.store, owner, definition, partitions)

    def _execute(self, activity: Activity, control: TaskControl) -> None:
        with self.state.lock:
            project, recipe = self._context(activity)
            recipe_type = recipe.type
            env = recipe_code_env(self.state, project, recipe)
        if env is not None:
            self.log(activity.id, f"Code env: {env[1] or 'built-in'} ({env[0]})")
        if recipe_type == "python":
            self._execute_python(activity, control)
        elif recipe_type in SQL_TYPES:
            run_sql_recipe(self, activity, control)
        elif recipe_type in EVALUATION_TYPES:
            run_evaluation_recipe(self, activity, control)
        elif recipe_type in SCORING_TYPES:
            from .ml_scoring import run_scoring_recipe  # issue 19: a saved model scores the input

            run_scoring_recipe(self, activity, control)
        elif recipe_type in CODE_TYPES:
            engine = NO_ENGINE.get(recipe_type, recipe_type)
            raise executors.RecipeError(
                f"Cannot run {recipe_type} recipe {recipe.name}: the emulator has no {engine} engine "
                "(it runs Python, SQL and visual recipes)"
            )
        else:
            self._execute_visual(activity, control)

    def _execute_visual(self, activity: Activity, control: TaskControl) -> None:
        sources: list[RowSource] = []
        try:
            with self.state.lock:
                project, recipe = self._context(activity)
                payload = json_payload(recipe)
                refs = input_refs(recipe.definition)
                inputs = [self._input_source(project, ref, activity.partition) for ref in refs]
                sources = [source for _, source in inputs]
                outputs = [item for item in output_items(recipe.definition) if item["ref"] in project.datasets]
                if not outputs:
                    raise executors.RecipeError(f"Recipe {recipe.name} has no existing output")
            schemas = [schema for schema, _ in inputs]
            columns = executors.output_columns(recipe.type, payload, schemas, refs)
            names = [str(column.get("name")) for column in columns]
            output = outputs[0]
            writer = self.store.new_writer(names)
            try:
                append = output.get("appendMode") is True
                if append:
                    self._copy_existing(project.key, output["ref"], activity.partition, names, writer)
                if recipe.type == "sync" and inputs[0][1].stored_as(names):
                    for opened, _ in inputs[0][1].stored:
                        control.check_abort()
                        writer.copy_bytes_from(opened)
                else:
                    writer.write_all(
                        executors.run(
                            recipe.type,
                            payload,
                            [(s, source.rows()) for s, source in inputs],
                            refs,
                            control.check_abort,
                        )
                    )
                control.check_abort()
            except BaseException:
                writer.discard()
                raise
            path = writer.close()
            with self.state.lock:
                dataset = project.datasets.get(output["ref"])
                if dataset is None:
                    path.unlink(missing_ok=True)
                    raise executors.RecipeError(f"Output dataset {output['ref']} no longer exists")
                if column_names(dataset.definition) != names or not schema_columns(dataset.definition):
                    dataset.definition["schema"] = {"columns": columns, "userModified": False}
                    self.log(activity.id, f"Schema of {output['ref']} set to: {', '.join(names)}")
                self.store.install(project.key, output["ref"], activity.partition, path, names, self.state.clock())
        finally:
            for source in sources:
                source.close()

    def _copy_existing(self, project_key: str, name: str, partition: str, names: list[str], writer: Any) -> None:
        with self.state.lock:
            found = self.store.existing(project_key, name)
            stored = found.partitions.get(partition) if found is not None else None
            opened = stored.path.open("rb") if stored is not None else None
            columns = list(stored.columns) if stored is not None else []
        if opened is None:
            return
        with opened:
            if columns == names:
                writer.copy_bytes_from(opened)
            else:
                assert stored is not None
                writer.write_all(RowSource(names, [(opened, stored)], [], {}).rows())

    def _execute_python(self, activity: Activity, control: TaskControl) -> None:
        with self.state.lock:
            project, recipe = self._context(activity)
            script = recipe.payload
            roles_in: dict[str, list[str]] = {}
            for role, content in object_or_empty(recipe.definition.get("inputs")).items():
                roles_in[role] = [item["ref"] for item in array_or_empty(content.get("items")) if is_object(item)]
            roles_out: dict[str, list[str]] = {}
            for role, content in object_or_empty(recipe.definition.get("outputs")).items():
                roles_out[role] = [item["ref"] for item in array_or_empty(content.get("items")) if is_object(item)]
            variables = _variables(project)
        workdir = Path(tempfile.mkdtemp(prefix="python-", dir=self.store.root))
        session = PythonSession(
            self,
            project.key,
            workdir,
            activity.partition,
            lambda line: self.log(activity.id, line, "WARN"),
            login=self.job.initiator,
        )
        session.readable = {ref for refs in roles_in.values() for ref in refs}
        session.writable = {ref for refs in roles_out.values() for ref in refs}
        context = {
            "mode": "recipe",
            "projectKey": project.key,
            "recipeName": recipe.name,
            "inputs": roles_in,
            "outputs": roles_out,
            "variables": variables,
        }
        try:
            run_user_code(
                self.services,
                self.job.initiator,
                project.key,
                script,
                context,
                session.handle,
                lambda line: self.log(activity.id, line),
                control,
                workdir,
                f"run the code of recipe {recipe.name}",
            )
            control.check_abort()
            session.commit()
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _record_builds(self, activity: Activity, success: bool) -> None:
        """Record the build on the outputs (their info's lastBuild, their reporting metrics), and
        compute the metrics of the probes they compute on build."""
        with self.state.lock:
            project = self.state.projects.get(self.job.project_key)
            recipe = self.state.extension(RecipesModel).of(self.job.project_key).get(activity.recipe_name)
            if project is None:
                return
            built: list[dict[str, Any]] = []
            warnings = sum(1 for key, line in self.job.log if key == activity.id and "] [WARN] [" in line)
            reporting = metrics.reporting_values(activity.start, activity.end, success, warnings)
            for name in activity.outputs:
                if name not in project.datasets:
                    continue
                recorded, _ = metrics.partitions_for(project.datasets[name].definition, activity.partition, [])
                self.state.extension(metrics.MetricsModel).record(project.key, name, recorded, reporting, activity.end)
                data = self.store.data(project.key, name)
                data.last_build = {
                    "buildStartTime": activity.start,
                    "buildEndTime": activity.end,
                    "buildSuccess": success,
                    "jobId": self.job.id,
                    "jobProjectKey": project.key,
                }
                if success and recipe is not None:
                    data.built_by_revision = recipe.revision
                    data.built_from = {}
                    for ref in input_refs(recipe.definition):
                        owner, input_name = split_ref(project.key, ref)
                        source = self.store.existing(owner, input_name)
                        data.built_from[ref] = source.version if source is not None else 0
                    built.append(copy.deepcopy(project.datasets[name].definition))
        for definition in built:
            self._metrics_on_build(definition, activity.partition)
            self._data_quality_on_build(definition, activity.partition)

    def _metrics_on_build(self, definition: dict[str, Any], partition: str) -> None:
        probes = [p for p in metrics.probes_of(definition) if p.get("computeOnBuildMode", "NO") not in ("NO", None)]
        if not probes:
            return
        try:
            wanted = metrics.metric_definitions(probes, schema_columns(definition))
            recorded, read = metrics.partitions_for(definition, partition, [])
            values = metrics.compute(self.store, self.job.project_key, definition, wanted, read)
        except DSSError as error:
            self.log(None, f"Metrics of {definition.get('name')} not computed: {error.message}", "WARN")
            return
        with self.state.lock:
            self.state.extension(metrics.MetricsModel).record(
                self.job.project_key, str(definition.get("name")), recorded, values, self.state.clock()
            )

    def _data_quality_on_build(self, definition: dict[str, Any], partition: str) -> None:
        # The dataset's data quality rules marked autoRun (issue 18), as DSS runs them after a build.
        from ..models.data_quality import compute_on_build

        recorded, _ = metrics.partitions_for(definition, partition, [])
        try:
            compute_on_build(self.state, self.store, self.job.project_key, str(definition.get("name")), recorded)
        except DSSError as error:
            self.log(None, f"Data quality rules of {definition.get('name')} not computed: {error.message}", "WARN")


def _variables(project: Project) -> dict[str, Any]:
    variables: dict[str, Any] = {}
    for part in ("standard", "local"):
        values = project.variables.get(part)
        if is_mapping(values):
            variables.update(copy.deepcopy(dict(values)))
    return variables


class PythonSession:
    """What the Python code of a recipe (or scenario step) may ask for, and what it wrote."""

    def __init__(
        self,
        runner: Any,
        project_key: str,
        workdir: Path,
        partition: str = NOT_PARTITIONED,
        warn: Callable[[str], None] | None = None,
        *,
        login: str | None = None,
    ) -> None:
        self.services = runner.services
        # Who runs the code: its reads of other projects' datasets follow this user's rights.
        self.login = login
        self.warn = warn
        self.state: DSSState = runner.state
        self.store: DataStore = runner.store
        self.project_key = project_key
        self.workdir = workdir
        self.partition = partition
        self.readable: set[str] | None = None  # None: any dataset of the project
        self.writable: set[str] = set()
        self.staged: dict[str, str] = {}
        self.schemas: dict[str, list[dict[str, Any]]] = {}
        self.scenario_variables: dict[str, Any] = {}
        self.extra: dict[str, Any] = {}
        self._files = 0

    def _dataset(self, ref: str) -> tuple[str, dict[str, Any]]:
        """A dataset the code may read: its project's, or another project's as DSS allows. Hold the lock."""
        owner, name = split_ref(self.project_key, ref)
        if owner != self.project_key:
            user = self.state.identity_of(self.login) if self.login is not None else None
            check_foreign_read(self.state, self.project_key, owner, name, user)
        project = self.state.projects.get(owner)
        dataset = project.datasets.get(name) if project is not None else None
        if dataset is None:
            raise RequestRefused(f"Dataset {owner}.{name} does not exist")
        return owner, dataset.definition

    def handle(self, request: dict[str, Any]) -> Any:
        op = request.get("op")
        ref = str(request.get("dataset"))
        if op == "schema":
            with self.state.lock:
                if ref in self.schemas:
                    return self.schemas[ref]
                return copy.deepcopy(schema_columns(self._dataset(ref)[1]))
        if op == "read":
            return self._read(ref)
        if op in ("write", "write_schema") and split_ref(self.project_key, ref)[0] != self.project_key:
            raise RequestRefused(f"Dataset {ref} belongs to another project: code writes into its own project only")
        if op == "write":
            if ref not in self.writable:
                raise RequestRefused(f"Dataset {ref} is not an output of this recipe: it cannot be written")
            if ref not in self.staged:
                self._files += 1
                path = self.workdir / f"output-{self._files}.tsv"
                path.touch()
                self.staged[ref] = str(path)
            return self.staged[ref]
        if op == "write_schema":
            if ref not in self.writable:
                raise RequestRefused(f"Dataset {ref} is not an output of this recipe: it cannot be written")
            columns = request.get("columns")
            if not is_array(columns) or not all(is_object(c) and c.get("name") for c in columns):
                raise RequestRefused("A schema is a list of columns, each with a name and a type")
            self.schemas[ref] = [dict(column) for column in columns]
            return None
        if op == "variables":
            with self.state.lock:
                project = self.state.projects.get(self.project_key)
                variables = _variables(project) if project is not None else {}
            return {**variables, **self.scenario_variables}
        if op == "set_scenario_variables":
            values = request.get("variables")
            if is_object(values):
                self.scenario_variables.update(values)
            return None
        if str(op).startswith("folder_"):
            from .folder_access import handle_folder_request  # dataiku.Folder (issue 18)

            return handle_folder_request(self, request)
        handler = self.extra.get(str(op))
        if handler is not None:
            return handler(request)
        raise RequestRefused(f"The emulator's dataiku package does not do {op!r}")

    def _read(self, ref: str) -> dict[str, Any]:
        if self.readable is not None and ref not in self.readable:
            raise RequestRefused(f"Dataset {ref} is not an input of this recipe: it cannot be read")
        with self.state.lock:
            owner, definition = self._dataset(ref)
            columns = copy.deepcopy(schema_columns(definition))
            names = column_names(definition)
            partitions = [self.partition] if is_partitioned(definition) and self.partition != NOT_PARTITIONED else None
            source = open_source(self.store, owner, definition, partitions)
        self._files += 1
        path = self.workdir / f"input-{self._files}.tsv"
        try:
            if source.stored_as(names):
                with path.open("wb") as target:
                    for chunk in source.raw_chunks():
                        target.write(chunk)
            else:
                writer = self.store.new_writer(names)
                writer.write_all(source.rows())
                Path(writer.close()).replace(path)
        finally:
            source.close()
        return {"path": str(path), "columns": columns}

    def commit(self) -> None:
        """Install what the code wrote into its outputs (their schema, then their rows)."""
        with self.state.lock:
            project = self.state.projects.get(self.project_key)
            if project is None:
                return
            now = self.state.clock()
            for ref in sorted(set(self.staged) | set(self.schemas)):
                dataset = project.datasets.get(ref)
                if dataset is None:
                    continue
                if ref in self.schemas:
                    dataset.definition["schema"] = {"columns": self.schemas[ref], "userModified": False}
                if ref in self.staged:
                    names = column_names(dataset.definition)
                    self.store.install(project.key, ref, self.partition, Path(self.staged[ref]), names, now)
        if self.warn is not None:
            for ref in sorted(self.writable - set(self.staged)):
                self.warn(f"Output {ref} was not written: it keeps its rows")


def jobs_running_for(state: DSSState, projects: Iterable[str] | None, initiator: str | None) -> list[Job]:
    model = state.extension(JobsModel)
    return [
        job
        for job in model.running()
        if (projects is None or job.project_key in projects) and (initiator is None or job.initiator == initiator)
    ]
