from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle_activation_options_scenarios_active_on_activation_type_0 import (
        BundleActivationOptionsScenariosActiveOnActivationType0,
    )


T = TypeVar("T", bound="BundleActivationOptions")


@_attrs_define
class BundleActivationOptions:
    """How to activate a bundle.

    Attributes:
        scenarios_active_on_activation (BundleActivationOptionsScenariosActiveOnActivationType0 | None | Unset):
            Scenario identifiers mapped to whether each is active after the activation.
    """

    scenarios_active_on_activation: (
        BundleActivationOptionsScenariosActiveOnActivationType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bundle_activation_options_scenarios_active_on_activation_type_0 import (
            BundleActivationOptionsScenariosActiveOnActivationType0,
        )

        scenarios_active_on_activation: dict[str, Any] | None | Unset
        if isinstance(self.scenarios_active_on_activation, Unset):
            scenarios_active_on_activation = UNSET
        elif isinstance(
            self.scenarios_active_on_activation,
            BundleActivationOptionsScenariosActiveOnActivationType0,
        ):
            scenarios_active_on_activation = (
                self.scenarios_active_on_activation.to_dict()
            )
        else:
            scenarios_active_on_activation = self.scenarios_active_on_activation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scenarios_active_on_activation is not UNSET:
            field_dict["scenariosActiveOnActivation"] = scenarios_active_on_activation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bundle_activation_options_scenarios_active_on_activation_type_0 import (
            BundleActivationOptionsScenariosActiveOnActivationType0,
        )

        d = dict(src_dict)

        def _parse_scenarios_active_on_activation(
            data: object,
        ) -> BundleActivationOptionsScenariosActiveOnActivationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scenarios_active_on_activation_type_0 = (
                    BundleActivationOptionsScenariosActiveOnActivationType0.from_dict(
                        data
                    )
                )

                return scenarios_active_on_activation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BundleActivationOptionsScenariosActiveOnActivationType0 | None | Unset,
                data,
            )

        scenarios_active_on_activation = _parse_scenarios_active_on_activation(
            d.pop("scenariosActiveOnActivation", UNSET)
        )

        bundle_activation_options = cls(
            scenarios_active_on_activation=scenarios_active_on_activation,
        )

        bundle_activation_options.additional_properties = d
        return bundle_activation_options

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
