// The dispatch dialog's suggestions: the category's routing, then the report's own ward.
#include "intake/DispatchSuggestion.h"

#include <QTest>

using namespace paht;

class IntakeDispatchTest : public QObject
{
    Q_OBJECT

    static Directory directory()
    {
        Directory out;
        for (const char* code : {"SXD", "NUOC", "UBND-06673"}) {
            Agency agency;
            agency.code = QString::fromLatin1(code);
            agency.name = agency.code;
            out.add(agency);
        }
        Category lighting;
        lighting.code = QStringLiteral("chieu_sang");
        lighting.routing = {QStringLiteral("SXD"), QStringLiteral("GONE")};
        out.add(lighting);
        return out;
    }

private slots:
    void suggestions_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("commune");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("routing then ward")
            << QStringLiteral("chieu_sang") << QStringLiteral("06673")
            << QStringList{QStringLiteral("SXD"), QStringLiteral("UBND-06673")};
        QTest::newRow("unknown agency in routing dropped")
            << QStringLiteral("chieu_sang") << QStringLiteral("") << QStringList{QStringLiteral("SXD")};
        QTest::newRow("ward without a committee in the directory")
            << QStringLiteral("chieu_sang") << QStringLiteral("99999") << QStringList{QStringLiteral("SXD")};
        QTest::newRow("not classified: the ward only")
            << QStringLiteral("") << QStringLiteral("06673") << QStringList{QStringLiteral("UBND-06673")};
        QTest::newRow("nothing known") << QStringLiteral("") << QStringLiteral("") << QStringList{};
    }

    void suggestions()
    {
        QFETCH(QString, category);
        QFETCH(QString, commune);
        QFETCH(QStringList, expected);
        Report report;
        report.categoryCode = category;
        report.location.communeCode = commune;
        QCOMPARE(suggestedAgencies(report, directory()), expected);
    }
};

QTEST_GUILESS_MAIN(IntakeDispatchTest)
#include "tst_intake_dispatch.moc"
