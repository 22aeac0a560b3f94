from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_selection import DataSelection


T = TypeVar("T", bound="DatasetMetricsSettingsEngineConfigType0DssType0")


@_attrs_define
class DatasetMetricsSettingsEngineConfigType0DssType0:
    """DSS's own engine, and the sample it computes on.

    Attributes:
        active (bool | None | Unset): Whether this engine may compute the probes.
        selection (DataSelection | Unset): Which rows are read (a sample), for metrics or for previews.
    """

    active: bool | None | Unset = UNSET
    selection: DataSelection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        selection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection, Unset):
            selection = self.selection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if selection is not UNSET:
            field_dict["selection"] = selection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_selection import DataSelection

        d = dict(src_dict)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        _selection = d.pop("selection", UNSET)
        selection: DataSelection | Unset
        if isinstance(_selection, Unset):
            selection = UNSET
        else:
            selection = DataSelection.from_dict(_selection)

        dataset_metrics_settings_engine_config_type_0_dss_type_0 = cls(
            active=active,
            selection=selection,
        )

        dataset_metrics_settings_engine_config_type_0_dss_type_0.additional_properties = d
        return dataset_metrics_settings_engine_config_type_0_dss_type_0

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
