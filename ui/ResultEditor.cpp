#include "ResultEditor.h"

#include "ConsoleSession.h"
#include "DeadlineLabel.h"

#include "cache/LocalCache.h"
#include "cache/ResultFiles.h"
#include "calendar/Clock.h"
#include "items/ActionSet.h"
#include "items/AgencyDeadlines.h"
#include "sync/SyncClient.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

ResultEditor::ResultEditor(ConsoleSession& session, const QString& reportId, QWidget* parent)
    : QDialog(parent), m_session(session), m_cache(&session.cache()), m_heading(new QLabel(this)),
      m_deadline(new DeadlineLabel(this)), m_rework(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_attachments(new QListWidget(this)), m_message(new QLabel(this)), m_saved(new QLabel(this))
{
    setWindowTitle(tr("Result of %1").arg(reportId));
    m_heading->setWordWrap(true);
    m_deadline->setObjectName(QStringLiteral("resultDeadline"));
    m_rework->setObjectName(QStringLiteral("reworkReason"));
    m_rework->setWordWrap(true);
    m_rework->setTextFormat(Qt::PlainText);
    m_rework->setStyleSheet(QStringLiteral("background: #fdecc8; color: #5c3b00; padding: 6px"));
    m_text->setObjectName(QStringLiteral("resultText"));
    m_text->setPlaceholderText(tr("What your agency found and did (required)"));
    m_text->setTabChangesFocus(true);
    m_attachments->setObjectName(QStringLiteral("resultAttachments"));
    m_attachments->setMaximumHeight(120);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_saved->setObjectName(QStringLiteral("draftStatus"));

    auto* add = new QPushButton(tr("Attach files…"), this);
    add->setObjectName(QStringLiteral("attachFiles"));
    m_remove = new QPushButton(tr("Remove file"), this);
    m_remove->setObjectName(QStringLiteral("removeFile"));
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Submit for approval"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitResult"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeEditor"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_deadline);
    layout->addWidget(m_rework);
    layout->addWidget(new QLabel(tr("Result:"), this));
    layout->addWidget(m_text, 1);
    layout->addWidget(new QLabel(tr("Photos (JPEG, PNG) and PDF documents:"), this));
    layout->addWidget(m_attachments);
    layout->addLayout(fileButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_saved);
    layout->addWidget(buttons);
    resize(620, 560);

    m_draft.reportId = reportId;
    const std::optional<Report> report = session.cache().report(reportId);
    const Assignment* mine = report ? report->assignmentFor(session.user().agencyCode) : nullptr;
    if (std::optional<ResultDraft> kept = ResultDrafts(session.cache()).load(reportId)) {
        m_draft = *kept;
        m_saved->setText(tr("Draft restored (saved %1).").arg(DeadlineLabel::localTime(kept->savedAt)));
    } else if (mine) {
        m_draft = ResultDraft::startingFrom(reportId, *mine);
    }
    m_text->setPlainText(m_draft.text);
    refreshReport();
    refreshAttachments();

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ResultEditor::saveNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ResultEditor::onTextChanged);
    connect(add, &QPushButton::clicked, this, &ResultEditor::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAttachment(m_attachments->currentRow()); });
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_submit, &QPushButton::clicked, this, &ResultEditor::submit);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&session.cache(), &LocalCache::reportsChanged, this, [this](const QStringList& ids) {
        if (ids.isEmpty() || ids.contains(m_draft.reportId))
            refreshReport();
    });
}

ResultEditor::~ResultEditor()
{
    saveNow();
}

void ResultEditor::refreshReport()
{
    const std::optional<Report> report = m_session.cache().report(m_draft.reportId);
    const Assignment* mine = report ? report->assignmentFor(m_session.user().agencyCode) : nullptr;
    m_heading->setText(
        report
            ? QStringLiteral("<b>%1</b> — %2").arg(report->id.toHtmlEscaped(), report->title.toHtmlEscaped())
            : m_draft.reportId.toHtmlEscaped());
    const ReturnLimit limit(m_session.policy(), m_session.slaClock());
    //: Before the R-10 deadline. Glossary: Kết quả xử lý → "Gửi kết quả xử lý trước"
    m_deadline->setDeadline(
        tr("Submit the result by"),
        mine ? AgencyDeadlines(m_session.gauge(), limit).result(*mine, m_session.clock().now())
             : DeadlineIndicator{});
    const bool rework = mine && mine->state == AssignmentState::Rework;
    //: R-12. Glossary: Trả lại để xử lý lại
    m_rework->setText(rework ? tr("Returned for rework by your leader: %1").arg(mine->reworkReason)
                             : QString());
    m_rework->setVisible(rework);
    m_handling = mine && (mine->state == AssignmentState::Processing || rework);
    updateSubmit();
}

void ResultEditor::updateSubmit()
{
    m_submit->setEnabled(m_handling && !m_draft.text.trimmed().isEmpty());
}

void ResultEditor::refreshAttachments()
{
    m_attachments->clear();
    const QLocale locale;
    for (const DraftAttachment& file : std::as_const(m_draft.attachments)) {
        const QString text =
            file.local ? QStringLiteral("%1 (%2)").arg(
                             file.fileName,
                             locale.formattedDataSize(file.size, 1, QLocale::DataSizeTraditionalFormat))
                       //: A file of the result the leader sent back, kept for the rework
                       : tr("%1 (attached earlier)").arg(file.fileName);
        auto* item = new QListWidgetItem(text, m_attachments);
        item->setData(Qt::UserRole, file.sha256);
    }
    m_remove->setEnabled(m_attachments->currentRow() >= 0);
}

void ResultEditor::onTextChanged()
{
    m_draft.text = m_text->toPlainText();
    m_dirty = true;
    m_saveTimer.start();
    updateSubmit();
}

void ResultEditor::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty || !m_cache || !m_cache->isOpen())
        return;
    const QDateTime now = m_session.clock().now();
    if (!ResultDrafts(*m_cache).save(m_draft, now)) {
        showMessage(tr("The draft could not be saved on this computer."), true);
        return;
    }
    m_dirty = false;
    m_draft.savedAt = now;
    m_saved->setText(tr("Draft saved on this computer at %1.").arg(DeadlineLabel::localTime(now)));
    emit draftSaved(m_draft.reportId);
}

void ResultEditor::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QString(), tr("Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)"));
    for (const QString& path : paths)
        addFile(path);
}

bool ResultEditor::addFile(const QString& path)
{
    const auto added = ResultFiles(m_session.sync().photos()).add(path);
    if (const QString* refusal = std::get_if<QString>(&added)) {
        showMessage(*refusal, true);
        return false;
    }
    const DraftAttachment& file = std::get<DraftAttachment>(added);
    if (m_draft.contains(file.sha256)) {
        showMessage(tr("%1 is attached already.").arg(file.fileName), true);
        return false;
    }
    m_draft.attachments.append(file);
    m_dirty = true;
    saveNow(); // at once: from now on the draft is what keeps the file in the cache
    refreshAttachments();
    showMessage(QString(), false);
    return true;
}

void ResultEditor::removeAttachment(int row)
{
    if (row < 0 || row >= m_draft.attachments.size())
        return;
    m_draft.attachments.removeAt(row);
    m_dirty = true;
    saveNow();
    refreshAttachments();
}

bool ResultEditor::submit()
{
    if (m_draft.text.trimmed().isEmpty()) {
        showMessage(tr("Write the result before submitting it."), true);
        return false;
    }
    saveNow();
    const QString commandId = m_session.act(m_draft.reportId, QStringLiteral("submit_result"),
                                            m_draft.payload(), m_draft.localHashes());
    if (commandId.isEmpty()) {
        showMessage(tr("The result could not be saved to the outbox; the draft is kept."), true);
        return false;
    }
    // Queued: the outbox and its uploads hold the result now.
    ResultDrafts(m_session.cache()).remove(m_draft.reportId);
    m_dirty = false;
    emit submitted(m_draft.reportId);
    accept();
    return true;
}

void ResultEditor::done(int result)
{
    saveNow();
    QDialog::done(result);
}

QString ResultEditor::message() const
{
    return m_message->text();
}

void ResultEditor::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828; font-weight: 600") : QString());
}

} // namespace paht::ui
