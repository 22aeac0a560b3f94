from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_heavy_status_health_messages_messages_type_0_item import (
        DeploymentHeavyStatusHealthMessagesMessagesType0Item,
    )


T = TypeVar("T", bound="DeploymentHeavyStatusHealthMessages")


@_attrs_define
class DeploymentHeavyStatusHealthMessages:
    """Why (`messages`, each with `severity`, `message`).

    Attributes:
        messages (list[DeploymentHeavyStatusHealthMessagesMessagesType0Item] | None | Unset): The messages, each with
            `severity`, `isFatal` and `message`.
        any_message (bool | None | Unset): Whether there is any message.
        warning (bool | None | Unset): Whether any is a warning.
        error (bool | None | Unset): Whether any is an error.
    """

    messages: (
        list[DeploymentHeavyStatusHealthMessagesMessagesType0Item] | None | Unset
    ) = UNSET
    any_message: bool | None | Unset = UNSET
    warning: bool | None | Unset = UNSET
    error: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        any_message: bool | None | Unset
        if isinstance(self.any_message, Unset):
            any_message = UNSET
        else:
            any_message = self.any_message

        warning: bool | None | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        error: bool | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if any_message is not UNSET:
            field_dict["anyMessage"] = any_message
        if warning is not UNSET:
            field_dict["warning"] = warning
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deployment_heavy_status_health_messages_messages_type_0_item import (
            DeploymentHeavyStatusHealthMessagesMessagesType0Item,
        )

        d = dict(src_dict)

        def _parse_messages(
            data: object,
        ) -> list[DeploymentHeavyStatusHealthMessagesMessagesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = (
                        DeploymentHeavyStatusHealthMessagesMessagesType0Item.from_dict(
                            messages_type_0_item_data
                        )
                    )

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DeploymentHeavyStatusHealthMessagesMessagesType0Item]
                | None
                | Unset,
                data,
            )

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_any_message(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        any_message = _parse_any_message(d.pop("anyMessage", UNSET))

        def _parse_warning(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        def _parse_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        deployment_heavy_status_health_messages = cls(
            messages=messages,
            any_message=any_message,
            warning=warning,
            error=error,
        )

        deployment_heavy_status_health_messages.additional_properties = d
        return deployment_heavy_status_health_messages

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
