from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricDefinition")


@_attrs_define
class MetricDefinition:
    """What a metric measures.

    Attributes:
        id (str): Identifier of the metric (`records:COUNT_RECORDS`, `col_stats:MIN:price`, ...).
        type_ (str | Unset): The probe type computing it (`basic`, `records`, `col_stats`, `checks`, ...).
        metric_type (str | Unset): What it measures (`COUNT_RECORDS`, `SIZE`, `MIN`, `CHECK_RESULT`, ...).
        data_type (str | Unset): Type of its values (`BIGINT`, `DOUBLE`, `STRING`, ...).
        column (str | Unset): The column, for a column statistic.
    """

    id: str
    type_: str | Unset = UNSET
    metric_type: str | Unset = UNSET
    data_type: str | Unset = UNSET
    column: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        metric_type = self.metric_type

        data_type = self.data_type

        column = self.column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metric_type is not UNSET:
            field_dict["metricType"] = metric_type
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if column is not UNSET:
            field_dict["column"] = column

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        metric_type = d.pop("metricType", UNSET)

        data_type = d.pop("dataType", UNSET)

        column = d.pop("column", UNSET)

        metric_definition = cls(
            id=id,
            type_=type_,
            metric_type=metric_type,
            data_type=data_type,
            column=column,
        )

        metric_definition.additional_properties = d
        return metric_definition

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
