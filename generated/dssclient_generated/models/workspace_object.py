from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_object_html_link_type_0 import WorkspaceObjectHtmlLinkType0
    from ..models.workspace_object_reference_type_0 import WorkspaceObjectReferenceType0


T = TypeVar("T", bound="WorkspaceObject")


@_attrs_define
class WorkspaceObject:
    """An object a workspace shows.

    Attributes:
        id (None | str | Unset): Identifier of the object within the workspace.
        reference (None | Unset | WorkspaceObjectReferenceType0): A project's object (`projectKey`, `type` DATASET,
            ARTICLE or DASHBOARD, `id`).
        app_id (None | str | Unset): An app.
        html_link (None | Unset | WorkspaceObjectHtmlLinkType0): A link (`name`, `url`, `description`).
    """

    id: None | str | Unset = UNSET
    reference: None | Unset | WorkspaceObjectReferenceType0 = UNSET
    app_id: None | str | Unset = UNSET
    html_link: None | Unset | WorkspaceObjectHtmlLinkType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_object_html_link_type_0 import (
            WorkspaceObjectHtmlLinkType0,
        )
        from ..models.workspace_object_reference_type_0 import (
            WorkspaceObjectReferenceType0,
        )

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reference: dict[str, Any] | None | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        elif isinstance(self.reference, WorkspaceObjectReferenceType0):
            reference = self.reference.to_dict()
        else:
            reference = self.reference

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        html_link: dict[str, Any] | None | Unset
        if isinstance(self.html_link, Unset):
            html_link = UNSET
        elif isinstance(self.html_link, WorkspaceObjectHtmlLinkType0):
            html_link = self.html_link.to_dict()
        else:
            html_link = self.html_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if html_link is not UNSET:
            field_dict["htmlLink"] = html_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_object_html_link_type_0 import (
            WorkspaceObjectHtmlLinkType0,
        )
        from ..models.workspace_object_reference_type_0 import (
            WorkspaceObjectReferenceType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_reference(
            data: object,
        ) -> None | Unset | WorkspaceObjectReferenceType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reference_type_0 = WorkspaceObjectReferenceType0.from_dict(data)

                return reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkspaceObjectReferenceType0, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("appId", UNSET))

        def _parse_html_link(
            data: object,
        ) -> None | Unset | WorkspaceObjectHtmlLinkType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                html_link_type_0 = WorkspaceObjectHtmlLinkType0.from_dict(data)

                return html_link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkspaceObjectHtmlLinkType0, data)

        html_link = _parse_html_link(d.pop("htmlLink", UNSET))

        workspace_object = cls(
            id=id,
            reference=reference,
            app_id=app_id,
            html_link=html_link,
        )

        workspace_object.additional_properties = d
        return workspace_object

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
