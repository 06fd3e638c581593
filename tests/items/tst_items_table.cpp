// ReportTableModel and ReportFilter: the columns and roles, incremental updates instead of resets, the
// timer's refresh, the default urgency order and every filter, all under QAbstractItemModelTester.
#include "ItemsFixture.h"
#include "items/CommuneNames.h"
#include "items/QueueCatalog.h"
#include "items/ReportFilter.h"
#include "items/ReportTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

class TableTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_english); }
    void init();
    void cleanup();

    void columns();
    void roles();
    void communeNamesFromTheDirectory();
    void smallChangesAreIncremental();
    void largeChangesReset();
    void refreshSignalsOnlyChangedBadges();
    void defaultOrderIsUrgency();
    void agencyStaffSeeTheirOwnDeadline();
    void filters();
    void filtersFollowTime();
    void sortByOtherColumns();

private:
    QStringList filteredIds() const;

    ItemsWorld m_items;
    QueueCatalog m_catalog{m_items.gauge};
    EnglishPlurals m_english;
    ReportTableModel* m_table = nullptr;
    ReportFilter* m_filter = nullptr;
};

void TableTest::init()
{
    m_table = new ReportTableModel(m_items.gauge, this);
    new QAbstractItemModelTester(m_table, QAbstractItemModelTester::FailureReportingMode::Fatal, m_table);
    m_table->setViewer(ItemsWorld::intake());
    m_table->setDirectory(m_items.world.directory);
    m_table->setCommuneNames({{u"06685"_s, u"Phường Hồng Gai"_s}, {u"06673"_s, u"Phường Bãi Cháy"_s}});
    m_table->setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_filter = new ReportFilter(this);
    m_filter->setSourceModel(m_table);
    new QAbstractItemModelTester(m_filter, QAbstractItemModelTester::FailureReportingMode::Fatal, m_filter);

    QList<Report> reports = m_items.fixture();
    reports[3].location.communeCode = u"06685"_s;                      // 4
    reports[4].location.communeCode = u"06673"_s;                      // 5
    reports[5].location.communeCode = u"06685"_s;                      // 6
    reports[6].categoryCode = u"CAPNUOC"_s;                            // 7
    reports[7].confidentiality = Confidentiality::Confidential;        // 8
    reports[8].receivedAt = WorkflowWorld::local(2026, 2, 20, 9);      // 9
    reports[9].receivedAt = WorkflowWorld::local(2026, 2, 28, 23, 30); // Saturday night, local time: 10
    m_table->setReports(reports);
    m_table->refresh(ItemsWorld::monday());
}

void TableTest::cleanup()
{
    delete m_filter;
    delete m_table;
}

QStringList TableTest::filteredIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids << m_filter->index(row, 0).data(ReportTableModel::ReportIdRole).toString();
    return ids;
}

void TableTest::columns()
{
    QCOMPARE(m_table->columnCount(), int(ReportTableModel::ColumnCount));
    QCOMPARE(m_table->headerData(ReportTableModel::CommuneColumn, Qt::Horizontal).toString(),
             u"Ward/commune"_s);
    QCOMPARE(m_table->headerData(ReportTableModel::DeadlineColumn, Qt::Horizontal).toString(), u"Deadline"_s);

    const int row = m_table->rowOf(ItemsWorld::id(4));
    const auto cell = [&](int column) {
        return m_table->index(row, column).data().toString();
    };
    QCOMPARE(cell(ReportTableModel::NumberColumn), u"PAHT-2026-000104"_s);
    QCOMPARE(cell(ReportTableModel::TitleColumn), u"Đèn đường hỏng trên đường Trần Hưng Đạo"_s);
    QCOMPARE(cell(ReportTableModel::CategoryColumn), u"Hạ tầng đô thị"_s);
    QCOMPARE(cell(ReportTableModel::CommuneColumn), u"Phường Hồng Gai"_s);
    QCOMPARE(cell(ReportTableModel::AgenciesColumn), u"Sở Xây dựng, Công ty Cổ phần Nước sạch Quảng Ninh"_s);
    QCOMPARE(cell(ReportTableModel::StateColumn), u"In progress"_s);
    // Received Monday 2 March 08:00 in Quảng Ninh, whatever the machine's zone.
    QCOMPARE(cell(ReportTableModel::ReceivedColumn), u"02/03/2026 08:00"_s);
    // At Monday 10:00 NUOC's acceptance (due Tuesday 08:20: 1.5 + 3.5 + 0.83 h away) is the nearest step.
    QCOMPARE(cell(ReportTableModel::DeadlineColumn), u"5 working hours left"_s);
    QVERIFY(m_table->index(row, ReportTableModel::DeadlineColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Acceptance"));

    // Returned agencies are not listed; an unclassified report has no category; Vietnamese state names.
    const int returned = m_table->rowOf(ItemsWorld::id(10));
    QCOMPARE(m_table->index(returned, ReportTableModel::AgenciesColumn).data().toString(),
             u"Công ty Cổ phần Nước sạch Quảng Ninh"_s);
    QCOMPARE(
        m_table->index(m_table->rowOf(ItemsWorld::id(1)), ReportTableModel::CategoryColumn).data().toString(),
        QString());
    // Saturday 23:30 local is Saturday 16:30 UTC: shown as local time.
    QCOMPARE(m_table->index(returned, ReportTableModel::ReceivedColumn).data().toString(),
             u"28/02/2026 23:30"_s);

    VietnameseSample vietnamese;
    QCoreApplication::installTranslator(&vietnamese);
    QCOMPARE(
        m_table->index(m_table->rowOf(ItemsWorld::id(7)), ReportTableModel::StateColumn).data().toString(),
        u"Chờ công khai"_s);
    QCoreApplication::removeTranslator(&vietnamese);
}

void TableTest::roles()
{
    m_table->refresh(ItemsWorld::thursday());
    const int row = m_table->rowOf(ItemsWorld::id(1));
    const QModelIndex deadline = m_table->index(row, ReportTableModel::DeadlineColumn);
    QCOMPARE(deadline.data(ReportTableModel::ReportIdRole).toString(), ItemsWorld::id(1));
    QCOMPARE(deadline.data(ReportTableModel::VersionRole).toLongLong(), m_table->reportAt(row).version);
    QCOMPARE(deadline.data(ReportTableModel::StageStatusRole).toInt(), int(StageStatus::Overdue));
    QCOMPARE(deadline.data(ReportTableModel::UrgencyRole).toLongLong(),
             m_table->deadlineAt(row).urgencyKey());
    QCOMPARE(deadline.data(ReportTableModel::DeadlineIconRole).toString(), u"deadline-overdue"_s);
    QCOMPARE(deadline.data(ReportTableModel::OverdueRole).toBool(), true);
    QCOMPARE(deadline.data(ReportTableModel::StateRole).toInt(), int(ReportState::Received));
    QCOMPARE(deadline.data(ReportTableModel::ReceivedAtRole).toDateTime(),
             WorkflowWorld::local(2026, 3, 2, 8));
    QCOMPARE(deadline.data(Qt::DecorationRole).value<QColor>(),
             DeadlineIndicator::statusColor(StageStatus::Overdue));
    QCOMPARE(deadline.data(Qt::ForegroundRole).value<QBrush>().color(),
             DeadlineIndicator::statusColor(StageStatus::Overdue));
    // Custom roles on any column; colours only on the deadline.
    QCOMPARE(m_table->index(row, 0).data(ReportTableModel::ReportIdRole).toString(), ItemsWorld::id(1));
    QVERIFY(!m_table->index(row, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(m_table->roleNames().contains(ReportTableModel::UrgencyRole));
    // Nothing open, nothing finished: a rejected report shows how its intake went.
    const int rejected = m_table->rowOf(ItemsWorld::id(12));
    QCOMPARE(m_table->index(rejected, 0).data(ReportTableModel::StageStatusRole).toInt(),
             int(StageStatus::Met));
}

void TableTest::communeNamesFromTheDirectory()
{
    Directory directory = m_items.world.directory;
    Agency ward;
    ward.code = u"UBND-06673"_s;
    ward.name = u"UBND Phường Bãi Cháy"_s;
    ward.kind = AgencyKind::CommunePeopleCommittee;
    directory.add(ward);
    const QHash<QString, QString> names = communeNamesFrom(directory);
    QCOMPARE(names.value(u"06673"_s), u"Phường Bãi Cháy"_s);
    QCOMPARE(names.size(), 1); // HONGGAI is a commune committee without a statistics code
}

void TableTest::smallChangesAreIncremental()
{
    QSignalSpy reset(m_table, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_table, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_table, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_table, &QAbstractItemModel::dataChanged);

    // Report 1 moves on (classified and dispatched), 20 arrives, 12 is revoked.
    const Report dispatched = m_items.reach(u"dispatched"_s, 1);
    m_table->applyChanges({dispatched, m_items.reach(u"received"_s, 20)}, {ItemsWorld::id(12)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_table->rowCount(), 13);
    QCOMPARE(m_table->rowOf(ItemsWorld::id(12)), -1);
    const int row = m_table->rowOf(ItemsWorld::id(1));
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(m_table->index(row, ReportTableModel::StateColumn).data().toString(), u"Dispatched"_s);
    QCOMPARE(m_table->index(row, 0).data(ReportTableModel::VersionRole).toLongLong(), dispatched.version);
    QCOMPARE(m_table->reportAt(m_table->rowOf(ItemsWorld::id(20))).state, ReportState::Received);
    // The filter follows without a reset of its own.
    QCOMPARE(m_filter->rowCount(), 13);
    QVERIFY(filteredIds().contains(ItemsWorld::id(20)));

    // Removing an unknown id is harmless.
    m_table->applyChanges({}, {u"PAHT-2026-999999"_s});
    QCOMPARE(m_table->rowCount(), 13);
}

void TableTest::largeChangesReset()
{
    QList<Report> many;
    for (int serial = 200; serial < 200 + ReportTableModel::kResetThreshold + 1; ++serial) {
        Report report = m_table->reportAt(0);
        report.id = ItemsWorld::id(serial);
        many << report;
    }
    QSignalSpy reset(m_table, &QAbstractItemModel::modelReset);
    m_table->applyChanges(many, {ItemsWorld::id(2)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_table->rowCount(), 13 - 1 + ReportTableModel::kResetThreshold + 1);
    QCOMPARE(m_table->rowOf(ItemsWorld::id(2)), -1);
    QCOMPARE(m_table->rowOf(ItemsWorld::id(1)), 0); // the survivors keep their order
}

void TableTest::refreshSignalsOnlyChangedBadges()
{
    QSignalSpy changed(m_table, &QAbstractItemModel::dataChanged);
    m_table->refresh(ItemsWorld::monday());
    QCOMPARE(changed.size(), 0);

    // Saturday: no working time passes between 10:00 and 11:00, so no badge moves.
    m_table->refresh(WorkflowWorld::local(2026, 3, 7, 10));
    changed.clear();
    m_table->refresh(WorkflowWorld::local(2026, 3, 7, 11));
    QCOMPARE(changed.size(), 0);

    // Back to Monday 10:30: open stages move, finished and paused ones do not.
    m_table->refresh(WorkflowWorld::local(2026, 3, 2, 10));
    changed.clear();
    m_table->refresh(WorkflowWorld::local(2026, 3, 2, 10, 30));
    QVERIFY(!changed.isEmpty());
    QSet<int> rows;
    for (const QList<QVariant>& signal : std::as_const(changed)) {
        for (int row = signal.at(0).toModelIndex().row(); row <= signal.at(1).toModelIndex().row(); ++row)
            rows.insert(row);
    }
    QVERIFY(!rows.contains(m_table->rowOf(ItemsWorld::id(2))));  // paused
    QVERIFY(!rows.contains(m_table->rowOf(ItemsWorld::id(8))));  // published
    QVERIFY(!rows.contains(m_table->rowOf(ItemsWorld::id(12)))); // rejected
    QVERIFY(rows.contains(m_table->rowOf(ItemsWorld::id(1))));
}

void TableTest::defaultOrderIsUrgency()
{
    m_table->refresh(ItemsWorld::thursday());
    // Publication was due Monday 10:20, intake Tuesday 08:00, acceptance 08:20, SXD's approval 08:50,
    // NUOC's approval 09:10, NUOC's processing Thursday 08:40; then on track, paused, finished.
    const QStringList ids = filteredIds();
    const auto id = [](int serial) {
        return ItemsWorld::id(serial);
    };
    QCOMPARE(ids.mid(0, 9), (QStringList{id(7), id(1), id(3), id(4), id(10), id(11), id(5), id(13), id(6)}));
    QCOMPARE(ids.at(9), id(9));  // on track: the reporter's question
    QCOMPARE(ids.at(10), id(2)); // paused
    QCOMPARE(QSet<QString>(ids.cbegin() + 11, ids.cend()), (QSet<QString>{id(8), id(12)}));

    // The order follows the clock: on Monday 10:00 publication (20 minutes left) comes first.
    m_table->refresh(ItemsWorld::monday());
    QCOMPARE(filteredIds().first(), id(7));
    QCOMPARE(m_filter->index(0, ReportTableModel::DeadlineColumn).data().toString(),
             u"20 working minutes left"_s);
}

void TableTest::agencyStaffSeeTheirOwnDeadline()
{
    m_table->setViewer(ItemsWorld::specialist(u"SXD"_s));
    m_table->refresh(ItemsWorld::thursday());
    // SXD has processed report 6 again since Monday 09:00 (rework, due Monday 9 March 08:30).
    const int row = m_table->rowOf(ItemsWorld::id(6));
    QCOMPARE(m_table->deadlineAt(row).agencyCode, u"SXD"_s);
    QCOMPARE(m_table->deadlineAt(row).status, StageStatus::OnTrack);
    QVERIFY(!m_table->isOverdueAt(row));
    // Report 1 has no SXD assignment: no badge.
    QCOMPARE(
        m_table->index(m_table->rowOf(ItemsWorld::id(1)), 0).data(ReportTableModel::StageStatusRole).toInt(),
        -1);
}

void TableTest::filters()
{
    m_table->refresh(ItemsWorld::thursday());
    const auto id = [](int serial) {
        return ItemsWorld::id(serial);
    };
    const auto sorted = [this] {
        QStringList ids = filteredIds();
        ids.sort();
        return ids;
    };

    m_filter->setCategory(u"CAPNUOC"_s);
    QCOMPARE(sorted(), QStringList{id(7)});
    m_filter->setCategory({});

    m_filter->setAgency(u"SXD"_s); // SXD returned report 10
    QCOMPARE(sorted(), (QStringList{id(3), id(4), id(5), id(6), id(7), id(8), id(9), id(11), id(13)}));
    m_filter->setAgency({});

    m_filter->setCommune(u"06685"_s);
    QCOMPARE(sorted(), (QStringList{id(4), id(6)}));
    m_filter->setCommune({});

    m_filter->setStates({ReportState::InProgress});
    QCOMPARE(sorted(), (QStringList{id(4), id(5), id(6), id(11), id(13)}));
    m_filter->setStates({ReportState::Received, ReportState::Clarifying});
    QCOMPARE(sorted(), (QStringList{id(1), id(2)}));
    m_filter->setStates({});

    // Received days in Quảng Ninh: report 10 came on Saturday 28 February local time (Saturday UTC too);
    // report 9 on 20 February.
    m_filter->setPeriod(QDate(2026, 2, 21), QDate(2026, 2, 28));
    QCOMPARE(sorted(), QStringList{id(10)});
    m_filter->setPeriod({}, QDate(2026, 2, 28));
    QCOMPARE(sorted(), (QStringList{id(9), id(10)}));
    m_filter->setPeriod(QDate(2026, 3, 2), {});
    QCOMPARE(m_filter->rowCount(), 11);
    m_filter->setPeriod({}, {});

    m_filter->setConfidentiality(Confidentiality::Confidential);
    QCOMPARE(sorted(), QStringList{id(8)});
    m_filter->setConfidentiality(std::nullopt);

    m_filter->setOverdueOnly(true);
    QCOMPARE(sorted(), (QStringList{id(1), id(3), id(4), id(5), id(6), id(7), id(10), id(11), id(13)}));
    m_filter->setOverdueOnly(false);

    m_filter->setSearchResults({id(1), id(2), u"PAHT-2026-999999"_s});
    QCOMPARE(sorted(), (QStringList{id(1), id(2)}));
    m_filter->setStates({ReportState::Clarifying});
    QCOMPARE(sorted(), QStringList{id(2)});
    m_filter->setStates({});
    m_filter->setSearchResults({});
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->clearSearch();
    QCOMPARE(m_filter->rowCount(), 13);

    // A queue's predicate, with the table's viewer and time.
    const QList<Queue> queues = m_catalog.queuesFor(ItemsWorld::intake(), {}, {}, ItemsWorld::thursday());
    const auto queue = [&queues](const QString& queueId) {
        return *std::find_if(queues.cbegin(), queues.cend(), [&](const Queue& q) { return q.id == queueId; });
    };
    m_filter->setQueue(queue(u"returned"_s));
    QCOMPARE(m_filter->queueId(), u"returned"_s);
    QCOMPARE(sorted(), QStringList{id(10)});
    m_filter->setQueue(queue(u"overdue"_s));
    QCOMPARE(m_filter->rowCount(), 9);
    m_filter->setCommune(u"06685"_s); // narrowed by the filter bar
    QCOMPARE(sorted(), (QStringList{id(4), id(6)}));
    m_filter->clearQueue();
    m_filter->setCommune({});
    QCOMPARE(m_filter->rowCount(), 13);
}

void TableTest::filtersFollowTime()
{
    // Monday nothing is late; by Thursday nine reports are, and the filter shows them without a reset.
    m_filter->setOverdueOnly(true);
    QCOMPARE(m_filter->rowCount(), 0);
    QSignalSpy reset(m_filter, &QAbstractItemModel::modelReset);
    m_table->refresh(ItemsWorld::thursday());
    QCOMPARE(m_filter->rowCount(), 9);
    QCOMPARE(reset.size(), 0);
    m_table->refresh(ItemsWorld::monday());
    QCOMPARE(m_filter->rowCount(), 0);
}

void TableTest::sortByOtherColumns()
{
    m_filter->sort(ReportTableModel::ReceivedColumn, Qt::AscendingOrder);
    QCOMPARE(filteredIds().mid(0, 2), (QStringList{ItemsWorld::id(9), ItemsWorld::id(10)}));
    m_filter->sort(ReportTableModel::NumberColumn, Qt::DescendingOrder);
    QCOMPARE(filteredIds().first(), ItemsWorld::id(13));
    m_filter->sort(ReportTableModel::CategoryColumn, Qt::AscendingOrder);
    QCOMPARE(filteredIds().mid(0, 3),
             (QStringList{ItemsWorld::id(1), ItemsWorld::id(2), ItemsWorld::id(12)}));
}

QTEST_GUILESS_MAIN(TableTest)
#include "tst_items_table.moc"
