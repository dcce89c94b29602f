"""The knowledge base tab: what the provider knows of each client's infrastructure.

Pick a client (and a site), type words to narrow the list, read an article, write a new
one or change it; every change keeps the text it replaced, which History shows with the
lines that changed. The desk sees every client; an engineer the clients they serve.
Every read and write goes through the knowledge service in the signed-in user's name.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.rules.knowledge import TOPICS
from console.services.knowledge import (
    ArticleRow,
    RevisionRow,
    add_article,
    article_history,
    article_page,
    client_sites,
    edit_article,
    served_clients,
)
from console.views import i18n
from console.views.background import Greyed, LatestRead
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, set_chosen
from console.views.errors import show_error
from console.views.i18n import QT_TRANSLATE_NOOP
from console.views.worded_rows import WordedRowsModel

TOPIC_NAMES = {
    "network": QT_TRANSLATE_NOOP("KnowledgeView", "Network"),
    "servers": QT_TRANSLATE_NOOP("KnowledgeView", "Servers"),
    "workstations": QT_TRANSLATE_NOOP("KnowledgeView", "Workstations"),
    "printers": QT_TRANSLATE_NOOP("KnowledgeView", "Printers"),
    "software": QT_TRANSLATE_NOOP("KnowledgeView", "Software"),
    "backup": QT_TRANSLATE_NOOP("KnowledgeView", "Backup"),
    "security": QT_TRANSLATE_NOOP("KnowledgeView", "Security"),
    "access": QT_TRANSLATE_NOOP("KnowledgeView", "Access and keys"),
    "contacts": QT_TRANSLATE_NOOP("KnowledgeView", "Suppliers and contacts"),
    "procedures": QT_TRANSLATE_NOOP("KnowledgeView", "Procedures"),
    "other": QT_TRANSLATE_NOOP("KnowledgeView", "Other"),
}
TITLE, WHERE, TOPIC, EDITED = range(4)
SHOWN_AT_MOST = 1000
"""Articles listed at most: a desk of thousands of clients holds tens of thousands, which
the list is for narrowing by client, topic or words, not for reading row by row."""


def topic_name(topic: str) -> str:
    """A topic as the window's language names it."""
    return QCoreApplication.translate("KnowledgeView", TOPIC_NAMES.get(topic, topic))


def _topics() -> list[tuple[str, str]]:
    return [(topic_name(t), t) for t in TOPICS]


Choices = list[tuple[str, uuid.UUID]]


@dataclass(frozen=True)
class KnowledgeRead:
    """The tab's lists as read, maybe off the window's thread: the clients served (None
    when not read again), the chosen client's sites, and the articles worded as cells."""

    clients: Choices | None
    client: uuid.UUID | None  # the client the articles are of (None: every client)
    sites: Choices
    rows: list[ArticleRow]  # the first SHOWN_AT_MOST
    cells: list[tuple[str, ...]]
    found: int  # how many match in all


def article_cells(article: ArticleRow, every_client: bool) -> tuple[str, ...]:
    """An article's row in the list, in the window's language (safe off its thread)."""
    where = article.site or article.client
    if article.site and every_client:
        where = f"{article.client} · {article.site}"
    changed = i18n.when(article.edited_at.astimezone(), "d MMM yyyy")
    if article.edited_by:
        changed = f"{changed} · {article.edited_by}"
    return (article.title, where, topic_name(article.topic), changed)


class KnowledgeView(QWidget):
    """Articles of the clients the user serves: find, read, write, and their history."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[ArticleRow] = []
        self.found = 0  # articles matching, the listed ones and those beyond SHOWN_AT_MOST
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.client = QComboBox()
        self.client.setObjectName("client")
        self.client.setAccessibleName(self.tr("Client"))
        self.client.setMinimumContentsLength(18)
        self.site = QComboBox()
        self.site.setObjectName("site")
        self.site.setAccessibleName(self.tr("Site"))
        self.site.setMinimumContentsLength(14)
        self.topic = QComboBox()
        self.topic.setObjectName("topic")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search the knowledge base"))
        self.search.setPlaceholderText(self.tr("Search titles and texts…"))
        self.search.setClearButtonEnabled(True)
        for label, widget, stretch in (
            (self.tr("Client:"), self.client, 2), (self.tr("Site:"), self.site, 1),
            (self.tr("Topic:"), self.topic, 1), (None, self.search, 2),
        ):  # fmt: skip
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                filters.addWidget(caption)
            filters.addWidget(widget, stretch)
        layout.addLayout(filters)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # rows worded off the window's thread, one reset (1,800 articles' cells took a
        # tenth of a second to make on it)
        self.model = WordedRowsModel(
            [self.tr("Title"), self.tr("Client or site"), self.tr("Topic"), self.tr("Changed")]
        )
        self._reads: LatestRead[KnowledgeRead] = LatestRead()
        self._clients_shown: Choices | None = None  # the client filter's choices
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("articles")
        self._greyed = Greyed(self.table)  # while a changed filter is read
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # fitted to the rows when the user asks for a list, kept as they are after a sync
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(40)  # the rows showing and a few more
        left_layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left_layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.new = QPushButton(self.tr("&New article…"))
        self.new.setObjectName("newArticle")
        self.edit = QPushButton(self.tr("&Edit…"))
        self.edit.setObjectName("editArticle")
        self.archive = QPushButton(self.tr("&Archive"))
        self.archive.setObjectName("archiveArticle")
        self.history = QPushButton(self.tr("&History…"))
        self.history.setObjectName("articleHistory")
        for button in (self.new, self.edit, self.archive, self.history):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        split.addWidget(left)
        self.reader = QTextBrowser()
        self.reader.setObjectName("article")
        self.reader.setAccessibleName(self.tr("Article"))
        self.reader.setOpenExternalLinks(True)
        split.addWidget(self.reader)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        fill(self.topic, _topics(), empty=self.tr("All topics"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)  # one query per pause in typing, not per key
        self._typing.timeout.connect(self.read_articles)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.client.currentIndexChanged.connect(lambda _i: self._client_changed())
        self.site.currentIndexChanged.connect(lambda _i: self.read_articles())
        self.topic.currentIndexChanged.connect(lambda _i: self.read_articles())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new.clicked.connect(self.new_article)
        self.edit.clicked.connect(self.edit_selected)
        self.archive.clicked.connect(self.archive_selected)
        self.history.clicked.connect(self.show_history)
        self.reload()

    # ------------------------------------------------------------------ reading

    def reload(self) -> None:
        """Read the clients the user serves and their articles again, now, keeping what
        is chosen."""
        self._read_now(self._asked(clients=True))

    def refresh(self) -> None:
        """Read the clients and articles again off the window's thread, as after a sync
        that brought changes; what is shown stays until then, the choices and the
        selected article kept."""
        self._reads.later(
            self._asked(clients=True), partial(self._show_read, fit=False), self._read_failed
        )

    def show_articles(self) -> None:
        """List the articles that match the client, site, topic and words chosen, now
        (after the user wrote one)."""
        self._read_now(self._asked(clients=False))

    def read_articles(self) -> None:
        """List the articles a changed filter or search asks for, read off the window's
        thread; the list is greyed until they arrive, and a filter changed again
        meanwhile wins."""
        self._reads.later(
            self._asked(clients=False), self._show_read, self._read_failed, self._greyed
        )

    def client_id(self) -> uuid.UUID | None:
        """The client chosen, or None for all."""
        value = chosen(self.client)
        return value if isinstance(value, uuid.UUID) else None

    def _client_changed(self) -> None:
        self.read_articles()

    def _read_now(self, read: Callable[[], KnowledgeRead]) -> None:
        try:
            self._reads.now(read, self._show_read)
        except Exception as exc:  # said in words; the tab shows what it showed
            self._read_failed(exc)

    def _read_failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _asked(self, clients: bool) -> Callable[[], KnowledgeRead]:
        """The read of what the filters ask for (the filters read now, on the window's
        thread; the read may run off it). With ``clients`` the clients served are read
        again too, and a chosen client no longer served falls back to every client."""
        sessions, user = self.desk.session, self.desk.user_id
        client, site, topic = self.client_id(), chosen(self.site), chosen(self.topic)
        search = self.search.text()

        def read() -> KnowledgeRead:
            served = served_clients(sessions, user) if clients else None
            of = client if served is None or any(c == client for _, c in served) else None
            sites = client_sites(sessions, user, of) if of is not None else []
            at = site if any(s == site for _, s in sites) else None
            page = article_page(sessions, user, of, site=at, topic=topic, search=search,
                                at_most=SHOWN_AT_MOST)  # fmt: skip
            cells = [article_cells(a, of is None) for a in page.rows]
            return KnowledgeRead(served, of, sites, page.rows, cells, page.found)

        return read

    def _show_read(self, read: KnowledgeRead, fit: bool = True) -> None:
        selected = self.selected()
        if read.clients is not None and read.clients != self._clients_shown:
            # filled again only when they changed: 6,000 clients took 30 ms to fill
            self._clients_shown = read.clients
            self.client.blockSignals(True)
            fill(self.client, read.clients, empty=self.tr("All clients"))
            set_chosen(self.client, read.client)
            self.client.blockSignals(False)
        elif read.client is None and self.client.currentIndex() != 0:
            # the client chosen is no longer served: every client's articles are shown
            self.client.blockSignals(True)
            self.client.setCurrentIndex(0)
            self.client.blockSignals(False)
        keep = chosen(self.site)
        self.site.blockSignals(True)
        fill(self.site, read.sites, empty=self.tr("Every site"))
        set_chosen(self.site, keep)
        self.site.blockSignals(False)
        self.site.setEnabled(read.client is not None)
        self.rows, self.found = read.rows, read.found
        self.model.show_cells(read.cells)
        if fit:
            self.table.resizeColumnsToContents()
        self._empty_state()
        if selected is not None:
            for row, article in enumerate(self.rows):
                if article.id == selected.id:
                    self.table.selectRow(row)
        self._show_selected()

    def _empty_state(self) -> None:
        if self.rows and self.found > len(self.rows):
            self.empty.setText(
                self.tr("The first %1 of %n articles shown: choose a client or a topic, or "
                        "type words to narrow the list.", "", self.found)
                .replace("%1", i18n.amount(len(self.rows), 0))
            )  # fmt: skip
            self.empty.show()
            return
        if self.rows:
            self.empty.hide()
            return
        if self.search.text().strip() or chosen(self.topic):
            text = self.tr("No article matches. Try fewer words, or another topic or site.")
        elif self.client.count() <= 1:
            text = self.tr(
                "You serve no client yet: the knowledge base opens with the first ticket "
                "or visit you are given."
            )
        else:
            text = self.tr(
                "Nothing written yet. Use New article to note what an engineer needs on "
                "site: network, servers, backups, how to get in, whom to call."
            )
        self.empty.setText(text)
        self.empty.show()

    def selected(self) -> ArticleRow | None:
        """The article selected in the list, if any."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _show_selected(self) -> None:
        article = self.selected()
        for button in (self.edit, self.archive, self.history):
            button.setEnabled(article is not None)
        if article is None:
            self.reader.setPlainText(self.tr("Choose an article to read it.") if self.rows else "")
            return
        where = f"{article.client} · {article.site}" if article.site else article.client
        meta = self.tr("%1 · %2 · revision %3, %4").replace("%1", where)
        meta = meta.replace("%2", topic_name(article.topic)).replace("%3", str(article.revision))
        edited = i18n.when(article.edited_at.astimezone(), "d MMM yyyy HH:mm")
        meta = meta.replace("%4", f"{edited} {article.edited_by or ''}".strip())
        self.reader.setHtml(
            f"<h2>{escape(article.title)}</h2><p><i>{escape(meta)}</i></p>"
            f"<p style='white-space: pre-wrap'>{escape(article.body)}</p>"  # as written
        )

    # ------------------------------------------------------------------ writing

    def new_article(self) -> None:
        """Write a new article for the client (and site) chosen, or one picked in the form."""
        form = ArticleDialog(self.desk, self, client_id=self.client_id(), site_id=chosen(self.site))
        if form.exec() == QDialog.DialogCode.Accepted and form.saved is not None:
            self._after_save(form.saved)

    def edit_selected(self) -> None:
        """Change the selected article (its old text stays in the history)."""
        article = self.selected()
        if article is None:
            return
        form = ArticleDialog(self.desk, self, article=article)
        if form.exec() == QDialog.DialogCode.Accepted and form.saved is not None:
            self._after_save(form.saved)

    def archive_selected(self) -> None:
        """Take the selected article out of the lists; History still has every text."""
        article = self.selected()
        if article is None:
            return
        try:
            edit_article(
                self.desk.session, self.desk.user_id, article.id, archived=True,
                seen_revision=article.revision, now=self.desk.now(),
            )  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
        self.show_articles()

    def show_history(self) -> None:
        """Every text the selected article had, with the lines each change made."""
        article = self.selected()
        if article is None:
            return
        try:
            revisions = article_history(self.desk.session, self.desk.user_id, article.id)
        except Exception as exc:
            show_error(self, exc)
            return
        HistoryDialog(article, revisions, self).exec()

    def _after_save(self, saved: ArticleRow) -> None:
        self.show_articles()
        for row, article in enumerate(self.rows):
            if article.id == saved.id:
                self.table.selectRow(row)


class ArticleDialog(QDialog):
    """Write a new article or change one; saving keeps the text it replaces."""

    def __init__(
        self,
        desk: DeskContext,
        parent: QWidget | None = None,
        *,
        article: ArticleRow | None = None,
        client_id: uuid.UUID | None = None,
        site_id: object = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.article = article
        self.saved: ArticleRow | None = None
        self.setWindowTitle(self.tr("Edit article") if article else self.tr("New article"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.client = QComboBox()
        self.client.setObjectName("client")
        self.site = QComboBox()
        self.site.setObjectName("site")
        self.topic = QComboBox()
        self.topic.setObjectName("topic")
        fill(self.topic, _topics())
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setMaxLength(200)
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setPlaceholderText(
            self.tr(
                "What an engineer needs to know. Name the entry in the password manager; "
                "never write a password here."
            )
        )
        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("&Site:"), self.site)
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("T&itle:"), self.title)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight)")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        clients = served_clients(desk.session, desk.user_id)
        fill(self.client, clients)
        self.client.currentIndexChanged.connect(lambda _i: self._fill_sites(None))
        if article is not None:
            set_chosen(self.client, article.client_id)
            self.client.setEnabled(False)  # an article stays with its client
            self._fill_sites(article.site_id)
            set_chosen(self.topic, article.topic)
            self.title.setText(article.title)
            self.body.setPlainText(article.body)
        else:
            if client_id is not None:
                set_chosen(self.client, client_id)
            self._fill_sites(site_id)
            set_chosen(self.topic, "other")
        self.title.setFocus()

    def _fill_sites(self, keep: object) -> None:
        client = chosen(self.client)
        sites = client_sites(self.desk.session, self.desk.user_id, client) if client else []
        fill(self.site, sites, empty=self.tr("The whole client"))
        set_chosen(self.site, keep)

    def save(self) -> None:
        """Save through the service; a refusal is said under the text, nothing is kept."""
        site = chosen(self.site)
        try:
            if self.article is None:
                self.saved = add_article(
                    self.desk.session, self.desk.user_id, chosen(self.client), self.title.text(),
                    self.body.toPlainText(), topic=chosen(self.topic), site=site,
                    now=self.desk.now(),
                )  # fmt: skip
            else:
                self.saved = edit_article(
                    self.desk.session, self.desk.user_id, self.article.id,
                    title=self.title.text(), body=self.body.toPlainText(),
                    topic=chosen(self.topic), site=site if site is not None else "",
                    seen_revision=self.article.revision, now=self.desk.now(),
                )  # fmt: skip
        except Exception as exc:
            from console.views.errors import user_message

            self.problem.setText(user_message(exc))
            self.problem.show()
            return
        self.accept()


class HistoryDialog(QDialog):
    """An article's revisions, newest first, each with the lines it removed and added."""

    def __init__(
        self, article: ArticleRow, revisions: list[RevisionRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", article.title))
        self.resize(760, 520)
        self.revisions = revisions
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("revisions")
        self.list.setAccessibleName(self.tr("Revisions"))
        for r in revisions:
            when = i18n.when(r.edited_at.astimezone(), "d MMM yyyy HH:mm")
            text = self.tr("Revision %1 · %2").replace("%1", str(r.number)).replace("%2", when)
            if r.edited_by:
                text = f"{text} · {r.edited_by}"
            if r.archived:
                text = f"{text} · {self.tr('archived')}"
            self.list.addItem(text)
        layout.addWidget(self.list, 2)
        right = QVBoxLayout()
        self.text = QPlainTextEdit()
        self.text.setObjectName("revisionText")
        self.text.setReadOnly(True)
        right.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        layout.addLayout(right, 3)
        self.list.currentRowChanged.connect(self._show)
        if revisions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.revisions):
            self.text.clear()
            return
        r = self.revisions[row]
        changed = "\n".join(r.changes) or self.tr("(the text did not change)")
        self.text.setPlainText(
            f"{r.title}\n\n{self.tr('Changes:')}\n{changed}\n\n{self.tr('Text:')}\n{r.body}"
        )
