from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JupyterNotebookMetadataLanguageInfo")


@_attrs_define
class JupyterNotebookMetadataLanguageInfo:
    """Information on the language of the notebook (Jupyter's).

    Attributes:
        name (str | Unset): Name of the language.
        version (str | Unset): Version of the language.
        mimetype (str | Unset): MIME type of the notebook's code.
        file_extension (str | Unset): Extension of the language's files.
    """

    name: str | Unset = UNSET
    version: str | Unset = UNSET
    mimetype: str | Unset = UNSET
    file_extension: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        mimetype = self.mimetype

        file_extension = self.file_extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype
        if file_extension is not UNSET:
            field_dict["file_extension"] = file_extension

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        mimetype = d.pop("mimetype", UNSET)

        file_extension = d.pop("file_extension", UNSET)

        jupyter_notebook_metadata_language_info = cls(
            name=name,
            version=version,
            mimetype=mimetype,
            file_extension=file_extension,
        )

        jupyter_notebook_metadata_language_info.additional_properties = d
        return jupyter_notebook_metadata_language_info

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
