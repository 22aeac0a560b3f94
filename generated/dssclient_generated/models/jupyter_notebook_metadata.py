from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jupyter_kernel_spec import JupyterKernelSpec
    from ..models.jupyter_notebook_metadata_language_info import (
        JupyterNotebookMetadataLanguageInfo,
    )


T = TypeVar("T", bound="JupyterNotebookMetadata")


@_attrs_define
class JupyterNotebookMetadata:
    """The notebook's metadata.

    Attributes:
        kernelspec (JupyterKernelSpec | Unset): Jupyter's identification of a kernel.
        language_info (JupyterNotebookMetadataLanguageInfo | Unset): Information on the language of the notebook
            (Jupyter's).
        creator (str | Unset): Login of who created the notebook.
        created_on (int | Unset): When it was created, in milliseconds since the Unix epoch.
        modified_by (str | Unset): Login of its last modifier.
        tags (list[str] | Unset): Tags of the notebook.
    """

    kernelspec: JupyterKernelSpec | Unset = UNSET
    language_info: JupyterNotebookMetadataLanguageInfo | Unset = UNSET
    creator: str | Unset = UNSET
    created_on: int | Unset = UNSET
    modified_by: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kernelspec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kernelspec, Unset):
            kernelspec = self.kernelspec.to_dict()

        language_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language_info, Unset):
            language_info = self.language_info.to_dict()

        creator = self.creator

        created_on = self.created_on

        modified_by = self.modified_by

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kernelspec is not UNSET:
            field_dict["kernelspec"] = kernelspec
        if language_info is not UNSET:
            field_dict["language_info"] = language_info
        if creator is not UNSET:
            field_dict["creator"] = creator
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_by is not UNSET:
            field_dict["modifiedBy"] = modified_by
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jupyter_kernel_spec import JupyterKernelSpec
        from ..models.jupyter_notebook_metadata_language_info import (
            JupyterNotebookMetadataLanguageInfo,
        )

        d = dict(src_dict)
        _kernelspec = d.pop("kernelspec", UNSET)
        kernelspec: JupyterKernelSpec | Unset
        if isinstance(_kernelspec, Unset):
            kernelspec = UNSET
        else:
            kernelspec = JupyterKernelSpec.from_dict(_kernelspec)

        _language_info = d.pop("language_info", UNSET)
        language_info: JupyterNotebookMetadataLanguageInfo | Unset
        if isinstance(_language_info, Unset):
            language_info = UNSET
        else:
            language_info = JupyterNotebookMetadataLanguageInfo.from_dict(
                _language_info
            )

        creator = d.pop("creator", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_by = d.pop("modifiedBy", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        jupyter_notebook_metadata = cls(
            kernelspec=kernelspec,
            language_info=language_info,
            creator=creator,
            created_on=created_on,
            modified_by=modified_by,
            tags=tags,
        )

        jupyter_notebook_metadata.additional_properties = d
        return jupyter_notebook_metadata

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
