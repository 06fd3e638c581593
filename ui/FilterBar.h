#pragma once

#include "workflow/Directory.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace paht {
class LocalCache;
class ReportFilter;
} // namespace paht

namespace paht::ui {

// Above the report table: the search box (diacritics ignored, đ = d) and the filters by category, agency,
// place, state, period, confidentiality and "overdue only". It only sets the filter model.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    FilterBar(ReportFilter& filter, const LocalCache& cache, QWidget* parent = nullptr);
    void setDirectory(const Directory& directory);
    void focusSearch();

private:
    void applySearch();
    void applyPeriod();
    void clearAll();

    ReportFilter& m_filter;
    const LocalCache& m_cache;
    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_agency;
    QComboBox* m_commune;
    QComboBox* m_state;
    QComboBox* m_confidentiality;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_periodOn;
    QCheckBox* m_overdue;
};

} // namespace paht::ui
