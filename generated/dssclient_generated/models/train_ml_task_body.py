from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainMLTaskBody")


@_attrs_define
class TrainMLTaskBody:
    """The new session's name and description.

    Attributes:
        session_name (None | str | Unset): The session's name.
        session_description (None | str | Unset): The session's description.
        run_queue (bool | None | Unset): Also train the sessions waiting in the task's queue afterwards.
    """

    session_name: None | str | Unset = UNSET
    session_description: None | str | Unset = UNSET
    run_queue: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_name: None | str | Unset
        if isinstance(self.session_name, Unset):
            session_name = UNSET
        else:
            session_name = self.session_name

        session_description: None | str | Unset
        if isinstance(self.session_description, Unset):
            session_description = UNSET
        else:
            session_description = self.session_description

        run_queue: bool | None | Unset
        if isinstance(self.run_queue, Unset):
            run_queue = UNSET
        else:
            run_queue = self.run_queue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_name is not UNSET:
            field_dict["sessionName"] = session_name
        if session_description is not UNSET:
            field_dict["sessionDescription"] = session_description
        if run_queue is not UNSET:
            field_dict["runQueue"] = run_queue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_session_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_name = _parse_session_name(d.pop("sessionName", UNSET))

        def _parse_session_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_description = _parse_session_description(
            d.pop("sessionDescription", UNSET)
        )

        def _parse_run_queue(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_queue = _parse_run_queue(d.pop("runQueue", UNSET))

        train_ml_task_body = cls(
            session_name=session_name,
            session_description=session_description,
            run_queue=run_queue,
        )

        train_ml_task_body.additional_properties = d
        return train_ml_task_body

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
