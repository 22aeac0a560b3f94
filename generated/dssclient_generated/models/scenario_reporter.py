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


T = TypeVar("T", bound="ScenarioReporter")


@_attrs_define
class ScenarioReporter:
    """A reporter of a scenario: a message sent when a run starts or ends. Unverified: the official client treats reporters
    as opaque dicts; the properties listed are named after what DSS's scenario editor saves.

        Attributes:
            id (None | str | Unset): Identifier of the reporter in the scenario.
            name (None | str | Unset): Display name of the reporter.
            active (bool | None | Unset): Whether the reporter sends its messages.
            messaging (None | ScenarioReporterMessagingType0 | Unset): The channel and its configuration (`type`,
                `configuration`).
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    messaging: None | ScenarioReporterMessagingType0 | Unset = UNSET
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

        messaging: dict[str, Any] | None | Unset
        if isinstance(self.messaging, Unset):
            messaging = UNSET
        elif isinstance(self.messaging, ScenarioReporterMessagingType0):
            messaging = self.messaging.to_dict()
        else:
            messaging = self.messaging

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if messaging is not UNSET:
            field_dict["messaging"] = messaging

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_reporter_messaging_type_0 import (
            ScenarioReporterMessagingType0,
        )

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

        scenario_reporter = cls(
            id=id,
            name=name,
            active=active,
            messaging=messaging,
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
