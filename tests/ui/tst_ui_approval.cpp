// The agency leader's approval screen, offscreen, against a real store on loopback: the results
// awaiting approval beside their reports, return for rework with a reason, edit and approve with the
// difference kept in the history, and several results approved at once. Every decision goes
// through the outbox; the store is asked what it applied.
#include "ApprovalPanes.h"
#include "ApprovalWindow.h"
#include "ConsoleSession.h"
#include "DecisionPanel.h"
#include "MainWindow.h"
#include "ReportDetailView.h"
#include "StoreFixture.h"
#include "UiConsole.h"

#include "approval/ApprovalQueueModel.h"
#include "approval/ResultRevisionModel.h"
#include "cache/LocalCache.h"
#include "sync/SyncClient.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>

#include <functional>
#include <memory>

using namespace paht;
using namespace paht::ui;
using namespace Qt::StringLiterals;
using paht::store::testing::StoreFixture;
using paht::ui::testing::Console;

namespace {

const QString kInstruction = u"Kiểm tra và thay bóng trong ngày."_s;

// The store's view of a report, as the Provincial Office reads it.
QJsonObject storeReport(StoreFixture& store, const QString& id)
{
    return store.get(u"/api/v1/reports/"_s + id, store.login(u"supervisor"_s))
        .json()
        .value(u"report"_s)
        .toObject();
}

QJsonObject sxdAssignment(StoreFixture& store, const QString& id)
{
    for (const QJsonValue& value : storeReport(store, id).value(u"assignments"_s).toArray()) {
        if (value.toObject().value(u"agencyCode"_s).toString() == u"SXD")
            return value.toObject();
    }
    return {};
}

// A report dispatched to SXD whose specialist accepted it and submitted `result` for approval: its
// number, or empty if the store refused a step.
QString resultAwaitingApproval(StoreFixture& store, const QString& title, const QString& result)
{
    const QString intake = store.login(u"intake"_s);
    const QString id = store.submitReport(intake, title);
    store.command(intake, u"classify"_s, id, 1, {{u"categoryCode"_s, u"chieu_sang"_s}});
    store.command(intake, u"dispatch"_s, id, 2,
                  {{u"agencies"_s, QJsonArray{u"SXD"_s}}, {u"instruction"_s, kInstruction}});
    const QString specialist = store.login(u"sxd.specialist"_s);
    store.command(specialist, u"accept"_s, id, 3, {});
    const QJsonObject answer = store.command(specialist, u"submit_result"_s, id, 4, {{u"text"_s, result}});
    return answer.value(u"status"_s).toString() == u"applied" ? id : QString();
}

// Acts on the modal dialog named `name` as soon as the code under test opens it with exec().
void onModal(const QString& name, const std::function<void(QDialog*)>& act)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, name, act] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
    });
    poll->start();
}

void clickChild(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QPushButton*>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class UiApprovalTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;

    // The leader's main window; the approval screen is its child window.
    std::unique_ptr<MainWindow> openConsole(Console& console, StoreFixture& store)
    {
        if (!console.login(store.url(QString()).toString(), u"sxd.leader"_s))
            return nullptr;
        m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(u"c.ini"_s), QSettings::IniFormat);
        auto window = std::make_unique<MainWindow>(console.session, *m_settings);
        window->show();
        return window;
    }

    static ApprovalWindow* approvalOf(MainWindow& window)
    {
        auto* open = window.findChild<QAction*>(u"openApproval"_s);
        if (!open)
            return nullptr;
        open->trigger();
        return window.findChild<ApprovalWindow*>();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    void theLeaderSeesTheResultBesideItsReport()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString id = resultAwaitingApproval(store, u"Đèn đường hỏng ở ngõ 12"_s,
                                                  u"Đã thay bóng đèn LED 100W, đèn sáng bình thường."_s);
        QVERIFY(!id.isEmpty());

        Console console(store.clock());
        const auto window = openConsole(console, store);
        QVERIFY(window);
        ApprovalWindow* approval = approvalOf(*window);
        QVERIFY(approval);
        QVERIFY(approval->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(approval->queue().rowCount(), 1, 10000);
        QVERIFY(approval->selectReport(id));
        QCOMPARE(approval->currentReportId(), id);

        // The row: the report, the specialist and the R-12 deadline, 1 working day from the result.
        const ApprovalQueueModel& queue = approval->queue();
        QCOMPARE(queue.index(0, ApprovalQueueModel::NumberColumn).data().toString(), id);
        QVERIFY(!queue.index(0, ApprovalQueueModel::SpecialistColumn).data().toString().isEmpty());
        QVERIFY(queue.deadlineAt(0).valid);
        QCOMPARE(queue.deadlineAt(0).stage, SlaStage::Approval);
        QVERIFY(!queue.index(0, ApprovalQueueModel::DeadlineColumn).data().toString().isEmpty());

        // Side by side: the report (with the center's instruction) on the left, the result on the right.
        auto* report = approval->findChild<QTextBrowser*>(u"reportPane"_s);
        auto* result = approval->findChild<QTextBrowser*>(u"resultPane"_s);
        QVERIFY(report && result);
        QTRY_VERIFY(report->toPlainText().contains(u"Đèn đường hỏng ở ngõ 12"_s));
        QVERIFY(report->toPlainText().contains(kInstruction));
        QVERIFY(result->toPlainText().contains(u"Đã thay bóng đèn LED 100W"_s));
        QVERIFY(!report->toPlainText().contains(u"Đã thay bóng đèn LED 100W"_s));
        const QPoint reportAt = report->mapTo(approval, QPoint(0, 0));
        const QPoint resultAt = result->mapTo(approval, QPoint(0, 0));
        QVERIFY2(reportAt.x() + report->width() <= resultAt.x(), "the result is right of the report");
        QVERIFY(qAbs(reportAt.y() - resultAt.y()) < report->height());
        QVERIFY(approval->findChild<QPushButton*>(u"approve"_s)->isEnabled());
        approval->grab().save(QDir::temp().filePath(u"paht-console-approval.png"_s));

        // The detail pane's "Return for rework" opens the screen on that report with the reason form.
        approval->hide();
        window->selectReport(id);
        QPushButton* rework = nullptr;
        QTRY_VERIFY((rework = window->detail()->findChild<QPushButton*>(u"action_return_for_rework"_s)));
        QTest::mouseClick(rework, Qt::LeftButton);
        QVERIFY(approval->isVisible());
        QCOMPARE(approval->currentReportId(), id);
        auto* reason = approval->findChild<QPlainTextEdit*>(u"reworkReason"_s);
        QVERIFY(reason->isVisible());
        QVERIFY(!approval->findChild<QPushButton*>(u"sendRework"_s)->isEnabled()); // a reason first
        QCOMPARE(console.session.sync().pendingCount(), 0);
    }

    void reworkThenEditAndApproveKeepsBothRevisions()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString submitted = u"Đã thay bóng đèn."_s;
        const QString id = resultAwaitingApproval(store, u"Đèn hỏng"_s, submitted);
        QVERIFY(!id.isEmpty());
        Console console(store.clock());
        const auto window = openConsole(console, store);
        QVERIFY(window);
        ApprovalWindow* approval = approvalOf(*window);
        QVERIFY(approval);
        QTRY_COMPARE_WITH_TIMEOUT(approval->queue().rowCount(), 1, 10000);
        QVERIFY(approval->selectReport(id));

        // Return for rework: the reason is required, then the store records it.
        clickChild(approval, u"returnForRework"_s);
        auto* reason = approval->findChild<QPlainTextEdit*>(u"reworkReason"_s);
        QVERIFY(reason->isVisible());
        const QString why = u"Thiếu ảnh chụp sau khi sửa."_s;
        reason->insertPlainText(why); // typed or pasted: QTest types Latin-1 only
        clickChild(approval, u"sendRework"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sxdAssignment(store, id).value(u"state"_s).toString(), u"rework"_s, 10000);
        QCOMPARE(sxdAssignment(store, id).value(u"reworkReason"_s).toString(), why);
        QTRY_COMPARE_WITH_TIMEOUT(approval->queue().rowCount(), 0, 10000);

        // The specialist resubmits; the result is back in the leader's list.
        const QString resubmitted = u"Đã thay bóng đèn, có ảnh kèm theo."_s;
        const QJsonObject again =
            store.command(store.login(u"sxd.specialist"_s), u"submit_result"_s, id,
                          storeReport(store, id).value(u"version"_s).toInteger(), {{u"text"_s, resubmitted}});
        QCOMPARE(again.value(u"status"_s).toString(), u"applied"_s);
        QTRY_COMPARE_WITH_TIMEOUT(approval->queue().rowCount(), 1, 10000);
        QVERIFY(approval->selectReport(id));
        auto* result = approval->findChild<QTextBrowser*>(u"resultPane"_s);
        QTRY_VERIFY(result->toPlainText().contains(resubmitted));
        QVERIFY2(result->toPlainText().contains(why), "the earlier rework reason stays in sight");

        // Edit and approve: the editor starts from the specialist's text, the difference follows typing.
        clickChild(approval, u"editAndApprove"_s);
        auto* editor = approval->findChild<QPlainTextEdit*>(u"resultEditor"_s);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->toPlainText(), resubmitted);
        QVERIFY(!approval->findChild<QPushButton*>(u"confirmEdit"_s)->isEnabled()); // unchanged yet
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(int(resubmitted.indexOf(u',')));
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, u" LED 100W"_s);
        const QString edited = u"Đã thay bóng đèn LED 100W, có ảnh kèm theo."_s;
        QCOMPARE(editor->toPlainText(), edited);
        auto* live = approval->findChild<QTextBrowser*>(u"liveDiff"_s);
        QTRY_VERIFY(live->toPlainText().contains(u"LED 100W"_s));
        QVERIFY(live->toHtml().contains(u"underline"_s));
        QTRY_VERIFY(approval->findChild<QPushButton*>(u"confirmEdit"_s)->isEnabled());
        approval->grab().save(QDir::temp().filePath(u"paht-console-approval-edit.png"_s));

        // Confirming shows the difference once more; only then does the edit go out.
        QString shown;
        onModal(u"editConfirmation"_s, [&shown](QDialog* dialog) {
            shown = dialog->findChild<QTextBrowser*>(u"confirmationBody"_s)->toPlainText();
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"confirm"_s), Qt::LeftButton);
        });
        clickChild(approval, u"confirmEdit"_s);
        QVERIFY2(shown.contains(u"LED 100W"_s), qPrintable(shown));
        QTRY_COMPARE_WITH_TIMEOUT(sxdAssignment(store, id).value(u"state"_s).toString(), u"approved"_s,
                                  10000);

        // The store keeps every version: both submissions and the leader's edit.
        const QJsonArray revisions = sxdAssignment(store, id).value(u"resultRevisions"_s).toArray();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.at(0).toObject().value(u"text"_s).toString(), submitted);
        QCOMPARE(revisions.at(1).toObject().value(u"kind"_s).toString(), u"submitted"_s);
        QCOMPARE(revisions.at(1).toObject().value(u"text"_s).toString(), resubmitted);
        QCOMPARE(revisions.at(2).toObject().value(u"kind"_s).toString(), u"edited_by_leader"_s);
        QCOMPARE(revisions.at(2).toObject().value(u"text"_s).toString(), edited);
        QCOMPARE(revisions.at(2).toObject().value(u"by"_s).toString(), u"sxd.leader"_s);
        QCOMPARE(storeReport(store, id).value(u"state"_s).toString(), u"awaiting_publication"_s);

        // The screen shows the history of the decided result, with the leader's difference.
        QTRY_COMPARE_WITH_TIMEOUT(approval->queue().rowCount(), 0, 10000);
        approval->findChild<QCheckBox*>(u"showDecided"_s)->setChecked(true);
        QCOMPARE(approval->queue().rowCount(), 1);
        QVERIFY(approval->selectReport(id));
        QVERIFY(!approval->findChild<QPushButton*>(u"approve"_s)->isEnabled()); // nothing left to decide
        ResultRevisionModel& history = approval->resultPane()->revisions();
        QCOMPARE(history.rowCount(), 3);
        QCOMPARE(history.index(2).data(ResultRevisionModel::KindRole).toInt(),
                 int(ResultRevision::Kind::EditedByLeader));
        auto* diff = approval->findChild<QTextBrowser*>(u"revisionDiff"_s);
        QVERIFY(diff->toPlainText().contains(u"LED 100W"_s));
        QVERIFY(diff->toHtml().contains(u"underline"_s));
        approval->resultPane()->selectRevision(1);
        QVERIFY2(diff->toPlainText().contains(u"có ảnh kèm theo"_s), qPrintable(diff->toPlainText()));
    }

    void severalResultsAreApprovedAtOnce()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString first = resultAwaitingApproval(store, u"Đèn hỏng ngõ 3"_s, u"Đã sửa đèn ngõ 3."_s);
        const QString second = resultAwaitingApproval(store, u"Đèn hỏng ngõ 7"_s, u"Đã sửa đèn ngõ 7."_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        Console console(store.clock());
        const auto window = openConsole(console, store);
        QVERIFY(window);
        ApprovalWindow* approval = approvalOf(*window);
        QVERIFY(approval);
        QTRY_COMPARE_WITH_TIMEOUT(approval->queue().rowCount(), 2, 10000);

        auto* batch = approval->findChild<QPushButton*>(u"approveSelected"_s);
        QVERIFY(approval->selectReport(first));
        QVERIFY(batch->text().contains(u'1'));
        approval->findChild<QTableView*>(u"awaitingResults"_s)->selectAll();
        QCOMPARE(approval->approvableSelection().size(), 2);
        QVERIFY2(batch->text().contains(u'2'), qPrintable(batch->text()));

        // The confirmation lists both; after it, both go out and the store approves both.
        QString listed;
        onModal(u"batchConfirmation"_s, [&listed](QDialog* dialog) {
            listed = dialog->findChild<QTextBrowser*>(u"confirmationBody"_s)->toPlainText();
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"confirm"_s), Qt::LeftButton);
        });
        QTest::mouseClick(batch, Qt::LeftButton);
        QVERIFY2(listed.contains(first) && listed.contains(second), qPrintable(listed));
        QVERIFY(approval->approvableSelection().isEmpty()); // queued: not twice
        QTRY_COMPARE_WITH_TIMEOUT(sxdAssignment(store, first).value(u"state"_s).toString(), u"approved"_s,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(sxdAssignment(store, second).value(u"state"_s).toString(), u"approved"_s,
                                  10000);
        QCOMPARE(storeReport(store, first).value(u"state"_s).toString(), u"awaiting_publication"_s);
        QCOMPARE(storeReport(store, second).value(u"state"_s).toString(), u"awaiting_publication"_s);
        QTRY_COMPARE_WITH_TIMEOUT(approval->queue().rowCount(), 0, 10000);
        QCOMPARE(console.session.sync().conflictCount(), 0);
    }

    void theKeyboardMovesAndDecides()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString first = resultAwaitingApproval(store, u"Đèn hỏng ngõ 3"_s, u"Đã sửa đèn ngõ 3."_s);
        store.clock().advance(10 * 60); // the first result is due first: it leads the list
        const QString second = resultAwaitingApproval(store, u"Đèn hỏng ngõ 7"_s, u"Đã sửa đèn ngõ 7."_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        Console console(store.clock());
        const auto window = openConsole(console, store);
        QVERIFY(window);
        ApprovalWindow* approval = approvalOf(*window);
        QVERIFY(approval);
        QVERIFY(QTest::qWaitForWindowActive(approval));
        QTRY_COMPARE_WITH_TIMEOUT(approval->queue().rowCount(), 2, 10000);
        QVERIFY(approval->selectReport(first));
        QCOMPARE(approval->findChild<QTableView*>(u"awaitingResults"_s)->currentIndex().row(), 0);

        // Ctrl+PgDown and Ctrl+PgUp move through the list.
        QTest::keyClick(approval, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(approval->currentReportId(), second);
        QTest::keyClick(approval, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(approval->currentReportId(), first);

        // Ctrl+R opens the reason form, Escape closes it, Ctrl+Enter approves.
        QTest::keyClick(approval, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(approval->decisionPanel()->isFormOpen());
        QTest::keyClick(approval, Qt::Key_Escape);
        QVERIFY(!approval->decisionPanel()->isFormOpen());
        QCOMPARE(console.session.sync().pendingCount(), 0);
        QTest::keyClick(approval, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(sxdAssignment(store, first).value(u"state"_s).toString(), u"approved"_s,
                                  10000);
        QCOMPARE(sxdAssignment(store, second).value(u"state"_s).toString(), u"awaiting_approval"_s);
        // The screen moved on to the next result.
        QCOMPARE(approval->currentReportId(), second);
    }
};

QTEST_MAIN(UiApprovalTest)
#include "tst_ui_approval.moc"
