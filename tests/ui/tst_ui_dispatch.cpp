// The dispatch dialog (R-7 … R-11), offscreen, against a real store on loopback: one report to two
// agencies with their deadlines, several reports at once, re-dispatch after an agency returned a report,
// and two operators dispatching the same report (a conflict, nothing lost).
#include "ConflictDialog.h"
#include "ConsoleSession.h"
#include "DispatchDialog.h"
#include "DispatchScreen.h"
#include "MainWindow.h"
#include "QueuePanel.h"
#include "ReportDetailView.h"
#include "StoreFixture.h"
#include "UiConsole.h"

#include "cache/LocalCache.h"
#include "sync/SyncClient.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace paht;
using namespace paht::ui;
using paht::store::testing::StoreFixture;
using paht::ui::testing::Console;

namespace {

// The store's copy, as the supervisor sees it.
Report storedReport(StoreFixture& store, const QString& id)
{
    Report report;
    const QString token = store.login(QStringLiteral("supervisor"));
    const DecodeResult error = Report::fromJson(store.get(QStringLiteral("/api/v1/reports/") + id, token)
                                                    .json()
                                                    .value(QStringLiteral("report"))
                                                    .toObject(),
                                                &report);
    if (error)
        qWarning("cannot decode %s: %s", qPrintable(id), qPrintable(error->toString()));
    return report;
}

QString classifiedReport(StoreFixture& store, const QString& token, const QString& title)
{
    const QString id = store.submitReport(token, title);
    store.command(token, QStringLiteral("classify"), id, 1,
                  {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
    return id;
}

qint64 cachedVersion(ConsoleSession& session, const QString& id)
{
    const std::optional<Report> report = session.cache().report(id);
    return report ? report->version : 0;
}

QDateTime vn(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone(7 * 3600)).toUTC();
}

QStringList listedCodes(const DispatchDialog& dialog)
{
    QStringList codes;
    const auto* list = dialog.findChild<QListWidget*>(QStringLiteral("agencies"));
    for (int row = 0; row < list->count(); ++row)
        codes.append(list->item(row)->data(Qt::UserRole).toString());
    return codes;
}

QListWidgetItem* listed(const DispatchDialog& dialog, const QString& code)
{
    const auto* list = dialog.findChild<QListWidget*>(QStringLiteral("agencies"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code)
            return list->item(row);
    }
    return nullptr;
}

// Types into the filter and ticks the first match with Enter, as the operator does.
void tick(DispatchDialog& dialog, const QString& filterText)
{
    auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("agencyFilter"));
    QTest::keyClicks(filter, filterText);
    QTest::keyClick(filter, Qt::Key_Return);
}

QPushButton* dispatchButton(const DispatchDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("dispatch"));
}

QString problems(const DispatchDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("problems"))->text();
}

DispatchDialog* openDialog(MainWindow& window)
{
    DispatchDialog* dialog = nullptr;
    const bool open = QTest::qWaitFor([&] {
        dialog = window.findChild<DispatchDialog*>();
        return dialog && dialog->isVisible();
    });
    return open ? dialog : nullptr;
}

} // namespace

class UiDispatchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    QSettings settings() const
    {
        return QSettings(m_settingsDir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    void dispatchesOneReportToTwoAgenciesWithTheirDeadlines()
    {
        // The fixture's clock: Monday 9 March 2026, 09:00 in Quảng Ninh.
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = classifiedReport(store, intake, QStringLiteral("Đèn đường hỏng ở Bãi Cháy"));

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 1);
        window.selectReport(id);
        QPushButton* action = nullptr;
        QTRY_VERIFY((action = window.detail()->findChild<QPushButton*>(QStringLiteral("action_dispatch"))));
        QTest::mouseClick(action, Qt::LeftButton);
        DispatchDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        const QPointer<DispatchDialog> guard(dialog);

        // The report at the top: number, title, category, ward.
        auto* reports = dialog->findChild<QTableWidget*>(QStringLiteral("reports"));
        QCOMPARE(reports->rowCount(), 1);
        QCOMPARE(reports->item(0, 0)->text(), id);
        QCOMPARE(reports->item(0, 1)->text(), QStringLiteral("Đèn đường hỏng ở Bãi Cháy"));
        QCOMPARE(reports->item(0, 2)->text(), QStringLiteral("Chiếu sáng công cộng"));
        QCOMPARE(reports->item(0, 3)->text(), QStringLiteral("phường Bãi Cháy"));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("returns"))->isVisible());

        // The category's routing and the ward first, marked.
        QCOMPARE(listedCodes(*dialog),
                 (QStringList{QStringLiteral("SXD"), QStringLiteral("UBND-06673"), QStringLiteral("NUOC")}));
        QVERIFY(listed(*dialog, QStringLiteral("SXD"))->text().contains(QStringLiteral("suggested")));
        QVERIFY(!listed(*dialog, QStringLiteral("NUOC"))->text().contains(QStringLiteral("suggested")));
        QVERIFY(!dispatchButton(*dialog)->isEnabled());
        QVERIFY(problems(*dialog).contains(QStringLiteral("at least one")));

        // Type to filter, without diacritics; Escape clears the filter, not the dialog.
        auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("agencyFilter"));
        QTest::keyClicks(filter, QStringLiteral("nuoc sach"));
        QCOMPARE(listedCodes(*dialog), QStringList{QStringLiteral("NUOC")});
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QCOMPARE(listedCodes(*dialog).size(), 3);

        // Enter ticks the first match and clears the filter for the next name.
        tick(*dialog, QStringLiteral("bai chay"));
        QCOMPARE(dialog->chosenAgencies(), QStringList{QStringLiteral("UBND-06673")});
        QVERIFY(filter->text().isEmpty());
        QVERIFY(dispatchButton(*dialog)->isEnabled());
        tick(*dialog, QStringLiteral("xay dung"));
        QCOMPARE(dialog->chosenAgencies(),
                 (QStringList{QStringLiteral("UBND-06673"), QStringLiteral("SXD")}));

        // Each chosen agency's deadlines in local time: acceptance the next working day; processing
        // within the agency's own limit, 3 days for the ward and 5 for the department.
        auto* deadlines = dialog->findChild<QTableWidget*>(QStringLiteral("deadlines"));
        QCOMPARE(deadlines->rowCount(), 2);
        const auto text = [&](int row, int column) {
            return deadlines->item(row, column)->text();
        };
        QCOMPARE(text(0, 0), QStringLiteral("UBND phường Bãi Cháy"));
        QCOMPARE(text(0, 2), QStringLiteral("10/03/2026 09:00"));
        QVERIFY2(text(0, 3).startsWith(QStringLiteral("3 working day")), qPrintable(text(0, 3)));
        QCOMPARE(text(0, 4), QStringLiteral("12/03/2026 09:00"));
        QCOMPARE(text(0, 5), QStringLiteral("13/03/2026 09:00"));
        QCOMPARE(text(1, 0), QStringLiteral("Sở Xây dựng"));
        QCOMPARE(text(1, 2), QStringLiteral("10/03/2026 09:00"));
        QVERIFY2(text(1, 3).startsWith(QStringLiteral("5 working day")), qPrintable(text(1, 3)));
        QCOMPARE(text(1, 4), QStringLiteral("16/03/2026 09:00"));
        QCOMPARE(text(1, 5), QStringLiteral("17/03/2026 09:00"));
        QVERIFY(deadlines->isColumnHidden(1)); // one category: no category column

        // Plain Enter in the instruction is a new line; Ctrl+Enter dispatches.
        auto* instruction = dialog->findChild<QPlainTextEdit*>(QStringLiteral("instruction"));
        const QString note = QStringLiteral("Đề nghị kiểm tra, thay bóng trong ngày");
        instruction->setPlainText(note);
        instruction->setFocus();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->grab().save(QDir::temp().filePath(QStringLiteral("paht-dispatch-dialog.png")));
        QTest::keyClick(instruction, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!guard || !guard->isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(console.session.sync().pendingCount(), 0, 10000);
        const Report stored = storedReport(store, id);
        QCOMPARE(stored.state, ReportState::Dispatched);
        QCOMPARE(stored.assignments.size(), 2);
        for (const Assignment& assignment : stored.assignments) {
            QCOMPARE(assignment.state, AssignmentState::PendingAcceptance);
            QCOMPARE(assignment.instruction, note);
            QCOMPARE(assignment.acceptance.deadline, vn(10, 9)); // what the dialog showed
        }
        QTRY_COMPARE(console.session.cache().report(id)->state, ReportState::Dispatched);
    }

    void dispatchesSeveralSelectedReportsAtOnce()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString first = classifiedReport(store, intake, QStringLiteral("Đèn hỏng đầu phố"));
        const QString second = classifiedReport(store, intake, QStringLiteral("Đèn hỏng cuối phố"));
        const QString unclassified = store.submitReport(intake, QStringLiteral("Chưa phân loại"));

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 3);
        window.reportTable()->selectAll();
        QCOMPARE(window.selectedReportIds().size(), 3);

        // Work ▸ Dispatch selected reports… (Ctrl+D).
        auto* action = window.findChild<QAction*>(QStringLiteral("dispatchSelected"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        action->trigger();
        DispatchDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        const QPointer<DispatchDialog> guard(dialog);
        QCOMPARE(dialog->findChild<QTableWidget*>(QStringLiteral("reports"))->rowCount(), 3);

        // ↓ goes to the list, Space ticks the first suggestion.
        auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("agencyFilter"));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("agencies"));
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("SXD"));
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(dialog->chosenAgencies(), QStringList{QStringLiteral("SXD")});
        QCOMPARE(dialog->findChild<QTableWidget*>(QStringLiteral("deadlines"))->rowCount(), 1);

        // The unclassified report blocks the dispatch, and says why.
        QVERIFY(!dispatchButton(*dialog)->isEnabled());
        QVERIFY2(problems(*dialog).contains(unclassified) &&
                     problems(*dialog).contains(QStringLiteral("Classify")),
                 qPrintable(problems(*dialog)));
        auto* leaveOut = dialog->findChild<QPushButton*>(QStringLiteral("leaveOut"));
        QVERIFY(leaveOut->isVisible());
        QTest::mouseClick(leaveOut, Qt::LeftButton);
        QCOMPARE(dialog->plan().reportIds().size(), 2);
        QVERIFY(!dialog->plan().reportIds().contains(unclassified));
        QCOMPARE(dialog->chosenAgencies(), QStringList{QStringLiteral("SXD")});
        QVERIFY(dispatchButton(*dialog)->isEnabled());
        QTest::mouseClick(dispatchButton(*dialog), Qt::LeftButton);
        QTRY_VERIFY(!guard || !guard->isVisible());

        // One dispatch command per report, through the outbox.
        QTRY_COMPARE_WITH_TIMEOUT(console.session.sync().pendingCount(), 0, 10000);
        for (const QString& id : {first, second}) {
            const Report stored = storedReport(store, id);
            QCOMPARE(stored.state, ReportState::Dispatched);
            QCOMPARE(stored.assignments.size(), 1);
            QCOMPARE(stored.assignments.first().agencyCode, QStringLiteral("SXD"));
            QVERIFY(stored.assignments.first().instruction.isEmpty());
        }
        QCOMPARE(storedReport(store, unclassified).state, ReportState::Received);
    }

    void redispatchesAReportThatAnAgencyReturned()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = classifiedReport(store, intake, QStringLiteral("Đèn hỏng trên cầu"));
        store.command(
            intake, QStringLiteral("dispatch"), id, 2,
            {{QStringLiteral("agencies"), QJsonArray{QStringLiteral("SXD"), QStringLiteral("UBND-06673")}}});
        const QString ward = store.login(QStringLiteral("ward.specialist"));
        store.clock().advance(3600); // Monday 10:00
        const QString reason = QStringLiteral("Đèn trên cầu do Sở Xây dựng quản lý");
        QCOMPARE(store
                     .command(ward, QStringLiteral("return_to_center"), id, 3,
                              {{QStringLiteral("reason"), reason}})
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        window.queuePanel()->selectQueue(QStringLiteral("returned"));
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 1);
        window.selectReport(id);
        QPushButton* action = nullptr;
        QTRY_VERIFY((action = window.detail()->findChild<QPushButton*>(QStringLiteral("action_dispatch"))));
        QTest::mouseClick(action, Qt::LeftButton);
        DispatchDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        const QPointer<DispatchDialog> guard(dialog);

        // Who returned it, when, and why.
        auto* returns = dialog->findChild<QLabel*>(QStringLiteral("returns"));
        QVERIFY(returns->isVisible());
        QVERIFY2(returns->text().contains(QStringLiteral("UBND phường Bãi Cháy")) &&
                     returns->text().contains(reason) &&
                     returns->text().contains(QStringLiteral("09/03/2026 10:00")),
                 qPrintable(returns->text()));
        // The department still holds it: it cannot be chosen. The ward may be sent it again.
        QVERIFY(!(listed(*dialog, QStringLiteral("SXD"))->flags() & Qt::ItemIsEnabled));
        QVERIFY(listed(*dialog, QStringLiteral("SXD"))->text().contains(QStringLiteral("already holds")));
        QVERIFY(listed(*dialog, QStringLiteral("UBND-06673"))->flags() & Qt::ItemIsEnabled);
        QVERIFY(
            listed(*dialog, QStringLiteral("UBND-06673"))->text().contains(QStringLiteral("returned it")));
        tick(*dialog, QStringLiteral("xay dung")); // the only match is disabled: nothing ticked
        QVERIFY(dialog->chosenAgencies().isEmpty());
        auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("agencyFilter"));
        QCOMPARE(filter->text(), QStringLiteral("xay dung")); // left as typed, so the operator sees why
        QTest::keyClick(filter, Qt::Key_Escape);
        tick(*dialog, QStringLiteral("bai chay"));
        QVERIFY(dispatchButton(*dialog)->isEnabled()); // back to the same agency is allowed
        tick(*dialog, QStringLiteral("bai chay"));
        QVERIFY(dialog->chosenAgencies().isEmpty());

        tick(*dialog, QStringLiteral("nuoc"));
        QCOMPARE(dialog->chosenAgencies(), QStringList{QStringLiteral("NUOC")});
        QVERIFY(dispatchButton(*dialog)->isEnabled());
        QTest::mouseClick(dispatchButton(*dialog), Qt::LeftButton);
        QTRY_VERIFY(!guard || !guard->isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(console.session.sync().pendingCount(), 0, 10000);
        const Report stored = storedReport(store, id);
        QCOMPARE(stored.assignments.size(), 3);
        QCOMPARE(stored.assignmentFor(QStringLiteral("NUOC"))->state, AssignmentState::PendingAcceptance);
        QCOMPARE(stored.assignmentFor(QStringLiteral("UBND-06673"))->state,
                 AssignmentState::ReturnedToCenter);
        QCOMPARE(stored.assignmentFor(QStringLiteral("SXD"))->state, AssignmentState::PendingAcceptance);
    }

    void anotherOperatorsDispatchShowsInTheOpenDialog()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = classifiedReport(store, intake, QStringLiteral("Đèn hỏng"));
        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QTRY_COMPARE(cachedVersion(console.session, id), qint64(2));

        DispatchScreen screen(console.session, nullptr);
        screen.open(QStringLiteral("dispatch"), {id});
        DispatchDialog* dialog = screen.dialog();
        QVERIFY(dialog);
        tick(*dialog, QStringLiteral("nuoc"));
        QVERIFY(dispatchButton(*dialog)->isEnabled());

        // Another operator is faster; the pull brings it into the open dialog, which stops the dispatch.
        store.command(intake, QStringLiteral("dispatch"), id, 2,
                      {{QStringLiteral("agencies"), QJsonArray{QStringLiteral("SXD")}}});
        QTRY_VERIFY_WITH_TIMEOUT(!dispatchButton(*dialog)->isEnabled(), 10000);
        QVERIFY2(problems(*dialog).contains(QStringLiteral("R-11")), qPrintable(problems(*dialog)));
        QVERIFY(listed(*dialog, QStringLiteral("SXD"))->text().contains(QStringLiteral("already holds")));
        QCOMPARE(dialog->chosenAgencies(), QStringList{QStringLiteral("NUOC")}); // the choice stays
        dialog->close();
    }

    void twoOperatorsDispatchTheSameReport()
    {
        StoreFixture store;
        QVERIFY(store.addUser(QStringLiteral("intake2"), QStringLiteral("intake_operator")));
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = classifiedReport(store, intake, QStringLiteral("Đèn hỏng"));
        const QString url = store.url(QString()).toString();
        Console first(store.clock());
        Console second(store.clock());
        QVERIFY(first.login(url, QStringLiteral("intake")));
        QVERIFY(second.login(url, QStringLiteral("intake2")));
        QTRY_COMPARE(cachedVersion(first.session, id), qint64(2));
        QTRY_COMPARE(cachedVersion(second.session, id), qint64(2));

        // Both choose at the same time; the second console does not hear of the first's dispatch in time.
        second.session.sync().stop();
        DispatchScreen firstScreen(first.session, nullptr);
        DispatchScreen secondScreen(second.session, nullptr);
        firstScreen.open(QStringLiteral("dispatch"), {id});
        secondScreen.open(QStringLiteral("dispatch"), {id});
        tick(*firstScreen.dialog(), QStringLiteral("xay dung"));
        tick(*secondScreen.dialog(), QStringLiteral("nuoc"));
        secondScreen.dialog()
            ->findChild<QPlainTextEdit*>(QStringLiteral("instruction"))
            ->setPlainText(QStringLiteral("Kiểm tra đường ống"));
        QVERIFY(dispatchButton(*secondScreen.dialog())->isEnabled());

        QTest::mouseClick(dispatchButton(*firstScreen.dialog()), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(first.session.sync().pendingCount(), 0, 10000);
        QTest::mouseClick(dispatchButton(*secondScreen.dialog()), Qt::LeftButton);
        QCOMPARE(second.session.sync().pendingCount(), 1);

        QSignalSpy conflict(&second.session.sync(), &SyncClient::conflict);
        second.session.sync().start();
        QVERIFY(conflict.count() > 0 || conflict.wait(10000));
        QTRY_COMPARE(second.session.sync().conflictCount(), 1);

        // Nothing lost: the first dispatch stands, the second waits in the conflict list with its choice.
        const Report stored = storedReport(store, id);
        QCOMPARE(stored.assignments.size(), 1);
        QCOMPARE(stored.assignments.first().agencyCode, QStringLiteral("SXD"));
        const std::optional<OutboxEntry> entry =
            second.session.cache().outboxEntry(conflict.first().first().toString());
        QVERIFY(entry.has_value());
        QCOMPARE(entry->state, OutboxEntry::State::Conflict);
        QCOMPARE(entry->command.expectedVersion, 2);
        QCOMPARE(entry->command.payload.value(QStringLiteral("agencies")).toArray(),
                 QJsonArray{QStringLiteral("NUOC")});
        QCOMPARE(entry->command.payload.value(QStringLiteral("instruction")).toString(),
                 QStringLiteral("Kiểm tra đường ống"));
        ConflictDialog conflicts(second.session.cache());
        QCOMPARE(conflicts.entryCount(), 1);
        QVERIFY(
            conflicts.findChild<QListWidget*>(QStringLiteral("conflictList"))->item(0)->text().contains(id));

        // Once the pull has brought the first dispatch, a new dialog says why it cannot go again.
        QTRY_COMPARE_WITH_TIMEOUT(cachedVersion(second.session, id), qint64(3), 10000);
        secondScreen.open(QStringLiteral("dispatch"), {id});
        tick(*secondScreen.dialog(), QStringLiteral("nuoc"));
        QVERIFY(!dispatchButton(*secondScreen.dialog())->isEnabled());
        QVERIFY2(problems(*secondScreen.dialog()).contains(QStringLiteral("R-11")),
                 qPrintable(problems(*secondScreen.dialog())));
        secondScreen.dialog()->close();
    }
};

QTEST_MAIN(UiDispatchTest)
#include "tst_ui_dispatch.moc"
