from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_app_params_env_selection import WebAppParamsEnvSelection


T = TypeVar("T", bound="WebAppParams")


@_attrs_define
class WebAppParams:
    """The webapp's code and options; which properties depend on its type.

    Attributes:
        html (str | Unset): HTML of a standard webapp.
        css (str | Unset): CSS of a standard webapp.
        js (str | Unset): JavaScript of a standard webapp.
        python (str | Unset): Python code of the backend (standard, Bokeh, Dash, Streamlit webapps).
        backend_enabled (bool | Unset): Whether a standard webapp has a backend.
        auto_start_backend (bool | Unset): Whether DSS starts the backend with the instance.
        env_selection (WebAppParamsEnvSelection | Unset): The code environment of the backend.
    """

    html: str | Unset = UNSET
    css: str | Unset = UNSET
    js: str | Unset = UNSET
    python: str | Unset = UNSET
    backend_enabled: bool | Unset = UNSET
    auto_start_backend: bool | Unset = UNSET
    env_selection: WebAppParamsEnvSelection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        html = self.html

        css = self.css

        js = self.js

        python = self.python

        backend_enabled = self.backend_enabled

        auto_start_backend = self.auto_start_backend

        env_selection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_selection, Unset):
            env_selection = self.env_selection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if html is not UNSET:
            field_dict["html"] = html
        if css is not UNSET:
            field_dict["css"] = css
        if js is not UNSET:
            field_dict["js"] = js
        if python is not UNSET:
            field_dict["python"] = python
        if backend_enabled is not UNSET:
            field_dict["backendEnabled"] = backend_enabled
        if auto_start_backend is not UNSET:
            field_dict["autoStartBackend"] = auto_start_backend
        if env_selection is not UNSET:
            field_dict["envSelection"] = env_selection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.web_app_params_env_selection import WebAppParamsEnvSelection

        d = dict(src_dict)
        html = d.pop("html", UNSET)

        css = d.pop("css", UNSET)

        js = d.pop("js", UNSET)

        python = d.pop("python", UNSET)

        backend_enabled = d.pop("backendEnabled", UNSET)

        auto_start_backend = d.pop("autoStartBackend", UNSET)

        _env_selection = d.pop("envSelection", UNSET)
        env_selection: WebAppParamsEnvSelection | Unset
        if isinstance(_env_selection, Unset):
            env_selection = UNSET
        else:
            env_selection = WebAppParamsEnvSelection.from_dict(_env_selection)

        web_app_params = cls(
            html=html,
            css=css,
            js=js,
            python=python,
            backend_enabled=backend_enabled,
            auto_start_backend=auto_start_backend,
            env_selection=env_selection,
        )

        web_app_params.additional_properties = d
        return web_app_params

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
