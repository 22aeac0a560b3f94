from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checks_report_results_item import ChecksReportResultsItem


T = TypeVar("T", bound="ChecksReport")


@_attrs_define
class ChecksReport:
    """The outcomes of a run of checks.

    Attributes:
        partition (str | Unset): The partition the checks ran on.
        results (list[ChecksReportResultsItem] | Unset): One entry per check.
    """

    partition: str | Unset = UNSET
    results: list[ChecksReportResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition = self.partition

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partition is not UNSET:
            field_dict["partition"] = partition
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checks_report_results_item import ChecksReportResultsItem

        d = dict(src_dict)
        partition = d.pop("partition", UNSET)

        _results = d.pop("results", UNSET)
        results: list[ChecksReportResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ChecksReportResultsItem.from_dict(results_item_data)

                results.append(results_item)

        checks_report = cls(
            partition=partition,
            results=results,
        )

        checks_report.additional_properties = d
        return checks_report

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
