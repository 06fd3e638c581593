#include "sync/SyncClient.h"

#include "cache/OfflineUnlock.h"
#include "calendar/Clock.h"
#include "domain/Instant.h"
#include "sync/DirectoryFeed.h"
#include "sync/FeedSync.h"
#include "sync/OutboxSender.h"
#include "sync/PhotoFetcher.h"
#include "sync/PokeSocket.h"

#include <QUuid>
#include <utility>

namespace paht {

SyncClient::SyncClient(const QUrl& storeUrl, LocalCache& cache, const Clock& clock,
                       QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_cache(cache), m_clock(clock), m_api(new StoreApi(storeUrl, network, this)),
      m_photos(cache), m_feed(new FeedSync(*m_api, cache, clock, this)),
      m_outbox(new OutboxSender(*m_api, cache, m_photos, this)),
      m_directory(new DirectoryFeed(*m_api, cache, this)),
      m_fetcher(new PhotoFetcher(*m_api, m_photos, this)), m_socket(new PokeSocket(this))
{
    m_pollTimer.setInterval(kDefaultPollMs);
    m_retryTimer.setSingleShot(true);
    m_socketTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncClient::syncNow);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::syncNow);
    connect(&m_socketTimer, &QTimer::timeout, this, &SyncClient::openSocket);

    connect(m_api, &StoreApi::answered, this, &SyncClient::onAnswered);
    connect(m_api, &StoreApi::unauthorized, this, [this] {
        if (!m_running)
            return;
        stop();
        emit sessionExpired();
    });

    connect(m_feed, &FeedSync::bootstrapProgress, this, &SyncClient::bootstrapProgress);
    connect(m_feed, &FeedSync::bootstrapped, this, [this] { m_photos.prune(); });
    connect(m_feed, &FeedSync::revoked, this, [this] { m_photos.prune(); });
    connect(m_feed, &FeedSync::synced, this, [this](const QDateTime& at) {
        emit synced(at);
        emit statusChanged();
    });
    connect(m_feed, &FeedSync::failed, this, &SyncClient::onFailure);
    connect(m_feed, &FeedSync::problem, this, &SyncClient::error);

    connect(m_outbox, &OutboxSender::applied, this, &SyncClient::applied);
    connect(m_outbox, &OutboxSender::conflict, this, &SyncClient::conflict);
    connect(m_outbox, &OutboxSender::rejected, this, &SyncClient::rejected);
    connect(m_outbox, &OutboxSender::failed, this, &SyncClient::onFailure);
    connect(m_outbox, &OutboxSender::uploadRefused, this,
            [this](const QString& sha256, const QString& message) {
                emit error(tr("The store refused the file %1: %2").arg(sha256.left(12), message));
            });
    connect(&m_cache, &LocalCache::outboxChanged, this, [this] {
        emit outboxChanged();
        emit statusChanged();
    });

    connect(m_directory, &DirectoryFeed::refreshed, this, &SyncClient::directoryChanged);
    connect(m_directory, &DirectoryFeed::failed, this, &SyncClient::onFailure);
    connect(m_directory, &DirectoryFeed::problem, this, &SyncClient::error);

    connect(m_fetcher, &PhotoFetcher::ready, this, &SyncClient::photoReady);
    connect(m_fetcher, &PhotoFetcher::failed, this, &SyncClient::photoFailed);

    connect(m_socket, &PokeSocket::poked, this, &SyncClient::onPoke);
    connect(m_socket, &PokeSocket::directoryChanged, this, &SyncClient::refreshDirectory);
    connect(m_socket, &PokeSocket::connected, this, [this] {
        m_socketBackoff.reset();
        // Pokes sent while the socket was down are lost: catch up now.
        if (std::exchange(m_directoryMissed, false))
            refreshDirectory();
        m_feed->sync();
        m_outbox->send();
    });
    connect(m_socket, &PokeSocket::disconnected, this, [this] {
        if (!m_running)
            return;
        m_directoryMissed = true;
        m_socketTimer.start(m_socketBackoff.next());
        m_feed->sync(); // finds out at once whether the store itself is gone
    });
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::setPollInterval(int milliseconds)
{
    m_pollTimer.setInterval(milliseconds);
}

void SyncClient::setPageSize(int reports)
{
    m_feed->setPageSize(reports);
}

void SyncClient::login(const QString& username, const QString& password)
{
    stop();
    m_api->setToken({});
    m_api->post(QStringLiteral("/session"),
                QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}},
                this, [this, password](const StoreAnswer& answer) {
                    if (!answer.reached())
                        emit storeUnreachable(tr("The store cannot be reached (%1).").arg(answer.message));
                    else if (answer.status == 401)
                        emit loginFailed(tr("Wrong user name or password."));
                    else if (answer.status == 429)
                        emit loginFailed(tr("Too many failed attempts. Wait a moment and try again."));
                    else if (!answer.ok())
                        emit loginFailed(tr("The store refused the login: %1").arg(answer.message));
                    else
                        acceptLogin(answer, password);
                });
}

void SyncClient::acceptLogin(const StoreAnswer& answer, const QString& password)
{
    User user;
    const QString token = answer.json.value(QStringLiteral("token")).toString();
    if (token.isEmpty() || User::fromJson(answer.json.value(QStringLiteral("user")).toObject(), &user)) {
        emit loginFailed(tr("The store's answer to the login could not be read."));
        return;
    }
    const std::optional<User> previous = m_cache.sessionUser();
    if (previous && previous->username != user.username) {
        emit loginFailed(tr("This local cache belongs to %1.").arg(previous->username));
        return;
    }
    // Reports were cut to the old role, agency or clearance: a new snapshot brings what the user sees now.
    if (previous && (previous->role != user.role || previous->agencyCode != user.agencyCode ||
                     previous->stateSecretClearance != user.stateSecretClearance))
        m_cache.clearReports();
    if (!m_cache.setSessionUser(user))
        emit error(tr("The local cache cannot be written: %1").arg(m_cache.lastError()));
    if (!OfflineUnlock(m_cache).remember(password))
        emit error(
            tr("Offline unlock could not be prepared; working offline will need an online login first."));
    instantFromString(answer.json.value(QStringLiteral("expiresAt")).toString(), &m_expiresAt);
    m_api->setToken(token);
    emit loggedIn(user);
}

void SyncClient::resumeSession(const QString& token)
{
    m_api->setToken(token);
}

void SyncClient::logout()
{
    const bool hadSession = !m_api->token().isEmpty();
    stop();
    if (hadSession)
        m_api->remove(QStringLiteral("/session"), this, [](const StoreAnswer&) {});
    m_api->setToken({});
    m_expiresAt = {};
    emit loggedOut();
}

void SyncClient::start()
{
    if (m_running || m_api->token().isEmpty())
        return;
    m_running = true;
    m_pollTimer.start();
    openSocket();
    refreshDirectory();
    m_feed->sync();
    m_outbox->send();
}

void SyncClient::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_retryTimer.stop();
    m_socketTimer.stop();
    m_socket->close();
    m_feed->cancel();
    m_outbox->cancel();
    m_directory->cancel();
    m_fetcher->cancel();
    m_api->abortAll();
}

void SyncClient::syncNow()
{
    if (!m_running)
        return;
    if (!m_socket->isOpen() && !m_socketTimer.isActive())
        openSocket();
    m_feed->sync();
    m_outbox->send();
}

void SyncClient::refreshDirectory()
{
    if (!m_api->token().isEmpty())
        m_directory->refresh();
}

void SyncClient::openSocket()
{
    if (m_running)
        m_socket->open(m_api->webSocketUrl(), m_api->token());
}

void SyncClient::onPoke(qint64 seq)
{
    if (seq > m_cache.cursor())
        m_feed->sync();
}

QString SyncClient::submit(Command command, const QStringList& uploadsFirst)
{
    if (QUuid::fromString(command.commandId).isNull())
        command.commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Written before anything is sent: a console killed now still has it after a restart.
    if (!m_cache.enqueue(command, m_clock.now(), uploadsFirst)) {
        emit error(tr("The action could not be queued: %1").arg(m_cache.lastError()));
        return {};
    }
    if (m_running)
        m_outbox->send();
    return command.commandId;
}

void SyncClient::fetchPhoto(const QString& sha256)
{
    m_fetcher->fetch(sha256);
}

void SyncClient::prefetchPhotos(const QStringList& reportIds)
{
    for (const QString& id : reportIds) {
        for (const QString& sha : m_cache.attachmentsOf(id)) {
            if (!m_photos.contains(sha))
                m_fetcher->fetch(sha);
        }
    }
}

void SyncClient::onAnswered(const StoreAnswer& answer)
{
    setOnline(answer.reached());
    if (answer.ok())
        m_backoff.reset();
}

void SyncClient::onFailure(const StoreAnswer& answer)
{
    if (!m_running || answer.status == 401)
        return;
    if (answer.reached() && answer.status < 500)
        emit error(tr("The store refused a request: %1").arg(answer.message));
    scheduleRetry();
}

void SyncClient::scheduleRetry()
{
    if (m_running && !m_retryTimer.isActive())
        m_retryTimer.start(m_backoff.next());
}

void SyncClient::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
    emit statusChanged();
}

} // namespace paht
