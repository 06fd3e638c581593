// The console's main window, offscreen, against a real store on loopback: login, queues with counts,
// the table with deadline indicators, the detail pane and its actions, search without diacritics, offline
// review with the outbox, and the conflict list.
#include "ConflictDialog.h"
#include "ConsoleSession.h"
#include "DesktopNotifier.h"
#include "FilterBar.h"
#include "IntakePanel.h"
#include "MainWindow.h"
#include "QueuePanel.h"
#include "ReportDetailView.h"
#include "StoreFixture.h"
#include "TcpRelay.h"
#include "UiConsole.h"

#include "cache/LocalCache.h"
#include "items/QueueListModel.h"
#include "items/ReportFilter.h"
#include "items/ReportTableModel.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace paht;
using namespace paht::ui;
using paht::store::testing::StoreFixture;
using paht::ui::testing::Console;

namespace {

QJsonObject dispatchTo(const char* agency)
{
    return {{QStringLiteral("agencies"), QJsonArray{QString::fromLatin1(agency)}}};
}

int rowsShown(MainWindow& window)
{
    return window.reportTable()->model()->rowCount();
}

} // namespace

class UiConsoleTest : public QObject
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
        // Every test starts without a cache from the previous one.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    void intakeOperatorSeesQueuesTableAndDetail()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString intake = store.login(QStringLiteral("intake"));
        const QString road = store.submitReport(intake, QStringLiteral("Đường Trần Hưng Đạo ngập nước"));
        store.submitReport(intake, QStringLiteral("Cây đổ chắn lối đi"));
        const QString dispatched = store.submitReport(intake, QStringLiteral("Đèn hỏng"));
        store.command(intake, QStringLiteral("classify"), dispatched, 1,
                      {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
        store.command(intake, QStringLiteral("dispatch"), dispatched, 2, dispatchTo("SXD"));

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The intake operator's queues, with counts, New selected first.
        QueueListModel& queues = console.session.queues();
        QTRY_VERIFY(queues.rowCount() >= 6);
        QCOMPARE(queues.index(0).data(QueueListModel::IdRole).toString(), QStringLiteral("new"));
        QTRY_COMPARE(queues.index(0).data(QueueListModel::CountRole).toInt(), 2);
        QTRY_COMPARE(rowsShown(window), 2);

        // All shows the dispatched one too.
        window.queuePanel()->selectQueue(QStringLiteral("all"));
        QTRY_COMPARE(rowsShown(window), 3);

        // Search ignores diacritics and folds đ: "duong" finds "Đường".
        auto* search = window.filterBar()->findChild<QLineEdit*>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("duong tran"));
        QTRY_COMPARE(rowsShown(window), 1);
        window.selectReport(road);
        auto* text = window.detail()->findChild<QTextBrowser*>(QStringLiteral("reportText"));
        QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("Trần Hưng Đạo")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("0912345678"))); // the center sees the contact

        // The actions the workflow allows the intake operator on a new report.
        QVERIFY(window.detail()->findChild<QPushButton*>(QStringLiteral("action_classify")));
        QVERIFY(window.detail()->findChild<QPushButton*>(QStringLiteral("action_reject")));
        QVERIFY(!window.detail()->findChild<QPushButton*>(QStringLiteral("action_approve")));
        QVERIFY(!window.detail()->findChild<QPushButton*>(QStringLiteral("action_publish")));

        // Deadline column text for a fresh report (intake: 1 working day).
        const QModelIndex deadline =
            window.reportTable()->model()->index(0, ReportTableModel::DeadlineColumn);
        QVERIFY(!deadline.data().toString().isEmpty());
        window.grab().save(QDir::temp().filePath(QStringLiteral("paht-console-intake.png")));
    }

    void theIntakePanelFindsGapsAndDuplicatesAndLinksThem()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString first = store.submitReport(intake, QStringLiteral("Đèn đường hỏng"));
        QJsonObject incomplete =
            StoreFixture::reportPayload(QStringLiteral("Đèn đường bị hỏng"), QStringLiteral("public"));
        QJsonObject reporter = incomplete.value(QStringLiteral("reporter")).toObject();
        reporter.remove(QStringLiteral("email")); // the operator must see it is missing
        incomplete.insert(QStringLiteral("reporter"), reporter);
        const QString second = store.command(intake, QStringLiteral("submit"), QString(), 0, incomplete)
                                   .value(QStringLiteral("reportId"))
                                   .toString();
        QVERIFY(!second.isEmpty());

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QTRY_COMPARE(rowsShown(window), 2);
        window.selectReport(second);
        IntakePanel* panel = window.intakePanel();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        auto* findings = panel->findChild<QListWidget*>(QStringLiteral("intakeFindings"));
        QVERIFY(findings->findItems(QStringLiteral("email"), Qt::MatchContains).size() == 1);
        auto* duplicates = panel->findChild<QListWidget*>(QStringLiteral("duplicateCandidates"));
        QCOMPARE(duplicates->count(), 1);
        QVERIFY(duplicates->item(0)->text().startsWith(first));

        duplicates->setCurrentRow(0);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("linkDuplicate")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(console.session.cache().report(second)->duplicateOf, first, 10000);
        QCOMPARE(console.session.cache().report(second)->state, ReportState::Rejected);
    }

    void aNewReportInTheQueuesRaisesADesktopNotification()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        store.submitReport(intake, QStringLiteral("Đèn hỏng"));
        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QTRY_COMPARE(console.session.queues().index(0).data(QueueListModel::CountRole).toInt(), 1);
        QSignalSpy notified(window.notifier(), &DesktopNotifier::notified);
        QCoreApplication::processEvents();
        QCOMPARE(notified.count(), 0); // what was there at login is no news

        store.submitReport(intake, QStringLiteral("Nước tràn ra đường"));
        QTRY_VERIFY_WITH_TIMEOUT(notified.count() > 0, 10000);
        QVERIFY2(notified.first().at(1).toString().contains(QLatin1Char('1')),
                 qPrintable(notified.first().at(1).toString()));
    }

    void anActionGoesThroughTheOutboxAndTheStoreAppliesIt()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(intake);
        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QTRY_VERIFY(console.session.cache().report(id).has_value());

        QSignalSpy applied(&console.session.sync(), &SyncClient::applied);
        QVERIFY(!console.session
                     .act(id, QStringLiteral("classify"),
                          {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}})
                     .isEmpty());
        QVERIFY(applied.count() > 0 || applied.wait(5000));
        QTRY_COMPARE(console.session.cache().report(id)->categoryCode, QStringLiteral("chieu_sang"));
        QCOMPARE(console.session.sync().pendingCount(), 0);
    }

    void anAgencySeesOnlyItsReportsWithTheContactMasked()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString mine = store.submitReport(intake, QStringLiteral("Đèn hỏng"));
        store.submitReport(intake, QStringLiteral("Không phải của Sở"));
        store.command(intake, QStringLiteral("classify"), mine, 1,
                      {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
        store.command(intake, QStringLiteral("dispatch"), mine, 2, dispatchTo("SXD"));

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("sxd.specialist")));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QTRY_COMPARE(console.session.queues().index(0).data(QueueListModel::IdRole).toString(),
                     QStringLiteral("to_accept"));
        QTRY_COMPARE(console.session.queues().index(0).data(QueueListModel::CountRole).toInt(), 1);
        QTRY_COMPARE(rowsShown(window), 1);
        window.selectReport(mine);
        auto* text = window.detail()->findChild<QTextBrowser*>(QStringLiteral("reportText"));
        QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("*******678")));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("0912345678")));
        QVERIFY(window.detail()->findChild<QPushButton*>(QStringLiteral("action_accept")));
        QVERIFY(window.detail()->findChild<QPushButton*>(QStringLiteral("action_return_to_center")));
        QVERIFY(!window.detail()->findChild<QPushButton*>(QStringLiteral("action_dispatch")));
    }

    void offlineReviewQueuesActionsAndSendsThemWhenTheStoreIsBack()
    {
        StoreFixture store;
        const QString intake = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(intake, QStringLiteral("Rác thải tồn đọng"));
        TcpRelay relay(store.server().port());
        QVERIFY(relay.listen());
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(relay.port());
        {
            // An online login first leaves the cache and its offline verifier behind.
            Console first(store.clock());
            QVERIFY(first.login(url, QStringLiteral("intake")));
            QTRY_VERIFY(first.session.cache().report(id).has_value());
            first.session.logout();
        }
        relay.shutDown();

        Console console(store.clock());
        QVERIFY(console.login(url, QStringLiteral("intake")));
        QVERIFY(console.session.isOffline());
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("offlineBanner"))->isVisible());
        window.queuePanel()->selectQueue(QStringLiteral("all"));
        QTRY_COMPARE(rowsShown(window), 1);

        console.session.act(id, QStringLiteral("classify"),
                            {{QStringLiteral("categoryCode"), QStringLiteral("cap_nuoc")}});
        QCOMPARE(console.session.sync().pendingCount(), 1);
        auto* pending = window.findChild<QLabel*>(QStringLiteral("pendingCommands"));
        QVERIFY(pending->text().contains(QLatin1Char('1')));

        // The store comes back: the session logs in again, leaves offline mode and sends the outbox.
        QVERIFY(relay.listen(relay.port()));
        QSignalSpy offline(&console.session, &ConsoleSession::offlineChanged);
        console.session.retryOnline();
        QTRY_VERIFY_WITH_TIMEOUT(!console.session.isOffline(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(console.session.sync().pendingCount(), 0, 15000);
        QTRY_VERIFY(!window.findChild<QLabel*>(QStringLiteral("offlineBanner"))->isVisible());
        const QString check = store.login(QStringLiteral("supervisor"));
        QVERIFY(store.get(QStringLiteral("/api/v1/reports/") + id, check).body.contains("cap_nuoc"));
    }

    void aConflictIsShownWithWhatChanged()
    {
        StoreFixture store;
        const QString other = store.login(QStringLiteral("intake"));
        const QString id = store.submitReport(other);
        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), QStringLiteral("intake")));
        QTRY_VERIFY(console.session.cache().report(id).has_value());
        QCOMPARE(console.session.cache().report(id)->version, 1);

        // Another operator classifies first; this console still acts on version 1.
        store.command(other, QStringLiteral("classify"), id, 1,
                      {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}});
        console.session.sync().stop();
        QSignalSpy conflict(&console.session.sync(), &SyncClient::conflict);
        console.session.act(id, QStringLiteral("classify"),
                            {{QStringLiteral("categoryCode"), QStringLiteral("cap_nuoc")}});
        console.session.sync().start();
        QVERIFY(conflict.count() > 0 || conflict.wait(10000));
        QTRY_COMPARE(console.session.sync().conflictCount(), 1);

        ConflictDialog dialog(console.session.cache());
        QTRY_COMPARE(dialog.entryCount(), 1);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("conflictList"));
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("version 1")),
                 qPrintable(list->item(0)->text()));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("dismiss")), Qt::LeftButton);
        QCOMPARE(dialog.entryCount(), 0);
        QCOMPARE(console.session.sync().conflictCount(), 0);
        // The other operator's choice stands: nothing was re-applied silently.
        QTRY_COMPARE(console.session.cache().report(id)->categoryCode, QStringLiteral("chieu_sang"));
    }
};

QTEST_MAIN(UiConsoleTest)
#include "tst_ui_console.moc"
