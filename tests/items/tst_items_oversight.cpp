// The center's oversight models: late assignments grouped by agency under a
// manual clock and the remind commands they become, the agencies a command may name, the escalation list,
// the agencies' pending requests for the reporter's contact, the reminders an agency is told once, and the
// citizen's answers and rating.
#include "ItemsFixture.h"
#include "cache/LocalCache.h"
#include "calendar/Clock.h"
#include "items/CitizenVoice.h"
#include "items/CommandTargets.h"
#include "items/ContactRequests.h"
#include "items/EscalationTableModel.h"
#include "items/EventDescription.h"
#include "items/ReminderBoard.h"
#include "items/ReminderInbox.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

// "agency: report status reminders" per candidate, in the board's order.
QStringList linesOf(const QList<AgencyReminders>& groups)
{
    QStringList lines;
    for (const AgencyReminders& group : groups) {
        for (const ReminderCandidate& candidate : group.assignments)
            lines << u"%1: %2 %3 %4"_s
                         .arg(group.agencyCode, candidate.reportId,
                              stageStatusName(candidate.deadline.status))
                         .arg(candidate.reminders);
    }
    return lines;
}

Report numbered(const Scenario& scenario, int serial)
{
    Report report = scenario.report();
    report.id = ItemsWorld::id(serial);
    return report;
}

QList<Event> eventsNumbered(const Scenario& scenario, int serial)
{
    QList<Event> events = scenario.events();
    for (Event& event : events)
        event.reportId = ItemsWorld::id(serial);
    return events;
}

} // namespace

class OversightModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_english); }

    void lateAssignmentsAreGroupedByAgencyAsTheClockMoves();
    void onAReportEveryOwingAgencyCanBeReminded();
    void remindersOnOneReportAreChained();
    void commandTargetsFollowTheWorkflow();
    void escalationListShowsOpenThenResolved();
    void pendingContactRequests();
    void pendingContactRequestsAcrossTheCache();
    void anAgencyIsToldOfAReminderOnce();
    void citizenVoice();
    void reminderNoteInTheTimeline();

private:
    ItemsWorld m_items;
    EnglishPlurals m_english;
};

void OversightModelsTest::lateAssignmentsAreGroupedByAgencyAsTheClockMoves()
{
    // 3 dispatched to SXD and NUOC at Mon 08:20: acceptance due Tue 08:20, due soon 2 working hours before.
    // 5: SXD's result awaits approval (due Tue 08:50); NUOC processes (3 days, due Thu 08:40).
    // 8 is published and 10 was returned by SXD: nothing owed there, except NUOC's acceptance on 10.
    const QList<Report> reports{m_items.reach(u"dispatched"_s, 3), m_items.reach(u"awaiting_approval"_s, 5),
                                m_items.reach(u"published"_s, 8), m_items.reach(u"sxd_returned"_s, 10)};
    const ReminderBoard board(m_items.world.workflow, m_items.gauge, m_items.world.directory);
    const Actor center = WorkflowWorld::actor(u"operator"_s);
    ManualClock clock(ItemsWorld::monday());

    QVERIFY(board.late(reports, center, clock.now()).isEmpty());

    clock.set(WorkflowWorld::local(2026, 3, 2, 16, 30));
    QList<AgencyReminders> late = board.late(reports, center, clock.now());
    QCOMPARE(linesOf(late),
             (QStringList{u"NUOC: PAHT-2026-000103 due_soon 0"_s, u"NUOC: PAHT-2026-000110 due_soon 0"_s,
                          u"SXD: PAHT-2026-000103 due_soon 0"_s, u"SXD: PAHT-2026-000105 due_soon 0"_s}));
    QCOMPARE(late.first().agencyName, m_items.world.directory.agencies.value(u"NUOC"_s).name);
    QCOMPARE(late.first().count(StageStatus::DueSoon), 2);

    // Thursday: acceptance and approval are overdue, the most overdue first; NUOC's processing is too.
    clock.set(ItemsWorld::thursday());
    late = board.late(reports, center, clock.now());
    QCOMPARE(linesOf(late),
             (QStringList{u"NUOC: PAHT-2026-000103 overdue 0"_s, u"NUOC: PAHT-2026-000110 overdue 0"_s,
                          u"NUOC: PAHT-2026-000105 overdue 0"_s, u"SXD: PAHT-2026-000103 overdue 0"_s,
                          u"SXD: PAHT-2026-000105 overdue 0"_s}));
    QCOMPARE(late.first().count(StageStatus::Overdue), 3);

    // Agency staff may not remind: nothing for them.
    QVERIFY(board.late(reports, WorkflowWorld::actor(u"specialist:SXD"_s), clock.now()).isEmpty());
}

void OversightModelsTest::onAReportEveryOwingAgencyCanBeReminded()
{
    const ReminderBoard board(m_items.world.workflow, m_items.gauge, m_items.world.directory);
    const Actor supervisor = WorkflowWorld::actor(u"supervisor"_s);
    const QList<AgencyReminders> owing =
        board.owing({m_items.reach(u"in_progress"_s, 4)}, supervisor, ItemsWorld::monday());
    QCOMPARE(linesOf(owing),
             (QStringList{u"NUOC: PAHT-2026-000104 on_track 0"_s, u"SXD: PAHT-2026-000104 on_track 0"_s}));
    QVERIFY(!owing.first().assignments.first().isLate());
    QVERIFY(board.owing({m_items.reach(u"published"_s, 8)}, supervisor, ItemsWorld::monday()).isEmpty());
    // the agencies that owe the reporter an answer can be reminded after publication.
    QCOMPARE(
        linesOf(board.owing({m_items.reach(u"published_feedback"_s, 9)}, supervisor, ItemsWorld::monday())),
        (QStringList{u"NUOC: PAHT-2026-000109 on_track 0"_s, u"SXD: PAHT-2026-000109 on_track 0"_s}));
}

void OversightModelsTest::remindersOnOneReportAreChained()
{
    const ReminderBoard board(m_items.world.workflow, m_items.gauge, m_items.world.directory);
    const Actor center = WorkflowWorld::actor(u"operator"_s);
    Report three = m_items.reach(u"dispatched"_s, 3);
    const Report five = m_items.reach(u"awaiting_approval"_s, 5);
    // Picked together, the two reports' assignments are grouped by agency.
    const QList<AgencyReminders> owing = board.owing({three, five}, center, ItemsWorld::thursday());
    QCOMPARE(linesOf(owing),
             (QStringList{u"NUOC: PAHT-2026-000103 overdue 0"_s, u"NUOC: PAHT-2026-000105 overdue 0"_s,
                          u"SXD: PAHT-2026-000103 overdue 0"_s, u"SXD: PAHT-2026-000105 overdue 0"_s}));
    QList<ReminderCandidate> chosen;
    for (const AgencyReminders& group : owing)
        chosen << group.assignments;
    const QList<Command> commands = ReminderBoard::commands(chosen, u"  Đề nghị xử lý ngay  "_s);
    QCOMPARE(commands.size(), 4);
    QHash<QString, QList<qint64>> versions;
    for (const Command& command : commands) {
        QCOMPARE(command.type, u"remind"_s);
        QCOMPARE(command.payload.value(u"note"_s).toString(), u"Đề nghị xử lý ngay"_s);
        versions[command.reportId] << command.expectedVersion;
    }
    QCOMPARE(versions.value(three.id), (QList<qint64>{three.version, three.version + 1}));
    QCOMPARE(versions.value(five.id), (QList<qint64>{five.version, five.version + 1}));

    // The chain is what the store will take: applied one after another, every reminder lands.
    for (const Command& command : commands) {
        if (command.reportId != three.id)
            continue;
        const auto result = m_items.world.workflow.apply(three, command, center, m_items.world.directory,
                                                         ItemsWorld::thursday());
        QVERIFY2(std::holds_alternative<Outcome>(result), qPrintable(describe(result)));
        three = std::get<Outcome>(result).report;
    }
    QCOMPARE(three.assignmentFor(u"SXD"_s)->reminders, 1);
    QCOMPARE(three.assignmentFor(u"NUOC"_s)->reminders, 1);

    // Without a note the payload carries none.
    QVERIFY(!ReminderBoard::commands(chosen.mid(0, 1), u"  "_s).first().payload.contains(u"note"_s));
}

void OversightModelsTest::commandTargetsFollowTheWorkflow()
{
    const Actor center = WorkflowWorld::actor(u"operator"_s);
    const auto targets = [&](const QString& command, const Report& report) {
        return agenciesOpenTo(command, report, m_items.world.workflow, center, m_items.world.directory,
                              ItemsWorld::monday());
    };
    Scenario scenario = Scenario::reach(m_items.world, u"in_progress"_s);
    QCOMPARE(targets(u"disclose_contact"_s, scenario.report()), (QStringList{u"SXD"_s, u"NUOC"_s}));
    scenario.run(u"disclose_contact"_s, u"operator"_s);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    QCOMPARE(targets(u"disclose_contact"_s, scenario.report()), QStringList{u"NUOC"_s});
    QCOMPARE(targets(u"remind"_s, scenario.report()), (QStringList{u"SXD"_s, u"NUOC"_s}));
    // Returned to the center: no more reminders or disclosures to SXD.
    const Report returned = m_items.reach(u"sxd_returned"_s, 10);
    QCOMPARE(targets(u"remind"_s, returned), QStringList{u"NUOC"_s});
    QCOMPARE(targets(u"disclose_contact"_s, returned), QStringList{u"NUOC"_s});
    QVERIFY(targets(u"remind"_s, m_items.reach(u"published"_s, 8)).isEmpty());
}

void OversightModelsTest::escalationListShowsOpenThenResolved()
{
    Scenario resolved = Scenario::reach(m_items.world, u"escalated"_s);
    resolved.run(u"resolve_escalation"_s, u"supervisor"_s);
    QVERIFY2(resolved.ok(), qPrintable(resolved.failure()));
    Report older = numbered(resolved, 1);
    const Report open = m_items.reach(u"escalated"_s, 2);
    QVERIFY(older.escalation->at <= open.escalation->at);

    EscalationTableModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    model.setUsers({User{WorkflowWorld::actor(u"supervisor"_s).username,
                         u"Nguyễn Văn Giám Sát"_s,
                         Role::Supervisor,
                         {},
                         true,
                         false}});
    model.setReports({older, m_items.reach(u"published"_s, 8), open});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.openCount(), 1);
    QCOMPARE(model.rowOf(open.id), 0);
    QCOMPARE(model.rowOf(older.id), 1);
    QCOMPARE(model.rowOf(ItemsWorld::id(8)), -1);
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QVERIFY(model.index(0, 0).data(EscalationTableModel::OpenRole).toBool());
    QVERIFY(!model.index(1, 0).data(EscalationTableModel::OpenRole).toBool());
    QCOMPARE(cell(0, EscalationTableModel::NoteColumn), open.escalation->note);
    QCOMPARE(cell(0, EscalationTableModel::StatusColumn), u"Awaiting the committee"_s);
    QVERIFY(cell(0, EscalationTableModel::ResolvedColumn).isEmpty());
    QVERIFY2(cell(0, EscalationTableModel::EscalatedColumn).endsWith(u"Nguyễn Văn Giám Sát"_s),
             qPrintable(cell(0, EscalationTableModel::EscalatedColumn)));
    QCOMPARE(cell(1, EscalationTableModel::StatusColumn), u"Resolved"_s);
    QCOMPARE(cell(1, EscalationTableModel::ResolutionColumn), older.escalation->resolutionNote);
    QVERIFY(!older.escalation->resolutionNote.isEmpty());
    QVERIFY(cell(1, EscalationTableModel::ResolvedColumn).endsWith(u"Nguyễn Văn Giám Sát"_s));
    QCOMPARE(model.headerData(EscalationTableModel::NoteColumn, Qt::Horizontal).toString(),
             u"Escalation note"_s);

    model.setReports({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.openCount(), 0);
}

void OversightModelsTest::pendingContactRequests()
{
    Scenario scenario = Scenario::reach(m_items.world, u"in_progress"_s);
    QVERIFY(ContactRequests::pending(scenario.report(), scenario.events()).isEmpty());
    scenario.run(u"request_contact"_s, u"specialist:SXD"_s, {{u"reason"_s, u"Cần hẹn người dân"_s}})
        .run(u"request_contact"_s, u"specialist:NUOC"_s, {{u"reason"_s, u"Cần xác minh đồng hồ"_s}})
        .run(u"request_contact"_s, u"specialist:NUOC"_s, {{u"reason"_s, u"Vẫn cần số điện thoại"_s}});
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    QList<ContactRequest> pending = ContactRequests::pending(scenario.report(), scenario.events());
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).agencyCode, u"SXD"_s);
    QCOMPARE(pending.at(0).reason, u"Cần hẹn người dân"_s);
    QCOMPARE(pending.at(0).reportId, scenario.report().id);
    QVERIFY(!pending.at(0).by.isEmpty());
    // NUOC asked twice: once, with the latest reason, ordered by that time.
    QCOMPARE(pending.at(1).agencyCode, u"NUOC"_s);
    QCOMPARE(pending.at(1).reason, u"Vẫn cần số điện thoại"_s);
    QVERIFY(pending.at(0).at < pending.at(1).at);

    scenario.run(u"disclose_contact"_s, u"operator"_s,
                 {{u"agencyCode"_s, u"SXD"_s}, {u"reason"_s, u"Theo đề nghị của Sở"_s}});
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    pending = ContactRequests::pending(scenario.report(), scenario.events());
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().agencyCode, u"NUOC"_s);

    // An agency that gives the report back no longer waits for anything.
    scenario.run(u"return_to_center"_s, u"specialist:NUOC"_s, {{u"reason"_s, u"Không thuộc thẩm quyền"_s}});
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    QVERIFY(ContactRequests::pending(scenario.report(), scenario.events()).isEmpty());
}

void OversightModelsTest::pendingContactRequestsAcrossTheCache()
{
    QTemporaryDir dir;
    LocalCache cache(dir.filePath(u"cache.sqlite"_s));
    QString error;
    QVERIFY2(cache.open(&error), qPrintable(error));
    Scenario asked = Scenario::reach(m_items.world, u"in_progress"_s);
    asked.run(u"request_contact"_s, u"specialist:SXD"_s, {{u"reason"_s, u"Cần hẹn người dân"_s}});
    QVERIFY2(asked.ok(), qPrintable(asked.failure()));
    const Scenario quiet = Scenario::reach(m_items.world, u"dispatched"_s);
    QVERIFY(cache.upsert(numbered(asked, 4), eventsNumbered(asked, 4)));
    QVERIFY(cache.upsert(numbered(quiet, 3), eventsNumbered(quiet, 3)));
    const QList<ContactRequest> pending = ContactRequests::pending(cache);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().reportId, ItemsWorld::id(4));
    QCOMPARE(pending.first().agencyCode, u"SXD"_s);
}

void OversightModelsTest::anAgencyIsToldOfAReminderOnce()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    auto cache = std::make_unique<LocalCache>(file);
    QString error;
    QVERIFY2(cache->open(&error), qPrintable(error));
    Scenario scenario = Scenario::reach(m_items.world, u"in_progress"_s);
    scenario.run(u"remind"_s, u"operator"_s,
                 {{u"agencyCode"_s, u"NUOC"_s}, {u"note"_s, u"Quá hạn tiếp nhận"_s}});
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    QVERIFY(cache->upsert(numbered(scenario, 4), eventsNumbered(scenario, 4)));
    QVERIFY(cache->upsert(m_items.reach(u"dispatched"_s, 3), m_items.eventsOf(u"dispatched"_s, 3)));

    ReminderInbox sxd(*cache, u"SXD"_s);
    QVERIFY(sxd.takeNew().isEmpty());
    ReminderInbox nuoc(*cache, u"NUOC"_s);
    QList<ReminderNotice> notices = nuoc.takeNew({ItemsWorld::id(4)});
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().reportId, ItemsWorld::id(4));
    QCOMPARE(notices.first().note, u"Quá hạn tiếp nhận"_s);
    QCOMPARE(notices.first().reminders, 1);
    QVERIFY(nuoc.takeNew().isEmpty()); // the next sync

    // A restart reads what was told from the cache file.
    cache = std::make_unique<LocalCache>(file);
    QVERIFY2(cache->open(&error), qPrintable(error));
    ReminderInbox restarted(*cache, u"NUOC"_s);
    QVERIFY(restarted.takeNew().isEmpty());

    // A second reminder is news again.
    scenario.run(u"remind"_s, u"supervisor"_s, {{u"agencyCode"_s, u"NUOC"_s}});
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    QVERIFY(cache->upsert(numbered(scenario, 4), eventsNumbered(scenario, 4)));
    notices = restarted.takeNew({ItemsWorld::id(4)});
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().reminders, 2);
    QVERIFY(notices.first().note.isEmpty());
    QCOMPARE(cache->notifiedReminders().value(ItemsWorld::id(4) + u"@NUOC"_s), 2);

    // A reminder on a step the agency has meanwhile finished is passed over, and stays passed over.
    scenario.run(u"remind"_s, u"operator"_s, {{u"agencyCode"_s, u"SXD"_s}})
        .run(u"submit_result"_s, u"specialist:SXD"_s)
        .run(u"approve"_s, u"leader:SXD"_s);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    QVERIFY(cache->upsert(numbered(scenario, 4), eventsNumbered(scenario, 4)));
    QVERIFY(!scenario.report().assignmentFor(u"SXD"_s)->awaitsAgency());
    QVERIFY(ReminderInbox(*cache, u"SXD"_s).takeNew().isEmpty());
    QVERIFY(ReminderInbox(*cache, u"NUOC"_s).takeNew().isEmpty()); // each agency's count is its own
}

void OversightModelsTest::citizenVoice()
{
    QCOMPARE(CitizenVoice::score(Rating::VerySatisfied), 5);
    QCOMPARE(CitizenVoice::score(Rating::Satisfied), 4);
    QCOMPARE(CitizenVoice::score(Rating::Neutral), 3);
    QCOMPARE(CitizenVoice::score(Rating::VeryDissatisfied), 1);

    Scenario scenario = Scenario::reach(m_items.world, u"published_feedback"_s);
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    QList<CitizenVoice::Entry> entries = CitizenVoice::conversation(scenario.report());
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().agencyCode.isEmpty());
    QCOMPARE(entries.first().text, scenario.report().citizenFeedback.first().text);

    scenario.run(u"answer_citizen"_s, u"specialist:SXD"_s, {{u"text"_s, u"Đã thay cột số 18."_s}});
    QVERIFY2(scenario.ok(), qPrintable(scenario.failure()));
    entries = CitizenVoice::conversation(scenario.report());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().agencyCode, u"SXD"_s);
    QCOMPARE(entries.last().text, u"Đã thay cột số 18."_s);
    QVERIFY(entries.first().at < entries.last().at);
}

void OversightModelsTest::reminderNoteInTheTimeline()
{
    const EventDescription description(m_items.world.directory);
    Event event;
    event.type = u"reminder_sent"_s;
    event.agencyCode = u"SXD"_s;
    const QString agency = m_items.world.directory.agencies.value(u"SXD"_s).name;
    QCOMPARE(description.describe(event), u"Reminder sent to %1"_s.arg(agency));
    event.payload = {{u"note"_s, u"Quá hạn 2 ngày"_s}};
    QCOMPARE(description.describe(event), u"Reminder sent to %1: Quá hạn 2 ngày"_s.arg(agency));
}

QTEST_MAIN(OversightModelsTest)
#include "tst_items_oversight.moc"
