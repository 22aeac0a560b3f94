from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statistics_card_cards_type_0_item import StatisticsCardCardsType0Item
    from ..models.statistics_column import StatisticsColumn


T = TypeVar("T", bound="StatisticsCard")


@_attrs_define
class StatisticsCard:
    """A card of a worksheet (unverified): its `type` (`worksheet_root`, `univariate_summary`,
    `correlation_matrix`, `bivariate_histogram`, ... in DSS) and what it computes on.

        Attributes:
            type_ (str): The kind of card.
            id (None | str | Unset): The card's identifier within its worksheet.
            cards (list[StatisticsCardCardsType0Item] | None | Unset): For the root card, the worksheet's cards.
            columns (list[StatisticsColumn] | None | Unset): The columns a summary or matrix card works on.
            x_column (None | StatisticsColumn | Unset): A bivariate card's first column.
            y_column (None | StatisticsColumn | Unset): A bivariate card's second column.
            metric (None | str | Unset): A correlation matrix's metric: `PEARSON` or `SPEARMAN`.
            max_values (int | None | Unset): A bivariate histogram's most categories per axis.
            confidence_level (float | None | Unset): The confidence level of a test card.
    """

    type_: str
    id: None | str | Unset = UNSET
    cards: list[StatisticsCardCardsType0Item] | None | Unset = UNSET
    columns: list[StatisticsColumn] | None | Unset = UNSET
    x_column: None | StatisticsColumn | Unset = UNSET
    y_column: None | StatisticsColumn | Unset = UNSET
    metric: None | str | Unset = UNSET
    max_values: int | None | Unset = UNSET
    confidence_level: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.statistics_column import StatisticsColumn

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        cards: list[dict[str, Any]] | None | Unset
        if isinstance(self.cards, Unset):
            cards = UNSET
        elif isinstance(self.cards, list):
            cards = []
            for cards_type_0_item_data in self.cards:
                cards_type_0_item = cards_type_0_item_data.to_dict()
                cards.append(cards_type_0_item)

        else:
            cards = self.cards

        columns: list[dict[str, Any]] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = []
            for columns_type_0_item_data in self.columns:
                columns_type_0_item = columns_type_0_item_data.to_dict()
                columns.append(columns_type_0_item)

        else:
            columns = self.columns

        x_column: dict[str, Any] | None | Unset
        if isinstance(self.x_column, Unset):
            x_column = UNSET
        elif isinstance(self.x_column, StatisticsColumn):
            x_column = self.x_column.to_dict()
        else:
            x_column = self.x_column

        y_column: dict[str, Any] | None | Unset
        if isinstance(self.y_column, Unset):
            y_column = UNSET
        elif isinstance(self.y_column, StatisticsColumn):
            y_column = self.y_column.to_dict()
        else:
            y_column = self.y_column

        metric: None | str | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        else:
            metric = self.metric

        max_values: int | None | Unset
        if isinstance(self.max_values, Unset):
            max_values = UNSET
        else:
            max_values = self.max_values

        confidence_level: float | None | Unset
        if isinstance(self.confidence_level, Unset):
            confidence_level = UNSET
        else:
            confidence_level = self.confidence_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if cards is not UNSET:
            field_dict["cards"] = cards
        if columns is not UNSET:
            field_dict["columns"] = columns
        if x_column is not UNSET:
            field_dict["xColumn"] = x_column
        if y_column is not UNSET:
            field_dict["yColumn"] = y_column
        if metric is not UNSET:
            field_dict["metric"] = metric
        if max_values is not UNSET:
            field_dict["maxValues"] = max_values
        if confidence_level is not UNSET:
            field_dict["confidenceLevel"] = confidence_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.statistics_card_cards_type_0_item import (
            StatisticsCardCardsType0Item,
        )
        from ..models.statistics_column import StatisticsColumn

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_cards(
            data: object,
        ) -> list[StatisticsCardCardsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cards_type_0 = []
                _cards_type_0 = data
                for cards_type_0_item_data in _cards_type_0:
                    cards_type_0_item = StatisticsCardCardsType0Item.from_dict(
                        cards_type_0_item_data
                    )

                    cards_type_0.append(cards_type_0_item)

                return cards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StatisticsCardCardsType0Item] | None | Unset, data)

        cards = _parse_cards(d.pop("cards", UNSET))

        def _parse_columns(data: object) -> list[StatisticsColumn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = []
                _columns_type_0 = data
                for columns_type_0_item_data in _columns_type_0:
                    columns_type_0_item = StatisticsColumn.from_dict(
                        columns_type_0_item_data
                    )

                    columns_type_0.append(columns_type_0_item)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StatisticsColumn] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_x_column(data: object) -> None | StatisticsColumn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                x_column_type_0 = StatisticsColumn.from_dict(data)

                return x_column_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsColumn | Unset, data)

        x_column = _parse_x_column(d.pop("xColumn", UNSET))

        def _parse_y_column(data: object) -> None | StatisticsColumn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                y_column_type_0 = StatisticsColumn.from_dict(data)

                return y_column_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsColumn | Unset, data)

        y_column = _parse_y_column(d.pop("yColumn", UNSET))

        def _parse_metric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric = _parse_metric(d.pop("metric", UNSET))

        def _parse_max_values(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_values = _parse_max_values(d.pop("maxValues", UNSET))

        def _parse_confidence_level(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence_level = _parse_confidence_level(d.pop("confidenceLevel", UNSET))

        statistics_card = cls(
            type_=type_,
            id=id,
            cards=cards,
            columns=columns,
            x_column=x_column,
            y_column=y_column,
            metric=metric,
            max_values=max_values,
            confidence_level=confidence_level,
        )

        statistics_card.additional_properties = d
        return statistics_card

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
