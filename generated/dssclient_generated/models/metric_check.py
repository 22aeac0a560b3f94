from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_check_meta_type_0 import MetricCheckMetaType0


T = TypeVar("T", bound="MetricCheck")


@_attrs_define
class MetricCheck:
    """A check, which tests the last value of a metric.

    Attributes:
        type_ (None | str | Unset): `numericRange`, `valueSet`, or another kind (`python`, ...) the emulator does not
            run.
        metric_id (None | str | Unset): The metric tested (`records:COUNT_RECORDS`, ...).
        meta (MetricCheckMetaType0 | None | Unset): Display settings.
        minimum (float | None | Unset): Lowest value that passes, for `numericRange` with `minimumEnabled`.
        maximum (float | None | Unset): Highest value that passes, for `numericRange` with `maximumEnabled`.
        soft_minimum (float | None | Unset): Lowest value that passes without a warning.
        soft_maximum (float | None | Unset): Highest value that passes without a warning.
        minimum_enabled (bool | None | Unset): Whether `minimum` applies.
        maximum_enabled (bool | None | Unset): Whether `maximum` applies.
        soft_minimum_enabled (bool | None | Unset): Whether `softMinimum` applies.
        soft_maximum_enabled (bool | None | Unset): Whether `softMaximum` applies.
        values (list[Any] | None | Unset): The allowed values, for `valueSet`.
        compute_on_build_mode (None | str | Unset): Whether builds run the check (`NO`, `PARTITION`) (unverified).
    """

    type_: None | str | Unset = UNSET
    metric_id: None | str | Unset = UNSET
    meta: MetricCheckMetaType0 | None | Unset = UNSET
    minimum: float | None | Unset = UNSET
    maximum: float | None | Unset = UNSET
    soft_minimum: float | None | Unset = UNSET
    soft_maximum: float | None | Unset = UNSET
    minimum_enabled: bool | None | Unset = UNSET
    maximum_enabled: bool | None | Unset = UNSET
    soft_minimum_enabled: bool | None | Unset = UNSET
    soft_maximum_enabled: bool | None | Unset = UNSET
    values: list[Any] | None | Unset = UNSET
    compute_on_build_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metric_check_meta_type_0 import MetricCheckMetaType0

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        metric_id: None | str | Unset
        if isinstance(self.metric_id, Unset):
            metric_id = UNSET
        else:
            metric_id = self.metric_id

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, MetricCheckMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

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

        compute_on_build_mode: None | str | Unset
        if isinstance(self.compute_on_build_mode, Unset):
            compute_on_build_mode = UNSET
        else:
            compute_on_build_mode = self.compute_on_build_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metric_id is not UNSET:
            field_dict["metricId"] = metric_id
        if meta is not UNSET:
            field_dict["meta"] = meta
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
        if compute_on_build_mode is not UNSET:
            field_dict["computeOnBuildMode"] = compute_on_build_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metric_check_meta_type_0 import MetricCheckMetaType0

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_metric_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric_id = _parse_metric_id(d.pop("metricId", UNSET))

        def _parse_meta(data: object) -> MetricCheckMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = MetricCheckMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricCheckMetaType0 | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

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

        def _parse_compute_on_build_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compute_on_build_mode = _parse_compute_on_build_mode(
            d.pop("computeOnBuildMode", UNSET)
        )

        metric_check = cls(
            type_=type_,
            metric_id=metric_id,
            meta=meta,
            minimum=minimum,
            maximum=maximum,
            soft_minimum=soft_minimum,
            soft_maximum=soft_maximum,
            minimum_enabled=minimum_enabled,
            maximum_enabled=maximum_enabled,
            soft_minimum_enabled=soft_minimum_enabled,
            soft_maximum_enabled=soft_maximum_enabled,
            values=values,
            compute_on_build_mode=compute_on_build_mode,
        )

        metric_check.additional_properties = d
        return metric_check

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
