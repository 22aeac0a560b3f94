from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_studio_list_item_desc import CodeStudioListItemDesc


T = TypeVar("T", bound="CodeStudioListItem")


@_attrs_define
class CodeStudioListItem:
    """A code studio as `listCodeStudios` answers it.

    Attributes:
        id (str): Identifier of the code studio.
        project_key (str | Unset): Key of the project.
        name (str | Unset): Display name.
        owner (str | Unset): Login of the owner.
        template_id (str | Unset): Identifier of the template.
        desc (CodeStudioListItemDesc | Unset): Description of the template (absent when the template is gone).
    """

    id: str
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: str | Unset = UNSET
    template_id: str | Unset = UNSET
    desc: CodeStudioListItemDesc | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        name = self.name

        owner = self.owner

        template_id = self.template_id

        desc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.desc, Unset):
            desc = self.desc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if desc is not UNSET:
            field_dict["desc"] = desc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_studio_list_item_desc import CodeStudioListItemDesc

        d = dict(src_dict)
        id = d.pop("id")

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        owner = d.pop("owner", UNSET)

        template_id = d.pop("templateId", UNSET)

        _desc = d.pop("desc", UNSET)
        desc: CodeStudioListItemDesc | Unset
        if isinstance(_desc, Unset):
            desc = UNSET
        else:
            desc = CodeStudioListItemDesc.from_dict(_desc)

        code_studio_list_item = cls(
            id=id,
            project_key=project_key,
            name=name,
            owner=owner,
            template_id=template_id,
            desc=desc,
        )

        code_studio_list_item.additional_properties = d
        return code_studio_list_item

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
