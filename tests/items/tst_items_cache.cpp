// CacheFeed over a real LocalCache on a temporary file: the table, the queues, the timeline and the
// assignments follow the cache's writes row by row, a revoke removes, a re-bootstrap resets, and the
// cache's search narrows the filter.
#include "ItemsFixture.h"
#include "cache/LocalCache.h"
#include "items/AssignmentModel.h"
#include "items/CacheFeed.h"
#include "items/QueueCatalog.h"
#include "items/QueueListModel.h"
#include "items/ReportFilter.h"
#include "items/ReportTableModel.h"
#include "items/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace paht;
using namespace Qt::StringLiterals;

class CacheFeedTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsStartFromTheCache();
    void writesUpdateRowByRow();
    void revokedReportsGo();
    void rebootstrapResets();
    void searchNarrowsTheFilter();
    void modelsMayGoFirst();

private:
    template <typename Model>
    void watch(Model* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    }
    void store(const QString& scenario, int serial, const QString& title = {});

    ItemsWorld m_items;
    QueueCatalog m_catalog{m_items.gauge};
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<ReportTableModel> m_table;
    std::unique_ptr<ReportFilter> m_filter;
    std::unique_ptr<QueueListModel> m_queues;
    std::unique_ptr<TimelineModel> m_timeline;
    std::unique_ptr<AssignmentModel> m_assignments;
    std::unique_ptr<CacheFeed> m_feed;
};

void CacheFeedTest::store(const QString& scenario, int serial, const QString& title)
{
    Report report = m_items.reach(scenario, serial);
    if (!title.isEmpty())
        report.title = title;
    QVERIFY2(m_cache->upsert(report, m_items.eventsOf(scenario, serial)), qPrintable(m_cache->lastError()));
}

void CacheFeedTest::init()
{
    QVERIFY(m_dir.isValid());
    m_cache = std::make_unique<LocalCache>(
        m_dir.filePath(u"cache-%1.sqlite"_s.arg(QLatin1String(QTest::currentTestFunction()))));
    QString error;
    QVERIFY2(m_cache->open(&error), qPrintable(error));
    QVERIFY(m_cache->setDirectory(m_items.world.directory));
    QList<ReportWithEvents> page;
    const QStringList scenarios{u"received"_s, u"clarifying"_s, u"dispatched"_s, u"in_progress"_s,
                                u"awaiting_publication"_s};
    for (int i = 0; i < scenarios.size(); ++i)
        page.append({m_items.reach(scenarios.at(i), i + 1), m_items.eventsOf(scenarios.at(i), i + 1)});
    QVERIFY(m_cache->upsert(page));

    m_table = std::make_unique<ReportTableModel>(m_items.gauge);
    watch(m_table.get());
    m_table->setViewer(ItemsWorld::intake());
    m_table->setDirectory(m_cache->directory());
    m_table->refresh(ItemsWorld::monday());
    m_filter = std::make_unique<ReportFilter>();
    m_filter->setSourceModel(m_table.get());
    watch(m_filter.get());
    m_queues = std::make_unique<QueueListModel>(m_catalog, m_items.gauge);
    watch(m_queues.get());
    m_queues->setViewer(ItemsWorld::intake());
    m_queues->refresh(ItemsWorld::monday());
    m_timeline = std::make_unique<TimelineModel>();
    watch(m_timeline.get());
    m_assignments = std::make_unique<AssignmentModel>(m_items.gauge);
    watch(m_assignments.get());

    m_feed = std::make_unique<CacheFeed>(*m_cache);
    m_feed->feed(m_table.get());
    m_feed->feed(m_queues.get());
    m_feed->feed(m_timeline.get());
    m_feed->feed(m_assignments.get());
    m_feed->show(ItemsWorld::id(3));
}

void CacheFeedTest::cleanup()
{
    m_feed.reset();
    m_assignments.reset();
    m_timeline.reset();
    m_queues.reset();
    m_filter.reset();
    m_table.reset();
    m_cache.reset();
}

void CacheFeedTest::modelsStartFromTheCache()
{
    QCOMPARE(m_table->rowCount(), 5);
    QCOMPARE(m_filter->rowCount(), 5);
    QCOMPARE(m_queues->index(m_queues->rowOf(u"all"_s)).data(QueueListModel::CountRole).toInt(), 5);
    QCOMPARE(m_queues->index(m_queues->rowOf(u"new"_s)).data(QueueListModel::CountRole).toInt(), 1);
    QCOMPARE(m_timeline->reportId(), ItemsWorld::id(3));
    QCOMPARE(m_timeline->rowCount(), 4); // received, classified, dispatched ×2
    QCOMPARE(m_assignments->rowCount(), 2);
    QCOMPARE(
        m_table->index(m_table->rowOf(ItemsWorld::id(3)), ReportTableModel::CategoryColumn).data().toString(),
        u"Hạ tầng đô thị"_s);
}

void CacheFeedTest::writesUpdateRowByRow()
{
    QSignalSpy tableReset(m_table.get(), &QAbstractItemModel::modelReset);
    QSignalSpy tableChanged(m_table.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy tableInserted(m_table.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy timelineInserted(m_timeline.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy timelineReset(m_timeline.get(), &QAbstractItemModel::modelReset);
    QSignalSpy assignmentsChanged(m_assignments.get(), &QAbstractItemModel::dataChanged);

    // Report 3 moves on: SXD accepts it.
    store(u"in_progress"_s, 3);
    QCOMPARE(tableReset.size(), 0);
    QCOMPARE(tableChanged.size(), 1);
    QCOMPARE(
        m_table->index(m_table->rowOf(ItemsWorld::id(3)), ReportTableModel::StateColumn).data().toString(),
        u"In progress"_s);
    QCOMPARE(timelineInserted.size(), 1);
    QCOMPARE(timelineReset.size(), 0);
    QCOMPARE(m_timeline->rowCount(), 5);
    QCOMPARE(assignmentsChanged.size(), 1);
    QCOMPARE(m_assignments->assignmentAt(0).state, AssignmentState::Processing);

    // A new report arrives; the detail pane does not care.
    store(u"received"_s, 6);
    QCOMPARE(tableInserted.size(), 1);
    QCOMPARE(m_table->rowCount(), 6);
    QCOMPARE(m_queues->index(m_queues->rowOf(u"new"_s)).data(QueueListModel::CountRole).toInt(), 2);
    QCOMPARE(timelineInserted.size(), 1);

    // A command's answer carries the report without its timeline.
    Report answered = m_items.reach(u"awaiting_approval"_s, 3);
    QVERIFY(m_cache->refreshReport(answered));
    QCOMPARE(m_table->reportAt(m_table->rowOf(ItemsWorld::id(3))).version, answered.version);
    QCOMPARE(m_assignments->assignmentAt(0).state, AssignmentState::AwaitingApproval);
    QCOMPARE(tableReset.size(), 0);
}

void CacheFeedTest::revokedReportsGo()
{
    QSignalSpy removed(m_table.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_cache->remove(ItemsWorld::id(5)));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_table->rowOf(ItemsWorld::id(5)), -1);
    QCOMPARE(
        m_queues->index(m_queues->rowOf(u"awaiting_publication"_s)).data(QueueListModel::CountRole).toInt(),
        0);
    QCOMPARE(m_timeline->rowCount(), 4);

    // The report on screen is revoked: the detail pane empties rather than showing what the user lost.
    QVERIFY(m_cache->remove(ItemsWorld::id(3)));
    QCOMPARE(m_timeline->rowCount(), 0);
    QCOMPARE(m_assignments->rowCount(), 0);
    QCOMPARE(m_table->rowCount(), 3);
}

void CacheFeedTest::rebootstrapResets()
{
    QSignalSpy reset(m_table.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_cache->clearReports());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_table->rowCount(), 0);
    QCOMPARE(m_queues->index(m_queues->rowOf(u"all"_s)).data(QueueListModel::CountRole).toInt(), 0);
    QCOMPARE(m_timeline->rowCount(), 0);
    store(u"received"_s, 1);
    QCOMPARE(m_table->rowCount(), 1);
}

void CacheFeedTest::searchNarrowsTheFilter()
{
    store(u"received"_s, 7, u"Rác thải tồn đọng tại chợ Hạ Long"_s);
    m_filter->setSearchResults(m_cache->search(u"cho ha long"_s));
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_filter->index(0, ReportTableModel::NumberColumn).data().toString(), ItemsWorld::id(7));
    m_filter->setSearchResults(m_cache->search(u"Đèn đường"_s));
    QCOMPARE(m_filter->rowCount(), 5);
    m_filter->clearSearch();
    QCOMPARE(m_filter->rowCount(), 6);
}

void CacheFeedTest::modelsMayGoFirst()
{
    m_timeline.reset();
    m_filter.reset();
    m_table.reset();
    store(u"in_progress"_s, 3); // must not touch the deleted models
    QCOMPARE(m_assignments->assignmentAt(0).state, AssignmentState::Processing);
}

QTEST_GUILESS_MAIN(CacheFeedTest)
#include "tst_items_cache.moc"
