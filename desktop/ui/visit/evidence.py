"""Evidence capture beside the enquiry questions: kind, note, strength/concern, files.

Files come by drag-and-drop or a file dialog; they are copied into the profile on the store
thread and shown as thumbnails made on a thread pool of their own. Notes of recorded
evidence save as the user types, like every other text in SIPL.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import attachments, visits, workspace
from desktop.store.models import Evidence
from desktop.store.store import Store
from desktop.store.workspace import EvidenceFile
from desktop.ui.common.autosave import AutosaveField
from desktop.ui.common.context import Services
from desktop.ui.common.present import STANCE_COLOURS, STANCES, ChipSpec
from desktop.ui.common.runner import Operation
from desktop.ui.common.widgets import (
    Chip,
    GrowingTextEdit,
    confirm,
    discard,
    muted,
    primary_button,
    section_title,
)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def _draft_key(visit_id: str) -> str:
    return f"evidence_draft:{visit_id}"


def _attach(evidence_id: str, path: Path, store: Store) -> str:
    return attachments.attach_file(store, evidence_id, path)


class FileTile(QFrame):
    """A thumbnail and a file name; double-click opens the file, right-click removes it."""

    remove_requested = Signal(str)

    def __init__(
        self, services: Services, file: EvidenceFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.file = file
        self._services = services
        self.setObjectName("fileTile")
        self.setFixedWidth(112)
        self.image = QLabel()
        self.image.setFixedSize(QSize(104, 84))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("background:#f1f3f5;border-radius:4px;")
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        metrics = self.caption.fontMetrics()
        self.caption.setText(metrics.elidedText(file.filename, Qt.TextElideMode.ElideMiddle, 104))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.image)
        layout.addWidget(self.caption)
        self.setToolTip(
            self.tr("{0} ({1} KB). Double-click to open.").format(
                file.filename, max(1, file.size // 1024)
            )
        )
        self.setAccessibleName(file.filename)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        services.thumbnails.thumbnail_did_load.connect(self._loaded)
        self._show(services.thumbnails.pixmap(file.path, file.media_type, file.blob.read))

    def _loaded(self, path: str) -> None:
        if path == self.file.path:
            self._show(
                self._services.thumbnails.pixmap(path, self.file.media_type, self.file.blob.read)
            )

    def _show(self, pixmap: QPixmap | None) -> None:
        if pixmap is None:
            self.image.setText(self.tr("Loading…"))
        elif pixmap.isNull():
            self.image.setText(self.tr("No preview"))
        else:
            self.image.setPixmap(pixmap)

    @property
    def has_thumbnail(self) -> bool:
        pixmap = self.image.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.open_file()

    def open_file(self) -> None:
        """Open a decrypted copy with the system's viewer; the copy lives in a private
        folder (0700) that SIPL empties when it closes."""
        copy = self._services.open_copies.copy_of(self.file.filename, self.file.blob.read())
        if copy is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_file)
        menu.addAction(
            self.tr("Remove from this evidence"), lambda: self.remove_requested.emit(self.file.id)
        )
        menu.exec(self.mapToGlobal(at))


class EvidenceCard(QFrame):
    """One recorded evidence item, editable in place."""

    def __init__(
        self, services: Services, evidence: Evidence, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAcceptDrops(True)
        self._services = services
        self.evidence = evidence
        self.kind = QLabel()
        self.kind.setWordWrap(True)
        font = self.kind.font()
        font.setBold(True)
        self.kind.setFont(font)
        self.stance = Chip()
        self.question = muted()
        self.question.setWordWrap(False)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.note = GrowingTextEdit(evidence.body, min_lines=2, max_lines=10)
        evidence_id = evidence.id
        self.autosave = AutosaveField(
            self.note,
            services.runner,
            services.tracker,
            lambda text: lambda store: visits.update_evidence(store, evidence_id, body=text),
        )
        self.attach = QPushButton()
        self.files = QHBoxLayout()
        self.files.setSpacing(6)
        self.files.addStretch(1)
        self._tiles: dict[str, FileTile] = {}
        head = QHBoxLayout()
        head.addWidget(self.kind, 1)
        head.addWidget(self.stance)
        head.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.question)
        layout.addWidget(self.note)
        files_row = QHBoxLayout()
        files_row.addLayout(self.files, 1)
        files_row.addWidget(self.attach, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(files_row)
        self.remove.clicked.connect(self._remove)
        self.attach.clicked.connect(self._choose_files)
        self.retranslate()

    def update_from(self, evidence: Evidence, files: tuple[EvidenceFile, ...]) -> None:
        """Show the stored state; the note keeps unsaved typing (see AutosaveField.load)."""
        self.evidence = evidence
        self.autosave.load(evidence.body)
        self._stance()
        wanted = {f.id for f in files}
        for file_id in list(self._tiles):
            if file_id not in wanted:
                discard(self._tiles.pop(file_id))
        for file in files:
            if file.id not in self._tiles:
                tile = FileTile(self._services, file, self)
                tile.remove_requested.connect(self._remove_file)
                self._tiles[file.id] = tile
                self.files.insertWidget(self.files.count() - 1, tile)
        self.retranslate()

    @property
    def tiles(self) -> list[FileTile]:
        return list(self._tiles.values())

    def _stance(self) -> None:
        background, foreground = STANCE_COLOURS[self.evidence.stance]
        words = self._services.present.stance(self.evidence.stance)
        self.stance.set_spec(ChipSpec(words, background, foreground, words))

    def retranslate(self) -> None:
        present = self._services.present
        self.kind.setText(present.evidence_kind(self.evidence.kind))
        self._stance()
        number = self.evidence.question
        if number:
            question = self._services.forms.question(number)
            self.question.setText(
                self.tr("Question {0}: {1}").format(
                    number, question.short.get(self._services.language.code)
                )
            )
        else:
            self.question.setText(self.tr("The aspect as a whole"))
        self.remove.setToolTip(self.tr("Remove this evidence"))
        self.remove.setAccessibleName(self.tr("Remove this evidence"))
        self.note.setAccessibleName(self.tr("Evidence note"))
        self.note.setPlaceholderText(self.tr("What you saw, heard or read"))
        self.attach.setText(self.tr("Attach files…"))
        self.attach.setToolTip(self.tr("Attach photos or documents, or drop files on this card"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _remove(self) -> None:
        if confirm(
            self,
            self.tr("Remove evidence"),
            self.tr("Remove this evidence and its files from the visit?"),
            self.tr("Remove"),
        ):
            evidence_id = self.evidence.id
            self._services.runner.submit(
                lambda store: workspace.remove_evidence(store, evidence_id)
            )

    def _remove_file(self, attachment_id: str) -> None:
        self._services.runner.submit(
            lambda store: workspace.remove_attachment(store, attachment_id)
        )

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        evidence_id = self.evidence.id
        for path in paths:
            self._services.runner.submit(partial(_attach, evidence_id, path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)


class EvidencePanel(QWidget):
    """Record evidence for the current aspect and question; list what is recorded."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._services = services
        self.visit_id: str | None = None
        self.aspect: str | None = None
        self.question_number: int | None = 2
        self._pending: list[Path] = []
        self._cards: dict[str, EvidenceCard] = {}
        self._after_record: Callable[[str], None] | None = None

        self.heading = section_title(factor=1.05)
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(18)
        self.stances = QButtonGroup(self)
        stance_row = QHBoxLayout()
        stance_row.setSpacing(10)
        self._stance_buttons: dict[str, QRadioButton] = {}
        for index, key in enumerate(STANCES):
            button = QRadioButton()
            self.stances.addButton(button, index)
            self._stance_buttons[key] = button
            stance_row.addWidget(button)
        stance_row.addStretch(1)
        self._stance_buttons["neutral"].setChecked(True)
        self.question = QComboBox()
        self.note = QPlainTextEdit()
        self.note.setObjectName("newEvidenceNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.pending_label = muted()
        self.attach = QPushButton()
        self.add = primary_button()
        self.drop_hint = muted()
        self.drop_hint.setWordWrap(True)
        form = QFrame()
        form.setObjectName("card")
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(10, 8, 10, 10)
        form_layout.setSpacing(6)
        form_layout.addWidget(self.heading)
        form_layout.addWidget(self.kind)
        form_layout.addLayout(stance_row)
        form_layout.addWidget(self.question)
        form_layout.addWidget(self.note)
        form_layout.addWidget(self.pending_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        form_layout.addWidget(self.drop_hint)
        form_layout.addLayout(buttons)

        self.list_title = section_title(factor=1.0)
        self.empty = muted()
        self.cards = QVBoxLayout()
        self.cards.setSpacing(8)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 4, 0)
        holder_layout.setSpacing(8)
        holder_layout.addWidget(form)
        holder_layout.addWidget(self.list_title)
        holder_layout.addWidget(self.empty)
        holder_layout.addLayout(self.cards)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.card_scroll = scroll
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields and cards take the focus

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(scroll, 1)
        self.attach.clicked.connect(self._choose_files)
        self.add.clicked.connect(self.record)
        self.note.textChanged.connect(self._validate)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys),
                self,
                self._record_by_key,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.setTabOrder(self.kind, self._stance_buttons["strength"])
        # A note typed but not yet added is a draft of its visit, kept in the profile's
        # (encrypted, never synced) settings: leaving the visit or closing SIPL keeps it.
        self._draft_visit: str | None = None
        self.draft = AutosaveField(self.note, services.runner, services.tracker, self._save_draft)
        self.retranslate()

    # --- state ---------------------------------------------------------------------------

    def _save_draft(self, text: str) -> Operation:
        key = _draft_key(self._draft_visit or "")
        value = text if text.strip() else None
        return lambda store: store.set_setting(key, value)

    def _show_draft(self, visit_id: str, text: str | None) -> None:
        if visit_id == self._draft_visit:
            self.draft.load(text or "")

    def set_place(self, visit_id: str, aspect: str | None, question: int | None) -> None:
        """Where new evidence goes: the visit, aspect and (default) question. A new visit
        brings back its draft note (the one being left is saved first)."""
        if visit_id != self._draft_visit:
            self.draft.flush()
            self._draft_visit = visit_id
            key = _draft_key(visit_id)
            self._services.runner.submit(
                lambda store: store.setting(key),
                lambda text: self._show_draft(visit_id, text),
            )
        self.visit_id = visit_id
        self.aspect = aspect
        if question is not None:
            self.question_number = question
            self.question.setCurrentIndex(max(0, self.question.findData(question)))
        self.setEnabled(aspect is not None)

    def show_evidence(
        self, items: tuple[Evidence, ...], files: dict[str, tuple[EvidenceFile, ...]]
    ) -> None:
        """Show the aspect's evidence, keeping cards (and their typing) that still exist."""
        wanted = [e.id for e in items]
        for evidence_id in list(self._cards):
            if evidence_id not in wanted:
                gone = self._cards.pop(evidence_id)
                self.cards.removeWidget(gone)
                discard(gone)
        for index, evidence in enumerate(items):
            card = self._cards.get(evidence.id)
            if card is None:
                card = EvidenceCard(self._services, evidence, self)
                self._cards[evidence.id] = card
            else:
                self.cards.removeWidget(card)
            self.cards.insertWidget(index, card)
            card.update_from(evidence, files.get(evidence.id, ()))
        self.empty.setVisible(not items)
        self.list_title.setText(self.tr("Recorded for this aspect ({0})").format(len(items)))

    def clear_cards(self) -> None:
        for card in self._cards.values():
            card.autosave.flush()
            self.cards.removeWidget(card)
            discard(card)
        self._cards.clear()

    def card(self, evidence_id: str) -> EvidenceCard | None:
        return self._cards.get(evidence_id)

    def reveal(self, evidence_id: str) -> bool:
        """Scroll to an evidence item and put the cursor in its note."""
        card = self._cards.get(evidence_id)
        if card is None:
            return False
        self.card_scroll.ensureWidgetVisible(card)
        card.note.setFocus()
        return True

    @property
    def card_list(self) -> list[EvidenceCard]:
        return list(self._cards.values())

    def _validate(self) -> None:
        self.add.setEnabled(bool(self.note.toPlainText().strip() or self._pending))

    # --- recording -------------------------------------------------------------------

    def stance(self) -> str:
        return next(k for k, b in self._stance_buttons.items() if b.isChecked())

    def set_stance(self, key: str) -> None:
        self._stance_buttons[key].setChecked(True)

    def record(self) -> None:
        """Record the new evidence (and attach any files waiting) on the store thread."""
        if self.visit_id is None or self.aspect is None:
            return
        body = self.note.toPlainText().strip()
        if not body and not self._pending:
            return
        visit_id, aspect = self.visit_id, self.aspect
        kind, stance = self.kind.currentData(), self.stance()
        question = self.question.currentData()
        files = list(self._pending)

        def op(store: Store) -> str:
            evidence_id = visits.record_evidence(
                store,
                visit_id,
                aspect,
                kind,
                body,
                question=question,
                stance=stance,
            )
            for path in files:
                attachments.attach_file(store, evidence_id, path)
            return evidence_id

        self._services.runner.submit(op)
        self.note.clear()
        self._pending = []
        self._show_pending()
        self._validate()

    def add_files(self, paths: list[Path]) -> None:
        """Files to attach to the evidence about to be recorded."""
        self._pending.extend(p for p in paths if p.is_file())
        self._show_pending()
        self._validate()

    def _show_pending(self) -> None:
        if self._pending:
            names = ", ".join(p.name for p in self._pending)
            self.pending_label.setText(self.tr("Files to attach: {0}").format(names))
        else:
            self.pending_label.setText("")
        self.pending_label.setVisible(bool(self._pending))

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event) and self.aspect is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def _record_by_key(self) -> None:
        if self.add.isEnabled():
            self.record()

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tab_chain(self) -> list[QWidget]:
        """The form's fields in the order Tab visits them."""
        stances: list[QWidget] = list(self._stance_buttons.values())
        return [self.kind, *stances, self.question, self.note, self.attach, self.add]

    # --- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        present = self._services.present
        lang = self._services.language.code
        self.heading.setText(self.tr("Add first-hand evidence"))
        kind = self.kind.currentData()
        self.kind.clear()
        for item in self._services.forms.evidence_kinds:
            self.kind.addItem(present.evidence_kind(item.key), item.key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.setAccessibleName(self.tr("Kind of evidence"))
        for key, button in self._stance_buttons.items():
            button.setText(present.stance(key))
        chosen = self.question.currentData() or self.question_number
        self.question.clear()
        self.question.addItem(self.tr("The aspect as a whole"), None)
        for question in self._services.forms.questions:
            self.question.addItem(
                self.tr("Question {0}: {1}").format(question.number, question.short.get(lang)),
                question.number,
            )
        self.question.setCurrentIndex(max(0, self.question.findData(chosen)))
        self.question.setAccessibleName(self.tr("Question the evidence bears on"))
        self.note.setPlaceholderText(self.tr("A quick note: what you saw, heard or read (Ctrl+E)"))
        self.note.setAccessibleName(self.tr("New evidence note"))
        self.attach.setText(self.tr("Files…"))
        self.attach.setToolTip(self.tr("Choose photos or documents to attach"))
        self.add.setText(self.tr("Add evidence"))
        self.drop_hint.setText(self.tr("or drop files here"))
        self.empty.setText(self.tr("No evidence recorded for this aspect yet."))
        self._show_pending()
        self._validate()
