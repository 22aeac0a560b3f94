from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_script_step_params_type_0 import (
        AnalysisScriptStepParamsType0,
    )
    from ..models.analysis_script_step_steps_type_0_item import (
        AnalysisScriptStepStepsType0Item,
    )


T = TypeVar("T", bound="AnalysisScriptStep")


@_attrs_define
class AnalysisScriptStep:
    """One step of a preparation script.

    Attributes:
        meta_type (None | str | Unset): `PROCESSOR` for a processor step, `GROUP` for a group of steps.
        type_ (None | str | Unset): The processor (`CreateColumnWithGREL`, `FlagOnValue`, `FilterOnBadType`,
            `RemoveRowsOnEmpty`, ...).
        name (None | str | Unset): Name the step is shown with.
        disabled (bool | None | Unset): Whether the step is off.
        params (AnalysisScriptStepParamsType0 | None | Unset): The processor's parameters; each processor reads its own
            (those below are the common ones).
        steps (list[AnalysisScriptStepStepsType0Item] | None | Unset): The steps of a group.
    """

    meta_type: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    params: AnalysisScriptStepParamsType0 | None | Unset = UNSET
    steps: list[AnalysisScriptStepStepsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_script_step_params_type_0 import (
            AnalysisScriptStepParamsType0,
        )

        meta_type: None | str | Unset
        if isinstance(self.meta_type, Unset):
            meta_type = UNSET
        else:
            meta_type = self.meta_type

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

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, AnalysisScriptStepParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta_type is not UNSET:
            field_dict["metaType"] = meta_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if params is not UNSET:
            field_dict["params"] = params
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_script_step_params_type_0 import (
            AnalysisScriptStepParamsType0,
        )
        from ..models.analysis_script_step_steps_type_0_item import (
            AnalysisScriptStepStepsType0Item,
        )

        d = dict(src_dict)

        def _parse_meta_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meta_type = _parse_meta_type(d.pop("metaType", UNSET))

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

        def _parse_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disabled = _parse_disabled(d.pop("disabled", UNSET))

        def _parse_params(data: object) -> AnalysisScriptStepParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = AnalysisScriptStepParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisScriptStepParamsType0 | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_steps(
            data: object,
        ) -> list[AnalysisScriptStepStepsType0Item] | None | Unset:
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
                    steps_type_0_item = AnalysisScriptStepStepsType0Item.from_dict(
                        steps_type_0_item_data
                    )

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnalysisScriptStepStepsType0Item] | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        analysis_script_step = cls(
            meta_type=meta_type,
            type_=type_,
            name=name,
            disabled=disabled,
            params=params,
            steps=steps,
        )

        analysis_script_step.additional_properties = d
        return analysis_script_step

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
