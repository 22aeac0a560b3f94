from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checks_report_results_item_value_type_0 import (
        ChecksReportResultsItemValueType0,
    )
    from ..models.metric_check import MetricCheck


T = TypeVar("T", bound="ChecksReportResultsItem")


@_attrs_define
class ChecksReportResultsItem:
    """A check and its outcome.

    Attributes:
        check (MetricCheck | Unset): A check, which tests the last value of a metric.
        value (ChecksReportResultsItemValueType0 | None | Unset): The outcome.
    """

    check: MetricCheck | Unset = UNSET
    value: ChecksReportResultsItemValueType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.checks_report_results_item_value_type_0 import (
            ChecksReportResultsItemValueType0,
        )

        check: dict[str, Any] | Unset = UNSET
        if not isinstance(self.check, Unset):
            check = self.check.to_dict()

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, ChecksReportResultsItemValueType0):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check is not UNSET:
            field_dict["check"] = check
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checks_report_results_item_value_type_0 import (
            ChecksReportResultsItemValueType0,
        )
        from ..models.metric_check import MetricCheck

        d = dict(src_dict)
        _check = d.pop("check", UNSET)
        check: MetricCheck | Unset
        if isinstance(_check, Unset):
            check = UNSET
        else:
            check = MetricCheck.from_dict(_check)

        def _parse_value(
            data: object,
        ) -> ChecksReportResultsItemValueType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_0 = ChecksReportResultsItemValueType0.from_dict(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChecksReportResultsItemValueType0 | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        checks_report_results_item = cls(
            check=check,
            value=value,
        )

        checks_report_results_item.additional_properties = d
        return checks_report_results_item

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
