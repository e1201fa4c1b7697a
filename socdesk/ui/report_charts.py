"""Charts of a report's table (QtCharts), as its kind asks: bars per row (per service, per
worker), lines over the years (a line per service), or the split by sex (a pie)."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from socdesk.reports.model import Cell, ChartKind, Table

MAX_BARS = 25  # more would not read; the table has them all
MAX_LINES = 12


def _number(value: Cell) -> float:
    return float(value) if isinstance(value, int | Decimal) else 0.0


def _titles(table: Table) -> dict[str, str]:
    return {c.key: c.title for c in table.columns}


def chart_view(table: Table, parent: QWidget | None = None) -> QChartView | None:
    """A view of the table's chart; None when the table has no chart or no rows."""
    if table.chart is None or not table.rows:
        return None
    chart = QChart()
    chart.setTitle(table.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    match table.chart.kind:
        case ChartKind.BARS:
            _bars(chart, table)
        case ChartKind.LINES:
            _lines(chart, table)
        case ChartKind.SPLIT:
            _split(chart, table)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    return view


def _bars(chart: QChart, table: Table) -> None:
    """A bar per label (rows with the same label, a worker's months, are summed)."""
    assert table.chart is not None
    labels = list(dict.fromkeys(str(v) for v in table.column(table.chart.label)))[:MAX_BARS]
    series = QBarSeries()
    titles = _titles(table)
    top = 0.0
    for key in table.chart.values:
        sums = dict.fromkeys(labels, 0.0)
        for label, value in zip(table.column(table.chart.label), table.column(key), strict=True):
            if str(label) in sums:
                sums[str(label)] += _number(value)
        bar_set = QBarSet(titles[key])
        bar_set.append(list(sums.values()))
        series.append(bar_set)
        top = max(top, *sums.values())
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(labels)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    y = _count_axis(top)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y)


def _count_axis(top: float) -> QValueAxis:
    """A value axis from 0 with whole-number ticks, about five of them."""
    axis = QValueAxis()
    step = max(1, math.ceil(top / 5))
    axis.setRange(0, max(step, math.ceil(top / step) * step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def _lines(chart: QChart, table: Table) -> None:
    assert table.chart is not None
    hint = table.chart
    value = hint.values[0]
    points: dict[str, list[tuple[float, float]]] = {}
    for name, x, y in zip(
        table.column(hint.series), table.column(hint.label), table.column(value), strict=True
    ):
        points.setdefault(str(name), []).append((_number(int(str(x))), _number(y)))
    xs = [x for found in points.values() for x, _ in found]
    top = max((y for found in points.values() for _, y in found), default=1.0)
    first, last = min(xs), max(xs)
    if first == last:  # one year: a point in the middle
        first, last = first - 1, last + 1
    x_axis, y_axis = QValueAxis(), _count_axis(top)
    x_axis.setRange(first, last)
    x_axis.setTickCount(int(last - first) + 1)
    x_axis.setLabelFormat("%d")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for name, found in list(points.items())[:MAX_LINES]:
        series = QLineSeries()
        series.setName(name)
        series.setPointsVisible(True)
        for px, py in found:
            series.append(px, py)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


def _split(chart: QChart, table: Table) -> None:
    assert table.chart is not None
    series = QPieSeries()
    for label, value in zip(
        table.column(table.chart.label), table.column(table.chart.values[0]), strict=True
    ):
        if _number(value) > 0:
            piece = series.append(f"{label}: {value}", _number(value))
            piece.setLabelVisible(True)
    chart.addSeries(series)
    chart.legend().setVisible(False)
