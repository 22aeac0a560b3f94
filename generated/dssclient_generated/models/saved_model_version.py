from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_snippet import TrainedModelSnippet


T = TypeVar("T", bound="SavedModelVersion")


@_attrs_define
class SavedModelVersion:
    """A version of a saved model, as listVersions gives it.

    Attributes:
        id (str): Identifier of the version.
        active (bool): Whether it is the active version.
        snippet (TrainedModelSnippet | Unset): A trained model's summary: its ids, algorithm, dates and state, and its
            performance metrics
            at the top level (DSS's names: `auc`, `accuracy`, `f1`, `precision`, `recall`, `logLoss`
            for classification; `r2`, `mae`, `mse`, `rmse`, `evs`, `mape` for regression;
            `silhouette`, `inertia` for clustering; a k-fold cross-test adds each one's `...std`).
    """

    id: str
    active: bool
    snippet: TrainedModelSnippet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        active = self.active

        snippet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snippet, Unset):
            snippet = self.snippet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "active": active,
            }
        )
        if snippet is not UNSET:
            field_dict["snippet"] = snippet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_snippet import TrainedModelSnippet

        d = dict(src_dict)
        id = d.pop("id")

        active = d.pop("active")

        _snippet = d.pop("snippet", UNSET)
        snippet: TrainedModelSnippet | Unset
        if isinstance(_snippet, Unset):
            snippet = UNSET
        else:
            snippet = TrainedModelSnippet.from_dict(_snippet)

        saved_model_version = cls(
            id=id,
            active=active,
            snippet=snippet,
        )

        saved_model_version.additional_properties = d
        return saved_model_version

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
