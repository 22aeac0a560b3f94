from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricDefinition")


@_attrs_define
class MetricDefinition:
    """What a metric measures.

    Attributes:
        id (None | str | Unset): Identifier of the metric (`records:COUNT_RECORDS`, `col_stats:MIN:price`, ...).
        type_ (None | str | Unset): The probe type computing it (`basic`, `records`, `col_stats`, `checks`, ...).
        metric_type (None | str | Unset): What it measures (`COUNT_RECORDS`, `SIZE`, `MIN`, `CHECK_RESULT`, ...).
        data_type (None | str | Unset): Type of its values (`BIGINT`, `DOUBLE`, `STRING`, ...).
        column (None | str | Unset): The column, for a column statistic.
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    metric_type: None | str | Unset = UNSET
    data_type: None | str | Unset = UNSET
    column: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        metric_type: None | str | Unset
        if isinstance(self.metric_type, Unset):
            metric_type = UNSET
        else:
            metric_type = self.metric_type

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_metric_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric_type = _parse_metric_type(d.pop("metricType", UNSET))

        def _parse_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_type = _parse_data_type(d.pop("dataType", UNSET))

        def _parse_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column = _parse_column(d.pop("column", UNSET))

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
