from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_trigger_params_type_0 import ScenarioTriggerParamsType0


T = TypeVar("T", bound="ScenarioTrigger")


@_attrs_define
class ScenarioTrigger:
    """An automatic trigger of a scenario; in a run or a trigger fire, the trigger that fired (`manual` for a run started
    through the API). DSS gives a trigger without an `id` one when the scenario is saved.

        Attributes:
            id (None | str | Unset): Identifier of the trigger in the scenario.
            type_ (None | str | Unset): Type of the trigger: `temporal` (time-based), `manual`, and others (dataset changes,
                SQL queries, Python code...).
            name (None | str | Unset): Display name of the trigger.
            active (bool | None | Unset): Whether the trigger runs the scenario automatically.
            params (None | ScenarioTriggerParamsType0 | Unset): Type-specific parameters of a trigger; those listed are a
                `temporal` trigger's, as the official client writes them.
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    params: None | ScenarioTriggerParamsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_trigger_params_type_0 import ScenarioTriggerParamsType0

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ScenarioTriggerParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_trigger_params_type_0 import ScenarioTriggerParamsType0

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_params(data: object) -> None | ScenarioTriggerParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_scenario_trigger_params_type_0 = (
                    ScenarioTriggerParamsType0.from_dict(data)
                )

                return componentsschemas_scenario_trigger_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioTriggerParamsType0 | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        scenario_trigger = cls(
            id=id,
            type_=type_,
            name=name,
            active=active,
            params=params,
        )

        scenario_trigger.additional_properties = d
        return scenario_trigger

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
