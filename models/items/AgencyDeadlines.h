#pragma once

#include "domain/Report.h"
#include "items/DeadlineGauge.h"
#include "items/DeadlineIndicator.h"
#include "workflow/ReturnLimit.h"

#include <QDateTime>

namespace paht {

// The deadlines an agency specialist decides against on their agency's assignment: accept, return
// to the center when the report is not the agency's competence, hand in the result (R-10, also
// during rework) and answer the reporter's question. Each reading is invalid while that step does
// not concern the agency, so a screen shows only what is still open to decide.
class AgencyDeadlines
{
public:
    // Keeps a reference to the gauge, which must outlive this.
    AgencyDeadlines(const DeadlineGauge& gauge, const ReturnLimit& limit) : m_gauge(gauge), m_limit(limit) {}

    DeadlineIndicator acceptance(const Assignment& assignment, const QDateTime& now) const;
    DeadlineIndicator returnLimit(const Report& report, const Assignment& assignment,
                                  const QDateTime& now) const;
    DeadlineIndicator result(const Assignment& assignment, const QDateTime& now) const;
    DeadlineIndicator citizenAnswer(const Assignment& assignment, const QDateTime& now) const;

private:
    const DeadlineGauge& m_gauge;
    ReturnLimit m_limit;
};

} // namespace paht
