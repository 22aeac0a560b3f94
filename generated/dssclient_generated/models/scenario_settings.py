from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_params import ScenarioParams
    from ..models.scenario_reporter import ScenarioReporter
    from ..models.scenario_settings_custom_fields_type_0 import (
        ScenarioSettingsCustomFieldsType0,
    )
    from ..models.scenario_settings_delayed_triggers_behavior_type_0 import (
        ScenarioSettingsDelayedTriggersBehaviorType0,
    )
    from ..models.scenario_trigger import ScenarioTrigger


T = TypeVar("T", bound="ScenarioSettings")


@_attrs_define
class ScenarioSettings:
    """The definition of a scenario.

    Attributes:
        id (str | Unset): Identifier of the scenario.
        project_key (None | str | Unset): Key of the scenario's project.
        name (str | Unset): Display name.
        type_ (str | Unset): `step_based` or `custom_python`.
        active (bool | None | Unset): Whether the automatic triggers run the scenario.
        run_as_user (None | str | Unset): Login the scenario runs as (the last one to change it when absent).
        params (None | ScenarioParams | Unset): Type-specific settings; the `steps` of a step-based scenario.
        triggers (list[ScenarioTrigger] | None | Unset): The automatic triggers.
        reporters (list[ScenarioReporter] | None | Unset): What the scenario reports, and where.
        description (None | str | Unset): Long description of the scenario.
        short_desc (None | str | Unset): One-line description of the scenario.
        tags (list[str] | None | Unset): Tags of the scenario.
        marked_as_test (bool | None | Unset): Whether the scenario is a test scenario (unverified).
        custom_fields (None | ScenarioSettingsCustomFieldsType0 | Unset): Values of the instance's custom fields, by
            field name.
        automation_local (bool | None | Unset): Whether the scenario's settings are local to an automation node
            (unverified).
        delayed_triggers_behavior (None | ScenarioSettingsDelayedTriggersBehaviorType0 | Unset): What happens to
            triggers that fire while the scenario runs (unverified).
    """

    id: str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    active: bool | None | Unset = UNSET
    run_as_user: None | str | Unset = UNSET
    params: None | ScenarioParams | Unset = UNSET
    triggers: list[ScenarioTrigger] | None | Unset = UNSET
    reporters: list[ScenarioReporter] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    marked_as_test: bool | None | Unset = UNSET
    custom_fields: None | ScenarioSettingsCustomFieldsType0 | Unset = UNSET
    automation_local: bool | None | Unset = UNSET
    delayed_triggers_behavior: (
        None | ScenarioSettingsDelayedTriggersBehaviorType0 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_params import ScenarioParams
        from ..models.scenario_settings_custom_fields_type_0 import (
            ScenarioSettingsCustomFieldsType0,
        )
        from ..models.scenario_settings_delayed_triggers_behavior_type_0 import (
            ScenarioSettingsDelayedTriggersBehaviorType0,
        )

        id = self.id

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        name = self.name

        type_ = self.type_

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        run_as_user: None | str | Unset
        if isinstance(self.run_as_user, Unset):
            run_as_user = UNSET
        else:
            run_as_user = self.run_as_user

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ScenarioParams):
            params = self.params.to_dict()
        else:
            params = self.params

        triggers: list[dict[str, Any]] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, list):
            triggers = []
            for triggers_type_0_item_data in self.triggers:
                triggers_type_0_item = triggers_type_0_item_data.to_dict()
                triggers.append(triggers_type_0_item)

        else:
            triggers = self.triggers

        reporters: list[dict[str, Any]] | None | Unset
        if isinstance(self.reporters, Unset):
            reporters = UNSET
        elif isinstance(self.reporters, list):
            reporters = []
            for reporters_type_0_item_data in self.reporters:
                reporters_type_0_item = reporters_type_0_item_data.to_dict()
                reporters.append(reporters_type_0_item)

        else:
            reporters = self.reporters

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_desc: None | str | Unset
        if isinstance(self.short_desc, Unset):
            short_desc = UNSET
        else:
            short_desc = self.short_desc

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        marked_as_test: bool | None | Unset
        if isinstance(self.marked_as_test, Unset):
            marked_as_test = UNSET
        else:
            marked_as_test = self.marked_as_test

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, ScenarioSettingsCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        automation_local: bool | None | Unset
        if isinstance(self.automation_local, Unset):
            automation_local = UNSET
        else:
            automation_local = self.automation_local

        delayed_triggers_behavior: dict[str, Any] | None | Unset
        if isinstance(self.delayed_triggers_behavior, Unset):
            delayed_triggers_behavior = UNSET
        elif isinstance(
            self.delayed_triggers_behavior, ScenarioSettingsDelayedTriggersBehaviorType0
        ):
            delayed_triggers_behavior = self.delayed_triggers_behavior.to_dict()
        else:
            delayed_triggers_behavior = self.delayed_triggers_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if run_as_user is not UNSET:
            field_dict["runAsUser"] = run_as_user
        if params is not UNSET:
            field_dict["params"] = params
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if reporters is not UNSET:
            field_dict["reporters"] = reporters
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if tags is not UNSET:
            field_dict["tags"] = tags
        if marked_as_test is not UNSET:
            field_dict["markedAsTest"] = marked_as_test
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if automation_local is not UNSET:
            field_dict["automationLocal"] = automation_local
        if delayed_triggers_behavior is not UNSET:
            field_dict["delayedTriggersBehavior"] = delayed_triggers_behavior

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_params import ScenarioParams
        from ..models.scenario_reporter import ScenarioReporter
        from ..models.scenario_settings_custom_fields_type_0 import (
            ScenarioSettingsCustomFieldsType0,
        )
        from ..models.scenario_settings_delayed_triggers_behavior_type_0 import (
            ScenarioSettingsDelayedTriggersBehaviorType0,
        )
        from ..models.scenario_trigger import ScenarioTrigger

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_run_as_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_as_user = _parse_run_as_user(d.pop("runAsUser", UNSET))

        def _parse_params(data: object) -> None | ScenarioParams | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ScenarioParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioParams | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_triggers(data: object) -> list[ScenarioTrigger] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                triggers_type_0 = []
                _triggers_type_0 = data
                for triggers_type_0_item_data in _triggers_type_0:
                    triggers_type_0_item = ScenarioTrigger.from_dict(
                        triggers_type_0_item_data
                    )

                    triggers_type_0.append(triggers_type_0_item)

                return triggers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScenarioTrigger] | None | Unset, data)

        triggers = _parse_triggers(d.pop("triggers", UNSET))

        def _parse_reporters(data: object) -> list[ScenarioReporter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reporters_type_0 = []
                _reporters_type_0 = data
                for reporters_type_0_item_data in _reporters_type_0:
                    reporters_type_0_item = ScenarioReporter.from_dict(
                        reporters_type_0_item_data
                    )

                    reporters_type_0.append(reporters_type_0_item)

                return reporters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScenarioReporter] | None | Unset, data)

        reporters = _parse_reporters(d.pop("reporters", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_desc = _parse_short_desc(d.pop("shortDesc", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_marked_as_test(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        marked_as_test = _parse_marked_as_test(d.pop("markedAsTest", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> None | ScenarioSettingsCustomFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = ScenarioSettingsCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioSettingsCustomFieldsType0 | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_automation_local(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        automation_local = _parse_automation_local(d.pop("automationLocal", UNSET))

        def _parse_delayed_triggers_behavior(
            data: object,
        ) -> None | ScenarioSettingsDelayedTriggersBehaviorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delayed_triggers_behavior_type_0 = (
                    ScenarioSettingsDelayedTriggersBehaviorType0.from_dict(data)
                )

                return delayed_triggers_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScenarioSettingsDelayedTriggersBehaviorType0 | Unset, data
            )

        delayed_triggers_behavior = _parse_delayed_triggers_behavior(
            d.pop("delayedTriggersBehavior", UNSET)
        )

        scenario_settings = cls(
            id=id,
            project_key=project_key,
            name=name,
            type_=type_,
            active=active,
            run_as_user=run_as_user,
            params=params,
            triggers=triggers,
            reporters=reporters,
            description=description,
            short_desc=short_desc,
            tags=tags,
            marked_as_test=marked_as_test,
            custom_fields=custom_fields,
            automation_local=automation_local,
            delayed_triggers_behavior=delayed_triggers_behavior,
        )

        scenario_settings.additional_properties = d
        return scenario_settings

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
