from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_tile_box_type_0 import DashboardTileBoxType0
    from ..models.dashboard_tile_tile_params_type_0 import DashboardTileTileParamsType0


T = TypeVar("T", bound="DashboardTile")


@_attrs_define
class DashboardTile:
    """A tile of a dashboard page: `tileType` is `INSIGHT` (showing the insight `insightId`,
    of type `insightType`), `STATIC` (text, image, embedded page: `tileParams`) or
    `FILTERS`; `box` places it on the page's grid.

        Attributes:
            tile_type (None | str | Unset): INSIGHT, STATIC or FILTERS today (`x-extensible-enum`).
            insight_id (None | str | Unset): The insight shown, for an INSIGHT tile.
            insight_type (None | str | Unset): The type of that insight.
            title (None | str | Unset): The tile's title.
            box (DashboardTileBoxType0 | None | Unset): Where the tile is on the page's grid.
            tile_params (DashboardTileTileParamsType0 | None | Unset): Parameters of the tile's content, by tile kind (a
                static tile's text, ...); any JSON values.
    """

    tile_type: None | str | Unset = UNSET
    insight_id: None | str | Unset = UNSET
    insight_type: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    box: DashboardTileBoxType0 | None | Unset = UNSET
    tile_params: DashboardTileTileParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_tile_box_type_0 import DashboardTileBoxType0
        from ..models.dashboard_tile_tile_params_type_0 import (
            DashboardTileTileParamsType0,
        )

        tile_type: None | str | Unset
        if isinstance(self.tile_type, Unset):
            tile_type = UNSET
        else:
            tile_type = self.tile_type

        insight_id: None | str | Unset
        if isinstance(self.insight_id, Unset):
            insight_id = UNSET
        else:
            insight_id = self.insight_id

        insight_type: None | str | Unset
        if isinstance(self.insight_type, Unset):
            insight_type = UNSET
        else:
            insight_type = self.insight_type

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        box: dict[str, Any] | None | Unset
        if isinstance(self.box, Unset):
            box = UNSET
        elif isinstance(self.box, DashboardTileBoxType0):
            box = self.box.to_dict()
        else:
            box = self.box

        tile_params: dict[str, Any] | None | Unset
        if isinstance(self.tile_params, Unset):
            tile_params = UNSET
        elif isinstance(self.tile_params, DashboardTileTileParamsType0):
            tile_params = self.tile_params.to_dict()
        else:
            tile_params = self.tile_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tile_type is not UNSET:
            field_dict["tileType"] = tile_type
        if insight_id is not UNSET:
            field_dict["insightId"] = insight_id
        if insight_type is not UNSET:
            field_dict["insightType"] = insight_type
        if title is not UNSET:
            field_dict["title"] = title
        if box is not UNSET:
            field_dict["box"] = box
        if tile_params is not UNSET:
            field_dict["tileParams"] = tile_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dashboard_tile_box_type_0 import DashboardTileBoxType0
        from ..models.dashboard_tile_tile_params_type_0 import (
            DashboardTileTileParamsType0,
        )

        d = dict(src_dict)

        def _parse_tile_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tile_type = _parse_tile_type(d.pop("tileType", UNSET))

        def _parse_insight_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insight_id = _parse_insight_id(d.pop("insightId", UNSET))

        def _parse_insight_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insight_type = _parse_insight_type(d.pop("insightType", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_box(data: object) -> DashboardTileBoxType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                box_type_0 = DashboardTileBoxType0.from_dict(data)

                return box_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardTileBoxType0 | None | Unset, data)

        box = _parse_box(d.pop("box", UNSET))

        def _parse_tile_params(
            data: object,
        ) -> DashboardTileTileParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tile_params_type_0 = DashboardTileTileParamsType0.from_dict(data)

                return tile_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardTileTileParamsType0 | None | Unset, data)

        tile_params = _parse_tile_params(d.pop("tileParams", UNSET))

        dashboard_tile = cls(
            tile_type=tile_type,
            insight_id=insight_id,
            insight_type=insight_type,
            title=title,
            box=box,
            tile_params=tile_params,
        )

        dashboard_tile.additional_properties = d
        return dashboard_tile

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
