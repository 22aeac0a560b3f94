from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_macro_body_admin_params import RunMacroBodyAdminParams
    from ..models.run_macro_body_params import RunMacroBodyParams


T = TypeVar("T", bound="RunMacroBody")


@_attrs_define
class RunMacroBody:
    """The parameters of a run.

    Attributes:
        params (RunMacroBodyParams | Unset): Values of the macro's parameters, by name (the macro's `params` say which).
        admin_params (RunMacroBodyAdminParams | Unset): Values of its admin parameters, by name (ignored for callers who
            are not administrators).
    """

    params: RunMacroBodyParams | Unset = UNSET
    admin_params: RunMacroBodyAdminParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        admin_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.admin_params, Unset):
            admin_params = self.admin_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if params is not UNSET:
            field_dict["params"] = params
        if admin_params is not UNSET:
            field_dict["adminParams"] = admin_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_macro_body_admin_params import RunMacroBodyAdminParams
        from ..models.run_macro_body_params import RunMacroBodyParams

        d = dict(src_dict)
        _params = d.pop("params", UNSET)
        params: RunMacroBodyParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = RunMacroBodyParams.from_dict(_params)

        _admin_params = d.pop("adminParams", UNSET)
        admin_params: RunMacroBodyAdminParams | Unset
        if isinstance(_admin_params, Unset):
            admin_params = UNSET
        else:
            admin_params = RunMacroBodyAdminParams.from_dict(_admin_params)

        run_macro_body = cls(
            params=params,
            admin_params=admin_params,
        )

        run_macro_body.additional_properties = d
        return run_macro_body

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
