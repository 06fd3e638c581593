#include "TestConsole.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace paht;

TestConsole::TestConsole(const QUrl& storeUrl, const Clock& clock)
    : m_clock(clock), m_cache(m_dir.filePath(QStringLiteral("console/cache.sqlite")))
{
    m_cache.open(nullptr);
    reconnect(storeUrl);
}

void TestConsole::reconnect(const QUrl& storeUrl)
{
    m_client.reset();
    m_client = std::make_unique<SyncClient>(storeUrl, m_cache, m_clock, &m_network);
}

bool TestConsole::login(const QString& username, const QString& password)
{
    QSignalSpy in(m_client.get(), &SyncClient::loggedIn);
    QSignalSpy failed(m_client.get(), &SyncClient::loginFailed);
    QSignalSpy unreachable(m_client.get(), &SyncClient::storeUnreachable);
    m_client->login(username, password);
    return QTest::qWaitFor([&] { return !in.isEmpty() || !failed.isEmpty() || !unreachable.isEmpty(); },
                           10000) &&
           !in.isEmpty();
}

bool TestConsole::startAndSync(int timeoutMs)
{
    QSignalSpy synced(m_client.get(), &SyncClient::synced);
    m_client->start();
    return synced.wait(timeoutMs);
}

QByteArray TestConsole::cacheBytes() const
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_cache.file() + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QJsonObject dispatchTo(const QStringList& agencies)
{
    return {{QStringLiteral("agencies"), QJsonArray::fromStringList(agencies)},
            {QStringLiteral("instruction"), QStringLiteral("Kiểm tra và xử lý")}};
}
