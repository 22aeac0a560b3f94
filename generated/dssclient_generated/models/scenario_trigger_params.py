from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_trigger_params_objects_type_0_item import (
        ScenarioTriggerParamsObjectsType0Item,
    )


T = TypeVar("T", bound="ScenarioTriggerParams")


@_attrs_define
class ScenarioTriggerParams:
    """Type-specific parameters of a trigger; those listed are a `temporal` trigger's, as the official client writes them.

    Attributes:
        frequency (None | str | Unset): `Minutely`, `Hourly`, `Daily`, `Weekly` or `Monthly`.
        repeat_frequency (int | None | Unset): Run every this many periods (minutes, hours, days, weeks or months).
        hour (int | None | Unset): Hour of the day it runs at (hourly triggers, the hour it starts from).
        minute (int | None | Unset): Minute of the hour it runs at.
        starting_from (None | str | Unset): The first day it may run, as `2024-05-01T00:00:00.000+0200`.
        days_of_week (list[str] | None | Unset): The days a weekly trigger runs on (`Monday`, ..., `Sunday`).
        monthly_run_on (None | str | Unset): When in the month a monthly trigger runs: `ON_THE_DAY`,
            `LAST_DAY_OF_THE_MONTH`, `FIRST_WEEK`, ..., `LAST_WEEK`.
        timezone (None | str | Unset): Time zone of the times above: a zone name (`Europe/Paris`) or `SERVER`, the DSS
            server's.
        objects (list[ScenarioTriggerParamsObjectsType0Item] | None | Unset): The datasets a `ds_modified` trigger
            watches (each `projectKey`, `objectId`) (unverified).
        script (None | str | Unset): The code of a `custom_python` trigger.
    """

    frequency: None | str | Unset = UNSET
    repeat_frequency: int | None | Unset = UNSET
    hour: int | None | Unset = UNSET
    minute: int | None | Unset = UNSET
    starting_from: None | str | Unset = UNSET
    days_of_week: list[str] | None | Unset = UNSET
    monthly_run_on: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    objects: list[ScenarioTriggerParamsObjectsType0Item] | None | Unset = UNSET
    script: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        repeat_frequency: int | None | Unset
        if isinstance(self.repeat_frequency, Unset):
            repeat_frequency = UNSET
        else:
            repeat_frequency = self.repeat_frequency

        hour: int | None | Unset
        if isinstance(self.hour, Unset):
            hour = UNSET
        else:
            hour = self.hour

        minute: int | None | Unset
        if isinstance(self.minute, Unset):
            minute = UNSET
        else:
            minute = self.minute

        starting_from: None | str | Unset
        if isinstance(self.starting_from, Unset):
            starting_from = UNSET
        else:
            starting_from = self.starting_from

        days_of_week: list[str] | None | Unset
        if isinstance(self.days_of_week, Unset):
            days_of_week = UNSET
        elif isinstance(self.days_of_week, list):
            days_of_week = self.days_of_week

        else:
            days_of_week = self.days_of_week

        monthly_run_on: None | str | Unset
        if isinstance(self.monthly_run_on, Unset):
            monthly_run_on = UNSET
        else:
            monthly_run_on = self.monthly_run_on

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        objects: list[dict[str, Any]] | None | Unset
        if isinstance(self.objects, Unset):
            objects = UNSET
        elif isinstance(self.objects, list):
            objects = []
            for objects_type_0_item_data in self.objects:
                objects_type_0_item = objects_type_0_item_data.to_dict()
                objects.append(objects_type_0_item)

        else:
            objects = self.objects

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if repeat_frequency is not UNSET:
            field_dict["repeatFrequency"] = repeat_frequency
        if hour is not UNSET:
            field_dict["hour"] = hour
        if minute is not UNSET:
            field_dict["minute"] = minute
        if starting_from is not UNSET:
            field_dict["startingFrom"] = starting_from
        if days_of_week is not UNSET:
            field_dict["daysOfWeek"] = days_of_week
        if monthly_run_on is not UNSET:
            field_dict["monthlyRunOn"] = monthly_run_on
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if objects is not UNSET:
            field_dict["objects"] = objects
        if script is not UNSET:
            field_dict["script"] = script

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_trigger_params_objects_type_0_item import (
            ScenarioTriggerParamsObjectsType0Item,
        )

        d = dict(src_dict)

        def _parse_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))

        def _parse_repeat_frequency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        repeat_frequency = _parse_repeat_frequency(d.pop("repeatFrequency", UNSET))

        def _parse_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hour = _parse_hour(d.pop("hour", UNSET))

        def _parse_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minute = _parse_minute(d.pop("minute", UNSET))

        def _parse_starting_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        starting_from = _parse_starting_from(d.pop("startingFrom", UNSET))

        def _parse_days_of_week(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                days_of_week_type_0 = cast(list[str], data)

                return days_of_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        days_of_week = _parse_days_of_week(d.pop("daysOfWeek", UNSET))

        def _parse_monthly_run_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_run_on = _parse_monthly_run_on(d.pop("monthlyRunOn", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_objects(
            data: object,
        ) -> list[ScenarioTriggerParamsObjectsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                objects_type_0 = []
                _objects_type_0 = data
                for objects_type_0_item_data in _objects_type_0:
                    objects_type_0_item = (
                        ScenarioTriggerParamsObjectsType0Item.from_dict(
                            objects_type_0_item_data
                        )
                    )

                    objects_type_0.append(objects_type_0_item)

                return objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ScenarioTriggerParamsObjectsType0Item] | None | Unset, data
            )

        objects = _parse_objects(d.pop("objects", UNSET))

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        scenario_trigger_params = cls(
            frequency=frequency,
            repeat_frequency=repeat_frequency,
            hour=hour,
            minute=minute,
            starting_from=starting_from,
            days_of_week=days_of_week,
            monthly_run_on=monthly_run_on,
            timezone=timezone,
            objects=objects,
            script=script,
        )

        scenario_trigger_params.additional_properties = d
        return scenario_trigger_params

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
