from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_studio_status_exposed_item import CodeStudioStatusExposedItem
    from ..models.code_studio_zone import CodeStudioZone


T = TypeVar("T", bound="CodeStudioStatus")


@_attrs_define
class CodeStudioStatus:
    """The state of a code studio.

    Attributes:
        state (str): `STOPPED`, `STARTING`, `RUNNING` or `STOPPING` today (`x-extensible-enum`: a newer DSS
            may answer another value, which clients must accept).
        last_state_change (int | Unset): When the state last changed, in milliseconds since the Unix epoch; absent if
            never started.
        synced_zones (list[CodeStudioZone] | Unset): The synchronized zones; empty unless the code studio runs.
        exposed (list[CodeStudioStatusExposedItem] | Unset): The ports the code studio exposes; empty unless it runs.
    """

    state: str
    last_state_change: int | Unset = UNSET
    synced_zones: list[CodeStudioZone] | Unset = UNSET
    exposed: list[CodeStudioStatusExposedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        last_state_change = self.last_state_change

        synced_zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.synced_zones, Unset):
            synced_zones = []
            for synced_zones_item_data in self.synced_zones:
                synced_zones_item = synced_zones_item_data.to_dict()
                synced_zones.append(synced_zones_item)

        exposed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exposed, Unset):
            exposed = []
            for exposed_item_data in self.exposed:
                exposed_item = exposed_item_data.to_dict()
                exposed.append(exposed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if last_state_change is not UNSET:
            field_dict["lastStateChange"] = last_state_change
        if synced_zones is not UNSET:
            field_dict["syncedZones"] = synced_zones
        if exposed is not UNSET:
            field_dict["exposed"] = exposed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_studio_status_exposed_item import CodeStudioStatusExposedItem
        from ..models.code_studio_zone import CodeStudioZone

        d = dict(src_dict)
        state = d.pop("state")

        last_state_change = d.pop("lastStateChange", UNSET)

        _synced_zones = d.pop("syncedZones", UNSET)
        synced_zones: list[CodeStudioZone] | Unset = UNSET
        if _synced_zones is not UNSET:
            synced_zones = []
            for synced_zones_item_data in _synced_zones:
                synced_zones_item = CodeStudioZone.from_dict(synced_zones_item_data)

                synced_zones.append(synced_zones_item)

        _exposed = d.pop("exposed", UNSET)
        exposed: list[CodeStudioStatusExposedItem] | Unset = UNSET
        if _exposed is not UNSET:
            exposed = []
            for exposed_item_data in _exposed:
                exposed_item = CodeStudioStatusExposedItem.from_dict(exposed_item_data)

                exposed.append(exposed_item)

        code_studio_status = cls(
            state=state,
            last_state_change=last_state_change,
            synced_zones=synced_zones,
            exposed=exposed,
        )

        code_studio_status.additional_properties = d
        return code_studio_status

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
