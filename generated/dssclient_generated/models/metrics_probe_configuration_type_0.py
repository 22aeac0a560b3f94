from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_probe_configuration_type_0_aggregates_type_0_item import (
        MetricsProbeConfigurationType0AggregatesType0Item,
    )


T = TypeVar("T", bound="MetricsProbeConfigurationType0")


@_attrs_define
class MetricsProbeConfigurationType0:
    """Probe-specific settings.

    Attributes:
        aggregates (list[MetricsProbeConfigurationType0AggregatesType0Item] | None | Unset): The statistics of a
            `col_stats` probe.
        code (None | str | Unset): The code of a `python` probe (unverified).
        query (None | str | Unset): The query of a `sql_query` probe (unverified).
    """

    aggregates: (
        list[MetricsProbeConfigurationType0AggregatesType0Item] | None | Unset
    ) = UNSET
    code: None | str | Unset = UNSET
    query: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregates: list[dict[str, Any]] | None | Unset
        if isinstance(self.aggregates, Unset):
            aggregates = UNSET
        elif isinstance(self.aggregates, list):
            aggregates = []
            for aggregates_type_0_item_data in self.aggregates:
                aggregates_type_0_item = aggregates_type_0_item_data.to_dict()
                aggregates.append(aggregates_type_0_item)

        else:
            aggregates = self.aggregates

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates
        if code is not UNSET:
            field_dict["code"] = code
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metrics_probe_configuration_type_0_aggregates_type_0_item import (
            MetricsProbeConfigurationType0AggregatesType0Item,
        )

        d = dict(src_dict)

        def _parse_aggregates(
            data: object,
        ) -> list[MetricsProbeConfigurationType0AggregatesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aggregates_type_0 = []
                _aggregates_type_0 = data
                for aggregates_type_0_item_data in _aggregates_type_0:
                    aggregates_type_0_item = (
                        MetricsProbeConfigurationType0AggregatesType0Item.from_dict(
                            aggregates_type_0_item_data
                        )
                    )

                    aggregates_type_0.append(aggregates_type_0_item)

                return aggregates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[MetricsProbeConfigurationType0AggregatesType0Item] | None | Unset,
                data,
            )

        aggregates = _parse_aggregates(d.pop("aggregates", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        metrics_probe_configuration_type_0 = cls(
            aggregates=aggregates,
            code=code,
            query=query,
        )

        metrics_probe_configuration_type_0.additional_properties = d
        return metrics_probe_configuration_type_0

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
