"""TypedDicts of the JSON that visual recipes carry in their payload.

A visual recipe's settings (grouping keys and aggregations, prepare steps, joins, virtual inputs)
travel as a JSON document inside the recipe's ``payload`` string, which the API's schemas describe
as text: these types are therefore written here by hand, from the keys the official client reads
and writes, rather than generated from the spec like :mod:`dssclient.payloads`. They follow the
same rules: the payload stays the plain dict DSS sent, every type is open to keys it does not list
(PEP 728 ``extra_items=Any``), and the handles import this module under ``if TYPE_CHECKING:`` only.
"""

from typing import TYPE_CHECKING, Any, NotRequired

if TYPE_CHECKING:
    from typing_extensions import TypedDict
else:
    try:
        from typing_extensions import TypedDict
    except ImportError:  # plain typing takes no PEP 728 keyword: plain dict classes then, as good at run time

        class _Open(dict):
            def __init_subclass__(cls, **pep728):
                super().__init_subclass__()

        def TypedDict(typename, fields, /, **pep728):  # noqa: N802
            return type(typename, (_Open,), {"__annotations__": dict(fields)})

        TypedDict.__mro_entries__ = lambda bases: (_Open,)


class GroupingColumnAggregations(TypedDict, extra_items=Any):
    """The aggregations a grouping recipe computes on one column (an item of the payload's ``values``)."""

    column: str
    # The column's storage type, when given.
    type: NotRequired[str]
    min: NotRequired[bool]
    max: NotRequired[bool]
    count: NotRequired[bool]
    countDistinct: NotRequired[bool]
    sum: NotRequired[bool]
    concat: NotRequired[bool]
    stddev: NotRequired[bool]
    avg: NotRequired[bool]
    # The most frequent value (unverified: the official client sets it with the others).
    mode: NotRequired[bool]


class PrepareStep(TypedDict, extra_items=Any):
    """One step of a prepare recipe (an item of the payload's ``steps``)."""

    # ``PROCESSOR`` for a processor step (``GROUP`` for a group of steps).
    metaType: str
    # The processor (``ColumnRenamer``, ``FillEmptyWithValue``, ...).
    type: NotRequired[str]
    # The processor's parameters.
    params: NotRequired[dict[str, Any]]
    # Whether the step is off.
    disabled: NotRequired[bool]


class JoinColumn(TypedDict, extra_items=Any):
    """A column of a join condition: its name, and the virtual input (``table``) it belongs to."""

    name: str | None
    table: int


class JoinCondition(TypedDict, extra_items=Any):
    """A condition of a join (an item of a join's ``on``)."""

    # ``EQ`` and the other comparisons DSS offers.
    type: str
    column1: JoinColumn
    column2: JoinColumn


class Join(TypedDict, extra_items=Any):
    """A join between two virtual inputs (an item of the payload's ``joins``)."""

    # ``LEFT``, ``INNER``, ``FULL``, ``RIGHT``, ``CROSS``, ...
    type: str
    # The virtual inputs joined, by index.
    table1: int
    table2: int
    # How the conditions combine (``AND``).
    conditionsMode: str
    on: list[JoinCondition]


class VirtualInput(TypedDict, extra_items=Any):
    """A virtual input of a join or stack recipe (an item of the payload's ``virtualInputs``)."""

    # The recipe input it reads, by index.
    index: int
    # Columns computed on it before the join.
    computedColumns: NotRequired[list[dict[str, Any]]]
    # The filter applied to it before the join.
    preFilter: NotRequired[dict[str, Any]]
    # Stack recipes whose columns are remapped: this input's column for each output column, in order.
    columnsMatch: NotRequired[list[str]]
    # Stack recipes with an origin column: the label its rows carry.
    originLabel: NotRequired[str]
