"""Thủ tục page: the catalogue as a table, searched as the user types, filtered, counted per field.

The list is a view over :class:`core.services.search.CatalogueIndex`: rows are
positions into the index's columns, so a keystroke re-orders integers and the
view asks only for the rows on screen.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Level, Lifecycle, OnlineLevel, Role, Verification
from cchc_desktop.core import options, permissions
from cchc_desktop.core.services import search  # the rest on first use: not needed to show the list
from cchc_desktop.core.posting import Posting, posting_state
from cchc_desktop.core.services.search import CatalogueIndex, Filters, LiveSearch
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.formatting import format_amount, format_date
from cchc_desktop.gui.flow_layout import FlowLayout
from cchc_desktop.gui.retranslating import Retranslating

Index = QModelIndex | QPersistentModelIndex
DETAIL_DELAY_MS = 120  # the summary below the list follows the selection once typing pauses
NAME_SHOWN = 160  # characters: more than the widest name column holds at 1920 px
SETTLE_DELAY_MS = 150
RANKED_WHILE_TYPING = 200  # rows: a few screens

# Posting filter choices: what the clerk asks, as sets of states.
POSTING_CHOICES = [
    None,
    search.POSTED_NOW,
    frozenset({Posting.LEAVING, Posting.SCHEDULED}),
    frozenset({Posting.NOT_POSTED, Posting.SCHEDULED}),
    frozenset({Posting.ENDED}),
]
_POSTING_ORDER = {Posting.POSTED: 0, Posting.LEAVING: 1, Posting.SCHEDULED: 2, Posting.NOT_POSTED: 3,
                  Posting.ENDED: 4}
_LIFECYCLE_ORDER = {Lifecycle.IN_FORCE: 0, Lifecycle.AMENDED: 1, Lifecycle.PENDING: 2, Lifecycle.REPEALED: 3}


def posting_text(state: Posting, change: dt.date | None) -> str:
    """Where a procedure stands in the posted list, for lists and summaries."""
    if state == Posting.POSTED:
        return QCoreApplication.translate("Posting", "Posted")
    if state == Posting.LEAVING and change is not None:  # the last day posted is the day before it leaves
        return QCoreApplication.translate("Posting", "Until %1").replace(
            "%1", format_date(change - dt.timedelta(days=1)))
    if state == Posting.SCHEDULED:
        return QCoreApplication.translate("Posting", "From %1").replace("%1", format_date(change))
    if state == Posting.ENDED:
        return QCoreApplication.translate("Posting", "No longer posted")
    return QCoreApplication.translate("Posting", "Not posted")


class CatalogueModel(QAbstractTableModel):
    """The visible procedures: row r shows index position ``rows[r]``."""

    CODE, NAME, FIELD, LIFECYCLE, POSTING, REVIEW = range(6)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.index_: CatalogueIndex | None = None
        self.rows: list[int] = []
        self._review_brush = QBrush(QColor("#9a5b00"))
        self._ended_brush = QBrush(QColor("#8a8a8a"))
        self._warning_icon = None
        self.retranslate()

    def retranslate(self) -> None:
        # Short forms for the list; the summary gives the full wording.
        self._lifecycle = {Lifecycle.IN_FORCE: self.tr("In force"), Lifecycle.AMENDED: self.tr("Amended"),
                           Lifecycle.REPEALED: self.tr("Repealed"), Lifecycle.PENDING: self.tr("Not yet")}
        self._verification = {Verification.VERIFIED: self.tr("Verified"), Verification.PARTIAL: self.tr("Partly"),
                              Verification.UNVERIFIED: self.tr("Not verified")}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)

    def set_rows(self, index: CatalogueIndex, rows: list[int]) -> None:
        self.beginResetModel()
        self.index_, self.rows = index, rows
        self.endResetModel()

    def code_at(self, row: int) -> str | None:
        if self.index_ is None or not 0 <= row < len(self.rows):
            return None
        return self.index_.codes[self.rows[row]]

    def name_of(self, code: str) -> str:
        position = self.index_.position(code) if self.index_ is not None else None
        return self.index_.names[position] if position is not None else ""

    def row_of(self, code: str | None) -> int | None:
        position = self.index_.position(code) if self.index_ is not None and code else None
        if position is None:
            return None
        try:
            return self.rows.index(position)
        except ValueError:
            return None

    # --- QAbstractTableModel -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Code"), self.tr("Procedure"), self.tr("Field"), self.tr("Legal status"),
                    self.tr("Posting"), self.tr("Verification")][section]
        return None

    def _display(self, i: int, column: int) -> str:
        idx = self.index_
        assert idx is not None
        if column == self.CODE:
            return idx.codes[i]
        if column == self.NAME:
            # Qt shapes the whole text to elide it: a name past what any column shows costs time.
            return idx.names[i][:NAME_SHOWN]
        if column == self.FIELD:
            f = idx.field[i]
            return idx.fields[f] if f != idx.no_field else self.tr("No field")
        if column == self.LIFECYCLE:
            return self._lifecycle[idx.lifecycle[i]]
        if column == self.POSTING:
            return posting_text(idx.posting(i), idx.posting_change(i))
        if idx.needs_review[i] and idx.verified_on[i]:
            return self.tr("Review due")
        return self._verification[idx.verification[i]]

    def _foreground(self, i: int, column: int) -> QBrush | None:
        idx = self.index_
        assert idx is not None
        if column == self.REVIEW and idx.needs_review[i]:
            return self._review_brush
        if idx.lifecycle[i] == Lifecycle.REPEALED or idx.posting(i) == Posting.ENDED:
            return self._ended_brush
        return None

    def _decoration(self, i: int, column: int) -> Any:
        idx = self.index_
        assert idx is not None
        if column != self.REVIEW or not idx.needs_review[i]:
            return None
        if self._warning_icon is None:
            self._warning_icon = self.parent().style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _tooltip(self, i: int, column: int) -> str | None:
        idx = self.index_
        assert idx is not None
        if column == self.NAME:
            return idx.names[i]
        if column == self.FIELD:
            return self._display(i, column)
        if column == self.LIFECYCLE:
            return labels.lifecycle(idx.lifecycle[i])
        if column == self.POSTING and idx.posted_since[i]:
            return self.tr("Posted since %1").replace("%1", format_date(idx.posted_since[i]))
        if column == self.REVIEW:
            verified = idx.verified_on[i]
            text = labels.verification(idx.verification[i]) + " · " + (
                self.tr("Last verified on %1").replace("%1", format_date(verified)) if verified
                else self.tr("Never verified against the province's decision"))
            if idx.needs_review[i]:
                months = idx.review_months
                text += " · " + self.tr("check again every %n month(s)", "", months)
            return text
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.index_ is None or not index.isValid():
            return None
        i, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(i, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(i, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(i, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(i, column)
        if role == Qt.ItemDataRole.UserRole:
            return self.index_.codes[i]
        return None


class CellPainter(QStyledItemDelegate):
    """Paints a list cell as plain text: the list repaints on every keystroke, and the style's
    generic item drawing (several layout passes per cell) was most of that time."""

    def __init__(self, view: QTableView, model: CatalogueModel):
        super().__init__(view)
        self.model = model
        self.metrics = view.fontMetrics()
        self.align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._elided: dict[tuple[int, int, int], str] = {}
        self._for: Any = None
        model.modelReset.connect(self._forget_if_new)

    def _forget_if_new(self) -> None:
        if self.model.index_ is not self._for or len(self._elided) > 20_000:
            self._elided.clear()
            self._for = self.model.index_

    def forget(self) -> None:
        """Drop the texts drawn so far (the language or the font changed)."""
        self._elided.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = self.model
        i, column = model.rows[index.row()], index.column()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            palette = option.palette
            painter.fillRect(rect, palette.highlight())
            painter.setPen(palette.highlightedText().color())
        else:
            if option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
                painter.fillRect(rect, option.palette.alternateBase())
            brush = model._foreground(i, column)
            painter.setPen(brush.color() if brush is not None else option.palette.text().color())
        left = rect.x() + 4
        if column == CatalogueModel.REVIEW:
            icon = model._decoration(i, column)
            if icon is not None:
                size = option.decorationSize.height()
                icon.paint(painter, QRect(left, rect.y() + (rect.height() - size) // 2, size, size))
                left += size + 4
        width = rect.right() - left - 3
        key = (i, column, width)
        text = self._elided.get(key)
        if text is None:
            text = self._elided[key] = self.metrics.elidedText(model._display(i, column),
                                                               Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, rect.y(), width, rect.height()), self.align, text)


class FieldModel(QAbstractTableModel):
    """Fields (lĩnh vực) in Vietnamese order with the number of procedures found in each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[tuple[int | None, str, int]] = []  # (field position or None for all, name, count)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_entries(self, entries: list[tuple[int | None, str, int]]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field, name, count = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name if index.column() == 0 else str(count)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            procedures = self.tr("%n procedure(s)", "", count)
            return f"{name}: {procedures}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and field is None:
            return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return field
        return None


class SearchBox(QLineEdit):
    """The search field: Down or Enter goes to the results, Escape clears."""

    go_to_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown):
            self.go_to_results.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ResultsView(QTableView):
    """The list: Enter opens the procedure, typing a letter goes back to the search box."""

    activated_row = Signal()
    type_ahead = Signal(str)
    NAME_SHARE = 0.4  # the procedure's name keeps at least this much of the width

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.preferred: dict[int, int] = {}  # the other columns' widths on a wide screen

    def fit_columns(self) -> None:
        """Narrow the other columns on a small window so the name column keeps its share."""
        if not self.preferred:
            return
        room = self.viewport().width()
        code = self.preferred.get(CatalogueModel.CODE, 0)
        others = sum(self.preferred.values()) - code
        scale = min(1.0, max(0.3, (room * (1 - self.NAME_SHARE) - code) / others)) if others else 1.0
        for column, width in self.preferred.items():  # the code stays whole: it is what staff read first
            self.setColumnWidth(column, width if column == CatalogueModel.CODE else max(48, round(width * scale)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.currentIndex().isValid():
            self.activated_row.emit()
            return
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.type_ahead.emit(text)
            return
        super().keyPressEvent(event)


class CataloguePage(Retranslating, QWidget):
    """Search, filter and open the procedures of the catalogue."""

    catalogue_changed = Signal()
    loaded = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.today = today
        self.index: CatalogueIndex | None = None
        self.live: LiveSearch | None = None
        self.editor = None  # the open editor dialog, if any
        self.dialog = None  # the open history or lifecycle dialog, if any
        self._loaded = False
        self._field: int | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._counts: dict[int, int] = {}

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")

        self.empty_banner = QFrame()
        self.empty_banner.setObjectName("banner")
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.load_demo_button = QPushButton()
        self.load_demo_button.clicked.connect(self.load_demo)
        banner_layout = QHBoxLayout(self.empty_banner)
        banner_layout.addWidget(self.empty_text, 1)
        banner_layout.addWidget(self.load_demo_button)

        self.search = SearchBox()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.update_list)
        self.search.go_to_results.connect(self._focus_results)
        self.found = QLabel()
        self.found.setObjectName("pageSummary")
        self.found.setMinimumWidth(self.fontMetrics().horizontalAdvance("Tìm thấy 20.000") + 8)  # no relayout per key
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.lifecycle_button, self.history_button, self.verify_button = QPushButton(), QPushButton(), QPushButton()
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.current_code()))
        self.lifecycle_button.clicked.connect(self.open_lifecycle)
        self.history_button.clicked.connect(self.open_history)
        self.verify_button.clicked.connect(self.mark_verified)
        self.can_edit = False  # known once the list loads (the administrator may turn staff editing off)

        self.level_filter, self.lifecycle_filter = QComboBox(), QComboBox()
        self.posting_filter, self.online_filter = QComboBox(), QComboBox()
        self.review_filter = QCheckBox()
        for combo, count in ((self.level_filter, 1 + len(Level)), (self.lifecycle_filter, 1 + len(Lifecycle)),
                             (self.posting_filter, len(POSTING_CHOICES)), (self.online_filter, 1 + len(OnlineLevel))):
            for _ in range(count):
                combo.addItem("")
            combo.currentIndexChanged.connect(self._filters_changed)
        self.review_filter.toggled.connect(self._filters_changed)
        self.clear_filters_button = QPushButton()
        self.clear_filters_button.clicked.connect(self.clear_filters)

        self.field_model = FieldModel(self)
        self.fields = QTableView()
        self.fields.setModel(self.field_model)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setShowGrid(False)
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().hide()
        # Two lines per field, fixed: long field names wrap without measuring every row.
        self.fields.setWordWrap(True)
        self.fields.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.fields.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.fields.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.fields.setColumnWidth(1, self.fontMetrics().horizontalAdvance("20000") + 16)
        self.fields.setMinimumWidth(170)
        self.fields.selectionModel().currentRowChanged.connect(self._field_chosen)
        self.fields_label = QLabel()
        self.fields_label.setBuddy(self.fields)

        self.model = CatalogueModel(self)
        self.table = ResultsView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellPainter(self.table, self.model))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._sort_clicked)
        metrics = self.fontMetrics()
        widths = {CatalogueModel.CODE: metrics.horizontalAdvance("0.000000") + 20,
                  CatalogueModel.FIELD: 130,
                  CatalogueModel.LIFECYCLE: metrics.horizontalAdvance("Chưa hiệu lực") + 24,
                  CatalogueModel.POSTING: metrics.horizontalAdvance("Chưa niêm yết 0") + 24,
                  CatalogueModel.REVIEW: metrics.horizontalAdvance("Cần đối chiếu lại") + 44}
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == CatalogueModel.NAME
                                        else QHeaderView.ResizeMode.Interactive)
            if column in widths:
                self.table.setColumnWidth(column, widths[column])
        self.table.preferred = dict(widths)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated_row.connect(lambda: self.open_editor(self.current_code()))
        self.table.doubleClicked.connect(lambda _index: self.open_editor(self.current_code()))
        self.table.type_ahead.connect(self._type_ahead)

        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.detail.setMinimumHeight(120)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_detail)
        # The counts per field and the order past the first page follow once typing pauses.
        self._matches: list[int] = []
        self._pending: tuple[search.Query, list[int]] | None = None
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_DELAY_MS)
        self._settle_timer.timeout.connect(self.settle)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.summary)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addWidget(self.found)
        for button in (self.new_button, self.edit_button, self.lifecycle_button, self.history_button,
                       self.verify_button):
            actions.addWidget(button)
        # The filters wrap onto a second line on a narrow window rather than being cut.
        self.filters_bar = QWidget()
        filters = FlowLayout(self.filters_bar)
        for widget in (self.level_filter, self.lifecycle_filter, self.posting_filter, self.online_filter):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(widget)
        filters.addWidget(self.review_filter)
        filters.addStretch()
        filters.addWidget(self.clear_filters_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.fields_label)
        side_layout.addWidget(self.fields, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([400, 180])
        self.splitter = QSplitter()
        self.splitter.addWidget(side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([205, 925])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_banner)
        layout.addLayout(actions)
        layout.addWidget(self.filters_bar)
        layout.addWidget(self.splitter, 1)

        for keys, slot in (("Ctrl+F", self._focus_search), ("Ctrl+N", lambda: self.open_editor(None)),
                           ("Ctrl+H", self.open_history), ("Ctrl+L", self.open_lifecycle)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
            action.triggered.connect(slot)
            self.addAction(action)
        self.empty_banner.hide()
        self.retranslate()

    # --- language ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Administrative procedures"))
        self.empty_text.setText(self.tr(
            "The catalogue is empty. Load the demo catalogue (ward-level procedures from the national "
            "database, July 2026) to try the app, or import your province's official list."))
        self.load_demo_button.setText(self.tr("Load demo catalogue"))
        self.search.setPlaceholderText(self.tr("Search by code, name, keyword… (Ctrl+F), with or without accents"))
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button.setText(self.tr("Open") if self.actor.role == Role.READONLY else self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Enter or F2"))
        self.lifecycle_button.setText(self.tr("Legal status…"))
        self.lifecycle_button.setToolTip(self.tr("Mark amended, repealed or not yet in force (Ctrl+L)"))
        self.history_button.setText(self.tr("History"))
        self.history_button.setToolTip("Ctrl+H")
        self.verify_button.setText(self.tr("Verified today"))
        self.verify_button.setToolTip(self.tr("Record that the procedure was checked against the province's "
                                              "decision today"))
        self.fields_label.setText(self.tr("&Fields"))
        texts = [(self.level_filter, [self.tr("Any level")] + [labels.level(v) for v in Level]),
                 (self.lifecycle_filter, [self.tr("Any legal status")] + [labels.lifecycle(v) for v in Lifecycle]),
                 (self.posting_filter, [self.tr("Any posting"), self.tr("Posted now"), self.tr("Changing soon"),
                                        self.tr("Not posted"), self.tr("No longer posted")]),
                 (self.online_filter, [self.tr("Any online level")] + [labels.online_level(v) for v in OnlineLevel])]
        for combo, items in texts:
            for i, text in enumerate(items):
                combo.setItemText(i, text)
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.model.retranslate()
        self.table.itemDelegate().forget()
        if self.index is not None:
            self.update_list()
        self._update_summary()
        self._show_detail()

    # --- loading ---------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload the list from the database, keeping the search, the filters and the selection."""
        keep = select or self.current_code()
        with self.db.plain() as plain:  # plain SQL: the first list needs no SQLAlchemy
            self.index = search.load_index(plain, self.today())
            (staff_can_edit,) = options.read(plain, "catalogue.staff_can_edit")
        self.can_edit = permissions.may_edit_catalogue(self.actor.role, staff_can_edit)
        for button in (self.new_button, self.lifecycle_button, self.verify_button, self.load_demo_button):
            button.setEnabled(self.can_edit)
        self.live = LiveSearch(self.index)
        if not self._loaded:
            self.search.setFocus()  # a clerk types the moment the list is there
        self._loaded = True
        self.update_list(keep=keep)
        self.settle()
        self._update_summary()
        self.loaded.emit()
        # Built once the list is on screen, so the first keystroke does not wait for it.
        QTimer.singleShot(0, self.index.prepare)

    def _update_summary(self) -> None:
        idx = self.index
        total = len(idx) if idx is not None else 0
        self.empty_banner.setVisible(self._loaded and total == 0)
        if idx is None:
            self.summary.setText("")
            return
        fields = len({f for f in idx.field})
        posted = sum(idx.posted)
        review = sum(idx.needs_review)
        self.summary.setText(" · ".join([self.tr("%n procedure(s)", "", total), self.tr("%n field(s)", "", fields),
                                         self.tr("%n posted", "", posted), self.tr("%n due for review", "", review)]))
        self.review_filter.setText(self.tr("Due for review (%1)").replace("%1", str(review)))

    # --- filtering and searching --------------------------------------------------------
    def filters(self) -> Filters:
        """The filters chosen above the list (the field is chosen on the left)."""
        def pick(combo: QComboBox, values: list[Any]) -> Any:
            return values[combo.currentIndex()] if combo.currentIndex() > 0 else None

        return Filters(level=pick(self.level_filter, [None, *Level]),
                       lifecycle=pick(self.lifecycle_filter, [None, *Lifecycle]),
                       posting=POSTING_CHOICES[max(0, self.posting_filter.currentIndex())],
                       online_level=pick(self.online_filter, [None, *OnlineLevel]),
                       needs_review=self.review_filter.isChecked())

    def clear_filters(self) -> None:
        for combo in (self.level_filter, self.lifecycle_filter, self.posting_filter, self.online_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.review_filter.blockSignals(True)
        self.review_filter.setChecked(False)
        self.review_filter.blockSignals(False)
        self._field = None
        self.update_list()

    def _filters_changed(self) -> None:
        self.update_list()

    def update_list(self, *_args: Any, keep: str | None = None) -> None:
        """Search and filter again; called on every keystroke."""
        idx, live = self.index, self.live
        if idx is None or live is None:
            return
        keep = keep or self.current_code()
        query, matches = live.matches(self.search.text(), self.filters())
        self._matches = matches
        if self._field is not None:
            field, col = self._field, idx.field
            matches = [i for i in matches if col[i] == field]
        if self.table.isColumnHidden(CatalogueModel.FIELD) != (self._field is not None):
            self.table.setColumnHidden(CatalogueModel.FIELD, self._field is not None)  # room for the names
        # While typing, a page of the list is ranked; the rest follows once typing pauses.
        self._pending = (query, matches) if len(matches) > RANKED_WHILE_TYPING else None
        self._settle_timer.start()
        ordered = self._order(query, matches, first=RANKED_WHILE_TYPING)
        if ordered != self.model.rows or self.model.index_ is not idx:  # a space typed changes nothing
            self.model.set_rows(idx, ordered)
        row = self.model.row_of(keep)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, CatalogueModel.NAME),
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows)
        filtered = not query.empty or self._field is not None or self.filters() != Filters()
        found = len(matches)  # a plain name: lupdate 6.11 misses plural counts given as expressions
        self.found.setText(self.tr("%n found", "", found) if filtered else "")
        self._detail_timer.start()

    def settle(self) -> None:
        """What waits for a pause in typing: the counts per field, the full order of a long list."""
        self._settle_timer.stop()
        self.update_counts()
        if self._pending is None or self.index is None:
            return
        query, rows = self._pending
        self._pending = None
        ordered = self._order(query, rows)
        if ordered == self.model.rows:
            return
        keep, scroll = self.current_code(), self.table.verticalScrollBar().value()
        self.model.set_rows(self.index, ordered)  # the rows on screen stay where they are
        self.table.verticalScrollBar().setValue(scroll)
        row = self.model.row_of(keep)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, CatalogueModel.NAME))

    def _order(self, query: search.Query, rows: list[int], first: int | None = None) -> list[int]:
        idx = self.index
        assert idx is not None
        if self._sort is not None:
            column, order = self._sort
            n = len(idx)
            keys: Any
            if column == CatalogueModel.CODE:
                keys = idx.codes.__getitem__
            elif column == CatalogueModel.NAME:
                keys = None
            elif column == CatalogueModel.FIELD:
                keys = idx.field_order.__getitem__
            elif column == CatalogueModel.LIFECYCLE:
                keys = lambda i: _LIFECYCLE_ORDER[idx.lifecycle[i]] * n + i  # noqa: E731
            elif column == CatalogueModel.POSTING:
                keys = lambda i: _POSTING_ORDER[idx.posting(i)] * n + i  # noqa: E731
            else:
                keys = lambda i: (0 if idx.needs_review[i] else 1) * n + i  # noqa: E731
            return sorted(rows, key=keys, reverse=order == Qt.SortOrder.DescendingOrder)
        if not query.empty:
            return idx.rank(query, rows, first=first)
        return sorted(rows, key=idx.field_order.__getitem__)

    def _sort_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        if self._sort is None or self._sort[0] != column:
            self._sort = (column, Qt.SortOrder.AscendingOrder)
        elif self._sort[1] == Qt.SortOrder.AscendingOrder:
            self._sort = (column, Qt.SortOrder.DescendingOrder)
        else:
            self._sort = None  # back to relevance (or field then name)
        header.setSortIndicatorShown(self._sort is not None)
        if self._sort is not None:
            header.setSortIndicator(*self._sort)
        self.update_list()

    def update_counts(self) -> None:
        """Count what the search and filters found in each field (the list on the left)."""
        if self.index is not None:
            self._update_fields(self.index.field_counts(self._matches), len(self._matches))

    def _update_fields(self, counts: dict[int, int], total: int) -> None:
        idx = self.index
        assert idx is not None
        entries: list[tuple[int | None, str, int]] = [(None, self.tr("All fields"), total)]
        for position, name in enumerate(idx.fields):
            count = counts.get(position, 0)
            if count or position == self._field:
                entries.append((position, self.tr("No field") if position == idx.no_field else name, count))
        if entries == self.field_model.entries:
            return
        selection = self.fields.selectionModel()
        selection.blockSignals(True)
        self.field_model.set_entries(entries)
        row = next(r for r, e in enumerate(entries) if e[0] == self._field)
        selection.setCurrentIndex(self.field_model.index(row, 0),
                                  selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
        selection.blockSignals(False)

    def _field_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._field = self.field_model.entries[current.row()][0]
        self.update_list()

    def select_field(self, name: str | None) -> None:
        """Show only the procedures of field ``name`` (None: every field)."""
        idx = self.index
        assert idx is not None
        self._field = None if name is None else idx.fields.index(name)
        self.update_list()

    # --- selection and detail -------------------------------------------------------------
    def current_code(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.code_at(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, CatalogueModel.NAME))
        self._show_detail()
        return True

    def _current_changed(self, *_args: Any) -> None:
        self._detail_timer.start()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, CatalogueModel.NAME))
        self.table.setFocus()

    def _type_ahead(self, text: str) -> None:
        self.search.setFocus()
        self.search.insert(text)

    def _show_detail(self) -> None:
        code = self.current_code()
        if code is None:
            hint = self.tr("Select a procedure to see its summary.")
            self.detail.setHtml(f"<p style='color:#555'>{html.escape(hint)}</p>")
            return
        with self.db.read() as session:
            try:
                from cchc_desktop.core.services import catalogue

                procedure = catalogue.get_procedure(session, code)
            except Exception:  # deleted meanwhile on another desk: the next refresh drops it
                self.detail.clear()
                return
            from cchc_desktop.core.services import samples

            documents = len(samples.documents(session, code))
            self.detail.setHtml(self._summary_html(procedure, documents))

    def _summary_html(self, p, documents: int) -> str:
        e = html.escape
        today = self.today()
        t_code, t_field, t_status = self.tr("Code"), self.tr("Field"), self.tr("Status")
        t_check, t_no_field = self.tr("Verification"), self.tr("No field")
        state, change = posting_state(today, p.posted_since, p.posted_until, p.lifecycle,
                                      p.effective_from, p.effective_until)
        posting = posting_text(state, change)
        if p.posted_since and state in (Posting.POSTED, Posting.LEAVING):
            posting += " · " + self.tr("since %1").replace("%1", format_date(p.posted_since))
        status = labels.lifecycle(p.lifecycle)
        if p.decision_number:
            status += " · " + self.tr("decision %1 of %2").replace("%1", p.decision_number).replace(
                "%2", format_date(p.decision_date) or "…")
        verified = labels.verification(p.verification)
        if p.verified_on:
            verified += " · " + format_date(p.verified_on)
        parts = [f"<h3>{e(p.name)}</h3>",
                 f"<p><b>{e(t_code)}:</b> {e(p.code)}<br>"
                 f"<b>{e(t_field)}:</b> {e(p.field.name if p.field else t_no_field)}<br>"
                 f"<b>{e(t_status)}:</b> {e(status)} · {e(posting)} · "
                 f"{e(labels.online_level(p.online_level))}<br>"
                 f"<b>{e(t_check)}:</b> {e(verified)}</p>"]
        if p.channels:
            heading = self.tr("Channels, time limits and fees")
            no_fee = self.tr("Fee not stated – see the province's decision")
            parts.append(f"<h4>{e(heading)}</h4><ul>")
            for c in p.channels:
                fees = "; ".join(f.text or format_amount(f.amount) for f in c.fees if f.text or f.amount) or no_fee
                parts.append(f"<li><b>{e(labels.method(c.method))}</b>: "
                             f"{e(labels.time_limit(c.time_qty, c.time_unit, c.time_text))}<br>"
                             f"<span style='color:#444'>{e(fees)}</span></li>")
            parts.append("</ul>")
        components = sum(len(g.components) for g in p.dossier_groups)
        notes = []
        if components:
            notes.append(self.tr("%n document(s) in the dossier", "", components))
        notes.append(self.tr("%n sample document(s)", "", documents) if documents
                     else self.tr("no sample dossier yet"))
        parts.append(f"<p>{e(' · '.join(notes))}</p>")
        if p.link:
            online = self.tr("Online service")
            parts.append(f"<p><b>{e(online)}:</b><br>{e(p.link)}</p>")
        return "".join(parts)

    # --- actions -------------------------------------------------------------------------------
    def load_demo(self) -> None:
        from cchc_desktop import demo  # the importer, the readers and the sample forms: loaded only for this

        summary = run_guarded(self, lambda: demo.load_demo(self.db, self.actor))
        if summary is not None:
            self.refresh()
            self.catalogue_changed.emit()

    def _changed(self, code: str | None = None) -> None:
        self.refresh(select=code)
        self.catalogue_changed.emit()

    def open_editor(self, code: str | None) -> None:
        """Open the editor on ``code`` (None: a new procedure)."""
        from cchc_desktop.gui.staff.editor import ProcedureEditor

        if code is None and not self.can_edit:
            return
        if not self._loaded or (self.editor is not None and self.editor.isVisible()):
            return
        editor = run_guarded(self, lambda: ProcedureEditor(self.db, self.actor, code, self, today=self.today))
        if editor is None:
            return
        self.editor = editor
        editor.saved.connect(self._changed)
        editor.open()

    def open_history(self) -> None:
        from cchc_desktop.gui.staff.history import HistoryDialog

        code = self.current_code()
        if code is None:
            return
        self.dialog = HistoryDialog(self.db, self.actor, code, self)
        self.dialog.restored.connect(self._changed)
        self.dialog.open()

    def open_lifecycle(self) -> None:
        from cchc_desktop.gui.staff.lifecycle import LifecycleDialog

        code = self.current_code()
        if code is None or not self.can_edit:
            return
        dialog = run_guarded(self, lambda: LifecycleDialog(self.db, self.actor, code, self, today=self.today))
        if dialog is None:
            return
        self.dialog = dialog
        dialog.saved.connect(self._changed)
        dialog.open()

    def mark_verified(self) -> None:
        code = self.current_code()
        if code is None:
            return
        from cchc_desktop.core.services import editing

        saved = run_guarded(self, lambda: editing.mark_verified(self.db, self.actor, code, day=self.today()))
        if saved is not None:
            self._changed(code)
