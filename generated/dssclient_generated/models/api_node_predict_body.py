from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_dispatch import ApiNodeDispatch
    from ..models.api_node_explanations_request import ApiNodeExplanationsRequest
    from ..models.api_node_predict_body_context import ApiNodePredictBodyContext
    from ..models.api_node_predict_body_features import ApiNodePredictBodyFeatures


T = TypeVar("T", bound="ApiNodePredictBody")


@_attrs_define
class ApiNodePredictBody:
    """One record to score.

    Attributes:
        features (ApiNodePredictBodyFeatures): The record's features, by column name.
        context (ApiNodePredictBodyContext | Unset): Context information, logged but not used.
        explanations (ApiNodeExplanationsRequest | Unset): Individual explanations asked for (each unset option takes
            the endpoint's value).
        dispatch (ApiNodeDispatch | Unset): Which generation of a multi-generation service answers.
    """

    features: ApiNodePredictBodyFeatures
    context: ApiNodePredictBodyContext | Unset = UNSET
    explanations: ApiNodeExplanationsRequest | Unset = UNSET
    dispatch: ApiNodeDispatch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features = self.features.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        explanations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.explanations, Unset):
            explanations = self.explanations.to_dict()

        dispatch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dispatch, Unset):
            dispatch = self.dispatch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "features": features,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if explanations is not UNSET:
            field_dict["explanations"] = explanations
        if dispatch is not UNSET:
            field_dict["dispatch"] = dispatch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_dispatch import ApiNodeDispatch
        from ..models.api_node_explanations_request import ApiNodeExplanationsRequest
        from ..models.api_node_predict_body_context import ApiNodePredictBodyContext
        from ..models.api_node_predict_body_features import ApiNodePredictBodyFeatures

        d = dict(src_dict)
        features = ApiNodePredictBodyFeatures.from_dict(d.pop("features"))

        _context = d.pop("context", UNSET)
        context: ApiNodePredictBodyContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ApiNodePredictBodyContext.from_dict(_context)

        _explanations = d.pop("explanations", UNSET)
        explanations: ApiNodeExplanationsRequest | Unset
        if isinstance(_explanations, Unset):
            explanations = UNSET
        else:
            explanations = ApiNodeExplanationsRequest.from_dict(_explanations)

        _dispatch = d.pop("dispatch", UNSET)
        dispatch: ApiNodeDispatch | Unset
        if isinstance(_dispatch, Unset):
            dispatch = UNSET
        else:
            dispatch = ApiNodeDispatch.from_dict(_dispatch)

        api_node_predict_body = cls(
            features=features,
            context=context,
            explanations=explanations,
            dispatch=dispatch,
        )

        api_node_predict_body.additional_properties = d
        return api_node_predict_body

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
