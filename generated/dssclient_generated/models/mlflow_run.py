from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mlflow_run_data import MlflowRunData
    from ..models.mlflow_run_info import MlflowRunInfo


T = TypeVar("T", bound="MlflowRun")


@_attrs_define
class MlflowRun:
    """A run of an experiment.

    Attributes:
        info (MlflowRunInfo | Unset): What identifies a run and its state.
        data (MlflowRunData | Unset): What a run logged.
    """

    info: MlflowRunInfo | Unset = UNSET
    data: MlflowRunData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info is not UNSET:
            field_dict["info"] = info
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mlflow_run_data import MlflowRunData
        from ..models.mlflow_run_info import MlflowRunInfo

        d = dict(src_dict)
        _info = d.pop("info", UNSET)
        info: MlflowRunInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = MlflowRunInfo.from_dict(_info)

        _data = d.pop("data", UNSET)
        data: MlflowRunData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MlflowRunData.from_dict(_data)

        mlflow_run = cls(
            info=info,
            data=data,
        )

        mlflow_run.additional_properties = d
        return mlflow_run

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
