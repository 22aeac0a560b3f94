from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowZoneItem")


@_attrs_define
class FlowZoneItem:
    """A reference to an object of the flow (DSS's smart reference).

    Attributes:
        object_type (str): `DATASET`, `RECIPE`, `MANAGED_FOLDER`, `SAVED_MODEL`, `MODEL_EVALUATION_STORE`,
            `STREAMING_ENDPOINT`, `LABELING_TASK`, `RETRIEVABLE_KNOWLEDGE`.
        object_id (str): The object's identifier (a dataset's or recipe's name, a folder's id, ...).
        project_key (str | Unset): The object's project, when it is not the zone's.
    """

    object_type: str
    object_id: str
    project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        object_id = self.object_id

        project_key = self.project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectType": object_type,
                "objectId": object_id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_type = d.pop("objectType")

        object_id = d.pop("objectId")

        project_key = d.pop("projectKey", UNSET)

        flow_zone_item = cls(
            object_type=object_type,
            object_id=object_id,
            project_key=project_key,
        )

        flow_zone_item.additional_properties = d
        return flow_zone_item

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
