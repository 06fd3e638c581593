#include "MainWindow.h"

#include "ActionPrompt.h"
#include "CommandScreen.h"
#include "ConflictDialog.h"
#include "ConsoleSession.h"
#include "DesktopNotifier.h"
#include "FilterBar.h"
#include "IntakePanel.h"
#include "PhotoViewer.h"
#include "QueuePanel.h"
#include "ReportDetailView.h"
#include "RoleScreens.h"
#include "SyncStatusBar.h"

#include "cache/LocalCache.h"
#include "cache/PhotoCache.h"
#include "calendar/Clock.h"
#include "items/CommuneNames.h"
#include "items/ReportFilter.h"
#include "items/ReportTableModel.h"
#include "sync/SyncClient.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace paht::ui {

MainWindow::MainWindow(ConsoleSession& session, QSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_settings(settings), m_offlineBanner(new QLabel(this)),
      m_queuePanel(new QueuePanel(session.queues(), this)),
      m_filterBar(new FilterBar(session.filter(), session.cache(), this)), m_table(new QTableView(this)),
      m_detail(new ReportDetailView(session.timeline(), session.assignments(), this)),
      m_status(new SyncStatusBar(session.sync(), this)), m_tray(new QSystemTrayIcon(this)),
      m_notifier(new DesktopNotifier(session.queues(), session.reports(), m_tray, this))
{
    setWindowTitle(
        tr("PAHT — Field reports — %1 (%2)").arg(session.user().displayName, session.user().username));
    resize(1500, 900);

    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setText(
        tr("Offline: the store cannot be reached. You are reviewing the local copy; your "
           "actions wait in the outbox and are sent when the store is back."));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setStyleSheet(
        QStringLiteral("background: #fdecc8; color: #5c3b00; padding: 6px; font-weight: 600"));

    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(&session.filter());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportTableModel::DeadlineColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReportTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReportTableModel::NumberColumn,
                                                      QHeaderView::ResizeToContents);

    m_filterBar->setDirectory(session.cache().directory());
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_table);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_queuePanel);
    splitter->addWidget(centre);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({230, 760, 510});

    auto* root = new QWidget(this);
    auto* rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(4, 4, 4, 4);
    rootLayout->addWidget(m_offlineBanner);
    rootLayout->addWidget(splitter);
    setCentralWidget(root);
    setStatusBar(m_status);
    buildMenus();

    m_tray->setIcon(QApplication::windowIcon());
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();

    connect(m_queuePanel, &QueuePanel::queueChosen, this, &MainWindow::onQueueChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentReportChanged);
    connect(&session.cache(), &LocalCache::reportsChanged, this, &MainWindow::onReportsChanged);
    connect(m_detail, &ReportDetailView::actionRequested, this, &MainWindow::onAction);
    connect(m_detail, &ReportDetailView::photoWanted, this, &MainWindow::onPhotoWanted);
    connect(m_detail, &ReportDetailView::photoOpened, this, &MainWindow::openPhoto);
    connect(&session.sync(), &SyncClient::photoReady, this, &MainWindow::onPhotoReady);
    connect(&session.sync(), &SyncClient::directoryChanged, this,
            [this] { m_filterBar->setDirectory(m_session.cache().directory()); });
    connect(&session.sync(), &SyncClient::conflict, this, [this] { m_status->refresh(); });
    connect(&session.sync(), &SyncClient::synced, this, &MainWindow::prefetchPhotos);
    connect(m_status, &SyncStatusBar::conflictsClicked, this, &MainWindow::showConflicts);
    connect(&session, &ConsoleSession::offlineChanged, this, &MainWindow::setOffline);
    connect(m_notifier, &DesktopNotifier::notified, this,
            [this](const QString& title, const QString& message) {
                m_status->showMessage(title + QStringLiteral(": ") + message.section(QLatin1Char('\n'), 0, 0),
                                      15000);
            });
    if (session.user().role == Role::IntakeOperator) {
        m_intake = new IntakePanel(this);
        m_detail->addPanel(m_intake);
        connect(m_intake, &IntakePanel::linkAsDuplicate, this,
                [this](const QString& id, const QString& original) {
                    m_session.act(id, QStringLiteral("link_duplicate"),
                                  {{QStringLiteral("duplicateOf"), original}});
                });
    }
    addRoleScreens(*this, session);
    setOffline(session.isOffline());
    m_queuePanel->announceCurrent();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refresh = file->addAction(tr("&Synchronise now"), this, [this] { m_session.sync().syncNow(); });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("Commands not applied…"), this, &MainWindow::showConflicts);
    file->addSeparator();
    file->addAction(tr("&Forget this workstation…"), this, &MainWindow::forgetWorkstation);
    file->addAction(tr("&Log out"), this, [this] {
        m_session.logout();
        close();
    });
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* search = view->addAction(tr("&Search"), this, [this] { m_filterBar->focusSearch(); });
    search->setShortcut(QKeySequence::Find);
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = m_settings.value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString();
    for (const auto& [code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings.setValue(QStringLiteral("ui/language"), code);
            emit languageChosen(code);
        });
    }
}

void MainWindow::setOffline(bool offline)
{
    m_offlineBanner->setVisible(offline);
    m_status->refresh();
}

void MainWindow::onQueueChosen(const Queue& queue)
{
    m_session.filter().setQueue(queue);
    prefetchPhotos();
}

void MainWindow::prefetchPhotos()
{
    // The photos of the open queue come down ahead of time, so they are there when the network is not.
    QStringList ids;
    const ReportFilter& filter = m_session.filter();
    for (int row = 0; row < filter.rowCount(); ++row)
        ids.append(filter.index(row, 0).data(ReportTableModel::ReportIdRole).toString());
    if (!ids.isEmpty())
        m_session.sync().prefetchPhotos(ids);
}

void MainWindow::selectReport(const QString& reportId)
{
    ReportFilter& filter = m_session.filter();
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex index = filter.index(row, 0);
        if (index.data(ReportTableModel::ReportIdRole).toString() == reportId) {
            m_table->setCurrentIndex(index);
            return;
        }
    }
}

QStringList MainWindow::selectedReportIds() const
{
    QStringList ids;
    const QString current = m_table->currentIndex().data(ReportTableModel::ReportIdRole).toString();
    if (!current.isEmpty())
        ids.append(current);
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const QString id = index.data(ReportTableModel::ReportIdRole).toString();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void MainWindow::addScreen(std::unique_ptr<CommandScreen> screen)
{
    m_screens.push_back(std::move(screen));
}

CommandScreen* MainWindow::screenFor(const QString& command) const
{
    for (const auto& screen : m_screens) {
        if (screen->handles(command))
            return screen.get();
    }
    return nullptr;
}

void MainWindow::onCurrentReportChanged()
{
    const QString id = m_table->currentIndex().data(ReportTableModel::ReportIdRole).toString();
    m_session.showReport(id);
    refreshDetail();
}

void MainWindow::refreshDetail()
{
    const QString id = m_table->currentIndex().data(ReportTableModel::ReportIdRole).toString();
    const std::optional<Report> report = id.isEmpty() ? std::nullopt : m_session.cache().report(id);
    if (!report) {
        m_detail->clear();
        return;
    }
    const ActionSet actions = ActionSet::allowed(m_session.workflow(), *report, m_session.actor());
    if (m_intake) {
        // The workflow decides when a report can still be linked as a duplicate: that is the intake step.
        const bool atIntake = actions.allows(QStringLiteral("link_duplicate"));
        m_intake->setVisible(atIntake);
        if (atIntake)
            m_intake->showReport(*report, m_session.cache().reports(), m_session.clock().now());
    }
    const Directory directory = m_session.cache().directory();
    m_detail->showReport(*report, directory.categories.value(report->categoryCode).name,
                         communeNamesFrom(directory).value(report->location.communeCode), actions);
}

void MainWindow::onReportsChanged(const QStringList& ids)
{
    if (ids.isEmpty() || ids.contains(m_detail->reportId()))
        refreshDetail();
}

void MainWindow::onAction(const QString& reportId, const QString& command)
{
    if (CommandScreen* screen = screenFor(command)) {
        screen->open(command, {reportId});
        return;
    }
    if (!m_session.cache().report(reportId))
        return;
    const Directory directory = m_session.cache().directory();
    const std::optional<QJsonObject> payload = ActionPrompt(directory, this).payloadFor(command);
    if (!payload)
        return;
    if (m_session.act(reportId, command, *payload).isEmpty())
        QMessageBox::warning(this, windowTitle(), tr("The command could not be saved to the outbox."));
}

void MainWindow::onPhotoWanted(const QString& sha256)
{
    PhotoCache& photos = m_session.sync().photos();
    if (photos.contains(sha256))
        onPhotoReady(sha256);
    else
        m_session.sync().fetchPhoto(sha256);
}

void MainWindow::onPhotoReady(const QString& sha256)
{
    QPixmap pixmap;
    if (pixmap.loadFromData(m_session.sync().photos().read(sha256)))
        m_detail->showPhoto(sha256, pixmap.scaled(92, 92, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void MainWindow::openPhoto(const QString& sha256)
{
    QPixmap pixmap;
    if (!pixmap.loadFromData(m_session.sync().photos().read(sha256))) {
        m_status->showMessage(tr("This photo is not in the local cache yet."), 5000);
        return;
    }
    PhotoViewer viewer(pixmap, tr("Photo of %1").arg(m_detail->reportId()), this);
    viewer.exec();
}

void MainWindow::showConflicts()
{
    ConflictDialog dialog(m_session.cache(), this);
    dialog.exec();
    m_status->refresh();
}

void MainWindow::forgetWorkstation()
{
    const auto answer = QMessageBox::question(this, tr("Forget this workstation"),
                                              tr("Delete the local copy of the reports, the photos and the "
                                                 "commands not yet sent (%n command(s)) from "
                                                 "this computer? You will have to log in online again.",
                                                 nullptr, m_session.sync().pendingCount()));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_session.forgetWorkstation(&error))
        QMessageBox::warning(this, windowTitle(), tr("The local cache could not be deleted: %1").arg(error));
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_tray->hide();
    event->accept();
}

} // namespace paht::ui
