#include "ConsoleSession.h"

#include "cache/LocalCache.h"
#include "cache/OfflineUnlock.h"
#include "calendar/Clock.h"
#include "items/AssignmentModel.h"
#include "items/CacheFeed.h"
#include "items/CommuneNames.h"
#include "items/DeadlineGauge.h"
#include "items/QueueCatalog.h"
#include "items/QueueListModel.h"
#include "items/ReportFilter.h"
#include "items/ReportTableModel.h"
#include "items/TimelineModel.h"
#include "sync/SyncClient.h"
#include "sync/TokenVault.h"

#include <QUuid>

namespace paht::ui {

namespace {
constexpr int kTickMs = 30 * 1000;  // deadline indicators move with time
constexpr int kRetryMs = 30 * 1000; // an offline session looks for its store this often
} // namespace

ConsoleSession::ConsoleSession(const Clock& clock, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_clock(clock), m_network(network), m_calendar(WorkingCalendar::regulationDefaults()),
      m_policy(SlaPolicy::regulationDefaults()), m_slaClock(m_calendar), m_workflow(m_policy, m_slaClock)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &ConsoleSession::tick);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &ConsoleSession::retryOnline);
}

ConsoleSession::~ConsoleSession()
{
    // The models read the cache: they go before it.
    delete m_feed;
    delete m_filter;
    delete m_table;
    delete m_queues;
    delete m_timeline;
    delete m_assignments;
    delete m_sync;
}

bool ConsoleSession::isOnline() const
{
    return m_sync && m_sync->isOnline();
}

bool ConsoleSession::openCache(const QString& storeUrl, const QString& username, QString* error)
{
    const QString path = LocalCache::defaultPath(storeUrl, username);
    if (m_cache && m_cache->file() == path)
        return true;
    delete m_sync;
    m_sync = nullptr;
    m_cache = std::make_unique<LocalCache>(path);
    if (!m_cache->open(error))
        return false;
    m_sync = new SyncClient(QUrl(storeUrl), *m_cache, m_clock, m_network, this);
    connect(m_sync, &SyncClient::loggedIn, this, &ConsoleSession::onLoggedIn);
    connect(m_sync, &SyncClient::storeUnreachable, this, &ConsoleSession::onUnreachable);
    connect(m_sync, &SyncClient::loginFailed, this, [this](const QString& message) {
        if (!m_offline)
            emit loginFailed(message);
    });
    connect(m_sync, &SyncClient::sessionExpired, this, [this] {
        if (m_vault)
            m_vault->erase();
        if (m_password.isEmpty())
            emit loginFailed(tr("Your session has ended. Log in again."));
        else
            retryOnline();
    });
    return true;
}

void ConsoleSession::login(const QString& storeUrl, const QString& username, const QString& password)
{
    QString error;
    if (!openCache(storeUrl, username, &error)) {
        emit loginFailed(tr("The local cache cannot be opened: %1").arg(error));
        return;
    }
    m_storeUrl = storeUrl;
    m_password = password;
    m_sync->login(username, password);
}

void ConsoleSession::onUnreachable(const QString& message)
{
    if (m_offline)
        return; // still offline: the retry timer goes on
    const std::optional<User> owner = m_cache->sessionUser();
    if (!owner || !OfflineUnlock(*m_cache).unlock(m_password)) {
        emit loginFailed(owner ? tr("The store cannot be reached and the password does not unlock this "
                                    "workstation's cache.")
                               : message);
        return;
    }
    m_user = *owner;
    m_offline = true;
    buildModels();
    m_retry.start();
    emit offlineChanged(true);
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

void ConsoleSession::retryOnline()
{
    if (m_sync && !m_password.isEmpty())
        m_sync->login(m_user.username, m_password);
}

TokenVault* ConsoleSession::vaultFor(const QString& storeUrl, const QString& username)
{
    delete m_vault;
    m_vault = new TokenVault(QStringLiteral("paht-console"), storeUrl + QLatin1Char(' ') + username, this);
    return m_vault;
}

void ConsoleSession::resume(const QString& storeUrl, const QString& username)
{
    if (storeUrl.isEmpty() || username.isEmpty() || !TokenVault::isAvailable())
        return;
    TokenVault* vault = vaultFor(storeUrl, username);
    connect(vault, &TokenVault::loaded, this, [this, storeUrl, username](const QString& token) {
        QString error;
        if (token.isEmpty() || m_ready || !openCache(storeUrl, username, &error))
            return;
        const std::optional<User> owner = m_cache->sessionUser();
        if (!owner)
            return;
        m_storeUrl = storeUrl;
        m_sync->resumeSession(token);
        startOnline(*owner);
    });
    vault->load();
}

void ConsoleSession::onLoggedIn(const User& user)
{
    // The keychain keeps the token when there is one; without one nothing is stored (never plain text).
    vaultFor(m_storeUrl, user.username)->store(m_sync->sessionToken());
    startOnline(user);
}

void ConsoleSession::startOnline(const User& user)
{
    m_user = user;
    m_retry.stop();
    buildModels();
    m_sync->start();
    if (m_offline) {
        m_offline = false;
        emit offlineChanged(false);
    }
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

void ConsoleSession::buildModels()
{
    if (m_feed)
        return;
    m_gauge = std::make_unique<DeadlineGauge>(m_calendar, m_policy);
    m_catalog = std::make_unique<QueueCatalog>(*m_gauge);
    m_queues = new QueueListModel(*m_catalog, *m_gauge, this);
    m_table = new ReportTableModel(*m_gauge, this);
    m_filter = new ReportFilter(this);
    m_timeline = new TimelineModel(this);
    m_assignments = new AssignmentModel(*m_gauge, this);
    const Directory directory = m_cache->directory();
    QHash<QString, QString> agencyNames;
    for (const Agency& agency : directory.agencies)
        agencyNames.insert(agency.code, agency.name);
    m_queues->setViewer(viewer());
    m_queues->setAgencyNames(agencyNames);
    m_table->setViewer(viewer());
    m_table->setDirectory(directory);
    m_table->setCommuneNames(communeNamesFrom(directory));
    m_timeline->setDirectory(directory);
    m_timeline->setUsers(m_cache->users());
    m_assignments->setDirectory(directory);
    m_filter->setSourceModel(m_table);
    m_feed = new CacheFeed(*m_cache, this);
    m_feed->feed(m_table);
    m_feed->feed(m_queues);
    m_feed->feed(m_timeline);
    m_feed->feed(m_assignments);
    connect(m_sync, &SyncClient::directoryChanged, this, [this] {
        const Directory fresh = m_cache->directory();
        m_table->setDirectory(fresh);
        m_table->setCommuneNames(communeNamesFrom(fresh));
        m_timeline->setDirectory(fresh);
        m_timeline->setUsers(m_cache->users());
        m_assignments->setDirectory(fresh);
    });
    tick();
    m_tick.start();
}

void ConsoleSession::tick()
{
    const QDateTime now = m_clock.now();
    m_queues->refresh(now);
    m_table->refresh(now);
    m_assignments->refresh(now);
}

void ConsoleSession::adoptRules(const WorkingCalendar& calendar, const SlaPolicy& policy)
{
    // The SLA clock, the workflow and the gauge hold references to these two, so they follow at once.
    m_calendar = calendar;
    m_policy = policy;
    if (m_gauge)
        m_gauge->forget();
    if (m_feed)
        tick();
}

void ConsoleSession::showReport(const QString& reportId)
{
    if (m_feed)
        m_feed->show(reportId);
}

QString ConsoleSession::act(const QString& reportId, const QString& command, const QJsonObject& payload,
                            const QStringList& uploadsFirst, std::optional<qint64> expectedVersion)
{
    const std::optional<Report> report = m_cache->report(reportId);
    Command out;
    out.commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.type = command;
    out.reportId = reportId;
    out.expectedVersion = expectedVersion.value_or(report ? report->version : 0);
    out.payload = payload;
    return m_sync->submit(out, uploadsFirst);
}

void ConsoleSession::logout()
{
    m_retry.stop();
    m_tick.stop();
    if (m_sync)
        m_sync->logout();
    if (m_vault)
        m_vault->erase();
    m_password.clear();
    emit loggedOut();
}

bool ConsoleSession::forgetWorkstation(QString* error)
{
    logout();
    delete m_feed;
    m_feed = nullptr;
    delete m_sync;
    m_sync = nullptr;
    if (!m_cache)
        return true;
    const bool ok = m_cache->forget(error);
    m_cache.reset();
    return ok;
}

} // namespace paht::ui
