from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_selection import DataSelection


T = TypeVar("T", bound="AnalysisScriptExplorationSamplingType0")


@_attrs_define
class AnalysisScriptExplorationSamplingType0:
    """The sample of the dataset the script is designed on.

    Attributes:
        selection (DataSelection | None | Unset): Which rows make the sample.
        auto_refresh_sample (bool | None | Unset): Whether the sample is rebuilt when the dataset changes (unverified).
    """

    selection: DataSelection | None | Unset = UNSET
    auto_refresh_sample: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_selection import DataSelection

        selection: dict[str, Any] | None | Unset
        if isinstance(self.selection, Unset):
            selection = UNSET
        elif isinstance(self.selection, DataSelection):
            selection = self.selection.to_dict()
        else:
            selection = self.selection

        auto_refresh_sample: bool | None | Unset
        if isinstance(self.auto_refresh_sample, Unset):
            auto_refresh_sample = UNSET
        else:
            auto_refresh_sample = self.auto_refresh_sample

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selection is not UNSET:
            field_dict["selection"] = selection
        if auto_refresh_sample is not UNSET:
            field_dict["autoRefreshSample"] = auto_refresh_sample

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_selection import DataSelection

        d = dict(src_dict)

        def _parse_selection(data: object) -> DataSelection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selection_type_0 = DataSelection.from_dict(data)

                return selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSelection | None | Unset, data)

        selection = _parse_selection(d.pop("selection", UNSET))

        def _parse_auto_refresh_sample(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_refresh_sample = _parse_auto_refresh_sample(
            d.pop("autoRefreshSample", UNSET)
        )

        analysis_script_exploration_sampling_type_0 = cls(
            selection=selection,
            auto_refresh_sample=auto_refresh_sample,
        )

        analysis_script_exploration_sampling_type_0.additional_properties = d
        return analysis_script_exploration_sampling_type_0

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
