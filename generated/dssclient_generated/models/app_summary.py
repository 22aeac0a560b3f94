from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppSummary")


@_attrs_define
class AppSummary:
    """An app, as listed.

    Attributes:
        app_id (str): Identifier of the app.
        label (str | Unset): Display label.
        description (str | Unset): Description.
        project_key (str | Unset): The app's template project.
        tags (list[str] | Unset): Tags.
    """

    app_id: str
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    project_key: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        label = self.label

        description = self.description

        project_key = self.project_key

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        project_key = d.pop("projectKey", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        app_summary = cls(
            app_id=app_id,
            label=label,
            description=description,
            project_key=project_key,
            tags=tags,
        )

        app_summary.additional_properties = d
        return app_summary

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
