// The leader's approval screen models: the queue of results awaiting approval with the R-12 deadline
// (1 working day from the result), and a result's revisions with their differences, under
// QAbstractItemModelTester while the reports move on.
#include "ItemsFixture.h"
#include "approval/ApprovalQueueModel.h"
#include "approval/ResultRevisionModel.h"
#include "items/DisplayNames.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

QStringList ids(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(ApprovalQueueModel::ReportIdRole).toString();
    return out;
}

} // namespace

class ApprovalModelsTest : public QObject
{
    Q_OBJECT

    ItemsWorld m_items;

    void setUp(ApprovalQueueModel& model, const QString& agency)
    {
        model.setAgency(agency);
        model.setDirectory(m_items.world.directory);
        model.setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        model.refresh(ItemsWorld::monday());
    }

private slots:
    void listsTheAgencysResultsAwaitingApproval()
    {
        ApprovalQueueModel model(m_items.gauge);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        setUp(model, u"SXD"_s);
        model.setReports(m_items.fixture());
        // 5: SXD's result awaits; 13: SXD approved, NUOC's awaits — not this leader's.
        QCOMPARE(ids(model), QStringList{ItemsWorld::id(5)});

        ApprovalQueueModel nuoc(m_items.gauge);
        QAbstractItemModelTester nuocTester(&nuoc, QAbstractItemModelTester::FailureReportingMode::Fatal);
        setUp(nuoc, u"NUOC"_s);
        nuoc.setReports(m_items.fixture());
        QCOMPARE(ids(nuoc), QStringList{ItemsWorld::id(13)});
    }

    void aRowShowsTheReportTheSpecialistAndTheApprovalDeadline()
    {
        ApprovalQueueModel model(m_items.gauge);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        setUp(model, u"SXD"_s);
        User specialist;
        specialist.username = u"specialist.sxd"_s;
        specialist.displayName = u"Nguyễn Văn An"_s;
        model.setUsers({specialist});
        const Report report = m_items.reach(u"awaiting_approval"_s, 5);
        model.setReports({report});
        QCOMPARE(model.rowCount(), 1);
        const Assignment& assignment = *report.assignmentFor(u"SXD"_s);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(ApprovalQueueModel::NumberColumn).toString(), ItemsWorld::id(5));
        QCOMPARE(cell(ApprovalQueueModel::TitleColumn).toString(), report.title);
        QCOMPARE(cell(ApprovalQueueModel::AgencyColumn).toString(), m_items.agencyNames().value(u"SXD"_s));
        QCOMPARE(cell(ApprovalQueueModel::SpecialistColumn).toString(), u"Nguyễn Văn An"_s);
        QCOMPARE(model.submittedAt(0), assignment.resultRevisions.last().at);
        QVERIFY(!cell(ApprovalQueueModel::SubmittedColumn).toString().isEmpty());
        QVERIFY(cell(ApprovalQueueModel::NumberColumn, ApprovalQueueModel::AwaitingRole).toBool());

        // one working day from the result. Submitted on Monday morning, due Tuesday at the same time.
        const DeadlineIndicator& deadline = model.deadlineAt(0);
        QVERIFY(deadline.valid);
        QCOMPARE(deadline.stage, SlaStage::Approval);
        QCOMPARE(deadline.deadline, assignment.approval->deadline);
        QCOMPARE(deadline.deadline, assignment.approval->startedAt.addDays(1));
        QCOMPARE(cell(ApprovalQueueModel::NumberColumn, ApprovalQueueModel::StageStatusRole).toInt(),
                 int(StageStatus::OnTrack));
        QCOMPARE(cell(ApprovalQueueModel::DeadlineColumn).toString(), deadline.text());
        QVERIFY(
            cell(ApprovalQueueModel::DeadlineColumn, Qt::ToolTipRole).toString().contains(u"Approval due"_s));

        // On Thursday it is overdue, and the row says so without being replaced.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh(ItemsWorld::thursday());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(ApprovalQueueModel::NumberColumn, ApprovalQueueModel::StageStatusRole).toInt(),
                 int(StageStatus::Overdue));
        QVERIFY(model.deadlineAt(0).isOverdue());
        QCOMPARE(cell(ApprovalQueueModel::DeadlineColumn, Qt::ForegroundRole).value<QBrush>().color(),
                 DeadlineIndicator::statusColor(StageStatus::Overdue));
    }

    void rowsFollowTheReportsWithoutAReset()
    {
        ApprovalQueueModel model(m_items.gauge);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        setUp(model, u"SXD"_s);
        Report other = m_items.reach(u"awaiting_approval"_s, 1);
        const Report awaiting = m_items.reach(u"awaiting_approval"_s, 5);
        model.setReports({other, awaiting});
        QCOMPARE(ids(model), (QStringList{ItemsWorld::id(1), ItemsWorld::id(5)}));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // The leader returned 1 for rework: it leaves the queue, 5 keeps its place.
        model.setReports({m_items.reach(u"rework"_s, 1), awaiting});
        QCOMPARE(ids(model), QStringList{ItemsWorld::id(5)});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);

        // With the decided results shown, it comes back, marked as not awaiting.
        model.setShowDecided(true);
        QCOMPARE(ids(model), (QStringList{ItemsWorld::id(5), ItemsWorld::id(1)}));
        const int row = model.rowOf(ItemsWorld::id(1));
        QVERIFY(!model.index(row, 0).data(ApprovalQueueModel::AwaitingRole).toBool());
        QCOMPARE(model.index(row, ApprovalQueueModel::StateColumn).data().toString(),
                 displayName(AssignmentState::Rework));
        QCOMPARE(model.assignmentAt(row).state, AssignmentState::Rework);
        model.setShowDecided(false);
        QCOMPARE(ids(model), QStringList{ItemsWorld::id(5)});
        QCOMPARE(reset.count(), 0);
    }

    void theDecidedScopeKeepsApprovedResultsOfTheAgency()
    {
        ApprovalQueueModel model(m_items.gauge);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        setUp(model, u"SXD"_s);
        model.setShowDecided(true);
        model.setReports(m_items.fixture());
        const QStringList shown = ids(model);
        for (int serial : {5, 6, 7, 8, 9, 13})
            QVERIFY2(shown.contains(ItemsWorld::id(serial)), qPrintable(shown.join(u' ')));
        // Nothing submitted yet, returned to the center, or never dispatched to SXD.
        for (int serial : {1, 2, 3, 4, 10, 11, 12})
            QVERIFY2(!shown.contains(ItemsWorld::id(serial)), qPrintable(shown.join(u' ')));
        // An approved result's deadline is finished, and sorts after the open one.
        const int approved = model.rowOf(ItemsWorld::id(13));
        QCOMPARE(model.deadlineAt(approved).status, StageStatus::Met);
        QVERIFY(model.index(model.rowOf(ItemsWorld::id(5)), 0)
                    .data(ApprovalQueueModel::UrgencyRole)
                    .toLongLong() <
                model.index(approved, 0).data(ApprovalQueueModel::UrgencyRole).toLongLong());
    }

    void sortsByUrgencyOnTheDeadlineColumn()
    {
        ApprovalQueueModel model(m_items.gauge);
        setUp(model, u"SXD"_s);
        Report late = m_items.reach(u"awaiting_approval"_s, 1);
        late.assignmentFor(u"SXD"_s)->approval->deadline = ItemsWorld::monday().addSecs(-3600);
        model.setReports({m_items.reach(u"awaiting_approval"_s, 5), late});
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ApprovalQueueModel::SortRole);
        sorted.sort(ApprovalQueueModel::DeadlineColumn);
        QCOMPARE(ids(sorted), (QStringList{ItemsWorld::id(1), ItemsWorld::id(5)}));
        sorted.sort(ApprovalQueueModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(ids(sorted), (QStringList{ItemsWorld::id(5), ItemsWorld::id(1)}));
    }

    void revisionsShowWhoChangedWhat()
    {
        ResultRevisionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        User leader;
        leader.username = u"leader.sxd"_s;
        leader.displayName = u"Trần Thị Bình"_s;
        model.setUsers({leader});
        const QDateTime at = ItemsWorld::monday();
        QList<ResultRevision> revisions{
            {u"Đã thay bóng đèn."_s, u"specialist.sxd"_s, at, ResultRevision::Kind::Submitted}};
        model.setRevisions(revisions);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data().toString().contains(u"specialist.sxd"_s));
        QVERIFY(model.index(0).data().toString().contains(u"submitted by the specialist"_s));
        QCOMPARE(model.index(0).data(ResultRevisionModel::DiffHtmlRole).toString(), u"Đã thay bóng đèn."_s);

        // The leader's edit is appended: one row inserted, with the difference from the submission.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        revisions.append({u"Đã thay bóng đèn LED mới."_s, u"leader.sxd"_s, at.addSecs(600),
                          ResultRevision::Kind::EditedByLeader});
        model.setRevisions(revisions);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex edit = model.index(1);
        QCOMPARE(edit.data(ResultRevisionModel::KindRole).toInt(), int(ResultRevision::Kind::EditedByLeader));
        QCOMPARE(edit.data(ResultRevisionModel::AuthorRole).toString(), u"Trần Thị Bình"_s);
        QCOMPARE(edit.data(ResultRevisionModel::TextRole).toString(), revisions.last().text);
        QVERIFY2(edit.data().toString().contains(u"edited by the leader · +2 −0 words"_s),
                 qPrintable(edit.data().toString()));
        QCOMPARE(model.diffAt(1).segments(),
                 (QList<DiffSegment>{{DiffSegment::Kind::Equal, u"Đã thay bóng đèn"_s},
                                     {DiffSegment::Kind::Inserted, u" LED mới"_s},
                                     {DiffSegment::Kind::Equal, u"."_s}}));
        QVERIFY(edit.data(ResultRevisionModel::DiffHtmlRole)
                    .toString()
                    .contains(u"underline\"> LED mới</span>"_s));

        // Another result: the history is replaced.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRevisions({{u"Khác"_s, u"specialist.sxd"_s, at, ResultRevision::Kind::Submitted}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(ApprovalModelsTest)
#include "tst_approval_models.moc"
