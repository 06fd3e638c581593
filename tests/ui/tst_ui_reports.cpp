// The report screen, offscreen, against a real store on loopback: the supervisor is told that
// the monthly report is due, opens the screen from the Reports menu, chooses September 2026 and sees the
// store's figures of StatisticsStory.h in the tables and in the charts' series, a quarter by month and one
// agency, double-clicks a sticking point to open it, exports CSV and PDF and reads them back, opens the
// due report for its period, and gets the same figures from the local cache once the store is gone.
#include "ConsoleSession.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "ReportCharts.h"
#include "ReportDetailView.h"
#include "ReportsController.h"
#include "ReportsScreen.h"
#include "ReportsWindow.h"
#include "StatisticsStory.h"
#include "StoreFixture.h"
#include "UiConsole.h"

#include "cache/LocalCache.h"
#include "exchange/Csv.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace paht;
using namespace paht::ui;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;
using paht::ui::testing::Console;

namespace {

// The row of a table view whose first cell is `label`, as the screen shows it.
QStringList rowOf(QTableView* view, const QString& label)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() != label)
            continue;
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        return cells;
    }
    return {};
}

// The values of one bar set of a chart on the screen.
QList<double> barValues(QChartView* view, int set)
{
    QList<double> values;
    const auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0));
    if (!series || set >= series->count())
        return values;
    const QBarSet* bars = series->barSets().at(set);
    for (int i = 0; i < bars->count(); ++i)
        values << bars->at(i);
    return values;
}

// Press, release, double-click, release on the cell, straight to the view (QTest::mouseDClick goes through
// the window system, whose double-click timing the offscreen platform does not keep).
void doubleClick(QTableView* view, const QModelIndex& index)
{
    const QPointF at = view->visualRect(index).center();
    const QPointF global = view->viewport()->mapToGlobal(at);
    for (const auto& [type, buttons] :
         {std::pair{QEvent::MouseButtonPress, Qt::MouseButtons(Qt::LeftButton)},
          std::pair{QEvent::MouseButtonRelease, Qt::MouseButtons()},
          std::pair{QEvent::MouseButtonDblClick, Qt::MouseButtons(Qt::LeftButton)},
          std::pair{QEvent::MouseButtonRelease, Qt::MouseButtons()}}) {
        QMouseEvent event(type, at, global, Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &event);
    }
}

int dueNotices(const QSignalSpy& spy)
{
    int count = 0;
    for (const QList<QVariant>& call : spy) {
        if (call.at(0).toString() == ReportsScreen::tr("A periodic report is due soon"))
            ++count;
    }
    return count;
}

QString pdfText(const QString& file)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    // Line breaks as spaces, and the face's ligatures as letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QRegularExpression(u"\\s+"_s), u" "_s)
        .replace(u"ﬁ"_s, u"fi"_s)
        .replace(u"ﬂ"_s, u"fl"_s);
}

} // namespace

class UiReportsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<StatisticsStory> m_story;

    QSettings settings() const { return QSettings(m_dir.filePath(u"c.ini"_s), QSettings::IniFormat); }
    QString url() const { return m_store->url(QString()).toString(); }

    static bool synced(Console& console)
    {
        return QTest::qWaitFor(
            [&] {
                return console.session.cache().reports().size() == 7 &&
                       console.session.cache().directory().agencies.size() == 3;
            },
            15000);
    }

    static ReportsWindow* openReports(MainWindow& window)
    {
        auto* menu = window.findChild<QMenu*>(u"reportsMenu"_s);
        if (!menu)
            return nullptr;
        menu->findChild<QAction*>(u"openReports"_s)->trigger();
        return window.findChild<ReportsWindow*>();
    }

    // Chooses a period and scope with the screen's own widgets and waits for the figures.
    static bool choose(ReportsWindow* reports, const QString& kind, int year, int part, const QString& scope)
    {
        auto* kinds = reports->findChild<QComboBox*>(u"periodKind"_s);
        kinds->setCurrentIndex(kinds->findText(kind));
        reports->findChild<QSpinBox*>(u"periodYear"_s)->setValue(year);
        if (kind == u"Month")
            reports->findChild<QComboBox*>(u"periodMonth"_s)->setCurrentIndex(part - 1);
        if (kind == u"Quarter")
            reports->findChild<QComboBox*>(u"periodQuarter"_s)->setCurrentIndex(part - 1);
        auto* scopes = reports->findChild<QComboBox*>(u"scope"_s);
        scopes->setCurrentIndex(scopes->findText(scope));
        auto* show = reports->findChild<QPushButton*>(u"showReport"_s);
        QTest::mouseClick(show, Qt::LeftButton);
        return QTest::qWaitFor([&] { return show->isEnabled(); }, 15000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
        m_store = std::make_unique<StoreFixture>(StatisticsStory::at("2026-08-24 08:00"));
        QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
        m_story = std::make_unique<StatisticsStory>(*m_store);
        QVERIFY2(m_story->play(), qPrintable(m_story->error()));
        // Thursday 15 October: the monthly report due on Tuesday 20 is three working days away.
        m_store->clock().set(StatisticsStory::at("2026-10-15 10:00"));
    }

    void theMenuIsForTheCentersReportReaders()
    {
        for (const auto& [user, hasMenu] : {std::pair{u"editor"_s, true}, std::pair{u"intake"_s, false}}) {
            Console console(m_store->clock());
            QVERIFY(console.login(url(), user));
            QSettings s = settings();
            MainWindow window(console.session, s);
            QCOMPARE(window.findChild<QMenu*>(u"reportsMenu"_s) != nullptr, hasMenu);
            // Only the supervisor, who owes the reports, is reminded of them.
            if (hasMenu)
                QCOMPARE(window.findChild<ReportsScreen*>()->controller().nextDue()->dueDate,
                         QDate(2026, 10, 20));
        }
    }

    void theSupervisorReadsSeptemberFromTheStore()
    {
        Console center(m_store->clock());
        QVERIFY(center.login(url(), u"supervisor"_s));
        QVERIFY(synced(center));
        QSettings s = settings();
        MainWindow window(center.session, s);
        QSignalSpy notified(window.notifier(), &DesktopNotifier::notified);
        window.show();
        // told that the monthly report is due, once.
        QTRY_COMPARE(dueNotices(notified), 1);
        QVERIFY2(
            notified.at(0).at(1).toString().contains(u"Report for month 10 of 2026: due before 20/10/2026"_s),
            qPrintable(notified.at(0).at(1).toString()));

        ReportsWindow* reports = openReports(window);
        QVERIFY(reports);
        QTRY_VERIFY(reports->isVisible());
        QVERIFY(choose(reports, u"Month"_s, 2026, 9, u"The whole province"_s));
        QVERIFY2(reports->findChild<QLabel*>(u"reportSource"_s)
                     ->text()
                     .contains(u"Figures computed by the store"_s),
                 qPrintable(reports->findChild<QLabel*>(u"reportSource"_s)->text()));
        QVERIFY(reports->findChild<QLabel*>(u"reportTitle"_s)
                    ->text()
                    .contains(u"Results of receiving and handling field reports for month 9 of 2026"_s));

        // The figures worked out by hand in tst_stats_store.cpp, in the tables.
        QTableView* summary = reports->table(u"summary"_s);
        QVERIFY(summary);
        QCOMPARE(rowOf(summary, u"Received"_s).value(1), u"6"_s);
        QCOMPARE(rowOf(summary, u"Handled"_s).value(1), u"2"_s);
        QCOMPARE(rowOf(summary, u"Not taken (out of scope)"_s).value(1), u"1"_s);
        QCOMPARE(rowOf(summary, u"Backlog at the end of the period"_s).value(1), u"3"_s);
        QCOMPARE(rowOf(reports->table(u"agencies"_s), u"Sở Xây dựng"_s).mid(0, 4),
                 (QStringList{u"Sở Xây dựng"_s, u"3"_s, u"1"_s, u"1"_s}));
        QCOMPARE(rowOf(reports->table(u"ranking"_s), u"1"_s).mid(1, 2),
                 (QStringList{u"Sở Xây dựng"_s, u"90.00"_s}));
        QCOMPARE(rowOf(reports->table(u"ranking"_s), u"2"_s).mid(1, 2),
                 (QStringList{u"UBND phường Bãi Cháy"_s, u"85.71"_s}));
        QCOMPARE(reports->table(u"longOverdue"_s)->model()->rowCount(), 3);

        // And in the charts' series.
        QCOMPARE(barValues(reports->chart(u"months"_s), 0), QList<double>{6});
        QCOMPARE(barValues(reports->chart(u"months"_s), 1), QList<double>{2});
        const QList<double> ratings = barValues(reports->chart(u"ratings"_s), 0);
        QCOMPARE(ratings.size(), 5);
        QCOMPARE(std::accumulate(ratings.cbegin(), ratings.cend(), 0.0), 1.0);
        // Open past the deadline at the end, by agency (NUOC, SXD, the ward): R5 at SXD, R4 at the ward.
        QCOMPARE(barValues(reports->chart(u"overdueByAgency"_s), 1), (QList<double>{0, 1, 1}));

        // A sticking point opens in the main window.
        QTableView* stuck = reports->table(u"longOverdue"_s);
        const QModelIndex first = stuck->model()->index(0, 0);
        const QString stuckId = first.data().toString();
        QVERIFY(m_story->ids().contains(stuckId));
        QSignalSpy wanted(reports, &ReportsWindow::reportWanted);
        QTRY_VERIFY(stuck->isVisible()); // the rebuilt views show once the event loop runs
        doubleClick(stuck, first);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.at(0).at(0).toString(), stuckId);
        QTRY_COMPARE(window.detail()->reportId(), stuckId);

        // The same charts drawn for paper: bars in the colours of the series, not a blank page.
        for (const ChartData& data : window.findChild<ReportsScreen*>()->controller().charts()) {
            const QImage image = ReportCharts::image(data);
            QCOMPARE(image.size(), QSize(1200, 680));
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4) {
                    const QColor pixel = image.pixelColor(x, y);
                    coloured += pixel.saturation() > 80 ? 1 : 0;
                }
            }
            QVERIFY2(coloured > 200, qPrintable(data.key));
        }

        // Exports of what the screen shows.
        QTemporaryDir out;
        const QString csvFile = out.filePath(u"bao-cao.csv"_s);
        QVERIFY(reports->exportCsv(csvFile));
        QFile csvIn(csvFile);
        QVERIFY(csvIn.open(QIODevice::ReadOnly));
        const CsvDocument csv = readCsv(csvIn.readAll());
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QList<QStringList> rows;
        for (const CsvRecord& record : csv.records)
            rows << record.fields;
        QVERIFY(rows.contains(QStringList{u"1. Receipt and handling in the province"_s}));
        QVERIFY(rows.contains((QStringList{u"Received"_s, u"6"_s})));
        QVERIFY(rows.contains((QStringList{u"Handled"_s, u"2"_s})));
        QVERIFY(rows.contains(QStringList{m_story->id(4)})); // the escalation standing at the end

        const QString pdfFile = out.filePath(u"bao-cao.pdf"_s);
        QVERIFY(reports->savePdf(pdfFile));
        const QString text = pdfText(pdfFile);
        for (const QString& part :
             {u"SOCIALIST REPUBLIC OF VIETNAM"_s, u"Independence - Freedom - Happiness"_s, u"REPORT"_s,
              u"Results of receiving and handling field reports for month 9 of 2026"_s,
              u"(From 01/09/2026 to 30/09/2026)"_s, u"Quang Ninh, day 15 month 10 year 2026"_s,
              u"Sở Xây dựng"_s, u"90.00"_s, u"85.71"_s, u"Received and handled per month"_s,
              u"50 × T + 30 × S + 20 × (1 − B)"_s, u"Recipients:"_s})
            QVERIFY2(text.contains(part), qPrintable(part + u"\n---\n"_s + text));

        // A quarter, month by month; then one agency.
        QVERIFY(choose(reports, u"Quarter"_s, 2026, 3, u"The whole province"_s));
        QCOMPARE(barValues(reports->chart(u"months"_s), 0), (QList<double>{0, 1, 6}));
        QCOMPARE(barValues(reports->chart(u"months"_s), 1), (QList<double>{0, 1, 2}));
        QCOMPARE(rowOf(reports->table(u"summary"_s), u"Received"_s).value(1), u"7"_s);
        QVERIFY(choose(reports, u"Month"_s, 2026, 9, u"Sở Xây dựng"_s));
        QCOMPARE(rowOf(reports->table(u"summary"_s), u"Dispatched to the agency"_s).value(1), u"3"_s);
        QVERIFY(!reports->table(u"agencies"_s));
    }

    void theDueReportOpensForItsPeriod()
    {
        Console center(m_store->clock());
        QVERIFY(center.login(url(), u"supervisor"_s));
        QVERIFY(synced(center));
        QSettings s = settings();
        MainWindow window(center.session, s);
        QSignalSpy notified(window.notifier(), &DesktopNotifier::notified);
        window.show();
        ReportsWindow* reports = openReports(window);
        QVERIFY(reports);
        auto* due = reports->findChild<QLabel*>(u"nextDue"_s);
        QVERIFY2(due->text().contains(
                     u"Report for month 10 of 2026, before 20/10/2026 (figures from 15/09/2026 to "
                     "14/10/2026)"_s),
                 qPrintable(due->text()));
        QTest::mouseClick(reports->findChild<QPushButton*>(u"openDue"_s), Qt::LeftButton);
        QTRY_VERIFY(reports->findChild<QPushButton*>(u"showReport"_s)->isEnabled() &&
                    reports->table(u"summary"_s));
        ReportsController& controller = window.findChild<ReportsScreen*>()->controller();
        QCOMPARE(controller.period(), ReportPeriod::days(QDate(2026, 9, 15), QDate(2026, 10, 14)));
        QCOMPARE(reports->findChild<QComboBox*>(u"periodKind"_s)->currentText(), u"Any period"_s);
        QCOMPARE(reports->findChild<QDateEdit*>(u"periodFrom"_s)->date(), QDate(2026, 9, 15));
        QCOMPARE(reports->findChild<QDateEdit*>(u"periodTo"_s)->date(), QDate(2026, 10, 14));
        const QString title = reports->findChild<QLabel*>(u"reportTitle"_s)->text();
        QVERIFY2(title.contains(u"field reports for month 10 of 2026"_s) &&
                     title.contains(u"(From 15/09/2026 to 14/10/2026)"_s),
                 qPrintable(title));
        // Only R6 came in between 15 September and 14 October.
        QCOMPARE(rowOf(reports->table(u"summary"_s), u"Received"_s).value(1), u"1"_s);
        // The previous session told the reminder already: a restarted console does not tell it again.
        QTest::qWait(50);
        QCOMPARE(dueNotices(notified), 0);
    }

    void withoutTheStoreFromTheLocalCache()
    {
        Console center(m_store->clock());
        QVERIFY(center.login(url(), u"supervisor"_s));
        QVERIFY(synced(center));
        QSettings s = settings();
        MainWindow window(center.session, s);
        window.show();
        ReportsWindow* reports = openReports(window);
        QVERIFY(reports);
        // The store moves to another port: the console can no longer reach it.
        QVERIFY(m_store->restart());
        QVERIFY(choose(reports, u"Month"_s, 2026, 9, u"The whole province"_s));
        const QString source = reports->findChild<QLabel*>(u"reportSource"_s)->text();
        QVERIFY2(source.contains(u"Offline: figures computed from the local cache at 10:00 15/10/2026"_s) &&
                     source.contains(u"last synchronised at"_s),
                 qPrintable(source));
        QCOMPARE(window.findChild<ReportsScreen*>()->controller().source(),
                 StatisticsLoader::Source::LocalCache);
        QCOMPARE(rowOf(reports->table(u"summary"_s), u"Received"_s).value(1), u"6"_s);
        QCOMPARE(rowOf(reports->table(u"ranking"_s), u"1"_s).mid(1, 2),
                 (QStringList{u"Sở Xây dựng"_s, u"90.00"_s}));
        QCOMPARE(barValues(reports->chart(u"months"_s), 1), QList<double>{2});
    }
};

QTEST_MAIN(UiReportsTest)
#include "tst_ui_reports.moc"
