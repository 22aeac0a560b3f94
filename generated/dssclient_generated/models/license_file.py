from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.license_file_content_type_0 import LicenseFileContentType0


T = TypeVar("T", bound="LicenseFile")


@_attrs_define
class LicenseFile:
    """The content of a licence file, as Dataiku issues it.

    Attributes:
        content (LicenseFileContentType0 | None | Unset): What the licence grants (`licensee`, `expiresOn`,
            `profileLimits`, ...).
        signature (None | str | Unset): Dataiku's signature of `content`.
    """

    content: LicenseFileContentType0 | None | Unset = UNSET
    signature: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.license_file_content_type_0 import LicenseFileContentType0

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, LicenseFileContentType0):
            content = self.content.to_dict()
        else:
            content = self.content

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.license_file_content_type_0 import LicenseFileContentType0

        d = dict(src_dict)

        def _parse_content(data: object) -> LicenseFileContentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = LicenseFileContentType0.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LicenseFileContentType0 | None | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature = _parse_signature(d.pop("signature", UNSET))

        license_file = cls(
            content=content,
            signature=signature,
        )

        license_file.additional_properties = d
        return license_file

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
