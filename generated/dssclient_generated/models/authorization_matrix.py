from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorization_matrix_per_group import AuthorizationMatrixPerGroup
    from ..models.authorization_matrix_per_user import AuthorizationMatrixPerUser


T = TypeVar("T", bound="AuthorizationMatrix")


@_attrs_define
class AuthorizationMatrix:
    """What users and groups may do, instance-wide and per project.

    Attributes:
        per_user (AuthorizationMatrixPerUser | Unset): What each user may do.
        per_group (AuthorizationMatrixPerGroup | Unset): What each group grants.
    """

    per_user: AuthorizationMatrixPerUser | Unset = UNSET
    per_group: AuthorizationMatrixPerGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_user, Unset):
            per_user = self.per_user.to_dict()

        per_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_group, Unset):
            per_group = self.per_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_user is not UNSET:
            field_dict["perUser"] = per_user
        if per_group is not UNSET:
            field_dict["perGroup"] = per_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.authorization_matrix_per_group import AuthorizationMatrixPerGroup
        from ..models.authorization_matrix_per_user import AuthorizationMatrixPerUser

        d = dict(src_dict)
        _per_user = d.pop("perUser", UNSET)
        per_user: AuthorizationMatrixPerUser | Unset
        if isinstance(_per_user, Unset):
            per_user = UNSET
        else:
            per_user = AuthorizationMatrixPerUser.from_dict(_per_user)

        _per_group = d.pop("perGroup", UNSET)
        per_group: AuthorizationMatrixPerGroup | Unset
        if isinstance(_per_group, Unset):
            per_group = UNSET
        else:
            per_group = AuthorizationMatrixPerGroup.from_dict(_per_group)

        authorization_matrix = cls(
            per_user=per_user,
            per_group=per_group,
        )

        authorization_matrix.additional_properties = d
        return authorization_matrix

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
