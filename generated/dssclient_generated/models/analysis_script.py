from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_script_exploration_filters_type_0_item import (
        AnalysisScriptExplorationFiltersType0Item,
    )
    from ..models.analysis_script_exploration_sampling_type_0 import (
        AnalysisScriptExplorationSamplingType0,
    )
    from ..models.analysis_script_step import AnalysisScriptStep


T = TypeVar("T", bound="AnalysisScript")


@_attrs_define
class AnalysisScript:
    """The preparation script of a visual analysis.

    Attributes:
        steps (list[AnalysisScriptStep] | None | Unset): The preparation steps, in order (the steps of a prepare
            recipe).
        exploration_sampling (AnalysisScriptExplorationSamplingType0 | None | Unset): The sample of the dataset the
            script is designed on.
        exploration_filters (list[AnalysisScriptExplorationFiltersType0Item] | None | Unset): The filters of the
            exploration view (unverified).
        preview_mode (None | str | Unset): Which rows the preview shows (unverified).
    """

    steps: list[AnalysisScriptStep] | None | Unset = UNSET
    exploration_sampling: AnalysisScriptExplorationSamplingType0 | None | Unset = UNSET
    exploration_filters: (
        list[AnalysisScriptExplorationFiltersType0Item] | None | Unset
    ) = UNSET
    preview_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_script_exploration_sampling_type_0 import (
            AnalysisScriptExplorationSamplingType0,
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

        exploration_sampling: dict[str, Any] | None | Unset
        if isinstance(self.exploration_sampling, Unset):
            exploration_sampling = UNSET
        elif isinstance(
            self.exploration_sampling, AnalysisScriptExplorationSamplingType0
        ):
            exploration_sampling = self.exploration_sampling.to_dict()
        else:
            exploration_sampling = self.exploration_sampling

        exploration_filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.exploration_filters, Unset):
            exploration_filters = UNSET
        elif isinstance(self.exploration_filters, list):
            exploration_filters = []
            for exploration_filters_type_0_item_data in self.exploration_filters:
                exploration_filters_type_0_item = (
                    exploration_filters_type_0_item_data.to_dict()
                )
                exploration_filters.append(exploration_filters_type_0_item)

        else:
            exploration_filters = self.exploration_filters

        preview_mode: None | str | Unset
        if isinstance(self.preview_mode, Unset):
            preview_mode = UNSET
        else:
            preview_mode = self.preview_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if exploration_sampling is not UNSET:
            field_dict["explorationSampling"] = exploration_sampling
        if exploration_filters is not UNSET:
            field_dict["explorationFilters"] = exploration_filters
        if preview_mode is not UNSET:
            field_dict["previewMode"] = preview_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_script_exploration_filters_type_0_item import (
            AnalysisScriptExplorationFiltersType0Item,
        )
        from ..models.analysis_script_exploration_sampling_type_0 import (
            AnalysisScriptExplorationSamplingType0,
        )
        from ..models.analysis_script_step import AnalysisScriptStep

        d = dict(src_dict)

        def _parse_steps(data: object) -> list[AnalysisScriptStep] | None | Unset:
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
                    steps_type_0_item = AnalysisScriptStep.from_dict(
                        steps_type_0_item_data
                    )

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnalysisScriptStep] | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        def _parse_exploration_sampling(
            data: object,
        ) -> AnalysisScriptExplorationSamplingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exploration_sampling_type_0 = (
                    AnalysisScriptExplorationSamplingType0.from_dict(data)
                )

                return exploration_sampling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisScriptExplorationSamplingType0 | None | Unset, data)

        exploration_sampling = _parse_exploration_sampling(
            d.pop("explorationSampling", UNSET)
        )

        def _parse_exploration_filters(
            data: object,
        ) -> list[AnalysisScriptExplorationFiltersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exploration_filters_type_0 = []
                _exploration_filters_type_0 = data
                for exploration_filters_type_0_item_data in _exploration_filters_type_0:
                    exploration_filters_type_0_item = (
                        AnalysisScriptExplorationFiltersType0Item.from_dict(
                            exploration_filters_type_0_item_data
                        )
                    )

                    exploration_filters_type_0.append(exploration_filters_type_0_item)

                return exploration_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AnalysisScriptExplorationFiltersType0Item] | None | Unset, data
            )

        exploration_filters = _parse_exploration_filters(
            d.pop("explorationFilters", UNSET)
        )

        def _parse_preview_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_mode = _parse_preview_mode(d.pop("previewMode", UNSET))

        analysis_script = cls(
            steps=steps,
            exploration_sampling=exploration_sampling,
            exploration_filters=exploration_filters,
            preview_mode=preview_mode,
        )

        analysis_script.additional_properties = d
        return analysis_script

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
