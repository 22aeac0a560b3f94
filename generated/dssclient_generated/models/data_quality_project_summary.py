from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_quality_project_summary_outcome_counts_type_0 import (
        DataQualityProjectSummaryOutcomeCountsType0,
    )


T = TypeVar("T", bound="DataQualityProjectSummary")


@_attrs_define
class DataQualityProjectSummary:
    """The status of one project (unverified).

    Attributes:
        outcome (str | Unset): Outcome of a rule, or status of a dataset: `OK`, `WARNING`, `ERROR`, `EMPTY` (the value
            could not be computed), or `NOT_COMPUTED` for a status without results (unverified)
            (`x-extensible-enum`).
        monitored_datasets (int | None | Unset): How many datasets of the project are monitored.
        outcome_counts (DataQualityProjectSummaryOutcomeCountsType0 | None | Unset): How many monitored datasets have
            each status.
    """

    outcome: str | Unset = UNSET
    monitored_datasets: int | None | Unset = UNSET
    outcome_counts: DataQualityProjectSummaryOutcomeCountsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_quality_project_summary_outcome_counts_type_0 import (
            DataQualityProjectSummaryOutcomeCountsType0,
        )

        outcome = self.outcome

        monitored_datasets: int | None | Unset
        if isinstance(self.monitored_datasets, Unset):
            monitored_datasets = UNSET
        else:
            monitored_datasets = self.monitored_datasets

        outcome_counts: dict[str, Any] | None | Unset
        if isinstance(self.outcome_counts, Unset):
            outcome_counts = UNSET
        elif isinstance(
            self.outcome_counts, DataQualityProjectSummaryOutcomeCountsType0
        ):
            outcome_counts = self.outcome_counts.to_dict()
        else:
            outcome_counts = self.outcome_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if monitored_datasets is not UNSET:
            field_dict["monitoredDatasets"] = monitored_datasets
        if outcome_counts is not UNSET:
            field_dict["outcomeCounts"] = outcome_counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_quality_project_summary_outcome_counts_type_0 import (
            DataQualityProjectSummaryOutcomeCountsType0,
        )

        d = dict(src_dict)
        outcome = d.pop("outcome", UNSET)

        def _parse_monitored_datasets(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monitored_datasets = _parse_monitored_datasets(
            d.pop("monitoredDatasets", UNSET)
        )

        def _parse_outcome_counts(
            data: object,
        ) -> DataQualityProjectSummaryOutcomeCountsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_counts_type_0 = (
                    DataQualityProjectSummaryOutcomeCountsType0.from_dict(data)
                )

                return outcome_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DataQualityProjectSummaryOutcomeCountsType0 | None | Unset, data
            )

        outcome_counts = _parse_outcome_counts(d.pop("outcomeCounts", UNSET))

        data_quality_project_summary = cls(
            outcome=outcome,
            monitored_datasets=monitored_datasets,
            outcome_counts=outcome_counts,
        )

        data_quality_project_summary.additional_properties = d
        return data_quality_project_summary

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
