"""The metrics of an object and their last values, as DSS returns them (no call is made here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dssclient.payloads import ComputedMetric, ComputedMetricsValues, MetricValuePoint

__all__ = ["ComputedMetrics"]

_GLOBAL_PARTITIONS = ("NP", "ALL")


class ComputedMetrics:
    """The metrics of a dataset and their last values: :meth:`DSSDataset.get_last_metric_values`.

    ``get_raw()`` is DSS's answer: ``{"metrics": [{"metric": {"id", ...}, "lastValues":
    [{"partition", "value", "dataType"}, ...]}, ...]}``.
    """

    def __init__(self, raw: ComputedMetricsValues) -> None:
        self.raw = raw

    def __repr__(self) -> str:
        return f"ComputedMetrics({self.get_all_ids()!r})"

    def get_raw(self) -> ComputedMetricsValues:
        """The metrics as DSS sent them."""
        return self.raw

    def get_all_ids(self) -> list[str]:
        """The identifiers of the metrics (``records:COUNT_RECORDS``, ...)."""
        return [str(metric["metric"]["id"]) for metric in self.raw.get("metrics", [])]

    def get_metric_by_id(self, id: str) -> ComputedMetric:  # noqa: A002 - the official client's parameter name
        """A metric's definition and its last values by partition; raises if the metric has no value."""
        for metric in self.raw.get("metrics", []):
            if metric["metric"]["id"] == id:
                return metric
        raise KeyError(f"Metric {id} not found among: {self.get_all_ids()}")

    def get_global_data(self, metric_id: str) -> MetricValuePoint:
        """The value point of the metric on the whole dataset (partition ``NP`` or ``ALL``)."""
        for data in self.get_metric_by_id(metric_id)["lastValues"]:
            if data["partition"] in _GLOBAL_PARTITIONS:
                return data
        raise KeyError(f"No data found for global partition for metric {metric_id}")

    def get_global_value(self, metric_id: str) -> int | float | str:
        """The metric's value on the whole dataset, cast by its type (int, float, or text)."""
        return ComputedMetrics.get_value_from_data(self.get_global_data(metric_id))

    def get_partition_data(self, metric_id: str, partition: str) -> MetricValuePoint | None:
        """The value point of the metric on one partition, or None."""
        for data in self.get_metric_by_id(metric_id)["lastValues"]:
            if data["partition"] == partition:
                return data
        return None

    def get_partition_value(self, metric_id: str, partition: str) -> int | float | str:
        """The value of a metric on one partition; ``KeyError`` if it has none there."""
        data = self.get_partition_data(metric_id, partition)
        if data is None:
            raise KeyError(f"No data for metric {metric_id} on partition {partition}")
        return ComputedMetrics.get_value_from_data(data)

    def get_first_partition_data(self, metric_id: str) -> MetricValuePoint:
        """The first of a metric's last values (a dict); ``KeyError`` if it has none."""
        for data in self.get_metric_by_id(metric_id)["lastValues"]:
            return data
        raise KeyError(f"No partition data for metric {metric_id}")

    @staticmethod
    def get_value_from_data(data: MetricValuePoint | Mapping[str, Any]) -> int | float | str:
        """A value point's value: an int for BIGINT/INT, a float for FLOAT/DOUBLE, else the text."""
        data_type = data.get("dataType", "STRING")
        if data_type in ("BIGINT", "INT"):
            return int(data["value"])
        if data_type in ("FLOAT", "DOUBLE"):
            return float(data["value"])
        text: str = data["value"]
        return text
