from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricValuePoint")


@_attrs_define
class MetricValuePoint:
    """The value a metric took on one partition, at one time.

    Attributes:
        partition (str): The partition (`NP` for a dataset that is not partitioned, `ALL` for all of them).
        value (str): The value, as text; `dataType` says how to read it.
        data_type (str | Unset): `BIGINT`, `INT`, `DOUBLE`, `FLOAT`, `STRING`, ... (`STRING` when absent).
        time (int | Unset): When it was computed, in milliseconds since the Unix epoch.
        message (None | str | Unset): For a check's result, its message.
    """

    partition: str
    value: str
    data_type: str | Unset = UNSET
    time: int | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition = self.partition

        value = self.value

        data_type = self.data_type

        time = self.time

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partition": partition,
                "value": value,
            }
        )
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if time is not UNSET:
            field_dict["time"] = time
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        partition = d.pop("partition")

        value = d.pop("value")

        data_type = d.pop("dataType", UNSET)

        time = d.pop("time", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        metric_value_point = cls(
            partition=partition,
            value=value,
            data_type=data_type,
            time=time,
            message=message,
        )

        metric_value_point.additional_properties = d
        return metric_value_point

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
