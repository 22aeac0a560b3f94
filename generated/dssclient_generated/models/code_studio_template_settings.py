from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_studio_template_settings_params_type_0 import (
        CodeStudioTemplateSettingsParamsType0,
    )


T = TypeVar("T", bound="CodeStudioTemplateSettings")


@_attrs_define
class CodeStudioTemplateSettings:
    """The settings of a code studio template.

    Attributes:
        id (None | str | Unset): Identifier of the template.
        label (None | str | Unset): Display label.
        type_ (None | str | Unset): Type of template.
        description (None | str | Unset): Description of the template, shown to users choosing one.
        params (CodeStudioTemplateSettingsParamsType0 | None | Unset): Type-specific settings (blocks, ports, ...).
        all_container_confs (bool | None | Unset): Whether an image is built for every container configuration.
        container_confs (list[str] | None | Unset): Container configurations an image is built for, when
            `allContainerConfs` is false.
    """

    id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    params: CodeStudioTemplateSettingsParamsType0 | None | Unset = UNSET
    all_container_confs: bool | None | Unset = UNSET
    container_confs: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_studio_template_settings_params_type_0 import (
            CodeStudioTemplateSettingsParamsType0,
        )

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, CodeStudioTemplateSettingsParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        all_container_confs: bool | None | Unset
        if isinstance(self.all_container_confs, Unset):
            all_container_confs = UNSET
        else:
            all_container_confs = self.all_container_confs

        container_confs: list[str] | None | Unset
        if isinstance(self.container_confs, Unset):
            container_confs = UNSET
        elif isinstance(self.container_confs, list):
            container_confs = self.container_confs

        else:
            container_confs = self.container_confs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if params is not UNSET:
            field_dict["params"] = params
        if all_container_confs is not UNSET:
            field_dict["allContainerConfs"] = all_container_confs
        if container_confs is not UNSET:
            field_dict["containerConfs"] = container_confs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_studio_template_settings_params_type_0 import (
            CodeStudioTemplateSettingsParamsType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_params(
            data: object,
        ) -> CodeStudioTemplateSettingsParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = CodeStudioTemplateSettingsParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeStudioTemplateSettingsParamsType0 | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_all_container_confs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        all_container_confs = _parse_all_container_confs(
            d.pop("allContainerConfs", UNSET)
        )

        def _parse_container_confs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                container_confs_type_0 = cast(list[str], data)

                return container_confs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        container_confs = _parse_container_confs(d.pop("containerConfs", UNSET))

        code_studio_template_settings = cls(
            id=id,
            label=label,
            type_=type_,
            description=description,
            params=params,
            all_container_confs=all_container_confs,
            container_confs=container_confs,
        )

        code_studio_template_settings.additional_properties = d
        return code_studio_template_settings

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
