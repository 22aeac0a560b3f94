from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricsProbeConfigurationType0AggregatesType0Item")


@_attrs_define
class MetricsProbeConfigurationType0AggregatesType0Item:
    """One statistic of one column.

    Attributes:
        column (None | str | Unset): The column.
        aggregated (None | str | Unset): The statistic (`MIN`, `MAX`, `AVG`, `COUNT_DISTINCT`, `COUNT_NULL`, ...).
    """

    column: None | str | Unset = UNSET
    aggregated: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        aggregated: None | str | Unset
        if isinstance(self.aggregated, Unset):
            aggregated = UNSET
        else:
            aggregated = self.aggregated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column is not UNSET:
            field_dict["column"] = column
        if aggregated is not UNSET:
            field_dict["aggregated"] = aggregated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column = _parse_column(d.pop("column", UNSET))

        def _parse_aggregated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aggregated = _parse_aggregated(d.pop("aggregated", UNSET))

        metrics_probe_configuration_type_0_aggregates_type_0_item = cls(
            column=column,
            aggregated=aggregated,
        )

        metrics_probe_configuration_type_0_aggregates_type_0_item.additional_properties = d
        return metrics_probe_configuration_type_0_aggregates_type_0_item

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
