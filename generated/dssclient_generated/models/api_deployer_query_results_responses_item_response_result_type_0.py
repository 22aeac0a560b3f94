from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_query_results_responses_item_response_result_type_0_probas_type_0 import (
        ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0,
    )


T = TypeVar("T", bound="ApiDeployerQueryResultsResponsesItemResponseResultType0")


@_attrs_define
class ApiDeployerQueryResultsResponsesItemResponseResultType0:
    """The prediction or the function's result.

    Attributes:
        prediction (Any | Unset): The predicted value or class, for a prediction endpoint.
        probas (ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0 | None | Unset): Probability of each
            class, for a classification endpoint.
        response (Any | Unset): The function's answer, for a function endpoint (unverified).
    """

    prediction: Any | Unset = UNSET
    probas: (
        ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0
        | None
        | Unset
    ) = UNSET
    response: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_deployer_query_results_responses_item_response_result_type_0_probas_type_0 import (
            ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0,
        )

        prediction = self.prediction

        probas: dict[str, Any] | None | Unset
        if isinstance(self.probas, Unset):
            probas = UNSET
        elif isinstance(
            self.probas,
            ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0,
        ):
            probas = self.probas.to_dict()
        else:
            probas = self.probas

        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if probas is not UNSET:
            field_dict["probas"] = probas
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_query_results_responses_item_response_result_type_0_probas_type_0 import (
            ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0,
        )

        d = dict(src_dict)
        prediction = d.pop("prediction", UNSET)

        def _parse_probas(
            data: object,
        ) -> (
            ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                probas_type_0 = ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0.from_dict(
                    data
                )

                return probas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0
                | None
                | Unset,
                data,
            )

        probas = _parse_probas(d.pop("probas", UNSET))

        response = d.pop("response", UNSET)

        api_deployer_query_results_responses_item_response_result_type_0 = cls(
            prediction=prediction,
            probas=probas,
            response=response,
        )

        api_deployer_query_results_responses_item_response_result_type_0.additional_properties = d
        return api_deployer_query_results_responses_item_response_result_type_0

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
