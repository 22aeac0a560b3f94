from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataQualityRule")


@_attrs_define
class DataQualityRule:
    """A data quality rule. `type` says what it tests (`RecordCountInRangeRule`,
    `ColumnCountInRangeRule`, `Column{Min,Max,Avg,Sum,Median,StdDev}InRangeRule`,
    `ColumnNotEmptyRule`, `ColumnEmptyRule`, `ColumnUniqueValuesRule`, `ValuesInSetRule`,
    `ModeValueInSetRule`, `TopValuesInSetRule`, `ValuesInRangeRule`, the `Drift...Rule`s,
    `CompareMetricsRule`, `ColumnMeaningValidityRule`, `DatasetSchemaEqualsRule`,
    `DatasetSchemaContainsRule`, `numericRange`, `valueSet`, `python`); the other
    properties depend on it. A range's bounds apply when their `...Enabled` flag is true:
    outside `minimum`/`maximum` is an ERROR, outside `softMinimum`/`softMaximum` a WARNING.

        Attributes:
            id (None | str | Unset): Identifier, chosen by DSS.
            type_ (None | str | Unset): What the rule tests (`x-extensible-enum`).
            display_name (None | str | Unset): Name shown for the rule.
            enabled (bool | None | Unset): Whether computing the dataset's rules computes this one.
            auto_run (bool | None | Unset): Whether building the dataset computes the rule.
            columns (list[str] | None | Unset): The columns a column rule tests (each one separately).
            minimum (float | None | Unset): Hard lower bound.
            maximum (float | None | Unset): Hard upper bound.
            soft_minimum (float | None | Unset): Soft lower bound.
            soft_maximum (float | None | Unset): Soft upper bound.
            minimum_enabled (bool | None | Unset): Whether `minimum` applies.
            maximum_enabled (bool | None | Unset): Whether `maximum` applies.
            soft_minimum_enabled (bool | None | Unset): Whether `softMinimum` applies.
            soft_maximum_enabled (bool | None | Unset): Whether `softMaximum` applies.
            values (list[Any] | None | Unset): The allowed values of a set rule.
            threshold_type (None | str | Unset): How an emptiness or uniqueness rule judges a column
                (`ENTIRE_COLUMN_NOT_EMPTY`, ...).
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    auto_run: bool | None | Unset = UNSET
    columns: list[str] | None | Unset = UNSET
    minimum: float | None | Unset = UNSET
    maximum: float | None | Unset = UNSET
    soft_minimum: float | None | Unset = UNSET
    soft_maximum: float | None | Unset = UNSET
    minimum_enabled: bool | None | Unset = UNSET
    maximum_enabled: bool | None | Unset = UNSET
    soft_minimum_enabled: bool | None | Unset = UNSET
    soft_maximum_enabled: bool | None | Unset = UNSET
    values: list[Any] | None | Unset = UNSET
    threshold_type: None | str | Unset = UNSET
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

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        auto_run: bool | None | Unset
        if isinstance(self.auto_run, Unset):
            auto_run = UNSET
        else:
            auto_run = self.auto_run

        columns: list[str] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = self.columns

        else:
            columns = self.columns

        minimum: float | None | Unset
        if isinstance(self.minimum, Unset):
            minimum = UNSET
        else:
            minimum = self.minimum

        maximum: float | None | Unset
        if isinstance(self.maximum, Unset):
            maximum = UNSET
        else:
            maximum = self.maximum

        soft_minimum: float | None | Unset
        if isinstance(self.soft_minimum, Unset):
            soft_minimum = UNSET
        else:
            soft_minimum = self.soft_minimum

        soft_maximum: float | None | Unset
        if isinstance(self.soft_maximum, Unset):
            soft_maximum = UNSET
        else:
            soft_maximum = self.soft_maximum

        minimum_enabled: bool | None | Unset
        if isinstance(self.minimum_enabled, Unset):
            minimum_enabled = UNSET
        else:
            minimum_enabled = self.minimum_enabled

        maximum_enabled: bool | None | Unset
        if isinstance(self.maximum_enabled, Unset):
            maximum_enabled = UNSET
        else:
            maximum_enabled = self.maximum_enabled

        soft_minimum_enabled: bool | None | Unset
        if isinstance(self.soft_minimum_enabled, Unset):
            soft_minimum_enabled = UNSET
        else:
            soft_minimum_enabled = self.soft_minimum_enabled

        soft_maximum_enabled: bool | None | Unset
        if isinstance(self.soft_maximum_enabled, Unset):
            soft_maximum_enabled = UNSET
        else:
            soft_maximum_enabled = self.soft_maximum_enabled

        values: list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        threshold_type: None | str | Unset
        if isinstance(self.threshold_type, Unset):
            threshold_type = UNSET
        else:
            threshold_type = self.threshold_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if auto_run is not UNSET:
            field_dict["autoRun"] = auto_run
        if columns is not UNSET:
            field_dict["columns"] = columns
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if soft_minimum is not UNSET:
            field_dict["softMinimum"] = soft_minimum
        if soft_maximum is not UNSET:
            field_dict["softMaximum"] = soft_maximum
        if minimum_enabled is not UNSET:
            field_dict["minimumEnabled"] = minimum_enabled
        if maximum_enabled is not UNSET:
            field_dict["maximumEnabled"] = maximum_enabled
        if soft_minimum_enabled is not UNSET:
            field_dict["softMinimumEnabled"] = soft_minimum_enabled
        if soft_maximum_enabled is not UNSET:
            field_dict["softMaximumEnabled"] = soft_maximum_enabled
        if values is not UNSET:
            field_dict["values"] = values
        if threshold_type is not UNSET:
            field_dict["thresholdType"] = threshold_type

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

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_auto_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_run = _parse_auto_run(d.pop("autoRun", UNSET))

        def _parse_columns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = cast(list[str], data)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_minimum(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        minimum = _parse_minimum(d.pop("minimum", UNSET))

        def _parse_maximum(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        maximum = _parse_maximum(d.pop("maximum", UNSET))

        def _parse_soft_minimum(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        soft_minimum = _parse_soft_minimum(d.pop("softMinimum", UNSET))

        def _parse_soft_maximum(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        soft_maximum = _parse_soft_maximum(d.pop("softMaximum", UNSET))

        def _parse_minimum_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        minimum_enabled = _parse_minimum_enabled(d.pop("minimumEnabled", UNSET))

        def _parse_maximum_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        maximum_enabled = _parse_maximum_enabled(d.pop("maximumEnabled", UNSET))

        def _parse_soft_minimum_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        soft_minimum_enabled = _parse_soft_minimum_enabled(
            d.pop("softMinimumEnabled", UNSET)
        )

        def _parse_soft_maximum_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        soft_maximum_enabled = _parse_soft_maximum_enabled(
            d.pop("softMaximumEnabled", UNSET)
        )

        def _parse_values(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[Any], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        def _parse_threshold_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold_type = _parse_threshold_type(d.pop("thresholdType", UNSET))

        data_quality_rule = cls(
            id=id,
            type_=type_,
            display_name=display_name,
            enabled=enabled,
            auto_run=auto_run,
            columns=columns,
            minimum=minimum,
            maximum=maximum,
            soft_minimum=soft_minimum,
            soft_maximum=soft_maximum,
            minimum_enabled=minimum_enabled,
            maximum_enabled=maximum_enabled,
            soft_minimum_enabled=soft_minimum_enabled,
            soft_maximum_enabled=soft_maximum_enabled,
            values=values,
            threshold_type=threshold_type,
        )

        data_quality_rule.additional_properties = d
        return data_quality_rule

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
