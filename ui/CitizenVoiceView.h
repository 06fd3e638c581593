#pragma once

#include "domain/Report.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace paht {
class AssignmentModel;
}

namespace paht::ui {

// The citizen's side of a report in the detail pane: the rating on the five-level scale and the
// reporter's answers to the result with the agencies' replies. Hidden while the reporter has said
// nothing.
class CitizenVoiceView final : public QWidget
{
    Q_OBJECT

public:
    // Agency names come from the detail pane's assignment model, which shows the same report.
    explicit CitizenVoiceView(const AssignmentModel& agencies, QWidget* parent = nullptr);

    void showReport(const Report& report);

private:
    QString agencyName(const QString& code) const;

    const AssignmentModel& m_agencies;
    QLabel* m_rating;
    QListWidget* m_conversation;
};

} // namespace paht::ui
