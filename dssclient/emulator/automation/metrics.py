"""Metrics and checks of datasets, computed from their stored rows.

A dataset's settings list its probes (``metrics.probes``; by default ``basic``, computed on
each build, and ``records``, computed on demand). The emulator knows three kinds:

* ``basic``: ``basic:COUNT_COLUMNS``, ``basic:COUNT_FILES``, ``basic:SIZE`` (bytes);
* ``records``: ``records:COUNT_RECORDS``;
* ``col_stats``: ``col_stats:<AGG>:<column>`` for the ``configuration.aggregates``
  (``{"column", "aggregated"}``, AGG one of MIN, MAX, AVG, SUM, COUNT, COUNT_DISTINCT,
  COUNT_NULL, STDDEV).

Each build of a dataset also records DSS's ``reporting`` metrics, whatever the probes:
``reporting:BUILD_START_DATE`` (ISO 8601, UTC), ``reporting:BUILD_DURATION`` (milliseconds),
``reporting:BUILD_SUCCESS`` and ``reporting:WARNING_COUNT``; DSS records no build end date.

Checks (``metricsChecks.checks``) test the last value of a metric: ``numericRange``
(``minimum``/``maximum`` give ERROR, ``softMinimum``/``softMaximum`` WARNING, each with its
``...Enabled`` flag) and ``valueSet`` (``values``).
"""

from __future__ import annotations

import datetime
import math
import os
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dssclient._json import array_or_empty, is_array, is_mapping, is_object

from ..defaults import default_dataset_metrics
from ..errors import bad_request
from .store import NOT_PARTITIONED, DataStore, is_partitioned, open_source, schema_columns

ALL_PARTITIONS = "ALL"

_AGGREGATES = ("MIN", "MAX", "AVG", "SUM", "COUNT", "COUNT_DISTINCT", "COUNT_NULL", "STDDEV")
_NUMERIC = {"tinyint", "smallint", "int", "bigint", "float", "double"}
_INTEGRAL = {"tinyint", "smallint", "int", "bigint"}


@dataclass(frozen=True)
class MetricDefinition:
    id: str
    probe_type: str
    metric_type: str
    data_type: str
    name: str
    column: str | None = None

    def to_json(self) -> dict[str, Any]:
        metric: dict[str, Any] = {
            "id": self.id,
            "type": self.probe_type,
            "metricType": self.metric_type,
            "dataType": self.data_type,
        }
        if self.column is not None:
            metric["column"] = self.column
        return metric


DEFAULT_PROBES: list[dict[str, Any]] = default_dataset_metrics()["probes"]

# The metrics a build records on each dataset it builds: (metric type, data type, name). The
# identifiers are those a real DSS lists; the data types, names and units are not documented (the
# start date's value is an ISO timestamp, the other types are the emulator's reading).
_REPORTING = (
    ("BUILD_START_DATE", "DATE", "Build start date"),
    ("BUILD_DURATION", "BIGINT", "Build duration"),
    ("BUILD_SUCCESS", "BOOLEAN", "Build success"),
    ("WARNING_COUNT", "BIGINT", "Warnings count"),
)
REPORTING_METRICS = {
    kind: MetricDefinition(f"reporting:{kind}", "reporting", kind, data_type, name)
    for kind, data_type, name in _REPORTING
}


@dataclass
class DatasetMetrics:
    definitions: dict[str, MetricDefinition] = field(default_factory=dict[str, MetricDefinition])
    # (partition, metric id) -> [(time, value)], oldest first
    history: dict[tuple[str, str], list[tuple[int, str]]] = field(
        default_factory=dict[tuple[str, str], list[tuple[int, str]]]
    )
    # check name -> partition -> (time, outcome, message)
    checks: dict[str, dict[str, tuple[int, str, str]]] = field(
        default_factory=dict[str, dict[str, tuple[int, str, str]]]
    )


class MetricsModel:
    """The metric values and check outcomes of every dataset. Hold the state lock."""

    def __init__(self, state: Any) -> None:
        self._metrics: dict[tuple[str, str], DatasetMetrics] = {}

    def of(self, project_key: str, dataset_name: str) -> DatasetMetrics:
        return self._metrics.setdefault((project_key, dataset_name), DatasetMetrics())

    def forget_dataset(self, project_key: str, dataset_name: str) -> None:
        self._metrics.pop((project_key, dataset_name), None)

    def rename_dataset(self, project_key: str, old_name: str, new_name: str) -> None:
        found = self._metrics.pop((project_key, old_name), None)
        if found is not None:
            self._metrics[(project_key, new_name)] = found

    def forget_project(self, project_key: str) -> None:
        for key in [key for key in self._metrics if key[0] == project_key]:
            del self._metrics[key]

    def record(
        self, project_key: str, dataset_name: str, partition: str, values: list[tuple[MetricDefinition, str]], when: int
    ) -> None:
        metrics = self.of(project_key, dataset_name)
        for definition, value in values:
            metrics.definitions[definition.id] = definition
            metrics.history.setdefault((partition, definition.id), []).append((when, value))


def reporting_values(start: int, end: int, success: bool, warnings: int) -> list[tuple[MetricDefinition, str]]:
    """The reporting metrics of one build of a dataset, from its start and end (epoch milliseconds)."""
    moment = datetime.datetime.fromtimestamp(start / 1000, tz=datetime.UTC)
    values = {
        "BUILD_START_DATE": moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{start % 1000:03d}Z",
        "BUILD_DURATION": str(max(0, end - start)),
        "BUILD_SUCCESS": "true" if success else "false",
        "WARNING_COUNT": str(warnings),
    }
    return [(REPORTING_METRICS[kind], value) for kind, value in values.items()]


def probes_of(definition: Mapping[str, Any]) -> list[dict[str, Any]]:
    metrics = definition.get("metrics")
    probes = metrics.get("probes") if is_mapping(metrics) else None
    if not is_array(probes):
        return [dict(probe) for probe in DEFAULT_PROBES]
    return [probe for probe in probes if is_object(probe)]


def metric_definitions(
    probes: Iterable[Mapping[str, Any]], columns: Sequence[Mapping[str, Any]]
) -> list[MetricDefinition]:
    """The metrics that enabled probes compute."""
    types = {str(column.get("name")): str(column.get("type") or "string") for column in columns}
    found: list[MetricDefinition] = []
    for probe in probes:
        if probe.get("enabled") is False:
            continue
        kind = probe.get("type")
        if kind == "basic":
            found += [
                MetricDefinition("basic:COUNT_COLUMNS", "basic", "COUNT_COLUMNS", "BIGINT", "Column count"),
                MetricDefinition("basic:COUNT_FILES", "basic", "COUNT_FILES", "BIGINT", "File count"),
                MetricDefinition("basic:SIZE", "basic", "SIZE", "BIGINT", "Size"),
            ]
        elif kind == "records":
            found.append(
                MetricDefinition("records:COUNT_RECORDS", "records", "COUNT_RECORDS", "BIGINT", "Record count")
            )
        elif kind == "col_stats":
            configuration = probe.get("configuration")
            aggregates = configuration.get("aggregates") if is_mapping(configuration) else None
            for aggregate in aggregates if is_array(aggregates) else []:
                if is_mapping(aggregate):
                    found.append(column_metric(str(aggregate.get("aggregated")), str(aggregate.get("column")), types))
        else:
            raise bad_request(f"Probe type {kind!r} is not one the emulator computes (basic, records, col_stats)")
    return found


def column_metric(aggregate: str, column: str, types: Mapping[str, str]) -> MetricDefinition:
    if aggregate not in _AGGREGATES:
        raise bad_request(f"Unknown column statistic {aggregate!r} (one of {', '.join(_AGGREGATES)})")
    if column not in types:
        raise bad_request(f"Column {column!r} is not in the dataset's schema")
    column_type = types[column]
    if aggregate in ("COUNT", "COUNT_DISTINCT", "COUNT_NULL"):
        data_type = "BIGINT"
    elif aggregate in ("AVG", "STDDEV"):
        data_type = "DOUBLE"
    elif aggregate == "SUM":
        data_type = "BIGINT" if column_type in _INTEGRAL else "DOUBLE"
    else:
        data_type = "BIGINT" if column_type in _INTEGRAL else "DOUBLE" if column_type in _NUMERIC else "STRING"
    return MetricDefinition(
        f"col_stats:{aggregate}:{column}", "col_stats", aggregate, data_type, f"{aggregate} of {column}", column
    )


def metric_by_id(metric_id: str, columns: Sequence[Mapping[str, Any]]) -> MetricDefinition:
    """The definition of a metric named by its identifier (computeMetricsFromIds)."""
    known = {m.id: m for m in metric_definitions(DEFAULT_PROBES, columns)}
    if metric_id in known:
        return known[metric_id]
    parts = metric_id.split(":", 2)
    if len(parts) == 3 and parts[0] == "col_stats":
        types = {str(c.get("name")): str(c.get("type") or "string") for c in columns}
        return column_metric(parts[1], parts[2], types)
    raise bad_request(f"Unknown metric {metric_id!r}")


def partitions_for(
    definition: Mapping[str, Any], partition: str, stored: Sequence[str]
) -> tuple[str, list[str] | None]:
    """(the partition the values are recorded under, the partitions to read: None for all)."""
    if not is_partitioned(definition) or partition in ("", NOT_PARTITIONED):
        return (NOT_PARTITIONED if not is_partitioned(definition) else ALL_PARTITIONS), None
    if partition == ALL_PARTITIONS:
        return ALL_PARTITIONS, None
    return partition, [partition]


def compute(
    store: DataStore,
    project_key: str,
    definition: Mapping[str, Any],
    metrics: Sequence[MetricDefinition],
    partitions: list[str] | None,
) -> list[tuple[MetricDefinition, str]]:
    """The values of ``metrics`` on the dataset's rows (of some partitions, all when None).

    Holds the state lock only to open the rows.
    """
    columns = schema_columns(definition)
    with store.state.lock:
        source = open_source(store, project_key, definition, partitions)
    try:
        files = len(source.stored) + len(source.uploads)
        size = sum(stored.size for _, stored in source.stored) + sum(_size(opened) for opened in source.uploads)
        wanted_columns = {m.column for m in metrics if m.column is not None}
        names = [str(c.get("name")) for c in columns]
        collected: dict[str, list[str]] = {name: [] for name in wanted_columns}
        count = 0
        needs_rows = any(m.probe_type in ("records", "col_stats") for m in metrics)
        if needs_rows:
            indexes = {name: names.index(name) for name in wanted_columns}
            for row in source.rows():
                count += 1
                for name, index in indexes.items():
                    collected[name].append(row[index])
    finally:
        source.close()
    types = {str(c.get("name")): str(c.get("type") or "string") for c in columns}
    values: list[tuple[MetricDefinition, str]] = []
    for metric in metrics:
        if metric.id == "basic:COUNT_COLUMNS":
            value: str | None = str(len(columns))
        elif metric.id == "basic:COUNT_FILES":
            value = str(files)
        elif metric.id == "basic:SIZE":
            value = str(size)
        elif metric.id == "records:COUNT_RECORDS":
            value = str(count)
        else:
            assert metric.column is not None
            value = column_statistic(metric.metric_type, collected[metric.column], types.get(metric.column, "string"))
        if value is not None:
            values.append((metric, value))
    return values


def _size(opened: Any) -> int:
    try:
        return os.fstat(opened.fileno()).st_size
    except OSError:
        return 0


def column_statistic(aggregate: str, values: list[str], column_type: str) -> str | None:
    present = [value for value in values if value != ""]
    if aggregate == "COUNT":
        return str(len(present))
    if aggregate == "COUNT_NULL":
        return str(len(values) - len(present))
    if aggregate == "COUNT_DISTINCT":
        return str(len(set(present)))
    numbers = _numbers(present) if column_type in _NUMERIC else None
    if aggregate in ("MIN", "MAX"):
        if not present:
            return None
        if numbers is not None:
            chosen = min(numbers) if aggregate == "MIN" else max(numbers)
            return format_number(chosen, column_type in _INTEGRAL)
        return min(present) if aggregate == "MIN" else max(present)
    if numbers is None:
        raise bad_request(f"{aggregate} needs a numeric column, not a {column_type} one")
    if not numbers:
        return None
    if aggregate == "SUM":
        return format_number(sum(numbers), column_type in _INTEGRAL)
    if aggregate == "AVG":
        return format_number(sum(numbers) / len(numbers), False)
    return format_number(statistics.pstdev(numbers) if len(numbers) > 1 else 0.0, False)


def _numbers(values: list[str]) -> list[float]:
    found: list[float] = []
    for value in values:
        try:
            number = float(value)
        except ValueError:
            continue
        if math.isfinite(number):
            found.append(number)
    return found


def format_number(value: float, integral: bool) -> str:
    if integral and float(value).is_integer():
        return str(int(value))
    return repr(float(value))


# -- answers ---------------------------------------------------------------------------------------


def last_values(metrics: DatasetMetrics, partition: str) -> dict[str, Any]:
    """The answer of getDatasetLastMetricValues for one partition."""
    found: list[dict[str, Any]] = []
    for metric_id, definition in metrics.definitions.items():
        points = metrics.history.get((partition, metric_id))
        if not points:
            continue
        when, value = points[-1]
        found.append(
            {
                "metric": definition.to_json(),
                "meta": {"name": definition.name, "fullName": definition.name},
                "displayedAsMetric": True,
                "lastValues": [
                    {"partition": partition, "value": value, "dataType": definition.data_type, "time": when}
                ],
            }
        )
    for name, outcomes in metrics.checks.items():
        if partition in outcomes:
            when, outcome, message = outcomes[partition]
            check_id = f"checks:CHECK_RESULT:{name}"
            found.append(
                {
                    "metric": {"id": check_id, "type": "checks", "metricType": "CHECK_RESULT", "dataType": "STRING"},
                    "meta": {"name": name, "fullName": f"Check {name}"},
                    "displayedAsMetric": False,
                    "lastValues": [
                        {
                            "partition": partition,
                            "value": outcome,
                            "dataType": "STRING",
                            "time": when,
                            "message": message,
                        }
                    ],
                }
            )
    return {"metrics": found}


def history(metrics: DatasetMetrics, partition: str, metric_id: str) -> dict[str, Any]:
    definition = metrics.definitions.get(metric_id)
    points = metrics.history.get((partition, metric_id), [])
    answer: dict[str, Any] = {
        "metricId": metric_id,
        "metric": definition.to_json() if definition is not None else {"id": metric_id},
        "values": [{"time": when, "value": value} for when, value in points],
    }
    if points:
        answer["lastValue"] = {"time": points[-1][0], "value": points[-1][1]}
    return answer


def checks_of(definition: Mapping[str, Any]) -> list[dict[str, Any]]:
    checks = definition.get("metricsChecks")
    found = checks.get("checks") if is_mapping(checks) else None
    return [check for check in found if is_object(check)] if is_array(found) else []


def check_name(check: Mapping[str, Any], index: int) -> str:
    meta = check.get("meta")
    name = meta.get("name") if is_mapping(meta) else None
    return name if isinstance(name, str) and name else f"check_{index}"


def run_check(check: Mapping[str, Any], value: str | None) -> tuple[str, str]:
    """(outcome, message) of a check on the last value of its metric."""
    metric_id = check.get("metricId")
    if value is None:
        return "EMPTY", f"No value for metric {metric_id}"
    kind = check.get("type")
    if kind == "valueSet":
        allowed = [str(v) for v in array_or_empty(check.get("values"))]
        return ("OK", f"{value} is allowed") if value in allowed else ("ERROR", f"{value} is not in {allowed}")
    if kind != "numericRange":
        return "ERROR", f"Check type {kind!r} is not one the emulator runs (numericRange, valueSet)"
    try:
        number = float(value)
    except ValueError:
        return "ERROR", f"{value} is not a number"

    def bound(name: str) -> float | None:
        limit = check.get(name)
        enabled = check.get(name + "Enabled")
        return float(limit) if isinstance(limit, (int, float)) and enabled is not False else None

    low, high = bound("minimum"), bound("maximum")
    if (low is not None and number < low) or (high is not None and number > high):
        return "ERROR", f"{value} is out of [{_show(low)}, {_show(high)}]"
    soft_low, soft_high = bound("softMinimum"), bound("softMaximum")
    if (soft_low is not None and number < soft_low) or (soft_high is not None and number > soft_high):
        return "WARNING", f"{value} is out of the soft range [{_show(soft_low)}, {_show(soft_high)}]"
    return "OK", f"{value} is within [{_show(low)}, {_show(high)}]"


def _show(limit: float | None) -> str:
    return "-" if limit is None else format_number(limit, True)
