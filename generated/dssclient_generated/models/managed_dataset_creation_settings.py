from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_dataset_creation_settings_specific_settings_type_0 import (
        ManagedDatasetCreationSettingsSpecificSettingsType0,
    )


T = TypeVar("T", bound="ManagedDatasetCreationSettings")


@_attrs_define
class ManagedDatasetCreationSettings:
    """Where and how a managed dataset stores its data.

    Attributes:
        connection_id (None | str | Unset): Connection to store the data into (`filesystem_managed` when absent).
        type_option_id (None | str | Unset): Dataset type, for connections that allow several (`SCP` or `SFTP` on an SSH
            connection).
        partitioning_option_id (None | str | Unset): `copy:dataset:<name>` (or `copy:folder:<id>`) to take the
            partitioning of that object; not partitioned when absent.
        specific_settings (ManagedDatasetCreationSettingsSpecificSettingsType0 | None | Unset): Type-specific settings.
    """

    connection_id: None | str | Unset = UNSET
    type_option_id: None | str | Unset = UNSET
    partitioning_option_id: None | str | Unset = UNSET
    specific_settings: (
        ManagedDatasetCreationSettingsSpecificSettingsType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.managed_dataset_creation_settings_specific_settings_type_0 import (
            ManagedDatasetCreationSettingsSpecificSettingsType0,
        )

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        type_option_id: None | str | Unset
        if isinstance(self.type_option_id, Unset):
            type_option_id = UNSET
        else:
            type_option_id = self.type_option_id

        partitioning_option_id: None | str | Unset
        if isinstance(self.partitioning_option_id, Unset):
            partitioning_option_id = UNSET
        else:
            partitioning_option_id = self.partitioning_option_id

        specific_settings: dict[str, Any] | None | Unset
        if isinstance(self.specific_settings, Unset):
            specific_settings = UNSET
        elif isinstance(
            self.specific_settings, ManagedDatasetCreationSettingsSpecificSettingsType0
        ):
            specific_settings = self.specific_settings.to_dict()
        else:
            specific_settings = self.specific_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if type_option_id is not UNSET:
            field_dict["typeOptionId"] = type_option_id
        if partitioning_option_id is not UNSET:
            field_dict["partitioningOptionId"] = partitioning_option_id
        if specific_settings is not UNSET:
            field_dict["specificSettings"] = specific_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.managed_dataset_creation_settings_specific_settings_type_0 import (
            ManagedDatasetCreationSettingsSpecificSettingsType0,
        )

        d = dict(src_dict)

        def _parse_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_id = _parse_connection_id(d.pop("connectionId", UNSET))

        def _parse_type_option_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_option_id = _parse_type_option_id(d.pop("typeOptionId", UNSET))

        def _parse_partitioning_option_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partitioning_option_id = _parse_partitioning_option_id(
            d.pop("partitioningOptionId", UNSET)
        )

        def _parse_specific_settings(
            data: object,
        ) -> ManagedDatasetCreationSettingsSpecificSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                specific_settings_type_0 = (
                    ManagedDatasetCreationSettingsSpecificSettingsType0.from_dict(data)
                )

                return specific_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ManagedDatasetCreationSettingsSpecificSettingsType0 | None | Unset, data
            )

        specific_settings = _parse_specific_settings(d.pop("specificSettings", UNSET))

        managed_dataset_creation_settings = cls(
            connection_id=connection_id,
            type_option_id=type_option_id,
            partitioning_option_id=partitioning_option_id,
            specific_settings=specific_settings,
        )

        managed_dataset_creation_settings.additional_properties = d
        return managed_dataset_creation_settings

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
