#pragma once

#include "core/AdminJournal.h"
#include "exchange/DirectoryCsv.h"

#include <QJsonObject>
#include <variant>

namespace paht::store {

class Regulation;

// The administrator's work on the directory and the rules: agencies, categories and their
// routing, the SLA policy and the working calendar, and the directory's CSV import and export.
// Every change is checked by the domain's rules and recorded by the AdminJournal.
class DirectoryDesk
{
public:
    DirectoryDesk(AdminJournal& journal, Regulation& regulation)
        : m_journal(journal), m_regulation(regulation)
    {}

    using Answer = std::variant<QJsonObject, ApiError>;
    Answer putAgency(const User& actor, const QString& code, const QJsonObject& body);
    Answer putCategory(const User& actor, const QString& code, const QJsonObject& body);
    Answer putPolicy(const User& actor, const QJsonObject& body);
    Answer putCalendar(const User& actor, const QJsonObject& body);

    QByteArray exportCsv(DirectoryTable table) const;
    // All rows or none: any bad row refuses the file with every bad row listed (invalid_csv).
    Answer importCsv(const User& actor, DirectoryTable table, const QByteArray& csv);

private:
    std::optional<ApiError> saveSetting(const User& actor, const QString& key, const QJsonObject& before,
                                        const QJsonObject& after, const QString& changeType);
    Answer importAgencies(const User& actor, const QByteArray& csv);
    Answer importCategories(const User& actor, const QByteArray& csv);
    Answer importUsers(const User& actor, const QByteArray& csv);

    AdminJournal& m_journal;
    Regulation& m_regulation;
};

} // namespace paht::store
