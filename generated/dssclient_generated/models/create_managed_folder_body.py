from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_folder_params import ManagedFolderParams


T = TypeVar("T", bound="CreateManagedFolderBody")


@_attrs_define
class CreateManagedFolderBody:
    """The managed folder to create.

    Attributes:
        name (str): Name of the folder, unique in the project, not blank.
        project_key (None | str | Unset): Key of the project (the path's).
        type_ (None | str | Unset): Kind of storage; the connection's type when null.
        params (ManagedFolderParams | None | Unset): Where the folder's files go (`connection`, `path`).
    """

    name: str
    project_key: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    params: ManagedFolderParams | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.managed_folder_params import ManagedFolderParams

        name = self.name

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ManagedFolderParams):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.managed_folder_params import ManagedFolderParams

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_params(data: object) -> ManagedFolderParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ManagedFolderParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagedFolderParams | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        create_managed_folder_body = cls(
            name=name,
            project_key=project_key,
            type_=type_,
            params=params,
        )

        create_managed_folder_body.additional_properties = d
        return create_managed_folder_body

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
