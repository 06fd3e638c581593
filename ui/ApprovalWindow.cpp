#include "ApprovalWindow.h"

#include "ApprovalPanes.h"
#include "AttachmentStrip.h"
#include "ConsoleSession.h"
#include "DecisionConfirmation.h"
#include "DecisionPanel.h"
#include "PhotoViewer.h"

#include "approval/ApprovalQueueModel.h"
#include "approval/LeaderDecision.h"
#include "cache/LocalCache.h"
#include "cache/PhotoCache.h"
#include "calendar/Clock.h"
#include "items/ActionSet.h"
#include "items/CommuneNames.h"
#include "sync/SyncClient.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace paht::ui {

namespace {

constexpr int kTickMs = 60 * 1000;

} // namespace

ApprovalWindow::ApprovalWindow(ConsoleSession& session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(session), m_queue(new ApprovalQueueModel(session.gauge(), this)),
      m_sorted(new QSortFilterProxyModel(this)), m_list(new QTableView(this)),
      //: Also list the results the leader already approved or returned, to read their history (R-29)
      m_showDecided(new QCheckBox(tr("Show decided results too"), this)),
      m_approveSelected(new QPushButton(this)), m_heading(new QLabel(this)), m_status(new QLabel(this)),
      m_report(new ReportPane(session.sync().photos(), this)),
      m_result(new ResultPane(session.sync().photos(), this)), m_decision(new DecisionPanel(this))
{
    setObjectName(QStringLiteral("approvalWindow"));
    resize(1500, 900);
    m_queue->setAgency(session.user().agencyCode);
    m_sorted->setSourceModel(m_queue);
    m_sorted->setSortRole(ApprovalQueueModel::SortRole);

    m_list->setObjectName(QStringLiteral("awaitingResults"));
    m_list->setModel(m_sorted);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ApprovalQueueModel::DeadlineColumn, Qt::AscendingOrder);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    // Few results wait at a time: every column fits its content, the title takes the rest.
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ApprovalQueueModel::TitleColumn, QHeaderView::Stretch);
    m_showDecided->setObjectName(QStringLiteral("showDecided"));
    m_approveSelected->setObjectName(QStringLiteral("approveSelected"));
    m_heading->setObjectName(QStringLiteral("approvalHeading"));
    m_heading->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("approvalStatus"));
    m_status->setWordWrap(true);

    const QKeySequence batchKey(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    auto* batch = new QShortcut(batchKey, m_approveSelected);
    connect(batch, &QShortcut::activated, m_approveSelected, &QPushButton::click);
    m_approveSelected->setToolTip(batchKey.toString(QKeySequence::NativeText));
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this, [this] { step(1); });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, [this] { step(-1); });

    // The list across the top, wide enough for every column; the decision below it, report and result
    // side by side.
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* listBar = new QHBoxLayout;
    //: Heading of the list on the approval screen (R-12). Glossary: Phê duyệt
    listBar->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Results awaiting your approval")), top));
    listBar->addStretch();
    listBar->addWidget(m_showDecided);
    listBar->addWidget(m_approveSelected);
    topLayout->addLayout(listBar);
    topLayout->addWidget(m_list, 1);

    auto* sideBySide = new QSplitter(this);
    sideBySide->addWidget(m_report);
    sideBySide->addWidget(m_result);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_heading);
    bottomLayout->addWidget(sideBySide, 1);
    bottomLayout->addWidget(m_decision);
    bottomLayout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 680});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalWindow::showCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalWindow::updateBatchButton);
    connect(m_showDecided, &QCheckBox::toggled, this, &ApprovalWindow::setShowDecided);
    connect(m_approveSelected, &QPushButton::clicked, this, &ApprovalWindow::approveSelected);
    connect(m_decision, &DecisionPanel::decided, this, &ApprovalWindow::decide);
    connect(&session.cache(), &LocalCache::reportsChanged, this, &ApprovalWindow::reloadReports);
    connect(&session.cache(), &LocalCache::outboxChanged, this, [this] {
        showCurrent();
        updateBatchButton();
    });
    connect(&session.sync(), &SyncClient::directoryChanged, this, &ApprovalWindow::reload);
    connect(&session.sync(), &SyncClient::photoReady, this, [this](const QString& sha256) {
        m_report->photos()->refresh(sha256);
        m_result->files()->refresh(sha256);
    });
    for (AttachmentStrip* strip : {m_report->photos(), m_result->files()}) {
        connect(strip, &AttachmentStrip::wanted, this,
                [this](const QString& sha256) { m_session.sync().fetchPhoto(sha256); });
        connect(strip, &AttachmentStrip::opened, this, &ApprovalWindow::openPicture);
    }
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] { m_queue->refresh(m_session.clock().now()); });
    m_tick.start();
    updateBatchButton();
}

ApprovalWindow::~ApprovalWindow() = default;

void ApprovalWindow::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

void ApprovalWindow::reload()
{
    LocalCache& cache = m_session.cache();
    m_directory = cache.directory();
    m_communeNames = communeNamesFrom(m_directory);
    const QString agency = m_session.user().agencyCode;
    //: Window title; %1 is the leader's agency. Glossary: Phê duyệt; Kết quả xử lý
    setWindowTitle(tr("Approval of results — %1").arg(m_directory.agencies.value(agency).name));
    m_queue->setDirectory(m_directory);
    m_queue->setUsers(cache.users());
    m_result->setUsers(cache.users());
    m_queue->refresh(m_session.clock().now());
    reloadReports();
}

// The model keeps the rows that stay, so the selection survives a sync.
void ApprovalWindow::reloadReports()
{
    if (!isVisible())
        return;
    m_queue->setReports(m_session.cache().reports());
    if (!m_list->currentIndex().isValid() && m_sorted->rowCount() > 0)
        step(0);
    showCurrent();
    updateBatchButton();
}

void ApprovalWindow::setShowDecided(bool show)
{
    m_showDecided->setChecked(show);
    m_queue->setShowDecided(show);
    showCurrent();
}

QString ApprovalWindow::currentReportId() const
{
    return m_list->currentIndex().data(ApprovalQueueModel::ReportIdRole).toString();
}

bool ApprovalWindow::selectReport(const QString& reportId)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(ApprovalQueueModel::ReportIdRole).toString() == reportId) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void ApprovalWindow::openOn(const QStringList& reportIds, const QString& command)
{
    show();
    raise();
    activateWindow();
    if (reportIds.isEmpty())
        return;
    if (!selectReport(reportIds.first())) {
        //: The leader opened a report whose result does not wait for a decision (any more)
        m_status->setText(tr("%1 has no result awaiting your approval.").arg(reportIds.first()));
        return;
    }
    for (const QString& id : reportIds.mid(1)) {
        for (int row = 0; row < m_sorted->rowCount(); ++row) {
            const QModelIndex index = m_sorted->index(row, 0);
            if (index.data(ApprovalQueueModel::ReportIdRole).toString() == id)
                m_list->selectionModel()->select(index,
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    if (command == QLatin1String("return_for_rework"))
        m_decision->startRework();
    else if (command == QLatin1String("edit_and_approve"))
        m_decision->startEdit();
}

void ApprovalWindow::step(int delta)
{
    const int rows = m_sorted->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    m_list->selectionModel()->setCurrentIndex(m_sorted->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
}

void ApprovalWindow::showCurrent()
{
    const QString id = currentReportId();
    const int row = id.isEmpty() ? -1 : m_queue->rowOf(id);
    if (row < 0) {
        //: Shown when no result is chosen on the approval screen
        m_heading->setText(tr("Choose a result in the list."));
        m_report->clear();
        m_result->clear();
        m_decision->setResult({}, {}, {});
        return;
    }
    const Report& report = m_queue->reportAt(row);
    const Assignment& assignment = m_queue->assignmentAt(row);
    m_heading->setText(
        QStringLiteral("<b>%1 — %2</b>").arg(report.id.toHtmlEscaped(), report.title.toHtmlEscaped()));
    m_report->showReport(report, assignment, m_directory.categories.value(report.categoryCode).name,
                         m_communeNames.value(report.location.communeCode, report.location.communeCode));
    m_result->showResult(assignment, m_queue->specialistAt(row), m_queue->deadlineAt(row));
    m_decision->setResult(id, assignment.result ? assignment.result->text : QString(),
                          m_session.workflow().allowedCommands(report, m_session.actor()));
    m_decision->setNotice(isQueued(id)
                              ? tr("Your decision on this result waits in the outbox; it goes to the "
                                   "store as soon as the store can be reached.")
                              : QString());
}

bool ApprovalWindow::isQueued(const QString& reportId) const
{
    const QList<OutboxEntry> pending = m_session.cache().pendingCommands();
    return std::any_of(pending.cbegin(), pending.cend(), [&reportId](const OutboxEntry& entry) {
        return entry.command.reportId == reportId && LeaderDecision::commands().contains(entry.command.type);
    });
}

bool ApprovalWindow::mayDecide(const QString& reportId, const QString& command) const
{
    const int row = m_queue->rowOf(reportId);
    return row >= 0 &&
           m_session.workflow().allowedCommands(m_queue->reportAt(row), m_session.actor()).contains(command);
}

QStringList ApprovalWindow::approvableSelection() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : std::as_const(rows)) {
        const QString id = index.data(ApprovalQueueModel::ReportIdRole).toString();
        if (mayDecide(id, QStringLiteral("approve")) && !isQueued(id))
            ids.append(id);
    }
    return ids;
}

void ApprovalWindow::updateBatchButton()
{
    const int count = int(approvableSelection().size());
    //: Approves every selected result at once (R-12). Glossary: Phê duyệt
    m_approveSelected->setText(tr("Approve selected (%n)", nullptr, count));
    m_approveSelected->setEnabled(count > 0);
}

void ApprovalWindow::decide(const LeaderDecision& decision)
{
    const QString id = currentReportId();
    if (!send(id, decision))
        return;
    //: After a decision: the report number and the decision, e.g. "PAHT-2026-000123: Phê duyệt — …"
    m_status->setText(tr("%1: %2 — in the outbox.").arg(id, ActionSet::label(decision.command())));
    // On to the next result; this one leaves the list when the store has applied the decision.
    step(1);
    showCurrent();
}

bool ApprovalWindow::send(const QString& reportId, const LeaderDecision& decision)
{
    if (!decision.isValid() || !mayDecide(reportId, decision.command()) || isQueued(reportId))
        return false;
    if (m_session.act(reportId, decision.command(), decision.payload()).isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("The decision could not be saved to the outbox."));
        return false;
    }
    return true;
}

void ApprovalWindow::approveSelected()
{
    const QStringList ids = approvableSelection();
    if (ids.isEmpty())
        return;
    QString list = QStringLiteral("<ol>");
    for (const QString& id : ids) {
        const int row = m_queue->rowOf(id);
        list += QStringLiteral("<li><b>%1</b> — %2 — %3</li>")
                    .arg(id.toHtmlEscaped(), m_queue->reportAt(row).title.toHtmlEscaped(),
                         m_queue->specialistAt(row).toHtmlEscaped());
    }
    list += QStringLiteral("</ol>");
    const int count = int(ids.size());
    DecisionConfirmation confirmation(
        //: Title of the confirmation of a batch approval. Glossary: Phê duyệt
        tr("Approve several results"),
        tr("Approve these %n result(s) as the specialists wrote them? Each goes to the store as its own "
           "decision.",
           nullptr, count),
        list, tr("Approve %n result(s)", nullptr, count), this);
    confirmation.setObjectName(QStringLiteral("batchConfirmation"));
    if (confirmation.exec() != QDialog::Accepted)
        return;
    int sent = 0;
    for (const QString& id : ids)
        sent += send(id, LeaderDecision::approve()) ? 1 : 0;
    m_status->setText(tr("%n result(s) approved; the decisions are in the outbox.", nullptr, sent));
    showCurrent();
    updateBatchButton();
}

void ApprovalWindow::openPicture(const QString& sha256)
{
    QPixmap pixmap;
    if (!pixmap.loadFromData(m_session.sync().photos().read(sha256)))
        return;
    //: Title of the photo viewer; %1 is the report number
    PhotoViewer viewer(pixmap, tr("Photo of %1").arg(currentReportId()), this);
    viewer.exec();
}

} // namespace paht::ui
