from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checks_report_results_item_value import ChecksReportResultsItemValue
    from ..models.metric_check import MetricCheck


T = TypeVar("T", bound="ChecksReportResultsItem")


@_attrs_define
class ChecksReportResultsItem:
    """A check and its outcome.

    Attributes:
        check (MetricCheck | Unset): A check, which tests the last value of a metric.
        value (ChecksReportResultsItemValue | Unset): The outcome.
    """

    check: MetricCheck | Unset = UNSET
    value: ChecksReportResultsItemValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check: dict[str, Any] | Unset = UNSET
        if not isinstance(self.check, Unset):
            check = self.check.to_dict()

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

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
        from ..models.checks_report_results_item_value import (
            ChecksReportResultsItemValue,
        )
        from ..models.metric_check import MetricCheck

        d = dict(src_dict)
        _check = d.pop("check", UNSET)
        check: MetricCheck | Unset
        if isinstance(_check, Unset):
            check = UNSET
        else:
            check = MetricCheck.from_dict(_check)

        _value = d.pop("value", UNSET)
        value: ChecksReportResultsItemValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = ChecksReportResultsItemValue.from_dict(_value)

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
