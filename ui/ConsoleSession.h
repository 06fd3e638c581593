#pragma once

#include "access/ReportAccess.h"
#include "calendar/SlaClock.h"
#include "calendar/SlaPolicy.h"
#include "calendar/WorkingCalendar.h"
#include "domain/User.h"
#include "workflow/Actor.h"
#include "workflow/Workflow.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace paht {
class CacheFeed;
class Clock;
class DeadlineGauge;
class LocalCache;
class QueueCatalog;
class QueueListModel;
class ReportFilter;
class ReportTableModel;
class SyncClient;
class TimelineModel;
class AssignmentModel;
class TokenVault;
} // namespace paht

namespace paht::ui {

// The console's controller: logs in (online, or offline against the cache's verifier when the store
// cannot be reached), owns the cache, the sync client and the item models, and turns the user's
// intents into commands. Widgets only show what it exposes and call it; it shows no window itself.
class ConsoleSession final : public QObject
{
    Q_OBJECT

public:
    ConsoleSession(const Clock& clock, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ConsoleSession() override;

    void login(const QString& storeUrl, const QString& username, const QString& password);
    // Continues the last session of this user on this store from the token in the system keychain;
    // emits ready, or nothing when there is no usable token (the user then types the password).
    void resume(const QString& storeUrl, const QString& username);
    void logout();
    // Tries to log in again with the password of this session (an offline session whose store is back).
    void retryOnline();
    // Deletes this user's cache (reports, photos, outbox) and the stored session.
    bool forgetWorkstation(QString* error);

    bool isOnline() const;
    bool isOffline() const { return m_offline; }
    const User& user() const { return m_user; }
    Viewer viewer() const { return Viewer{m_user.role, m_user.agencyCode, m_user.stateSecretClearance}; }
    Actor actor() const { return Actor::staff(m_user); }

    LocalCache& cache() { return *m_cache; }
    SyncClient& sync() { return *m_sync; }
    const Workflow& workflow() const { return m_workflow; }
    const WorkingCalendar& calendar() const { return m_calendar; }
    const SlaPolicy& policy() const { return m_policy; }
    const SlaClock& slaClock() const { return m_slaClock; }
    // The calendar and the policy the administrator saved: deadline previews and indicators follow them.
    void adoptRules(const WorkingCalendar& calendar, const SlaPolicy& policy);
    const Clock& clock() const { return m_clock; }
    QueueListModel& queues() { return *m_queues; }
    ReportTableModel& reports() { return *m_table; }
    ReportFilter& filter() { return *m_filter; }
    TimelineModel& timeline() { return *m_timeline; }
    AssignmentModel& assignments() { return *m_assignments; }
    const DeadlineGauge& gauge() const { return *m_gauge; }

    void showReport(const QString& reportId);
    // Queues a workflow command on a report (outbox first), with the files in the photo cache it references
    // that must be uploaded before it, at the version the user is looking at: the cached one unless a
    // screen names the version its choices were checked against.
    QString act(const QString& reportId, const QString& command, const QJsonObject& payload,
                const QStringList& uploadsFirst = {}, std::optional<qint64> expectedVersion = std::nullopt);

signals:
    void loginFailed(const QString& message);
    void ready(); // logged in (online) or unlocked (offline): show the main window
    void offlineChanged(bool offline);
    void loggedOut();

private:
    bool openCache(const QString& storeUrl, const QString& username, QString* error);
    void startOnline(const User& user);
    TokenVault* vaultFor(const QString& storeUrl, const QString& username);
    void buildModels();
    void onLoggedIn(const User& user);
    void onUnreachable(const QString& message);
    void tick();

    const Clock& m_clock;
    QNetworkAccessManager* m_network;
    WorkingCalendar m_calendar;
    SlaPolicy m_policy;
    SlaClock m_slaClock;
    Workflow m_workflow;
    std::unique_ptr<LocalCache> m_cache;
    SyncClient* m_sync = nullptr;
    TokenVault* m_vault = nullptr;
    std::unique_ptr<DeadlineGauge> m_gauge;
    std::unique_ptr<QueueCatalog> m_catalog;
    QueueListModel* m_queues = nullptr;
    ReportTableModel* m_table = nullptr;
    ReportFilter* m_filter = nullptr;
    TimelineModel* m_timeline = nullptr;
    AssignmentModel* m_assignments = nullptr;
    CacheFeed* m_feed = nullptr;
    User m_user;
    QString m_storeUrl;
    QString m_password; // kept in memory only, to log in again when an offline session gets its store back
    bool m_offline = false;
    bool m_ready = false;
    QTimer m_tick;
    QTimer m_retry;
};

} // namespace paht::ui
