// The center's oversight screens, offscreen, against a real store on loopback (R-13, R-19, R-24, R-27,
// an overdue assignment is listed and reminded, and the agency's console is told once and keeps it in
// the timeline; an escalation to the Provincial People's Committee is listed and resolved; an agency's
// request for the reporter's contact is answered and its console shows the phone number; the citizen's
// rating and answers show on the report; a reporter is flagged.
#include "CitizenVoiceView.h"
#include "ConsoleSession.h"
#include "ContactRequestsWindow.h"
#include "DesktopNotifier.h"
#include "DiscloseContactDialog.h"
#include "EscalationsWindow.h"
#include "FlagReporterDialog.h"
#include "MainWindow.h"
#include "NoteDialog.h"
#include "Open311Client.h"
#include "QueuePanel.h"
#include "RemindDialog.h"
#include "ReportDetailView.h"
#include "StoreFixture.h"
#include "UiConsole.h"

#include "cache/LocalCache.h"
#include "items/EscalationTableModel.h"
#include "items/TimelineModel.h"
#include "sync/SyncClient.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace paht;
using namespace paht::ui;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;
using paht::ui::testing::Console;

namespace {

// The dialog an oversight action opened: window-modal, so the active modal widget.
template <typename Dialog>
Dialog* openedDialog()
{
    Dialog* dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            return dialog != nullptr;
        },
        5000);
    return opened ? dialog : nullptr;
}

QPushButton* okOf(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

QAction* oversightAction(MainWindow& window, int index)
{
    auto* menu = window.findChild<QMenu*>(u"oversightMenu"_s);
    return menu ? menu->actions().value(index) : nullptr;
}

QString detailText(MainWindow& window)
{
    return window.detail()->findChild<QTextBrowser*>(u"reportText"_s)->toPlainText();
}

int remindersIn(const QSignalSpy& spy)
{
    int count = 0;
    for (const QList<QVariant>& call : spy) {
        if (call.at(0).toString() == DesktopNotifier::tr("Reminder from the Operations Center"))
            ++count;
    }
    return count;
}

} // namespace

class UiOversightTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<StoreFixture> m_store;
    QString m_intake;

    QSettings settings() const { return QSettings(m_settingsDir.filePath(u"c.ini"_s), QSettings::IniFormat); }
    QString url() const { return m_store->url(QString()).toString(); }
    QJsonObject storedReport(const QString& id)
    {
        return m_store->get(u"/api/v1/reports/"_s + id, m_store->login(u"supervisor"_s))
            .json()
            .value(u"report"_s)
            .toObject();
    }
    // A report classified and dispatched to SXD by the intake operator, at version 3.
    QString dispatchedToSxd(const QString& title)
    {
        const QString id = m_store->submitReport(m_intake, title);
        m_store->command(m_intake, u"classify"_s, id, 1, {{u"categoryCode"_s, u"chieu_sang"_s}});
        const QJsonObject answer =
            m_store->command(m_intake, u"dispatch"_s, id, 2, {{u"agencies"_s, QJsonArray{u"SXD"_s}}});
        if (answer.value(u"status"_s).toString() != u"applied")
            qWarning() << answer;
        return id;
    }
    static void showAll(MainWindow& window, const QString& reportId)
    {
        window.queuePanel()->selectQueue(u"all"_s);
        QTRY_VERIFY(window.reportTable()->model()->rowCount() > 0);
        window.selectReport(reportId);
        QTRY_COMPARE(window.detail()->reportId(), reportId);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
        m_store = std::make_unique<StoreFixture>();
        QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
        m_intake = m_store->login(u"intake"_s);
    }

    void cleanup() { m_store.reset(); }

    void anOverdueAssignmentIsRemindedAndTheAgencyIsToldOnce()
    {
        // Dispatched Monday 9 March 09:00: SXD must accept by Tuesday 09:00.
        const QString id = dispatchedToSxd(u"Đèn đường hỏng trước trường học"_s);
        const QString note = u"Đề nghị Sở tiếp nhận ngay"_s;
        {
            Console agency(m_store->clock());
            QVERIFY(agency.login(url(), u"sxd.specialist"_s));
            QSettings s = settings();
            MainWindow agencyWindow(agency.session, s);
            QSignalSpy notified(agencyWindow.notifier(), &DesktopNotifier::notified);
            agencyWindow.show();
            QTRY_VERIFY(agency.session.cache().report(id).has_value());

            m_store->clock().advance(2 * 24 * 3600); // Wednesday 09:00: a working day late
            Console center(m_store->clock());
            QVERIFY(center.login(url(), u"supervisor"_s));
            MainWindow centerWindow(center.session, s);
            centerWindow.show();
            QTRY_VERIFY(center.session.cache().report(id).has_value());

            QAction* late = oversightAction(centerWindow, 0);
            QVERIFY(late);
            late->trigger();
            auto* remind = openedDialog<RemindDialog>();
            QVERIFY(remind);
            auto* tree = remind->findChild<QTreeWidget*>(u"reminderCandidates"_s);
            QCOMPARE(tree->topLevelItemCount(), 1);
            QTreeWidgetItem* sxd = tree->topLevelItem(0);
            QCOMPARE(sxd->childCount(), 1);
            QCOMPARE(sxd->child(0)->text(0), id);
            QVERIFY2(sxd->child(0)->text(2).contains(u"overdue"_s), qPrintable(sxd->child(0)->text(2)));
            QVERIFY(!okOf(remind)->isEnabled());
            remind->setAgencyChecked(u"SXD"_s, true);
            QCOMPARE(remind->chosen().size(), 1);
            remind->setNote(note);
            QVERIFY(okOf(remind)->isEnabled());
            QTest::mouseClick(okOf(remind), Qt::LeftButton);

            // The reminder reaches the store, and the agency's console is told once.
            QTRY_COMPARE_WITH_TIMEOUT(storedReport(id).value(u"assignments"_s)[0][u"reminders"_s].toInt(), 1,
                                      10000);
            QTRY_COMPARE_WITH_TIMEOUT(remindersIn(notified), 1, 10000);
            const QList<QVariant> told = notified.at(notified.size() - 1);
            QVERIFY2(told.at(1).toString().contains(id) && told.at(1).toString().contains(note),
                     qPrintable(told.at(1).toString()));
            // The next sync brings the report again, changed in another way: no second notification.
            const QJsonObject flagged = m_store->command(m_store->login(u"intake"_s), u"flag_reporter"_s, id,
                                                         4, {{u"flag"_s, u"valuable"_s}});
            QCOMPARE(flagged.value(u"status"_s).toString(), u"applied"_s);
            QTRY_COMPARE_WITH_TIMEOUT(agency.session.cache().report(id)->version, 5, 10000);
            QCoreApplication::processEvents();
            QCOMPARE(remindersIn(notified), 1);

            // It stays in the report's history.
            agencyWindow.queuePanel()->selectQueue(u"all"_s);
            QTRY_VERIFY(agencyWindow.reportTable()->model()->rowCount() > 0);
            agencyWindow.selectReport(id);
            TimelineModel& timeline = agency.session.timeline();
            QTRY_COMPARE(timeline.reportId(), id);
            bool inTimeline = false;
            for (int row = 0; row < timeline.rowCount(); ++row) {
                const QModelIndex index = timeline.index(row);
                inTimeline =
                    inTimeline || (index.data(TimelineModel::TypeRole).toString() == u"reminder_sent" &&
                                   index.data().toString().contains(note));
            }
            QVERIFY(inTimeline);
            agency.session.logout();
        }

        // After a restart over the same cache, the same reminder is not told again.
        Console again(m_store->clock());
        QVERIFY(again.login(url(), u"sxd.specialist"_s));
        QSettings s = settings();
        MainWindow window(again.session, s);
        QSignalSpy notified(window.notifier(), &DesktopNotifier::notified);
        window.show();
        QSignalSpy synced(&again.session.sync(), &SyncClient::synced);
        QVERIFY(synced.count() > 0 || synced.wait(10000));
        QTest::qWait(200);
        QCOMPARE(remindersIn(notified), 0);
    }

    void bothAgenciesOfAReportAreRemindedFromTheDetailPane()
    {
        const QString id = m_store->submitReport(m_intake, u"Nước tràn làm hỏng đèn"_s);
        m_store->command(m_intake, u"classify"_s, id, 1, {{u"categoryCode"_s, u"chieu_sang"_s}});
        m_store->command(m_intake, u"dispatch"_s, id, 2, {{u"agencies"_s, QJsonArray{u"SXD"_s, u"NUOC"_s}}});
        Console center(m_store->clock());
        QVERIFY(center.login(url(), u"intake"_s));
        QSettings s = settings();
        MainWindow window(center.session, s);
        window.show();
        QTRY_VERIFY(center.session.cache().report(id).has_value());
        showAll(window, id);

        auto* remind = window.detail()->findChild<QPushButton*>(u"action_remind"_s);
        QVERIFY(remind);
        QTest::mouseClick(remind, Qt::LeftButton);
        auto* dialog = openedDialog<RemindDialog>();
        QVERIFY(dialog);
        // Nothing is late yet: the operator reminds on purpose, and both agencies are ticked.
        QCOMPARE(dialog->findChild<QTreeWidget*>(u"reminderCandidates"_s)->topLevelItemCount(), 2);
        QCOMPARE(dialog->chosen().size(), 2);
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);

        // Two commands on one report, chained by version: the store applies both.
        QTRY_COMPARE_WITH_TIMEOUT(storedReport(id).value(u"version"_s).toInteger(), 5, 10000);
        const QJsonArray assignments = storedReport(id).value(u"assignments"_s).toArray();
        QCOMPARE(assignments.size(), 2);
        for (const QJsonValue& assignment : assignments)
            QCOMPARE(assignment[u"reminders"_s].toInt(), 1);
        QCOMPARE(center.session.sync().conflictCount(), 0);
    }

    void anEscalationIsListedAndResolved()
    {
        const QString id = dispatchedToSxd(u"Hai cơ quan chưa thống nhất"_s);
        Console center(m_store->clock());
        QVERIFY(center.login(url(), u"supervisor"_s));
        QSettings s = settings();
        MainWindow window(center.session, s);
        window.show();
        QTRY_VERIFY(center.session.cache().report(id).has_value());
        showAll(window, id);

        auto* escalate = window.detail()->findChild<QPushButton*>(u"action_escalate"_s);
        QVERIFY(escalate);
        QTest::mouseClick(escalate, Qt::LeftButton);
        auto* dialog = openedDialog<NoteDialog>();
        QVERIFY(dialog);
        QVERIFY(!okOf(dialog)->isEnabled()); // the note is required
        const QString note = u"Sở Xây dựng và UBND phường chưa thống nhất thẩm quyền"_s;
        dialog->setNote(note);
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(storedReport(id).value(u"escalation"_s).toObject().value(u"note"_s) == note,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(center.session.cache().report(id)->escalation.has_value(), 10000);

        QAction* list = oversightAction(window, 1);
        QVERIFY(list);
        list->trigger();
        auto* escalations = window.findChild<EscalationsWindow*>();
        QVERIFY(escalations);
        QTRY_COMPARE(escalations->model().rowCount(), 1);
        QCOMPARE(escalations->model().openCount(), 1);
        QCOMPARE(escalations->model().index(0, EscalationTableModel::NoteColumn).data().toString(), note);
        QVERIFY(
            escalations->model().index(0, EscalationTableModel::EscalatedColumn).data().toString().size() >
            3);
        auto* resolve = escalations->findChild<QPushButton*>(u"resolve"_s);
        QVERIFY(!resolve->isEnabled());
        QVERIFY(escalations->selectReport(id));
        QVERIFY(resolve->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        auto* resolution = openedDialog<NoteDialog>();
        QVERIFY(resolution);
        QVERIFY(resolution->findChild<QLabel*>(u"noteAbout"_s)->text().contains(note));
        resolution->setNote(u"UBND tỉnh giao Sở Xây dựng chủ trì"_s);
        QTest::mouseClick(okOf(resolution), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(escalations->model().openCount(), 0, 10000);
        QCOMPARE(escalations->model().rowCount(), 1);
        QCOMPARE(escalations->model().index(0, EscalationTableModel::ResolutionColumn).data().toString(),
                 u"UBND tỉnh giao Sở Xây dựng chủ trì"_s);
        QVERIFY(!resolve->isEnabled());
        QTRY_VERIFY(detailText(window).contains(u"UBND tỉnh giao Sở Xây dựng chủ trì"_s));
    }

    void aContactRequestIsAnsweredAndTheAgencySeesThePhone()
    {
        const QString id = dispatchedToSxd(u"Cột đèn nghiêng"_s);
        Console agency(m_store->clock());
        QVERIFY(agency.login(url(), u"sxd.specialist"_s));
        QSettings s = settings();
        MainWindow agencyWindow(agency.session, s);
        agencyWindow.show();
        QTRY_VERIFY(agency.session.cache().report(id).has_value());
        showAll(agencyWindow, id);
        QTRY_VERIFY(detailText(agencyWindow).contains(u"*******678"_s));
        QVERIFY(!detailText(agencyWindow).contains(kReporterPhone));
        // The specialist asks the center for the contact, through the console's outbox.
        QVERIFY(!agency.session
                     .act(id, u"request_contact"_s, {{u"reason"_s, u"Cần hẹn người dân chỉ vị trí cột"_s}})
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(storedReport(id).value(u"version"_s).toInteger(), 4, 10000);

        Console center(m_store->clock());
        QVERIFY(center.login(url(), u"intake"_s));
        MainWindow centerWindow(center.session, s);
        centerWindow.show();
        QTRY_VERIFY(center.session.cache().report(id).has_value());
        QAction* requests = oversightAction(centerWindow, 2);
        QVERIFY(requests);
        requests->trigger();
        auto* list = centerWindow.findChild<ContactRequestsWindow*>();
        QVERIFY(list);
        QTRY_COMPARE(list->requestCount(), 1);
        QVERIFY(list->select(id, u"SXD"_s));
        QTest::mouseClick(list->findChild<QPushButton*>(u"disclose"_s), Qt::LeftButton);
        auto* disclose = openedDialog<DiscloseContactDialog>();
        QVERIFY(disclose);
        QCOMPARE(disclose->agencyCode(), u"SXD"_s);
        auto* shown = disclose->findChild<QListWidget*>(u"contactRequests"_s);
        QVERIFY(shown->item(0)->text().contains(u"Cần hẹn người dân chỉ vị trí cột"_s));
        QVERIFY(!okOf(disclose)->isEnabled()); // the reason is recorded, so it is required
        disclose->setReason(u"Để Sở hẹn người dân xác minh tại hiện trường"_s);
        QVERIFY(okOf(disclose)->isEnabled());
        QTest::mouseClick(okOf(disclose), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(storedReport(id).value(u"contactDisclosedTo"_s).toArray().contains(u"SXD"_s),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->requestCount(), 0, 10000);
        // After its sync, the agency's console shows the contact the store now unmasks for it.
        QTRY_VERIFY_WITH_TIMEOUT(detailText(agencyWindow).contains(kReporterPhone), 10000);
    }

    void theCitizensRatingAndAnswersShowOnTheReport()
    {
        // A citizen reports through the app, the report is handled and published, then answered and rated.
        const QString key = m_store->createApiKey(u"smart-quang-ninh"_s);
        const Reply created =
            m_store->request("POST", u"/open311/v2/requests.json"_s, formBody(citizenFields(key)), {},
                             "application/x-www-form-urlencoded");
        QCOMPARE(created.status, 201);
        const QString id = firstObject(created).value(u"service_request_id"_s).toString();
        const QString token = firstObject(created).value(u"token"_s).toString();
        struct Step
        {
            QString user;
            QString type;
            QJsonObject payload;
        };
        const QList<Step> steps{
            {u"intake"_s, u"dispatch"_s, {{u"agencies"_s, QJsonArray{u"SXD"_s}}}},
            {u"sxd.specialist"_s, u"accept"_s, {}},
            {u"sxd.specialist"_s, u"submit_result"_s, {{u"text"_s, u"Đã thay bóng đèn."_s}}},
            {u"sxd.leader"_s, u"approve"_s, {}},
            {u"editor"_s, u"publish"_s, {{u"text"_s, u"Sở Xây dựng đã thay bóng đèn."_s}}},
        };
        qint64 version = storedReport(id).value(u"version"_s).toInteger();
        for (const Step& step : steps) {
            const QJsonObject result =
                m_store->command(m_store->login(step.user), step.type, id, version, step.payload);
            QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
            version = result.value(u"version"_s).toInteger();
        }
        const Fields citizen{{u"api_key"_s, key}, {u"token"_s, token}};
        const QString question = u"Cột số 18 bên cạnh vẫn chưa sáng."_s;
        QCOMPARE(m_store
                     ->request("POST", u"/open311/v2/requests/%1/feedback.json"_s.arg(id),
                               formBody(with(citizen, u"text"_s, question)), {},
                               "application/x-www-form-urlencoded")
                     .status,
                 200);
        QCOMPARE(m_store
                     ->request("POST", u"/open311/v2/requests/%1/rating.json"_s.arg(id),
                               formBody(with(with(citizen, u"rating"_s, u"satisfied"_s), u"comment"_s,
                                             u"Xử lý nhanh"_s)),
                               {}, "application/x-www-form-urlencoded")
                     .status,
                 200);

        Console center(m_store->clock());
        QVERIFY(center.login(url(), u"supervisor"_s));
        QSettings s = settings();
        MainWindow window(center.session, s);
        window.show();
        QTRY_VERIFY(center.session.cache().report(id).has_value());
        showAll(window, id);
        auto* voice = window.detail()->findChild<CitizenVoiceView*>();
        QVERIFY(voice);
        QTRY_VERIFY(voice->isVisible());
        auto* rating = voice->findChild<QLabel*>(u"citizenRating"_s);
        QVERIFY2(rating->text().contains(u"Satisfied (4/5)"_s) && rating->text().contains(u"Xử lý nhanh"_s),
                 qPrintable(rating->text()));
        QVERIFY(rating->text().startsWith(u"★★★★☆"_s));
        auto* conversation = voice->findChild<QListWidget*>(u"citizenConversation"_s);
        QCOMPARE(conversation->count(), 1);
        QVERIFY(conversation->item(0)->text().contains(question));

        // The agency's answer joins the conversation after the next sync.
        const QJsonObject answered =
            m_store->command(m_store->login(u"sxd.specialist"_s), u"answer_citizen"_s, id,
                             storedReport(id).value(u"version"_s).toInteger(),
                             {{u"text"_s, u"Sở sẽ thay cột số 18 trong tuần."_s}});
        QCOMPARE(answered.value(u"status"_s).toString(), u"applied"_s);
        QTRY_COMPARE_WITH_TIMEOUT(conversation->count(), 2, 10000);
        QVERIFY(conversation->item(1)->text().contains(u"Sở sẽ thay cột số 18 trong tuần."_s));
    }

    void aReporterIsFlaggedAndTheFlagShows()
    {
        const QString id = m_store->submitReport(m_intake, u"Báo tin giả về cháy chợ"_s);
        Console center(m_store->clock());
        QVERIFY(center.login(url(), u"intake"_s));
        QSettings s = settings();
        MainWindow window(center.session, s);
        window.show();
        QTRY_VERIFY(center.session.cache().report(id).has_value());
        showAll(window, id);
        QVERIFY(!detailText(window).contains(u"False or abusive"_s));

        auto* flag = window.detail()->findChild<QPushButton*>(u"action_flag_reporter"_s);
        QVERIFY(flag);
        QTest::mouseClick(flag, Qt::LeftButton);
        auto* dialog = openedDialog<FlagReporterDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(u"currentFlag"_s)->text().contains(u"Not flagged"_s));
        QVERIFY(!okOf(dialog)->isEnabled()); // nothing changed yet
        auto* falseAbusive = dialog->findChild<QRadioButton*>(u"flag_false_abusive"_s);
        QTest::mouseClick(falseAbusive, Qt::LeftButton, {}, QPoint(6, falseAbusive->height() / 2));
        QVERIFY(falseAbusive->isChecked());
        QVERIFY(okOf(dialog)->isEnabled());
        dialog->setNote(u"Không có vụ cháy nào"_s);
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(storedReport(id).value(u"reporterFlag"_s).toString(), u"false_abusive"_s,
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(detailText(window).contains(u"False or abusive"_s), 10000);

        // The dialog opens on the current flag.
        QTest::mouseClick(window.detail()->findChild<QPushButton*>(u"action_flag_reporter"_s),
                          Qt::LeftButton);
        auto* again = openedDialog<FlagReporterDialog>();
        QVERIFY(again);
        QVERIFY(again->findChild<QLabel*>(u"currentFlag"_s)->text().contains(u"False or abusive"_s));
        QVERIFY(again->findChild<QRadioButton*>(u"flag_false_abusive"_s)->isChecked());
        again->reject();
    }
};

QTEST_MAIN(UiOversightTest)
#include "tst_ui_oversight.moc"
