from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MlflowLogMetricBody")


@_attrs_define
class MlflowLogMetricBody:
    """A metric's value to log.

    Attributes:
        run_id (str): The run.
        key (str): The metric.
        value (float): Its value.
        timestamp (int): When it was measured (epoch milliseconds).
        step (int | None | Unset): The step (0 when absent).
    """

    run_id: str
    key: str
    value: float
    timestamp: int
    step: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        key = self.key

        value = self.value

        timestamp = self.timestamp

        step: int | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "key": key,
                "value": value,
                "timestamp": timestamp,
            }
        )
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        key = d.pop("key")

        value = d.pop("value")

        timestamp = d.pop("timestamp")

        def _parse_step(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        mlflow_log_metric_body = cls(
            run_id=run_id,
            key=key,
            value=value,
            timestamp=timestamp,
            step=step,
        )

        mlflow_log_metric_body.additional_properties = d
        return mlflow_log_metric_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
