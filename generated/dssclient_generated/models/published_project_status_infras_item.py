from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublishedProjectStatusInfrasItem")


@_attrs_define
class PublishedProjectStatusInfrasItem:
    """An infrastructure.

    Attributes:
        id (None | str | Unset): Identifier of the infrastructure.
        stage (None | str | Unset): Its stage.
        govern_check_policy (None | str | Unset): `PREVENT`, `WARN` or `NO_CHECK`.
    """

    id: None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    govern_check_policy: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        govern_check_policy: None | str | Unset
        if isinstance(self.govern_check_policy, Unset):
            govern_check_policy = UNSET
        else:
            govern_check_policy = self.govern_check_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if stage is not UNSET:
            field_dict["stage"] = stage
        if govern_check_policy is not UNSET:
            field_dict["governCheckPolicy"] = govern_check_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        def _parse_govern_check_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        govern_check_policy = _parse_govern_check_policy(
            d.pop("governCheckPolicy", UNSET)
        )

        published_project_status_infras_item = cls(
            id=id,
            stage=stage,
            govern_check_policy=govern_check_policy,
        )

        published_project_status_infras_item.additional_properties = d
        return published_project_status_infras_item

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
