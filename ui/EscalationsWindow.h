#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace paht {
class EscalationTableModel;
class LocalCache;
} // namespace paht

namespace paht::ui {

// the escalations to the Provincial People's Committee, open and resolved, with the notes, who and
// when; kept current from the cache. "Resolve…" asks for the resolution of the chosen open one.
class EscalationsWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit EscalationsWindow(LocalCache& cache, QWidget* parent = nullptr);

    // Whether the user may resolve this report's escalation now (the workflow's answer).
    void setResolvable(std::function<bool(const QString& reportId)> resolvable);
    void reload();
    bool selectReport(const QString& reportId);
    const EscalationTableModel& model() const { return *m_model; }

signals:
    void resolveRequested(const QString& reportId);

private:
    QString currentReportId() const;
    void updateButtons();

    LocalCache& m_cache;
    EscalationTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_resolve;
    std::function<bool(const QString&)> m_resolvable;
};

} // namespace paht::ui
