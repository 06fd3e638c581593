#pragma once

#include "items/ReminderBoard.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace paht::ui {

// the assignments the center may remind agencies about, grouped by agency with each deadline and the
// reminders sent so far; ticking an agency ticks all its reports, so one agency is reminded of several at
// once. The note is optional. OK only with something ticked.
class RemindDialog final : public QDialog
{
    Q_OBJECT

public:
    RemindDialog(const QString& title, const QList<AgencyReminders>& groups, QWidget* parent = nullptr);

    void setChecked(const QString& reportId, const QString& agencyCode, bool checked);
    void setAgencyChecked(const QString& agencyCode, bool checked);
    void setNote(const QString& note);
    QString note() const;                    // trimmed
    QList<ReminderCandidate> chosen() const; // in the order shown
    bool canAccept() const;

private:
    QTreeWidgetItem* agencyItem(const QString& agencyCode) const;

    QList<AgencyReminders> m_groups;
    QTreeWidget* m_tree;
    QLineEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace paht::ui
