// The Appendix II notice without a window: every part of the template in its order, the store's
// numbers and date, Vietnamese dates, escaping of what people wrote, a joint notice of two agencies, and
// the PDF as a reader gets it (A4, the margins, the Vietnamese text).

#include "publication/NoticeDocument.h"
#include "publication/PublicNotice.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600)).toUTC();
}

Agency agency(const QString& code, const QString& name, const QString& leader, const QString& title)
{
    Agency value;
    value.code = code;
    value.name = name;
    value.leader = {leader, title, u"0912345678"_s, u"lanhdao@example.vn"_s};
    return value;
}

Directory directory()
{
    Directory value;
    value.add(agency(u"SXD"_s, u"Sở Xây dựng"_s, u"Nguyễn Văn Lãnh"_s, u"Giám đốc"_s));
    value.add(agency(u"UBND-06673"_s, u"UBND phường Bãi Cháy"_s, u"Trần Thị Phường"_s, u"Chủ tịch"_s));
    value.add(
        agency(u"NUOC"_s, u"Công ty Cổ phần Nước sạch Quảng Ninh"_s, u"Lê Văn Nước"_s, u"Tổng giám đốc"_s));
    return value;
}

Assignment assignment(const QString& code, AssignmentState state, const QString& result = {})
{
    Assignment value;
    value.agencyCode = code;
    value.state = state;
    if (!result.isEmpty())
        value.result = AssignmentResult{result, {}};
    return value;
}

Report approvedReport()
{
    Report report;
    report.id = u"PAHT-2026-000123"_s;
    report.title = u"Đèn đường hỏng"_s;
    report.state = ReportState::AwaitingPublication;
    report.reporter.name = u"Phạm Thị Dân"_s;
    report.assignments = {assignment(u"SXD"_s, AssignmentState::Approved, u"Đã thay bóng đèn LED."_s)};
    return report;
}

QString plain(const PublicNotice& notice)
{
    QTextDocument document;
    document.setHtml(notice.html());
    return document.toPlainText();
}

// Whether the parts appear in `text` in this order; else which one is missing or out of order.
bool appearInOrder(const QString& text, const QStringList& parts, QString* problem)
{
    qsizetype from = 0;
    for (const QString& part : parts) {
        const qsizetype at = text.indexOf(part, from);
        if (at < 0) {
            *problem = text.contains(part) ? u"out of order: "_s + part : u"missing: "_s + part;
            return false;
        }
        from = at + part.size();
    }
    return true;
}

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
}

} // namespace

class TestPublicationNotice : public QObject
{
    Q_OBJECT

private slots:
    void everyPartOfTheTemplateInItsOrder()
    {
        const PublicNotice notice = PublicNotice::forReport(
            approvedReport(), directory(), u"Sở Xây dựng đã thay bóng đèn."_s, QDate(2026, 11, 28));
        QVERIFY(!notice.isNumbered());
        QString problem;
        QVERIFY2(appearInOrder(plain(notice),
                               {u"UBND TỈNH QUẢNG NINH"_s,
                                u"SỞ XÂY DỰNG"_s,
                                u"Số: …/TB-SXD"_s,
                                u"(số được cấp khi phát hành)"_s,
                                u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
                                u"Độc lập - Tự do - Hạnh phúc"_s,
                                u"Quảng Ninh, ngày 28 tháng 11 năm 2026"_s,
                                u"Kính gửi: Quý cá nhân"_s,
                                u"Sở Xây dựng xin thông báo kết quả xử lý phản ánh số PAHT-2026-000123 của "
                                "quý cá nhân như sau:"_s,
                                u"Sở Xây dựng đã thay bóng đèn."_s,
                                u"Chúng tôi cảm ơn cá nhân và mong tiếp tục nhận được phản ánh."_s,
                                u"Trân trọng./."_s,
                                u"Nơi nhận:"_s,
                                u"- Như trên;"_s,
                                u"- Trung tâm điều hành Thành phố thông minh tỉnh (b/c);"_s,
                                u"- Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh (b/c);"_s,
                                u"- Lưu: VT."_s,
                                u"GIÁM ĐỐC"_s,
                                u"(Ký tên, đóng dấu)"_s,
                                u"Nguyễn Văn Lãnh"_s},
                               &problem),
                 qPrintable(problem));
        // the reporter's name is not on a notice that is published.
        QVERIFY(!plain(notice).contains(u"Phạm Thị Dân"_s));
    }

    void theStoresNumbersAndDateOnceTheAnswerIsOut()
    {
        Report report = approvedReport();
        report.state = ReportState::Published;
        report.notice = NoticeRecord{local(2026, 1, 5, 8, 30), {{u"SXD"_s, u"07/TB-SXD"_s}}};
        const PublicNotice notice =
            PublicNotice::forReport(report, directory(), u"Đã xử lý."_s, QDate(2026, 3, 9));
        QVERIFY(notice.isNumbered());
        const QString text = plain(notice);
        QVERIFY(text.contains(u"Số: 07/TB-SXD"_s));
        QVERIFY(!text.contains(u"…"_s));
        QVERIFY(!text.contains(u"khi phát hành"_s));
        QVERIFY2(text.contains(u"Quảng Ninh, ngày 05 tháng 01 năm 2026"_s), qPrintable(text));
    }

    void vietnameseDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two-digit day, late month") << QDate(2026, 11, 28) << u"ngày 28 tháng 11 năm 2026"_s;
        QTest::newRow("day below 10, January") << QDate(2026, 1, 5) << u"ngày 05 tháng 01 năm 2026"_s;
        QTest::newRow("February") << QDate(2027, 2, 14) << u"ngày 14 tháng 02 năm 2027"_s;
        QTest::newRow("March onwards: no zero") << QDate(2026, 3, 9) << u"ngày 09 tháng 3 năm 2026"_s;
        QTest::newRow("December") << QDate(2026, 12, 31) << u"ngày 31 tháng 12 năm 2026"_s;
    }

    void vietnameseDates()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(PublicNotice::vietnameseDate(date), expected);
    }

    void theDateIsTheLocalDayOfIssue()
    {
        // 17:30 UTC on 31 December is already New Year's Day in Hạ Long.
        Report report = approvedReport();
        report.notice = NoticeRecord{QDateTime(QDate(2026, 12, 31), QTime(17, 30), Qt::UTC),
                                     {{u"SXD"_s, u"01/TB-SXD"_s}}};
        QCOMPARE(PublicNotice::forReport(report, directory(), u"x"_s, {}).placeAndDate(),
                 u"Quảng Ninh, ngày 01 tháng 01 năm 2027"_s);
    }

    void whatPeopleWroteIsEscaped()
    {
        Directory names = directory();
        names.agencies[u"SXD"_s].name = u"Sở <b>Xây</b> dựng & Co"_s;
        names.agencies[u"SXD"_s].leader.name = u"<script>alert(1)</script>"_s;
        const QString answer = u"<i>Đã sửa</i> & \"xong\"\n<table>"_s;
        const PublicNotice notice =
            PublicNotice::forReport(approvedReport(), names, answer, QDate(2026, 3, 9));
        const QString html = notice.html();
        QVERIFY(!html.contains(u"<i>"_s));
        QVERIFY(!html.contains(u"<b>Xây"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;i&gt;Đã sửa&lt;/i&gt; &amp; &quot;xong&quot;"_s));
        // The reader sees the characters as typed, each line a paragraph.
        const QString text = plain(notice);
        QVERIFY(text.contains(u"<i>Đã sửa</i> & \"xong\"\n<table>"_s));
        QVERIFY(text.contains(u"SỞ <B>XÂY</B> DỰNG & CO"_s));
        QVERIFY(text.contains(u"<script>alert(1)</script>"_s));
    }

    void twoAgenciesIssueOneJointNotice()
    {
        Report report = approvedReport();
        report.reporter.isOrganisation = true;
        report.assignments = {
            assignment(u"SXD"_s, AssignmentState::Approved, u"Sở đã thay bóng đèn."_s),
            assignment(u"NUOC"_s, AssignmentState::ReturnedToCenter),
            assignment(u"UBND-06673"_s, AssignmentState::Approved, u"Phường đã dọn dẹp hiện trường."_s),
        };
        QCOMPARE(PublicNotice::issuingAgencies(report), (QStringList{u"SXD"_s, u"UBND-06673"_s}));
        QCOMPARE(PublicNotice::draftAnswer(report),
                 u"Sở đã thay bóng đèn.\n\nPhường đã dọn dẹp hiện trường."_s);

        PublicNotice notice = PublicNotice::forReport(report, directory(), PublicNotice::draftAnswer(report),
                                                      QDate(2026, 11, 28));
        QCOMPARE(notice.issuers().size(), 2);
        QString problem;
        QVERIFY2(appearInOrder(
                     plain(notice),
                     {u"SỞ XÂY DỰNG"_s, u"UBND PHƯỜNG BÃI CHÁY"_s, u"Số: …/TB-SXD"_s,
                      u"Số: …/TB-UBND-06673"_s, u"Kính gửi: Quý tổ chức"_s,
                      u"Sở Xây dựng và UBND phường Bãi Cháy xin thông báo kết quả xử lý phản ánh số "
                      "PAHT-2026-000123 của quý tổ chức như sau:"_s,
                      u"Sở đã thay bóng đèn."_s, u"Phường đã dọn dẹp hiện trường."_s,
                      u"Chúng tôi cảm ơn tổ chức"_s, u"Nơi nhận:"_s, u"SỞ XÂY DỰNG"_s, u"GIÁM ĐỐC"_s,
                      u"Nguyễn Văn Lãnh"_s, u"UBND PHƯỜNG BÃI CHÁY"_s, u"CHỦ TỊCH"_s, u"Trần Thị Phường"_s},
                     &problem),
                 qPrintable(problem));
        QVERIFY(!plain(notice).contains(u"Nước sạch"_s)); // it returned the report: not an issuer

        // Once numbered, the notice keeps the agencies and numbers the store gave it.
        report.notice = NoticeRecord{local(2026, 11, 28, 9),
                                     {{u"SXD"_s, u"15/TB-SXD"_s}, {u"UBND-06673"_s, u"03/TB-UBND-06673"_s}}};
        notice = PublicNotice::forReport(report, directory(), u"x"_s, QDate(2026, 12, 1));
        QVERIFY(notice.isNumbered());
        QVERIFY(appearInOrder(plain(notice), {u"Số: 15/TB-SXD"_s, u"Số: 03/TB-UBND-06673"_s}, &problem));
        QCOMPARE(report.notice->numbersText(), u"15/TB-SXD; 03/TB-UBND-06673"_s);
    }

    void theCentersEditComesBeforeTheResults()
    {
        Report report = approvedReport();
        QCOMPARE(PublicNotice::draftAnswer(report), u"Đã thay bóng đèn LED."_s);
        report.publicAnswer = u"Bản biên tập của Trung tâm."_s;
        QCOMPARE(PublicNotice::draftAnswer(report), u"Bản biên tập của Trung tâm."_s);
    }

    void numbersAreWrittenAsVietnameseDocumentsWriteThem()
    {
        QCOMPARE(NoticeNumber::format(1, u"SXD"_s), u"01/TB-SXD"_s);
        QCOMPARE(NoticeNumber::format(15, u"SXD"_s), u"15/TB-SXD"_s);
        QCOMPARE(NoticeNumber::format(1234, u"UBND-06673"_s), u"1234/TB-UBND-06673"_s);
        QVERIFY(NoticeNumber::format(0, u"SXD"_s).isEmpty());
    }

    void noNoticeForAStateSecret()
    {
        Report report = approvedReport();
        QVERIFY(PublicNotice::isIssuedFor(report));
        report.confidentiality = Confidentiality::Confidential;
        QVERIFY(PublicNotice::isIssuedFor(report));
        report.confidentiality = Confidentiality::StateSecret;
        QVERIFY(!PublicNotice::isIssuedFor(report));
    }

    // Reads the PDF as a reader's tools do (poppler's pdftotext and pdfinfo, Debian poppler-utils).
    void thePdfIsAnA4NoticeInVietnamese()
    {
        const QString pdftotext = tool("pdftotext");
        const QString pdfinfo = tool("pdfinfo");
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QFAIL("pdftotext and pdfinfo (Debian package poppler-utils) are needed to read the PDF");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"notice.pdf"_s);
        Report report = approvedReport();
        report.notice = NoticeRecord{local(2026, 11, 28, 9), {{u"SXD"_s, u"15/TB-SXD"_s}}};
        const QString answer = u"Sở Xây dựng đã thay bóng đèn LED tại cột số 17 đường Hạ Long."_s;
        QVERIFY(NoticeDocument::writePdf(PublicNotice::forReport(report, directory(), answer, {}), file));
        QFile::remove(QDir::temp().filePath(u"paht-notice.pdf"_s));
        QFile::copy(file, QDir::temp().filePath(u"paht-notice.pdf"_s)); // to look at

        const QString info = run(pdfinfo, {file});
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));

        const QString text = run(pdftotext, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
        for (const QString& part :
             {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s, u"Số: 15/TB-SXD"_s,
              u"Quảng Ninh, ngày 28 tháng 11 năm 2026"_s, u"Kính gửi: Quý cá nhân"_s, u"đường Hạ Long"_s,
              u"Trân trọng./."_s, u"Nơi nhận:"_s, u"Nguyễn Văn Lãnh"_s})
            QVERIFY2(text.contains(part), qPrintable(part + u" not in:\n"_s + text));

        // Every word inside the margins of Decree 30/2020: left 30 mm, right 15 mm, top and bottom 20 mm.
        const QString boxes = run(pdftotext, {u"-bbox"_s, file, u"-"_s});
        QXmlStreamReader xml(boxes);
        const double mm = 72.0 / 25.4;
        double left = 1e9, right = 0, top = 1e9, bottom = 0;
        int words = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"word") {
                ++words;
                left = qMin(left, xml.attributes().value(QLatin1String("xMin")).toDouble());
                right = qMax(right, xml.attributes().value(QLatin1String("xMax")).toDouble());
                top = qMin(top, xml.attributes().value(QLatin1String("yMin")).toDouble());
                bottom = qMax(bottom, xml.attributes().value(QLatin1String("yMax")).toDouble());
            }
        }
        QVERIFY2(words > 50, qPrintable(boxes.left(400)));
        QVERIFY2(left >= 30 * mm - 1 && left < 40 * mm, qPrintable(QString::number(left / mm)));
        QVERIFY2(right <= (210 - 15) * mm + 1, qPrintable(QString::number(right / mm)));
        QVERIFY2(top >= 20 * mm - 1, qPrintable(QString::number(top / mm)));
        QVERIFY2(bottom <= (297 - 20) * mm + 1, qPrintable(QString::number(bottom / mm)));
    }

    void anUnwritableFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"missing/notice.pdf"_s);
        QVERIFY(!NoticeDocument::writePdf(
            PublicNotice::forReport(approvedReport(), directory(), u"x"_s, QDate(2026, 3, 9)), file));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestPublicationNotice)
#include "tst_publication_notice.moc"
