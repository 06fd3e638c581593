#pragma once

#include "domain/Confidentiality.h"
#include "domain/ReportRecords.h"
#include "items/QueueCatalog.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace paht {

class ReportTableModel;

// What the console's table shows of a ReportTableModel: the selected queue, narrowed by the filter bar
// (category, agency, place, state, period, confidentiality, overdue only, a search's hits), sorted by
// urgency unless the user picks another column. Every criterion is off until set; empty values mean "any".
// The source must be a ReportTableModel: the queue's predicate reads the report itself.
class ReportFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportFilter(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;

    void setQueue(const Queue& queue);
    void clearQueue();
    void setCategory(const QString& categoryCode);
    // An agency that holds the report now (an agency that returned it no longer does).
    void setAgency(const QString& agencyCode);
    void setCommune(const QString& communeCode);
    void setStates(const QList<ReportState>& states);
    // Received between the two dates inclusive, as days in Asia/Ho_Chi_Minh; a null date leaves that end
    // open.
    void setPeriod(const QDate& from, const QDate& to);
    void setConfidentiality(std::optional<Confidentiality> level);
    void setOverdueOnly(bool overdueOnly);
    // The ids LocalCache::search() found; an empty list finds nothing. clearSearch() shows all again.
    void setSearchResults(const QStringList& reportIds);
    void clearSearch();

    QString queueId() const { return m_queue.id; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const ReportTableModel* m_table = nullptr;
    Queue m_queue;
    QString m_category;
    QString m_agency;
    QString m_commune;
    QList<ReportState> m_states;
    QDate m_from;
    QDate m_to;
    std::optional<Confidentiality> m_confidentiality;
    bool m_overdueOnly = false;
    std::optional<QSet<QString>> m_searchHits;
};

} // namespace paht
