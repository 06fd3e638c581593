#include "PublicationDialog.h"

#include "ConsoleSession.h"

#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "calendar/WorkingCalendar.h"
#include "items/ActionSet.h"
#include "items/DeadlineGauge.h"
#include "items/DisplayNames.h"
#include "publication/NoticeDocument.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paht::ui {

namespace {

constexpr int kDeadlineTickMs = 30 * 1000;
const QString kClose = QStringLiteral("close_restricted");

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600"));
    return label;
}

} // namespace

PublicationDialog::PublicationDialog(ConsoleSession& session, const QString& reportId, QWidget* parent)
    : QDialog(parent), m_session(session), m_reportId(reportId), m_heading(new QLabel(this)),
      m_route(new QLabel(this)), m_deadline(new QLabel(this)), m_status(new QLabel(this)),
      m_answer(new QPlainTextEdit(this)), m_preview(new QTextBrowser(this)),
      m_save(new QPushButton(tr("&Save answer"), this)), m_pdf(new QPushButton(tr("Save as P&DF…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)), m_finish(new QPushButton(this))
{
    setWindowTitle(tr("Publication — %1").arg(reportId));
    resize(1250, 820);
    m_heading->setObjectName(QStringLiteral("publicationHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600"));
    m_route->setObjectName(QStringLiteral("publicationRoute"));
    m_route->setWordWrap(true);
    m_deadline->setObjectName(QStringLiteral("publicationDeadline"));
    m_status->setObjectName(QStringLiteral("publicationStatus"));
    m_status->setWordWrap(true);
    m_answer->setObjectName(QStringLiteral("publicAnswer"));
    m_answer->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_save->setObjectName(QStringLiteral("saveAnswer"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_print->setObjectName(QStringLiteral("printNotice"));
    m_finish->setObjectName(QStringLiteral("finishPublication"));
    m_save->setShortcut(QKeySequence::Save);
    m_print->setShortcut(QKeySequence::Print);
    m_finish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_finish->setStyleSheet(QStringLiteral("font-weight: 600"));

    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(heading(tr("Public answer"), editor));
    editorLayout->addWidget(m_answer);
    auto* preview = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(heading(tr("As the Appendix II notice"), preview));
    previewLayout->addWidget(m_preview);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(editor);
    splitter->addWidget(preview);
    splitter->setSizes({520, 700});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_finish);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_route);
    layout->addWidget(m_deadline);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        m_edited = true;
        refreshPreview();
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &PublicationDialog::saveAnswer);
    connect(m_pdf, &QPushButton::clicked, this, &PublicationDialog::choosePdfFile);
    connect(m_print, &QPushButton::clicked, this, &PublicationDialog::print);
    connect(m_finish, &QPushButton::clicked, this, &PublicationDialog::finish);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(&session.cache(), &LocalCache::reportsChanged, this, [this](const QStringList& ids) {
        if (ids.isEmpty() || ids.contains(m_reportId))
            reload();
    });
    SyncClient& sync = session.sync();
    connect(&sync, &SyncClient::applied, this,
            [this](const QString& id) { onAnswered(id, QString(), true); });
    connect(&sync, &SyncClient::conflict, this, [this](const QString& id) {
        onAnswered(id, tr("Not applied: the report changed meanwhile (see File › Commands not applied)."),
                   false);
    });
    connect(&sync, &SyncClient::rejected, this, [this](const QString& id, const QString& message) {
        onAnswered(id, tr("The store refused it: %1").arg(message), false);
    });
    m_tick.setInterval(kDeadlineTickMs);
    connect(&m_tick, &QTimer::timeout, this, &PublicationDialog::refreshDeadline);
    m_tick.start();
    reload();
}

PublicNotice PublicationDialog::notice() const
{
    if (!m_report)
        return {};
    return PublicNotice::forReport(*m_report, m_session.cache().directory(),
                                   m_answer->toPlainText().trimmed(),
                                   WorkingCalendar::localDate(m_session.clock().now()));
}

void PublicationDialog::reload()
{
    m_report = m_session.cache().report(m_reportId);
    if (!m_report) {
        m_heading->setText(tr("%1 is no longer available to you.").arg(m_reportId));
        m_ending.clear();
        m_canEdit = false;
        m_answer->setReadOnly(true);
        updateButtons();
        return;
    }
    const Report& report = *m_report;
    m_heading->setText(QStringLiteral("%1 — %2").arg(report.id, report.title));
    switch (report.confidentiality) {
    case Confidentiality::Public:
        m_route->setText(tr("Public report: the answer goes to the public feed and to the report's "
                            "public timeline."));
        break;
    case Confidentiality::Confidential:
        m_route->setText(tr("Confidential report: the answer goes to the reporter alone and is not "
                            "published."));
        break;
    case Confidentiality::StateSecret:
        m_route->setText(tr("State secret: the report is closed without publication and no notice "
                            "is issued."));
        break;
    }
    const ActionSet actions = ActionSet::allowed(m_session.workflow(), report, m_session.actor());
    m_ending.clear();
    for (const QString& command : {QStringLiteral("publish"), QStringLiteral("answer_privately"), kClose}) {
        if (actions.allows(command)) {
            m_ending = command;
            break;
        }
    }
    m_finish->setText(ActionSet::label(m_ending));
    m_canEdit = actions.allows(QStringLiteral("edit_public_answer"));
    m_answer->setReadOnly(!m_canEdit);
    if (!m_edited || !m_canEdit) {
        const QSignalBlocker blocker(m_answer);
        m_answer->setPlainText(PublicNotice::draftAnswer(report));
        m_edited = false;
    }
    if (m_pendingCommand.isEmpty()) {
        if (report.notice)
            m_status->setText(tr("Answer sent out under notice %1.").arg(report.notice->numbersText()));
        else if (report.state == ReportState::ClosedRestricted)
            m_status->setText(tr("Closed without publication."));
        else if (report.state == ReportState::AwaitingPublication && m_ending.isEmpty())
            m_status->setText(tr("A publication editor ends this step; you may edit and save the answer."));
        else
            m_status->clear();
    }
    refreshDeadline();
    refreshPreview();
    updateButtons();
}

void PublicationDialog::refreshDeadline()
{
    if (!m_report || !m_report->publication) {
        m_deadline->clear();
        return;
    }
    const DeadlineIndicator indicator =
        m_session.gauge().read(*m_report->publication, QString(), m_session.clock().now());
    const QString due = m_report->publication->deadline.toTimeZone(WorkingCalendar::timeZone())
                            .toString(QStringLiteral("HH:mm dd/MM/yyyy"));
    //: R-14; %1 the deadline's local time, %2 e.g. "45 minutes left" or "overdue by 2 hours".
    m_deadline->setText(tr("Publication deadline %1: %2").arg(due, DeadlineText::describe(indicator)));
    m_deadline->setStyleSheet(QStringLiteral("font-weight: 600; color: %1").arg(indicator.color().name()));
}

void PublicationDialog::refreshPreview()
{
    if (!m_report)
        return;
    if (!PublicNotice::isIssuedFor(*m_report)) {
        m_preview->setPlainText(tr("No Appendix II notice is issued for a state-secret report."));
        return;
    }
    NoticeDocument::prepare(m_preview->document(), notice());
}

void PublicationDialog::updateButtons()
{
    const bool idle = m_report.has_value() && m_pendingCommand.isEmpty();
    const QString text = m_answer->toPlainText().trimmed();
    m_save->setEnabled(idle && m_canEdit && !text.isEmpty() && text != m_report->publicAnswer.trimmed());
    m_finish->setVisible(!m_ending.isEmpty());
    m_finish->setEnabled(idle && !m_ending.isEmpty() && (!text.isEmpty() || m_ending == kClose));
    const bool onPaper = m_report && PublicNotice::isIssuedFor(*m_report) && !text.isEmpty();
    m_pdf->setEnabled(onPaper);
    m_print->setEnabled(onPaper);
}

void PublicationDialog::send(const QString& command, const QJsonObject& payload)
{
    const QString id = m_session.act(m_reportId, command, payload);
    if (id.isEmpty()) {
        m_status->setText(tr("The command could not be saved to the outbox."));
        return;
    }
    m_pendingCommand = id;
    m_status->setText(m_session.isOffline() ? tr("Offline: waiting in the outbox until the store is back.")
                                            : tr("Sent: waiting for the store…"));
    updateButtons();
}

void PublicationDialog::onAnswered(const QString& commandId, const QString& message, bool applied)
{
    if (commandId.isEmpty() || commandId != m_pendingCommand)
        return;
    m_pendingCommand.clear();
    if (applied)
        m_edited = false;
    reload();
    if (!message.isEmpty())
        m_status->setText(message);
    else if (m_status->text().isEmpty())
        m_status->setText(tr("Done: the store applied it."));
}

void PublicationDialog::saveAnswer()
{
    send(QStringLiteral("edit_public_answer"), {{QStringLiteral("text"), m_answer->toPlainText().trimmed()}});
}

bool PublicationDialog::confirmEnding()
{
    QString question;
    if (m_ending == QLatin1String("publish"))
        question = tr("Publish the answer to %1? It goes to the public feed and the public timeline under "
                      "the notice numbers the store gives it.");
    else if (m_ending == QLatin1String("answer_privately"))
        question = tr("Send the answer of %1 to the reporter alone? It is not published.");
    else
        question = tr("Close %1 without publication? Nothing of its result is published.");
    QMessageBox box(QMessageBox::Question, ActionSet::label(m_ending), question.arg(m_reportId),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmEnding"));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

void PublicationDialog::finish()
{
    if (m_ending.isEmpty() || !confirmEnding())
        return;
    // The last edit travels with the ending itself: one command, one version.
    QJsonObject payload;
    const QString text = m_answer->toPlainText().trimmed();
    if (!text.isEmpty())
        payload.insert(QStringLiteral("text"), text);
    send(m_ending, payload);
}

bool PublicationDialog::savePdf(const QString& file)
{
    if (!m_report || !PublicNotice::isIssuedFor(*m_report))
        return false;
    return NoticeDocument::writePdf(notice(), file);
}

void PublicationDialog::choosePdfFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-thong-bao.pdf").arg(m_reportId));
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save the notice as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (savePdf(file))
        m_status->setText(tr("Notice saved to %1.").arg(QDir::toNativeSeparators(file)));
    else
        QMessageBox::warning(this, windowTitle(),
                             tr("The notice could not be saved to %1.").arg(QDir::toNativeSeparators(file)));
}

void PublicationDialog::print()
{
    if (!m_report || !PublicNotice::isIssuedFor(*m_report))
        return;
    // Screen resolution keeps the notice's spacing what the preview shows; text stays vector.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageLayout(NoticeDocument::pageLayout());
    printer.setDocName(tr("Notice %1").arg(m_reportId));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!NoticeDocument::print(notice(), &printer))
        QMessageBox::warning(this, windowTitle(), tr("The notice could not be printed."));
}

} // namespace paht::ui
