from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginGitSource")


@_attrs_define
class PluginGitSource:
    """Where a plugin's Git repository is.

    Attributes:
        git_repository_url (str): URL of the Git remote.
        git_checkout (None | str | Unset): Branch, tag or commit to check out (`master` by default).
        git_subpath (None | str | Unset): Folder of the repository holding `plugin.json`.
    """

    git_repository_url: str
    git_checkout: None | str | Unset = UNSET
    git_subpath: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        git_repository_url = self.git_repository_url

        git_checkout: None | str | Unset
        if isinstance(self.git_checkout, Unset):
            git_checkout = UNSET
        else:
            git_checkout = self.git_checkout

        git_subpath: None | str | Unset
        if isinstance(self.git_subpath, Unset):
            git_subpath = UNSET
        else:
            git_subpath = self.git_subpath

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gitRepositoryUrl": git_repository_url,
            }
        )
        if git_checkout is not UNSET:
            field_dict["gitCheckout"] = git_checkout
        if git_subpath is not UNSET:
            field_dict["gitSubpath"] = git_subpath

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        git_repository_url = d.pop("gitRepositoryUrl")

        def _parse_git_checkout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        git_checkout = _parse_git_checkout(d.pop("gitCheckout", UNSET))

        def _parse_git_subpath(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        git_subpath = _parse_git_subpath(d.pop("gitSubpath", UNSET))

        plugin_git_source = cls(
            git_repository_url=git_repository_url,
            git_checkout=git_checkout,
            git_subpath=git_subpath,
        )

        plugin_git_source.additional_properties = d
        return plugin_git_source

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
