#pragma once

#include "domain/Report.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace paht::ui {

// Beside a new report, for the intake operator (R-2 … R-7): what is missing or malformed in it, and the
// reports it may repeat, with "link as duplicate". The checks are models/intake's; this only shows them.
class IntakePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit IntakePanel(QWidget* parent = nullptr);

    // `others` are the reports to compare with (the cache's); `now` dates the 30-day window.
    void showReport(const Report& report, const QList<Report>& others, const QDateTime& now);
    int findingCount() const;
    int duplicateCount() const;

signals:
    void linkAsDuplicate(const QString& reportId, const QString& duplicateOf);

private:
    QString m_reportId;
    QListWidget* m_findings;
    QListWidget* m_duplicates;
    QPushButton* m_link;
};

} // namespace paht::ui
