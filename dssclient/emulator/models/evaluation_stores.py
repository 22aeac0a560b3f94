"""Evaluation stores of projects (issue 19): their settings, and the evaluations recorded into them.

An evaluation keeps what DSS shows of it (``info``: its ref, the model it evaluated, its prediction
type and columns, its user metadata), its metrics by DSS's names (``auc``, ``accuracy``, ``r2``,
...), and, when a recipe made it, its sample: the rows it was computed on (columns and values,
bounded by ``MAX_SAMPLE_ROWS``), which ``getEvaluationSample`` serves and drift computations read.
Evaluations are added by the evaluation recipes (``automation/ml_evaluation.py``:
:meth:`EvaluationStores.record`) and by ``addCustomEvaluation``.

The store's metrics (metrics and checks) are its evaluations' metrics: metric ``model_perf:<name>``
of "partition" ``<evaluationId>`` (unverified: the emulator's naming; DSS's own ids are not
documented). Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from dssclient._json import is_array, is_mapping

from ..errors import bad_request, conflict, not_found
from ..state import DSSState, user_tag
from ._sequence_ids import SequenceIds

FLAVORS = ("TABULAR", "LLM", "AGENT")
MAX_STORES_PER_PROJECT = 1000
# Evaluations kept per store: the oldest go first, as the store fills up.
MAX_EVALUATIONS_PER_STORE = 200
# Rows of an evaluation's sample (DSS samples the evaluated rows too).
MAX_SAMPLE_ROWS = 10_000
METRIC_TYPE = "model_perf"
# Evaluation ids: what the rest of a full id (ME-project-store-evaluation) can be split from.
EVALUATION_ID = re.compile(r"\w+")


@dataclass
class Evaluation:
    info: dict[str, Any]
    metrics: dict[str, Any]
    # The rows it was computed on, and their columns ({"name", "type"}); None for a custom one.
    sample_columns: list[dict[str, Any]] | None = None
    sample_rows: list[list[Any]] | None = None

    @property
    def id(self) -> str:
        return str(self.info["ref"]["evaluationId"])

    @property
    def created(self) -> int:
        return int(self.info.get("created") or 0)


@dataclass
class EvaluationStore:
    settings: dict[str, Any]
    evaluations: OrderedDict[str, Evaluation] = field(default_factory=OrderedDict[str, Evaluation])

    @property
    def id(self) -> str:
        return str(self.settings["id"])

    @property
    def flavor(self) -> str:
        return str(self.settings.get("mesFlavor", "TABULAR"))

    def latest(self) -> Evaluation | None:
        if not self.evaluations:
            return None
        return max(self.evaluations.values(), key=lambda e: (e.created, list(self.evaluations).index(e.id)))

    def evaluation(self, evaluation_id: str) -> Evaluation:
        found = self.evaluations.get(evaluation_id)
        if found is None:
            raise not_found(f"Model evaluation does not exist: {evaluation_id} in store {self.id}")
        return found


class EvaluationStores:
    """Every project's evaluation stores."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.stores: dict[str, dict[str, EvaluationStore]] = {}
        self.ids = SequenceIds("evaluation-store")
        self.evaluation_ids = SequenceIds("evaluation")

    def forget_project(self, project_key: str) -> None:
        self.stores.pop(project_key, None)

    def of_project(self, project_key: str) -> dict[str, EvaluationStore]:
        return self.stores.get(project_key, {})

    def get(self, project_key: str, store_id: str) -> EvaluationStore:
        found = self.stores.get(project_key, {}).get(store_id)
        if found is None:
            raise not_found(f"Model evaluation store does not exist: {project_key}.{store_id}")
        return found

    def listed(self, project_key: str, flavor: str | None) -> list[dict[str, Any]]:
        """The stores as listed: of one flavor, or (like DSS) the TABULAR and LLM ones."""
        wanted = (flavor,) if flavor else ("TABULAR", "LLM")
        return [
            {
                "id": store.id,
                "projectKey": project_key,
                "name": store.settings.get("name"),
                "mesFlavor": store.flavor,
                "tags": copy.deepcopy(store.settings.get("tags") or []),
            }
            for store in self.of_project(project_key).values()
            if store.flavor in wanted
        ]

    def create(self, project_key: str, name: str, flavor: str, login: str) -> EvaluationStore:
        if flavor not in FLAVORS:
            raise bad_request(f"Unknown evaluation store flavor {flavor!r}: use one of {', '.join(FLAVORS)}")
        if not name.strip():
            raise bad_request("An evaluation store needs a name")
        stores = self.stores.setdefault(project_key, {})
        if len(stores) >= MAX_STORES_PER_PROJECT:
            raise bad_request(
                f"Project {project_key} has {MAX_STORES_PER_PROJECT} evaluation stores: delete some first"
            )
        store_id = self.ids.new(stores, length=8)
        now = self.state.clock()
        store = EvaluationStore(
            {
                "id": store_id,
                "projectKey": project_key,
                "name": name,
                "mesFlavor": flavor,
                "tags": [],
                "metrics": {"probes": [], "engineConfig": {}, "displayedState": {"metrics": []}},
                "metricsChecks": {"checks": [], "monitor": False},
                "creationTag": user_tag(login, now),
                "versionTag": user_tag(login, now),
            }
        )
        stores[store_id] = store
        return store

    def save(self, store: EvaluationStore, settings: dict[str, Any], login: str) -> None:
        for key in ("id", "projectKey"):
            if key in settings and settings[key] != store.settings[key]:
                raise bad_request(f"The {key} of evaluation store {store.id} cannot change")
        if "mesFlavor" in settings and settings["mesFlavor"] != store.flavor:
            raise bad_request(f"The flavor of evaluation store {store.id} cannot change")
        if "name" in settings and (not isinstance(settings["name"], str) or not settings["name"].strip()):
            raise bad_request("An evaluation store needs a name")
        version = int(store.settings.get("versionTag", {}).get("versionNumber", 0)) + 1
        kept = {"id": store.id, "projectKey": store.settings["projectKey"], "mesFlavor": store.flavor}
        store.settings = {**copy.deepcopy(settings), **kept}
        store.settings["versionTag"] = user_tag(login, self.state.clock(), version)

    def delete(self, project_key: str, store_id: str) -> None:
        self.get(project_key, store_id)
        del self.stores[project_key][store_id]

    # -- evaluations ---------------------------------------------------------------------------

    def new_evaluation_id(self, store: EvaluationStore) -> str:
        return self.evaluation_ids.new(store.evaluations, length=8)

    def record(
        self,
        store: EvaluationStore,
        info: dict[str, Any],
        metrics: dict[str, Any],
        evaluation_id: str | None = None,
        sample: tuple[list[dict[str, Any]], list[list[Any]]] | None = None,
    ) -> Evaluation:
        """Add an evaluation (its ``ref`` and ``created`` are filled in here); the oldest go past the bound."""
        if evaluation_id is None:
            evaluation_id = self.new_evaluation_id(store)
        elif not EVALUATION_ID.fullmatch(evaluation_id):
            raise bad_request(f"Invalid evaluation id {evaluation_id!r}: use letters, digits and underscores")
        if evaluation_id in store.evaluations:
            raise conflict(f"Evaluation {evaluation_id} already exists in store {store.id}")
        project_key = str(store.settings["projectKey"])
        info = copy.deepcopy(info)
        info["ref"] = {
            "projectKey": project_key,
            "mesId": store.id,
            "evaluationId": evaluation_id,
            "fullId": f"ME-{project_key}-{store.id}-{evaluation_id}",
        }
        info.setdefault("created", self.state.clock())
        info.setdefault("userMeta", {"name": evaluation_id, "labels": []})
        evaluation = Evaluation(info, copy.deepcopy(metrics))
        if sample is not None:
            columns, rows = sample
            evaluation.sample_columns = copy.deepcopy(columns)
            evaluation.sample_rows = [list(row) for row in rows[:MAX_SAMPLE_ROWS]]
            info["nbEvaluatedRows"] = len(rows)
        store.evaluations[evaluation_id] = evaluation
        while len(store.evaluations) > MAX_EVALUATIONS_PER_STORE:
            store.evaluations.popitem(last=False)
        return evaluation

    def delete_evaluations(self, store: EvaluationStore, evaluation_ids: list[str]) -> None:
        missing = [e for e in evaluation_ids if e not in store.evaluations]
        if missing:
            # Unverified: what DSS does with an unknown id. Refused, nothing deleted.
            raise not_found(f"Model evaluation does not exist: {missing[0]} in store {store.id}")
        for evaluation_id in evaluation_ids:
            del store.evaluations[evaluation_id]

    def find_evaluation(self, full_id: str) -> tuple[EvaluationStore, Evaluation] | None:
        """The store and evaluation of a full id ``ME-{project}-{store}-{evaluation}``, if they exist."""
        parts = full_id.split("-")
        if len(parts) != 4 or parts[0] != "ME":
            return None
        store = self.stores.get(parts[1], {}).get(parts[2])
        if store is None or parts[3] not in store.evaluations:
            return None
        return store, store.evaluations[parts[3]]

    # -- metrics and checks --------------------------------------------------------------------

    @staticmethod
    def metric_entries(evaluations: list[Evaluation]) -> dict[str, Any]:
        """The metrics of evaluations as "metrics and checks" values: one metric per name, a value per evaluation."""
        by_id: OrderedDict[str, dict[str, Any]] = OrderedDict()
        for evaluation in evaluations:
            for name, value in evaluation.metrics.items():
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    continue
                metric_id = f"{METRIC_TYPE}:{name}"
                entry = by_id.setdefault(
                    metric_id,
                    {
                        "metric": {"id": metric_id, "metricType": name, "type": METRIC_TYPE, "dataType": "DOUBLE"},
                        "meta": {"name": name},
                        "lastValues": [],
                    },
                )
                entry["lastValues"].append(
                    {
                        "partition": evaluation.id,
                        "value": repr(float(value)),
                        "dataType": "DOUBLE",
                        "time": evaluation.created,
                    }
                )
        return {"metrics": list(by_id.values())}

    @staticmethod
    def history(store: EvaluationStore, metric_id: str) -> dict[str, Any]:
        name = metric_id.split(":", 1)[1] if metric_id.startswith(f"{METRIC_TYPE}:") else None
        values = [
            {"time": e.created, "value": repr(float(e.metrics[name]))}
            for e in sorted(store.evaluations.values(), key=lambda e: e.created)
            if name is not None and isinstance(e.metrics.get(name), (int, float))
        ]
        if not values:
            raise bad_request(f"Metric {metric_id} has no value in evaluation store {store.id}")
        return {
            "metricId": metric_id,
            "metric": {"id": metric_id, "dataType": "DOUBLE"},
            "values": values,
            "lastValue": values[-1],
        }


def check_user_meta(meta: Any) -> dict[str, Any]:
    """An evaluation's user metadata as sent, checked: a name, labels with keys."""
    if not is_mapping(meta):
        raise bad_request("An evaluation's user metadata is an object")
    labels = meta.get("labels")
    if labels is not None:
        if not is_array(labels) or not all(is_mapping(label) and isinstance(label.get("key"), str) for label in labels):
            raise bad_request("An evaluation's labels are objects with a key and a value")
    return dict(meta)
