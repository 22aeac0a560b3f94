from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_step import ScenarioStep
    from ..models.scenario_step_run_additional_report_items_item import (
        ScenarioStepRunAdditionalReportItemsItem,
    )
    from ..models.scenario_step_run_result import ScenarioStepRunResult


T = TypeVar("T", bound="ScenarioStepRun")


@_attrs_define
class ScenarioStepRun:
    """The run of one step of a scenario run.

    Attributes:
        run_id (str | Unset): Identifier of the step's run.
        step (ScenarioStep | Unset): One step of a step-based scenario.
        start (int | None | Unset): When the step started, in ms since the Unix epoch.
        end (int | None | Unset): When the step ended, in ms since the Unix epoch; 0 while running.
        result (ScenarioStepRunResult | Unset): Present once the step is over: its `outcome`, and `thrown` when it
            failed.
        additional_report_items (list[ScenarioStepRunAdditionalReportItemsItem] | Unset): What the step did: the jobs it
            ran (`type` `JOB_EXECUTED`, `jobId`), each with its `outcome` and `thrown` when it failed.
    """

    run_id: str | Unset = UNSET
    step: ScenarioStep | Unset = UNSET
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    result: ScenarioStepRunResult | Unset = UNSET
    additional_report_items: list[ScenarioStepRunAdditionalReportItemsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        step: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step, Unset):
            step = self.step.to_dict()

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

        additional_report_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_report_items, Unset):
            additional_report_items = []
            for additional_report_items_item_data in self.additional_report_items:
                additional_report_items_item = (
                    additional_report_items_item_data.to_dict()
                )
                additional_report_items.append(additional_report_items_item)

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
        from ..models.scenario_step import ScenarioStep
        from ..models.scenario_step_run_additional_report_items_item import (
            ScenarioStepRunAdditionalReportItemsItem,
        )
        from ..models.scenario_step_run_result import ScenarioStepRunResult

        d = dict(src_dict)
        run_id = d.pop("runId", UNSET)

        _step = d.pop("step", UNSET)
        step: ScenarioStep | Unset
        if isinstance(_step, Unset):
            step = UNSET
        else:
            step = ScenarioStep.from_dict(_step)

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
        result: ScenarioStepRunResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ScenarioStepRunResult.from_dict(_result)

        _additional_report_items = d.pop("additionalReportItems", UNSET)
        additional_report_items: (
            list[ScenarioStepRunAdditionalReportItemsItem] | Unset
        ) = UNSET
        if _additional_report_items is not UNSET:
            additional_report_items = []
            for additional_report_items_item_data in _additional_report_items:
                additional_report_items_item = (
                    ScenarioStepRunAdditionalReportItemsItem.from_dict(
                        additional_report_items_item_data
                    )
                )

                additional_report_items.append(additional_report_items_item)

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
