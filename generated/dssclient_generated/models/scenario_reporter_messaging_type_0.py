from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_reporter_messaging_type_0_configuration_type_0 import (
        ScenarioReporterMessagingType0ConfigurationType0,
    )


T = TypeVar("T", bound="ScenarioReporterMessagingType0")


@_attrs_define
class ScenarioReporterMessagingType0:
    """The channel and the message.

    Attributes:
        type_ (None | str | Unset): The channel (`mail-scenario`, `slack-scenario`, `msft-teams-scenario`, `webhook-
            scenario`, ...).
        configuration (None | ScenarioReporterMessagingType0ConfigurationType0 | Unset): The channel's settings
            (`channelId`, `recipient`, `subject`, `message`, ...).
    """

    type_: None | str | Unset = UNSET
    configuration: None | ScenarioReporterMessagingType0ConfigurationType0 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_reporter_messaging_type_0_configuration_type_0 import (
            ScenarioReporterMessagingType0ConfigurationType0,
        )

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(
            self.configuration, ScenarioReporterMessagingType0ConfigurationType0
        ):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_reporter_messaging_type_0_configuration_type_0 import (
            ScenarioReporterMessagingType0ConfigurationType0,
        )

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_configuration(
            data: object,
        ) -> None | ScenarioReporterMessagingType0ConfigurationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = (
                    ScenarioReporterMessagingType0ConfigurationType0.from_dict(data)
                )

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScenarioReporterMessagingType0ConfigurationType0 | Unset, data
            )

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        scenario_reporter_messaging_type_0 = cls(
            type_=type_,
            configuration=configuration,
        )

        scenario_reporter_messaging_type_0.additional_properties = d
        return scenario_reporter_messaging_type_0

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
