from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.copy_managed_folder_body_write_mode import CopyManagedFolderBodyWriteMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyManagedFolderBody")


@_attrs_define
class CopyManagedFolderBody:
    """Where `copyManagedFolder` copies the files to.

    Attributes:
        target_project_key (str): Project of the target folder.
        target_folder_id (str): Identifier of the target folder.
        write_mode (CopyManagedFolderBodyWriteMode | Unset): `OVERWRITE` (default): empty the target first; `APPEND`:
            keep its other files.
    """

    target_project_key: str
    target_folder_id: str
    write_mode: CopyManagedFolderBodyWriteMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_project_key = self.target_project_key

        target_folder_id = self.target_folder_id

        write_mode: str | Unset = UNSET
        if not isinstance(self.write_mode, Unset):
            write_mode = self.write_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetProjectKey": target_project_key,
                "targetFolderId": target_folder_id,
            }
        )
        if write_mode is not UNSET:
            field_dict["writeMode"] = write_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_project_key = d.pop("targetProjectKey")

        target_folder_id = d.pop("targetFolderId")

        _write_mode = d.pop("writeMode", UNSET)
        write_mode: CopyManagedFolderBodyWriteMode | Unset
        if isinstance(_write_mode, Unset):
            write_mode = UNSET
        else:
            write_mode = CopyManagedFolderBodyWriteMode(_write_mode)

        copy_managed_folder_body = cls(
            target_project_key=target_project_key,
            target_folder_id=target_folder_id,
            write_mode=write_mode,
        )

        copy_managed_folder_body.additional_properties = d
        return copy_managed_folder_body

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
