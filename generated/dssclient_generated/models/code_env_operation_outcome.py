from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.info_messages import InfoMessages


T = TypeVar("T", bound="CodeEnvOperationOutcome")


@_attrs_define
class CodeEnvOperationOutcome:
    """The outcome of a code env task that DSS answered once it was over (`wait=true`).

    Attributes:
        env_lang (str | Unset): Language of the code env.
        env_name (str | Unset): Name of the code env.
        messages (InfoMessages | Unset): Messages collected while DSS did something, and flags summarising them.
    """

    env_lang: str | Unset = UNSET
    env_name: str | Unset = UNSET
    messages: InfoMessages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env_lang = self.env_lang

        env_name = self.env_name

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_lang is not UNSET:
            field_dict["envLang"] = env_lang
        if env_name is not UNSET:
            field_dict["envName"] = env_name
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.info_messages import InfoMessages

        d = dict(src_dict)
        env_lang = d.pop("envLang", UNSET)

        env_name = d.pop("envName", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: InfoMessages | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = InfoMessages.from_dict(_messages)

        code_env_operation_outcome = cls(
            env_lang=env_lang,
            env_name=env_name,
            messages=messages,
        )

        code_env_operation_outcome.additional_properties = d
        return code_env_operation_outcome

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
