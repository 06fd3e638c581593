#include "exchange/Csv.h"

#include <QTest>

using namespace paht;

class TestExchangeCsv : public QObject
{
    Q_OBJECT

private slots:
    void writesBomCrlfAndQuotesOnlyWhatNeedsIt()
    {
        const QByteArray csv = writeCsv({{QStringLiteral("code"), QStringLiteral("name")},
                                         {QStringLiteral("SXD"), QStringLiteral("Sở Xây dựng, Quảng Ninh")},
                                         {QStringLiteral("A\"B"), QStringLiteral("two\nlines")}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.mid(3), QStringLiteral("code,name\r\nSXD,\"Sở Xây dựng, Quảng Ninh\"\r\n"
                                            "\"A\"\"B\",\"two\nlines\"\r\n")
                                 .toUtf8());
    }

    void readsBackWhatItWrites()
    {
        const QList<QStringList> rows{
            {QStringLiteral("a,b"), QString(), QStringLiteral("\"q\"")},
            {QStringLiteral("Hạ Long"), QStringLiteral("x\r\ny"), QStringLiteral(" ")}};
        const CsvDocument document = readCsv(writeCsv(rows));
        QVERIFY2(document.ok(), qPrintable(document.error));
        QCOMPARE(document.records.size(), 2);
        QCOMPARE(document.records.at(0).fields, rows.at(0));
        QCOMPARE(document.records.at(1).fields, rows.at(1));
        QCOMPARE(document.records.at(1).line, 2);
    }

    void countsLinesAcrossQuotedBreaksAndSkipsBlankLines()
    {
        const CsvDocument document = readCsv("h1,h2\n\"a\nb\",c\n\nd,e");
        QVERIFY(document.ok());
        QCOMPARE(document.records.size(), 3);
        QCOMPARE(document.records.at(1).fields, (QStringList{QStringLiteral("a\nb"), QStringLiteral("c")}));
        QCOMPARE(document.records.at(2).line, 5);
        QCOMPARE(document.records.at(2).fields, (QStringList{QStringLiteral("d"), QStringLiteral("e")}));
    }

    void keepsTrailingEmptyFields()
    {
        const CsvDocument document = readCsv("a,,\r\n");
        QVERIFY(document.ok());
        QCOMPARE(document.records.size(), 1);
        QCOMPARE(document.records.at(0).fields, (QStringList{QStringLiteral("a"), QString(), QString()}));
    }

    void refusesBrokenText_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("open quote") << QByteArray("a,b\nc,\"never\nclosed") << 2;
        QTest::newRow("quote inside") << QByteArray("a,b\nc,d\"e\n") << 2;
        QTest::newRow("text after quote") << QByteArray("a\n\"x\"y,z\n") << 2;
        QTest::newRow("not utf-8") << QByteArray("t\xEAn,m\xE3\n") << 1;
    }

    void refusesBrokenText()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        const CsvDocument document = readCsv(data);
        QVERIFY(!document.ok());
        QCOMPARE(document.errorLine, line);
        QVERIFY(document.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExchangeCsv)
#include "tst_exchange_csv.moc"
