#include "intake/DuplicateFinder.h"

#include "cache/LocalCache.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace paht {

namespace {

constexpr double earthRadiusMetres = 6371000.0;
constexpr double pi = 3.14159265358979323846;

double radians(double degrees)
{
    return degrees * pi / 180.0;
}

// The app sends 0,0 when the phone had no GPS fix; two such reports are not "close".
bool hasPosition(const Location& location)
{
    return !(location.latitude == 0 && location.longitude == 0);
}

QSet<QString> syllables(const QString& text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    const QStringList words = foldForSearch(text).split(separators, Qt::SkipEmptyParts);
    return QSet<QString>(words.begin(), words.end());
}

QString contentOf(const Report& report)
{
    return report.title + QLatin1Char(' ') + report.description;
}

bool isLinkedDuplicate(const Report& report)
{
    return !report.duplicateOf.isEmpty() ||
           (report.rejection && report.rejection->kind == RejectionKind::Duplicate);
}

} // namespace

QString DuplicateCandidate::reasonText() const
{
    const QString distance = QString::number(qRound(distanceMetres));
    const QString percent = QString::number(qRound(textSimilarity * 100));
    if (reasons.testFlag(DuplicateReason::Nearby) && reasons.testFlag(DuplicateReason::SimilarText))
        //: Cùng lĩnh vực, cách %1 m, nội dung giống %2%
        return QCoreApplication::translate("paht::DuplicateFinder",
                                           "Same category, %1 m away, text %2% alike")
            .arg(distance, percent);
    if (reasons.testFlag(DuplicateReason::Nearby))
        //: Cùng lĩnh vực, cách %1 m
        return QCoreApplication::translate("paht::DuplicateFinder", "Same category, %1 m away").arg(distance);
    //: Nội dung giống %1%
    return QCoreApplication::translate("paht::DuplicateFinder", "Text %1% alike").arg(percent);
}

double distanceMetres(const Location& a, const Location& b)
{
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(radians(a.latitude)) *
                                                                   std::cos(radians(b.latitude)) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

double textSimilarity(const QString& a, const QString& b)
{
    const QSet<QString> left = syllables(a);
    const QSet<QString> right = syllables(b);
    if (left.isEmpty() || right.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(left).intersect(right).size();
    const qsizetype all = QSet<QString>(left).unite(right).size();
    return double(shared) / double(all);
}

QList<DuplicateCandidate> DuplicateFinder::candidatesFor(const Report& report, const QList<Report>& others,
                                                         const QDateTime& now) const
{
    const QDateTime windowStart = now.addDays(-m_settings.windowDays);
    const QString content = contentOf(report);
    QList<DuplicateCandidate> found;
    for (const Report& other : others) {
        if (other.id == report.id || isLinkedDuplicate(other))
            continue;

        DuplicateCandidate candidate;
        candidate.reportId = other.id;
        const bool positioned = hasPosition(report.location) && hasPosition(other.location);
        if (positioned)
            candidate.distanceMetres = distanceMetres(report.location, other.location);
        candidate.textSimilarity = textSimilarity(content, contentOf(other));

        // An unclassified report has no category to share yet: only its text can match.
        const bool sameCategory = !report.categoryCode.isEmpty() && report.categoryCode == other.categoryCode;
        const bool recent = other.receivedAt.isValid() && other.receivedAt >= windowStart;
        const bool nearby =
            positioned && sameCategory && recent && candidate.distanceMetres <= m_settings.radiusMetres;
        if (nearby)
            candidate.reasons |= DuplicateReason::Nearby;
        if (candidate.textSimilarity >= m_settings.minTextSimilarity)
            candidate.reasons |= DuplicateReason::SimilarText;
        if (!candidate.reasons)
            continue;

        const double proximity = nearby && m_settings.radiusMetres > 0
                                     ? 1.0 - candidate.distanceMetres / m_settings.radiusMetres
                                     : 0;
        candidate.score = (proximity + candidate.textSimilarity) / 2;
        found.append(candidate);
    }
    // Ties by report number so that the list does not jump between refreshes.
    std::stable_sort(found.begin(), found.end(),
                     [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         return a.reportId < b.reportId;
                     });
    return found;
}

} // namespace paht
