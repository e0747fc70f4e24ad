"""The look of SIPL: Fusion with a calm light palette, and chip painting.

Sizes follow the system font (headings are scaled from it, never fixed in points), so the
interface grows with the user's text size setting.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#1d5f7a"
ACCENT_DARK = "#154a60"
ACCENT_LIGHT = "#dcebf2"
WINDOW = "#f3f4f6"
BORDER = "#d6dae0"
MUTED = "#5b6470"
ERROR = "#a4262c"

STYLE_SHEET = f"""
QMainWindow, QStackedWidget > QWidget {{ background: {WINDOW}; }}
QFrame#card {{
    background: white; border: 1px solid {BORDER}; border-radius: 6px;
}}
QFrame#banner {{
    background: #fff4d6; border: 1px solid #e8c766; border-radius: 6px;
}}
QLabel#muted, QLabel#saveIndicator {{ color: {MUTED}; }}
QLabel#saveIndicator[failed="true"] {{ color: {ERROR}; font-weight: 600; }}
QLabel#sectionTitle {{ color: #1f2933; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK};
    border-radius: 4px; padding: 5px 14px; font-weight: 600;
}}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primary:disabled {{ background: #9fb5bf; border-color: #9fb5bf; }}
QPushButton#primary:focus {{ border: 2px solid #f2b705; }}
QTableView, QTreeView, QListView {{
    background: white; alternate-background-color: #f7f8fa;
    selection-background-color: {ACCENT_LIGHT}; selection-color: #111;
    border: 1px solid {BORDER}; gridline-color: #eceef1;
}}
QHeaderView::section {{
    background: #eef0f3; color: #1f2933; padding: 5px 6px; border: none;
    border-bottom: 1px solid {BORDER}; border-right: 1px solid #e2e5e9; font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: white; border-radius: 4px; }}
QTabBar::tab {{ padding: 6px 12px; }}
QToolBar {{ background: white; border-bottom: 1px solid {BORDER}; spacing: 6px; padding: 4px; }}
QStatusBar {{ background: white; border-top: 1px solid {BORDER}; }}
QPlainTextEdit, QLineEdit, QComboBox, QDateEdit, QDoubleSpinBox {{
    selection-background-color: {ACCENT}; selection-color: white;
}}
QListWidget#aspects::item {{ padding: 6px 4px; }}
QListWidget#aspects::item:selected {{ background: {ACCENT_LIGHT}; color: #111; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion, a light palette with SIPL's accent, and the style sheet."""
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7b8490"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled by ``factor`` (follows the system text size)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


CHIP_PAD_X = 7
CHIP_PAD_Y = 2
CHIP_GAP = 4


def chip_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text) + 2 * CHIP_PAD_X + 4


def chip_height(metrics: QFontMetrics) -> int:
    return metrics.height() + 2 * CHIP_PAD_Y


def paint_chip(painter: QPainter, rect: QRect, text: str, background: str, foreground: str) -> None:
    """A rounded label: the colour of a judgement with its words on it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(background).darker(115))
    painter.setBrush(QColor(background))
    radius = rect.height() / 2.5
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.setPen(QColor(foreground))
    painter.drawText(
        rect.adjusted(CHIP_PAD_X, 0, -CHIP_PAD_X, 0),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, rect.width() - 2 * CHIP_PAD_X + 2
        ),
    )
    painter.restore()
