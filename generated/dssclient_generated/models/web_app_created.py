from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAppCreated")


@_attrs_define
class WebAppCreated:
    """The webapp created.

    Attributes:
        web_app_id (str): Identifier DSS chose for the webapp.
        project_key (str | Unset): Project of the webapp.
        name (str | Unset): Name of the webapp (unverified).
    """

    web_app_id: str
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_app_id = self.web_app_id

        project_key = self.project_key

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webAppId": web_app_id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        web_app_id = d.pop("webAppId")

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        web_app_created = cls(
            web_app_id=web_app_id,
            project_key=project_key,
            name=name,
        )

        web_app_created.additional_properties = d
        return web_app_created

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
