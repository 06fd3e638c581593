#pragma once

#include "domain/Location.h"
#include "domain/Report.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>

namespace paht {

// Why a report may repeat an earlier one (R-7 "link as duplicate").
enum class DuplicateReason
{
    Nearby = 0x1,      // same category, close by, received recently
    SimilarText = 0x2, // title and description say nearly the same thing
};
Q_DECLARE_FLAGS(DuplicateReasons, DuplicateReason)
Q_DECLARE_OPERATORS_FOR_FLAGS(DuplicateReasons)

struct DuplicateCandidate
{
    QString reportId;
    DuplicateReasons reasons;
    double score = 0;           // 0..1, higher first: proximity and text similarity averaged
    double distanceMetres = -1; // -1 when either report has no position
    double textSimilarity = 0;  // 0..1

    QString reasonText() const; // translated, for the intake screen
};

// Great-circle distance on a sphere of radius 6371 km (haversine); WGS 84 degrees in.
double distanceMetres(const Location& a, const Location& b);

// Jaccard similarity of the sets of syllables of two texts after foldForSearch: Vietnamese writes one
// syllable per space-separated token, and folding makes "Đèn đường hỏng" equal to "den duong hong" as
// people type without diacritics. Order-insensitive on purpose: the same complaint is often phrased
// in a different order. 0 when either text has no word.
double textSimilarity(const QString& a, const QString& b);

// Suggests earlier reports that the one at intake may repeat. It only suggests: the operator decides.
class DuplicateFinder
{
public:
    struct Settings
    {
        double radiusMetres = 100;
        int windowDays = 30;            // how far back a nearby report still counts
        double minTextSimilarity = 0.6; // Jaccard on folded syllables
    };

    DuplicateFinder() = default;
    explicit DuplicateFinder(const Settings& settings) : m_settings(settings) {}

    const Settings& settings() const { return m_settings; }

    // Best first; never `report` itself, never a report already linked as a duplicate of another one (the
    // operator should link to the original instead).
    QList<DuplicateCandidate> candidatesFor(const Report& report, const QList<Report>& others,
                                            const QDateTime& now) const;

private:
    Settings m_settings;
};

} // namespace paht
