from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.future_state import FutureState


T = TypeVar("T", bound="WebAppBackendState")


@_attrs_define
class WebAppBackendState:
    """The state of a webapp's backend.

    Attributes:
        project_key (str): Project of the webapp.
        web_app_id (str): The webapp.
        future_info (FutureState | Unset): The state of a long task. A task is over when `alive` is false; it
            succeeded when `hasResult` is true (its result may be absent when it
            is null). Properties whose value is null are absent.
    """

    project_key: str
    web_app_id: str
    future_info: FutureState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        web_app_id = self.web_app_id

        future_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.future_info, Unset):
            future_info = self.future_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "webAppId": web_app_id,
            }
        )
        if future_info is not UNSET:
            field_dict["futureInfo"] = future_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.future_state import FutureState

        d = dict(src_dict)
        project_key = d.pop("projectKey")

        web_app_id = d.pop("webAppId")

        _future_info = d.pop("futureInfo", UNSET)
        future_info: FutureState | Unset
        if isinstance(_future_info, Unset):
            future_info = UNSET
        else:
            future_info = FutureState.from_dict(_future_info)

        web_app_backend_state = cls(
            project_key=project_key,
            web_app_id=web_app_id,
            future_info=future_info,
        )

        web_app_backend_state.additional_properties = d
        return web_app_backend_state

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
