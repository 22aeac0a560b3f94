from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_tag_last_modified_by import UserTagLastModifiedBy


T = TypeVar("T", bound="UserTag")


@_attrs_define
class UserTag:
    """Who did something to an object, and when.

    Attributes:
        last_modified_by (UserTagLastModifiedBy | Unset): The user who made the change.
        last_modified_on (int | Unset): When the change was made, in milliseconds since the Unix epoch.
        version_number (int | None | Unset): How many times the object was changed before.
    """

    last_modified_by: UserTagLastModifiedBy | Unset = UNSET
    last_modified_on: int | Unset = UNSET
    version_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_modified_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_modified_by, Unset):
            last_modified_by = self.last_modified_by.to_dict()

        last_modified_on = self.last_modified_on

        version_number: int | None | Unset
        if isinstance(self.version_number, Unset):
            version_number = UNSET
        else:
            version_number = self.version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if last_modified_on is not UNSET:
            field_dict["lastModifiedOn"] = last_modified_on
        if version_number is not UNSET:
            field_dict["versionNumber"] = version_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_tag_last_modified_by import UserTagLastModifiedBy

        d = dict(src_dict)
        _last_modified_by = d.pop("lastModifiedBy", UNSET)
        last_modified_by: UserTagLastModifiedBy | Unset
        if isinstance(_last_modified_by, Unset):
            last_modified_by = UNSET
        else:
            last_modified_by = UserTagLastModifiedBy.from_dict(_last_modified_by)

        last_modified_on = d.pop("lastModifiedOn", UNSET)

        def _parse_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version_number = _parse_version_number(d.pop("versionNumber", UNSET))

        user_tag = cls(
            last_modified_by=last_modified_by,
            last_modified_on=last_modified_on,
            version_number=version_number,
        )

        user_tag.additional_properties = d
        return user_tag

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
