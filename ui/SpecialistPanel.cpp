#include "SpecialistPanel.h"

#include "ConsoleSession.h"
#include "DeadlineLabel.h"

#include "cache/LocalCache.h"
#include "cache/ResultDrafts.h"
#include "calendar/Clock.h"
#include "items/AgencyDeadlines.h"
#include "items/AssignmentModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace paht::ui {

SpecialistPanel::SpecialistPanel(ConsoleSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_accept(new DeadlineLabel(this)),
      m_return(new DeadlineLabel(this)), m_result(new DeadlineLabel(this)), m_answer(new DeadlineLabel(this)),
      m_rework(new QLabel(this)), m_draft(new QLabel(this))
{
    setObjectName(QStringLiteral("specialistPanel"));
    m_accept->setObjectName(QStringLiteral("acceptDeadline"));
    m_return->setObjectName(QStringLiteral("returnDeadline"));
    m_result->setObjectName(QStringLiteral("panelResultDeadline"));
    m_answer->setObjectName(QStringLiteral("panelAnswerDeadline"));
    m_rework->setObjectName(QStringLiteral("panelReworkReason"));
    m_rework->setWordWrap(true);
    m_rework->setTextFormat(Qt::PlainText);
    m_draft->setObjectName(QStringLiteral("draftNotice"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    for (QWidget* line :
         {static_cast<QWidget*>(m_accept), static_cast<QWidget*>(m_return), static_cast<QWidget*>(m_result),
          static_cast<QWidget*>(m_answer), static_cast<QWidget*>(m_rework), static_cast<QWidget*>(m_draft)})
        layout->addWidget(line);

    // The assignments model follows the shown report and the clock's tick: so does the panel.
    AssignmentModel& assignments = session.assignments();
    connect(&assignments, &QAbstractItemModel::modelReset, this, &SpecialistPanel::refresh);
    connect(&assignments, &QAbstractItemModel::dataChanged, this, &SpecialistPanel::refresh);
    connect(&assignments, &QAbstractItemModel::rowsInserted, this, &SpecialistPanel::refresh);
    refresh();
}

void SpecialistPanel::refresh()
{
    const QString id = m_session.assignments().reportId();
    const std::optional<Report> report = id.isEmpty() ? std::nullopt : m_session.cache().report(id);
    const Assignment* mine = report ? report->assignmentFor(m_session.user().agencyCode) : nullptr;
    setVisible(mine != nullptr);
    if (!mine)
        return;
    const QDateTime now = m_session.clock().now();
    const AgencyDeadlines deadlines(m_session.gauge(), ReturnLimit(m_session.policy(), m_session.slaClock()));
    //: Before the R-9 deadline. Glossary: Tiếp nhận xử lý → "Tiếp nhận trước"
    m_accept->setDeadline(tr("Accept by"), deadlines.acceptance(*mine, now));
    //: Before the R-11 deadline. Glossary: Trả lại Trung tâm → "Trả lại Trung tâm trước"
    m_return->setDeadline(tr("Return to the center by"), deadlines.returnLimit(*report, *mine, now));
    //: Before the R-10 deadline. Glossary: Kết quả xử lý → "Gửi kết quả xử lý trước"
    m_result->setDeadline(tr("Submit the result by"), deadlines.result(*mine, now));
    //: Before the R-18 deadline. Vietnamese: "Trả lời người phản ánh trước"
    m_answer->setDeadline(tr("Answer the reporter by"), deadlines.citizenAnswer(*mine, now));
    const bool rework = mine->state == AssignmentState::Rework;
    m_rework->setText(rework ? tr("Returned for rework by your leader: %1").arg(mine->reworkReason)
                             : QString());
    m_rework->setVisible(rework);
    const std::optional<ResultDraft> draft = ResultDrafts(m_session.cache()).load(id);
    m_draft->setText(draft ? tr("A draft of the result is saved on this computer (%1).")
                                 .arg(DeadlineLabel::localTime(draft->savedAt))
                           : QString());
    m_draft->setVisible(draft.has_value());
}

} // namespace paht::ui
