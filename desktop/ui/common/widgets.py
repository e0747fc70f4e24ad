"""Small building blocks shared by SIPL's screens and dialogs.

Dialog buttons and message boxes use SIPL's own translated words (Qt ships no Welsh), so a
Welsh-speaking user never meets an English "OK" or "Cancel".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.present import ChipSpec
from desktop.ui.common.style import chip_height, chip_width, paint_chip, scaled_font


def discard(widget: QWidget) -> None:
    """Hide a widget now and delete it when control returns to the event loop."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def primary_button(text: str = "", parent: QWidget | None = None) -> QPushButton:
    """The one emphasised button of a screen or dialog."""
    button = QPushButton(text, parent)
    button.setObjectName("primary")
    button.setAutoDefault(True)
    return button


def button_box(accept_text: str, reject_text: str | None = None) -> QDialogButtonBox:
    """OK/Cancel-style buttons with SIPL's own translated words on them."""
    box = QDialogButtonBox()
    accept = primary_button(accept_text)
    accept.setDefault(True)
    box.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = QPushButton(
        reject_text if reject_text is not None else QCoreApplication.translate("Common", "Cancel")
    )
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    return box


def insert_menu_before_help(bar: QMenuBar, menu: QMenu) -> QAction:
    """Put ``menu`` on the menu bar before its last menu (Help), or last if there is none."""
    actions = bar.actions()
    return bar.insertMenu(actions[-1], menu) if actions else bar.addMenu(menu)


def accept_button(box: QDialogButtonBox) -> QPushButton:
    """The main (primary) button of a :func:`button_box`."""
    for button in box.buttons():
        if isinstance(button, QPushButton) and button.objectName() == "primary":
            return button
    raise LookupError("a button box made by button_box() always has a primary button")


def confirm(
    parent: QWidget | None, title: str, text: str, accept_text: str, reject_text: str = ""
) -> bool:
    """Ask a yes/no question with explicit, translated button words; True if accepted."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        reject_text or QCoreApplication.translate("Common", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """Tell the user something, with a translated "OK"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("Common", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A quieter label for secondary information."""
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def section_title(text: str = "", parent: QWidget | None = None, factor: float = 1.15) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    label.setFont(scaled_font(label, factor, bold=True))
    return label


class GrowingTextEdit(QPlainTextEdit):
    """A plain text field that grows with its text between ``min_lines`` and ``max_lines``."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        min_lines: int = 2,
        max_lines: int = 8,
    ) -> None:
        super().__init__(text, parent)
        self._min = min_lines
        self._max = max_lines
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(lambda _: self._fit())
        self._fit()

    def _fit(self) -> None:
        lines = 0
        block = self.document().firstBlock()
        while block.isValid():
            lines += max(1, block.layout().lineCount())
            block = block.next()
        lines = max(self._min, min(self._max, lines))
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        height = (
            self.fontMetrics().lineSpacing() * lines
            + frame
            + 2 * int(self.document().documentMargin())
        )
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class Card(QFrame):
    """A white panel with a border, for grouping a section of a screen."""

    def __init__(self, parent: QWidget | None = None, *, margins: int = 12) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(margins, margins, margins, margins)
        self.body.setSpacing(8)


class Chip(QWidget):
    """A coloured label with words (a judgement, a support level, a stance)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = ChipSpec("", "#eceff1", "#37474f", "")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_spec(self, spec: ChipSpec) -> None:
        self._spec = spec
        self.setToolTip(spec.accessible)
        self.setAccessibleName(spec.accessible)
        self.updateGeometry()
        self.update()

    @property
    def text(self) -> str:
        return self._spec.text

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(chip_width(metrics, self._spec.text) + 2, chip_height(metrics) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        spec = self._spec
        paint_chip(
            painter, self.rect().adjusted(1, 1, -1, -1), spec.text, spec.background, spec.foreground
        )


class ChipRow(QWidget):
    """Chips side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)

    def set_specs(self, specs: list[ChipSpec]) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        for index, spec in enumerate(specs):
            chip = Chip(self)
            chip.set_spec(spec)
            self._layout.insertWidget(index, chip)

    def retranslate(self) -> None:
        raise NotImplementedError


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


class _FitToViewport(QObject):
    """Keeps an empty-state label the size of its view's viewport."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._label.setGeometry(watched.rect().adjusted(16, 12, -16, -12))
        return False


def set_empty(view: QAbstractItemView, text: str) -> None:
    """Show ``text`` in the middle of ``view`` while it has no rows (an empty state)."""
    viewport = view.viewport()
    hint = viewport.findChild(QLabel, "emptyHint")
    if hint is None:
        hint = QLabel(viewport)
        hint.setObjectName("emptyHint")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color:#5b6470;background:transparent;")
        hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        viewport.installEventFilter(_FitToViewport(hint))
    hint.setText(text)
    hint.setGeometry(viewport.rect().adjusted(16, 12, -16, -12))
    model = view.model()
    hint.setVisible(model is not None and model.rowCount() == 0)


ALIGN_TOP = Qt.AlignmentFlag.AlignTop


def refill_choices(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter's choices with "everything" (data "") and ``items`` as (text, data),
    keeping the one chosen when it is still offered, without emitting a change."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, "")
    for text, data in items:
        combo.addItem(text, data)
    at = combo.findData(chosen) if chosen else 0
    combo.setCurrentIndex(max(0, at))
    combo.blockSignals(False)


def has_text(edit: QPlainTextEdit) -> bool:
    """Whether ``edit`` holds anything but white space."""
    return bool(edit.toPlainText().strip())


def whole_tabs(tabs: QTabWidget) -> QTabWidget:
    """Show every tab title of ``tabs`` whole: its tab bar neither elides a title nor
    scrolls tabs out of sight, so the tab widget is at least as wide as its titles."""
    bar = tabs.tabBar()
    bar.setUsesScrollButtons(False)
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    return tabs


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open ``dialog`` at ``width``×``height`` logical pixels, or smaller where the window
    it belongs to (else its screen) is smaller: on a 1366×768 screen at 125 % or a
    1920×1080 at 200 % it fits, and scrolls inside rather than running off the screen."""
    parent = dialog.parentWidget()
    if parent is not None:
        room = parent.window().size()
    else:
        screen = dialog.screen()
        room = screen.availableGeometry().size() if screen is not None else dialog.size()
    dialog.resize(min(width, room.width() - 24), min(height, room.height() - 24))


def scrolling(content: QWidget, *, horizontal: bool = True) -> QScrollArea:
    """``content`` in a frameless scroll area that takes no focus itself: on a short or
    narrow screen the content scrolls (horizontally only if it must, and never if not
    ``horizontal``) rather than being squeezed until its parts overlap."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area
