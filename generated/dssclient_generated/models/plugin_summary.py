from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_summary_meta import PluginSummaryMeta


T = TypeVar("T", bound="PluginSummary")


@_attrs_define
class PluginSummary:
    """An installed plugin.

    Attributes:
        id (str): Identifier of the plugin.
        version (str | Unset): Its version.
        is_dev (bool | Unset): Whether it is a development plugin (editable on the instance).
        installed_from (str | Unset): Where it came from (`ZIP`, `STORE`, `GIT`).
        meta (PluginSummaryMeta | Unset): Its `meta` (`label`, `description`, `icon`, ...).
        code_env_name (str | Unset): Its code environment, once created.
    """

    id: str
    version: str | Unset = UNSET
    is_dev: bool | Unset = UNSET
    installed_from: str | Unset = UNSET
    meta: PluginSummaryMeta | Unset = UNSET
    code_env_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        is_dev = self.is_dev

        installed_from = self.installed_from

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        code_env_name = self.code_env_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if is_dev is not UNSET:
            field_dict["isDev"] = is_dev
        if installed_from is not UNSET:
            field_dict["installedFrom"] = installed_from
        if meta is not UNSET:
            field_dict["meta"] = meta
        if code_env_name is not UNSET:
            field_dict["codeEnvName"] = code_env_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_summary_meta import PluginSummaryMeta

        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version", UNSET)

        is_dev = d.pop("isDev", UNSET)

        installed_from = d.pop("installedFrom", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: PluginSummaryMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PluginSummaryMeta.from_dict(_meta)

        code_env_name = d.pop("codeEnvName", UNSET)

        plugin_summary = cls(
            id=id,
            version=version,
            is_dev=is_dev,
            installed_from=installed_from,
            meta=meta,
            code_env_name=code_env_name,
        )

        plugin_summary.additional_properties = d
        return plugin_summary

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
