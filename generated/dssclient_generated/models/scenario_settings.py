from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_reporter import ScenarioReporter
    from ..models.scenario_settings_params_type_0 import ScenarioSettingsParamsType0
    from ..models.scenario_trigger import ScenarioTrigger
    from ..models.user_tag import UserTag


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
        params (None | ScenarioSettingsParamsType0 | Unset): Type-specific settings; the `steps` of a step-based
            scenario, each with an `id`, a `name`, a `type` (`build_flowitem`, `custom_python`, `compute_metrics`, ...),
            `params` and a run condition.
        triggers (list[ScenarioTrigger] | None | Unset): The automatic triggers, each with an `id`, a `type`
            (`temporal`, ...), `active` and `params`.
        reporters (list[ScenarioReporter] | None | Unset): What the scenario reports, and where.
        version_tag (UserTag | Unset): Who did something to an object, and when.
        creation_tag (UserTag | Unset): Who did something to an object, and when.
    """

    id: str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    active: bool | None | Unset = UNSET
    run_as_user: None | str | Unset = UNSET
    params: None | ScenarioSettingsParamsType0 | Unset = UNSET
    triggers: list[ScenarioTrigger] | None | Unset = UNSET
    reporters: list[ScenarioReporter] | None | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_settings_params_type_0 import ScenarioSettingsParamsType0

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
        elif isinstance(self.params, ScenarioSettingsParamsType0):
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

        version_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_tag, Unset):
            version_tag = self.version_tag.to_dict()

        creation_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_tag, Unset):
            creation_tag = self.creation_tag.to_dict()

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
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_reporter import ScenarioReporter
        from ..models.scenario_settings_params_type_0 import ScenarioSettingsParamsType0
        from ..models.scenario_trigger import ScenarioTrigger
        from ..models.user_tag import UserTag

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

        def _parse_params(data: object) -> None | ScenarioSettingsParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ScenarioSettingsParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioSettingsParamsType0 | Unset, data)

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

        _version_tag = d.pop("versionTag", UNSET)
        version_tag: UserTag | Unset
        if isinstance(_version_tag, Unset):
            version_tag = UNSET
        else:
            version_tag = UserTag.from_dict(_version_tag)

        _creation_tag = d.pop("creationTag", UNSET)
        creation_tag: UserTag | Unset
        if isinstance(_creation_tag, Unset):
            creation_tag = UNSET
        else:
            creation_tag = UserTag.from_dict(_creation_tag)

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
            version_tag=version_tag,
            creation_tag=creation_tag,
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
