#pragma once

#include "cache/LocalCache.h"
#include "cache/PhotoCache.h"
#include "domain/User.h"
#include "sync/Backoff.h"
#include "sync/StoreApi.h"

#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace paht {

class Clock;
class DirectoryFeed;
class FeedSync;
class OutboxSender;
class PhotoFetcher;
class PokeSocket;

// The console's link to the store (architecture "Sync protocol"): logs in, fills the cache by snapshot
// and keeps it current by pull whenever the store pokes (a timer covers a lost socket), sends the
// outbox, fetches photos. Without the store it goes offline and keeps commands queued; retries back off
// from 1 s to 60 s. The UI reads the cache and the status here, never the network.
class SyncClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPollMs = 60000;

    SyncClient(const QUrl& storeUrl, LocalCache& cache, const Clock& clock, QNetworkAccessManager* network,
               QObject* parent = nullptr);
    ~SyncClient() override;

    // POST /session. On success keeps the user and an offline-unlock verifier in the cache, then
    // loggedIn; loginFailed if the store said no; storeUnreachable if it could not be asked (then the
    // console may open the cache with OfflineUnlock).
    void login(const QString& username, const QString& password);
    // Continues a session whose token came back from the TokenVault.
    void resumeSession(const QString& token);
    void logout(); // closes the session at the store (best effort) and stops syncing
    QString sessionToken() const { return m_api->token(); }
    // The store's API with this session's token, for requests outside the sync (administration).
    StoreApi& api() { return *m_api; }
    QDateTime sessionExpiresAt() const { return m_expiresAt; }

    void start(); // needs a session: snapshot or pull, push socket, outbox, directory
    void stop();
    void syncNow(); // pull and send the outbox now (the user pressed "refresh")
    void refreshDirectory();

    // Queues the command (outbox first, with a new commandId unless it carries a valid one) and sends it
    // when the store can be reached. `uploadsFirst`: files in photos() that the command references and
    // the store has not got yet; they are uploaded before it. Returns the commandId, empty if it could
    // not be queued.
    QString submit(Command command, const QStringList& uploadsFirst = {});

    void fetchPhoto(const QString& sha256);
    void prefetchPhotos(const QStringList& reportIds); // every photo of these reports not yet cached
    PhotoCache& photos() { return m_photos; }

    // Status bar.
    bool isOnline() const { return m_online; }
    bool isRunning() const { return m_running; }
    QDateTime lastSync() const { return m_cache.lastSync(); }
    int pendingCount() const { return m_cache.pendingCount(); }
    int conflictCount() const { return m_cache.conflictCount(); }

    void setPollInterval(int milliseconds);
    void setPageSize(int reports);

signals:
    void loggedIn(const paht::User& user);
    void loginFailed(const QString& message);
    // The login could not reach the store at all (not a refusal): the console may unlock offline.
    void storeUnreachable(const QString& message);
    void loggedOut();
    void sessionExpired(); // the token stopped working: log in again
    void onlineChanged(bool online);
    void synced(const QDateTime& at);
    void bootstrapProgress(int done, int total);
    void outboxChanged();
    void applied(const QString& commandId, const QString& reportId);
    void conflict(const QString& commandId);
    void rejected(const QString& commandId, const QString& message);
    void directoryChanged();
    void photoReady(const QString& sha256);
    void photoFailed(const QString& sha256, const QString& message);
    void statusChanged(); // online, last sync, pending or conflict counts changed
    void error(const QString& message);

private:
    void acceptLogin(const StoreAnswer& answer, const QString& password);
    void onAnswered(const StoreAnswer& answer);
    void onFailure(const StoreAnswer& answer);
    void setOnline(bool online);
    void scheduleRetry();
    void openSocket();
    void onPoke(qint64 seq);

    LocalCache& m_cache;
    const Clock& m_clock;
    StoreApi* m_api;
    PhotoCache m_photos;
    FeedSync* m_feed;
    OutboxSender* m_outbox;
    DirectoryFeed* m_directory;
    PhotoFetcher* m_fetcher;
    PokeSocket* m_socket;
    QTimer m_pollTimer;
    QTimer m_retryTimer;
    QTimer m_socketTimer;
    Backoff m_backoff;
    Backoff m_socketBackoff;
    bool m_directoryMissed = false; // the socket was down: a directory change may have gone unseen
    bool m_online = false;
    bool m_running = false;
    QDateTime m_expiresAt;
};

} // namespace paht
