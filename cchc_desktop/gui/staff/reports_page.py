"""The reports page: choose a period, see its figures and charts, export them as PDF, .xlsx or JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.periods import Period, local_today
from cchc_desktop.core.services import reports
from cchc_desktop.gui.bar_chart import BarChart
from cchc_desktop.gui.errors import run_guarded, show_error
from cchc_desktop.gui.retranslating import Retranslating
from cchc_desktop.printing import report as pdf_report


def period_choices(today: dt.date) -> list[Period]:
    """Last quarter first (what is reported most), then the other usual periods."""
    quarter = Period.quarter(today.year, (today.month - 1) // 3 + 1)
    month = Period.month(today.year, today.month)
    half = Period.half(today.year, 1 if today.month <= 6 else 2)
    return [quarter.previous(), quarter, month.previous(), month, half.previous(), half,
            Period.year(today.year), Period.year(today.year - 1)]


def _axis_label(label: str) -> str:
    """Short enough for a narrow chart: “Tháng 7/2026” → “T7”, “Câu 3” → “3”."""
    if label.startswith("Tháng "):
        return "T" + label[6:].split("/")[0]
    return label.removeprefix("Câu ")


class ReportsPage(Retranslating, QWidget):
    def __init__(self, db: Database, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.report: reports.Report | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.period = QComboBox()
        self.period.setEditable(True)
        for p in period_choices(local_today()):
            self.period.addItem(f"{p.token}", p.token)
        self.period.activated.connect(self.show_report)
        self.period.lineEdit().returnPressed.connect(self.show_report)
        self.period_label = QLabel()
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.show_report)
        self.export_buttons = {fmt: QPushButton() for fmt in reports.FORMATS}
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period, 1)
        top.addWidget(self.show_button)
        top.addStretch(1)
        for button in self.export_buttons.values():
            top.addWidget(button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.charts = QHBoxLayout()
        chart_box = QWidget()
        chart_box.setLayout(self.charts)
        self.tables = QTabWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(chart_box)
        split.addWidget(self.tables)
        split.setSizes([330, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.retranslate()
        self.show_report()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.period_label.setText(self.tr("Period"))
        self.period.setToolTip(self.tr("2026-Q3, 2026-H1, 2026, 2026-07 or 2026-07-01..2026-09-30"))
        self.show_button.setText(self.tr("Show"))
        self.export_buttons["pdf"].setText(self.tr("Export PDF…"))
        self.export_buttons["xlsx"].setText(self.tr("Export Excel…"))
        self.export_buttons["json"].setText(self.tr("Export JSON…"))

    def show_report(self) -> None:
        text = self.period.currentText().strip()
        try:
            period = Period.parse(text)
        except CchcError as exc:
            self.summary.setText(exc.message)
            return

        def build() -> reports.Report:
            with self.db.read() as session:
                return reports.build(session, period)

        report = run_guarded(self, build)
        if report is None:
            return
        self.report = report
        pdf_report.summaries(report)  # the same sentences as the PDF (Vietnamese numbers)
        lines = [f"{report.period.label} ({report.period.start:%d/%m/%Y} – {report.period.end:%d/%m/%Y})"]
        if report.demo_data:
            lines.append(self.tr("Sample data (demo), for trying the app only."))
        for section in report.sections:
            lines += section.summary
        self.summary.setText("\n".join(lines))
        self._charts(report)
        self._tables(report)

    def _charts(self, report: reports.Report) -> None:
        while self.charts.count():
            item = self.charts.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        shown = [s.charts[0] for s in report.sections if s.charts]  # the first chart of each part
        for c in shown[:3]:
            short = dataclasses.replace(c, labels=tuple(_axis_label(label) for label in c.labels))
            self.charts.addWidget(BarChart(short))

    def _tables(self, report: reports.Report) -> None:
        self.tables.clear()
        for section in report.sections:
            for t in section.tables:
                table = QTableWidget(len(t.rows), len(t.columns))
                table.setHorizontalHeaderLabels(list(t.columns))
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                table.verticalHeader().hide()
                for r, row in enumerate(t.rows):
                    for c, value in enumerate(row):
                        if c in t.percent:
                            text = pdf_report.percent(value)
                        elif isinstance(value, (int, float)) and not isinstance(value, bool):
                            text = pdf_report.signed(value) if t.columns[c] == "Thay đổi" else pdf_report.number(value)
                        else:
                            text = str(value)
                        item = QTableWidgetItem(text)
                        if isinstance(value, (int, float)):
                            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                        table.setItem(r, c, item)
                table.resizeColumnsToContents()
                table.horizontalHeader().setStretchLastSection(True)
                self.tables.addTab(table, t.sheet)

    def export(self, fmt: str) -> None:
        if self.report is None:
            return
        names = {"pdf": self.tr("PDF document (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                 "json": self.tr("JSON file (*.json)")}
        suggested = f"bao-cao-{self.report.period.token}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), suggested, names[fmt])
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_suffix(f".{fmt}")
        message = run_guarded(self, lambda: self._save(fmt, target))
        if message:
            self.summary.setText(message + "\n" + self.summary.text())

    def export_to(self, fmt: str, path: Path) -> str:
        """Export without a dialog (tests, scripts)."""
        if self.report is None:
            show_error(self, self.tr("Choose a period first."))
            return ""
        return self._save(fmt, path)

    def _save(self, fmt: str, path: Path) -> str:
        return pdf_report.save(self.report, fmt, path)
