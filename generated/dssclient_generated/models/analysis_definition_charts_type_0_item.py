from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_definition_charts_type_0_item_def_type_0 import (
        AnalysisDefinitionChartsType0ItemDefType0,
    )


T = TypeVar("T", bound="AnalysisDefinitionChartsType0Item")


@_attrs_define
class AnalysisDefinitionChartsType0Item:
    """A chart of the analysis.

    Attributes:
        def_ (AnalysisDefinitionChartsType0ItemDefType0 | None | Unset): The chart's definition (its type, name,
            dimensions and measures).
        engine_type (None | str | Unset): The engine computing the chart (unverified).
    """

    def_: AnalysisDefinitionChartsType0ItemDefType0 | None | Unset = UNSET
    engine_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_definition_charts_type_0_item_def_type_0 import (
            AnalysisDefinitionChartsType0ItemDefType0,
        )

        def_: dict[str, Any] | None | Unset
        if isinstance(self.def_, Unset):
            def_ = UNSET
        elif isinstance(self.def_, AnalysisDefinitionChartsType0ItemDefType0):
            def_ = self.def_.to_dict()
        else:
            def_ = self.def_

        engine_type: None | str | Unset
        if isinstance(self.engine_type, Unset):
            engine_type = UNSET
        else:
            engine_type = self.engine_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if def_ is not UNSET:
            field_dict["def"] = def_
        if engine_type is not UNSET:
            field_dict["engineType"] = engine_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_definition_charts_type_0_item_def_type_0 import (
            AnalysisDefinitionChartsType0ItemDefType0,
        )

        d = dict(src_dict)

        def _parse_def_(
            data: object,
        ) -> AnalysisDefinitionChartsType0ItemDefType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                def_type_0 = AnalysisDefinitionChartsType0ItemDefType0.from_dict(data)

                return def_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisDefinitionChartsType0ItemDefType0 | None | Unset, data)

        def_ = _parse_def_(d.pop("def", UNSET))

        def _parse_engine_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        engine_type = _parse_engine_type(d.pop("engineType", UNSET))

        analysis_definition_charts_type_0_item = cls(
            def_=def_,
            engine_type=engine_type,
        )

        analysis_definition_charts_type_0_item.additional_properties = d
        return analysis_definition_charts_type_0_item

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
