from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jupyter_kernel_spec import JupyterKernelSpec


T = TypeVar("T", bound="JupyterNotebookListItem")


@_attrs_define
class JupyterNotebookListItem:
    """A Jupyter notebook as listed.

    Attributes:
        project_key (str): Project of the notebook.
        name (str): Name of the notebook, its identifier.
        language (str | Unset): Language of the notebook: `python`, `R` or `toree` (Scala).
        kernel_spec (JupyterKernelSpec | Unset): Jupyter's identification of a kernel.
        tags (list[str] | Unset): Tags of the notebook.
    """

    project_key: str
    name: str
    language: str | Unset = UNSET
    kernel_spec: JupyterKernelSpec | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        name = self.name

        language = self.language

        kernel_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kernel_spec, Unset):
            kernel_spec = self.kernel_spec.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "name": name,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if kernel_spec is not UNSET:
            field_dict["kernelSpec"] = kernel_spec
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jupyter_kernel_spec import JupyterKernelSpec

        d = dict(src_dict)
        project_key = d.pop("projectKey")

        name = d.pop("name")

        language = d.pop("language", UNSET)

        _kernel_spec = d.pop("kernelSpec", UNSET)
        kernel_spec: JupyterKernelSpec | Unset
        if isinstance(_kernel_spec, Unset):
            kernel_spec = UNSET
        else:
            kernel_spec = JupyterKernelSpec.from_dict(_kernel_spec)

        tags = cast(list[str], d.pop("tags", UNSET))

        jupyter_notebook_list_item = cls(
            project_key=project_key,
            name=name,
            language=language,
            kernel_spec=kernel_spec,
            tags=tags,
        )

        jupyter_notebook_list_item.additional_properties = d
        return jupyter_notebook_list_item

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
