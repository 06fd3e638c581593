#include "calendar/StageTiming.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace paht;

// The wire form of a stage's clock, shared by the store and the console (ISO-8601 UTC, null fields
// omitted, errors naming the field).
class TestStageTiming : public QObject
{
    Q_OBJECT

private slots:
    void stageNames();
    void statusNames();
    void jsonRoundTrip();
    void jsonIsUtcWithNullsOmitted();
    void offsetsAreConvertedToUtc();
    void decodingErrorsNameTheField_data();
    void decodingErrorsNameTheField();
};

void TestStageTiming::stageNames()
{
    const QStringList expected{QStringLiteral("intake"),
                               QStringLiteral("acceptance"),
                               QStringLiteral("return"),
                               QStringLiteral("processing"),
                               QStringLiteral("approval"),
                               QStringLiteral("publication"),
                               QStringLiteral("citizen_clarification")};
    QStringList names;
    for (SlaStage stage : allSlaStages()) {
        names << slaStageName(stage);
        SlaStage back;
        QVERIFY(slaStageFromName(slaStageName(stage), &back));
        QCOMPARE(back, stage);
    }
    QCOMPARE(names, expected);
    SlaStage unused;
    QVERIFY(!slaStageFromName(QStringLiteral("Intake"), &unused));
}

void TestStageTiming::statusNames()
{
    const QList<StageStatus> all{StageStatus::OnTrack, StageStatus::DueSoon, StageStatus::Overdue,
                                 StageStatus::Paused,  StageStatus::Met,     StageStatus::Missed};
    QStringList names;
    for (StageStatus status : all) {
        names << stageStatusName(status);
        StageStatus back;
        QVERIFY(stageStatusFromName(stageStatusName(status), &back));
        QCOMPARE(back, status);
    }
    QCOMPARE(names.join(QLatin1Char(',')), QStringLiteral("on_track,due_soon,overdue,paused,met,missed"));
}

void TestStageTiming::jsonRoundTrip()
{
    StageTiming timing;
    timing.stage = SlaStage::Processing;
    timing.startedAt = QDateTime(QDate(2026, 3, 3), QTime(2, 0, 0, 123), Qt::UTC);
    timing.deadline = QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);
    timing.pausedSince = QDateTime(QDate(2026, 3, 4), QTime(3, 0), Qt::UTC);
    for (const StageTiming& original : {timing, StageTiming()}) {
        StageTiming decoded;
        QCOMPARE(StageTiming::fromJson(original.toJson(), &decoded), QString());
        QCOMPARE(decoded, original);
    }
    timing.pausedSince = QDateTime();
    timing.completedAt = QDateTime(QDate(2026, 3, 9), QTime(9, 59, 59), Qt::UTC);
    StageTiming decoded;
    QCOMPARE(StageTiming::fromJson(timing.toJson(), &decoded), QString());
    QCOMPARE(decoded, timing);
}

void TestStageTiming::jsonIsUtcWithNullsOmitted()
{
    StageTiming timing;
    timing.stage = SlaStage::Intake;
    timing.startedAt = QDateTime(QDate(2026, 2, 13), QTime(10, 0), QTimeZone(7 * 3600));
    timing.deadline = QDateTime(QDate(2026, 2, 23), QTime(3, 0), Qt::UTC);
    QCOMPARE(
        QJsonDocument(timing.toJson()).toJson(QJsonDocument::Compact),
        QByteArray(
            R"({"deadline":"2026-02-23T03:00:00.000Z","stage":"intake","startedAt":"2026-02-13T03:00:00.000Z"})"));
}

void TestStageTiming::offsetsAreConvertedToUtc()
{
    StageTiming decoded;
    const QJsonObject json{{QStringLiteral("stage"), QStringLiteral("publication")},
                           {QStringLiteral("startedAt"), QStringLiteral("2026-02-13T10:00:00+07:00")},
                           {QStringLiteral("deadline"), QStringLiteral("2026-02-13T04:00:00Z")},
                           {QStringLiteral("completedAt"), QJsonValue::Null}};
    QCOMPARE(StageTiming::fromJson(json, &decoded), QString());
    QCOMPARE(decoded.stage, SlaStage::Publication);
    QCOMPARE(decoded.startedAt, QDateTime(QDate(2026, 2, 13), QTime(3, 0), Qt::UTC));
    QCOMPARE(decoded.startedAt.timeSpec(), Qt::UTC);
    QVERIFY(decoded.completedAt.isNull());
    QVERIFY(decoded.isOpen());
}

void TestStageTiming::decodingErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("no stage") << QByteArray("{}") << "stage: missing";
    QTest::newRow("stage not a string") << QByteArray(R"({"stage": 3})") << "stage: expected a string";
    QTest::newRow("unknown stage") << QByteArray(R"({"stage": "triage"})")
                                   << "stage: unknown stage \"triage\" (known: intake, acceptance, return, "
                                      "processing, approval, publication, "
                                      "citizen_clarification)";
    QTest::newRow("deadline not a string") << QByteArray(R"({"stage": "intake", "deadline": 17})")
                                           << "deadline: expected an ISO-8601 date-time string";
    QTest::newRow("startedAt not a date") << QByteArray(R"({"stage": "intake", "startedAt": "yesterday"})")
                                          << "startedAt: not an ISO-8601 date-time: \"yesterday\"";
    QTest::newRow("pausedSince without zone")
        << QByteArray(R"({"stage": "intake", "pausedSince": "2026-02-13T10:00:00"})")
        << "pausedSince: the time zone is missing (add \"Z\" or \"+07:00\"): \"2026-02-13T10:00:00\"";
    QTest::newRow("completedAt invalid day")
        << QByteArray(R"({"stage": "intake", "completedAt": "2026-02-30T10:00:00Z"})")
        << "completedAt: not an ISO-8601 date-time: \"2026-02-30T10:00:00Z\"";
}

void TestStageTiming::decodingErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    StageTiming decoded;
    decoded.stage = SlaStage::Approval;
    QCOMPARE(StageTiming::fromJson(QJsonDocument::fromJson(json).object(), &decoded), error);
    QCOMPARE(decoded.stage, SlaStage::Approval); // untouched on error
}

QTEST_GUILESS_MAIN(TestStageTiming)
#include "tst_stagetiming.moc"
