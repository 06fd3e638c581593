#pragma once

#include "domain/Report.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace paht::store {

// numbers the Appendix II notice when the answer goes out (publish, answer_privately). The workflow
// is pure and runs in the consoles too, which cannot count an agency's documents; the store numbers the
// notice inside the transaction that applies the command and writes it on the report and on the event
// recording the step, so every console and the Open311 feed show the same number.
class NoticeRegister
{
public:
    explicit NoticeRegister(QSqlDatabase db) : m_db(std::move(db)) {}

    // Whether the step from `before` to `after` sends the answer out. A state secret is closed without
    // any notice.
    static bool issues(const std::optional<Report>& before, const Report& after);

    // Gives the notice of `outcome` a number per issuing agency for the year of `now` (local time) and
    // dates it `now`; false when the database refused.
    bool stamp(Outcome* outcome, const QDateTime& now);

private:
    QSqlDatabase m_db;
};

} // namespace paht::store
