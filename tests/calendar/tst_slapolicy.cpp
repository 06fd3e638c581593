#include "calendar/SlaPolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace paht;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// The SLA policy table: stage durations of Appendix I, per agency and per category.
class TestSlaPolicy : public QObject
{
    Q_OBJECT

private slots:
    void regulationDefaults_data();
    void regulationDefaults();
    void shippedJsonEqualsBuiltInDefaults();
    void durationText_data();
    void durationText();
    void precedenceCategoryThenAgencyThenDefault();
    void processingNeverExceedsFiveWorkingDays();
    void dueSoonThresholds();
    void pausesDuringClarification();
    void jsonRoundTrip();
    void jsonErrorsNameTheField_data();
    void jsonErrorsNameTheField();
};

void TestSlaPolicy::regulationDefaults_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("duration");
    QTest::newRow("R-8 intake") << "intake"
                                << "1d";
    QTest::newRow("R-9 acceptance") << "acceptance"
                                    << "1d";
    QTest::newRow("R-11 return") << "return"
                                 << "1d";
    QTest::newRow("R-10 processing") << "processing"
                                     << "5d";
    QTest::newRow("R-12 approval") << "approval"
                                   << "1d";
    QTest::newRow("R-14 publication") << "publication"
                                      << "1h";
    QTest::newRow("R-18 citizen clarification (our default)") << "citizen_clarification"
                                                              << "5d";
}

void TestSlaPolicy::regulationDefaults()
{
    QFETCH(QString, stage);
    QFETCH(QString, duration);
    SlaStage value;
    QVERIFY(slaStageFromName(stage, &value));
    QCOMPARE(SlaPolicy::regulationDefaults().duration(value).toString(), duration);
    QCOMPARE(SlaPolicy().duration(value).toString(), duration);
}

void TestSlaPolicy::shippedJsonEqualsBuiltInDefaults()
{
    QString error;
    const SlaPolicy shipped = SlaPolicy::load(QString::fromLatin1(SlaPolicy::kResourcePath), &error);
    QCOMPARE(error, QString());
    SlaPolicy builtIn;
    builtIn.setAbout(shipped.about());
    QVERIFY(shipped == builtIn);
    QVERIFY(shipped.about().contains(QLatin1String("not the regulation's"))); // R-18 default is ours
    // The file is written in the canonical form, so an administrator's save changes only what they edit.
    QFile file(QString::fromLatin1(SlaPolicy::kResourcePath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(shipped.toJson(), QJsonDocument::fromJson(file.readAll()).object());
}

void TestSlaPolicy::durationText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("unit"); // 0 days, 1 hours
    QTest::addColumn<int>("amount");
    QTest::newRow("1d") << "1d" << true << 0 << 1;
    QTest::newRow("5d") << "5d" << true << 0 << 5;
    QTest::newRow("1h") << "1h" << true << 1 << 1;
    QTest::newRow("24h") << "24h" << true << 1 << 24;
    QTest::newRow("0d") << "0d" << false << 0 << 0;
    QTest::newRow("-1d") << "-1d" << false << 0 << 0;
    QTest::newRow("1w") << "1w" << false << 0 << 0;
    QTest::newRow("d") << "d" << false << 0 << 0;
    QTest::newRow("1 d") << "1 d" << false << 0 << 0;
    QTest::newRow("1.5d") << "1.5d" << false << 0 << 0;
    QTest::newRow("5000d") << "5000d" << false << 0 << 0;
}

void TestSlaPolicy::durationText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, unit);
    QFETCH(int, amount);
    SlaDuration duration;
    const QString error = SlaDuration::parse(text, &duration);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(duration,
                 (SlaDuration{unit == 0 ? SlaDuration::Unit::WorkingDays : SlaDuration::Unit::WorkingHours,
                              amount}));
        QCOMPARE(duration.toString(), text);
    }
}

void TestSlaPolicy::precedenceCategoryThenAgencyThenDefault()
{
    SlaPolicy policy;
    QCOMPARE(
        policy.setAgencyDuration(QStringLiteral("SXD"), SlaStage::Processing, SlaDuration::workingDays(3)),
        QString());
    QCOMPARE(
        policy.setCategoryDuration(QStringLiteral("dien"), SlaStage::Processing, SlaDuration::workingDays(1)),
        QString());
    QCOMPARE(
        policy.setAgencyDuration(QStringLiteral("SXD"), SlaStage::Acceptance, SlaDuration::workingHours(4)),
        QString());
    const auto processing = [&](const char* agency, const char* category) {
        return policy
            .duration(SlaStage::Processing, QString::fromLatin1(agency), QString::fromLatin1(category))
            .toString();
    };
    QCOMPARE(processing("", ""), QStringLiteral("5d"));        // default (R-10 maximum)
    QCOMPARE(processing("SXD", ""), QStringLiteral("3d"));     // the agency's own limit (R-10)
    QCOMPARE(processing("SXD", "dien"), QStringLiteral("1d")); // the category wins over the agency
    QCOMPARE(processing("STNMT", "dien"), QStringLiteral("1d"));
    QCOMPARE(processing("STNMT", "nuoc"), QStringLiteral("5d")); // neither overrides: the default
    QCOMPARE(processing("SXD", "nuoc"), QStringLiteral("3d"));   // a category without this stage: the agency
    QCOMPARE(policy.duration(SlaStage::Acceptance, QStringLiteral("SXD"), QStringLiteral("dien")).toString(),
             QStringLiteral("4h"));
    QCOMPARE(policy.duration(SlaStage::Intake, QStringLiteral("SXD"), QStringLiteral("dien")).toString(),
             QStringLiteral("1d"));
    policy.removeCategoryDuration(QStringLiteral("dien"), SlaStage::Processing);
    QCOMPARE(processing("SXD", "dien"), QStringLiteral("3d"));
    QVERIFY(policy.categoryOverrides().isEmpty());
}

void TestSlaPolicy::processingNeverExceedsFiveWorkingDays()
{
    // R-10: "theo quy định của từng cơ quan xử lý nhưng tối đa không quá 05 ngày làm việc".
    SlaPolicy policy;
    QVERIFY(!policy.setDuration(SlaStage::Processing, SlaDuration::workingDays(6)).isEmpty());
    QVERIFY(
        !policy.setAgencyDuration(QStringLiteral("SXD"), SlaStage::Processing, SlaDuration::workingDays(7))
             .isEmpty());
    QVERIFY(
        !policy
             .setCategoryDuration(QStringLiteral("dien"), SlaStage::Processing, SlaDuration::workingHours(40))
             .isEmpty());
    QCOMPARE(policy.duration(SlaStage::Processing, QStringLiteral("SXD")).toString(), QStringLiteral("5d"));
    QCOMPARE(
        policy.setAgencyDuration(QStringLiteral("SXD"), SlaStage::Processing, SlaDuration::workingDays(5)),
        QString());
    // Other stages have no such ceiling.
    QCOMPARE(policy.setDuration(SlaStage::CitizenClarification, SlaDuration::workingDays(10)), QString());

    QString error;
    SlaPolicy::fromJson(parse(R"({"stages": {"processing": {"duration": "6d"}}})"), &error);
    QCOMPARE(error,
             QStringLiteral(
                 "stages.processing.duration: 6 working days exceeds the limit of 5 working days (R-10)"));
    SlaPolicy::fromJson(parse(R"({"agencies": {"SXD": {"processing": "10d"}}})"), &error);
    QCOMPARE(error,
             QStringLiteral(
                 "agencies.SXD.processing: 10 working days exceeds the limit of 5 working days (R-10)"));
    const SlaPolicy fine =
        SlaPolicy::fromJson(parse(R"({"agencies": {"SXD": {"processing": "4d"}}})"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(fine.duration(SlaStage::Processing, QStringLiteral("SXD")).toString(), QStringLiteral("4d"));
}

void TestSlaPolicy::dueSoonThresholds()
{
    const SlaPolicy policy;
    QCOMPARE(policy.dueSoonSeconds(SlaStage::Intake), qint64(2 * 3600));
    QCOMPARE(policy.dueSoonSeconds(SlaStage::Processing), qint64(2 * 3600));
    QCOMPARE(policy.dueSoonSeconds(SlaStage::Publication), qint64(15 * 60));
    QString error;
    const SlaPolicy custom = SlaPolicy::fromJson(
        parse(R"({"stages": {"processing": {"duration": "3d", "dueSoon": "1d"}}})"), &error);
    QCOMPARE(
        error,
        QStringLiteral(
            "stages.processing.dueSoon: expected working time \"<n>h\", \"<n>m\" or \"<n>s\", got \"1d\""));
    const SlaPolicy tuned = SlaPolicy::fromJson(
        parse(
            R"({"stages": {"processing": {"duration": "3d", "dueSoon": "4h"}, "publication": {"duration": "2h"}}})"),
        &error);
    QCOMPARE(error, QString());
    QCOMPARE(tuned.dueSoonSeconds(SlaStage::Processing), qint64(4 * 3600));
    QCOMPARE(tuned.dueSoonSeconds(SlaStage::Publication), qint64(15 * 60)); // default for an hour-based stage
    QCOMPARE(tuned.duration(SlaStage::Processing).toString(), QStringLiteral("3d"));
    QCOMPARE(tuned.duration(SlaStage::Intake).toString(),
             QStringLiteral("1d")); // absent: the regulation's value
}

void TestSlaPolicy::pausesDuringClarification()
{
    QVERIFY(SlaPolicy().pausesDuringClarification());
    QVERIFY(SlaPolicy::regulationDefaults().pausesDuringClarification());
    QString error;
    const SlaPolicy noPause = SlaPolicy::fromJson(parse(R"({"pausesDuringClarification": false})"), &error);
    QCOMPARE(error, QString());
    QVERIFY(!noPause.pausesDuringClarification());
}

void TestSlaPolicy::jsonRoundTrip()
{
    SlaPolicy policy;
    policy.setAbout(QStringLiteral("Quảng Ninh, 2026"));
    policy.setPausesDuringClarification(false);
    QCOMPARE(policy.setDuration(SlaStage::Approval, SlaDuration::workingHours(4)), QString());
    QCOMPARE(policy.setDueSoonSeconds(SlaStage::Approval, 45 * 60), QString());
    QCOMPARE(policy.setDueSoonSeconds(SlaStage::Intake, 90), QString());
    QCOMPARE(policy.setAgencyDuration(QStringLiteral("UBND-HL"), SlaStage::Processing,
                                      SlaDuration::workingDays(2)),
             QString());
    QCOMPARE(policy.setCategoryDuration(QStringLiteral("moi-truong"), SlaStage::Acceptance,
                                        SlaDuration::workingHours(2)),
             QString());
    QString error;
    const SlaPolicy decoded = SlaPolicy::fromJson(policy.toJson(), &error);
    QCOMPARE(error, QString());
    QVERIFY(decoded == policy);
    QCOMPARE(decoded.toJson(), policy.toJson());
    QCOMPARE(
        policy.toJson().value(QLatin1String("stages")).toObject().value(QLatin1String("approval")).toObject(),
        (QJsonObject{{QStringLiteral("duration"), QStringLiteral("4h")},
                     {QStringLiteral("dueSoon"), QStringLiteral("45m")}}));
}

void TestSlaPolicy::jsonErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown top key") << QByteArray(R"({"stage": {}})") << "stage: unknown field";
    QTest::newRow("unknown stage") << QByteArray(R"({"stages": {"triage": {"duration": "1d"}}})")
                                   << "stages.triage: unknown stage (known: intake, acceptance, return, "
                                      "processing, approval, publication, "
                                      "citizen_clarification)";
    QTest::newRow("bad duration")
        << QByteArray(R"({"stages": {"intake": {"duration": "one day"}}})")
        << "stages.intake.duration: expected \"<n>d\" (working days) or \"<n>h\" (working "
           "hours), got \"one day\"";
    QTest::newRow("missing duration") << QByteArray(R"({"stages": {"intake": {}}})")
                                      << "stages.intake.duration: expected \"<n>d\" or \"<n>h\"";
    QTest::newRow("duration is a number") << QByteArray(R"({"stages": {"intake": {"duration": 1}}})")
                                          << "stages.intake.duration: expected \"<n>d\" or \"<n>h\"";
    QTest::newRow("misspelt stage field") << QByteArray(R"({"stages": {"intake": {"duraton": "1d"}}})")
                                          << "stages.intake.duraton: unknown field";
    QTest::newRow("processing in hours")
        << QByteArray(R"({"stages": {"processing": {"duration": "8h"}}})")
        << "stages.processing.duration: processing is counted in working days "
           "(R-10), e.g. \"3d\"";
    QTest::newRow("pauses not a bool") << QByteArray(R"({"pausesDuringClarification": "yes"})")
                                       << "pausesDuringClarification: expected true or false";
    QTest::newRow("agency stage unknown")
        << QByteArray(R"({"agencies": {"SXD": {"procesing": "3d"}}})")
        << "agencies.SXD.procesing: unknown stage (known: intake, acceptance, "
           "return, processing, approval, publication, citizen_clarification)";
    QTest::newRow("category duration bad")
        << QByteArray(R"({"categories": {"dien": {"acceptance": "0h"}}})")
        << "categories.dien.acceptance: the amount must be at least 1, got \"0h\"";
    QTest::newRow("agencies not an object")
        << QByteArray(R"({"agencies": []})") << "agencies: expected an object keyed by code";
    QTest::newRow("about not a string") << QByteArray(R"({"about": 7})") << "about: expected a string";
}

void TestSlaPolicy::jsonErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    const SlaPolicy policy = SlaPolicy::fromJson(parse(json), &actual);
    QCOMPARE(actual, error);
    QVERIFY(policy == SlaPolicy()); // a refused table leaves the regulation's values
}

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
