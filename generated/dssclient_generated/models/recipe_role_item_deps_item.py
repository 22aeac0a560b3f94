from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeRoleItemDepsItem")


@_attrs_define
class RecipeRoleItemDepsItem:
    """One partition dependency (`func`, `odim`, `idim`, `values`, ...) (unverified).

    Attributes:
        func (None | str | Unset): Kind of dependency (`equals`, `time_range`, `values`, `all_available`, ...).
        odim (None | str | Unset): The output's dimension.
        idim (None | str | Unset): The input's dimension.
    """

    func: None | str | Unset = UNSET
    odim: None | str | Unset = UNSET
    idim: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        func: None | str | Unset
        if isinstance(self.func, Unset):
            func = UNSET
        else:
            func = self.func

        odim: None | str | Unset
        if isinstance(self.odim, Unset):
            odim = UNSET
        else:
            odim = self.odim

        idim: None | str | Unset
        if isinstance(self.idim, Unset):
            idim = UNSET
        else:
            idim = self.idim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if func is not UNSET:
            field_dict["func"] = func
        if odim is not UNSET:
            field_dict["odim"] = odim
        if idim is not UNSET:
            field_dict["idim"] = idim

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_func(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        func = _parse_func(d.pop("func", UNSET))

        def _parse_odim(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        odim = _parse_odim(d.pop("odim", UNSET))

        def _parse_idim(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idim = _parse_idim(d.pop("idim", UNSET))

        recipe_role_item_deps_item = cls(
            func=func,
            odim=odim,
            idim=idim,
        )

        recipe_role_item_deps_item.additional_properties = d
        return recipe_role_item_deps_item

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
