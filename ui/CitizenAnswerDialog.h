#pragma once

#include "domain/Report.h"
#include "items/DeadlineIndicator.h"

#include <QDialog>
#include <QJsonObject>

class QPlainTextEdit;

namespace paht::ui {

class DeadlineLabel;

// the reporter asked the agency to explain its result; the specialist answers. The question, when
// it was asked and the answer's deadline stay in sight while the answer is written.
class CitizenAnswerDialog final : public QDialog
{
    Q_OBJECT

public:
    // `deadline` is the answer stage as AgencyDeadlines reads it now.
    CitizenAnswerDialog(const Report& report, const Assignment& assignment, const DeadlineIndicator& deadline,
                        QWidget* parent = nullptr);

    QString answer() const;
    QJsonObject payload() const; // {"text": …}

private:
    QPlainTextEdit* m_answer;
};

} // namespace paht::ui
