"""Statistics worksheets of datasets, and the cards and computations they run on a dataset's rows.

Worksheets are kept per project and dataset, as saved (unknown fields included); DSS owns their
``id`` (drawn from a sequence) and ``projectKey``. A worksheet is forgotten with its project;
one of a dataset that was deleted is unreachable (the dataset is looked up first).

Computations run on a list of rows (each a dict of the columns' texts, as the dataset stores
them): a numerical computation reads the values that parse as numbers and ignores the others
(empty cells, texts), as DSS ignores invalid values. DSS's statistics model (``dataiku.eda``) is
not publicly documented: the types, arguments and result keys below are the emulator's reading,
with DSS's names as far as they are known, and every other type is refused (400). Implemented:

* computations: ``count``, ``mean``, ``sum``, ``std``, ``variance``, ``min``, ``max``,
  ``quantiles``, ``skewness``, ``kurtosis``, ``nb_distinct``, ``mode``, ``top_n``,
  ``histogram``, ``bivariate_counts``, ``pearson``, ``spearman``, ``covariance``,
  ``ttest_1samp``, ``chi2_ind_test``, ``multi``;
* cards (each compiled into one of those computations, its result shaped from the
  computation's): ``worksheet_root``, ``univariate_summary``, ``correlation_matrix``,
  ``bivariate_histogram``.

The p-values come from the Student t and chi-square distributions (regularized incomplete
beta and gamma functions, computed here: the emulator's core depends on no numerical library).
Hold ``DSSState.lock`` while using ``StatisticsModel``; the computations need no lock.
"""

from __future__ import annotations

import copy
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..._json import array_or_empty, is_array, is_object
from ..errors import bad_request, not_found
from ..state import DSSState
from ._sequence_ids import SequenceIds

# Bounds of what the emulator holds and computes.
MAX_WORKSHEETS_PER_DATASET = 200
MAX_CARDS_PER_WORKSHEET = 200
MAX_COMPUTATIONS = 2000  # computations of one request, nested ``multi`` included
MAX_HISTOGRAM_BINS = 1000
MAX_CATEGORIES = 1000

NUMERICAL, CATEGORICAL = "NUMERICAL", "CATEGORICAL"
ROOT_CARD = "worksheet_root"
SAMPLING_METHODS = ("FULL", "HEAD_SEQUENTIAL")

Row = Mapping[str, str]


class Rows(list[dict[str, str]]):
    """A sample's rows, each a dict of the columns' texts, and the dataset's columns (known even
    when the sample is empty, so that a computation on an unknown column is refused)."""

    def __init__(self, columns: Sequence[str], rows: Sequence[dict[str, str]] = ()) -> None:
        super().__init__(rows)
        self.columns = frozenset(columns)


@dataclass
class DatasetWorksheets:
    """The worksheets of one dataset, by identifier, in creation order."""

    # The dataset (the state's object) they belong to: a dataset deleted, then created again under
    # the same name, is another one, without worksheets.
    dataset: object = None
    worksheets: dict[str, dict[str, Any]] = field(default_factory=dict[str, dict[str, Any]])


class StatisticsModel:
    """Worksheets of every dataset: ``state.extension(StatisticsModel)``."""

    def __init__(self, state: DSSState) -> None:
        self._state = state
        self._datasets: dict[tuple[str, str], DatasetWorksheets] = {}
        self._ids = SequenceIds("statistics-worksheet")

    def forget_project(self, project_key: str) -> None:
        for key in [k for k in self._datasets if k[0] == project_key]:
            del self._datasets[key]

    def bind(self, project_key: str, dataset_name: str, dataset: object) -> None:
        """Forget the worksheets of a former dataset of that name (deleted since); call before the others."""
        found = self._datasets.get((project_key, dataset_name))
        if found is None or found.dataset is not dataset:
            self._datasets[(project_key, dataset_name)] = DatasetWorksheets(dataset=dataset)

    def of(self, project_key: str, dataset_name: str) -> DatasetWorksheets:
        return self._datasets.setdefault((project_key, dataset_name), DatasetWorksheets())

    def list(self, project_key: str, dataset_name: str) -> list[dict[str, Any]]:
        found = self._datasets.get((project_key, dataset_name))
        return [copy.deepcopy(w) for w in found.worksheets.values()] if found is not None else []

    def create(self, project_key: str, dataset_name: str, body: Mapping[str, Any]) -> dict[str, Any]:
        sheets = self.of(project_key, dataset_name)
        if len(sheets.worksheets) >= MAX_WORKSHEETS_PER_DATASET:
            raise bad_request(
                f"Dataset {project_key}.{dataset_name} already has {MAX_WORKSHEETS_PER_DATASET} worksheets "
                "(the emulator's limit)"
            )
        worksheet = checked_worksheet(project_key, dataset_name, body)
        worksheet["id"] = self._ids.new(taken=sheets.worksheets)
        worksheet.setdefault("name", "My worksheet")
        if not is_object(worksheet.get("rootCard")):
            worksheet["rootCard"] = {"type": ROOT_CARD, "id": "root", "cards": []}
        sheets.worksheets[worksheet["id"]] = worksheet
        return copy.deepcopy(worksheet)

    def get(self, project_key: str, dataset_name: str, worksheet_id: str) -> dict[str, Any]:
        found = self._datasets.get((project_key, dataset_name))
        worksheet = found.worksheets.get(worksheet_id) if found is not None else None
        if worksheet is None:
            raise not_found(f"Worksheet {worksheet_id} does not exist in dataset {project_key}.{dataset_name}")
        return worksheet

    def save(self, project_key: str, dataset_name: str, worksheet_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        self.get(project_key, dataset_name, worksheet_id)
        sent_id = body.get("id")
        if sent_id is not None and sent_id != worksheet_id:
            raise bad_request(
                f"The worksheet id in the body ({sent_id!r}) differs from the one in the path ({worksheet_id!r})"
            )
        worksheet = checked_worksheet(project_key, dataset_name, body)
        worksheet["id"] = worksheet_id
        if not is_object(worksheet.get("rootCard")):
            raise bad_request("A worksheet needs its rootCard")
        self.of(project_key, dataset_name).worksheets[worksheet_id] = worksheet
        return copy.deepcopy(worksheet)

    def delete(self, project_key: str, dataset_name: str, worksheet_id: str) -> None:
        self.get(project_key, dataset_name, worksheet_id)
        del self.of(project_key, dataset_name).worksheets[worksheet_id]


def checked_worksheet(project_key: str, dataset_name: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a worksheet's definition, refused when it is about another project or dataset,
    samples in a way the emulator cannot, or holds a card it does not know."""
    worksheet = copy.deepcopy(dict(body))
    sent_project = worksheet.get("projectKey")
    if sent_project is not None and sent_project != project_key:
        raise bad_request(f"The worksheet's projectKey ({sent_project!r}) is not the project of the path")
    worksheet["projectKey"] = project_key
    spec = worksheet.get("dataSpec")
    if not is_object(spec):
        raise bad_request("A worksheet needs its dataSpec (inputDatasetSmartName, datasetSelection)")
    name = spec.get("inputDatasetSmartName")
    if name not in (dataset_name, f"{project_key}.{dataset_name}"):
        raise bad_request(
            f"The worksheet's dataSpec.inputDatasetSmartName ({name!r}) is not the dataset of the path "
            f"({dataset_name!r})"
        )
    root = worksheet.get("rootCard")
    if root is not None:
        card = checked_card(root)
        if card.get("type") != ROOT_CARD:
            raise bad_request(f"A worksheet's rootCard is a {ROOT_CARD} card, not {card.get('type')!r}")
        if len(card.get("cards") or []) > MAX_CARDS_PER_WORKSHEET:
            raise bad_request(f"A worksheet holds at most {MAX_CARDS_PER_WORKSHEET} cards (the emulator's limit)")
    return worksheet


# -- sampling --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sampling:
    """Which rows a worksheet reads: the partitions (None: all) and the most rows (None: all)."""

    partitions: list[str] | None
    max_records: int | None


def sampling_of(worksheet: Mapping[str, Any]) -> Sampling:
    """The sample a worksheet's ``dataSpec.datasetSelection`` asks for; refused where the emulator
    cannot draw it as DSS would (random and stratified samples: their draws are DSS's own)."""
    spec = worksheet.get("dataSpec")
    selection = spec.get("datasetSelection") if is_object(spec) else None
    if not is_object(selection):
        return Sampling(None, None)
    method = selection.get("samplingMethod") or "FULL"
    if method not in SAMPLING_METHODS:
        raise bad_request(
            f"Sampling method {method!r} is not supported by the emulator (supported: {', '.join(SAMPLING_METHODS)})"
        )
    max_records: int | None = None
    if method == "HEAD_SEQUENTIAL":
        raw_max = selection.get("maxRecords")
        if isinstance(raw_max, int) and not isinstance(raw_max, bool) and raw_max >= 0:
            max_records = raw_max
    partition_method = selection.get("partitionSelectionMethod") or "ALL"
    if partition_method == "ALL":
        partitions = None
    elif partition_method == "SELECTED":
        chosen = selection.get("selectedPartitions")
        partitions = [str(p) for p in chosen] if is_array(chosen) else []
    else:
        raise bad_request(f"Partition selection {partition_method!r} is not supported by the emulator (ALL, SELECTED)")
    return Sampling(partitions, max_records)


# -- cards -----------------------------------------------------------------------------------------


def checked_card(card: Any) -> dict[str, Any]:
    """The card, refused when the emulator does not know its type (nested cards included)."""
    if not is_object(card):
        raise bad_request("A card is a JSON object with a type")
    kind = card.get("type")
    if kind not in _CARDS:
        raise bad_request(f"Unknown card type {kind!r} (the emulator computes: {', '.join(sorted(_CARDS))})")
    if kind == ROOT_CARD:
        for inner in array_or_empty(card.get("cards")):
            if is_object(inner) and inner.get("type") == ROOT_CARD:
                raise bad_request(f"A {ROOT_CARD} card cannot hold another one")
            checked_card(inner)
    else:
        compile_card(card)
    return card


def _column_specs(card: Mapping[str, Any], key: str = "columns") -> list[tuple[str, str]]:
    raw = card.get(key)
    if not is_array(raw) or not raw:
        raise bad_request(f"A {card.get('type')} card needs its {key} (a list of {{name, type}})")
    return [_column_spec(item, card) for item in raw]


def _column_spec(item: Any, card: Mapping[str, Any]) -> tuple[str, str]:
    if not is_object(item) or not isinstance(item.get("name"), str):
        raise bad_request(f"A column of a {card.get('type')} card is a {{name, type}} object")
    kind = item.get("type") or NUMERICAL
    if kind not in (NUMERICAL, CATEGORICAL):
        raise bad_request(f"A column's type is NUMERICAL or CATEGORICAL, not {kind!r}")
    return str(item["name"]), str(kind)


def compile_card(card: Mapping[str, Any]) -> dict[str, Any]:
    """The computation a card runs (a worksheet root compiles into the ``multi`` of its cards')."""
    kind = card.get("type")
    compiler = _CARDS.get(str(kind))
    if compiler is None:
        raise bad_request(f"Unknown card type {kind!r} (the emulator computes: {', '.join(sorted(_CARDS))})")
    return compiler(card)


def _compile_root(card: Mapping[str, Any]) -> dict[str, Any]:
    inner = card.get("cards")
    if inner is not None and not is_array(inner):
        raise bad_request(f"The cards of a {ROOT_CARD} card are a list")
    inner = array_or_empty(inner)
    return {"type": "multi", "computations": [compile_card(checked_card(c)) for c in inner]}


def _compile_univariate(card: Mapping[str, Any]) -> dict[str, Any]:
    computations: list[dict[str, Any]] = []
    for name, kind in _column_specs(card):
        if kind == NUMERICAL:
            steps: list[dict[str, Any]] = [
                {"type": "count", "column": name},
                {"type": "mean", "column": name},
                {"type": "std", "column": name},
                {"type": "min", "column": name},
                {"type": "quantiles", "column": name, "freqs": [0.25, 0.5, 0.75]},
                {"type": "max", "column": name},
            ]
        else:
            steps = [
                {"type": "count", "column": name},
                {"type": "nb_distinct", "column": name},
                {"type": "mode", "column": name},
            ]
        computations.append({"type": "multi", "computations": steps})
    return {"type": "multi", "computations": computations}


def _compile_correlation(card: Mapping[str, Any]) -> dict[str, Any]:
    metric = card.get("metric") or "PEARSON"
    if metric not in ("PEARSON", "SPEARMAN"):
        raise bad_request(f"A correlation matrix's metric is PEARSON or SPEARMAN, not {metric!r}")
    columns = _column_specs(card)
    if any(kind != NUMERICAL for _, kind in columns):
        raise bad_request("A correlation matrix works on NUMERICAL columns")
    names = [name for name, _ in columns]
    return {
        "type": "multi",
        "computations": [
            {"type": metric.lower(), "xColumn": x, "yColumn": y} for i, x in enumerate(names) for y in names[i + 1 :]
        ],
    }


def _compile_bivariate_histogram(card: Mapping[str, Any]) -> dict[str, Any]:
    x_name, _ = _column_spec(card.get("xColumn"), card)
    y_name, _ = _column_spec(card.get("yColumn"), card)
    computation: dict[str, Any] = {"type": "bivariate_counts", "xColumn": x_name, "yColumn": y_name}
    if card.get("maxValues") is not None:
        computation["maxValues"] = card["maxValues"]
    return computation


_CARDS: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    ROOT_CARD: _compile_root,
    "univariate_summary": _compile_univariate,
    "correlation_matrix": _compile_correlation,
    "bivariate_histogram": _compile_bivariate_histogram,
}


def card_result(card: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    """A card's result on the rows: its computation run, shaped as the card's."""
    checked = checked_card(dict(card))
    computed = run_computation(compile_card(checked), rows)
    return _shape(checked, computed)


def _shape(card: Mapping[str, Any], computed: dict[str, Any]) -> dict[str, Any]:
    kind = card.get("type")
    if kind == ROOT_CARD:
        inner: list[Any] = list(card.get("cards") or [])
        return {"type": ROOT_CARD, "results": [_shape(c, r) for c, r in zip(inner, computed["results"], strict=True)]}
    if kind == "univariate_summary":
        columns = _column_specs(card)
        return {
            "type": "univariate_summary",
            "columns": [name for name, _ in columns],
            "results": computed["results"],
        }
    if kind == "correlation_matrix":
        names = [name for name, _ in _column_specs(card)]
        matrix: list[list[float | None]] = [
            [1.0 if i == j else None for j in range(len(names))] for i in range(len(names))
        ]
        pairs = iter(computed["results"])
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                value = next(pairs).get("correlation")
                matrix[i][j] = matrix[j][i] = value
        return {"type": "correlation_matrix", "columns": names, "matrix": matrix}
    return {"type": str(kind), **{k: v for k, v in computed.items() if k != "type"}}


# -- computations ------------------------------------------------------------------------------------


def run_computation(computation: Any, rows: Sequence[Row]) -> dict[str, Any]:
    """A computation's result on the rows; an unknown type or a missing argument is refused (400)."""
    budget = [MAX_COMPUTATIONS]
    return _run(computation, rows, budget)


def _run(computation: Any, rows: Sequence[Row], budget: list[int]) -> dict[str, Any]:
    if not is_object(computation):
        raise bad_request("A computation is a JSON object with a type")
    budget[0] -= 1
    if budget[0] < 0:
        raise bad_request(f"At most {MAX_COMPUTATIONS} computations run at once (the emulator's limit)")
    spec: dict[str, Any] = computation
    kind = spec.get("type")
    if kind == "multi":
        inner = spec.get("computations")
        if not is_array(inner):
            raise bad_request("A multi computation needs its computations (a list)")
        return {"type": "multi", "results": [_run(c, rows, budget) for c in inner]}
    run = _COMPUTATIONS.get(str(kind))
    if run is None:
        known = ", ".join(sorted([*_COMPUTATIONS, "multi"]))
        raise bad_request(f"Unknown computation type {kind!r} (the emulator runs: {known})")
    return {"type": kind, **run(spec, rows)}


def _column(spec: Mapping[str, Any], key: str, rows: Sequence[Row]) -> str:
    name = spec.get(key)
    if not isinstance(name, str) or not name:
        raise bad_request(f"A {spec.get('type')} computation needs its {key}")
    columns = rows.columns if isinstance(rows, Rows) else (rows[0].keys() if rows else None)
    if columns is not None and name not in columns:
        raise bad_request(f"Column {name!r} is not in the dataset's schema")
    return name


def _number(text: str | None) -> float | None:
    if text is None or text == "":
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _numbers(rows: Sequence[Row], column: str) -> list[float]:
    return [v for v in (_number(row.get(column)) for row in rows) if v is not None]


def _pairs(rows: Sequence[Row], x: str, y: str) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for row in rows:
        a, b = _number(row.get(x)), _number(row.get(y))
        if a is not None and b is not None:
            out.append((a, b))
    return out


def _values(rows: Sequence[Row], column: str) -> list[str]:
    return [text for text in (row.get(column) for row in rows) if text is not None and text != ""]


def _mean(values: Sequence[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


def _variance(values: Sequence[float]) -> float | None:
    """The sample variance (n - 1 degrees of freedom)."""
    if len(values) < 2:
        return None
    mean = math.fsum(values) / len(values)
    return math.fsum((v - mean) ** 2 for v in values) / (len(values) - 1)


def _quantile(ordered: Sequence[float], freq: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    position = freq * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _count(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    if spec.get("column") is None:
        return {"count": len(rows)}
    return {"count": len(_values(rows, _column(spec, "column", rows)))}


def _aggregate(
    function: Callable[[list[float]], float | None],
) -> Callable[[Mapping[str, Any], Sequence[Row]], dict[str, Any]]:
    def run(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
        values = _numbers(rows, _column(spec, "column", rows))
        return {"value": function(values)}

    return run


def _std(values: list[float]) -> float | None:
    variance = _variance(values)
    return math.sqrt(variance) if variance is not None else None


def _moment_ratio(values: list[float], order: int) -> float | None:
    """Skewness (order 3) or excess kurtosis (order 4), population moments (scipy's defaults)."""
    if len(values) < 2:
        return None
    mean = math.fsum(values) / len(values)
    m2 = math.fsum((v - mean) ** 2 for v in values) / len(values)
    if m2 == 0:
        return None
    moment = math.fsum((v - mean) ** order for v in values) / len(values)
    ratio: float = moment / math.pow(m2, order / 2)
    return ratio - 3.0 if order == 4 else ratio


def _quantiles(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    values = sorted(_numbers(rows, _column(spec, "column", rows)))
    freqs = spec.get("freqs")
    if not is_array(freqs) or not freqs:
        raise bad_request("A quantiles computation needs its freqs (a list of numbers in [0, 1])")
    checked: list[float] = []
    for freq in freqs:
        if isinstance(freq, bool) or not isinstance(freq, int | float) or not 0 <= freq <= 1:
            raise bad_request(f"A quantile's freq is a number in [0, 1], not {freq!r}")
        checked.append(float(freq))
    return {
        "nbUsed": len(values),
        "quantiles": [{"freq": f, "quantile": _quantile(values, f) if values else None} for f in checked],
    }


def _nb_distinct(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    return {"count": len(set(_values(rows, _column(spec, "column", rows))))}


def _mode(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    counts = Counter(_values(rows, _column(spec, "column", rows)))
    if not counts:
        return {"value": None}
    best = max(counts.values())
    value = min(v for v, c in counts.items() if c == best)  # ties: the smallest text, deterministic
    return {"value": value, "count": best}


def _top_n(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    column = _column(spec, "column", rows)
    n = spec.get("n", 10)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_CATEGORIES:
        raise bad_request(f"A top_n computation's n is an integer in [1, {MAX_CATEGORIES}]")
    values = _values(rows, column)
    ranked = sorted(Counter(values).items(), key=lambda item: (-item[1], item[0]))[:n]
    return {
        "values": [v for v, _ in ranked],
        "counts": [c for _, c in ranked],
        "nonMissingCount": len(values),
        "missingCount": len(rows) - len(values),
    }


def _histogram(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    values = _numbers(rows, _column(spec, "column", rows))
    nb_bins = spec.get("nbBins", 10)
    if isinstance(nb_bins, bool) or not isinstance(nb_bins, int) or not 1 <= nb_bins <= MAX_HISTOGRAM_BINS:
        raise bad_request(f"A histogram's nbBins is an integer in [1, {MAX_HISTOGRAM_BINS}]")
    if not values:
        return {"bins": []}
    low, high = min(values), max(values)
    width = (high - low) / nb_bins if high > low else 1.0
    counts = [0] * nb_bins
    for value in values:
        index = min(int((value - low) / width), nb_bins - 1)  # the last bin includes its upper edge
        counts[index] += 1
    return {
        "bins": [
            {"min": low + i * width, "max": high if i == nb_bins - 1 else low + (i + 1) * width, "count": counts[i]}
            for i in range(nb_bins)
        ]
    }


def _bivariate_counts(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    x = _column(spec, "xColumn", rows)
    y = _column(spec, "yColumn", rows)
    max_values = spec.get("maxValues", 20)
    if isinstance(max_values, bool) or not isinstance(max_values, int) or not 1 <= max_values <= MAX_CATEGORIES:
        raise bad_request(f"maxValues is an integer in [1, {MAX_CATEGORIES}]")
    pairs = [(row.get(x) or "", row.get(y) or "") for row in rows]
    pairs = [(a, b) for a, b in pairs if a != "" and b != ""]
    x_values = _top_values([a for a, _ in pairs], max_values)
    y_values = _top_values([b for _, b in pairs], max_values)
    x_index = {v: i for i, v in enumerate(x_values)}
    y_index = {v: i for i, v in enumerate(y_values)}
    counts = [[0] * len(y_values) for _ in x_values]
    for a, b in pairs:
        if a in x_index and b in y_index:
            counts[x_index[a]][y_index[b]] += 1
    return {"xValues": x_values, "yValues": y_values, "counts": counts}


def _top_values(values: list[str], most: int) -> list[str]:
    return [v for v, _ in sorted(Counter(values).items(), key=lambda item: (-item[1], item[0]))[:most]]


def _pearson_of(pairs: Sequence[tuple[float, float]]) -> float | None:
    if len(pairs) < 2:
        return None
    mx = math.fsum(a for a, _ in pairs) / len(pairs)
    my = math.fsum(b for _, b in pairs) / len(pairs)
    sxy = math.fsum((a - mx) * (b - my) for a, b in pairs)
    sxx = math.fsum((a - mx) ** 2 for a, _ in pairs)
    syy = math.fsum((b - my) ** 2 for _, b in pairs)
    if sxx == 0 or syy == 0:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def _correlation_pvalue(r: float | None, n: int) -> float | None:
    """Two-sided p-value of a correlation under the t distribution with n - 2 degrees of freedom."""
    if r is None or n < 3:
        return None
    if abs(r) >= 1.0:
        return 0.0
    t = r * math.sqrt((n - 2) / (1 - r * r))
    return _t_two_sided(t, n - 2)


def _ranks(values: Sequence[float]) -> list[float]:
    """Ranks starting at 1, ties given their average rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def _correlation(spearman: bool) -> Callable[[Mapping[str, Any], Sequence[Row]], dict[str, Any]]:
    def run(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
        pairs = _pairs(rows, _column(spec, "xColumn", rows), _column(spec, "yColumn", rows))
        if spearman:
            xs, ys = _ranks([a for a, _ in pairs]), _ranks([b for _, b in pairs])
            pairs = list(zip(xs, ys, strict=True))
        r = _pearson_of(pairs)
        return {"correlation": r, "pvalue": _correlation_pvalue(r, len(pairs)), "nbUsed": len(pairs)}

    return run


def _covariance(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    pairs = _pairs(rows, _column(spec, "xColumn", rows), _column(spec, "yColumn", rows))
    if len(pairs) < 2:
        return {"value": None}
    mx = math.fsum(a for a, _ in pairs) / len(pairs)
    my = math.fsum(b for _, b in pairs) / len(pairs)
    return {"value": math.fsum((a - mx) * (b - my) for a, b in pairs) / (len(pairs) - 1)}


def _ttest_1samp(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    values = _numbers(rows, _column(spec, "column", rows))
    hypothesized = spec.get("hypothesizedMean")
    if isinstance(hypothesized, bool) or not isinstance(hypothesized, int | float):
        raise bad_request("A ttest_1samp computation needs its hypothesizedMean (a number)")
    variance = _variance(values)
    if variance is None or variance == 0:
        return {"statistic": None, "pvalue": None, "nbUsed": len(values)}
    mean = math.fsum(values) / len(values)
    t = (mean - float(hypothesized)) / math.sqrt(variance / len(values))
    return {"statistic": t, "pvalue": _t_two_sided(t, len(values) - 1), "nbUsed": len(values)}


def _chi2_ind_test(spec: Mapping[str, Any], rows: Sequence[Row]) -> dict[str, Any]:
    counted = _bivariate_counts({**spec, "maxValues": spec.get("maxValues", MAX_CATEGORIES)}, rows)
    table: list[list[int]] = counted["counts"]
    total = sum(sum(line) for line in table)
    if len(table) < 2 or len(table[0]) < 2 or total == 0:
        return {"statistic": None, "pvalue": None, "dof": None}
    row_sums = [sum(line) for line in table]
    column_sums = [sum(line[j] for line in table) for j in range(len(table[0]))]
    statistic = math.fsum(
        (table[i][j] - row_sums[i] * column_sums[j] / total) ** 2 / (row_sums[i] * column_sums[j] / total)
        for i in range(len(table))
        for j in range(len(table[0]))
    )
    dof = (len(table) - 1) * (len(table[0]) - 1)
    return {"statistic": statistic, "pvalue": _chi2_survival(statistic, dof), "dof": dof}


_COMPUTATIONS: dict[str, Callable[[Mapping[str, Any], Sequence[Row]], dict[str, Any]]] = {
    "count": _count,
    "mean": _aggregate(_mean),
    "sum": _aggregate(lambda values: math.fsum(values)),
    "std": _aggregate(_std),
    "variance": _aggregate(_variance),
    "min": _aggregate(lambda values: min(values) if values else None),
    "max": _aggregate(lambda values: max(values) if values else None),
    "skewness": _aggregate(lambda values: _moment_ratio(values, 3)),
    "kurtosis": _aggregate(lambda values: _moment_ratio(values, 4)),
    "quantiles": _quantiles,
    "nb_distinct": _nb_distinct,
    "mode": _mode,
    "top_n": _top_n,
    "histogram": _histogram,
    "bivariate_counts": _bivariate_counts,
    "pearson": _correlation(spearman=False),
    "spearman": _correlation(spearman=True),
    "covariance": _covariance,
    "ttest_1samp": _ttest_1samp,
    "chi2_ind_test": _chi2_ind_test,
}

COMPUTATION_TYPES = frozenset([*_COMPUTATIONS, "multi"])
CARD_TYPES = frozenset(_CARDS)


# -- distributions (Numerical Recipes' continued fractions) ------------------------------------------


def _t_two_sided(t: float, dof: int) -> float:
    """P(|T| >= |t|) for Student's t with ``dof`` degrees of freedom."""
    x = dof / (dof + t * t)
    return min(1.0, _incomplete_beta(dof / 2, 0.5, x))


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1 - x) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        numerator = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
        d = 1.0 + numerator * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + numerator / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        numerator = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
        d = 1.0 + numerator * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + numerator / c
        c = c if abs(c) > tiny else tiny
        step = d * c
        h *= step
        if abs(step - 1.0) < 1e-15:
            break
    return h


def _chi2_survival(statistic: float, dof: int) -> float:
    """P(X >= statistic) for a chi-square with ``dof`` degrees of freedom: Q(dof/2, statistic/2)."""
    a, x = dof / 2, statistic / 2
    if x <= 0:
        return 1.0
    if x < a + 1:  # the series of P, then Q = 1 - P
        term = total = 1.0 / a
        n = a
        for _ in range(1000):
            n += 1
            term *= x / n
            total += term
            if abs(term) < abs(total) * 1e-16:
                break
        return max(0.0, 1.0 - total * math.exp(-x + a * math.log(x) - math.lgamma(a)))
    tiny = 1e-300  # the continued fraction of Q
    b = x + 1 - a
    c, d = 1.0 / tiny, 1.0 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = b + an / c
        c = c if abs(c) > tiny else tiny
        step = d * c
        h *= step
        if abs(step - 1.0) < 1e-16:
            break
    return min(1.0, math.exp(-x + a * math.log(x) - math.lgamma(a)) * h)
