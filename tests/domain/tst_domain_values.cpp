// The small value rules of the domain: report numbers, attachment hashes, roles, ratings, the reporter's
// contact check.
#include "domain/AttachmentHash.h"
#include "domain/Confidentiality.h"
#include "domain/Instant.h"
#include "domain/Rating.h"
#include "domain/Report.h"
#include "domain/ReportNumber.h"
#include "domain/ReportRecords.h"
#include "domain/Reporter.h"
#include "domain/Role.h"

#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

class DomainValuesTest : public QObject
{
    Q_OBJECT

private slots:
    void allAttachmentsCoversResults();
    void reportNumberParse_data();
    void reportNumberParse();
    void reportNumberFormat_data();
    void reportNumberFormat();
    void attachmentHash_data();
    void attachmentHash();
    void roles_data();
    void roles();
    void ratings();
    void enumNamesRoundTrip();
    void contactProblems_data();
    void contactProblems();
    void instants_data();
    void instants();
};

void DomainValuesTest::reportNumberParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("serial");
    QTest::newRow("typical") << u"PAHT-2026-000123"_s << true << 2026 << 123;
    QTest::newRow("largest serial") << u"PAHT-2026-999999"_s << true << 2026 << 999999;
    QTest::newRow("serial zero") << u"PAHT-2026-000000"_s << false << 0 << 0;
    QTest::newRow("serial not padded") << u"PAHT-2026-123"_s << false << 0 << 0;
    QTest::newRow("serial too long") << u"PAHT-2026-0001234"_s << false << 0 << 0;
    QTest::newRow("two-digit year") << u"PAHT-26-000123"_s << false << 0 << 0;
    QTest::newRow("lowercase prefix") << u"paht-2026-000123"_s << false << 0 << 0;
    QTest::newRow("other prefix") << u"PAKN-2026-000123"_s << false << 0 << 0;
    QTest::newRow("trailing space") << u"PAHT-2026-000123 "_s << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
}

void DomainValuesTest::reportNumberParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, year);
    QFETCH(int, serial);
    const std::optional<ReportNumber> number = ReportNumber::parse(text);
    QCOMPARE(number.has_value(), valid);
    QCOMPARE(ReportNumber::isValid(text), valid);
    if (valid) {
        QCOMPARE(number->year, year);
        QCOMPARE(number->serial, serial);
        QCOMPARE(number->toString(), text);
    }
}

void DomainValuesTest::reportNumberFormat_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("serial");
    QTest::addColumn<QString>("text");
    QTest::newRow("padded") << 2026 << 7 << u"PAHT-2026-000007"_s;
    QTest::newRow("full width") << 2027 << 654321 << u"PAHT-2027-654321"_s;
    QTest::newRow("serial overflow") << 2026 << 1000000 << QString();
    QTest::newRow("serial zero") << 2026 << 0 << QString();
    QTest::newRow("year too short") << 26 << 1 << QString();
}

void DomainValuesTest::reportNumberFormat()
{
    QFETCH(int, year);
    QFETCH(int, serial);
    QFETCH(QString, text);
    QCOMPARE(ReportNumber::format(year, serial), text);
}

void DomainValuesTest::attachmentHash_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sha256 of empty") << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s
                                     << true;
    QTest::newRow("uppercase") << u"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"_s
                               << false;
    QTest::newRow("63 digits") << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85"_s
                               << false;
    QTest::newRow("65 digits") << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555"_s
                               << false;
    QTest::newRow("not hex") << QString(64, QLatin1Char('g')) << false;
    QTest::newRow("empty") << QString() << false;
}

void DomainValuesTest::attachmentHash()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isAttachmentHash(text), valid);
}

void DomainValuesTest::roles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("center");
    QTest::newRow("intake operator") << u"intake_operator"_s << true;
    QTest::newRow("publication editor") << u"publication_editor"_s << true;
    QTest::newRow("supervisor") << u"supervisor"_s << true;
    QTest::newRow("administrator") << u"administrator"_s << true;
    QTest::newRow("agency specialist") << u"agency_specialist"_s << false;
    QTest::newRow("agency leader") << u"agency_leader"_s << false;
}

void DomainValuesTest::roles()
{
    QFETCH(QString, name);
    QFETCH(bool, center);
    Role role;
    QVERIFY(roleFromName(name, &role));
    QCOMPARE(roleName(role), name);
    QCOMPARE(isCenterRole(role), center);
    QCOMPARE(isAgencyRole(role), !center);
    QVERIFY(roleNames().contains(name));
}

// exactly five levels, best first, each with a label for translation.
void DomainValuesTest::ratings()
{
    const QList<Rating> ratings = allRatings();
    QCOMPARE(ratings.size(), 5);
    const QStringList names{u"very_satisfied"_s, u"satisfied"_s, u"neutral"_s, u"dissatisfied"_s,
                            u"very_dissatisfied"_s};
    const QStringList labels{u"Very satisfied"_s, u"Satisfied"_s, u"Neutral"_s, u"Dissatisfied"_s,
                             u"Very dissatisfied"_s};
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        QCOMPARE(ratingName(ratings.at(i)), names.at(i));
        QCOMPARE(QString::fromLatin1(ratingLabel(ratings.at(i))), labels.at(i));
        Rating parsed;
        QVERIFY(ratingFromName(names.at(i), &parsed));
        QCOMPARE(parsed, ratings.at(i));
    }
    Rating unused;
    QVERIFY(!ratingFromName(u"Very satisfied"_s, &unused));
}

void DomainValuesTest::enumNamesRoundTrip()
{
    const QStringList states{u"received"_s,   u"clarifying"_s,         u"rejected"_s,
                             u"dispatched"_s, u"in_progress"_s,        u"awaiting_publication"_s,
                             u"published"_s,  u"answered_privately"_s, u"closed_restricted"_s};
    QStringList seen;
    for (ReportState state : allReportStates())
        seen << reportStateName(state);
    QCOMPARE(seen, states);
    for (const QString& name : {u"public"_s, u"confidential"_s, u"state_secret"_s}) {
        Confidentiality value;
        QVERIFY(confidentialityFromName(name, &value));
        QCOMPARE(confidentialityName(value), name);
    }
    for (const QString& name :
         {u"complaint"_s, u"denunciation"_s, u"legal_advice"_s, u"abusive"_s, u"duplicate"_s}) {
        RejectionKind value;
        QVERIFY(rejectionKindFromName(name, &value));
        QCOMPARE(rejectionKindName(value), name);
    }
    for (const QString& name : {u"none"_s, u"valuable"_s, u"false_abusive"_s}) {
        ReporterFlag value;
        QVERIFY(reporterFlagFromName(name, &value));
        QCOMPARE(reporterFlagName(value), name);
    }
}

void DomainValuesTest::contactProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("problems"); // "field: reason"
    QTest::newRow("complete, mobile")
        << u"Nguyễn Thị Hương"_s << u"0912 345 678"_s << u"huong@example.vn"_s << QStringList();
    QTest::newRow("complete, landline +84")
        << u"Công ty Hạ Long Xanh"_s << u"+84 203 3825 111"_s << u"lienhe@halongxanh.vn"_s << QStringList();
    QTest::newRow("dotted mobile") << u"Lê Văn Tám"_s << u"098.765.4321"_s << u"tam@example.vn"_s
                                   << QStringList();
    QTest::newRow("nothing but a name")
        << u"Lê Văn Tám"_s << QString() << QString() << QStringList{u"phone: missing"_s, u"email: missing"_s};
    QTest::newRow("no name") << QString() << u"0912345678"_s << u"a@b.vn"_s
                             << QStringList{u"name: missing"_s};
    QTest::newRow("short phone") << u"Lê Văn Tám"_s << u"091234"_s << u"a@b.vn"_s
                                 << QStringList{u"phone: not a Vietnamese phone number"_s};
    QTest::newRow("bad email") << u"Lê Văn Tám"_s << u"0912345678"_s << u"tam.example.vn"_s
                               << QStringList{u"email: not an email address"_s};
}

// presence and form of the contact, for the intake operator's check.
void DomainValuesTest::contactProblems()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(QStringList, problems);
    QStringList found;
    for (const DecodeError& problem : Reporter{name, phone, email, false}.contactProblems())
        found << problem.toString();
    QCOMPARE(found, problems);
}

void DomainValuesTest::instants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: refused
    QTest::newRow("Z") << u"2026-03-06T09:00:00Z"_s << u"2026-03-06T09:00:00.000Z"_s;
    QTest::newRow("+07:00") << u"2026-03-06T16:00:00+07:00"_s << u"2026-03-06T09:00:00.000Z"_s;
    QTest::newRow("milliseconds") << u"2026-03-06T09:00:00.250Z"_s << u"2026-03-06T09:00:00.250Z"_s;
    QTest::newRow("no zone") << u"2026-03-06T16:00:00"_s << QString();
    QTest::newRow("date only") << u"2026-03-06"_s << QString();
    QTest::newRow("garbage") << u"thứ sáu"_s << QString();
}

void DomainValuesTest::instants()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QDateTime parsed;
    const QString reason = instantFromString(text, &parsed);
    QCOMPARE(reason.isEmpty(), !utc.isEmpty());
    if (!utc.isEmpty())
        QCOMPARE(instantToString(parsed), utc);
}

// The store checks and serves, and the console caches, the reporter's photos and the agencies' result
// files alike: both come from one list, without repeats.
void DomainValuesTest::allAttachmentsCoversResults()
{
    const QString photo(64, QLatin1Char('a'));
    const QString pdf(64, QLatin1Char('b'));
    Report report;
    report.attachments = {photo};
    Assignment handled;
    handled.agencyCode = QStringLiteral("SXD");
    handled.result = AssignmentResult{QStringLiteral("Đã xử lý"), {pdf, photo}};
    Assignment pending;
    pending.agencyCode = QStringLiteral("NUOC");
    report.assignments = {handled, pending};
    QCOMPARE(report.allAttachments(), (QStringList{photo, pdf}));
}

QTEST_GUILESS_MAIN(DomainValuesTest)
#include "tst_domain_values.moc"
