from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_script_step_steps_type_0_item_params_type_0 import (
        AnalysisScriptStepStepsType0ItemParamsType0,
    )


T = TypeVar("T", bound="AnalysisScriptStepStepsType0Item")


@_attrs_define
class AnalysisScriptStepStepsType0Item:
    """A step of the group (a step as above).

    Attributes:
        meta_type (None | str | Unset): `PROCESSOR` or `GROUP`.
        type_ (None | str | Unset): The processor.
        params (AnalysisScriptStepStepsType0ItemParamsType0 | None | Unset): The processor's parameters.
    """

    meta_type: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    params: AnalysisScriptStepStepsType0ItemParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_script_step_steps_type_0_item_params_type_0 import (
            AnalysisScriptStepStepsType0ItemParamsType0,
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

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, AnalysisScriptStepStepsType0ItemParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta_type is not UNSET:
            field_dict["metaType"] = meta_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_script_step_steps_type_0_item_params_type_0 import (
            AnalysisScriptStepStepsType0ItemParamsType0,
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

        def _parse_params(
            data: object,
        ) -> AnalysisScriptStepStepsType0ItemParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = AnalysisScriptStepStepsType0ItemParamsType0.from_dict(
                    data
                )

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AnalysisScriptStepStepsType0ItemParamsType0 | None | Unset, data
            )

        params = _parse_params(d.pop("params", UNSET))

        analysis_script_step_steps_type_0_item = cls(
            meta_type=meta_type,
            type_=type_,
            params=params,
        )

        analysis_script_step_steps_type_0_item.additional_properties = d
        return analysis_script_step_steps_type_0_item

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
