from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_check import MetricCheck


T = TypeVar("T", bound="RunEvaluationChecksBodyType1")


@_attrs_define
class RunEvaluationChecksBodyType1:
    """The checks to run, as in the settings' `metricsChecks`.

    Attributes:
        checks (list[MetricCheck] | Unset): The checks.
    """

    checks: list[MetricCheck] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = []
            for checks_item_data in self.checks:
                checks_item = checks_item_data.to_dict()
                checks.append(checks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checks is not UNSET:
            field_dict["checks"] = checks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metric_check import MetricCheck

        d = dict(src_dict)
        _checks = d.pop("checks", UNSET)
        checks: list[MetricCheck] | Unset = UNSET
        if _checks is not UNSET:
            checks = []
            for checks_item_data in _checks:
                checks_item = MetricCheck.from_dict(checks_item_data)

                checks.append(checks_item)

        run_evaluation_checks_body_type_1 = cls(
            checks=checks,
        )

        run_evaluation_checks_body_type_1.additional_properties = d
        return run_evaluation_checks_body_type_1

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
