from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_step_params import ScenarioStepParams


T = TypeVar("T", bound="ScenarioStep")


@_attrs_define
class ScenarioStep:
    """One step of a step-based scenario.

    Attributes:
        id (None | str | Unset): Identifier of the step within the scenario.
        name (None | str | Unset): Display name of the step.
        type_ (None | str | Unset): What the step does: `build_flowitem` (build datasets, folders, models),
            `custom_python`
            (run Python code), `compute_metrics`, `check_dataset`, `sql_query`, `exec_sql`,
            `set_project_vars`, `define_vars`, `runnable` (a macro), `send_report`, ...
        params (None | ScenarioStepParams | Unset): The step's type-specific settings.
        run_condition_type (None | str | Unset): When the step runs (`RUN_IF_STATUS_MATCH`, `RUN_ALWAYS`,
            `RUN_CONDITIONALLY`, `DISABLED`).
        run_condition_statuses (list[str] | None | Unset): The scenario outcomes so far for which the step runs, with
            `RUN_IF_STATUS_MATCH` (`SUCCESS`, `WARNING`, ...).
        run_condition_expression (None | str | Unset): The condition, with `RUN_CONDITIONALLY` (a DSS formula)
            (unverified).
        reset_scenario_status (bool | None | Unset): Whether the step resets the scenario's outcome so far (unverified).
        max_retries_on_fail (int | None | Unset): How many times a failed step is retried (unverified).
        delay_between_retries (int | None | Unset): Seconds between retries (unverified).
        always_show_comment (bool | None | Unset): Whether the step's comment shows in the flow (unverified).
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    params: None | ScenarioStepParams | Unset = UNSET
    run_condition_type: None | str | Unset = UNSET
    run_condition_statuses: list[str] | None | Unset = UNSET
    run_condition_expression: None | str | Unset = UNSET
    reset_scenario_status: bool | None | Unset = UNSET
    max_retries_on_fail: int | None | Unset = UNSET
    delay_between_retries: int | None | Unset = UNSET
    always_show_comment: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_step_params import ScenarioStepParams

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
        elif isinstance(self.params, ScenarioStepParams):
            params = self.params.to_dict()
        else:
            params = self.params

        run_condition_type: None | str | Unset
        if isinstance(self.run_condition_type, Unset):
            run_condition_type = UNSET
        else:
            run_condition_type = self.run_condition_type

        run_condition_statuses: list[str] | None | Unset
        if isinstance(self.run_condition_statuses, Unset):
            run_condition_statuses = UNSET
        elif isinstance(self.run_condition_statuses, list):
            run_condition_statuses = self.run_condition_statuses

        else:
            run_condition_statuses = self.run_condition_statuses

        run_condition_expression: None | str | Unset
        if isinstance(self.run_condition_expression, Unset):
            run_condition_expression = UNSET
        else:
            run_condition_expression = self.run_condition_expression

        reset_scenario_status: bool | None | Unset
        if isinstance(self.reset_scenario_status, Unset):
            reset_scenario_status = UNSET
        else:
            reset_scenario_status = self.reset_scenario_status

        max_retries_on_fail: int | None | Unset
        if isinstance(self.max_retries_on_fail, Unset):
            max_retries_on_fail = UNSET
        else:
            max_retries_on_fail = self.max_retries_on_fail

        delay_between_retries: int | None | Unset
        if isinstance(self.delay_between_retries, Unset):
            delay_between_retries = UNSET
        else:
            delay_between_retries = self.delay_between_retries

        always_show_comment: bool | None | Unset
        if isinstance(self.always_show_comment, Unset):
            always_show_comment = UNSET
        else:
            always_show_comment = self.always_show_comment

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
        if run_condition_statuses is not UNSET:
            field_dict["runConditionStatuses"] = run_condition_statuses
        if run_condition_expression is not UNSET:
            field_dict["runConditionExpression"] = run_condition_expression
        if reset_scenario_status is not UNSET:
            field_dict["resetScenarioStatus"] = reset_scenario_status
        if max_retries_on_fail is not UNSET:
            field_dict["maxRetriesOnFail"] = max_retries_on_fail
        if delay_between_retries is not UNSET:
            field_dict["delayBetweenRetries"] = delay_between_retries
        if always_show_comment is not UNSET:
            field_dict["alwaysShowComment"] = always_show_comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_step_params import ScenarioStepParams

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

        def _parse_params(data: object) -> None | ScenarioStepParams | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ScenarioStepParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioStepParams | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_run_condition_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_condition_type = _parse_run_condition_type(d.pop("runConditionType", UNSET))

        def _parse_run_condition_statuses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                run_condition_statuses_type_0 = cast(list[str], data)

                return run_condition_statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        run_condition_statuses = _parse_run_condition_statuses(
            d.pop("runConditionStatuses", UNSET)
        )

        def _parse_run_condition_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_condition_expression = _parse_run_condition_expression(
            d.pop("runConditionExpression", UNSET)
        )

        def _parse_reset_scenario_status(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reset_scenario_status = _parse_reset_scenario_status(
            d.pop("resetScenarioStatus", UNSET)
        )

        def _parse_max_retries_on_fail(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_retries_on_fail = _parse_max_retries_on_fail(
            d.pop("maxRetriesOnFail", UNSET)
        )

        def _parse_delay_between_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delay_between_retries = _parse_delay_between_retries(
            d.pop("delayBetweenRetries", UNSET)
        )

        def _parse_always_show_comment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        always_show_comment = _parse_always_show_comment(
            d.pop("alwaysShowComment", UNSET)
        )

        scenario_step = cls(
            id=id,
            name=name,
            type_=type_,
            params=params,
            run_condition_type=run_condition_type,
            run_condition_statuses=run_condition_statuses,
            run_condition_expression=run_condition_expression,
            reset_scenario_status=reset_scenario_status,
            max_retries_on_fail=max_retries_on_fail,
            delay_between_retries=delay_between_retries,
            always_show_comment=always_show_comment,
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
