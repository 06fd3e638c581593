#include "open311/PublicRequests.h"

#include "domain/Instant.h"
#include "open311/RequestView.h"
#include "storage/Database.h"
#include "storage/ReportRows.h"

namespace paht::store::open311 {

namespace {

// Rows read per search before filtering: non-public and filtered-out reports are dropped afterwards,
// so read well past the response cap.
constexpr int kScanLimit = 20 * PublicRequests::kMaxResults;

bool matches(const Report& report, const RequestFilter& filter)
{
    if (!RequestView::isPublic(report))
        return false;
    if (!filter.serviceCodes.isEmpty() && !filter.serviceCodes.contains(report.categoryCode))
        return false;
    return !filter.open || *filter.open == RequestView::isOpen(report);
}

} // namespace

std::optional<Report> PublicRequests::find(const QString& id) const
{
    const auto row = ReportRows(m_db.connection()).find(id);
    Report report;
    if (!row || Report::fromJson(row->data, &report))
        return std::nullopt;
    return report;
}

QList<Report> PublicRequests::search(const RequestFilter& filter) const
{
    QList<Report> found;
    if (!filter.ids.isEmpty()) {
        for (const QString& id : filter.ids.mid(0, kMaxResults)) {
            const auto report = find(id);
            if (report && RequestView::isPublic(*report))
                found.append(*report);
        }
        return found;
    }
    const QList<ReportRow> rows =
        ReportRows(m_db.connection())
            .receivedBetween(instantToString(filter.start), instantToString(filter.end), kScanLimit);
    for (const ReportRow& row : rows) {
        Report report;
        if (Report::fromJson(row.data, &report) || !matches(report, filter))
            continue;
        found.append(report);
        if (found.size() == kMaxResults)
            break;
    }
    return found;
}

} // namespace paht::store::open311
