#pragma once

#include "cache/LocalCache.h"
#include "sync/SyncClient.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

namespace paht {
class Clock;
}

// The non-widget half of one console: its own cache file in a temporary folder and a SyncClient,
// pointed at a store URL (the fixture's, a relay's or a closed port).
class TestConsole
{
public:
    TestConsole(const QUrl& storeUrl, const paht::Clock& clock);

    paht::LocalCache& cache() { return m_cache; }
    paht::SyncClient& client() { return *m_client; }
    QString cacheFolder() const { return m_dir.path(); }
    // Points a new client at another URL over the same cache, as a restarted console would.
    void reconnect(const QUrl& storeUrl);

    bool login(const QString& username, const QString& password); // waits for the answer
    bool startAndSync(int timeoutMs = 10000);                     // start() and wait for a sync
    QByteArray cacheBytes() const;                                // the file and its WAL, for leak checks

private:
    QTemporaryDir m_dir;
    const paht::Clock& m_clock;
    paht::LocalCache m_cache;
    QNetworkAccessManager m_network;
    std::unique_ptr<paht::SyncClient> m_client;
};

// Ids and report JSON for tests: a port nothing listens on, and a dispatch payload.
quint16 closedPort();
QJsonObject dispatchTo(const QStringList& agencies);
