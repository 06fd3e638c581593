#include "CitizenAnswerDialog.h"

#include "DeadlineLabel.h"
#include "RequiredText.h"

#include "items/ActionSet.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace paht::ui {

CitizenAnswerDialog::CitizenAnswerDialog(const Report& report, const Assignment& assignment,
                                         const DeadlineIndicator& deadline, QWidget* parent)
    : QDialog(parent), m_answer(new QPlainTextEdit(this))
{
    setWindowTitle(ActionSet::label(QStringLiteral("answer_citizen")));
    auto* layout = new QVBoxLayout(this);
    QLabel* heading = reportHeading(report, this);
    layout->addWidget(heading);
    if (assignment.result) {
        auto* result = new QLabel(tr("Your agency's result: %1").arg(assignment.result->text), this);
        result->setWordWrap(true);
        result->setTextFormat(Qt::PlainText);
        layout->addWidget(result);
    }
    const std::optional<CitizenClarification>& request = assignment.clarification;
    //: Glossary: Phản hồi / Làm rõ. Vietnamese: "Người phản ánh đề nghị làm rõ lúc %1:"
    layout->addWidget(new QLabel(tr("The reporter asked for clarification on %1:")
                                     .arg(request ? DeadlineLabel::localTime(request->askedAt) : QString()),
                                 this));
    auto* question = new QLabel(request ? request->question : QString(), this);
    question->setObjectName(QStringLiteral("citizenQuestion"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    question->setStyleSheet(QStringLiteral("background: #f3f6fa; padding: 6px"));
    layout->addWidget(question);
    auto* due = new DeadlineLabel(this);
    due->setObjectName(QStringLiteral("answerDeadline"));
    //: Before the R-18 deadline. Vietnamese: "Trả lời người phản ánh trước"
    due->setDeadline(tr("Answer the reporter by"), deadline);
    layout->addWidget(due);

    m_answer->setObjectName(QStringLiteral("citizenAnswer"));
    m_answer->setPlaceholderText(tr("Your answer to the reporter (required)"));
    m_answer->setTabChangesFocus(true);
    layout->addWidget(m_answer);
    QDialogButtonBox* buttons = requireText(m_answer, this, QStringLiteral("answerOk"),
                                            ActionSet::label(QStringLiteral("answer_citizen")));
    layout->addWidget(buttons);
    resize(520, 420);
}

QString CitizenAnswerDialog::answer() const
{
    return m_answer->toPlainText().trimmed();
}

QJsonObject CitizenAnswerDialog::payload() const
{
    return {{QStringLiteral("text"), answer()}};
}

} // namespace paht::ui
