// Search ignores case and Vietnamese diacritics and folds đ/Đ to d, which SQLite's own FTS5
// "remove_diacritics" does not do (platform notes).
#include "DomainSamples.h"

#include "cache/LocalCache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paht;

namespace {

Report reportWith(const QString& id, const QString& title, const QString& address, const QString& reporter)
{
    Report report = samples::newReport();
    report.id = id;
    report.title = title;
    report.description = QStringLiteral("Mô tả chung");
    report.location.address = address;
    report.reporter.name = reporter;
    return report;
}

} // namespace

class CacheSearchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;

private slots:
    void initTestCase()
    {
        m_cache = std::make_unique<LocalCache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_cache->open(nullptr));
        QVERIFY(m_cache->upsert({
            {reportWith(QStringLiteral("PAHT-2026-000001"), QStringLiteral("Đèn đường hỏng"),
                        QStringLiteral("Số 12 đường Trần Hưng Đạo, phường Hồng Gai"),
                        QStringLiteral("Nguyễn Thị Hương")),
             {}},
            {reportWith(QStringLiteral("PAHT-2026-000002"), QStringLiteral("Rác thải trên bãi biển"),
                        QStringLiteral("Bãi Cháy, TP ha long"), QStringLiteral("Phạm Văn Đức")),
             {}},
            {reportWith(QStringLiteral("PAHT-2026-000003"), QStringLiteral("ĐƯỜNG NGẬP NƯỚC"),
                        QStringLiteral("Cẩm Phả"), QStringLiteral("Trần Thị Dung")),
             {}},
        }));
    }

    void foldsMarksCaseAndD_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("đ and marks") << QStringLiteral("Đường") << QStringLiteral("duong");
        QTest::newRow("dot below") << QStringLiteral("Đạo") << QStringLiteral("dao");
        QTest::newRow("two words") << QStringLiteral("Hạ Long") << QStringLiteral("ha long");
        QTest::newRow("horn and hook")
            << QStringLiteral("Nguyễn Thị Hương") << QStringLiteral("nguyen thi huong");
        QTest::newRow("capitals") << QStringLiteral("ĐỨC") << QStringLiteral("duc");
        QTest::newRow("precomposed vs decomposed")
            << QStringLiteral("Ho\u0302\u0300ng")
            << QStringLiteral("hong"); // "Hồng" typed with combining marks
        QTest::newRow("digits kept") << QStringLiteral("PAHT-2026-000123")
                                     << QStringLiteral("paht-2026-000123");
    }

    void foldsMarksCaseAndD()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    void findsWithoutDiacritics_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("ids");
        const QString one = QStringLiteral("PAHT-2026-000001");
        const QString two = QStringLiteral("PAHT-2026-000002");
        const QString three = QStringLiteral("PAHT-2026-000003");
        QTest::newRow("duong finds Đường") << QStringLiteral("duong") << QStringList{one, three};
        QTest::newRow("dao finds Đạo") << QStringLiteral("dao") << QStringList{one};
        QTest::newRow("Hạ Long finds ha long") << QStringLiteral("Hạ Long") << QStringList{two};
        QTest::newRow("every word must match") << QStringLiteral("duong ngap") << QStringList{three};
        QTest::newRow("words in any field") << QStringLiteral("den hong gai") << QStringList{one};
        QTest::newRow("reporter name") << QStringLiteral("DUC") << QStringList{two};
        QTest::newRow("report number") << QStringLiteral("000002") << QStringList{two};
        QTest::newRow("no match") << QStringLiteral("duong bien") << QStringList{};
        QTest::newRow("extra spaces") << QStringLiteral("  tran   dao  ") << QStringList{one};
        QTest::newRow("SQL characters are text") << QStringLiteral("%' OR 1=1 --") << QStringList{};
    }

    void findsWithoutDiacritics()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, ids);
        QCOMPARE(m_cache->search(query), ids);
    }

    void sqliteRemoveDiacriticsAloneDoesNotFoldD()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = "
                                           "\"unicode61 remove_diacritics 2\")")))
                QSKIP(qPrintable(QStringLiteral("no FTS5 in this SQLite: ") + query.lastError().text()));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO t (body) VALUES ('Đường Trần Hưng Đạo, Hạ Long')")));
            const auto hits = [&](const QString& match) {
                query.prepare(QStringLiteral("SELECT COUNT(*) FROM t WHERE t MATCH ?"));
                query.addBindValue(match);
                return query.exec() && query.next() ? query.value(0).toInt() : -1;
            };
            QCOMPARE(hits(QStringLiteral("ha long")), 1); // other marks are folded…
            QCOMPARE(hits(QStringLiteral("hung")), 1);
            QCOMPARE(hits(QStringLiteral("duong")), 0); // …but not đ, so the cache folds it itself
            QCOMPARE(hits(QStringLiteral("dao")), 0);
            QCOMPARE(hits(QStringLiteral("đường")), 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fts"));
    }
};

QTEST_GUILESS_MAIN(CacheSearchTest)
#include "tst_cache_search.moc"
