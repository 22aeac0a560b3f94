from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_page_grid_type_0 import DashboardPageGridType0
    from ..models.dashboard_tile import DashboardTile


T = TypeVar("T", bound="DashboardPage")


@_attrs_define
class DashboardPage:
    """A page (slide) of a dashboard. DSS 12+ keeps the tiles in `grid.tiles`; older versions in `tiles`.

    Attributes:
        id (None | str | Unset): Identifier of the page, chosen by DSS when absent.
        title (None | str | Unset): Title of the page.
        grid (DashboardPageGridType0 | None | Unset): The page's grid of tiles.
        tiles (list[DashboardTile] | None | Unset): The tiles of the page, in the layout of DSS before version 12.
    """

    id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    grid: DashboardPageGridType0 | None | Unset = UNSET
    tiles: list[DashboardTile] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_page_grid_type_0 import DashboardPageGridType0

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        grid: dict[str, Any] | None | Unset
        if isinstance(self.grid, Unset):
            grid = UNSET
        elif isinstance(self.grid, DashboardPageGridType0):
            grid = self.grid.to_dict()
        else:
            grid = self.grid

        tiles: list[dict[str, Any]] | None | Unset
        if isinstance(self.tiles, Unset):
            tiles = UNSET
        elif isinstance(self.tiles, list):
            tiles = []
            for tiles_type_0_item_data in self.tiles:
                tiles_type_0_item = tiles_type_0_item_data.to_dict()
                tiles.append(tiles_type_0_item)

        else:
            tiles = self.tiles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if grid is not UNSET:
            field_dict["grid"] = grid
        if tiles is not UNSET:
            field_dict["tiles"] = tiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dashboard_page_grid_type_0 import DashboardPageGridType0
        from ..models.dashboard_tile import DashboardTile

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_grid(data: object) -> DashboardPageGridType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grid_type_0 = DashboardPageGridType0.from_dict(data)

                return grid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardPageGridType0 | None | Unset, data)

        grid = _parse_grid(d.pop("grid", UNSET))

        def _parse_tiles(data: object) -> list[DashboardTile] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tiles_type_0 = []
                _tiles_type_0 = data
                for tiles_type_0_item_data in _tiles_type_0:
                    tiles_type_0_item = DashboardTile.from_dict(tiles_type_0_item_data)

                    tiles_type_0.append(tiles_type_0_item)

                return tiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DashboardTile] | None | Unset, data)

        tiles = _parse_tiles(d.pop("tiles", UNSET))

        dashboard_page = cls(
            id=id,
            title=title,
            grid=grid,
            tiles=tiles,
        )

        dashboard_page.additional_properties = d
        return dashboard_page

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
