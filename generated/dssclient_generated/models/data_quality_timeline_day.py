from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_quality_timeline_day_datasets_type_0 import (
        DataQualityTimelineDayDatasetsType0,
    )


T = TypeVar("T", bound="DataQualityTimelineDay")


@_attrs_define
class DataQualityTimelineDay:
    """One day of a project's timeline (unverified).

    Attributes:
        day (None | str | Unset): The day (UTC), as YYYY-MM-DD.
        worst_outcome (str | Unset): Outcome of a rule, or status of a dataset: `OK`, `WARNING`, `ERROR`, `EMPTY` (the
            value
            could not be computed), or `NOT_COMPUTED` for a status without results (unverified)
            (`x-extensible-enum`).
        current_outcome (str | Unset): Outcome of a rule, or status of a dataset: `OK`, `WARNING`, `ERROR`, `EMPTY` (the
            value
            could not be computed), or `NOT_COMPUTED` for a status without results (unverified)
            (`x-extensible-enum`).
        datasets (DataQualityTimelineDayDatasetsType0 | None | Unset): The datasets computed that day, by name.
    """

    day: None | str | Unset = UNSET
    worst_outcome: str | Unset = UNSET
    current_outcome: str | Unset = UNSET
    datasets: DataQualityTimelineDayDatasetsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_quality_timeline_day_datasets_type_0 import (
            DataQualityTimelineDayDatasetsType0,
        )

        day: None | str | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        else:
            day = self.day

        worst_outcome = self.worst_outcome

        current_outcome = self.current_outcome

        datasets: dict[str, Any] | None | Unset
        if isinstance(self.datasets, Unset):
            datasets = UNSET
        elif isinstance(self.datasets, DataQualityTimelineDayDatasetsType0):
            datasets = self.datasets.to_dict()
        else:
            datasets = self.datasets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if worst_outcome is not UNSET:
            field_dict["worstOutcome"] = worst_outcome
        if current_outcome is not UNSET:
            field_dict["currentOutcome"] = current_outcome
        if datasets is not UNSET:
            field_dict["datasets"] = datasets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_quality_timeline_day_datasets_type_0 import (
            DataQualityTimelineDayDatasetsType0,
        )

        d = dict(src_dict)

        def _parse_day(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        day = _parse_day(d.pop("day", UNSET))

        worst_outcome = d.pop("worstOutcome", UNSET)

        current_outcome = d.pop("currentOutcome", UNSET)

        def _parse_datasets(
            data: object,
        ) -> DataQualityTimelineDayDatasetsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                datasets_type_0 = DataQualityTimelineDayDatasetsType0.from_dict(data)

                return datasets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataQualityTimelineDayDatasetsType0 | None | Unset, data)

        datasets = _parse_datasets(d.pop("datasets", UNSET))

        data_quality_timeline_day = cls(
            day=day,
            worst_outcome=worst_outcome,
            current_outcome=current_outcome,
            datasets=datasets,
        )

        data_quality_timeline_day.additional_properties = d
        return data_quality_timeline_day

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
