from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_counts_datasets_by_type_type_0 import (
        DatasetCountsDatasetsByTypeType0,
    )


T = TypeVar("T", bound="DatasetCounts")


@_attrs_define
class DatasetCounts:
    """Counts of datasets.

    Attributes:
        all_ (int | None | Unset): Number of them.
        datasets_by_type (DatasetCountsDatasetsByTypeType0 | None | Unset): Number by type.
    """

    all_: int | None | Unset = UNSET
    datasets_by_type: DatasetCountsDatasetsByTypeType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_counts_datasets_by_type_type_0 import (
            DatasetCountsDatasetsByTypeType0,
        )

        all_: int | None | Unset
        if isinstance(self.all_, Unset):
            all_ = UNSET
        else:
            all_ = self.all_

        datasets_by_type: dict[str, Any] | None | Unset
        if isinstance(self.datasets_by_type, Unset):
            datasets_by_type = UNSET
        elif isinstance(self.datasets_by_type, DatasetCountsDatasetsByTypeType0):
            datasets_by_type = self.datasets_by_type.to_dict()
        else:
            datasets_by_type = self.datasets_by_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
        if datasets_by_type is not UNSET:
            field_dict["datasetsByType"] = datasets_by_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_counts_datasets_by_type_type_0 import (
            DatasetCountsDatasetsByTypeType0,
        )

        d = dict(src_dict)

        def _parse_all_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        all_ = _parse_all_(d.pop("all", UNSET))

        def _parse_datasets_by_type(
            data: object,
        ) -> DatasetCountsDatasetsByTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                datasets_by_type_type_0 = DatasetCountsDatasetsByTypeType0.from_dict(
                    data
                )

                return datasets_by_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetCountsDatasetsByTypeType0 | None | Unset, data)

        datasets_by_type = _parse_datasets_by_type(d.pop("datasetsByType", UNSET))

        dataset_counts = cls(
            all_=all_,
            datasets_by_type=datasets_by_type,
        )

        dataset_counts.additional_properties = d
        return dataset_counts

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
