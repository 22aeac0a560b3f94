from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_dataset_selection import MLDatasetSelection
    from ..models.ml_row_filter import MLRowFilter


T = TypeVar("T", bound="MLExplicitExtract")


@_attrs_define
class MLExplicitExtract:
    """The rows of one side (train or test) of an explicit split.

    Attributes:
        dataset_smart_name (str | Unset): The dataset read (two-dataset splits).
        selection (MLDatasetSelection | Unset): An extract of a dataset (its sampling).
        filter_ (MLRowFilter | Unset): A filter of rows.
    """

    dataset_smart_name: str | Unset = UNSET
    selection: MLDatasetSelection | Unset = UNSET
    filter_: MLRowFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_smart_name = self.dataset_smart_name

        selection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection, Unset):
            selection = self.selection.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_smart_name is not UNSET:
            field_dict["datasetSmartName"] = dataset_smart_name
        if selection is not UNSET:
            field_dict["selection"] = selection
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_dataset_selection import MLDatasetSelection
        from ..models.ml_row_filter import MLRowFilter

        d = dict(src_dict)
        dataset_smart_name = d.pop("datasetSmartName", UNSET)

        _selection = d.pop("selection", UNSET)
        selection: MLDatasetSelection | Unset
        if isinstance(_selection, Unset):
            selection = UNSET
        else:
            selection = MLDatasetSelection.from_dict(_selection)

        _filter_ = d.pop("filter", UNSET)
        filter_: MLRowFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = MLRowFilter.from_dict(_filter_)

        ml_explicit_extract = cls(
            dataset_smart_name=dataset_smart_name,
            selection=selection,
            filter_=filter_,
        )

        ml_explicit_extract.additional_properties = d
        return ml_explicit_extract

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
