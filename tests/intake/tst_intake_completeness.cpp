// The completeness check behind the intake screen (R-2, R-3, R-4, R-6): every finding with a case that
// raises it and one that does not.
#include "intake/IntakeCheck.h"

#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(paht::IntakeField)
Q_DECLARE_METATYPE(paht::FindingSeverity)

namespace {

// Complete in every respect: each test row spoils one thing.
Report completeReport()
{
    Report report;
    report.id = u"PAHT-2026-000123"_s;
    report.title = u"Đèn đường hỏng trên phố Lê Thánh Tông"_s;
    report.description =
        u"Ba cột đèn trước số nhà 120 không sáng từ tuần trước, buổi tối rất tối và nguy hiểm."_s;
    report.reporter.name = u"Nguyễn Văn An"_s;
    report.reporter.phone = u"0912345678"_s;
    report.reporter.email = u"an.nguyen@example.vn"_s;
    report.location.latitude = 20.9517; // Hạ Long, Hồng Gai
    report.location.longitude = 107.0807;
    return report;
}

} // namespace

class IntakeCompletenessTest : public QObject
{
    Q_OBJECT

private slots:
    void completeReportHasNoFindings();
    void findings_data();
    void findings();
    void phoneForms_data();
    void phoneForms();
    void emailForms_data();
    void emailForms();
    void vietnameseText_data();
    void vietnameseText();
    void messagesAreTranslatable();
};

void IntakeCompletenessTest::completeReportHasNoFindings()
{
    const IntakeCheck check(completeReport());
    QVERIFY(check.findings().isEmpty());
    QVERIFY(check.isComplete());
}

void IntakeCompletenessTest::findings_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<IntakeField>("field");
    QTest::addColumn<FindingSeverity>("severity");
    QTest::addColumn<bool>("raised");
    QTest::addColumn<bool>("complete");

    using F = IntakeField;
    using S = FindingSeverity;
    // R-2
    QTest::newRow("title missing") << u"title"_s << u"   "_s << F::Title << S::Missing << true << false;
    QTest::newRow("title present") << u"title"_s << u"Rác thải"_s << F::Title << S::Missing << false << true;
    QTest::newRow("title not Vietnamese")
        << u"title"_s << u"Broken street lights on the main road"_s << F::Title << S::Warning << true << true;
    QTest::newRow("title without diacritics but short")
        << u"title"_s << u"den duong hong"_s << F::Title << S::Warning << false << true;
    QTest::newRow("description missing")
        << u"description"_s << QString() << F::Description << S::Missing << true << false;
    QTest::newRow("description not Vietnamese")
        << u"description"_s << u"The street lights have been off since last week"_s << F::Description
        << S::Warning << true << true;
    QTest::newRow("description Vietnamese")
        << u"description"_s << u"Nước thải chảy tràn ra đường từ sáng nay"_s << F::Description << S::Warning
        << false << true;
    // R-3
    QTest::newRow("name missing") << u"name"_s << u""_s << F::ReporterName << S::Missing << true << false;
    QTest::newRow("name present") << u"name"_s << u"Công ty CP Than Hà Lầm"_s << F::ReporterName << S::Missing
                                  << false << true;
    QTest::newRow("phone missing") << u"phone"_s << u" "_s << F::Phone << S::Missing << true << false;
    QTest::newRow("phone malformed") << u"phone"_s << u"12345"_s << F::Phone << S::Malformed << true << false;
    QTest::newRow("phone good") << u"phone"_s << u"+84912345678"_s << F::Phone << S::Malformed << false
                                << true;
    QTest::newRow("email missing") << u"email"_s << QString() << F::Email << S::Missing << true << false;
    QTest::newRow("email malformed") << u"email"_s << u"an.nguyen@"_s << F::Email << S::Malformed << true
                                     << false;
    QTest::newRow("email good") << u"email"_s << u"an@quangninh.gov.vn"_s << F::Email << S::Malformed << false
                                << true;
    // R-4, R-17: information, never blocking
    QTest::newRow("confidential") << u"confidentiality"_s << u"confidential"_s << F::Confidentiality
                                  << S::Notice << true << true;
    QTest::newRow("state secret") << u"confidentiality"_s << u"state_secret"_s << F::Confidentiality
                                  << S::Notice << true << true;
    QTest::newRow("public") << u"confidentiality"_s << u"public"_s << F::Confidentiality << S::Notice << false
                            << true;
    // Position: Móng Cái and Cô Tô are inside; Hà Nội, Hải Phòng's Cát Bà and "no GPS fix" are not.
    QTest::newRow("Móng Cái") << u"position"_s << u"21.5247,107.9662"_s << F::Location << S::Warning << false
                              << true;
    QTest::newRow("Cô Tô") << u"position"_s << u"20.9708,107.7650"_s << F::Location << S::Warning << false
                           << true;
    QTest::newRow("just over the border, within margin")
        << u"position"_s << u"21.70,108.12"_s << F::Location << S::Warning << false << true;
    QTest::newRow("Hà Nội") << u"position"_s << u"21.0285,105.8542"_s << F::Location << S::Warning << true
                            << true;
    QTest::newRow("south of the box")
        << u"position"_s << u"20.60,107.00"_s << F::Location << S::Warning << true << true;
    QTest::newRow("no GPS fix") << u"position"_s << u"0,0"_s << F::Location << S::Warning << true << true;
}

void IntakeCompletenessTest::findings()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(IntakeField, field);
    QFETCH(FindingSeverity, severity);
    QFETCH(bool, raised);
    QFETCH(bool, complete);

    Report report = completeReport();
    if (what == u"title")
        report.title = value;
    else if (what == u"description")
        report.description = value;
    else if (what == u"name")
        report.reporter.name = value;
    else if (what == u"phone")
        report.reporter.phone = value;
    else if (what == u"email")
        report.reporter.email = value;
    else if (what == u"confidentiality")
        QVERIFY(confidentialityFromName(value, &report.confidentiality));
    else if (what == u"position") {
        const QStringList parts = value.split(u',');
        report.location.latitude = parts.at(0).toDouble();
        report.location.longitude = parts.at(1).toDouble();
    } else
        QFAIL("unknown row kind");

    const IntakeCheck check(report);
    QCOMPARE(check.has(field, severity), raised);
    QCOMPARE(check.isComplete(), complete);
    // One spoilt thing, at most one finding.
    QCOMPARE(check.findings().size(), raised ? 1 : 0);
    if (raised)
        QVERIFY(!check.findings().first().message.isEmpty());
}

void IntakeCompletenessTest::phoneForms_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("mobile") << u"0912345678"_s << true;
    QTest::newRow("landline Quảng Ninh 0203") << u"02033812345"_s << true;
    QTest::newRow("international") << u"+84912345678"_s << true;
    // Accepted: Reporter's rule drops spaces, dots, dashes and brackets, as people write numbers in groups.
    QTest::newRow("grouped with spaces") << u"091 234 5678"_s << true;
    QTest::newRow("grouped with dots") << u"0912.345.678"_s << true;
    QTest::newRow("landline with brackets") << u"(0203) 3812 345"_s << true;
    QTest::newRow("too short") << u"12345"_s << false;
    QTest::newRow("truncated mobile") << u"09123"_s << false;
    QTest::newRow("no leading zero") << u"912345678"_s << false;
    QTest::newRow("other country") << u"+8612345678901"_s << false;
    QTest::newRow("letters") << u"09123abcde"_s << false;
    QTest::newRow("too long") << u"091234567890"_s << false;
}

void IntakeCompletenessTest::phoneForms()
{
    QFETCH(QString, phone);
    QFETCH(bool, accepted);
    Report report = completeReport();
    report.reporter.phone = phone;
    const IntakeCheck check(report);
    QCOMPARE(check.has(IntakeField::Phone, FindingSeverity::Malformed), !accepted);
    QCOMPARE(check.isComplete(), accepted);
}

void IntakeCompletenessTest::emailForms_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("plain") << u"an@example.vn"_s << true;
    QTest::newRow("government") << u"ttdh@quangninh.gov.vn"_s << true;
    QTest::newRow("plus tag") << u"an+paht@gmail.com"_s << true;
    QTest::newRow("surrounding spaces") << u" an@example.vn "_s << true;
    QTest::newRow("no at") << u"an.example.vn"_s << false;
    QTest::newRow("no domain dot") << u"an@localhost"_s << false;
    QTest::newRow("two ats") << u"an@b@example.vn"_s << false;
    QTest::newRow("inner space") << u"an nguyen@example.vn"_s << false;
    QTest::newRow("nothing before at") << u"@example.vn"_s << false;
}

void IntakeCompletenessTest::emailForms()
{
    QFETCH(QString, email);
    QFETCH(bool, accepted);
    Report report = completeReport();
    report.reporter.email = email;
    const IntakeCheck check(report);
    QCOMPARE(check.has(IntakeField::Email, FindingSeverity::Malformed), !accepted);
    QCOMPARE(check.isComplete(), accepted);
}

void IntakeCompletenessTest::vietnameseText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("vietnamese");

    QTest::newRow("Vietnamese") << u"Cống thoát nước bị tắc gây ngập úng"_s << true;
    QTest::newRow("only đ marks it") << u"Duong Tran Hung Dao bi ngap, xe khong di duoc"_s << false;
    QTest::newRow("one đ is enough") << u"Duong Tran Hung Dao bi ngap, xe khong đi duoc"_s << true;
    QTest::newRow("upper case") << u"ĐÈN ĐƯỜNG HỎNG TRÊN PHỐ"_s << true;
    QTest::newRow("decomposed input (NFD)")
        << u"Ca\u0301c co\u0323t đe\u0300n"_s.normalized(QString::NormalizationForm_D) << true;
    QTest::newRow("English") << u"Garbage has not been collected for a week"_s << false;
    QTest::newRow("short English") << u"Pothole"_s << true;
    QTest::newRow("numbers only") << u"0912345678 / 2026-04-01 / 120"_s << true;
    QTest::newRow("Chinese") << u"路灯坏了已经一个星期了晚上很危险请尽快修理谢谢"_s << false;
}

void IntakeCompletenessTest::vietnameseText()
{
    QFETCH(QString, text);
    QFETCH(bool, vietnamese);
    QCOMPARE(IntakeCheck::looksVietnamese(text), vietnamese);
}

void IntakeCompletenessTest::messagesAreTranslatable()
{
    // Without a translator installed the English source comes back: proves the text is not hard-coded empty
    // and that the Notice carries the R-17 consequence.
    Report report = completeReport();
    report.confidentiality = Confidentiality::Confidential;
    const IntakeCheck check(report);
    QCOMPARE(check.findings().size(), 1);
    QVERIFY(check.findings().first().message.contains(u"not published"_s));
}

QTEST_GUILESS_MAIN(IntakeCompletenessTest)
#include "tst_intake_completeness.moc"
