"""Data quality rules of datasets, their results computed from the datasets' stored rows, and statuses.

A dataset's rules are kept as the clients sent them (DSS chooses the identifier, names a rule
without ``displayName`` after its type and enables a rule without ``enabled``). Computing rules on
a partition (``NP`` for a dataset that is not partitioned, ``ALL`` for the whole of a partitioned
one) reads the partition's rows once and gives each rule a result: ``OK``, ``WARNING`` (outside the
soft bounds), ``ERROR`` (outside the hard bounds, or a test that failed) or ``EMPTY`` (no value to
test). A range's bound applies only when its ``...Enabled`` flag is true (DSS's flags default to
false). The emulator evaluates:

* ``RecordCountInRangeRule`` (rows), ``ColumnCountInRangeRule`` (schema columns);
* ``Column{Min,Max,Avg,Sum,Median,StdDev}InRangeRule`` on each of ``columns`` (numeric values;
  the standard deviation is the population's, as the ``col_stats`` metric);
* ``ValuesInRangeRule`` (every numeric value of each column within the range);
* ``ColumnNotEmptyRule`` / ``ColumnEmptyRule``: ``thresholdType`` ``ENTIRE_COLUMN_NOT_EMPTY`` /
  ``ENTIRE_COLUMN_EMPTY`` (the default), or the range applied to the count (``COUNT``) or the
  percentage (``PERCENTAGE``) of empty values (these two names are unverified);
* ``ColumnUniqueValuesRule`` (no value twice), ``ValuesInSetRule`` (every value in ``values``),
  ``ModeValueInSetRule`` (the most frequent value in ``values``).

Other rule types DSS knows are kept, and computing one yields an ``ERROR`` result saying the
emulator does not evaluate it (rather than a made-up ``OK``); a type DSS does not know is refused.
A build of a dataset (a job) computes its enabled rules marked ``autoRun`` on the partition built
(``runOrigin`` ``BUILD``); computing through the API gives ``MANUAL`` results.
Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
import datetime
import math
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from ..errors import bad_request, not_found
from ..state import Dataset, DSSState

NOT_PARTITIONED = "NP"
ALL_PARTITIONS = "ALL"
NOT_COMPUTED = "NOT_COMPUTED"
RUN_ORIGIN = "MANUAL"
# Rules computed after a build of their dataset (the name is unverified).
BUILD_ORIGIN = "BUILD"
# Outcomes from the best to the worst.
OUTCOMES = ("OK", "EMPTY", "WARNING", "ERROR")

# Bounds of the emulator (DSS's own are unknown): rules per dataset, results kept per dataset
# (the oldest go first), computations kept per project for its timeline.
MAX_RULES = 500
MAX_RESULTS = 10_000
MAX_RUNS = 10_000
DAY_MS = 24 * 3600 * 1000
TIMELINE_DAYS = 14

_RANGE_AGGREGATES = {
    "ColumnMinInRangeRule": "min",
    "ColumnMaxInRangeRule": "max",
    "ColumnAvgInRangeRule": "avg",
    "ColumnSumInRangeRule": "sum",
    "ColumnMedianInRangeRule": "median",
    "ColumnStdDevInRangeRule": "stddev",
}
EVALUATED_TYPES = frozenset(
    {
        "RecordCountInRangeRule",
        "ColumnCountInRangeRule",
        "ValuesInRangeRule",
        "ColumnNotEmptyRule",
        "ColumnEmptyRule",
        "ColumnUniqueValuesRule",
        "ValuesInSetRule",
        "ModeValueInSetRule",
        *_RANGE_AGGREGATES,
    }
)
# The rule types of DSS 15 (its documentation's list).
KNOWN_TYPES = EVALUATED_TYPES | {
    "TopValuesInSetRule",
    "CompareMetricsRule",
    "ColumnMeaningValidityRule",
    "DatasetSchemaEqualsRule",
    "DatasetSchemaContainsRule",
    "DriftRecordCountRule",
    "DriftColumnCountRule",
    "DriftColumnMinRule",
    "DriftColumnMaxRule",
    "DriftColumnAvgRule",
    "DriftColumnMedianRule",
    "DriftColumnSumRule",
    "DriftColumnStdDevRule",
    "DriftColumnEmptyValueCountRule",
    "DriftColumnUniqueValueCountRule",
    "DriftMetricRule",
    "numericRange",
    "valueSet",
    "python",
}
_COLUMN_TYPES = EVALUATED_TYPES - {"RecordCountInRangeRule", "ColumnCountInRangeRule"}


def worst(outcomes: Iterable[str]) -> str | None:
    found = [outcome for outcome in outcomes if outcome in OUTCOMES]
    return max(found, key=OUTCOMES.index) if found else None


@dataclass
class DatasetRules:
    # The dataset the rules belong to: a dataset deleted and made again starts without rules.
    dataset: Dataset
    rules: dict[str, dict[str, Any]] = field(default_factory=lambda: {})
    # Every result, oldest first.
    history: list[dict[str, Any]] = field(default_factory=lambda: [])
    # The partitions the last computation was on: the dataset's status comes from them.
    last_partitions: list[str] = field(default_factory=lambda: [])


@dataclass
class Run:
    when: int
    dataset_name: str
    outcome: str


class DataQualityModel:
    """Every dataset's rules and results, and every project's computations."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._rules: dict[tuple[str, str], DatasetRules] = {}
        self.runs: dict[str, list[Run]] = {}

    def forget_project(self, project_key: str) -> None:
        for key in [key for key in self._rules if key[0] == project_key]:
            del self._rules[key]
        self.runs.pop(project_key, None)

    def of(self, project_key: str, dataset: Dataset) -> DatasetRules:
        name = str(dataset.definition.get("name"))
        found = self._rules.get((project_key, name))
        if found is None or found.dataset is not dataset:
            found = self._rules[(project_key, name)] = DatasetRules(dataset)
        return found

    def existing(self, project_key: str, dataset: Dataset) -> DatasetRules | None:
        found = self._rules.get((project_key, str(dataset.definition.get("name"))))
        return found if found is not None and found.dataset is dataset else None

    # -- rules ----------------------------------------------------------------------------------

    def create(self, rules: DatasetRules, body: Mapping[str, Any]) -> dict[str, Any]:
        if len(rules.rules) >= MAX_RULES:
            raise bad_request(f"The dataset has {len(rules.rules)} rules: the emulator keeps at most {MAX_RULES}")
        rule = checked_rule(body)
        while True:
            rule_id = self.state.new_id(8)
            if rule_id not in rules.rules:
                break
        rule["id"] = rule_id
        rule.setdefault("displayName", default_name(rule["type"]))
        rule.setdefault("enabled", True)
        rules.rules[rule_id] = rule
        return rule

    def rule(self, rules: DatasetRules, rule_id: str) -> dict[str, Any]:
        found = rules.rules.get(rule_id)
        if found is None:
            raise not_found(f"Data quality rule does not exist: {rule_id}")
        return found

    def save(self, rules: DatasetRules, rule_id: str, body: Mapping[str, Any]) -> None:
        self.rule(rules, rule_id)
        rule = checked_rule(body)
        rule["id"] = rule_id
        rules.rules[rule_id] = rule

    # -- results --------------------------------------------------------------------------------

    def record(
        self, project_key: str, rules: DatasetRules, partition: str, results: list[dict[str, Any]], when: int
    ) -> None:
        rules.history.extend(results)
        del rules.history[: max(0, len(rules.history) - MAX_RESULTS)]
        rules.last_partitions = [partition]
        outcome = worst(result["outcome"] for result in results)
        if outcome is not None:
            runs = self.runs.setdefault(project_key, [])
            runs.append(Run(when, str(rules.dataset.definition.get("name")), outcome))
            del runs[: max(0, len(runs) - MAX_RUNS)]

    def delete_history(self, rules: DatasetRules, partition: str) -> None:
        rules.history = [result for result in rules.history if result.get("partition") != partition]
        rules.last_partitions = [p for p in rules.last_partitions if p != partition]

    def last_results(self, rules: DatasetRules, partition: str, rule_id: str | None = None) -> list[dict[str, Any]]:
        """The last result of each current rule (or of ``rule_id``) on a partition, in the rules' order."""
        last: dict[str, dict[str, Any]] = {}
        for result in rules.history:
            if result.get("partition") == partition:
                last[result["id"]] = result
        wanted = [rule_id] if rule_id is not None else list(rules.rules)
        return [copy.deepcopy(last[i]) for i in wanted if i in last]

    def partition_status(self, rules: DatasetRules, partition: str) -> dict[str, Any]:
        """The status of a partition: the worst last result of the enabled rules there."""
        enabled = [i for i, rule in rules.rules.items() if rule.get("enabled") is not False]
        results = [r for r in self.last_results(rules, partition) if r["id"] in enabled]
        status: dict[str, Any] = {
            "partition": partition,
            "outcome": worst(r["outcome"] for r in results) or NOT_COMPUTED,
        }
        if results:
            status["computeDate"] = max(int(r["computeDate"]) for r in results)
        return status

    def status(self, rules: DatasetRules | None) -> str:
        if rules is None:
            return NOT_COMPUTED
        statuses = [self.partition_status(rules, p)["outcome"] for p in rules.last_partitions]
        return worst(statuses) or NOT_COMPUTED

    def statuses(self, rules: DatasetRules | None, include_all: bool) -> dict[str, Any]:
        if rules is None:
            return {}
        partitions = rules.last_partitions
        if include_all:
            partitions = sorted({str(r.get("partition")) for r in rules.history})
        return {p: self.partition_status(rules, p) for p in partitions}

    def history(
        self,
        rules: DatasetRules,
        rule_ids: Sequence[str] | None,
        min_timestamp: int | None,
        max_timestamp: int | None,
        per_page: int,
        page: int,
    ) -> list[dict[str, Any]]:
        chosen = [
            result
            for result in reversed(rules.history)
            if (rule_ids is None or result["id"] in rule_ids)
            and (min_timestamp is None or result["computeDate"] >= min_timestamp)
            and (max_timestamp is None or result["computeDate"] <= max_timestamp)
        ]
        return copy.deepcopy(chosen[page * per_page : (page + 1) * per_page])

    def timeline(self, project_key: str, existing: Iterable[str], start: int, end: int) -> list[dict[str, Any]]:
        present = set(existing)
        days: dict[str, dict[str, list[str]]] = {}
        for run in self.runs.get(project_key, []):
            if start <= run.when <= end:
                day = datetime.datetime.fromtimestamp(run.when / 1000, tz=datetime.UTC).date().isoformat()
                name = run.dataset_name if run.dataset_name in present else f"{run.dataset_name} (deleted)"
                days.setdefault(day, {}).setdefault(name, []).append(run.outcome)
        timeline: list[dict[str, Any]] = []
        for day, datasets in sorted(days.items()):
            per_dataset = {
                name: {"worstOutcome": worst(outcomes), "currentOutcome": outcomes[-1], "runs": len(outcomes)}
                for name, outcomes in datasets.items()
            }
            timeline.append(
                {
                    "day": day,
                    "worstOutcome": worst(o for outcomes in datasets.values() for o in outcomes),
                    "currentOutcome": worst(outcomes[-1] for outcomes in datasets.values()),
                    "datasets": per_dataset,
                }
            )
        return timeline


def checked_rule(body: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a rule as sent, if DSS knows its type and its columns are a list of names."""
    rule = copy.deepcopy(dict(body))
    kind = rule.get("type")
    if kind not in KNOWN_TYPES:
        raise bad_request(f"Unknown data quality rule type {kind!r}")
    columns: Any = rule.get("columns")
    if columns is not None and (
        not isinstance(columns, list) or not all(isinstance(c, str) for c in _list(rule.get("columns")))
    ):
        raise bad_request("A rule's columns must be a list of column names")
    return rule


def default_name(kind: str) -> str:
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in kind.removesuffix("Rule")).strip()
    return words[:1].upper() + words[1:]


# -- computing ---------------------------------------------------------------------------------------


def needed_columns(rules: Iterable[Mapping[str, Any]]) -> list[str]:
    wanted: dict[str, None] = {}
    for rule in rules:
        if rule.get("type") in _COLUMN_TYPES:
            for column in _columns(rule):
                wanted[column] = None
    return list(wanted)


def evaluate(
    rule: Mapping[str, Any], count: int, schema: Sequence[str], values: Mapping[str, list[str]]
) -> tuple[str, str, str | None]:
    """(outcome, message, observed value) of a rule on rows read: their count, the columns' values."""
    kind = str(rule.get("type"))
    if kind not in EVALUATED_TYPES:
        return "ERROR", f"The emulator does not evaluate rules of type {kind}", None
    if kind == "RecordCountInRangeRule":
        return _in_range(rule, count, "The record count")
    if kind == "ColumnCountInRangeRule":
        return _in_range(rule, len(schema), "The column count")
    columns = _columns(rule)
    if not columns:
        return "ERROR", "The rule names no column", None
    checked: list[tuple[str, str, str | None]] = []
    for column in columns:
        if column not in schema:
            checked.append(("ERROR", f"Column {column} is not in the dataset's schema", None))
        else:
            checked.append(_column(rule, kind, column, values.get(column, [])))
    if len(checked) == 1:
        return checked[0]
    outcome = worst(o for o, _, _ in checked) or "ERROR"
    return outcome, "; ".join(message for _, message, _ in checked), None


def compute(
    state: DSSState,
    store: Any,
    project_key: str,
    dataset: Dataset,
    partition: str,
    chosen: Sequence[Mapping[str, Any]],
    origin: str = RUN_ORIGIN,
) -> list[dict[str, Any]]:
    """Compute rules (copies, taken under the lock) on a partition's rows and record the results.

    Reads the rows without holding the state lock (``store`` is the instance's DataStore); the
    results are recorded unless the dataset was deleted meanwhile. Returns them.
    """
    from ..automation.store import column_names, open_source

    with state.lock:
        definition = copy.deepcopy(dataset.definition)
    schema = column_names(definition)
    values: dict[str, list[str]] = {column: [] for column in needed_columns(chosen) if column in schema}
    count = 0
    if any(rule.get("type") != "ColumnCountInRangeRule" for rule in chosen):
        read = None if partition in (NOT_PARTITIONED, ALL_PARTITIONS) else [partition]
        with state.lock:
            source = open_source(store, project_key, definition, read)
        try:
            positions = {column: source.columns.index(column) for column in values}
            for row in source.rows():
                count += 1
                for column, index in positions.items():
                    values[column].append(row[index])
        finally:
            source.close()
    with state.lock:
        now = state.clock()
        results: list[dict[str, Any]] = []
        for rule in chosen:
            outcome, message, observed = evaluate(rule, count, schema, values)
            result: dict[str, Any] = {
                "id": rule["id"],
                "name": rule.get("displayName"),
                "ruleType": rule.get("type"),
                "outcome": outcome,
                "message": message,
                "computeDate": now,
                "runOrigin": origin,
                "partition": partition,
            }
            if observed is not None:
                result["observedValue"] = observed
            results.append(result)
        model = state.extension(DataQualityModel)
        current = model.existing(project_key, dataset)
        if current is not None:  # the dataset was not deleted meanwhile
            model.record(project_key, current, partition, copy.deepcopy(results), now)
    return results


def compute_on_build(state: DSSState, store: Any, project_key: str, dataset_name: str, partition: str) -> None:
    """After a build of a dataset: compute its enabled rules marked ``autoRun`` on the partition built."""
    with state.lock:
        project = state.projects.get(project_key)
        dataset = project.datasets.get(dataset_name) if project is not None else None
        rules = state.extension(DataQualityModel).existing(project_key, dataset) if dataset is not None else None
        if dataset is None or rules is None:
            return
        chosen = [
            copy.deepcopy(rule)
            for rule in rules.rules.values()
            if rule.get("autoRun") is True and rule.get("enabled") is not False
        ]
    if chosen:
        compute(state, store, project_key, dataset, partition, chosen, origin=BUILD_ORIGIN)


def _column(rule: Mapping[str, Any], kind: str, column: str, values: list[str]) -> tuple[str, str, str | None]:
    present = [value for value in values if value != ""]
    if kind in _RANGE_AGGREGATES or kind == "ValuesInRangeRule":
        numbers = _numbers(present)
        if not numbers:
            return "EMPTY", f"Column {column} has no numeric value", None
        if kind == "ValuesInRangeRule":
            low = _in_range(rule, min(numbers), f"The smallest value of {column}")
            high = _in_range(rule, max(numbers), f"The largest value of {column}")
            outcome = worst([low[0], high[0]]) or "ERROR"
            return outcome, f"{low[1]}; {high[1]}", None
        aggregate = _RANGE_AGGREGATES[kind]
        value = _aggregate(aggregate, numbers)
        return _in_range(rule, value, f"The {aggregate} of {column}")
    if kind in ("ColumnNotEmptyRule", "ColumnEmptyRule"):
        empty = len(values) - len(present)
        threshold = rule.get("thresholdType")
        if threshold is None or threshold in ("ENTIRE_COLUMN_NOT_EMPTY", "ENTIRE_COLUMN_EMPTY"):
            if kind == "ColumnNotEmptyRule":
                ok = empty == 0
                return ("OK" if ok else "ERROR"), f"Column {column} has {empty} empty values", str(empty)
            ok = len(present) == 0
            return (
                ("OK" if ok else "ERROR"),
                f"Column {column} has {len(present)} values that are not empty",
                str(len(present)),
            )
        if threshold == "COUNT":
            return _in_range(rule, empty, f"The count of empty values of {column}")
        if threshold == "PERCENTAGE":
            if not values:
                return "EMPTY", f"Column {column} has no rows", None
            return _in_range(rule, 100.0 * empty / len(values), f"The percentage of empty values of {column}")
        return "ERROR", f"The emulator does not evaluate the threshold type {threshold}", None
    counts = Counter(present)
    if kind == "ColumnUniqueValuesRule":
        repeated = sum(1 for n in counts.values() if n > 1)
        ok = repeated == 0
        return ("OK" if ok else "ERROR"), f"Column {column} has {repeated} values found more than once", str(repeated)
    listed: Any = rule.get("values")
    allowed = {_text(value) for value in _list(listed)}
    if kind == "ValuesInSetRule":
        outside = sum(n for value, n in counts.items() if value not in allowed)
        ok = outside == 0
        return ("OK" if ok else "ERROR"), f"Column {column} has {outside} values outside the set", str(outside)
    # ModeValueInSetRule
    if not counts:
        return "EMPTY", f"Column {column} has no value", None
    mode = counts.most_common(1)[0][0]
    ok = mode in allowed
    return ("OK" if ok else "ERROR"), f"The most frequent value of {column} is {mode!r}", mode


def _aggregate(aggregate: str, numbers: list[float]) -> float:
    if aggregate == "min":
        return min(numbers)
    if aggregate == "max":
        return max(numbers)
    if aggregate == "sum":
        return math.fsum(numbers)
    if aggregate == "avg":
        return math.fsum(numbers) / len(numbers)
    if aggregate == "median":
        return float(statistics.median(numbers))
    return statistics.pstdev(numbers) if len(numbers) > 1 else 0.0


def _in_range(rule: Mapping[str, Any], value: float, what: str) -> tuple[str, str, str | None]:
    def bound(name: str) -> float | None:
        limit = rule.get(name)
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or rule.get(name + "Enabled") is not True:
            return None
        return float(limit)

    shown = _show(value)
    low, high = bound("minimum"), bound("maximum")
    if (low is not None and value < low) or (high is not None and value > high):
        return "ERROR", f"{what} ({shown}) is out of [{_show(low)}, {_show(high)}]", shown
    soft_low, soft_high = bound("softMinimum"), bound("softMaximum")
    if (soft_low is not None and value < soft_low) or (soft_high is not None and value > soft_high):
        return "WARNING", f"{what} ({shown}) is out of the soft range [{_show(soft_low)}, {_show(soft_high)}]", shown
    return "OK", f"{what} ({shown}) is in range", shown


def _show(value: float | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else str(value)


def _columns(rule: Mapping[str, Any]) -> list[str]:
    columns: Any = rule.get("columns")
    return [str(c) for c in _list(columns)]


def _numbers(values: Iterable[str]) -> list[float]:
    found: list[float] = []
    for value in values:
        try:
            number = float(value)
        except ValueError:
            continue
        if math.isfinite(number):
            found.append(number)
    return found


def _list(value: object) -> list[Any]:
    """``value`` if it is a list, else an empty list."""
    return cast("list[object]", value) if isinstance(value, list) else []
