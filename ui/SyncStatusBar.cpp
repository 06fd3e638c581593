#include "SyncStatusBar.h"

#include "sync/SyncClient.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace paht::ui {

SyncStatusBar::SyncStatusBar(SyncClient& sync, QWidget* parent)
    : QStatusBar(parent), m_sync(sync), m_online(new QLabel(this)), m_lastSync(new QLabel(this)),
      m_pending(new QLabel(this)), m_conflicts(new QToolButton(this)), m_progress(new QProgressBar(this))
{
    m_online->setObjectName(QStringLiteral("onlineState"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_pending->setObjectName(QStringLiteral("pendingCommands"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setAutoRaise(true);
    m_progress->setObjectName(QStringLiteral("bootstrapProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    addWidget(m_online);
    addWidget(m_lastSync);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_pending);
    addPermanentWidget(m_conflicts);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusBar::conflictsClicked);
    connect(&m_sync, &SyncClient::statusChanged, this, &SyncStatusBar::refresh);
    connect(&m_sync, &SyncClient::outboxChanged, this, &SyncStatusBar::refresh);
    connect(&m_sync, &SyncClient::synced, this, [this] {
        m_progress->hide(); // the bootstrap, if any, is over
        refresh();
    });
    connect(&m_sync, &SyncClient::onlineChanged, this, &SyncStatusBar::refresh);
    connect(&m_sync, &SyncClient::bootstrapProgress, this, [this](int done, int total) {
        m_progress->setVisible(total < 0 || done < total);
        m_progress->setRange(0, total < 0 ? 0 : total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Loading reports: %v"));
    });
    refresh();
}

void SyncStatusBar::refresh()
{
    const bool online = m_sync.isOnline();
    m_online->setText(online ? tr("● Online") : tr("● Offline"));
    m_online->setStyleSheet(online ? QStringLiteral("color: #1b7a3a") : QStringLiteral("color: #b3261e"));
    const QDateTime last = m_sync.lastSync();
    m_lastSync->setText(
        last.isNull()
            ? tr("Never synchronised")
            : tr("Last sync: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)));
    m_pending->setText(tr("%n command(s) waiting to be sent", nullptr, m_sync.pendingCount()));
    const int conflicts = m_sync.conflictCount();
    m_conflicts->setText(tr("%n conflict(s) to review", nullptr, conflicts));
    m_conflicts->setVisible(conflicts > 0);
}

} // namespace paht::ui
