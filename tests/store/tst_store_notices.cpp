// The Appendix II notice's number: given by the store alone when an answer goes out, counted per
// agency and per year, the same on the report, on the event and on the Open311 feed, and kept across a
// restart of the store. A state secret gets no notice.

#include "PublicationPath.h"

#include "storage/EventLog.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <utility>

using namespace paht;
using namespace paht::store;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;

namespace {

QJsonObject answeredReport(StoreFixture& store, const QString& token, const QString& command,
                           const QString& reportId, qint64 version)
{
    const QJsonObject answer = store.command(token, command, reportId, version,
                                             {{u"text"_s, u"Đèn đường đã được thay mới và sáng trở lại."_s}});
    return answer.value(u"report"_s).toObject();
}

QStringList numbersOf(const QJsonObject& report)
{
    QStringList numbers;
    for (const QJsonValue& value : report.value(u"notice"_s).toObject().value(u"numbers"_s).toArray())
        numbers.append(value.toObject().value(u"number"_s).toString());
    return numbers;
}

} // namespace

class TestStoreNotices : public QObject
{
    Q_OBJECT

private slots:
    void numbersRunPerAgencyAndYearAndSurviveARestart()
    {
        // Monday 28 December 2026, 09:00 in Hạ Long.
        StoreFixture store(QDateTime(QDate(2026, 12, 28), QTime(2, 0), Qt::UTC));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QString intake = store.login(u"intake"_s);
        QString editor = store.login(u"editor"_s);
        const auto publishNew = [&](const QList<AgencyStaff>& agencies, const QString& confidentiality) {
            const QString id = store.submitReport(intake, u"Đèn đường hỏng"_s, confidentiality);
            const qint64 version = bringToPublication(store, intake, id, agencies);
            const QString command = confidentiality == u"public"_s ? u"publish"_s : u"answer_privately"_s;
            return std::pair{id, answeredReport(store, editor, command, id, version)};
        };

        const auto [first, firstReport] = publishNew({sxdStaff()}, u"public"_s);
        QCOMPARE(firstReport.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(numbersOf(firstReport), QStringList{u"01/TB-SXD"_s});
        QCOMPARE(firstReport.value(u"notice"_s).toObject().value(u"issuedAt"_s).toString(),
                 u"2026-12-28T02:00:00.000Z"_s);

        // A joint notice: each agency numbers it in its own series.
        const auto [joint, jointReport] = publishNew({sxdStaff(), wardStaff()}, u"public"_s);
        QCOMPARE(numbersOf(jointReport), (QStringList{u"02/TB-SXD"_s, u"01/TB-UBND-06673"_s}));

        // A confidential answer is a notice too, to the reporter alone.
        const auto [confidential, confidentialReport] = publishNew({sxdStaff()}, u"confidential"_s);
        QCOMPARE(confidentialReport.value(u"state"_s).toString(), u"answered_privately"_s);
        QCOMPARE(numbersOf(confidentialReport), QStringList{u"03/TB-SXD"_s});

        // The event recording the step carries the same notice as the report.
        const QList<StoredEvent> events = EventLog(store.data().database().connection()).forReport(joint);
        QVERIFY(!events.isEmpty());
        const QJsonObject published = events.last().event;
        QCOMPARE(published.value(u"type"_s).toString(), u"published"_s);
        QCOMPARE(published.value(u"payload"_s).toObject().value(u"notice"_s).toObject(),
                 jointReport.value(u"notice"_s).toObject());

        // Every console reads the number from the store: the same in /api/v1/reports.
        const QJsonObject fetched =
            store.get(u"/api/v1/reports/"_s + first, editor).json().value(u"report"_s).toObject();
        QCOMPARE(numbersOf(fetched), QStringList{u"01/TB-SXD"_s});

        // A new year starts every agency's series at 1 again (local time: 1 January 07:30 in Hạ Long is
        // still 31 December in UTC).
        store.clock().set(QDateTime(QDate(2027, 1, 1), QTime(7, 30), QTimeZone(7 * 3600)));
        intake = store.login(u"intake"_s); // the sessions of four days ago have expired
        editor = store.login(u"editor"_s);
        const auto [newYear, newYearReport] = publishNew({sxdStaff()}, u"public"_s);
        QCOMPARE(numbersOf(newYearReport), QStringList{u"01/TB-SXD"_s});

        // The counters live in the store's database: a restart goes on from where it stood.
        QVERIFY2(store.restart(), qPrintable(store.error()));
        const auto [afterRestart, afterRestartReport] = publishNew({sxdStaff(), wardStaff()}, u"public"_s);
        QCOMPARE(numbersOf(afterRestartReport), (QStringList{u"02/TB-SXD"_s, u"01/TB-UBND-06673"_s}));
        QCOMPARE(numbersOf(store.get(u"/api/v1/reports/"_s + first, store.login(u"editor"_s))
                               .json()
                               .value(u"report"_s)
                               .toObject()),
                 QStringList{u"01/TB-SXD"_s});
    }

    void aStateSecretIsClosedWithoutANumber()
    {
        StoreFixture store;
        QVERIFY(store.addUser(u"intake.cleared"_s, u"intake_operator"_s, {}, true));
        QVERIFY(store.addUser(u"editor.cleared"_s, u"publication_editor"_s, {}, true));
        const QString intake = store.login(u"intake.cleared"_s);
        const QString editor = store.login(u"editor.cleared"_s);
        const QString secret = store.submitReport(intake, u"Bí mật"_s, u"state_secret"_s);
        const qint64 version = bringToPublication(store, intake, secret, {sxdStaff()});
        QVERIFY(version > 0);
        const QJsonObject closed = store.command(editor, u"close_restricted"_s, secret, version, {});
        QCOMPARE(closed.value(u"status"_s).toString(), u"applied"_s);
        QVERIFY(!closed.value(u"report"_s).toObject().contains(u"notice"_s));

        // The series skips nothing: the next public answer of the agency is its first notice.
        const QString open = store.submitReport(intake);
        const qint64 openVersion = bringToPublication(store, intake, open, {sxdStaff()});
        QCOMPARE(numbersOf(answeredReport(store, editor, u"publish"_s, open, openVersion)),
                 QStringList{u"01/TB-SXD"_s});
    }

    void theOpen311FeedQuotesTheNoticeWhereTheAnswerIsShown()
    {
        StoreFixture store;
        const QString intake = store.login(u"intake"_s);
        const QString editor = store.login(u"editor"_s);
        const QString id = store.submitReport(intake);
        answeredReport(store, editor, u"publish"_s, id, bringToPublication(store, intake, id, {sxdStaff()}));
        const QJsonArray list =
            QJsonDocument::fromJson(store.get(u"/open311/v2/requests.json"_s).body).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject record = list.first().toObject();
        QCOMPARE(record.value(u"status_notes"_s).toString(),
                 u"Đèn đường đã được thay mới và sáng trở lại."_s);
        QCOMPARE(record.value(u"service_notice"_s).toString(),
                 u"Thông báo số 01/TB-SXD, ngày 09 tháng 3 năm 2026"_s);

        // Not yet published: no notice is quoted.
        const QString pending = store.submitReport(intake);
        QVERIFY(bringToPublication(store, intake, pending, {sxdStaff()}) > 0);
        const QJsonArray pendingRecord =
            QJsonDocument::fromJson(store.get(u"/open311/v2/requests/%1.json"_s.arg(pending)).body).array();
        QVERIFY(pendingRecord.first().toObject().value(u"service_notice"_s).isNull());
    }

    void anOlderStoreIsMigratedToNumberNotices()
    {
        StoreFixture store;
        {
            // What a store of schema 1 looked like: no notice register, API keys only for the citizen app.
            QSqlQuery query(store.data().database().connection());
            QVERIFY(query.exec(u"DROP TABLE notice_serials"_s));
            QVERIFY(query.exec(u"ALTER TABLE api_keys DROP COLUMN agency_code"_s));
            QVERIFY(query.exec(u"ALTER TABLE api_keys DROP COLUMN kind"_s));
            QVERIFY(query.exec(u"UPDATE meta SET value = '1' WHERE key = 'schema_version'"_s));
        }
        QVERIFY2(store.restart(), qPrintable(store.error()));
        QCOMPARE(store.data().database().schemaVersion(), Database::latestSchemaVersion());
        const QString intake = store.login(u"intake"_s);
        const QString id = store.submitReport(intake);
        const QJsonObject report = answeredReport(store, store.login(u"editor"_s), u"publish"_s, id,
                                                  bringToPublication(store, intake, id, {sxdStaff()}));
        QCOMPARE(numbersOf(report), QStringList{u"01/TB-SXD"_s});
    }
};

QTEST_GUILESS_MAIN(TestStoreNotices)
#include "tst_store_notices.moc"
