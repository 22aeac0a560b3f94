from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.code_studio import CodeStudio


T = TypeVar("T", bound="CreateCodeStudioResponse")


@_attrs_define
class CreateCodeStudioResponse:
    """The answer of `createCodeStudio`.

    Attributes:
        code_studio (CodeStudio): The definition of a code studio.
    """

    code_studio: CodeStudio
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_studio = self.code_studio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codeStudio": code_studio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_studio import CodeStudio

        d = dict(src_dict)
        code_studio = CodeStudio.from_dict(d.pop("codeStudio"))

        create_code_studio_response = cls(
            code_studio=code_studio,
        )

        create_code_studio_response.additional_properties = d
        return create_code_studio_response

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
