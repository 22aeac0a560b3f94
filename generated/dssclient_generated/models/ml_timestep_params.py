from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTimestepParams")


@_attrs_define
class MLTimestepParams:
    """The time step of a forecasting task's series.

    Attributes:
        timeunit (str | Unset): MILLISECOND, SECOND, MINUTE, HOUR, DAY, BUSINESS_DAY, WEEK, MONTH, QUARTER, HALF_YEAR or
            YEAR.
        number_of_timeunits (int | Unset): How many time units make a step.
        end_of_week_day (int | Unset): The day weeks end on (1 to 7), for a weekly step.
        unit_alignment (int | Unset): The month quarters, half-years and years are aligned on.
    """

    timeunit: str | Unset = UNSET
    number_of_timeunits: int | Unset = UNSET
    end_of_week_day: int | Unset = UNSET
    unit_alignment: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeunit = self.timeunit

        number_of_timeunits = self.number_of_timeunits

        end_of_week_day = self.end_of_week_day

        unit_alignment = self.unit_alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timeunit is not UNSET:
            field_dict["timeunit"] = timeunit
        if number_of_timeunits is not UNSET:
            field_dict["numberOfTimeunits"] = number_of_timeunits
        if end_of_week_day is not UNSET:
            field_dict["endOfWeekDay"] = end_of_week_day
        if unit_alignment is not UNSET:
            field_dict["unitAlignment"] = unit_alignment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timeunit = d.pop("timeunit", UNSET)

        number_of_timeunits = d.pop("numberOfTimeunits", UNSET)

        end_of_week_day = d.pop("endOfWeekDay", UNSET)

        unit_alignment = d.pop("unitAlignment", UNSET)

        ml_timestep_params = cls(
            timeunit=timeunit,
            number_of_timeunits=number_of_timeunits,
            end_of_week_day=end_of_week_day,
            unit_alignment=unit_alignment,
        )

        ml_timestep_params.additional_properties = d
        return ml_timestep_params

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
