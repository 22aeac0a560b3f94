from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_params_env_selection_type_0 import (
        ScenarioParamsEnvSelectionType0,
    )
    from ..models.scenario_step import ScenarioStep


T = TypeVar("T", bound="ScenarioParams")


@_attrs_define
class ScenarioParams:
    """The type-specific settings of a scenario (its `params`): the `steps` of a step-based
    scenario. A Python scenario keeps its script in its payload.

        Attributes:
            steps (list[ScenarioStep] | None | Unset): The steps of a step-based scenario, in order.
            env_selection (None | ScenarioParamsEnvSelectionType0 | Unset): The code env of a Python scenario (`envMode`,
                `envName`) (unverified).
    """

    steps: list[ScenarioStep] | None | Unset = UNSET
    env_selection: None | ScenarioParamsEnvSelectionType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_params_env_selection_type_0 import (
            ScenarioParamsEnvSelectionType0,
        )

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        env_selection: dict[str, Any] | None | Unset
        if isinstance(self.env_selection, Unset):
            env_selection = UNSET
        elif isinstance(self.env_selection, ScenarioParamsEnvSelectionType0):
            env_selection = self.env_selection.to_dict()
        else:
            env_selection = self.env_selection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if env_selection is not UNSET:
            field_dict["envSelection"] = env_selection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_params_env_selection_type_0 import (
            ScenarioParamsEnvSelectionType0,
        )
        from ..models.scenario_step import ScenarioStep

        d = dict(src_dict)

        def _parse_steps(data: object) -> list[ScenarioStep] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0:
                    steps_type_0_item = ScenarioStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScenarioStep] | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        def _parse_env_selection(
            data: object,
        ) -> None | ScenarioParamsEnvSelectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_selection_type_0 = ScenarioParamsEnvSelectionType0.from_dict(data)

                return env_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioParamsEnvSelectionType0 | Unset, data)

        env_selection = _parse_env_selection(d.pop("envSelection", UNSET))

        scenario_params = cls(
            steps=steps,
            env_selection=env_selection,
        )

        scenario_params.additional_properties = d
        return scenario_params

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
