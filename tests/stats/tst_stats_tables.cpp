// The periodic report as people read it, without a window: the tables of the hand-worked
// September 2026 of StatsFixture.cpp with their formatted cells and agency names, their item models, the
// charts' data, the CSV read back, and the PDF read back with poppler's pdftotext and pdfinfo, in English
// and with the Vietnamese words of the official layout.
#include "StatsFixture.h"
#include "calendar/WorkingCalendar.h"
#include "exchange/Csv.h"
#include "stats/StatisticsCharts.h"
#include "stats/StatisticsDocument.h"
#include "stats/StatisticsTableModel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace paht;
using namespace Qt::StringLiterals;
using paht::test::StatsFixture;
using paht::test::vn;

namespace {

QHash<QString, QString> names()
{
    return {{u"SXD"_s, u"Sở Xây dựng"_s},
            {u"NUOC"_s, u"Công ty Cổ phần Nước sạch Quảng Ninh"_s},
            {u"UBND-06673"_s, u"UBND phường Bãi Cháy"_s},
            {u"DIEN"_s, u"Công ty Điện lực Quảng Ninh"_s}};
}

const StatisticsTable* find(const QList<StatisticsTable>& tables, const QString& key)
{
    for (const StatisticsTable& table : tables) {
        if (table.key == key)
            return &table;
    }
    return nullptr;
}

// The row whose first cell is `label` (or, with `column`, whose cell there is).
QStringList row(const StatisticsTable& table, const QString& label, int column = 0)
{
    for (const QStringList& cells : table.rows) {
        if (cells.value(column) == label)
            return cells;
    }
    return {};
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The Vietnamese of the official layout, as the console's catalogue gives it.
class VietnameseLayout final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        static const QHash<QString, QString> words{
            {u"SOCIALIST REPUBLIC OF VIETNAM"_s, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s},
            {u"Independence - Freedom - Happiness"_s, u"Độc lập - Tự do - Hạnh phúc"_s},
            {u"PEOPLE'S COMMITTEE OF QUANG NINH PROVINCE"_s, u"UBND TỈNH QUẢNG NINH"_s},
            {u"SMART CITY OPERATIONS CENTER"_s, u"TRUNG TÂM ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH"_s},
            {u"No.: …/BC-TTĐHĐTTM"_s, u"Số: …/BC-TTĐHĐTTM"_s},
            {u"Quang Ninh, day %1 month %2 year %3"_s, u"Quảng Ninh, ngày %1 tháng %2 năm %3"_s},
            {u"REPORT"_s, u"BÁO CÁO"_s},
            {u"Results of receiving and handling field reports %1"_s,
             u"Kết quả tiếp nhận, xử lý phản ánh hiện trường %1"_s},
            {u"for month %1 of %2"_s, u"tháng %1 năm %2"_s},
            {u"(From %1 to %2)"_s, u"(Từ ngày %1 đến ngày %2)"_s},
            {u"Recipients:"_s, u"Nơi nhận:"_s},
            {u"DIRECTOR"_s, u"GIÁM ĐỐC"_s}};
        Q_UNUSED(context)
        return words.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestStatsTables : public QObject
{
    Q_OBJECT

    const WorkingCalendar m_calendar;
    StatsFixture m_fixture;
    StatisticsResult m_september;

    StatisticsResult compute(const ReportPeriod& period, const QString& agency = {}) const
    {
        return StatisticsResult::compute(PeriodStatistics(m_calendar), period, m_fixture.reports,
                                         m_fixture.events, StatsFixture::agencies(), agency,
                                         vn("2026-10-05 09:00"));
    }
    StatisticsDocument document() const
    {
        StatisticsDocument document(ReportHeading::of(m_september.report.period),
                                    StatisticsTables(names()).build(m_september), QDate(2026, 10, 5));
        document.setSource(u"Figures computed by the store at 09:00 05/10/2026"_s);
        return document;
    }

private slots:
    void initTestCase()
    {
        m_fixture = StatsFixture::build();
        m_september = compute(ReportPeriod::month(2026, 9));
    }

    void provinceTables()
    {
        const QList<StatisticsTable> tables = StatisticsTables(names()).build(m_september);
        QStringList keys;
        for (const StatisticsTable& table : tables) {
            keys << table.key;
            QCOMPARE(table.rows.size(), table.reportIds.size());
            for (const QStringList& cells : table.rows)
                QCOMPARE(cells.size(), table.headers.size());
        }
        QCOMPARE(keys, (QStringList{u"summary"_s, u"agencies"_s, u"overdue"_s, u"backlog"_s, u"returns"_s,
                                    u"rejections"_s, u"workingTime"_s, u"ratings"_s, u"escalations"_s,
                                    u"longOverdue"_s, u"repeatedReturns"_s, u"ranking"_s}));
        QCOMPARE(tables.at(0).title, u"1. Receipt and handling in the province"_s);
        QCOMPARE(tables.at(11).title, u"12. Ranking of agencies for the administrative-reform evaluation"_s);

        const StatisticsTable& summary = *find(tables, u"summary"_s);
        QCOMPARE(row(summary, u"Received"_s).value(1), u"13"_s);
        QCOMPARE(row(summary, u"Handled on time"_s).value(1), u"3"_s);
        QCOMPARE(row(summary, u"On-time share"_s).value(1), u"50.0%"_s);
        QCOMPARE(row(summary, u"Backlog at the end of the period"_s).value(1), u"5"_s);
        QCOMPARE(row(summary, u"Escalations standing at the end"_s).value(1), u"1"_s);

        // By agency, with the directory's names, in code order: DIEN, NUOC, SXD, the ward.
        const StatisticsTable& agencies = *find(tables, u"agencies"_s);
        QCOMPARE(agencies.rows.at(0).at(0), u"Công ty Điện lực Quảng Ninh"_s);
        QCOMPARE(agencies.rows.at(0).at(4), u"—"_s); // nothing handled: no share
        QCOMPARE(row(agencies, u"Sở Xây dựng"_s),
                 (QStringList{u"Sở Xây dựng"_s, u"6"_s, u"3"_s, u"2"_s, u"66.7%"_s, u"1"_s, u"2"_s, u"4"_s,
                              u"0.0%"_s}));

        QCOMPARE(row(*find(tables, u"overdue"_s), u"Handling"_s),
                 (QStringList{u"Handling"_s, u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(row(*find(tables, u"backlog"_s), u"More than 10 working days"_s).value(1), u"1"_s);
        QCOMPARE(row(*find(tables, u"returns"_s), u"Sở Xây dựng"_s).value(1), u"2"_s);
        QCOMPARE(row(*find(tables, u"returns"_s), u"Total"_s).value(1), u"3"_s);
        QCOMPARE(row(*find(tables, u"rejections"_s), u"Total"_s).value(1), u"3"_s);
        // Processing: 8 stages, median 77 400 s = 21.5 working hours, 90th percentile 135 000 s = 37.5.
        QCOMPARE(row(*find(tables, u"workingTime"_s), u"Handling"_s),
                 (QStringList{u"Handling"_s, u"8"_s, u"21.5 h"_s, u"37.5 h"_s}));
        QCOMPARE(row(*find(tables, u"workingTime"_s), u"Answer to the reporter"_s),
                 (QStringList{u"Answer to the reporter"_s, u"0"_s, u"—"_s, u"—"_s}));
        const StatisticsTable& ratings = *find(tables, u"ratings"_s);
        QCOMPARE(ratings.rows.size(), 6);
        QCOMPARE(ratings.rows.last().mid(1), (QStringList{u"3"_s, u"50.0%"_s}));

        const StatisticsTable& escalations = *find(tables, u"escalations"_s);
        QCOMPARE(escalations.rows, QList<QStringList>{{StatsFixture::reportId(5)}});
        QCOMPARE(escalations.reportIds, QStringList{StatsFixture::reportId(5)});

        const StatisticsTable& longOverdue = *find(tables, u"longOverdue"_s);
        QCOMPARE(longOverdue.rows.size(), 2);
        QCOMPARE(longOverdue.rows.at(0), (QStringList{StatsFixture::reportId(4), u"Operations Center"_s,
                                                      u"Publication"_s, u"14/09/2026 11:00"_s, u"12"_s}));
        QCOMPARE(longOverdue.reportIds.at(1), StatsFixture::reportId(5));
        QVERIFY(longOverdue.note.contains(u"5 working day"_s));

        const StatisticsTable& ranking = *find(tables, u"ranking"_s);
        QCOMPARE(ranking.rows.at(0), (QStringList{u"1"_s, u"UBND phường Bãi Cháy"_s, u"93.33"_s, u"100.0%"_s,
                                                  u"100.0%"_s, u"33.3%"_s}));
        QCOMPARE(ranking.rows.at(3).at(2), u"no work"_s);
        QVERIFY(ranking.note.contains(u"50 × T + 30 × S + 20 × (1 − B)"_s));
    }

    void oneAgencysTables()
    {
        const StatisticsResult sxd = compute(ReportPeriod::month(2026, 9), u"SXD"_s);
        const QList<StatisticsTable> tables = StatisticsTables(names()).build(sxd);
        QStringList keys;
        for (const StatisticsTable& table : tables)
            keys << table.key;
        QCOMPARE(keys, (QStringList{u"summary"_s, u"overdue"_s, u"backlog"_s, u"workingTime"_s, u"ratings"_s,
                                    u"longOverdue"_s, u"repeatedReturns"_s, u"ranking"_s}));
        const StatisticsTable& summary = tables.at(0);
        QCOMPARE(summary.title, u"1. Receipt and handling by Sở Xây dựng"_s);
        QCOMPARE(row(summary, u"Dispatched to the agency"_s).value(1), u"6"_s);
        QCOMPARE(row(summary, u"Handled"_s).value(1), u"3"_s);
        // Its own stages only, and no sticking point of its own that is long overdue: "None".
        QCOMPARE(find(tables, u"overdue"_s)->rows.size(), 5);
        QCOMPARE(find(tables, u"longOverdue"_s)->rows, (QList<QStringList>{{u"None"_s, {}, {}, {}, {}}}));
        QCOMPARE(find(tables, u"longOverdue"_s)->reportIds, QStringList{QString()});
        QCOMPARE(find(tables, u"ranking"_s)->rows.size(), 1);
        QCOMPARE(find(tables, u"ranking"_s)->rows.at(0).at(0), u"2"_s);
        // An agency the directory does not name is shown by its code.
        QCOMPARE(StatisticsTables({}).build(sxd).at(0).title, u"1. Receipt and handling by SXD"_s);
    }

    void tableModels()
    {
        for (const StatisticsTable& table : StatisticsTables(names()).build(m_september)) {
            StatisticsTableModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setTable(table);
            QCOMPARE(model.rowCount(), int(table.rows.size()));
            QCOMPARE(model.columnCount(), int(table.headers.size()));
            QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), table.headers.at(0));
            QCOMPARE(model.index(0, 0).data().toString(), table.rows.at(0).at(0));
            QCOMPARE(model.index(0, 0).data(StatisticsTableModel::ReportIdRole).toString(),
                     table.reportIds.at(0));
            QCOMPARE(Qt::Alignment(model.index(0, 0).data(Qt::TextAlignmentRole).toInt()) &
                         Qt::AlignHorizontal_Mask,
                     Qt::Alignment(Qt::AlignLeft));
            const int last = model.columnCount() - 1;
            QCOMPARE(Qt::Alignment(model.index(0, last).data(Qt::TextAlignmentRole).toInt()) &
                         Qt::AlignHorizontal_Mask,
                     Qt::Alignment(last < table.labelColumns ? Qt::AlignLeft : Qt::AlignRight));
        }
    }

    void charts()
    {
        const StatisticsResult q3 = compute(ReportPeriod::quarter(2026, 3));
        const QList<ChartData> charts = StatisticsCharts(names()).build(q3);
        QCOMPARE(charts.size(), 4);
        QCOMPARE(charts.at(0).key, u"months"_s);
        QCOMPARE(charts.at(0).categories, (QStringList{u"07/2026"_s, u"08/2026"_s, u"09/2026"_s}));
        QCOMPARE(charts.at(0).series.at(0).values, (QList<double>{0, 2, 13}));
        QCOMPARE(charts.at(0).series.at(1).values, (QList<double>{0, 1, 6}));
        const ChartData& overdue = charts.at(1);
        QVERIFY(overdue.stacked);
        QCOMPARE(overdue.categories.indexOf(u"Sở Xây dựng"_s), 2);
        // SXD in September: acceptance, return and processing ended late; processing open past its deadline.
        const ChartData septemberOverdue = StatisticsCharts(names()).build(m_september).at(1);
        QCOMPARE(septemberOverdue.series.at(0).values.at(2), 3.0);
        QCOMPARE(septemberOverdue.series.at(1).values.at(2), 1.0);
        const ChartData& times = StatisticsCharts(names()).build(m_september).at(2);
        QCOMPARE(times.series.at(0).values.at(3), 21.5);
        QCOMPARE(times.series.at(1).values.at(3), 37.5);
        const ChartData& ratings = charts.at(3);
        QCOMPARE(ratings.categories.size(), 5);
        double total = 0;
        for (double value : ratings.series.at(0).values)
            total += value;
        QCOMPARE(total, 6.0);
    }

    void csvReadsBack()
    {
        const QByteArray bytes = document().csv();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const CsvDocument csv = readCsv(bytes);
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QList<QStringList> rows;
        for (const CsvRecord& record : csv.records)
            rows << record.fields;
        QCOMPARE(rows.at(0),
                 QStringList{u"REPORT Results of receiving and handling field reports for month 9 "
                             "of 2026"_s});
        QCOMPARE(rows.at(1), QStringList{u"(From 01/09/2026 to 30/09/2026)"_s});
        // Every table under its title row, then its header row.
        const qsizetype summary = rows.indexOf(QStringList{u"1. Receipt and handling in the province"_s});
        QVERIFY(summary > 0);
        QCOMPARE(rows.at(summary + 1), (QStringList{u"Figure"_s, u"Value"_s}));
        QCOMPARE(rows.at(summary + 2), (QStringList{u"Received"_s, u"13"_s}));
        QVERIFY(rows.contains(
            QStringList{u"12. Ranking of agencies for the administrative-reform evaluation"_s}));
        QVERIFY(rows.contains((QStringList{u"1"_s, u"UBND phường Bãi Cháy"_s, u"93.33"_s, u"100.0%"_s,
                                           u"100.0%"_s, u"33.3%"_s})));
        QVERIFY(rows.contains((QStringList{u"Sở Xây dựng"_s, u"6"_s, u"3"_s, u"2"_s, u"66.7%"_s, u"1"_s,
                                           u"2"_s, u"4"_s, u"0.0%"_s})));
        bool formula = false;
        for (const QStringList& row : rows)
            formula = formula || row.value(0).contains(u"50 × T + 30 × S + 20 × (1 − B)"_s);
        QVERIFY(formula);
    }

    void placeAndDate()
    {
        QCOMPARE(document().placeAndDate(), u"Quang Ninh, day 05 month 10 year 2026"_s);
        StatisticsDocument february(ReportHeading::of(ReportPeriod::year(2026)), {}, QDate(2027, 2, 12));
        QCOMPARE(february.placeAndDate(), u"Quang Ninh, day 12 month 02 year 2027"_s);
    }

    void pdfReadsBack_data()
    {
        QTest::addColumn<bool>("vietnamese");
        QTest::newRow("English") << false;
        QTest::newRow("Vietnamese") << true;
    }

    void pdfReadsBack()
    {
        QFETCH(bool, vietnamese);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QFAIL("pdftotext and pdfinfo (Debian package poppler-utils) are needed to read the PDF");
        VietnameseLayout translator;
        if (vietnamese)
            QCoreApplication::installTranslator(&translator);
        StatisticsDocument report = document();
        QImage chart(600, 300, QImage::Format_ARGB32);
        chart.fill(Qt::white);
        QPainter(&chart).fillRect(100, 100, 50, 150, Qt::darkBlue);
        report.addChart(u"Received and handled per month"_s, chart);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"report.pdf"_s);
        const bool written = report.writePdf(file);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(written);

        const QString info = run(pdfinfo, {file});
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        const QString text = run(pdftotext, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
        const QStringList parts =
            vietnamese ? QStringList{u"UBND TỈNH QUẢNG NINH"_s,
                                     u"TRUNG TÂM ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH"_s,
                                     u"Số: …/BC-TTĐHĐTTM"_s,
                                     u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
                                     u"Độc lập - Tự do - Hạnh phúc"_s,
                                     u"Quảng Ninh, ngày 05 tháng 10 năm 2026"_s,
                                     u"BÁO CÁO"_s,
                                     u"Kết quả tiếp nhận, xử lý phản ánh hiện trường tháng 9 năm 2026"_s,
                                     u"(Từ ngày 01/09/2026 đến ngày 30/09/2026)"_s,
                                     u"Nơi nhận:"_s,
                                     u"GIÁM ĐỐC"_s}
                       : QStringList{u"PEOPLE'S COMMITTEE OF QUANG NINH PROVINCE"_s,
                                     u"SOCIALIST REPUBLIC OF VIETNAM"_s,
                                     u"Independence - Freedom - Happiness"_s,
                                     u"REPORT"_s,
                                     u"Results of receiving and handling field reports for month 9 of 2026"_s,
                                     u"(From 01/09/2026 to 30/09/2026)"_s,
                                     u"Recipients:"_s,
                                     u"DIRECTOR"_s};
        // pdftotext may break a long line where the page does, and gives the face's ligatures as such:
        // compare with the breaks as spaces and the ligatures as letters.
        const QString flat = QString(text)
                                 .replace(QRegularExpression(u"\\s+"_s), u" "_s)
                                 .replace(u"ﬁ"_s, u"fi"_s)
                                 .replace(u"ﬂ"_s, u"fl"_s);
        for (const QString& part : parts)
            QVERIFY2(flat.contains(part), qPrintable(part + u"\n---\n"_s + text));
        // Known figures, the agencies' names and the formula.
        for (const QString& part :
             {u"Received and handled per month"_s, u"UBND phường Bãi Cháy"_s, u"93.33"_s, u"48.33"_s,
              u"66.7%"_s, u"21.5 h"_s, u"50 × T + 30 × S + 20 × (1 − B)"_s, StatsFixture::reportId(4)})
            QVERIFY2(flat.contains(part), qPrintable(part + u"\n---\n"_s + text));
        QVERIFY(text.indexOf(u"Receipt and handling in the province"_s) <
                text.indexOf(u"Ranking of agencies"_s));
    }

    void anUnwritablePdfLeavesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"missing/folder/report.pdf"_s);
        QVERIFY(!document().writePdf(file));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestStatsTables)
#include "tst_stats_tables.moc"
