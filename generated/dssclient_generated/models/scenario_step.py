from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_step_params_type_0 import ScenarioStepParamsType0


T = TypeVar("T", bound="ScenarioStep")


@_attrs_define
class ScenarioStep:
    """A step of a step-based scenario. DSS gives a step without an `id` one when the scenario is saved.

    Attributes:
        id (None | str | Unset): Identifier of the step, unique in the scenario.
        name (None | str | Unset): Label of the step.
        type_ (None | str | Unset): Type of the step: `build_flowitem`, `custom_python`, `exec_sql`, `compute_metrics`,
            ... (DSS has many).
        params (None | ScenarioStepParamsType0 | Unset): Type-specific parameters of the step.
        run_condition_type (None | str | Unset): When the step runs, given the outcome so far (`RUN_IF_STATUS_MATCH`,
            `RUN_ALWAYS`, ...). Unverified: named after what DSS's scenario editor saves; the official client does not read
            it.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    params: None | ScenarioStepParamsType0 | Unset = UNSET
    run_condition_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_step_params_type_0 import ScenarioStepParamsType0

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ScenarioStepParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        run_condition_type: None | str | Unset
        if isinstance(self.run_condition_type, Unset):
            run_condition_type = UNSET
        else:
            run_condition_type = self.run_condition_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if params is not UNSET:
            field_dict["params"] = params
        if run_condition_type is not UNSET:
            field_dict["runConditionType"] = run_condition_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_step_params_type_0 import ScenarioStepParamsType0

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_params(data: object) -> None | ScenarioStepParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ScenarioStepParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioStepParamsType0 | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_run_condition_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_condition_type = _parse_run_condition_type(d.pop("runConditionType", UNSET))

        scenario_step = cls(
            id=id,
            name=name,
            type_=type_,
            params=params,
            run_condition_type=run_condition_type,
        )

        scenario_step.additional_properties = d
        return scenario_step

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
