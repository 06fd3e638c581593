// QueueCatalog and QueueListModel: each role's queues with their counts on a fixture driven through the real
// Workflow, the supervisor's per-agency overdue queues coming and going, and the model under the tester.
#include "ItemsFixture.h"
#include "items/QueueCatalog.h"
#include "items/QueueListModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

// "id count/overdue" per queue, in the model's order.
QStringList countsOf(const QueueListModel& model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        lines << u"%1 %2/%3"_s.arg(index.data(QueueListModel::IdRole).toString())
                     .arg(index.data(QueueListModel::CountRole).toInt())
                     .arg(index.data(QueueListModel::OverdueCountRole).toInt());
    }
    return lines;
}

} // namespace

class QueuesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::installTranslator(&m_english);
        m_reports = m_items.fixture();
        QCOMPARE(m_reports.size(), 13);
    }

    void countsPerRole_data();
    void countsPerRole();
    void everyQueueHasATitle();
    void displayText();
    void supervisorQueuesFollowTheLateAgencies();
    void incrementalChanges();
    void idsAreStable();

private:
    QueueListModel* makeModel(const Viewer& viewer, QObject* parent);

    ItemsWorld m_items;
    QueueCatalog m_catalog{m_items.gauge};
    QList<Report> m_reports;
    EnglishPlurals m_english;
};

QueueListModel* QueuesTest::makeModel(const Viewer& viewer, QObject* parent)
{
    auto* model = new QueueListModel(m_catalog, m_items.gauge, parent);
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    model->setAgencyNames(m_items.agencyNames());
    model->setViewer(viewer);
    model->setReports(m_reports);
    return model;
}

void QueuesTest::countsPerRole_data()
{
    QTest::addColumn<Viewer>("viewer");
    QTest::addColumn<QStringList>("monday");
    QTest::addColumn<QStringList>("thursday");

    // Fixture (ItemsWorld::fixture): 1 received, 2 clarifying, 3 dispatched, 4 in_progress,
    // 5 awaiting_approval, 6 rework, 7 awaiting_publication, 8 published, 9 published_feedback,
    // 10 sxd_returned, 11 escalated, 12 rejected, 13 last_approval.
    // Thursday 10:00: acceptance (due Tue 08:20), SXD's approval (Tue 08:50), NUOC's approval (Tue 09:10),
    // NUOC's processing (3 days, due Thu 08:40), intake (Tue 08:00) and publication (Mon 10:20) are late.
    QTest::newRow("intake operator") << ItemsWorld::intake()
                                     << QStringList{u"new 1/0"_s,      u"clarifying 1/0"_s,
                                                    u"returned 1/0"_s, u"awaiting_publication 1/0"_s,
                                                    u"overdue 0/0"_s,  u"all 13/0"_s}
                                     << QStringList{u"new 1/1"_s,      u"clarifying 1/0"_s,
                                                    u"returned 1/1"_s, u"awaiting_publication 1/1"_s,
                                                    u"overdue 9/9"_s,  u"all 13/9"_s};
    QTest::newRow("publication editor")
        << ItemsWorld::editor()
        << QStringList{u"awaiting_publication 1/0"_s, u"published 2/0"_s, u"all 13/0"_s}
        << QStringList{u"awaiting_publication 1/1"_s, u"published 2/0"_s, u"all 13/9"_s};
    // SXD holds 3..9, 11, 13 (it returned 10): to accept 3; processing 4, 11; rework 6; asked 9.
    QTest::newRow("specialist SXD") << ItemsWorld::specialist(u"SXD"_s)
                                    << QStringList{u"to_accept 1/0"_s, u"in_progress 2/0"_s, u"rework 1/0"_s,
                                                   u"citizen_questions 1/0"_s, u"all 9/0"_s}
                                    << QStringList{u"to_accept 1/1"_s, u"in_progress 2/0"_s, u"rework 1/0"_s,
                                                   u"citizen_questions 1/0"_s, u"all 9/2"_s};
    // NUOC holds 3..11, 13: awaiting acceptance 3, 4, 10, 11; processing 5, 6; approval 13.
    QTest::newRow("specialist NUOC") << ItemsWorld::specialist(u"NUOC"_s)
                                     << QStringList{u"to_accept 4/0"_s, u"in_progress 2/0"_s, u"rework 0/0"_s,
                                                    u"citizen_questions 1/0"_s, u"all 10/0"_s}
                                     << QStringList{u"to_accept 4/4"_s, u"in_progress 2/2"_s, u"rework 0/0"_s,
                                                    u"citizen_questions 1/0"_s, u"all 10/7"_s};
    QTest::newRow("leader NUOC") << ItemsWorld::leader(u"NUOC"_s)
                                 << QStringList{u"awaiting_approval 1/0"_s, u"overdue 0/0"_s, u"all 10/0"_s}
                                 << QStringList{u"awaiting_approval 1/1"_s, u"overdue 7/7"_s, u"all 10/7"_s};
    QTest::newRow("leader SXD") << ItemsWorld::leader(u"SXD"_s)
                                << QStringList{u"awaiting_approval 1/0"_s, u"overdue 0/0"_s, u"all 9/0"_s}
                                << QStringList{u"awaiting_approval 1/1"_s, u"overdue 2/2"_s, u"all 9/2"_s};
    QTest::newRow("supervisor") << ItemsWorld::supervisor()
                                << QStringList{u"overdue 0/0"_s, u"escalated 1/0"_s, u"all 13/0"_s}
                                << QStringList{u"overdue 9/9"_s, u"overdue:NUOC 7/7"_s, u"overdue:SXD 2/2"_s,
                                               u"escalated 1/1"_s, u"all 13/9"_s};
    QTest::newRow("administrator") << ItemsWorld::admin() << QStringList{u"all 13/0"_s}
                                   << QStringList{u"all 13/9"_s};
}

void QueuesTest::countsPerRole()
{
    QFETCH(Viewer, viewer);
    QFETCH(QStringList, monday);
    QFETCH(QStringList, thursday);

    QObject owner;
    QueueListModel* model = makeModel(viewer, &owner);
    model->refresh(ItemsWorld::monday());
    QCOMPARE(countsOf(*model), monday);
    model->refresh(ItemsWorld::thursday());
    QCOMPARE(countsOf(*model), thursday);
    model->refresh(ItemsWorld::monday());
    QCOMPARE(countsOf(*model), monday);
}

void QueuesTest::everyQueueHasATitle()
{
    for (const Viewer& viewer :
         {ItemsWorld::intake(), ItemsWorld::editor(), ItemsWorld::specialist(u"SXD"_s),
          ItemsWorld::leader(u"SXD"_s), ItemsWorld::supervisor(), ItemsWorld::admin()}) {
        const QList<Queue> queues =
            m_catalog.queuesFor(viewer, m_reports, m_items.agencyNames(), ItemsWorld::thursday());
        QVERIFY(!queues.isEmpty());
        QCOMPARE(queues.constLast().id, u"all"_s);
        for (const Queue& queue : queues) {
            QVERIFY2(!queue.title.isEmpty(), qPrintable(queue.id));
            QVERIFY(queue.predicate);
        }
    }
    const QList<Queue> supervisor = m_catalog.queuesFor(ItemsWorld::supervisor(), m_reports,
                                                        m_items.agencyNames(), ItemsWorld::thursday());
    QCOMPARE(supervisor.at(1).title, u"Overdue: Công ty Cổ phần Nước sạch Quảng Ninh"_s);
    QCOMPARE(supervisor.at(2).title, u"Overdue: Sở Xây dựng"_s);
}

void QueuesTest::displayText()
{
    QObject owner;
    QueueListModel* model = makeModel(ItemsWorld::intake(), &owner);
    model->refresh(ItemsWorld::thursday());
    QCOMPARE(model->index(model->rowOf(u"new"_s)).data().toString(), u"New (1 · 1 overdue)"_s);
    QCOMPARE(model->index(model->rowOf(u"clarifying"_s)).data().toString(), u"Clarifying (1)"_s);
    QCOMPARE(model->index(model->rowOf(u"all"_s)).data(QueueListModel::TitleRole).toString(), u"All"_s);

    VietnameseSample vietnamese;
    QCoreApplication::installTranslator(&vietnamese);
    model->setViewer(ItemsWorld::intake()); // titles are read when the queues are built
    QCOMPARE(model->index(model->rowOf(u"new"_s)).data().toString(), u"Mới (1 · 1 quá hạn)"_s);
    QCoreApplication::removeTranslator(&vietnamese);
}

void QueuesTest::supervisorQueuesFollowTheLateAgencies()
{
    QObject owner;
    QueueListModel* model = makeModel(ItemsWorld::supervisor(), &owner);
    model->refresh(ItemsWorld::monday());
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    model->refresh(ItemsWorld::thursday());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model->rowOf(u"overdue:SXD"_s), 2);
    QCOMPARE(model->queueAt(2).id, u"overdue:SXD"_s);

    // Renaming an agency reorders its queue, under the tester, without a reset.
    QHash<QString, QString> names = m_items.agencyNames();
    names.insert(u"NUOC"_s, u"Xí nghiệp nước sạch"_s);
    model->setAgencyNames(names);
    QCOMPARE(model->queueAt(1).id, u"overdue:SXD"_s);
    QCOMPARE(model->queueAt(2).id, u"overdue:NUOC"_s);
    QCOMPARE(model->index(2).data(QueueListModel::TitleRole).toString(), u"Overdue: Xí nghiệp nước sạch"_s);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(reset.size(), 0);
    removed.clear();

    // SXD's two late reports go (revoked or finished elsewhere): its queue goes with them.
    model->applyChanges({}, {ItemsWorld::id(3), ItemsWorld::id(5)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model->rowOf(u"overdue:SXD"_s), -1);
    QCOMPARE(model->index(model->rowOf(u"overdue:NUOC"_s)).data(QueueListModel::CountRole).toInt(), 5);
    QCOMPARE(reset.size(), 0);
}

void QueuesTest::incrementalChanges()
{
    QObject owner;
    QueueListModel* model = makeModel(ItemsWorld::intake(), &owner);
    model->refresh(ItemsWorld::monday());
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    // Report 1 is classified and dispatched: "new" loses it, "all" keeps 13.
    Report dispatched = m_items.reach(u"dispatched"_s, 1);
    model->applyChanges({dispatched}, {});
    QCOMPARE(model->index(model->rowOf(u"new"_s)).data(QueueListModel::CountRole).toInt(), 0);
    QCOMPARE(model->index(model->rowOf(u"all"_s)).data(QueueListModel::CountRole).toInt(), 13);
    QCOMPARE(changed.size(), 1);

    // A new report arrives.
    model->applyChanges({m_items.reach(u"received"_s, 20)}, {});
    QCOMPARE(model->index(model->rowOf(u"new"_s)).data(QueueListModel::CountRole).toInt(), 1);
    QCOMPARE(model->index(model->rowOf(u"all"_s)).data(QueueListModel::CountRole).toInt(), 14);

    // Nothing changes: no signal.
    changed.clear();
    model->refresh(ItemsWorld::monday());
    QCOMPARE(changed.size(), 0);

    // Another role: the list is rebuilt row by row under the tester.
    model->setViewer(ItemsWorld::editor());
    QCOMPARE(model->rowCount(), 3);
    model->setViewer(ItemsWorld::supervisor());
    model->refresh(ItemsWorld::thursday());
    QCOMPARE(model->rowCount(), 5);
    model->setReports({});
    QCOMPARE(model->rowCount(), 3);
}

void QueuesTest::idsAreStable()
{
    QStringList ids;
    for (const Queue& queue : m_catalog.queuesFor(ItemsWorld::intake(), {}, {}, ItemsWorld::monday()))
        ids << queue.id;
    QCOMPARE(ids, (QStringList{u"new"_s, u"clarifying"_s, u"returned"_s, u"awaiting_publication"_s,
                               u"overdue"_s, u"all"_s}));
}

QTEST_GUILESS_MAIN(QueuesTest)
#include "tst_items_queues.moc"
