from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_scenario_body_type import CreateScenarioBodyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_params import ScenarioParams


T = TypeVar("T", bound="CreateScenarioBody")


@_attrs_define
class CreateScenarioBody:
    """What `createScenario` needs.

    Attributes:
        name (str): Display name.
        type_ (CreateScenarioBodyType): `step_based` or `custom_python`.
        id (None | str | Unset): Identifier to give the scenario (letters, digits and underscores); made from the name
            when absent.
        params (None | ScenarioParams | Unset): Type-specific settings (`steps` of a step-based scenario).
    """

    name: str
    type_: CreateScenarioBodyType
    id: None | str | Unset = UNSET
    params: None | ScenarioParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_params import ScenarioParams

        name = self.name

        type_ = self.type_.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ScenarioParams):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_params import ScenarioParams

        d = dict(src_dict)
        name = d.pop("name")

        type_ = CreateScenarioBodyType(d.pop("type"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_params(data: object) -> None | ScenarioParams | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ScenarioParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioParams | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        create_scenario_body = cls(
            name=name,
            type_=type_,
            id=id,
            params=params,
        )

        create_scenario_body.additional_properties = d
        return create_scenario_body

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
