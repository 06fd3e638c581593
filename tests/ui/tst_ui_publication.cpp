// The center's publication screen (R-14 … R-17), offscreen, against a real store on loopback: edit the
// answer, preview it as the Appendix II notice, save it as PDF, then publish a public report (the store
// numbers the notice and the answer reaches the Open311 feed), answer a confidential one privately and
// close a state secret, neither of which reaches the public feed. The deadline runs on the injected clock.

#include "ConsoleSession.h"
#include "MainWindow.h"
#include "PublicationDialog.h"
#include "PublicationPath.h"
#include "QueuePanel.h"
#include "ReportDetailView.h"
#include "StoreFixture.h"
#include "UiConsole.h"

#include "cache/LocalCache.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <memory>

using namespace paht;
using namespace paht::ui;
using namespace paht::store::testing;
using namespace Qt::StringLiterals;
using paht::ui::testing::Console;

namespace {

// Answers the next question box with `button` once it is shown (it runs its own event loop).
void answerNextQuestion(QMessageBox::StandardButton button)
{
    auto* poll = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box || ++*tries > 250) {
            poll->stop();
            poll->deleteLater();
        }
        if (box)
            box->button(button)->click();
    });
    poll->start(20);
}

QString pdfText(const QString& file)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
}

QJsonObject storeReport(StoreFixture& store, const QString& token, const QString& id)
{
    return store.get(u"/api/v1/reports/"_s + id, token).json().value(u"report"_s).toObject();
}

QStringList publicIds(StoreFixture& store)
{
    QStringList ids;
    const QJsonArray list = QJsonDocument::fromJson(store.get(u"/open311/v2/requests.json"_s).body).array();
    for (const QJsonValue& value : list)
        ids.append(value.toObject().value(u"service_request_id"_s).toString());
    return ids;
}

} // namespace

class UiPublicationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    QSettings settings() const { return QSettings(m_settingsDir.filePath(u"c.ini"_s), QSettings::IniFormat); }

    // Selects the report in the window's current queue and presses its action button.
    static void openFrom(MainWindow& window, const QString& reportId, const QString& command,
                         PublicationDialog** opened)
    {
        QTRY_VERIFY_WITH_TIMEOUT(window.reportTable()->model()->rowCount() > 0, 15000);
        window.selectReport(reportId);
        QPushButton* button = nullptr;
        QTRY_VERIFY((button = window.detail()->findChild<QPushButton*>(u"action_"_s + command)));
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = window.findChild<PublicationDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->reportId(), reportId);
        *opened = dialog;
    }

    static void writeAnswer(PublicationDialog* dialog, const QString& text)
    {
        auto* editor = dialog->findChild<QPlainTextEdit*>(u"publicAnswer"_s);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        // Vietnamese arrives through an input method (IBus, Unikey) as committed text.
        QInputMethodEvent typed;
        typed.setCommitString(text);
        QCoreApplication::sendEvent(editor, &typed);
    }

    static QString preview(PublicationDialog* dialog)
    {
        return dialog->findChild<QTextBrowser*>(u"noticePreview"_s)->toPlainText();
    }

    static void finish(PublicationDialog* dialog)
    {
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"finishPublication"_s), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (Debian package poppler-utils) is needed to read the PDF");
    }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    void aPublicReportIsPublishedUnderTheStoresNumber()
    {
        StoreFixture store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QString intake = store.login(u"intake"_s);
        const QString id = store.submitReport(intake);
        QVERIFY(bringToPublication(store, intake, id, {sxdStaff()}) > 0);

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), u"editor"_s));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        PublicationDialog* dialog = nullptr;
        openFrom(window, id, u"publish"_s, &dialog);
        QVERIFY(dialog);
        QCOMPARE(dialog->ending(), u"publish"_s);
        // The agency's approved result is the draft; R-14's hour runs from the approval at 09:00.
        QCOMPARE(dialog->findChild<QPlainTextEdit*>(u"publicAnswer"_s)->toPlainText(),
                 u"SXD đã thay bóng đèn hỏng và kiểm tra lại tuyến chiếu sáng."_s);
        const QString deadline = dialog->findChild<QLabel*>(u"publicationDeadline"_s)->text();
        QVERIFY2(deadline.contains(u"10:00 09/03/2026"_s) && deadline.contains(u"left"_s),
                 qPrintable(deadline));

        const QString answer =
            u"Sở Xây dựng đã thay bóng đèn LED tại cột số 17, đèn sáng trở lại từ tối 9/3."_s;
        writeAnswer(dialog, answer);
        QVERIFY(preview(dialog).contains(answer));
        QVERIFY(preview(dialog).contains(u"Số: …/TB-SXD"_s));
        QVERIFY(preview(dialog).contains(u"(số được cấp khi phát hành)"_s));
        dialog->grab().save(QDir::temp().filePath(u"paht-publication.png"_s));

        QTemporaryDir dir;
        const QString draft = dir.filePath(u"draft.pdf"_s);
        QVERIFY(dialog->savePdf(draft));
        QVERIFY2(pdfText(draft).contains(u"tại cột số 17"_s), qPrintable(pdfText(draft)));

        finish(dialog);
        const QString editor = store.login(u"editor"_s);
        QTRY_COMPARE_WITH_TIMEOUT(storeReport(store, editor, id).value(u"state"_s).toString(), u"published"_s,
                                  15000);
        const QJsonObject published = storeReport(store, editor, id);
        QCOMPARE(published.value(u"publicAnswer"_s).toString(), answer);
        QCOMPARE(published.value(u"notice"_s)
                     .toObject()
                     .value(u"numbers"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"number"_s)
                     .toString(),
                 u"01/TB-SXD"_s);

        // The dialog follows the report: the store's number replaces "to be given".
        QTRY_VERIFY_WITH_TIMEOUT(preview(dialog).contains(u"Số: 01/TB-SXD"_s), 15000);
        QVERIFY(dialog->findChild<QLabel*>(u"publicationStatus"_s)->text().contains(u"01/TB-SXD"_s));
        QVERIFY(!dialog->findChild<QPushButton*>(u"finishPublication"_s)->isVisible());
        QVERIFY(dialog->findChild<QPlainTextEdit*>(u"publicAnswer"_s)->isReadOnly());
        const QString final = dir.filePath(u"final.pdf"_s);
        QVERIFY(dialog->savePdf(final));
        QVERIFY(pdfText(final).contains(u"Số: 01/TB-SXD"_s));

        // the answer and its notice are on the public feed and the timeline.
        const QJsonArray list =
            QJsonDocument::fromJson(store.get(u"/open311/v2/requests.json"_s).body).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject record = list.first().toObject();
        QCOMPARE(record.value(u"service_request_id"_s).toString(), id);
        QCOMPARE(record.value(u"status_notes"_s).toString(), answer);
        QVERIFY(record.value(u"service_notice"_s).toString().contains(u"01/TB-SXD"_s));
        const QByteArray timeline = store.get(u"/open311/v2/requests/%1/timeline.json"_s.arg(id)).body;
        QVERIFY2(timeline.contains("\"published\""), timeline.constData());
    }

    void aConfidentialReportIsAnsweredToItsReporterAlone()
    {
        StoreFixture store;
        const QString intake = store.login(u"intake"_s);
        const QString id = store.submitReport(intake, u"Đèn hỏng trước nhà"_s, u"confidential"_s);
        QVERIFY(bringToPublication(store, intake, id, {sxdStaff()}) > 0);

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), u"editor"_s));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        PublicationDialog* dialog = nullptr;
        openFrom(window, id, u"answer_privately"_s, &dialog);
        QVERIFY(dialog);
        QCOMPARE(dialog->ending(), u"answer_privately"_s);
        QVERIFY(dialog->findChild<QLabel*>(u"publicationRoute"_s)->text().contains(u"reporter alone"_s));
        QVERIFY(preview(dialog).contains(u"Kính gửi: Quý cá nhân"_s));

        finish(dialog);
        const QString editor = store.login(u"editor"_s);
        QTRY_COMPARE_WITH_TIMEOUT(storeReport(store, editor, id).value(u"state"_s).toString(),
                                  u"answered_privately"_s, 15000);
        QVERIFY(storeReport(store, editor, id).contains(u"notice"_s));
        QTRY_VERIFY_WITH_TIMEOUT(preview(dialog).contains(u"Số: 01/TB-SXD"_s), 15000);

        // nothing of it on the public feed.
        QVERIFY(!publicIds(store).contains(id));
        QCOMPARE(store.get(u"/open311/v2/requests/%1.json"_s.arg(id)).status, 404);
        QCOMPARE(store.get(u"/open311/v2/requests/%1/timeline.json"_s.arg(id)).status, 404);
    }

    void aStateSecretIsClosedWithoutPublication()
    {
        StoreFixture store;
        QVERIFY(store.addUser(u"intake.cleared"_s, u"intake_operator"_s, {}, true));
        QVERIFY(store.addUser(u"editor.cleared"_s, u"publication_editor"_s, {}, true));
        const QString intake = store.login(u"intake.cleared"_s);
        const QString id = store.submitReport(intake, u"Công trình quốc phòng"_s, u"state_secret"_s);
        QVERIFY(bringToPublication(store, intake, id, {sxdStaff()}) > 0);

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), u"editor.cleared"_s));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        PublicationDialog* dialog = nullptr;
        openFrom(window, id, u"close_restricted"_s, &dialog);
        QVERIFY(dialog);
        QCOMPARE(dialog->ending(), u"close_restricted"_s);
        QVERIFY(preview(dialog).contains(u"No Appendix II notice"_s));
        QVERIFY(!dialog->findChild<QPushButton*>(u"savePdf"_s)->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton*>(u"printNotice"_s)->isEnabled());
        QTemporaryDir dir;
        QVERIFY(!dialog->savePdf(dir.filePath(u"secret.pdf"_s)));

        finish(dialog);
        const QString editor = store.login(u"editor.cleared"_s);
        QTRY_COMPARE_WITH_TIMEOUT(storeReport(store, editor, id).value(u"state"_s).toString(),
                                  u"closed_restricted"_s, 15000);
        QVERIFY(!storeReport(store, editor, id).contains(u"notice"_s));
        QVERIFY(!publicIds(store).contains(id));
        QCOMPARE(store.get(u"/open311/v2/requests/%1.json"_s.arg(id)).status, 404);
    }

    void theIntakeOperatorEditsButDoesNotPublishAndSeesTheOverdueHour()
    {
        StoreFixture store;
        const QString intake = store.login(u"intake"_s);
        const QString id = store.submitReport(intake);
        QVERIFY(bringToPublication(store, intake, id, {sxdStaff()}) > 0);
        store.clock().advance(2 * 3600); // 11:00: the hour to publish ended at 10:00

        Console console(store.clock());
        QVERIFY(console.login(store.url(QString()).toString(), u"intake"_s));
        QSettings s = settings();
        MainWindow window(console.session, s);
        window.show();
        window.queuePanel()->selectQueue(u"awaiting_publication"_s);
        PublicationDialog* dialog = nullptr;
        openFrom(window, id, u"edit_public_answer"_s, &dialog);
        QVERIFY(dialog);
        QVERIFY(dialog->ending().isEmpty()); // publishing is the publication editor's (PublicationCommands)
        QVERIFY(!dialog->findChild<QPushButton*>(u"finishPublication"_s)->isVisible());
        const QString deadline = dialog->findChild<QLabel*>(u"publicationDeadline"_s)->text();
        QVERIFY2(deadline.contains(u"overdue by 1 hour"_s), qPrintable(deadline));

        auto* save = dialog->findChild<QPushButton*>(u"saveAnswer"_s);
        QVERIFY(save->isEnabled()); // the draft from the agency's result is not the report's answer yet
        writeAnswer(dialog, u"Bản biên tập của Trung tâm."_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(storeReport(store, intake, id).value(u"publicAnswer"_s).toString(),
                                  u"Bản biên tập của Trung tâm."_s, 15000);
        QCOMPARE(storeReport(store, intake, id).value(u"state"_s).toString(), u"awaiting_publication"_s);
        QTRY_VERIFY(!save->isEnabled()); // saved: nothing left to save
    }
};

QTEST_MAIN(UiPublicationTest)
#include "tst_ui_publication.moc"
