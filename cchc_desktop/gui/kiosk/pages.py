"""The kiosk's screens: home, results, detail, online guide, rating, thank-you, paused.

Each page is a thin view: the window hands it what the core returned
(``core.services.kiosk``) and reacts to its signals.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core import paths, survey
from cchc_desktop.core.services import kiosk as kiosk_service
from cchc_desktop.gui import labels
from cchc_desktop.gui.qr_widget import QrCode
from cchc_desktop.gui.retranslating import Retranslating

RESULTS_SHOWN = 30  # a screen or two of cards; typing more narrows the list


def label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    return widget


def button(text: str = "", name: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setAutoDefault(False)
    if name:
        widget.setObjectName(name)
    return widget


def scroll_area(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QFrame.Shape.NoFrame)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)  # swipe to scroll
    return area


FIRST_ROWS = 8  # rows of field cards laid out before the home screen shows: more than the tallest screen holds
REST_DELAY_MS = 50  # the rest once it has been painted


class TapCard(QFrame):
    """A large tappable card whose texts wrap (a QPushButton would clip long Vietnamese names)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tap")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(4)
        self.title = label(name="tapTitle")
        self.subtitle = label(name="muted")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.key = ""

    def set_texts(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class SearchField(QLineEdit):
    """The search field; a tap asks for the on-screen keyboard."""

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.tapped.emit()


class HomePage(Retranslating, QWidget):
    search_tapped = Signal()
    field_chosen = Signal(int)
    guide_chosen = Signal()
    rating_chosen = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(14)
        self.prompt = label(name="heading")
        self.search_field = SearchField()
        self.search_field.tapped.connect(self.search_tapped.emit)
        self.search_field.textEdited.connect(lambda _t: self.search_tapped.emit())
        layout.addWidget(self.prompt)
        layout.addWidget(self.search_field)
        actions = QHBoxLayout()
        self.guide_tile, self.rating_tile = TapCard(), TapCard()
        self.guide_tile.clicked.connect(self.guide_chosen.emit)
        self.rating_tile.clicked.connect(self.rating_chosen.emit)
        actions.addWidget(self.guide_tile)
        actions.addWidget(self.rating_tile)
        layout.addLayout(actions)
        self.fields_heading = label(name="heading")
        layout.addWidget(self.fields_heading)
        self.tiles_box = QWidget()
        self.tiles = QGridLayout(self.tiles_box)
        self.tiles.setContentsMargins(0, 0, 0, 0)
        self.tiles.setSpacing(12)
        layout.addWidget(scroll_area(self.tiles_box), 1)
        self.empty = label(name="muted")
        layout.addWidget(self.empty)
        self._fields: list[kiosk_service.FieldTile] = []
        self.field_cards: list[TapCard] = []
        self.columns = 3
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Find your procedure: type its name (with or without tones) or its code"))
        self.search_field.setPlaceholderText(self.tr("For example: khai sinh, cu tru, 1.001193"))
        self.guide_tile.set_texts(self.tr("How to apply online"), self.tr("Steps and a QR code to the portal"))
        self.rating_tile.set_texts(self.tr("Rate our service"), self.tr("Anonymous: no name, no phone number"))
        self.fields_heading.setText(self.tr("Or choose a field"))
        self.empty.setText(self.tr("No procedure is posted yet. Please ask at the counter."))
        self._fill()

    def set_fields(self, fields: list[kiosk_service.FieldTile], columns: int) -> None:
        self._fields, self.columns = fields, columns
        first = columns * FIRST_ROWS
        self._fill(stop=first)
        if len(fields) > first:  # a catalogue with hundreds of fields: the cards below the first screen
            QTimer.singleShot(REST_DELAY_MS, self, lambda: self._fill(start=first))  # dropped if the page goes

    def _fill(self, start: int = 0, stop: int | None = None) -> None:
        """Lay out the field cards from ``start`` (to ``stop``, the rest hidden)."""
        shown = len(self._fields) if stop is None else min(stop, len(self._fields))
        while len(self.field_cards) < shown:
            card = TapCard()
            card.clicked.connect(lambda card=card: self.field_chosen.emit(int(card.key)))
            self.field_cards.append(card)
        for i, card in enumerate(self.field_cards[start:], start):
            self.tiles.removeWidget(card)
            if i < shown:
                tile = self._fields[i]
                card.key = str(tile.position)
                card.set_texts(tile.name, self.tr("%n procedure(s)", "", tile.count))
                self.tiles.addWidget(card, i // self.columns, i % self.columns)
                card.show()
            else:
                card.hide()
        self.empty.setVisible(not self._fields)


class ResultsPage(Retranslating, QWidget):
    """The search field with the matches, best first, as the catalogue ranks them."""

    chosen = Signal(str)
    search_tapped = Signal()
    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.search_field = SearchField()
        self.search_field.tapped.connect(self.search_tapped.emit)
        self.search_field.textChanged.connect(self.text_changed.emit)
        top.addWidget(self.search_field, 1)
        self.all_fields = button()
        self.all_fields.clicked.connect(self.clear_field)
        top.addWidget(self.all_fields)
        layout.addLayout(top)
        self.summary = label(name="muted")
        layout.addWidget(self.summary)
        self.list_box = QWidget()
        self.list = QVBoxLayout(self.list_box)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(8)
        self.cards: list[TapCard] = []
        for _ in range(RESULTS_SHOWN):
            card = TapCard()
            card.clicked.connect(lambda card=card: self.chosen.emit(card.key))
            card.hide()
            self.cards.append(card)
            self.list.addWidget(card)
        self.list.addStretch(1)
        self.area = scroll_area(self.list_box)
        layout.addWidget(self.area, 1)
        self.field: int | None = None
        self.field_name = ""
        self._shown: list[tuple[str, str, str]] = []
        self._total = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Type the name or code of the procedure"))
        self.all_fields.setText(self.tr("All fields"))
        self._update_summary()

    def set_field(self, position: int | None, name: str = "") -> None:
        self.field, self.field_name = position, name
        self.all_fields.setVisible(position is not None)

    def clear_field(self) -> None:
        self.set_field(None)
        self.text_changed.emit(self.search_field.text())

    def show_results(self, rows: list[tuple[str, str, str]], total: int) -> None:
        """``rows``: (code, name, field) of the first matches; ``total``: how many match in all."""
        self._shown, self._total = rows, total
        for card, row in zip(self.cards, rows + [None] * (len(self.cards) - len(rows))):
            if row is None:
                card.hide()
                continue
            code, name, field = row
            card.key = code
            card.set_texts(name, f"{code} · {field}")
            card.show()
        self.area.verticalScrollBar().setValue(0)
        self._update_summary()

    def codes(self) -> list[str]:
        return [code for code, _n, _f in self._shown]

    def _update_summary(self) -> None:
        where = self.tr("in “%1”").replace("%1", self.field_name) + " " if self.field is not None else ""
        if not self._total:
            text = self.tr("No posted procedure matches. Try fewer words, or without tones.")
        elif self._total > len(self._shown):
            text = self.tr("%n procedure(s) found", "", self._total) + " " + where + \
                self.tr("(the first %1 shown: type more to narrow)").replace("%1", str(len(self._shown)))
        else:
            text = self.tr("%n procedure(s) found", "", self._total) + (" " + where if where else "")
        self.summary.setText(text.strip())


def _section(title: str, body: str) -> tuple[QLabel, QLabel]:
    return label(title, "heading"), label(body)


class DetailPage(Retranslating, QWidget):
    """A posted procedure: its summary, what to bring, time and fees per channel, steps, where, the online QR,
    samples."""

    back = Signal()
    rate = Signal(str)
    print_requested = Signal(str)
    sample_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: kiosk_service.Detail | None = None
        self.code = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(20)
        left = QVBoxLayout()
        self.title = label(name="title")
        self.meta = label(name="muted")
        left.addWidget(self.title)
        left.addWidget(self.meta)
        self.body_box = QWidget()
        self.body = QVBoxLayout(self.body_box)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.body.setSpacing(8)
        self.area = scroll_area(self.body_box)
        left.addWidget(self.area, 1)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.qr_heading = label(name="heading")
        self.qr = QrCode(minimum=200)
        self.qr_caption = label(name="small")
        self.online = label()
        right.addWidget(self.qr_heading)
        right.addWidget(self.qr, 1)
        right.addWidget(self.qr_caption)
        right.addWidget(self.online)
        self.print_button = button(name="primary")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.code))
        self.rate_button = button()
        self.rate_button.clicked.connect(lambda: self.rate.emit(self.code))
        self.back_button = button()
        self.back_button.clicked.connect(self.back.emit)
        right.addWidget(self.print_button)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.rate_button)
        right.addLayout(row)
        layout.addLayout(right, 2)
        self.preview = None  # the staff app's sample renderer, made when a sample is first shown
        self.sample_buttons: list[QPushButton] = []
        self.printer = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.qr_heading.setText(self.tr("Apply online: scan with your phone"))
        self.print_button.setText(self.tr("Print the guide sheet"))
        self.rate_button.setText(self.tr("Rate our service"))
        self.back_button.setText(self.tr("Back"))
        if self.detail is not None:
            self._fill()

    def show_detail(self, detail: kiosk_service.Detail, printer: str) -> None:
        self.detail, self.code, self.printer = detail, detail.info.code, printer
        self._fill()
        self.area.verticalScrollBar().setValue(0)

    def _fill(self) -> None:
        d = self.detail
        info = d.info
        self.title.setText(info.name)
        self.meta.setText(self.tr("Code %1 · Field: %2").replace("%1", info.code).replace("%2", info.field or "—"))
        self.print_button.setVisible(bool(self.printer))
        self.qr.set_data(d.link or "")
        self.qr.setVisible(bool(d.link))
        self.qr_caption.setText(_short_link(d.link) if d.link else self.tr("No online link: ask at the counter."))
        self.online.setText(self.tr("Online service: %1").replace("%1", labels.online_level(d.online_level)))
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None and item.widget() is not self.preview:
                item.widget().deleteLater()
        self.sample_buttons = []
        if info.summary:  # the center's plain words come first; the official list follows
            self._add(self.tr("In brief"), info.summary)
        self._add(self.tr("What to bring"), "")
        if not info.dossier:
            self.body.addWidget(label(self.tr("See the guide sheet at the counter.")))
        for group in info.dossier:
            if group.title and len(info.dossier) > 1 or group.title and group.is_notes:
                self.body.addWidget(label(group.title, "tapTitle"))
            for item in group.items:
                self.body.addWidget(label(f"☐ {item.text}" + (f"  —  {self._quantity(item)}" if item.is_document else "")))
        self._add(self.tr("Time and fees"), "")
        for line in d.channels:
            text = self.tr("%1: time %2; fees: %3").replace("%1", labels.method(line.method)) \
                .replace("%2", line.time).replace("%3", line.fees)
            self.body.addWidget(label(text))
        places = [f"{labels.method(c.method)}: {c.place}" for c in d.channels if c.place]
        if places or info.agencies:
            self._add(self.tr("Where"), "\n".join(places) or info.agencies)
        if info.steps:
            self._add(self.tr("Steps"), "\n".join(info.steps))
        if d.documents:
            self._add(self.tr("Sample dossier"), self.tr("Tap a document to see its pages."))
            row = QHBoxLayout()
            box = QWidget()
            box.setLayout(row)
            for doc in d.documents:
                b = button(doc.title)
                b.setCheckable(True)
                b.clicked.connect(lambda _=False, i=doc.id: self.sample_chosen.emit(i))
                self.sample_buttons.append(b)
                row.addWidget(b)
            row.addStretch(1)
            self.body.addWidget(box)
            if self.preview is not None:
                self.preview.clear(self.tr("Tap a document to see its pages."))
                self.body.addWidget(self.preview)
        self.body.addStretch(1)

    def _quantity(self, item) -> str:
        if item.present_only:
            return self.tr("show the original")
        parts = []
        if item.originals:
            parts.append(self.tr("%n original(s)", "", item.originals))
        if item.copies:
            parts.append(self.tr("%n copy(ies)", "", item.copies))
        return ", ".join(parts)

    def _add(self, title: str, body: str) -> None:
        heading, text = _section(title, body)
        self.body.addWidget(heading)
        if body:
            self.body.addWidget(text)
        else:
            text.deleteLater()

    def show_sample(self, doc_id: int, media_type: str, data: bytes, title: str) -> None:
        if self.preview is None:
            from cchc_desktop.gui.preview import DocumentPreview  # QtPdf only once a sample is opened

            self.preview = DocumentPreview()
            self.preview.print_button.hide()
            for arrow, text in ((self.preview.prev_button, "◀"), (self.preview.next_button, "▶")):
                arrow.setArrowType(Qt.ArrowType.NoArrow)  # a styled arrow shrinks to a few pixels
                arrow.setText(text)
            self.preview.setMinimumHeight(420)  # with its page and zoom buttons, within a 768-pixel screen
            self.body.insertWidget(self.body.count() - 1, self.preview)
        for b, doc in zip(self.sample_buttons, self.detail.documents):
            b.setChecked(doc.id == doc_id)
        self.preview.show_file(media_type, data, title)
        QTimer.singleShot(0, self.scroll_to_sample)

    def scroll_to_sample(self) -> None:
        """The sample's page, with its buttons, in view."""
        if self.preview is not None:
            self.area.verticalScrollBar().setValue(self.preview.y() - 8)


def _short_link(url: str) -> str:
    """The link as printed under a code (no https://), breakable after its slashes."""
    from cchc_desktop.printing.qr import display_link

    return display_link(url).replace("/", "/\u200b")


GUIDE_STEPS = 6


class GuidePage(Retranslating, QWidget):
    """How to apply online, with pictures the center may replace and a QR code to the portal."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(20)
        left = QVBoxLayout()
        self.title = label(name="title")
        left.addWidget(self.title)
        box = QWidget()
        steps = QVBoxLayout(box)
        steps.setSpacing(14)
        self.steps: list[QLabel] = []
        self.pictures: list[QLabel] = []
        for n in range(1, GUIDE_STEPS + 1):
            row = QHBoxLayout()
            text = label()
            picture = QLabel()
            row.addWidget(text, 1)
            row.addWidget(picture)
            steps.addLayout(row)
            self.steps.append(text)
            self.pictures.append(picture)
        steps.addStretch(1)
        left.addWidget(scroll_area(box), 1)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.qr_heading = label(name="heading")
        self.qr = QrCode(minimum=200)
        self.qr_caption = label(name="small")
        self.back_button = button()
        self.back_button.clicked.connect(self.back.emit)
        right.addWidget(self.qr_heading)
        right.addWidget(self.qr, 1)
        right.addWidget(self.qr_caption)
        right.addWidget(self.back_button)
        layout.addLayout(right, 2)
        self.retranslate()

    def set_portal(self, url: str) -> None:
        self.portal_url = url
        if self.isVisible():
            self._show_portal()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_portal()

    def _show_portal(self) -> None:
        """The portal's QR code, made when the page is first seen (qrcode is not loaded at start-up)."""
        url = getattr(self, "portal_url", "")
        if url != self.qr.data:
            self.qr.set_data(url)
            self.qr_caption.setText(_short_link(url) if url else "")
        folder = paths.data_dir() / "kiosk"
        for n, picture in enumerate(self.pictures, start=1):
            # The center replaces these with its own screenshots: <data folder>/kiosk/huong-dan-N.png
            image = QPixmap(str(folder / f"huong-dan-{n}.png"))
            picture.setVisible(not image.isNull())
            if not image.isNull():
                picture.setPixmap(image.scaledToWidth(min(image.width(), 360),
                                                      Qt.TransformationMode.SmoothTransformation))

    def retranslate(self) -> None:
        self.title.setText(self.tr("How to apply online"))
        texts = [
            self.tr("Open the national public service portal on your phone or computer, or scan the QR code."),
            self.tr("Sign in with your VNeID account (electronic identity, level 2)."),
            self.tr("Search for the procedure by its name or code and choose “Submit online”."),
            self.tr("Fill in the form and attach photos or scans of the documents to bring."),
            self.tr("Pay the fee online when there is one, and note the dossier code to follow it."),
            self.tr("Receive the result online, by post or at the counter of the center."),
        ]
        for n, (widget, text) in enumerate(zip(self.steps, texts), start=1):
            widget.setText(f"{n}. {text}")
        self.qr_heading.setText(self.tr("Scan to open the portal"))
        self.back_button.setText(self.tr("Back"))


class RatingPage(Retranslating, QWidget):
    """The quick five-level rating and the eight counter questions; anonymous."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.token = ""
        self.procedure_code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        self.title = label(name="title")
        self.about = label(name="muted")
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        box = QWidget()
        form = QVBoxLayout(box)
        form.setSpacing(8)
        levels = QHBoxLayout()
        self.level_group = QButtonGroup(self)
        self.level_buttons: dict[int, QPushButton] = {}
        for level in survey.LEVELS:
            b = button()
            b.setCheckable(True)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.level_group.addButton(b, level)
            self.level_buttons[level] = b
            levels.addWidget(b)
        self.level_group.buttonClicked.connect(lambda _b: self._changed())
        form.addLayout(levels)
        self.more = label(name="heading")
        form.addWidget(self.more)
        self.question_labels: dict[str, QLabel] = {}
        self.choice_buttons: dict[tuple[str, str], QPushButton] = {}
        self.groups: dict[str, QButtonGroup] = {}
        for q in survey.QUESTIONS:
            text = label()
            form.addWidget(text)
            self.question_labels[q.key] = text
            row = QVBoxLayout() if q.key == "q7" else QHBoxLayout()  # q7's answers are sentences
            group = QButtonGroup(self)
            self.groups[q.key] = group
            for choice in q.choices:
                b = button()
                b.setCheckable(True)
                b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                group.addButton(b)
                self.choice_buttons[(q.key, choice.value)] = b
                row.addWidget(b)
            group.buttonClicked.connect(lambda _b: self._changed())
            form.addLayout(row)
        form.addStretch(1)
        self.area = scroll_area(box)
        layout.addWidget(self.area, 1)
        bottom = QHBoxLayout()
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.send_button = button(name="primary")
        self.send_button.clicked.connect(self._send)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        layout.addLayout(bottom)
        self.retranslate()

    def start(self, token: str, procedure_code: str = "", procedure_name: str = "") -> None:
        """A fresh form (a new token): whatever a previous citizen chose is dropped."""
        self.token, self.procedure_code, self.procedure_name = token, procedure_code, procedure_name
        for group in (self.level_group, *self.groups.values()):
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
        self.area.verticalScrollBar().setValue(0)
        self.retranslate()
        self._changed()

    def answers(self) -> tuple[int | None, dict[str, str]]:
        overall = self.level_group.checkedId()
        chosen = {key: value for (key, value), b in self.choice_buttons.items() if b.isChecked()}
        return (overall if overall > 0 else None), chosen

    @property
    def dirty(self) -> bool:
        overall, chosen = self.answers()
        return overall is not None or bool(chosen)

    def _changed(self) -> None:
        self.send_button.setEnabled(self.dirty)

    def _send(self) -> None:
        if self.dirty:
            self.send_button.setEnabled(False)  # the first tap sends; the token stops a second one anyway
            self.submitted.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("How satisfied are you with our service?"))
        about = self.tr("Anonymous: we do not ask your name or phone number. Answer what you wish.")
        if getattr(self, "procedure_name", ""):
            about += "\n" + self.tr("About: %1").replace("%1", self.procedure_name)
        self.about.setText(about)
        level_texts = {5: self.tr("Very satisfied"), 4: self.tr("Satisfied"), 3: self.tr("Neutral"),
                       2: self.tr("Dissatisfied"), 1: self.tr("Very dissatisfied")}
        for level, b in self.level_buttons.items():
            b.setText(level_texts[level])
        self.more.setText(self.tr("Eight questions about the counter (optional)"))
        questions, choices = self._survey_texts()
        for n, q in enumerate(survey.QUESTIONS, start=1):
            self.question_labels[q.key].setText(f"{n}. {questions[q.key]}")
            for choice in q.choices:
                self.choice_buttons[(q.key, choice.value)].setText(textwrap.fill(choices[(q.key, choice.value)], 48))
        self.cancel_button.setText(self.tr("Cancel"))
        self.send_button.setText(self.tr("Send"))

    def _survey_texts(self) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        """core/survey.py's questions in the interface language (their Vietnamese is the printed form's)."""
        questions = {
            "q1": self.tr("Dress and manner of the civil servant"),
            "q2": self.tr("The civil servant guided and explained fully and clearly"),
            "q3": self.tr("The dossier was settled on time"),
            "q4": self.tr("Times you had to come back to complete the dossier"),
            "q5": self.tr("You had to see staff of another agency"),
            "q6": self.tr("The civil servant was overbearing or made things difficult"),
            "q7": self.tr("Content and form of the procedures posted at the one-stop counter"),
            "q8": self.tr("Equipment and service conditions"),
        }
        good, normal, poor = self.tr("Good"), self.tr("Neutral"), self.tr("Poor")
        choices = {
            ("q1", "good"): good, ("q1", "normal"): normal, ("q1", "poor"): poor,
            ("q2", "good"): good, ("q2", "normal"): normal, ("q2", "poor"): poor,
            ("q3", "early"): self.tr("Before the deadline"), ("q3", "on_time"): self.tr("On time"),
            ("q3", "late"): self.tr("Late"),
            ("q4", "none"): self.tr("Not once"), ("q4", "once"): self.tr("Once"),
            ("q4", "more"): self.tr("More than once"),
            ("q5", "none"): self.tr("No"), ("q5", "one"): self.tr("One agency"),
            ("q5", "more"): self.tr("More than one agency"),
            ("q6", "no"): self.tr("No"), ("q6", "yes"): self.tr("Yes"),
            ("q7", "paper_and_digital"): self.tr("Complete, timely and accurate on paper, with guidance when "
                                                 "posted electronically"),
            ("q7", "paper"): self.tr("Complete, timely and accurate on paper"),
            ("q7", "lacking"): self.tr("Not timely, complete or accurate"),
            ("q8", "satisfied"): self.tr("Satisfied"), ("q8", "normal"): normal,
            ("q8", "unsatisfied"): self.tr("Dissatisfied"),
        }
        return questions, choices


class MessagePage(Retranslating, QWidget):
    """A large calm message: the thank-you screen and the "paused" screen."""

    home = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        self.title = label(name="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.home_button = button(name="primary")
        self.home_button.clicked.connect(self.home.emit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.home_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.home_button.setVisible(kind == "thanks")
        self.retranslate()

    def retranslate(self) -> None:
        if self.kind == "thanks":
            self.title.setText(self.tr("Thank you!"))
            self.text.setText(self.tr("Your rating has been recorded. It helps the center serve better."))
            self.home_button.setText(self.tr("Back to the start"))
        else:
            self.title.setText(self.tr("Temporarily paused"))
            self.text.setText(self.tr("The kiosk is reconnecting to the center's data. It will be back by itself "
                                      "in a moment; meanwhile, please ask at the counter."))
