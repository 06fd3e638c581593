// JSON round trips of every domain type (R-2: Vietnamese text must survive unchanged; R-20, R-21: the
// same format serves the store, the console and agencies' own software).
#include "DomainSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(paht::Reporter)
Q_DECLARE_METATYPE(paht::Location)
Q_DECLARE_METATYPE(paht::Agency)
Q_DECLARE_METATYPE(paht::Category)
Q_DECLARE_METATYPE(paht::User)
Q_DECLARE_METATYPE(paht::Assignment)
Q_DECLARE_METATYPE(paht::Report)
Q_DECLARE_METATYPE(paht::Event)

namespace {

// Encodes, sends through JSON text as it travels, decodes, and expects the very same value back.
template <typename T>
void checkRoundTrip(const QVariant& sample)
{
    const T value = sample.value<T>();
    const QJsonObject json = value.toJson();
    const QJsonObject travelled = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    T decoded;
    const DecodeResult error = T::fromJson(travelled, &decoded);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QVERIFY(decoded == value);
    QCOMPARE(decoded.toJson(), json);
}

} // namespace

class DomainJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void eventWireFormat();
    void reportWireFormat();
    void assignmentWireFormat();
    void instantsAreUtc();
    void optionalFieldsMayBeAbsent();
};

void DomainJsonTest::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("sample");

    QTest::newRow("reporter: person") << u"Reporter"_s << QVariant::fromValue(samples::citizenReporter());
    QTest::newRow("reporter: organisation")
        << u"Reporter"_s << QVariant::fromValue(samples::organisationReporter());
    QTest::newRow("reporter: name only (R-3 checked later)")
        << u"Reporter"_s << QVariant::fromValue(Reporter{u"Vũ Đức Thắng"_s, {}, {}, false});
    QTest::newRow("location: Hồng Gai") << u"Location"_s << QVariant::fromValue(samples::hongGaiLocation());
    QTest::newRow("location: extremes") << u"Location"_s << QVariant::fromValue(Location{-90, 180, {}, {}});
    QTest::newRow("agency: department")
        << u"Agency"_s << QVariant::fromValue(samples::constructionDepartment());
    QTest::newRow("agency: commune") << u"Agency"_s << QVariant::fromValue(samples::hongGaiCommittee());
    QTest::newRow("agency: company") << u"Agency"_s << QVariant::fromValue(samples::waterCompany());
    QTest::newRow("category: active") << u"Category"_s << QVariant::fromValue(samples::urbanInfrastructure());
    QTest::newRow("category: retired (R-26)")
        << u"Category"_s << QVariant::fromValue(samples::retiredCategory());
    QTest::newRow("user: agency specialist") << u"User"_s << QVariant::fromValue(samples::specialist());
    QTest::newRow("user: cleared operator") << u"User"_s << QVariant::fromValue(samples::clearedOperator());
    QTest::newRow("assignment: pending")
        << u"Assignment"_s << QVariant::fromValue(samples::pendingAssignment());
    QTest::newRow("assignment: approved with revisions")
        << u"Assignment"_s << QVariant::fromValue(samples::fullAssignment());
    QTest::newRow("report: just received") << u"Report"_s << QVariant::fromValue(samples::newReport());
    QTest::newRow("report: published, everything set")
        << u"Report"_s << QVariant::fromValue(samples::publishedReport());
    Report secret = samples::newReport();
    secret.confidentiality = Confidentiality::StateSecret;
    secret.state = ReportState::Rejected;
    secret.rejection =
        Rejection{RejectionKind::LegalAdvice, u"Đề nghị liên hệ Sở Tư pháp để được tư vấn pháp luật"_s};
    secret.reporterFlag = ReporterFlag::FalseAbusive;
    QTest::newRow("report: rejected, state secret") << u"Report"_s << QVariant::fromValue(secret);
    Report duplicate = samples::newReport();
    duplicate.state = ReportState::Rejected;
    duplicate.rejection = Rejection{RejectionKind::Duplicate, {}};
    duplicate.duplicateOf = u"PAHT-2026-000099"_s;
    QTest::newRow("report: duplicate") << u"Report"_s << QVariant::fromValue(duplicate);
    QTest::newRow("event: staff, agency") << u"Event"_s << QVariant::fromValue(samples::dispatchedEvent());
    QTest::newRow("event: citizen, no role") << u"Event"_s << QVariant::fromValue(samples::citizenEvent());
}

void DomainJsonTest::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(QVariant, sample);
    if (type == u"Reporter")
        checkRoundTrip<Reporter>(sample);
    else if (type == u"Location")
        checkRoundTrip<Location>(sample);
    else if (type == u"Agency")
        checkRoundTrip<Agency>(sample);
    else if (type == u"Category")
        checkRoundTrip<Category>(sample);
    else if (type == u"User")
        checkRoundTrip<User>(sample);
    else if (type == u"Assignment")
        checkRoundTrip<Assignment>(sample);
    else if (type == u"Report")
        checkRoundTrip<Report>(sample);
    else if (type == u"Event")
        checkRoundTrip<Event>(sample);
    else
        QFAIL(qPrintable(u"no round trip for type "_s + type));
}

// The wire format is a contract with the console and agencies' software (R-21): pin it.
void DomainJsonTest::eventWireFormat()
{
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "reportId": "PAHT-2026-000123", "type": "dispatched", "actor": "tiepnhan01",
        "actorRole": "intake_operator", "at": "2026-03-02T02:00:00.000Z", "reportVersion": 3,
        "agencyCode": "SXD", "payload": {"redispatch": false}, "isPublic": true
    })")
                                     .object();
    QCOMPARE(samples::dispatchedEvent().toJson(), expected);
    const QJsonObject citizen = samples::citizenEvent().toJson();
    QVERIFY(!citizen.contains(u"actorRole"_s));
    QVERIFY(!citizen.contains(u"agencyCode"_s));
}

void DomainJsonTest::reportWireFormat()
{
    const QJsonObject json = samples::publishedReport().toJson();
    const QStringList keys{u"assignments"_s,
                           u"attachments"_s,
                           u"categoryCode"_s,
                           u"citizenFeedback"_s,
                           u"clarificationNotes"_s,
                           u"confidentiality"_s,
                           u"contactDisclosedTo"_s,
                           u"description"_s,
                           u"duplicateOf"_s,
                           u"escalation"_s,
                           u"id"_s,
                           u"intake"_s,
                           u"location"_s,
                           u"notice"_s,
                           u"publicAnswer"_s,
                           u"publication"_s,
                           u"rating"_s,
                           u"receivedAt"_s,
                           u"reporter"_s,
                           u"reporterFlag"_s,
                           u"state"_s,
                           u"title"_s,
                           u"version"_s};
    QCOMPARE(json.keys(), keys); // QJsonObject keys are sorted
    QCOMPARE(json.value(u"state"_s).toString(), u"published"_s);
    QCOMPARE(json.value(u"reporterFlag"_s).toString(), u"valuable"_s);
    QCOMPARE(json.value(u"receivedAt"_s).toString(), u"2026-03-02T01:15:00.000Z"_s);
    QCOMPARE(json.value(u"rating"_s).toObject().value(u"level"_s).toString(), u"very_satisfied"_s);
    QCOMPARE(json.value(u"intake"_s).toObject().value(u"stage"_s).toString(), u"intake"_s);
    const QJsonObject notice = json.value(u"notice"_s).toObject();
    QCOMPARE(notice.value(u"issuedAt"_s).toString(), u"2026-03-05T01:40:00.000Z"_s);
    QCOMPARE(notice.value(u"numbers"_s).toArray().at(0).toObject().value(u"number"_s).toString(),
             u"15/TB-SXD"_s);
    QCOMPARE(json.value(u"clarificationNotes"_s).toArray().at(0).toObject().value(u"channel"_s).toString(),
             u"phone"_s);
    // Optional parts are absent, not null, when unset.
    const QJsonObject fresh = samples::newReport().toJson();
    for (const char* key : {"publication", "rejection", "escalation", "rating", "notice"})
        QVERIFY2(!fresh.contains(QLatin1String(key)), key);
}

void DomainJsonTest::assignmentWireFormat()
{
    const QJsonObject json = samples::fullAssignment().toJson();
    QCOMPARE(json.value(u"state"_s).toString(), u"approved"_s);
    const QJsonArray revisions = json.value(u"resultRevisions"_s).toArray();
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).toObject().value(u"kind"_s).toString(), u"submitted"_s);
    QCOMPARE(revisions.at(1).toObject().value(u"kind"_s).toString(), u"edited_by_leader"_s);
    QCOMPARE(
        json.value(u"clarification"_s).toObject().value(u"timing"_s).toObject().value(u"stage"_s).toString(),
        u"citizen_clarification"_s);
    QVERIFY(!samples::pendingAssignment().toJson().contains(u"processing"_s));
}

void DomainJsonTest::instantsAreUtc()
{
    QJsonObject json = samples::newReport().toJson();
    json.insert(u"receivedAt"_s, u"2026-03-02T08:15:00+07:00"_s); // what a client in Hạ Long may send
    Report report;
    const DecodeResult error = Report::fromJson(json, &report);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(report.receivedAt, samples::at(2, 8, 15));
    QCOMPARE(report.toJson().value(u"receivedAt"_s).toString(), u"2026-03-02T01:15:00.000Z"_s);
}

void DomainJsonTest::optionalFieldsMayBeAbsent()
{
    QJsonObject json = samples::newReport().toJson();
    for (const char* key : {"categoryCode", "attachments", "assignments", "publicAnswer", "duplicateOf",
                            "contactDisclosedTo", "reporterFlag", "citizenFeedback", "clarificationNotes"})
        json.remove(QLatin1String(key));
    Report report;
    const DecodeResult error = Report::fromJson(json, &report);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(report.reporterFlag, ReporterFlag::None);
    QVERIFY(report.assignments.isEmpty());
    QVERIFY(report.attachments.isEmpty());
}

QTEST_GUILESS_MAIN(DomainJsonTest)
#include "tst_domain_json.moc"
