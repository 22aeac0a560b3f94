from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_status_all_messages_for_frontend_messages_type_0_item import (
        RecipeStatusAllMessagesForFrontendMessagesType0Item,
    )


T = TypeVar("T", bound="RecipeStatusAllMessagesForFrontend")


@_attrs_define
class RecipeStatusAllMessagesForFrontend:
    """The messages of the checks and the highest severity.

    Attributes:
        max_severity (None | str | Unset): The highest severity (`INFO`, `WARNING`, `ERROR`); absent without messages.
        any_message (bool | None | Unset): Whether there is any message (unverified).
        messages (list[RecipeStatusAllMessagesForFrontendMessagesType0Item] | None | Unset): The messages.
    """

    max_severity: None | str | Unset = UNSET
    any_message: bool | None | Unset = UNSET
    messages: (
        list[RecipeStatusAllMessagesForFrontendMessagesType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_severity: None | str | Unset
        if isinstance(self.max_severity, Unset):
            max_severity = UNSET
        else:
            max_severity = self.max_severity

        any_message: bool | None | Unset
        if isinstance(self.any_message, Unset):
            any_message = UNSET
        else:
            any_message = self.any_message

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_severity is not UNSET:
            field_dict["maxSeverity"] = max_severity
        if any_message is not UNSET:
            field_dict["anyMessage"] = any_message
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_status_all_messages_for_frontend_messages_type_0_item import (
            RecipeStatusAllMessagesForFrontendMessagesType0Item,
        )

        d = dict(src_dict)

        def _parse_max_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_severity = _parse_max_severity(d.pop("maxSeverity", UNSET))

        def _parse_any_message(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        any_message = _parse_any_message(d.pop("anyMessage", UNSET))

        def _parse_messages(
            data: object,
        ) -> list[RecipeStatusAllMessagesForFrontendMessagesType0Item] | None | Unset:
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
                        RecipeStatusAllMessagesForFrontendMessagesType0Item.from_dict(
                            messages_type_0_item_data
                        )
                    )

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[RecipeStatusAllMessagesForFrontendMessagesType0Item]
                | None
                | Unset,
                data,
            )

        messages = _parse_messages(d.pop("messages", UNSET))

        recipe_status_all_messages_for_frontend = cls(
            max_severity=max_severity,
            any_message=any_message,
            messages=messages,
        )

        recipe_status_all_messages_for_frontend.additional_properties = d
        return recipe_status_all_messages_for_frontend

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
