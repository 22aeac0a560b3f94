from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.managed_dataset_creation_settings import (
        ManagedDatasetCreationSettings,
    )


T = TypeVar("T", bound="CreateManagedDatasetBody")


@_attrs_define
class CreateManagedDatasetBody:
    """What `createManagedDataset` needs.

    Attributes:
        name (str): Name of the new dataset (letters, digits and underscores).
        creation_settings (ManagedDatasetCreationSettings): Where and how a managed dataset stores its data.
    """

    name: str
    creation_settings: ManagedDatasetCreationSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        creation_settings = self.creation_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "creationSettings": creation_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.managed_dataset_creation_settings import (
            ManagedDatasetCreationSettings,
        )

        d = dict(src_dict)
        name = d.pop("name")

        creation_settings = ManagedDatasetCreationSettings.from_dict(
            d.pop("creationSettings")
        )

        create_managed_dataset_body = cls(
            name=name,
            creation_settings=creation_settings,
        )

        create_managed_dataset_body.additional_properties = d
        return create_managed_dataset_body

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
