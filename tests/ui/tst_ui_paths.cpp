// One report's whole life through the console's real screens, offscreen, against a real store on
// loopback (Appendix I): received → classified → dispatched to two agencies → one returns it as not
// its competence → the other accepts, writes a result with a photo, is sent back for rework and
// resubmits → the leader approves → the center publishes it under a notice number
// and it reaches the public feed. Each step is taken by its own user in their own console.
//
// With PAHT_WALKTHROUGH_DIR set, the screens are saved there as PNG for the README's walk-through.

#include "ApprovalWindow.h"
#include "ConsoleSession.h"
#include "DecisionPanel.h"
#include "DispatchDialog.h"
#include "MainWindow.h"
#include "PublicationDialog.h"
#include "QueuePanel.h"
#include "ReportDetailView.h"
#include "ResultEditor.h"
#include "ReturnDialog.h"
#include "StoreFixture.h"

#include "cache/LocalCache.h"
#include "sync/SyncClient.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
#include <QTimeZone>
#include <QTimer>
#include <functional>
#include <memory>

using namespace paht;
using namespace paht::ui;
using paht::store::testing::StoreFixture;
using namespace Qt::StringLiterals;

namespace {

// A user's console: session, settings and main window, logged in to the store.
struct Desk
{
    Desk(StoreFixture& store, const QString& username, const QString& settingsFile)
        : session(store.clock(), &network), settings(settingsFile, QSettings::IniFormat)
    {
        QSignalSpy ready(&session, &ConsoleSession::ready);
        session.login(store.url(QString()).toString(), username, StoreFixture::password());
        if (!ready.wait(15000))
            return;
        window = std::make_unique<MainWindow>(session, settings);
        window->resize(1400, 820);
        window->show();
        window->queuePanel()->selectQueue(u"all"_s);
    }

    // Selects the report once the sync has brought it, and presses the action's button.
    bool press(const QString& reportId, const QString& command)
    {
        QPushButton* button = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                window->selectReport(reportId);
                button = window->detail()->findChild<QPushButton*>(u"action_"_s + command);
                return button != nullptr;
            },
            15000);
        if (!shown)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    QNetworkAccessManager network;
    ConsoleSession session;
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

// Acts on the next modal dialog of type T as soon as the code under test opens it with exec().
template <typename T>
void onModal(const std::function<void(T*)>& act)
{
    auto* poll = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, act] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 750)
            return;
        poll->stop();
        poll->deleteLater();
        if (dialog)
            act(dialog);
    });
    poll->start(20);
}

void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PAHT_WALKTHROUGH_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

Report stored(StoreFixture& store, const QString& id)
{
    Report report;
    const QString token = store.login(u"supervisor"_s);
    Report::fromJson(store.get(u"/api/v1/reports/"_s + id, token).json().value(u"report"_s).toObject(),
                     &report);
    return report;
}

AssignmentState stateOf(StoreFixture& store, const QString& id, const QString& agency)
{
    const Report report = stored(store, id);
    const Assignment* assignment = report.assignmentFor(agency);
    return assignment ? assignment->state : AssignmentState::PendingAcceptance;
}

QString writePhoto(const QTemporaryDir& dir)
{
    QImage photo(320, 240, QImage::Format_RGB32);
    photo.fill(QColor(40, 120, 60));
    const QString path = dir.filePath(u"den-da-thay.png"_s);
    photo.save(path);
    return path;
}

} // namespace

class UiPathsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString settingsFor(const QString& user) const { return m_dir.filePath(user + u".ini"_s); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aReportFromReceivedToPublishedWithTwoAgencies()
    {
        // Monday 9 March 2026, 08:30 in Hạ Long.
        StoreFixture store(QDateTime(QDate(2026, 3, 9), QTime(8, 30), QTimeZone(7 * 3600)));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString title = u"Đèn đường hỏng trước số 25 đường Hạ Long, Bãi Cháy"_s;
        const QString id = store.submitReport(store.login(u"intake"_s), title);
        QVERIFY(!id.isEmpty());

        // Step 1, the center: classify, then dispatch to the ward and the department.
        Desk intake(store, u"intake"_s, settingsFor(u"intake"_s));
        QVERIFY(intake.window);
        onModal<QInputDialog>([](QInputDialog* dialog) {
            dialog->setTextValue(u"Chiếu sáng công cộng"_s);
            dialog->accept();
        });
        QVERIFY(intake.press(id, u"classify"_s));
        QTRY_COMPARE_WITH_TIMEOUT(stored(store, id).categoryCode, u"chieu_sang"_s, 15000);
        shoot(intake.window.get(), u"1-intake.png"_s);

        QVERIFY(intake.press(id, u"dispatch"_s));
        DispatchDialog* dispatch = nullptr;
        QTRY_VERIFY((dispatch = intake.window->findChild<DispatchDialog*>()) && dispatch->isVisible());
        for (const QString& name : {u"bai chay"_s, u"xay dung"_s}) {
            auto* filter = dispatch->findChild<QLineEdit*>(u"agencyFilter"_s);
            QTest::keyClicks(filter, name);
            QTest::keyClick(filter, Qt::Key_Return);
        }
        QCOMPARE(dispatch->chosenAgencies(), (QStringList{u"UBND-06673"_s, u"SXD"_s}));
        dispatch->findChild<QPlainTextEdit*>(u"instruction"_s)
            ->setPlainText(u"Đề nghị kiểm tra trong ngày"_s);
        shoot(dispatch, u"2-dispatch.png"_s);
        QTest::mouseClick(dispatch->findChild<QPushButton*>(u"dispatch"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stored(store, id).assignments.size(), 2, 15000);
        QCOMPARE(stored(store, id).state, ReportState::Dispatched);

        // Step 2, the ward: not its competence, returned with a reason within its 1 working day.
        Desk ward(store, u"ward.specialist"_s, settingsFor(u"ward"_s));
        QVERIFY(ward.window);
        QString limitShown;
        onModal<ReturnDialog>([&](ReturnDialog* dialog) {
            limitShown = dialog->findChild<QLabel*>(u"returnLimit"_s)->text();
            shoot(dialog, u"3-return.png"_s);
            dialog->findChild<QPlainTextEdit*>(u"returnReason"_s)
                ->setPlainText(u"Tuyến đèn do Sở Xây dựng quản lý, không thuộc phường."_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"returnOk"_s), Qt::LeftButton);
        });
        QVERIFY(ward.press(id, u"return_to_center"_s));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(store, id, u"UBND-06673"_s), AssignmentState::ReturnedToCenter,
                                  15000);
        QVERIFY2(limitShown.contains(u"1 working day"_s),
                 qPrintable(limitShown)); // returned on the day it came
        QCOMPARE(stored(store, id).assignmentFor(u"UBND-06673"_s)->returnReason,
                 u"Tuyến đèn do Sở Xây dựng quản lý, không thuộc phường."_s);

        // Step 2, the department: accept, then the result with a photo, submitted for approval.
        store.clock().advance(3600);
        Desk specialist(store, u"sxd.specialist"_s, settingsFor(u"sxd.specialist"_s));
        QVERIFY(specialist.window);
        QVERIFY(specialist.press(id, u"accept"_s));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(store, id, u"SXD"_s), AssignmentState::Processing, 15000);
        QVERIFY(specialist.press(id, u"submit_result"_s));
        ResultEditor* editor = nullptr;
        QTRY_VERIFY((editor = specialist.window->findChild<ResultEditor*>()) && editor->isVisible());
        editor->findChild<QPlainTextEdit*>(u"resultText"_s)->setPlainText(u"Đã thay bóng đèn."_s);
        QVERIFY2(editor->addFile(writePhoto(m_dir)), qPrintable(editor->message()));
        shoot(editor, u"4-result.png"_s);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"submitResult"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(store, id, u"SXD"_s), AssignmentState::AwaitingApproval, 15000);
        QCOMPARE(stored(store, id).assignmentFor(u"SXD"_s)->result->attachments.size(), 1);

        // The leader wants more than that: back for rework with a reason.
        Desk leader(store, u"sxd.leader"_s, settingsFor(u"sxd.leader"_s));
        QVERIFY(leader.window);
        leader.window->findChild<QAction*>(u"openApproval"_s)->trigger();
        ApprovalWindow* approval = leader.window->findChild<ApprovalWindow*>();
        QVERIFY(approval);
        QTRY_VERIFY_WITH_TIMEOUT(approval->selectReport(id), 15000);
        approval->decisionPanel()->startRework();
        approval->findChild<QPlainTextEdit*>(u"reworkReason"_s)
            ->setPlainText(u"Ghi rõ công suất bóng và thời điểm đèn sáng lại."_s);
        QTest::mouseClick(approval->findChild<QPushButton*>(u"sendRework"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(store, id, u"SXD"_s), AssignmentState::Rework, 15000);

        // The specialist sees the reason beside the result and resubmits.
        QTRY_VERIFY_WITH_TIMEOUT(specialist.session.cache().report(id)->assignmentFor(u"SXD"_s)->state ==
                                     AssignmentState::Rework,
                                 15000);
        QVERIFY(specialist.press(id, u"submit_result"_s));
        QTRY_VERIFY((editor = specialist.window->findChild<ResultEditor*>()) && editor->isVisible());
        QTRY_VERIFY(editor->findChild<QLabel*>(u"reworkReason"_s)->text().contains(u"công suất bóng"_s));
        editor->findChild<QPlainTextEdit*>(u"resultText"_s)
            ->setPlainText(u"Đã thay bóng đèn LED 100W lúc 15:00 ngày 09/03/2026; đèn sáng bình thường."_s);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"submitResult"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(store, id, u"SXD"_s), AssignmentState::AwaitingApproval, 15000);

        // The leader approves: the only agency still holding the report is done, so it awaits publication.
        QTRY_VERIFY_WITH_TIMEOUT(approval->selectReport(id) &&
                                     approval->findChild<QPushButton*>(u"approve"_s)->isEnabled(),
                                 15000);
        QTRY_VERIFY(
            approval->findChild<QTextBrowser*>(u"resultPane"_s)->toPlainText().contains(u"LED 100W"_s));
        shoot(approval, u"5-approval.png"_s);
        QTest::mouseClick(approval->findChild<QPushButton*>(u"approve"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stored(store, id).state, ReportState::AwaitingPublication, 15000);

        // Step 3, the center: the answer as an Appendix II notice, published within the hour.
        store.clock().advance(600);
        Desk center(store, u"editor"_s, settingsFor(u"editor"_s));
        QVERIFY(center.window);
        QVERIFY(center.press(id, u"publish"_s));
        PublicationDialog* publication = nullptr;
        QTRY_VERIFY((publication = center.window->findChild<PublicationDialog*>()) &&
                    publication->isVisible());
        auto* preview = publication->findChild<QTextBrowser*>(u"noticePreview"_s);
        QTRY_VERIFY(preview->toPlainText().contains(u"LED 100W"_s));
        QVERIFY(preview->toPlainText().contains(u"Kính gửi"_s));
        QVERIFY(!preview->toPlainText().contains(u"UBND phường Bãi Cháy"_s)); // the ward returned it
        shoot(publication, u"6-publication.png"_s);
        onModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(publication->findChild<QPushButton*>(u"finishPublication"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stored(store, id).state, ReportState::Published, 15000);
        const Report published = stored(store, id);
        QVERIFY(published.notice);
        QVERIFY(published.publication && !published.publication->isOpen());
        QVERIFY(published.publication->completedAt <= published.publication->deadline); // within the hour

        // The public feed has it, with the answer and the notice number.
        const QJsonObject request =
            QJsonDocument::fromJson(store.get(u"/open311/v2/requests/"_s + id + u".json"_s).body)
                .array()
                .at(0)
                .toObject();
        QCOMPARE(request.value(u"status"_s).toString(), u"closed"_s);
        QVERIFY(request.value(u"status_notes"_s).toString().contains(u"LED 100W"_s));
        QVERIFY(request.value(u"service_notice"_s).toString().contains(u"/TB-SXD"_s));

        // Everyone's timeline tells the same story; the center's window shows it last.
        center.window->selectReport(id);
        QTRY_VERIFY(center.window->detail()
                        ->findChild<QTextBrowser*>(u"reportText"_s)
                        ->toPlainText()
                        .contains(title));
        shoot(center.window.get(), u"7-published.png"_s);
    }
};

QTEST_MAIN(UiPathsTest)
#include "tst_ui_paths.moc"
