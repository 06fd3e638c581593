#pragma once

#include "domain/Report.h"

#include <QDialog>
#include <QJsonObject>

class QButtonGroup;
class QDialogButtonBox;
class QLineEdit;

namespace paht::ui {

// recognise a reporter whose information was valuable, or flag the report as false or abusive, or
// clear the flag. The current flag is shown and preselected; OK only for a change.
class FlagReporterDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FlagReporterDialog(const Report& report, QWidget* parent = nullptr);

    ReporterFlag chosen() const;
    void choose(ReporterFlag flag);
    void setNote(const QString& note);
    bool canAccept() const;
    QJsonObject payload() const; // {flag, note}

private:
    ReporterFlag m_current;
    QButtonGroup* m_flags;
    QLineEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace paht::ui
