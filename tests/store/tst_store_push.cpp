// Push: a console connected to /api/v1/ws hears of every commit at once, and only logged-in users may listen.
#include "StoreFixture.h"

#include "http/PokeHub.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace paht::store::testing;

class StorePushTest : public QObject
{
    Q_OBJECT

    static QNetworkRequest upgrade(StoreFixture& store, const QString& token)
    {
        QUrl url = store.url(QStringLiteral("/api/v1/ws"));
        url.setScheme(QStringLiteral("ws"));
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return request;
    }

private slots:
    void aSecondConsoleIsPokedWithinASecond()
    {
        StoreFixture store;
        QVERIFY(store.ok());
        const QString listener = store.login(QStringLiteral("supervisor"));
        const QString writer = store.login(QStringLiteral("intake"));

        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(upgrade(store, listener));
        QVERIFY(connected.wait(5000));
        QTRY_COMPARE(store.server().pokes().connectedCount(), 1);

        QElapsedTimer timer;
        timer.start();
        const QString id = store.submitReport(writer);
        QVERIFY(!id.isEmpty());
        QVERIFY(messages.count() > 0 || messages.wait(1000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        const QJsonObject poke =
            QJsonDocument::fromJson(messages.first().first().toString().toUtf8()).object();
        QCOMPARE(poke.value(QStringLiteral("type")).toString(), QStringLiteral("poke"));
        QVERIFY(poke.value(QStringLiteral("seq")).toInteger() > 0);
        // Only the number travels: no report content on the socket.
        QVERIFY(!messages.first().first().toString().contains(QStringLiteral("Đèn")));
    }

    void aSocketWithoutAValidTokenIsClosed_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("no token") << QString();
        QTest::newRow("made-up token") << QStringLiteral("not-a-session");
    }

    void aSocketWithoutAValidTokenIsClosed()
    {
        QFETCH(QString, token);
        StoreFixture store;
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(upgrade(store, token));
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(store.server().pokes().connectedCount(), 0);
        store.submitReport(store.login(QStringLiteral("intake")));
        QTest::qWait(100);
        QCOMPARE(messages.count(), 0);
    }
};

QTEST_GUILESS_MAIN(StorePushTest)
#include "tst_store_push.moc"
