from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.macro_meta import MacroMeta
    from ..models.macro_param import MacroParam


T = TypeVar("T", bound="MacroDefinition")


@_attrs_define
class MacroDefinition:
    """A macro's definition, mirroring its `runnable.json`.

    Attributes:
        runnable_type (str): Identifier of the macro.
        owner_plugin_id (str | Unset): Plugin the macro comes from.
        meta (MacroMeta | Unset): How the macro presents itself.
        result_type (str | Unset): Form of the result: `NONE`, `HTML`, `FOLDER_FILE`, `FILE`, `RESULT_TABLE`,
            `JSON_OBJECT`, `URL`.
        result_label (str | Unset): Label of the result in the UI.
        params (list[MacroParam] | Unset): The parameters a run takes.
        admin_params (list[MacroParam] | Unset): Parameters only administrators give (empty for other callers).
        impersonate (bool | Unset): Whether the macro runs as the caller.
        requires_global_admin (bool | Unset): Whether only administrators may run it (unverified).
    """

    runnable_type: str
    owner_plugin_id: str | Unset = UNSET
    meta: MacroMeta | Unset = UNSET
    result_type: str | Unset = UNSET
    result_label: str | Unset = UNSET
    params: list[MacroParam] | Unset = UNSET
    admin_params: list[MacroParam] | Unset = UNSET
    impersonate: bool | Unset = UNSET
    requires_global_admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        runnable_type = self.runnable_type

        owner_plugin_id = self.owner_plugin_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        result_type = self.result_type

        result_label = self.result_label

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        admin_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.admin_params, Unset):
            admin_params = []
            for admin_params_item_data in self.admin_params:
                admin_params_item = admin_params_item_data.to_dict()
                admin_params.append(admin_params_item)

        impersonate = self.impersonate

        requires_global_admin = self.requires_global_admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runnableType": runnable_type,
            }
        )
        if owner_plugin_id is not UNSET:
            field_dict["ownerPluginId"] = owner_plugin_id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if result_type is not UNSET:
            field_dict["resultType"] = result_type
        if result_label is not UNSET:
            field_dict["resultLabel"] = result_label
        if params is not UNSET:
            field_dict["params"] = params
        if admin_params is not UNSET:
            field_dict["adminParams"] = admin_params
        if impersonate is not UNSET:
            field_dict["impersonate"] = impersonate
        if requires_global_admin is not UNSET:
            field_dict["requiresGlobalAdmin"] = requires_global_admin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.macro_meta import MacroMeta
        from ..models.macro_param import MacroParam

        d = dict(src_dict)
        runnable_type = d.pop("runnableType")

        owner_plugin_id = d.pop("ownerPluginId", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: MacroMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = MacroMeta.from_dict(_meta)

        result_type = d.pop("resultType", UNSET)

        result_label = d.pop("resultLabel", UNSET)

        _params = d.pop("params", UNSET)
        params: list[MacroParam] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = MacroParam.from_dict(params_item_data)

                params.append(params_item)

        _admin_params = d.pop("adminParams", UNSET)
        admin_params: list[MacroParam] | Unset = UNSET
        if _admin_params is not UNSET:
            admin_params = []
            for admin_params_item_data in _admin_params:
                admin_params_item = MacroParam.from_dict(admin_params_item_data)

                admin_params.append(admin_params_item)

        impersonate = d.pop("impersonate", UNSET)

        requires_global_admin = d.pop("requiresGlobalAdmin", UNSET)

        macro_definition = cls(
            runnable_type=runnable_type,
            owner_plugin_id=owner_plugin_id,
            meta=meta,
            result_type=result_type,
            result_label=result_label,
            params=params,
            admin_params=admin_params,
            impersonate=impersonate,
            requires_global_admin=requires_global_admin,
        )

        macro_definition.additional_properties = d
        return macro_definition

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
