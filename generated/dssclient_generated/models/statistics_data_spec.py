from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_selection import DataSelection


T = TypeVar("T", bound="StatisticsDataSpec")


@_attrs_define
class StatisticsDataSpec:
    """Which rows a worksheet computes on.

    Attributes:
        input_dataset_smart_name (None | str | Unset): The dataset, by name (or `PROJECT.name`).
        dataset_selection (DataSelection | None | Unset): The sample of the dataset's rows (`samplingMethod`,
            `maxRecords`, ...).
    """

    input_dataset_smart_name: None | str | Unset = UNSET
    dataset_selection: DataSelection | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_selection import DataSelection

        input_dataset_smart_name: None | str | Unset
        if isinstance(self.input_dataset_smart_name, Unset):
            input_dataset_smart_name = UNSET
        else:
            input_dataset_smart_name = self.input_dataset_smart_name

        dataset_selection: dict[str, Any] | None | Unset
        if isinstance(self.dataset_selection, Unset):
            dataset_selection = UNSET
        elif isinstance(self.dataset_selection, DataSelection):
            dataset_selection = self.dataset_selection.to_dict()
        else:
            dataset_selection = self.dataset_selection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_dataset_smart_name is not UNSET:
            field_dict["inputDatasetSmartName"] = input_dataset_smart_name
        if dataset_selection is not UNSET:
            field_dict["datasetSelection"] = dataset_selection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_selection import DataSelection

        d = dict(src_dict)

        def _parse_input_dataset_smart_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_dataset_smart_name = _parse_input_dataset_smart_name(
            d.pop("inputDatasetSmartName", UNSET)
        )

        def _parse_dataset_selection(data: object) -> DataSelection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataset_selection_type_0 = DataSelection.from_dict(data)

                return dataset_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSelection | None | Unset, data)

        dataset_selection = _parse_dataset_selection(d.pop("datasetSelection", UNSET))

        statistics_data_spec = cls(
            input_dataset_smart_name=input_dataset_smart_name,
            dataset_selection=dataset_selection,
        )

        statistics_data_spec.additional_properties = d
        return statistics_data_spec

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
