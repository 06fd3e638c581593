#include "core/DirectoryDesk.h"

#include "core/CommandDesk.h"
#include "core/Regulation.h"
#include "domain/DirectoryRules.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/DirectoryRows.h"

#include <QHash>

namespace paht::store {

namespace {

// An imported user has no password until an administrator resets it: this hash verifies nothing.
const QByteArray kNoPassword = QByteArrayLiteral("!");

ApiError invalid(const QString& message, const QString& field)
{
    return ApiError::badRequest(QStringLiteral("invalid_payload"), message, field);
}

ApiError invalid(const DirectoryProblem& problem)
{
    return invalid(problem.message, problem.field);
}

ApiError invalidCsv(const QList<CsvRowProblem>& problems)
{
    ApiError error = ApiError::badRequest(
        QStringLiteral("invalid_csv"),
        QStringLiteral("%1 row(s) of the file are wrong; nothing was imported").arg(problems.size()));
    for (const CsvRowProblem& problem : problems) {
        error.rows.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                      {QStringLiteral("field"), problem.field},
                                      {QStringLiteral("message"), problem.message}});
    }
    return error;
}

enum class Saved
{
    Created,
    Updated,
    Unchanged,
    Failed
};

// Writes one agency or category and lists the change with what it replaced.
Saved save(DirectoryRows& rows, DirectoryRows::Table table, const QString& code, const QJsonObject& after,
           const QString& changeType, QList<AdminChange>& changes)
{
    QJsonObject before;
    for (const QJsonObject& existing : rows.all(table)) {
        if (existing.value(QStringLiteral("code")).toString() == code)
            before = existing;
    }
    if (before == after)
        return Saved::Unchanged;
    if (!rows.put(table, code, after))
        return Saved::Failed;
    QJsonObject data{{QStringLiteral("after"), after}};
    if (!before.isEmpty())
        data.insert(QStringLiteral("before"), before);
    changes.append({changeType, code, data});
    return before.isEmpty() ? Saved::Created : Saved::Updated;
}

struct Counts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    bool failed = false;

    void add(Saved saved)
    {
        created += saved == Saved::Created;
        updated += saved == Saved::Updated;
        unchanged += saved == Saved::Unchanged;
        failed = failed || saved == Saved::Failed;
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("created"), created},
                {QStringLiteral("updated"), updated},
                {QStringLiteral("unchanged"), unchanged}};
    }
};

template <typename Entry>
std::variant<Entry, ApiError> entryOf(const QJsonObject& body, const QString& key, const QString& code)
{
    if (!body.value(key).isObject())
        return invalid(QStringLiteral("%1: an object is required").arg(key), key);
    Entry entry;
    if (const DecodeResult error = Entry::fromJson(body.value(key).toObject(), &entry))
        return invalid(error->toString(), error->field);
    if (entry.code != code)
        return invalid(QStringLiteral("code: the body names %1, the path %2").arg(entry.code, code),
                       QStringLiteral("code"));
    return entry;
}

QStringList agencyCodes(Database& db)
{
    return CommandDesk::loadDirectory(db).agencies.keys();
}

} // namespace

DirectoryDesk::Answer DirectoryDesk::putAgency(const User& actor, const QString& code,
                                               const QJsonObject& body)
{
    const auto decoded = entryOf<Agency>(body, QStringLiteral("agency"), code);
    if (const auto* error = std::get_if<ApiError>(&decoded))
        return *error;
    const Agency agency = std::get<Agency>(decoded);
    if (const DirectoryCheck problem = DirectoryRules::checkAgency(agency))
        return invalid(*problem);
    Saved saved = Saved::Unchanged;
    const auto refused = m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
        DirectoryRows rows(m_journal.database().connection());
        saved = save(rows, DirectoryRows::Table::Agencies, code, agency.toJson(),
                     QStringLiteral("admin_agency_saved"), changes);
        if (saved == Saved::Failed)
            return ApiError::internal(QStringLiteral("cannot store the agency"));
        return std::nullopt;
    });
    if (refused)
        return *refused;
    return QJsonObject{{QStringLiteral("agency"), agency.toJson()},
                       {QStringLiteral("created"), saved == Saved::Created}};
}

DirectoryDesk::Answer DirectoryDesk::putCategory(const User& actor, const QString& code,
                                                 const QJsonObject& body)
{
    const auto decoded = entryOf<Category>(body, QStringLiteral("category"), code);
    if (const auto* error = std::get_if<ApiError>(&decoded))
        return *error;
    const Category category = std::get<Category>(decoded);
    Saved saved = Saved::Unchanged;
    const auto refused = m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
        if (const DirectoryCheck problem =
                DirectoryRules::checkCategory(category, agencyCodes(m_journal.database())))
            return invalid(*problem);
        DirectoryRows rows(m_journal.database().connection());
        saved = save(rows, DirectoryRows::Table::Categories, code, category.toJson(),
                     QStringLiteral("admin_category_saved"), changes);
        if (saved == Saved::Failed)
            return ApiError::internal(QStringLiteral("cannot store the category"));
        return std::nullopt;
    });
    if (refused)
        return *refused;
    return QJsonObject{{QStringLiteral("category"), category.toJson()},
                       {QStringLiteral("created"), saved == Saved::Created}};
}

namespace {

// A settings object (SLA policy, calendar) from a body: the member `key`, decoded by `decode`.
template <typename Rules>
std::variant<Rules, ApiError> settingOf(const QJsonObject& body, const QString& key,
                                        Rules (*decode)(const QJsonObject&, QString*))
{
    if (!body.value(key).isObject())
        return invalid(QStringLiteral("%1: an object is required").arg(key), key);
    QString error;
    Rules rules = decode(body.value(key).toObject(), &error);
    if (!error.isEmpty())
        return invalid(error, key);
    return rules;
}

} // namespace

std::optional<ApiError> DirectoryDesk::saveSetting(const User& actor, const QString& key,
                                                   const QJsonObject& before, const QJsonObject& after,
                                                   const QString& changeType)
{
    return m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
        if (before == after)
            return std::nullopt;
        if (!DirectoryRows(m_journal.database().connection()).putSetting(key, after))
            return ApiError::internal(QStringLiteral("cannot store %1").arg(key));
        changes.append({changeType, key,
                        QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}}});
        return std::nullopt;
    });
}

DirectoryDesk::Answer DirectoryDesk::putPolicy(const User& actor, const QJsonObject& body)
{
    auto decoded = settingOf<SlaPolicy>(body, QStringLiteral("policy"), &SlaPolicy::fromJson);
    if (const auto* error = std::get_if<ApiError>(&decoded))
        return *error;
    SlaPolicy& policy = std::get<SlaPolicy>(decoded);
    const QJsonObject after = policy.toJson();
    if (const auto refused = saveSetting(actor, Regulation::kPolicySetting, m_regulation.policy().toJson(),
                                         after, QStringLiteral("admin_sla_policy_saved")))
        return *refused;
    m_regulation.replace(m_regulation.calendar(), std::move(policy));
    return QJsonObject{{QStringLiteral("policy"), after}};
}

DirectoryDesk::Answer DirectoryDesk::putCalendar(const User& actor, const QJsonObject& body)
{
    auto decoded = settingOf<WorkingCalendar>(body, QStringLiteral("calendar"), &WorkingCalendar::fromJson);
    if (const auto* error = std::get_if<ApiError>(&decoded))
        return *error;
    WorkingCalendar& calendar = std::get<WorkingCalendar>(decoded);
    const QJsonObject after = calendar.toJson();
    if (const auto refused =
            saveSetting(actor, Regulation::kCalendarSetting, m_regulation.calendar().toJson(), after,
                        QStringLiteral("admin_calendar_saved")))
        return *refused;
    m_regulation.replace(std::move(calendar), m_regulation.policy());
    return QJsonObject{{QStringLiteral("calendar"), after}};
}

QByteArray DirectoryDesk::exportCsv(DirectoryTable table) const
{
    Database& db = m_journal.database();
    if (table == DirectoryTable::Users) {
        QList<User> users;
        for (const AccountRow& row : AccountRows(db.connection()).users()) {
            User user;
            if (!User::fromJson(row.user, &user))
                users.append(user);
        }
        return usersCsv(users);
    }
    const Directory directory = CommandDesk::loadDirectory(db);
    if (table == DirectoryTable::Agencies) {
        QList<Agency> agencies = directory.agencies.values();
        std::sort(agencies.begin(), agencies.end(),
                  [](const Agency& a, const Agency& b) { return a.code < b.code; });
        return agenciesCsv(agencies);
    }
    QList<Category> categories = directory.categories.values();
    std::sort(categories.begin(), categories.end(),
              [](const Category& a, const Category& b) { return a.code < b.code; });
    return categoriesCsv(categories);
}

DirectoryDesk::Answer DirectoryDesk::importCsv(const User& actor, DirectoryTable table, const QByteArray& csv)
{
    switch (table) {
    case DirectoryTable::Agencies:
        return importAgencies(actor, csv);
    case DirectoryTable::Categories:
        return importCategories(actor, csv);
    case DirectoryTable::Users:
        return importUsers(actor, csv);
    }
    return ApiError::notFound(QStringLiteral("no such table"));
}

DirectoryDesk::Answer DirectoryDesk::importAgencies(const User& actor, const QByteArray& csv)
{
    const DirectoryImport<Agency> file = readAgenciesCsv(csv);
    if (!file.ok())
        return invalidCsv(file.problems);
    Counts counts;
    const auto refused = m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
        DirectoryRows rows(m_journal.database().connection());
        for (const Agency& agency : file.entries)
            counts.add(save(rows, DirectoryRows::Table::Agencies, agency.code, agency.toJson(),
                            QStringLiteral("admin_agency_saved"), changes));
        return counts.failed ? std::optional(ApiError::internal(QStringLiteral("cannot store the agencies")))
                             : std::nullopt;
    });
    if (refused)
        return *refused;
    return counts.toJson();
}

DirectoryDesk::Answer DirectoryDesk::importCategories(const User& actor, const QByteArray& csv)
{
    Counts counts;
    const auto refused = m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
        const DirectoryImport<Category> file = readCategoriesCsv(csv, agencyCodes(m_journal.database()));
        if (!file.ok())
            return invalidCsv(file.problems);
        DirectoryRows rows(m_journal.database().connection());
        for (const Category& category : file.entries)
            counts.add(save(rows, DirectoryRows::Table::Categories, category.code, category.toJson(),
                            QStringLiteral("admin_category_saved"), changes));
        return counts.failed
                   ? std::optional(ApiError::internal(QStringLiteral("cannot store the categories")))
                   : std::nullopt;
    });
    if (refused)
        return *refused;
    return counts.toJson();
}

DirectoryDesk::Answer DirectoryDesk::importUsers(const User& actor, const QByteArray& csv)
{
    Counts counts;
    const auto refused = m_journal.record(actor, [&](QList<AdminChange>& changes) -> std::optional<ApiError> {
        const DirectoryImport<User> file = readUsersCsv(csv, agencyCodes(m_journal.database()));
        if (!file.ok())
            return invalidCsv(file.problems);
        AccountRows accounts(m_journal.database().connection());
        for (const User& user : file.entries) {
            const std::optional<AccountRow> row = accounts.findUser(user.username);
            User before;
            if (!row) {
                if (!accounts.insertUser(user.username, user.toJson(), kNoPassword))
                    return ApiError::internal(QStringLiteral("cannot store the users"));
                changes.append({QStringLiteral("admin_user_created"), user.username,
                                QJsonObject{{QStringLiteral("after"), user.toJson()}}});
                counts.add(Saved::Created);
                continue;
            }
            if (!User::fromJson(row->user, &before) && before == user) {
                counts.add(Saved::Unchanged);
                continue;
            }
            if (user.username == actor.username && (user.disabled || user.role != Role::Administrator))
                return invalid(QStringLiteral("the file would lock you out: you cannot disable your own "
                                              "account or take away your own administrator role"),
                               QStringLiteral("role"));
            if (!accounts.updateUser(user.username, user.toJson()) ||
                !accounts.deleteSessionsOf(user.username))
                return ApiError::internal(QStringLiteral("cannot store the users"));
            changes.append({QStringLiteral("admin_user_changed"), user.username,
                            QJsonObject{{QStringLiteral("before"), row->user},
                                        {QStringLiteral("after"), user.toJson()}}});
            counts.add(Saved::Updated);
        }
        return std::nullopt;
    });
    if (refused)
        return *refused;
    return counts.toJson();
}

} // namespace paht::store
