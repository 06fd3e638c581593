#pragma once

#include "domain/Report.h"
#include "open311/Open311Format.h"
#include "workflow/Directory.h"

namespace paht::store {
class Database;
}

namespace paht::store::open311 {

// Who reads a request through Open311. Neither audience ever gets the reporter's identity:
// the app knows its own user, and the public must not.
enum class Audience
{
    Public,   // anyone: public reports only, the answer once published
    Reporter, // the holder of the report's citizen token: also the private answer or rejection reason
};

// Turns a report into a GeoReport v2 service request record.
class RequestView
{
public:
    RequestView(Database& db, Directory directory) : m_db(db), m_directory(std::move(directory)) {}

    Record record(const Report& report, Audience audience) const;
    QString agencyName(const QString& code) const;

    // only public reports are shown to everyone; confidential and state-secret ones never.
    static bool isPublic(const Report& report) { return report.confidentiality == Confidentiality::Public; }
    // Open311's "open": the center has not yet answered, closed or rejected it.
    static bool isOpen(const Report& report);
    // The latest deadline among the stages still running: when the citizen may expect the next step.
    static QDateTime expectedAt(const Report& report);
    // The Appendix II notice that carries the answer, "Thông báo số 01/TB-SXD, ngày …", wherever
    // the answer itself is shown; else empty.
    static QString noticeText(const Report& report, Audience audience);

private:
    QString statusNotes(const Report& report, Audience audience) const;
    QDateTime updatedAt(const Report& report) const;
    Database& m_db;
    Directory m_directory;
};

} // namespace paht::store::open311
