from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_run_result import ScenarioRunResult
    from ..models.scenario_step_run_additional_report_items_type_0_item import (
        ScenarioStepRunAdditionalReportItemsType0Item,
    )
    from ..models.scenario_step_run_step_type_0 import ScenarioStepRunStepType0


T = TypeVar("T", bound="ScenarioStepRun")


@_attrs_define
class ScenarioStepRun:
    """The run of one step of a scenario run.

    Attributes:
        run_id (None | str | Unset): Identifier of the step run.
        step (None | ScenarioStepRunStepType0 | Unset): The step.
        start (int | None | Unset): When the step started, in ms since the Unix epoch.
        end (int | None | Unset): When the step ended, in ms since the Unix epoch; 0 while running.
        result (ScenarioRunResult | Unset): Present once a run (or a step run) is over: its `outcome`.
        additional_report_items (list[ScenarioStepRunAdditionalReportItemsType0Item] | None | Unset): What the step did
            besides, such as the jobs it ran.
    """

    run_id: None | str | Unset = UNSET
    step: None | ScenarioStepRunStepType0 | Unset = UNSET
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    result: ScenarioRunResult | Unset = UNSET
    additional_report_items: (
        list[ScenarioStepRunAdditionalReportItemsType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_step_run_step_type_0 import ScenarioStepRunStepType0

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        step: dict[str, Any] | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        elif isinstance(self.step, ScenarioStepRunStepType0):
            step = self.step.to_dict()
        else:
            step = self.step

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        additional_report_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_report_items, Unset):
            additional_report_items = UNSET
        elif isinstance(self.additional_report_items, list):
            additional_report_items = []
            for (
                additional_report_items_type_0_item_data
            ) in self.additional_report_items:
                additional_report_items_type_0_item = (
                    additional_report_items_type_0_item_data.to_dict()
                )
                additional_report_items.append(additional_report_items_type_0_item)

        else:
            additional_report_items = self.additional_report_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if step is not UNSET:
            field_dict["step"] = step
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if result is not UNSET:
            field_dict["result"] = result
        if additional_report_items is not UNSET:
            field_dict["additionalReportItems"] = additional_report_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_run_result import ScenarioRunResult
        from ..models.scenario_step_run_additional_report_items_type_0_item import (
            ScenarioStepRunAdditionalReportItemsType0Item,
        )
        from ..models.scenario_step_run_step_type_0 import ScenarioStepRunStepType0

        d = dict(src_dict)

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("runId", UNSET))

        def _parse_step(data: object) -> None | ScenarioStepRunStepType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                step_type_0 = ScenarioStepRunStepType0.from_dict(data)

                return step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioStepRunStepType0 | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        _result = d.pop("result", UNSET)
        result: ScenarioRunResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ScenarioRunResult.from_dict(_result)

        def _parse_additional_report_items(
            data: object,
        ) -> list[ScenarioStepRunAdditionalReportItemsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_report_items_type_0 = []
                _additional_report_items_type_0 = data
                for (
                    additional_report_items_type_0_item_data
                ) in _additional_report_items_type_0:
                    additional_report_items_type_0_item = (
                        ScenarioStepRunAdditionalReportItemsType0Item.from_dict(
                            additional_report_items_type_0_item_data
                        )
                    )

                    additional_report_items_type_0.append(
                        additional_report_items_type_0_item
                    )

                return additional_report_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ScenarioStepRunAdditionalReportItemsType0Item] | None | Unset, data
            )

        additional_report_items = _parse_additional_report_items(
            d.pop("additionalReportItems", UNSET)
        )

        scenario_step_run = cls(
            run_id=run_id,
            step=step,
            start=start,
            end=end,
            result=result,
            additional_report_items=additional_report_items,
        )

        scenario_step_run.additional_properties = d
        return scenario_step_run

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
