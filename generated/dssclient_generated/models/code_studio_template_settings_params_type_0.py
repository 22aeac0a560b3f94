from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_studio_template_settings_params_type_0_blocks_type_0_item import (
        CodeStudioTemplateSettingsParamsType0BlocksType0Item,
    )


T = TypeVar("T", bound="CodeStudioTemplateSettingsParamsType0")


@_attrs_define
class CodeStudioTemplateSettingsParamsType0:
    """Type-specific settings (blocks, ports, ...).

    Attributes:
        blocks (list[CodeStudioTemplateSettingsParamsType0BlocksType0Item] | None | Unset): The blocks of a
            `block_based` template, each a `type` (`vs_code`, `jupyterlab`, `add_codenv`, ...) and its `params`.
        base_image_type (None | str | Unset): The base image (`DEFAULT`, ...).
        dockerfile (None | str | Unset): The Dockerfile of a `manual` template.
        port (int | None | Unset): The port the `manual` template's server listens on.
    """

    blocks: (
        list[CodeStudioTemplateSettingsParamsType0BlocksType0Item] | None | Unset
    ) = UNSET
    base_image_type: None | str | Unset = UNSET
    dockerfile: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.blocks, Unset):
            blocks = UNSET
        elif isinstance(self.blocks, list):
            blocks = []
            for blocks_type_0_item_data in self.blocks:
                blocks_type_0_item = blocks_type_0_item_data.to_dict()
                blocks.append(blocks_type_0_item)

        else:
            blocks = self.blocks

        base_image_type: None | str | Unset
        if isinstance(self.base_image_type, Unset):
            base_image_type = UNSET
        else:
            base_image_type = self.base_image_type

        dockerfile: None | str | Unset
        if isinstance(self.dockerfile, Unset):
            dockerfile = UNSET
        else:
            dockerfile = self.dockerfile

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if base_image_type is not UNSET:
            field_dict["baseImageType"] = base_image_type
        if dockerfile is not UNSET:
            field_dict["dockerfile"] = dockerfile
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_studio_template_settings_params_type_0_blocks_type_0_item import (
            CodeStudioTemplateSettingsParamsType0BlocksType0Item,
        )

        d = dict(src_dict)

        def _parse_blocks(
            data: object,
        ) -> list[CodeStudioTemplateSettingsParamsType0BlocksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocks_type_0 = []
                _blocks_type_0 = data
                for blocks_type_0_item_data in _blocks_type_0:
                    blocks_type_0_item = (
                        CodeStudioTemplateSettingsParamsType0BlocksType0Item.from_dict(
                            blocks_type_0_item_data
                        )
                    )

                    blocks_type_0.append(blocks_type_0_item)

                return blocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CodeStudioTemplateSettingsParamsType0BlocksType0Item]
                | None
                | Unset,
                data,
            )

        blocks = _parse_blocks(d.pop("blocks", UNSET))

        def _parse_base_image_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_image_type = _parse_base_image_type(d.pop("baseImageType", UNSET))

        def _parse_dockerfile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dockerfile = _parse_dockerfile(d.pop("dockerfile", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        code_studio_template_settings_params_type_0 = cls(
            blocks=blocks,
            base_image_type=base_image_type,
            dockerfile=dockerfile,
            port=port,
        )

        code_studio_template_settings_params_type_0.additional_properties = d
        return code_studio_template_settings_params_type_0

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
