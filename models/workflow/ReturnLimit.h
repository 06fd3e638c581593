#pragma once

#include "calendar/StageTiming.h"
#include "domain/Assignment.h"
#include "workflow/StageTimer.h"

#include <QString>

namespace paht {

// an agency that finds a report outside its competence returns it to the center within the
// policy's Return time (1 working day) of receiving it, i.e. of the dispatch, whether it accepted the
// report or not. The store stamps the return with this stage and the console shows it while the
// specialist decides, so both read the same deadline.
class ReturnLimit
{
public:
    explicit ReturnLimit(const StageTimer& timer) : m_timer(timer) {}
    ReturnLimit(const SlaPolicy& policy, const SlaClock& clock) : m_timer(policy, clock) {}

    // Whether the agency may still return the assignment (the workflow's return_to_center states).
    static bool applies(const Assignment& assignment);
    // The Return stage running from the dispatch: open while the agency may still return the report,
    // the recorded one once it has.
    StageTiming stage(const Assignment& assignment, const QString& categoryCode) const;

private:
    StageTimer m_timer;
};

} // namespace paht
