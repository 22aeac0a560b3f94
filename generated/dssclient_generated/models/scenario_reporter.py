from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_reporter_messaging_type_0 import (
        ScenarioReporterMessagingType0,
    )
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="ScenarioReporter")


@_attrs_define
class ScenarioReporter:
    """A reporter of a scenario, which sends a message when a run starts or ends.

    Attributes:
        id (None | str | Unset): Identifier of the reporter (unverified).
        name (None | str | Unset): Display name of the reporter.
        active (bool | None | Unset): Whether the reporter sends.
        phase (None | str | Unset): When it sends (`START`, `END`) (unverified).
        run_condition_enabled (bool | None | Unset): Whether `runCondition` restricts it.
        run_condition (None | str | Unset): A DSS formula that must hold for it to send (`outcome != 'SUCCESS'`).
        messaging (None | ScenarioReporterMessagingType0 | Unset): The channel and the message.
        version_tag (UserTag | Unset): Who did something to an object, and when.
        creation_tag (UserTag | Unset): Who did something to an object, and when.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    phase: None | str | Unset = UNSET
    run_condition_enabled: bool | None | Unset = UNSET
    run_condition: None | str | Unset = UNSET
    messaging: None | ScenarioReporterMessagingType0 | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_reporter_messaging_type_0 import (
            ScenarioReporterMessagingType0,
        )

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

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        run_condition_enabled: bool | None | Unset
        if isinstance(self.run_condition_enabled, Unset):
            run_condition_enabled = UNSET
        else:
            run_condition_enabled = self.run_condition_enabled

        run_condition: None | str | Unset
        if isinstance(self.run_condition, Unset):
            run_condition = UNSET
        else:
            run_condition = self.run_condition

        messaging: dict[str, Any] | None | Unset
        if isinstance(self.messaging, Unset):
            messaging = UNSET
        elif isinstance(self.messaging, ScenarioReporterMessagingType0):
            messaging = self.messaging.to_dict()
        else:
            messaging = self.messaging

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
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if phase is not UNSET:
            field_dict["phase"] = phase
        if run_condition_enabled is not UNSET:
            field_dict["runConditionEnabled"] = run_condition_enabled
        if run_condition is not UNSET:
            field_dict["runCondition"] = run_condition
        if messaging is not UNSET:
            field_dict["messaging"] = messaging
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_reporter_messaging_type_0 import (
            ScenarioReporterMessagingType0,
        )
        from ..models.user_tag import UserTag

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

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_phase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        def _parse_run_condition_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_condition_enabled = _parse_run_condition_enabled(
            d.pop("runConditionEnabled", UNSET)
        )

        def _parse_run_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_condition = _parse_run_condition(d.pop("runCondition", UNSET))

        def _parse_messaging(
            data: object,
        ) -> None | ScenarioReporterMessagingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                messaging_type_0 = ScenarioReporterMessagingType0.from_dict(data)

                return messaging_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioReporterMessagingType0 | Unset, data)

        messaging = _parse_messaging(d.pop("messaging", UNSET))

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

        scenario_reporter = cls(
            id=id,
            name=name,
            active=active,
            phase=phase,
            run_condition_enabled=run_condition_enabled,
            run_condition=run_condition,
            messaging=messaging,
            version_tag=version_tag,
            creation_tag=creation_tag,
        )

        scenario_reporter.additional_properties = d
        return scenario_reporter

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
