from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataQualityPartitionStatus")


@_attrs_define
class DataQualityPartitionStatus:
    """The status of one partition (unverified).

    Attributes:
        partition (None | str | Unset): The partition.
        outcome (str | Unset): Outcome of a rule, or status of a dataset: `OK`, `WARNING`, `ERROR`, `EMPTY` (the value
            could not be computed), or `NOT_COMPUTED` for a status without results (unverified)
            (`x-extensible-enum`).
        compute_date (int | None | Unset): When its last result was computed (epoch milliseconds); absent if never.
    """

    partition: None | str | Unset = UNSET
    outcome: str | Unset = UNSET
    compute_date: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition: None | str | Unset
        if isinstance(self.partition, Unset):
            partition = UNSET
        else:
            partition = self.partition

        outcome = self.outcome

        compute_date: int | None | Unset
        if isinstance(self.compute_date, Unset):
            compute_date = UNSET
        else:
            compute_date = self.compute_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partition is not UNSET:
            field_dict["partition"] = partition
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if compute_date is not UNSET:
            field_dict["computeDate"] = compute_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_partition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partition = _parse_partition(d.pop("partition", UNSET))

        outcome = d.pop("outcome", UNSET)

        def _parse_compute_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        compute_date = _parse_compute_date(d.pop("computeDate", UNSET))

        data_quality_partition_status = cls(
            partition=partition,
            outcome=outcome,
            compute_date=compute_date,
        )

        data_quality_partition_status.additional_properties = d
        return data_quality_partition_status

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
