from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proxy_model_configuration import ProxyModelConfiguration


T = TypeVar("T", bound="CreateSavedModelBody")


@_attrs_define
class CreateSavedModelBody:
    """The saved model to create.

    Attributes:
        saved_model_type (str): `MLFLOW_PYFUNC`, `PROXY_MODEL` or `LLM_GENERIC`.
        name (str): Name of the saved model.
        prediction_type (None | str | Unset): `BINARY_CLASSIFICATION`, `MULTICLASS`, `REGRESSION`, or null (another kind
            of MLflow model).
        proxy_model_configuration (None | ProxyModelConfiguration | Unset): For an external model, its cloud service;
            null otherwise.
    """

    saved_model_type: str
    name: str
    prediction_type: None | str | Unset = UNSET
    proxy_model_configuration: None | ProxyModelConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.proxy_model_configuration import ProxyModelConfiguration

        saved_model_type = self.saved_model_type

        name = self.name

        prediction_type: None | str | Unset
        if isinstance(self.prediction_type, Unset):
            prediction_type = UNSET
        else:
            prediction_type = self.prediction_type

        proxy_model_configuration: dict[str, Any] | None | Unset
        if isinstance(self.proxy_model_configuration, Unset):
            proxy_model_configuration = UNSET
        elif isinstance(self.proxy_model_configuration, ProxyModelConfiguration):
            proxy_model_configuration = self.proxy_model_configuration.to_dict()
        else:
            proxy_model_configuration = self.proxy_model_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "savedModelType": saved_model_type,
                "name": name,
            }
        )
        if prediction_type is not UNSET:
            field_dict["predictionType"] = prediction_type
        if proxy_model_configuration is not UNSET:
            field_dict["proxyModelConfiguration"] = proxy_model_configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.proxy_model_configuration import ProxyModelConfiguration

        d = dict(src_dict)
        saved_model_type = d.pop("savedModelType")

        name = d.pop("name")

        def _parse_prediction_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prediction_type = _parse_prediction_type(d.pop("predictionType", UNSET))

        def _parse_proxy_model_configuration(
            data: object,
        ) -> None | ProxyModelConfiguration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proxy_model_configuration_type_0 = ProxyModelConfiguration.from_dict(
                    data
                )

                return proxy_model_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProxyModelConfiguration | Unset, data)

        proxy_model_configuration = _parse_proxy_model_configuration(
            d.pop("proxyModelConfiguration", UNSET)
        )

        create_saved_model_body = cls(
            saved_model_type=saved_model_type,
            name=name,
            prediction_type=prediction_type,
            proxy_model_configuration=proxy_model_configuration,
        )

        create_saved_model_body.additional_properties = d
        return create_saved_model_body

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
