from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="CodeStudioTemplateSettingsParamsType0BlocksType0ItemParamsType0"
)


@_attrs_define
class CodeStudioTemplateSettingsParamsType0BlocksType0ItemParamsType0:
    """The block's settings (`port`, `extensions`, `codeEnvMode`, ...).

    Attributes:
        port (int | None | Unset): The port the block's server listens on.
        extensions (list[str] | None | Unset): Extensions to install, for `vs_code`.
        code_env_mode (None | str | Unset): Which code env a block `add_codenv` adds (`PROJECT_DEFAULT`, `EXPLICIT`,
            ...).
    """

    port: int | None | Unset = UNSET
    extensions: list[str] | None | Unset = UNSET
    code_env_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        extensions: list[str] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, list):
            extensions = self.extensions

        else:
            extensions = self.extensions

        code_env_mode: None | str | Unset
        if isinstance(self.code_env_mode, Unset):
            code_env_mode = UNSET
        else:
            code_env_mode = self.code_env_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if port is not UNSET:
            field_dict["port"] = port
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if code_env_mode is not UNSET:
            field_dict["codeEnvMode"] = code_env_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_extensions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extensions_type_0 = cast(list[str], data)

                return extensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        extensions = _parse_extensions(d.pop("extensions", UNSET))

        def _parse_code_env_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_env_mode = _parse_code_env_mode(d.pop("codeEnvMode", UNSET))

        code_studio_template_settings_params_type_0_blocks_type_0_item_params_type_0 = (
            cls(
                port=port,
                extensions=extensions,
                code_env_mode=code_env_mode,
            )
        )

        code_studio_template_settings_params_type_0_blocks_type_0_item_params_type_0.additional_properties = d
        return (
            code_studio_template_settings_params_type_0_blocks_type_0_item_params_type_0
        )

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
