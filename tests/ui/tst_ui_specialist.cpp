// The agency specialist's screens, offscreen, against a real store on loopback (R-9 … ):
// accept in one click with its deadline in sight; the result editor with a photo, kept as a draft across
// closing and reopening, then submitted and uploaded; return to the center with the 1-working-day limit;
// answering the reporter's question; asking the center for the reporter's contact.
#include "CitizenAnswerDialog.h"
#include "ConsoleSession.h"
#include "ContactRequestDialog.h"
#include "DeadlineLabel.h"
#include "MainWindow.h"
#include "QueuePanel.h"
#include "ReportDetailView.h"
#include "ResultEditor.h"
#include "ReturnDialog.h"
#include "SpecialistPanel.h"
#include "StoreFixture.h"
#include "TcpRelay.h"
#include "UiConsole.h"

#include "cache/LocalCache.h"
#include "cache/ResultDrafts.h"
#include "calendar/WorkingCalendar.h"
#include "sync/SyncClient.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <tuple>

using namespace paht;
using namespace paht::ui;
using paht::store::testing::Reply;
using paht::store::testing::StoreFixture;
using namespace Qt::StringLiterals;
using paht::ui::testing::Console;

namespace {

QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), WorkingCalendar::timeZone()).toUTC();
}

// Received, classified and dispatched to SXD now (version 3).
QString dispatchedToSxd(StoreFixture& store, const QString& title)
{
    const QString intake = store.login(u"intake"_s);
    const QString id = store.submitReport(intake, title);
    store.command(intake, u"classify"_s, id, 1, {{u"categoryCode"_s, u"chieu_sang"_s}});
    store.command(intake, u"dispatch"_s, id, 2, {{u"agencies"_s, QJsonArray{u"SXD"_s}}});
    return id;
}

QJsonObject storeReport(StoreFixture& store, const QString& id)
{
    return store.get(u"/api/v1/reports/"_s + id, store.login(u"supervisor"_s)).json();
}

QJsonObject sxdAssignment(StoreFixture& store, const QString& id)
{
    const QJsonArray assignments =
        storeReport(store, id).value(u"report"_s).toObject().value(u"assignments"_s).toArray();
    for (const QJsonValue& value : assignments) {
        if (value.toObject().value(u"agencyCode"_s).toString() == u"SXD")
            return value.toObject();
    }
    return {};
}

// Runs `act` on the modal dialog of type D once it shows (exec() blocks the test until it closes).
template <typename D>
void whenModal(std::function<void(D*)> act)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
    });
    poll->start();
}

QPushButton* action(MainWindow& window, const char* command)
{
    return window.detail()->findChild<QPushButton*>(u"action_"_s + QString::fromLatin1(command));
}

ResultEditor* openEditor(MainWindow& window)
{
    QPushButton* submit = action(window, "submit_result");
    if (!submit)
        return nullptr;
    QTest::mouseClick(submit, Qt::LeftButton);
    return window.findChild<ResultEditor*>();
}

} // namespace

class UiSpecialistTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QSettings settings() const { return QSettings(m_dir.filePath(u"c.ini"_s), QSettings::IniFormat); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    void acceptThenWriteTheResultAsADraftAndSubmitIt()
    {
        StoreFixture store; // Monday 9 March 2026, 09:00 in Quảng Ninh
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString id = dispatchedToSxd(store, u"Đèn đường hỏng trước số 12"_s);
        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), u"sxd.specialist"_s));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 1);
        window.selectReport(id);

        // the acceptance deadline beside the decision; accepting is one click, no dialog.
        auto* panel = window.findChild<SpecialistPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        auto* acceptBy = panel->findChild<DeadlineLabel*>(u"acceptDeadline"_s);
        QVERIFY(acceptBy->isVisible());
        QCOMPARE(acceptBy->indicator().deadline, local(10, 9));
        QVERIFY2(acceptBy->text().contains(DeadlineLabel::localTime(local(10, 9))),
                 qPrintable(acceptBy->text()));
        QTest::mouseClick(action(window, "accept"), Qt::LeftButton);
        QVERIFY(!QApplication::activeModalWidget());
        QTRY_COMPARE_WITH_TIMEOUT(sxdAssignment(store, id).value(u"state"_s).toString(), u"processing"_s,
                                  10000);
        // Accepted, it leaves "To accept" for "In progress".
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 0);
        window.queuePanel()->selectQueue(u"in_progress"_s);
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 1);
        window.selectReport(id);
        QTRY_VERIFY(action(window, "submit_result"));
        QTRY_VERIFY(!acceptBy->isVisible());
        QVERIFY(panel->findChild<DeadlineLabel*>(u"panelResultDeadline"_s)->isVisible());

        // The editor: text, a photo; a file of the wrong kind is refused before anything is kept.
        ResultEditor* editor = openEditor(window);
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        // Vietnamese goes in as an input method would commit it; keyClicks types Latin-1 only.
        auto* textEdit = editor->findChild<QPlainTextEdit*>(u"resultText"_s);
        textEdit->insertPlainText(u"Đã thay bóng đèn tại cột số 12"_s);
        QTest::keyClicks(textEdit, u" (LED 100W)."_s);
        const QString text = u"Đã thay bóng đèn tại cột số 12 (LED 100W)."_s;
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString photo = m_dir.filePath(u"cot-12.png"_s);
        QVERIFY(image.save(photo));
        QFile photoFile(photo);
        QVERIFY(photoFile.open(QIODevice::ReadOnly));
        const QByteArray photoBytes = photoFile.readAll();
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(photoBytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(editor->addFile(photo));
        const QString note = m_dir.filePath(u"ghi-chu.txt"_s);
        QFile noteFile(note);
        QVERIFY(noteFile.open(QIODevice::WriteOnly));
        noteFile.write("not a photo");
        noteFile.close();
        QVERIFY(!editor->addFile(note));
        QVERIFY2(editor->message().contains(u"ghi-chu.txt"_s), qPrintable(editor->message()));
        auto* files = editor->findChild<QListWidget*>(u"resultAttachments"_s);
        QCOMPARE(files->count(), 1);
        QVERIFY(files->item(0)->text().contains(u"cot-12.png"_s));
        QCOMPARE(console.session.sync().pendingCount(), 0); // a draft, not a command
        QTRY_COMPARE(ResultDrafts(console.session.cache()).load(id).value_or(ResultDraft{}).text, text);

        // Closed and opened again: the draft comes back, text and photo.
        QTest::mouseClick(editor->findChild<QPushButton*>(u"closeEditor"_s), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ResultEditor*>());
        QTRY_VERIFY(panel->findChild<QLabel*>(u"draftNotice"_s)->isVisible());
        editor = openEditor(window);
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QPlainTextEdit*>(u"resultText"_s)->toPlainText(), text);
        QCOMPARE(editor->draft().hashes(), QStringList{sha});
        QCOMPARE(editor->findChild<QListWidget*>(u"resultAttachments"_s)->count(), 1);
        QVERIFY(editor->findChild<QLabel*>(u"draftStatus"_s)->text().contains(u"restored"_s));

        // Submitted: queued with its photo, the draft gone; the store has both.
        QSignalSpy applied(&console.session.sync(), &SyncClient::applied);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"submitResult"_s), Qt::LeftButton);
        QVERIFY(!ResultDrafts(console.session.cache()).load(id));
        QTRY_VERIFY(!window.findChild<ResultEditor*>());
        QTRY_COMPARE_WITH_TIMEOUT(console.session.sync().pendingCount(), 0, 10000);
        QVERIFY(!applied.isEmpty());
        const QJsonObject assignment = sxdAssignment(store, id);
        QCOMPARE(assignment.value(u"state"_s).toString(), u"awaiting_approval"_s);
        const QJsonObject result = assignment.value(u"result"_s).toObject();
        QCOMPARE(result.value(u"text"_s).toString(), text);
        QCOMPARE(result.value(u"attachments"_s).toArray(), QJsonArray{sha});
        QCOMPARE(store.get(u"/api/v1/attachments/"_s + sha, store.login(u"sxd.leader"_s)).body, photoBytes);
        QTRY_VERIFY(!panel->findChild<QLabel*>(u"draftNotice"_s)->isVisible());
        QVERIFY(!ResultDrafts(console.session.cache()).load(id));

        // the leader sends it back; the editor shows why and starts from the result sent.
        const QString reason = u"Bổ sung ảnh sau khi thay"_s;
        store.command(store.login(u"sxd.leader"_s), u"return_for_rework"_s, id, 5, {{u"reason"_s, reason}});
        window.queuePanel()->selectQueue(u"rework"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.reportTable()->model()->rowCount(), 1, 10000);
        window.selectReport(id);
        QTRY_VERIFY(panel->findChild<QLabel*>(u"panelReworkReason"_s)->text().contains(reason));
        QTRY_VERIFY(action(window, "submit_result"));
        editor = openEditor(window);
        QVERIFY(editor);
        auto* rework = editor->findChild<QLabel*>(u"reworkReason"_s);
        QVERIFY(rework->isVisible());
        QVERIFY(rework->text().contains(reason));
        QCOMPARE(editor->findChild<QPlainTextEdit*>(u"resultText"_s)->toPlainText(), text);
        QCOMPARE(editor->draft().hashes(), QStringList{sha});
        QVERIFY(editor->draft().localHashes().isEmpty()); // on the store already
        QVERIFY(editor->findChild<QPushButton*>(u"submitResult"_s)->isEnabled());
        editor->close();
    }

    // The draft outlives the console: written online, found again after a restart without the store,
    // submitted offline, and sent with its photo once the store is back.
    void aDraftSurvivesARestartAndIsSubmittedOffline()
    {
        StoreFixture store;
        const QString id = dispatchedToSxd(store, u"Nắp cống bị vỡ"_s);
        store.command(store.login(u"sxd.specialist"_s), u"accept"_s, id, 3, {});
        TcpRelay relay(store.server().port());
        QVERIFY(relay.listen());
        const QString url = u"http://127.0.0.1:%1"_s.arg(relay.port());
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        const QString photo = m_dir.filePath(u"nap-cong.png"_s);
        QVERIFY(image.save(photo));
        const QString text = u"Đã thay nắp cống mới."_s;
        {
            Console first(store.clock());
            QVERIFY(first.login(url, u"sxd.specialist"_s));
            QSettings s = settings();
            MainWindow window(first.session, s);
            window.show();
            window.queuePanel()->selectQueue(u"in_progress"_s);
            QTRY_COMPARE(window.reportTable()->model()->rowCount(), 1);
            window.selectReport(id);
            QTRY_VERIFY(action(window, "submit_result"));
            ResultEditor* editor = openEditor(window);
            QVERIFY(editor);
            QVERIFY(editor->addFile(photo));
            editor->findChild<QPlainTextEdit*>(u"resultText"_s)->insertPlainText(text);
            // The console quits before the typing pause has saved the text: closing keeps it.
            first.session.logout();
        }
        relay.shutDown();

        Console console(store.clock());
        QVERIFY(console.login(url, u"sxd.specialist"_s));
        QVERIFY(console.session.isOffline());
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        window.queuePanel()->selectQueue(u"in_progress"_s);
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 1);
        window.selectReport(id);
        QTRY_VERIFY(window.findChild<SpecialistPanel*>()->findChild<QLabel*>(u"draftNotice"_s)->isVisible());
        ResultEditor* editor = openEditor(window);
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QPlainTextEdit*>(u"resultText"_s)->toPlainText(), text);
        QCOMPARE(editor->draft().attachments.size(), 1);
        const QString sha = editor->draft().attachments.first().sha256;
        QVERIFY(!console.session.sync().photos().read(sha).isEmpty());
        QTest::mouseClick(editor->findChild<QPushButton*>(u"submitResult"_s), Qt::LeftButton);
        QCOMPARE(console.session.sync().pendingCount(), 1);
        QCOMPARE(console.session.cache().pendingUploads(), QStringList{sha});

        QVERIFY(relay.listen(relay.port()));
        console.session.retryOnline();
        QTRY_VERIFY_WITH_TIMEOUT(!console.session.isOffline(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(console.session.sync().pendingCount(), 0, 15000);
        const QJsonObject result = sxdAssignment(store, id).value(u"result"_s).toObject();
        QCOMPARE(result.value(u"text"_s).toString(), text);
        QCOMPARE(result.value(u"attachments"_s).toArray(), QJsonArray{sha});
    }

    void returningShowsTheOneWorkingDayLimit()
    {
        StoreFixture store; // dispatched Monday 09:00: the limit is Tuesday 09:00
        const QString id = dispatchedToSxd(store, u"Cây đổ trên đường Hạ Long"_s);
        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), u"sxd.specialist"_s));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 1);
        window.selectReport(id);
        QTRY_VERIFY(action(window, "return_to_center"));

        // Monday 15:00: 17:00 today and 07:30–09:00 tomorrow are left. The dialog is cancelled.
        store.clock().set(local(9, 15));
        DeadlineIndicator shown;
        bool lateShown = true;
        bool okEnabledEmpty = true;
        whenModal<ReturnDialog>([&](ReturnDialog* dialog) {
            shown = dialog->limitLabel()->indicator();
            lateShown = dialog->findChild<QLabel*>(u"returnLate"_s)->isVisible();
            okEnabledEmpty = dialog->findChild<QPushButton*>(u"returnOk"_s)->isEnabled();
            dialog->reject();
        });
        QTest::mouseClick(action(window, "return_to_center"), Qt::LeftButton);
        QVERIFY(shown.valid);
        QCOMPARE(shown.deadline, local(10, 9));
        QCOMPARE(shown.status, StageStatus::OnTrack);
        QCOMPARE(shown.remainingSeconds, qint64(3 * 3600 + 30 * 60));
        QVERIFY(!lateShown);
        QVERIFY(!okEnabledEmpty); // the reason is required
        QCOMPARE(console.session.sync().pendingCount(), 0);

        // Tuesday 10:00, an hour late: said so; the return goes with its reason.
        store.clock().set(local(10, 10));
        QString limitText;
        whenModal<ReturnDialog>([&](ReturnDialog* dialog) {
            shown = dialog->limitLabel()->indicator();
            limitText = dialog->limitLabel()->text();
            lateShown = dialog->findChild<QLabel*>(u"returnLate"_s)->isVisible();
            dialog->findChild<QPlainTextEdit*>(u"returnReason"_s)
                ->insertPlainText(u"Cây xanh thuộc Công ty Môi trường đô thị"_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"returnOk"_s), Qt::LeftButton);
        });
        QTest::mouseClick(action(window, "return_to_center"), Qt::LeftButton);
        QCOMPARE(shown.status, StageStatus::Overdue);
        QVERIFY(lateShown);
        QVERIFY2(limitText.contains(DeadlineLabel::localTime(local(10, 9))), qPrintable(limitText));
        QTRY_COMPARE_WITH_TIMEOUT(sxdAssignment(store, id).value(u"state"_s).toString(),
                                  u"returned_to_center"_s, 10000);
        const QJsonObject assignment = sxdAssignment(store, id);
        QCOMPARE(assignment.value(u"returnReason"_s).toString(),
                 u"Cây xanh thuộc Công ty Môi trường đô thị"_s);
        const QString recorded =
            assignment.value(u"returnStage"_s).toObject().value(u"deadline"_s).toString();
        QCOMPARE(QDateTime::fromString(recorded, Qt::ISODateWithMs), local(10, 9));
    }

    void answeringTheReporterAndAskingForTheContact()
    {
        StoreFixture store;
        // A citizen's report from the app, handled by SXD and published; then the citizen asks.
        const QString key = store.createApiKey(u"smart-quang-ninh"_s);
        const auto form = [](const QList<QPair<QString, QString>>& fields) {
            QByteArrayList pairs;
            for (const auto& field : fields)
                pairs.append(QUrl::toPercentEncoding(field.first) + '=' +
                             QUrl::toPercentEncoding(field.second));
            return pairs.join('&');
        };
        const Reply submitted =
            store.request("POST", u"/open311/v2/requests.json"_s,
                          form({{u"api_key"_s, key},
                                {u"service_code"_s, u"chieu_sang"_s},
                                {u"lat"_s, u"20.9473"_s},
                                {u"long"_s, u"107.0304"_s},
                                {u"address_string"_s, u"Đường Hạ Long, Bãi Cháy"_s},
                                {u"description"_s, u"Đèn đường trước số 12 Hạ Long không sáng."_s},
                                {u"first_name"_s, u"Dân"_s},
                                {u"last_name"_s, u"Phạm Thị"_s},
                                {u"phone"_s, u"0912345678"_s},
                                {u"email"_s, u"dan@example.vn"_s},
                                {u"confidentiality"_s, u"public"_s}}),
                          {}, "application/x-www-form-urlencoded");
        QCOMPARE(submitted.status, 201);
        const QJsonObject receipt = QJsonDocument::fromJson(submitted.body).array().first().toObject();
        const QString id = receipt.value(u"service_request_id"_s).toString();
        const QString citizenToken = receipt.value(u"token"_s).toString();
        qint64 version = storeReport(store, id).value(u"report"_s).toObject().value(u"version"_s).toInteger();
        for (const auto& [user, type, payload] :
             {std::tuple{u"intake"_s, u"dispatch"_s, QJsonObject{{u"agencies"_s, QJsonArray{u"SXD"_s}}}},
              std::tuple{u"sxd.specialist"_s, u"accept"_s, QJsonObject{}},
              std::tuple{u"sxd.specialist"_s, u"submit_result"_s,
                         QJsonObject{{u"text"_s, u"Đã thay bóng đèn."_s}}},
              std::tuple{u"sxd.leader"_s, u"approve"_s, QJsonObject{}},
              std::tuple{u"editor"_s, u"publish"_s, QJsonObject{{u"text"_s, u"Đã thay bóng đèn."_s}}}}) {
            const QJsonObject result = store.command(store.login(user), type, id, version, payload);
            QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
            version = result.value(u"version"_s).toInteger();
        }
        store.clock().set(local(9, 14));
        const QString question = u"Đèn số 14 vẫn chưa sáng, đề nghị kiểm tra."_s;
        QCOMPARE(store
                     .request("POST", u"/open311/v2/requests/%1/feedback.json"_s.arg(id),
                              form({{u"api_key"_s, key}, {u"token"_s, citizenToken}, {u"text"_s, question}}),
                              {}, "application/x-www-form-urlencoded")
                     .status,
                 200);

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), u"sxd.specialist"_s));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        window.queuePanel()->selectQueue(u"all"_s);
        QTRY_COMPARE(window.reportTable()->model()->rowCount(), 1);
        window.selectReport(id);
        QTRY_VERIFY(action(window, "answer_citizen"));
        QVERIFY(window.findChild<SpecialistPanel*>()
                    ->findChild<DeadlineLabel*>(u"panelAnswerDeadline"_s)
                    ->isVisible());

        QString shownQuestion;
        DeadlineIndicator due;
        whenModal<CitizenAnswerDialog>([&](CitizenAnswerDialog* dialog) {
            shownQuestion = dialog->findChild<QLabel*>(u"citizenQuestion"_s)->text();
            due = dialog->findChild<DeadlineLabel*>(u"answerDeadline"_s)->indicator();
            dialog->findChild<QPlainTextEdit*>(u"citizenAnswer"_s)
                ->insertPlainText(u"Đèn số 14 đã được thay chiều nay."_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"answerOk"_s), Qt::LeftButton);
        });
        QTest::mouseClick(action(window, "answer_citizen"), Qt::LeftButton);
        QCOMPARE(shownQuestion, question);
        QVERIFY(due.valid);
        QCOMPARE(due.stage, SlaStage::CitizenClarification);
        QTRY_COMPARE_WITH_TIMEOUT(
            sxdAssignment(store, id).value(u"clarification"_s).toObject().value(u"answer"_s).toString(),
            u"Đèn số 14 đã được thay chiều nay."_s, 10000);

        // the contact request reaches the center with its reason.
        QTRY_VERIFY(action(window, "request_contact"));
        bool okWhenEmpty = true;
        whenModal<ContactRequestDialog>([&](ContactRequestDialog* dialog) {
            okWhenEmpty = dialog->findChild<QPushButton*>(u"contactOk"_s)->isEnabled();
            dialog->findChild<QPlainTextEdit*>(u"contactReason"_s)
                ->insertPlainText(u"Cần hẹn người phản ánh chỉ vị trí cột đèn số 14."_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactOk"_s), Qt::LeftButton);
        });
        QTest::mouseClick(action(window, "request_contact"), Qt::LeftButton);
        QVERIFY(!okWhenEmpty);
        const auto contactRequested = [&] {
            for (const QJsonValue& event : storeReport(store, id).value(u"events"_s).toArray()) {
                const QJsonObject object = event.toObject();
                if (object.value(u"type"_s).toString() == u"contact_requested" &&
                    object.value(u"payload"_s).toObject().value(u"reason"_s).toString() ==
                        u"Cần hẹn người phản ánh chỉ vị trí cột đèn số 14.")
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(contactRequested(), 10000);
    }
};

QTEST_MAIN(UiSpecialistTest)
#include "tst_ui_specialist.moc"
