#pragma once

#include "items/ContactRequests.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace paht {
class LocalCache;
}

namespace paht::ui {

// the agencies' requests for reporters' contacts that wait for the center, across the reports, kept
// current from the cache. "Disclose…" opens the disclosure of the chosen one.
class ContactRequestsWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactRequestsWindow(LocalCache& cache, QWidget* parent = nullptr);

    void reload();
    int requestCount() const;
    bool select(const QString& reportId, const QString& agencyCode);

signals:
    void discloseRequested(const QString& reportId, const QString& agencyCode);

private:
    LocalCache& m_cache;
    QList<ContactRequest> m_requests;
    QTreeWidget* m_list;
    QPushButton* m_disclose;
};

} // namespace paht::ui
