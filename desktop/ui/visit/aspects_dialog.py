"""The dialog that changes which aspects a visit looks at."""

from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)

from desktop.store.models import Priority
from desktop.ui.common.context import Services
from desktop.ui.common.record_dialogs import AspectPicker
from desktop.ui.common.widgets import button_box, muted


class AspectsDialog(QDialog):
    """Change which aspects a visit covers."""

    def __init__(
        self,
        services: Services,
        priorities: tuple[Priority, ...],
        chosen: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aspects of this visit"))
        self.setMinimumSize(520, 380)
        self.aspects = AspectPicker(services, priorities, chosen)
        self.aspects.setAccessibleName(self.tr("Aspects to discuss"))
        self.buttons = button_box(self.tr("Save aspects"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Answers already written for an aspect you untick are kept, and come back if "
                    "you tick it again."
                )
            )
        )
        layout.addWidget(self.aspects, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[str]:
        return self.aspects.chosen()
