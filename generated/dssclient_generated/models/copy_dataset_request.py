from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.copy_dataset_request_write_mode import CopyDatasetRequestWriteMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyDatasetRequest")


@_attrs_define
class CopyDatasetRequest:
    """Where `copyDatasetData` copies the rows to.

    Attributes:
        target_project_key (str): Project of the target dataset.
        target_dataset_name (str): Name of the target dataset.
        sync_schema (bool | None | Unset): Give the target this dataset's schema first (true by default).
        write_mode (CopyDatasetRequestWriteMode | Unset): `OVERWRITE` (default): replace the target's rows; `APPEND`:
            add to them.
    """

    target_project_key: str
    target_dataset_name: str
    sync_schema: bool | None | Unset = UNSET
    write_mode: CopyDatasetRequestWriteMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_project_key = self.target_project_key

        target_dataset_name = self.target_dataset_name

        sync_schema: bool | None | Unset
        if isinstance(self.sync_schema, Unset):
            sync_schema = UNSET
        else:
            sync_schema = self.sync_schema

        write_mode: str | Unset = UNSET
        if not isinstance(self.write_mode, Unset):
            write_mode = self.write_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetProjectKey": target_project_key,
                "targetDatasetName": target_dataset_name,
            }
        )
        if sync_schema is not UNSET:
            field_dict["syncSchema"] = sync_schema
        if write_mode is not UNSET:
            field_dict["writeMode"] = write_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_project_key = d.pop("targetProjectKey")

        target_dataset_name = d.pop("targetDatasetName")

        def _parse_sync_schema(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sync_schema = _parse_sync_schema(d.pop("syncSchema", UNSET))

        _write_mode = d.pop("writeMode", UNSET)
        write_mode: CopyDatasetRequestWriteMode | Unset
        if isinstance(_write_mode, Unset):
            write_mode = UNSET
        else:
            write_mode = CopyDatasetRequestWriteMode(_write_mode)

        copy_dataset_request = cls(
            target_project_key=target_project_key,
            target_dataset_name=target_dataset_name,
            sync_schema=sync_schema,
            write_mode=write_mode,
        )

        copy_dataset_request.additional_properties = d
        return copy_dataset_request

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
