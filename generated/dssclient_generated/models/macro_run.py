from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MacroRun")


@_attrs_define
class MacroRun:
    """A run of a macro, and whether it is over.

    Attributes:
        run_id (str): Identifier of the run.
        running (bool | Unset): Whether the run is still going.
        aborted (bool | Unset): Whether it was aborted (unverified).
        success (bool | Unset): Whether it ended with a result (unverified).
        error (None | str | Unset): Why it failed, when it did (unverified).
    """

    run_id: str
    running: bool | Unset = UNSET
    aborted: bool | Unset = UNSET
    success: bool | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        running = self.running

        aborted = self.aborted

        success = self.success

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runId": run_id,
            }
        )
        if running is not UNSET:
            field_dict["running"] = running
        if aborted is not UNSET:
            field_dict["aborted"] = aborted
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        run_id = d.pop("runId")

        running = d.pop("running", UNSET)

        aborted = d.pop("aborted", UNSET)

        success = d.pop("success", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        macro_run = cls(
            run_id=run_id,
            running=running,
            aborted=aborted,
            success=success,
            error=error,
        )

        macro_run.additional_properties = d
        return macro_run

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
