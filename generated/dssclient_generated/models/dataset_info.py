from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset import Dataset
    from ..models.dataset_info_last_build import DatasetInfoLastBuild


T = TypeVar("T", bound="DatasetInfo")


@_attrs_define
class DatasetInfo:
    """A dataset's definition and status.

    Attributes:
        dataset (Dataset | Unset): The definition of a dataset: its settings. The structure of `params`
            and `formatParams` depends on `type` and `formatType`.
        last_build (DatasetInfoLastBuild | Unset): The last build of the dataset, when it was ever built.
    """

    dataset: Dataset | Unset = UNSET
    last_build: DatasetInfoLastBuild | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        last_build: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_build, Unset):
            last_build = self.last_build.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if last_build is not UNSET:
            field_dict["lastBuild"] = last_build

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset import Dataset
        from ..models.dataset_info_last_build import DatasetInfoLastBuild

        d = dict(src_dict)
        _dataset = d.pop("dataset", UNSET)
        dataset: Dataset | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = Dataset.from_dict(_dataset)

        _last_build = d.pop("lastBuild", UNSET)
        last_build: DatasetInfoLastBuild | Unset
        if isinstance(_last_build, Unset):
            last_build = UNSET
        else:
            last_build = DatasetInfoLastBuild.from_dict(_last_build)

        dataset_info = cls(
            dataset=dataset,
            last_build=last_build,
        )

        dataset_info.additional_properties = d
        return dataset_info

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
