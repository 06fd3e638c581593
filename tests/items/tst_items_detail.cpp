// The detail pane's models: TimelineModel (a sentence, an actor and a time per event) and AssignmentModel
// (each agency with its state and deadline), under QAbstractItemModelTester while the report moves on.
#include "ItemsFixture.h"
#include "items/AssignmentModel.h"
#include "items/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

QStringList sentences(const TimelineModel& model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines << model.index(row).data().toString();
    return lines;
}

} // namespace

class DetailTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_english); }

    void timelineSentences();
    void timelineSentencesForOtherPaths();
    void everyWorkflowEventIsDescribed();
    void timelineActorsAndTimes();
    void timelineGrowsWithoutReset();
    void assignmentsWithTheirDeadlines();
    void assignmentsFollowTheReport();

private:
    ItemsWorld m_items;
    EnglishPlurals m_english;
};

void DetailTest::timelineSentences()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDirectory(m_items.world.directory);
    model.setEvents(ItemsWorld::id(9), m_items.eventsOf(u"published_feedback"_s, 9));
    QCOMPARE(sentences(model),
             (QStringList{
                 u"Report received"_s,
                 u"Classified as Hạ tầng đô thị"_s,
                 u"Dispatched to Sở Xây dựng"_s,
                 u"Dispatched to Công ty Cổ phần Nước sạch Quảng Ninh"_s,
                 u"Accepted by Sở Xây dựng"_s,
                 u"Accepted by Công ty Cổ phần Nước sạch Quảng Ninh"_s,
                 u"Result submitted by Sở Xây dựng"_s,
                 u"Result of Sở Xây dựng approved"_s,
                 u"Result submitted by Công ty Cổ phần Nước sạch Quảng Ninh"_s,
                 u"Result of Công ty Cổ phần Nước sạch Quảng Ninh approved"_s,
                 u"Every agency's result approved: awaiting publication"_s,
                 u"Result published"_s,
                 u"The reporter asked Sở Xây dựng to clarify the result"_s,
                 u"The reporter asked Công ty Cổ phần Nước sạch Quảng Ninh to clarify the result"_s,
             }));
}

void DetailTest::timelineSentencesForOtherPaths()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDirectory(m_items.world.directory);
    const auto last = [&](const QString& scenario) {
        model.setEvents(scenario, m_items.eventsOf(scenario, 1));
        return model.index(model.rowCount() - 1).data().toString();
    };
    QCOMPARE(last(u"clarifying"_s), u"Contacted the reporter to clarify (Phone)"_s);
    QCOMPARE(last(u"rejected"_s),
             u"Not taken (Complaint): Nội dung là khiếu nại, đề nghị gửi theo Luật Khiếu nại"_s);
    QCOMPARE(last(u"sxd_returned"_s),
             u"Returned to the center by Sở Xây dựng: Không thuộc thẩm quyền của đơn vị"_s);
    QCOMPARE(last(u"rework"_s), u"Result of Sở Xây dựng returned for rework: Bổ sung ảnh sau khi sửa"_s);
    QCOMPARE(last(u"escalated"_s), u"Escalated to the Provincial People's Committee"_s);
    QCOMPARE(last(u"answered_privately"_s), u"Result sent to the reporter only"_s);
    QCOMPARE(last(u"closed_restricted"_s), u"Closed without publication (state secret)"_s);
    QCOMPARE(last(u"answered_feedback"_s), u"Công ty Cổ phần Nước sạch Quảng Ninh answered the reporter"_s);

    Event unknown;
    unknown.type = u"teleported"_s;
    model.setEvents(u"x"_s, {unknown});
    QCOMPARE(model.index(0).data().toString(), u"Step \"teleported\""_s);
}

// Every event type the workflow records, reached through every named path and a few more commands, reads
// as a sentence of its own rather than the fallback.
void DetailTest::everyWorkflowEventIsDescribed()
{
    const Directory& directory = m_items.world.directory;
    const EventDescription description(directory);
    QSet<QString> seen;
    const auto check = [&](const QList<Event>& events) {
        for (const Event& event : events) {
            seen.insert(event.type);
            const QString sentence = description.describe(event);
            QVERIFY2(!sentence.startsWith(u"Step \""), qPrintable(event.type));
        }
    };
    for (const char* path :
         {"clarifying", "rejected", "published_feedback", "answered_feedback", "answered_privately",
          "closed_restricted", "sxd_returned", "returned_then_approved", "escalated", "rework"}) {
        check(Scenario::reach(m_items.world, QString::fromLatin1(path)).events());
    }
    Scenario more = Scenario::reach(m_items.world, u"received"_s);
    more.run(u"request_clarification"_s, u"operator"_s)
        .run(u"clarification_received"_s, u"operator"_s)
        .run(u"link_duplicate"_s, u"operator"_s)
        .run(u"flag_reporter"_s, u"operator"_s);
    QVERIFY2(more.ok(), qPrintable(more.failure()));
    check(more.events());
    Scenario oversight = Scenario::reach(m_items.world, u"escalated"_s);
    oversight.run(u"resolve_escalation"_s, u"supervisor"_s)
        .run(u"remind"_s, u"supervisor"_s)
        .run(u"disclose_contact"_s, u"supervisor"_s)
        .run(u"request_contact"_s, u"specialist:NUOC"_s)
        .run(u"set_confidentiality"_s, u"supervisor"_s);
    QVERIFY2(oversight.ok(), qPrintable(oversight.failure()));
    check(oversight.events());
    Scenario edited = Scenario::reach(m_items.world, u"awaiting_approval"_s);
    edited.run(u"edit_and_approve"_s, u"leader:SXD"_s);
    Scenario published = Scenario::reach(m_items.world, u"awaiting_publication"_s);
    published.run(u"edit_public_answer"_s, u"editor"_s)
        .run(u"publish"_s, u"editor"_s)
        .run(u"rate"_s, u"citizen"_s);
    Scenario withdrawn = Scenario::reach(m_items.world, u"returned_then_approved"_s);
    withdrawn.run(u"dispatch"_s, u"operator"_s, {{u"agencies"_s, QJsonArray{u"SXD"_s}}});
    for (const Scenario* scenario : {&edited, &published, &withdrawn}) {
        QVERIFY2(scenario->ok(), qPrintable(scenario->failure()));
        check(scenario->events());
    }
    QVERIFY2(seen.size() >= 29, qPrintable(QStringList(seen.cbegin(), seen.cend()).join(u", ")));
}

void DetailTest::timelineActorsAndTimes()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    User operatorUser;
    operatorUser.username = u"tiepnhan01"_s;
    operatorUser.displayName = u"Trần Thị Mai"_s;
    model.setUsers({operatorUser});
    model.setEvents(ItemsWorld::id(3), m_items.eventsOf(u"dispatched"_s, 3));
    QCOMPARE(model.reportId(), ItemsWorld::id(3));

    const QModelIndex received = model.index(0);
    QCOMPARE(received.data(TimelineModel::ActorRole).toString(), u"Reporter"_s);
    QCOMPARE(received.data(TimelineModel::ActorRoleNameRole).toString(), QString());
    QCOMPARE(received.data(TimelineModel::TypeRole).toString(), u"received"_s);
    QCOMPARE(received.data(TimelineModel::PublicRole).toBool(), true);
    QCOMPARE(received.data(TimelineModel::TimeRole).toDateTime(), WorkflowWorld::local(2026, 3, 2, 8));
    QCOMPARE(received.data(TimelineModel::TimeTextRole).toString(), u"02/03/2026 08:00"_s);

    const QModelIndex classified = model.index(1);
    QCOMPARE(classified.data(TimelineModel::ActorRole).toString(), u"Trần Thị Mai"_s);
    QCOMPARE(classified.data(TimelineModel::ActorRoleNameRole).toString(), u"Intake operator"_s);
    QCOMPARE(classified.data(TimelineModel::PublicRole).toBool(), false);
    QCOMPARE(classified.data(Qt::ToolTipRole).toString(), u"02/03/2026 08:10 · Trần Thị Mai"_s);
    QCOMPARE(model.index(2).data(TimelineModel::AgencyCodeRole).toString(), u"SXD"_s);

    // Unknown usernames show as they are.
    model.setUsers({});
    QCOMPARE(classified.data(TimelineModel::ActorRole).toString(), u"tiepnhan01"_s);
}

void DetailTest::timelineGrowsWithoutReset()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents(ItemsWorld::id(4), m_items.eventsOf(u"dispatched"_s, 4));
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setEvents(ItemsWorld::id(4), m_items.eventsOf(u"in_progress"_s, 4));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.size(), 1);
    model.setEvents(ItemsWorld::id(4), m_items.eventsOf(u"in_progress"_s, 4)); // nothing new
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);

    model.setEvents(ItemsWorld::id(5), m_items.eventsOf(u"in_progress"_s, 5)); // another report
    QCOMPARE(reset.size(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.reportId(), QString());
}

void DetailTest::assignmentsWithTheirDeadlines()
{
    AssignmentModel model(m_items.gauge);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDirectory(m_items.world.directory);
    model.refresh(ItemsWorld::monday());
    model.setReport(m_items.reach(u"awaiting_approval"_s, 5));
    QCOMPARE(model.rowCount(), 2);

    // SXD's result waits for its leader since 08:50 (due Tuesday 08:50); NUOC processes (due Thursday 08:40).
    const QModelIndex sxd = model.index(0);
    QCOMPARE(sxd.data(AssignmentModel::AgencyCodeRole).toString(), u"SXD"_s);
    QCOMPARE(sxd.data(AssignmentModel::AgencyNameRole).toString(), u"Sở Xây dựng"_s);
    QCOMPARE(sxd.data(AssignmentModel::StateRole).toInt(), int(AssignmentState::AwaitingApproval));
    QCOMPARE(sxd.data(AssignmentModel::StateTextRole).toString(), u"Awaiting approval"_s);
    QCOMPARE(sxd.data(AssignmentModel::StageStatusRole).toInt(), int(StageStatus::OnTrack));
    QCOMPARE(sxd.data(AssignmentModel::DeadlineTextRole).toString(), u"6 working hours left"_s);
    QCOMPARE(sxd.data().toString(), u"Sở Xây dựng — Awaiting approval — 6 working hours left"_s);
    QCOMPARE(sxd.data(Qt::DecorationRole).value<QColor>(),
             DeadlineIndicator::statusColor(StageStatus::OnTrack));

    const QModelIndex nuoc = model.index(1);
    QCOMPARE(nuoc.data(AssignmentModel::StateTextRole).toString(), u"Processing"_s);
    QCOMPARE(nuoc.data(AssignmentModel::DeadlineTextRole).toString(), u"2 days 6 working hours left"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh(ItemsWorld::thursday());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(sxd.data(AssignmentModel::StageStatusRole).toInt(), int(StageStatus::Overdue));
    QCOMPARE(nuoc.data(AssignmentModel::DeadlineTextRole).toString(), u"overdue by 1 hour"_s);
    QCOMPARE(nuoc.data(AssignmentModel::DeadlineIconRole).toString(), u"deadline-overdue"_s);
    QVERIFY(nuoc.data(AssignmentModel::UrgencyRole).toLongLong() >
            sxd.data(AssignmentModel::UrgencyRole).toLongLong());
}

void DetailTest::assignmentsFollowTheReport()
{
    AssignmentModel model(m_items.gauge);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.refresh(ItemsWorld::monday());
    model.setReport(m_items.reach(u"dispatched"_s, 10));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // SXD returns it: its row changes in place, the agency stays listed with its closed return stage.
    model.setReport(m_items.reach(u"sxd_returned"_s, 10));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0).data(AssignmentModel::StateRole).toInt(), int(AssignmentState::ReturnedToCenter));
    QCOMPARE(model.deadlineAt(0).stage, SlaStage::Return);
    QCOMPARE(model.deadlineAt(0).status, StageStatus::Met);

    // The center sends it on to the ward as well: a row is added.
    Scenario redispatched = Scenario::reach(m_items.world, u"sxd_returned"_s);
    redispatched.run(u"dispatch"_s, u"operator"_s, {{u"agencies"_s, QJsonArray{u"HONGGAI"_s}}});
    QVERIFY2(redispatched.ok(), qPrintable(redispatched.failure()));
    Report next = redispatched.report();
    next.id = ItemsWorld::id(10);
    model.setReport(next);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.assignmentAt(2).agencyCode, u"HONGGAI"_s);
    QCOMPARE(model.index(2).data(AssignmentModel::AgencyNameRole).toString(), u"HONGGAI"_s); // no directory

    model.setReport(m_items.reach(u"received"_s, 1));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    model.setReport(m_items.reach(u"published"_s, 8));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.deadlineAt(1).status, StageStatus::Met);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(DetailTest)
#include "tst_items_detail.moc"
