// Duplicate candidates for "link as duplicate": distance and time window at their edges, category,
// text similarity across diacritics, exclusions and ordering.
#include "intake/DuplicateFinder.h"

#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

const QDateTime now = QDateTime(QDate(2026, 4, 15), QTime(3, 0), Qt::UTC);
constexpr double originLatitude = 20.9517; // Hạ Long
constexpr double originLongitude = 107.0807;
// One metre of latitude on the 6371 km sphere that the finder uses.
constexpr double degreesPerMetre = 180.0 / (3.14159265358979323846 * 6371000.0);

Report reportAt(const QString& id, double metresNorth, int daysAgo, const QString& category = u"ha-tang"_s)
{
    Report report;
    report.id = id;
    report.categoryCode = category;
    report.location.latitude = originLatitude + metresNorth * degreesPerMetre;
    report.location.longitude = originLongitude;
    report.receivedAt = now.addDays(-daysAgo);
    return report;
}

// The report at intake: lights out on one street. Others get unrelated text unless a test says otherwise.
Report incoming()
{
    Report report = reportAt(u"PAHT-2026-000500"_s, 0, 0);
    report.title = u"Đèn đường hỏng"_s;
    report.description = u"Cột đèn trước cổng trường không sáng"_s;
    return report;
}

Report unrelated(const QString& id, double metresNorth, int daysAgo, const QString& category = u"ha-tang"_s)
{
    Report report = reportAt(id, metresNorth, daysAgo, category);
    report.title = u"Rác thải ven biển"_s;
    report.description = u"Bãi tắm nhiều túi ni lông sau lễ hội"_s;
    return report;
}

QStringList ids(const QList<DuplicateCandidate>& candidates)
{
    QStringList out;
    for (const DuplicateCandidate& candidate : candidates)
        out.append(candidate.reportId);
    return out;
}

} // namespace

class IntakeDuplicatesTest : public QObject
{
    Q_OBJECT

private slots:
    void haversine();
    void nearby_data();
    void nearby();
    void configurableRadiusAndWindow();
    void similarText_data();
    void similarText();
    void excludesItselfAndLinkedDuplicates();
    void orderedByScore();
    void reasonText();
};

void IntakeDuplicatesTest::haversine()
{
    Location a;
    a.latitude = originLatitude;
    a.longitude = originLongitude;
    Location b = a;
    QCOMPARE(distanceMetres(a, b), 0.0);
    b.latitude += 100 * degreesPerMetre;
    QVERIFY(qAbs(distanceMetres(a, b) - 100.0) < 1e-6);
    // Hạ Long to Móng Cái: about 112 km as the crow flies.
    Location mongCai;
    mongCai.latitude = 21.5247;
    mongCai.longitude = 107.9662;
    const double km = distanceMetres(a, mongCai) / 1000;
    QVERIFY2(km > 105 && km < 115, qPrintable(QString::number(km)));
    QCOMPARE(distanceMetres(a, mongCai), distanceMetres(mongCai, a));
}

void IntakeDuplicatesTest::nearby_data()
{
    QTest::addColumn<double>("metres");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("matched");

    QTest::newRow("99 m") << 99.0 << 1 << u"ha-tang"_s << true;
    QTest::newRow("100 m exactly") << 100.0 << 1 << u"ha-tang"_s << true;
    QTest::newRow("101 m") << 101.0 << 1 << u"ha-tang"_s << false;
    QTest::newRow("29 days") << 10.0 << 29 << u"ha-tang"_s << true;
    QTest::newRow("31 days") << 10.0 << 31 << u"ha-tang"_s << false;
    QTest::newRow("other category") << 10.0 << 1 << u"moi-truong"_s << false;
    QTest::newRow("other unclassified") << 10.0 << 1 << QString() << false;
}

void IntakeDuplicatesTest::nearby()
{
    QFETCH(double, metres);
    QFETCH(int, daysAgo);
    QFETCH(QString, category);
    QFETCH(bool, matched);

    const QList<Report> others{unrelated(u"PAHT-2026-000400"_s, metres, daysAgo, category)};
    const QList<DuplicateCandidate> found = DuplicateFinder().candidatesFor(incoming(), others, now);
    QCOMPARE(found.size(), matched ? 1 : 0);
    if (matched) {
        QCOMPARE(found.first().reasons, DuplicateReasons(DuplicateReason::Nearby));
        QVERIFY(qAbs(found.first().distanceMetres - metres) < 0.01);
        QVERIFY(found.first().score >= 0 && found.first().score <= 1);
    }
}

void IntakeDuplicatesTest::configurableRadiusAndWindow()
{
    const QList<Report> others{unrelated(u"PAHT-2026-000401"_s, 180, 50)};
    QVERIFY(DuplicateFinder().candidatesFor(incoming(), others, now).isEmpty());

    DuplicateFinder::Settings wider;
    wider.radiusMetres = 200;
    wider.windowDays = 60;
    QCOMPARE(ids(DuplicateFinder(wider).candidatesFor(incoming(), others, now)),
             QStringList{u"PAHT-2026-000401"_s});

    // Unclassified report at intake: no category to share, so distance alone never matches.
    Report unclassified = incoming();
    unclassified.categoryCode.clear();
    QVERIFY(DuplicateFinder(wider).candidatesFor(unclassified, others, now).isEmpty());
}

void IntakeDuplicatesTest::similarText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("matched");

    QTest::newRow("same words typed without diacritics")
        << u"den duong hong"_s << u"cot den truoc cong truong khong sang"_s << true;
    QTest::newRow("upper case, other order")
        << u"CỘT ĐÈN TRƯỚC CỔNG TRƯỜNG"_s << u"không sáng, đèn đường hỏng!"_s << true;
    QTest::newRow("mostly the same") << u"Đèn đường hỏng"_s
                                     << u"Cột đèn trước cổng trường không sáng mấy hôm"_s << true;
    // The incoming report has 9 distinct syllables; 6 shared of 10 in all is the 0.6 threshold.
    QTest::newRow("Jaccard 6/10, on the threshold") << u"Đèn đường hỏng"_s << u"cột trước cổng xa"_s << true;
    QTest::newRow("Jaccard 6/11, below") << u"Đèn đường hỏng"_s << u"cột trước cổng xa lộ"_s << false;
    QTest::newRow("different problem, shared words")
        << u"Đường hỏng"_s << u"Mặt đường trước cổng chợ bị lún sâu"_s << false;
    QTest::newRow("unrelated") << u"Rác thải ven biển"_s << u"Bãi tắm nhiều túi ni lông"_s << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void IntakeDuplicatesTest::similarText()
{
    QFETCH(QString, title);
    QFETCH(QString, description);
    QFETCH(bool, matched);

    // Far away, long ago, other category: only the text can match, and the text is not windowed.
    Report other = reportAt(u"PAHT-2025-000077"_s, 5000, 200, u"moi-truong"_s);
    other.title = title;
    other.description = description;
    const QList<DuplicateCandidate> found = DuplicateFinder().candidatesFor(incoming(), {other}, now);
    QCOMPARE(found.size(), matched ? 1 : 0);
    if (matched) {
        QCOMPARE(found.first().reasons, DuplicateReasons(DuplicateReason::SimilarText));
        QVERIFY(found.first().textSimilarity >= 0.6);
    }
}

void IntakeDuplicatesTest::excludesItselfAndLinkedDuplicates()
{
    const Report report = incoming();
    Report linked = incoming(); // same place, same text...
    linked.id = u"PAHT-2026-000450"_s;
    linked.duplicateOf = u"PAHT-2026-000300"_s; // ...but already linked to the original
    linked.state = ReportState::Rejected;
    linked.rejection = Rejection{RejectionKind::Duplicate, {}};
    Report original = incoming();
    original.id = u"PAHT-2026-000300"_s;
    original.receivedAt = now.addDays(-3);
    Report rejectedAsComplaint = incoming(); // rejected for another reason: still a possible original
    rejectedAsComplaint.id = u"PAHT-2026-000310"_s;
    rejectedAsComplaint.state = ReportState::Rejected;
    rejectedAsComplaint.rejection = Rejection{RejectionKind::Complaint, u"Khiếu nại"_s};

    const QList<DuplicateCandidate> found =
        DuplicateFinder().candidatesFor(report, {report, linked, original, rejectedAsComplaint}, now);
    QCOMPARE(ids(found), (QStringList{u"PAHT-2026-000300"_s, u"PAHT-2026-000310"_s}));
    QCOMPARE(found.first().reasons, DuplicateReason::Nearby | DuplicateReason::SimilarText);
    QCOMPARE(found.first().score, 1.0);
}

void IntakeDuplicatesTest::orderedByScore()
{
    Report sameTextFar = reportAt(u"PAHT-2026-000101"_s, 3000, 2);
    sameTextFar.title = u"den duong hong"_s;
    sameTextFar.description = u"cot den truoc cong truong khong sang"_s;
    Report closeAndSimilar = reportAt(u"PAHT-2026-000102"_s, 20, 2);
    closeAndSimilar.title = sameTextFar.title;
    closeAndSimilar.description = sameTextFar.description;
    const Report nearOnly = unrelated(u"PAHT-2026-000103"_s, 10, 2);
    const Report edgeOnly = unrelated(u"PAHT-2026-000104"_s, 90, 2);
    const Report nothing = unrelated(u"PAHT-2026-000105"_s, 500, 2);

    const QList<DuplicateCandidate> found = DuplicateFinder().candidatesFor(
        incoming(), {edgeOnly, nothing, sameTextFar, nearOnly, closeAndSimilar}, now);
    QCOMPARE(ids(found), (QStringList{u"PAHT-2026-000102"_s, u"PAHT-2026-000101"_s, u"PAHT-2026-000103"_s,
                                      u"PAHT-2026-000104"_s}));
    for (qsizetype i = 1; i < found.size(); ++i)
        QVERIFY(found.at(i - 1).score >= found.at(i).score);
}

void IntakeDuplicatesTest::reasonText()
{
    const QList<Report> others{unrelated(u"PAHT-2026-000400"_s, 42, 1)};
    const QList<DuplicateCandidate> found = DuplicateFinder().candidatesFor(incoming(), others, now);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().reasonText(), u"Same category, 42 m away"_s);
}

QTEST_GUILESS_MAIN(IntakeDuplicatesTest)
#include "tst_intake_duplicates.moc"
