#include "exchange/DirectoryCsv.h"

#include "domain/DirectoryRules.h"
#include "exchange/Csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <functional>

namespace paht {

namespace {

const QStringList kAgencyColumns{QStringLiteral("code"),         QStringLiteral("name"),
                                 QStringLiteral("kind"),         QStringLiteral("processing_limit_days"),
                                 QStringLiteral("leader_name"),  QStringLiteral("leader_title"),
                                 QStringLiteral("leader_phone"), QStringLiteral("leader_email"),
                                 QStringLiteral("focal_name"),   QStringLiteral("focal_title"),
                                 QStringLiteral("focal_phone"),  QStringLiteral("focal_email")};
const QStringList kCategoryColumns{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("routing"),
                                   QStringLiteral("active")};
const QStringList kUserColumns{
    QStringLiteral("username"),    QStringLiteral("display_name"),           QStringLiteral("role"),
    QStringLiteral("agency_code"), QStringLiteral("state_secret_clearance"), QStringLiteral("disabled")};

// The JSON field a rule names → the CSV column an administrator sees.
const QHash<QString, QString> kColumnOfField{
    {QStringLiteral("processingLimitDays"), QStringLiteral("processing_limit_days")},
    {QStringLiteral("leader.name"), QStringLiteral("leader_name")},
    {QStringLiteral("leader.phone"), QStringLiteral("leader_phone")},
    {QStringLiteral("leader.email"), QStringLiteral("leader_email")},
    {QStringLiteral("focalPerson.name"), QStringLiteral("focal_name")},
    {QStringLiteral("focalPerson.phone"), QStringLiteral("focal_phone")},
    {QStringLiteral("focalPerson.email"), QStringLiteral("focal_email")},
    {QStringLiteral("displayName"), QStringLiteral("display_name")},
    {QStringLiteral("agencyCode"), QStringLiteral("agency_code")},
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

bool readYesNo(const QString& text, bool* out)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("yes") || word == QLatin1String("true") || word == QLatin1String("1")) {
        *out = true;
        return true;
    }
    if (word == QLatin1String("no") || word == QLatin1String("false") || word == QLatin1String("0") ||
        word.isEmpty()) {
        *out = false;
        return true;
    }
    return false;
}

// One data row by column name, and the problems found in it.
class Row
{
public:
    Row(const CsvRecord& record, const QHash<QString, int>& columns, QList<CsvRowProblem>& problems)
        : m_record(record), m_columns(columns), m_problems(problems)
    {}

    QString text(const QString& column) const
    {
        const int index = m_columns.value(column, -1);
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index).trimmed() : QString();
    }
    bool yesNo(const QString& column)
    {
        bool value = false;
        if (!readYesNo(text(column), &value))
            report(column, QCoreApplication::translate("paht::DirectoryCsv", "Write yes or no, not '%1'.")
                               .arg(text(column)));
        return value;
    }
    void report(const QString& column, const QString& message)
    {
        m_problems.append({m_record.line, column, message});
        m_bad = true;
    }
    void report(const DirectoryProblem& problem)
    {
        report(kColumnOfField.value(problem.field, problem.field), problem.message);
    }
    bool bad() const { return m_bad; }

private:
    const CsvRecord& m_record;
    const QHash<QString, int>& m_columns;
    QList<CsvRowProblem>& m_problems;
    bool m_bad = false;
};

// Reads the header and hands each data row to `decode`; `decode` returns the row's key (to find
// duplicates) or an empty string when the row was bad.
template <typename Entry>
DirectoryImport<Entry> readTable(const QByteArray& csv, const QStringList& columns, const QString& keyColumn,
                                 const std::function<QString(Row&, Entry*)>& decode)
{
    DirectoryImport<Entry> result;
    const CsvDocument document = readCsv(csv);
    if (!document.ok()) {
        result.problems.append({document.errorLine, QString(), document.error});
        return result;
    }
    if (document.records.isEmpty()) {
        result.problems.append(
            {1, QString(),
             QCoreApplication::translate("paht::DirectoryCsv", "The file is empty: it needs a header row.")});
        return result;
    }
    QHash<QString, int> index;
    const CsvRecord& header = document.records.first();
    for (int i = 0; i < header.fields.size(); ++i)
        index.insert(header.fields.at(i).trimmed().toLower(), i);
    for (const QString& column : columns) {
        if (!index.contains(column))
            result.problems.append(
                {header.line, column,
                 QCoreApplication::translate("paht::DirectoryCsv", "The header has no column '%1'.")
                     .arg(column)});
    }
    if (!result.problems.isEmpty())
        return result;

    QHash<QString, int> firstLineOf;
    for (qsizetype i = 1; i < document.records.size(); ++i) {
        const CsvRecord& record = document.records.at(i);
        Row row(record, index, result.problems);
        if (record.fields.size() != header.fields.size()) {
            row.report(QString(), QCoreApplication::translate("paht::DirectoryCsv",
                                                              "The row has %1 fields; the header has %2.")
                                      .arg(record.fields.size())
                                      .arg(header.fields.size()));
            continue;
        }
        Entry entry;
        const QString key = decode(row, &entry);
        if (row.bad())
            continue;
        if (firstLineOf.contains(key)) {
            row.report(keyColumn,
                       QCoreApplication::translate("paht::DirectoryCsv", "'%1' is already on line %2.")
                           .arg(key)
                           .arg(firstLineOf.value(key)));
            continue;
        }
        firstLineOf.insert(key, record.line);
        result.entries.append(entry);
    }
    if (!result.ok())
        result.entries.clear();
    return result;
}

AgencyContact contactOf(Row& row, const QString& prefix)
{
    return AgencyContact{
        row.text(prefix + QStringLiteral("_name")), row.text(prefix + QStringLiteral("_title")),
        row.text(prefix + QStringLiteral("_phone")), row.text(prefix + QStringLiteral("_email"))};
}

} // namespace

QString directoryTableName(DirectoryTable table)
{
    switch (table) {
    case DirectoryTable::Agencies:
        return QStringLiteral("agencies");
    case DirectoryTable::Categories:
        return QStringLiteral("categories");
    case DirectoryTable::Users:
        return QStringLiteral("users");
    }
    return {};
}

bool directoryTableFromName(const QString& name, DirectoryTable* out)
{
    for (const DirectoryTable table :
         {DirectoryTable::Agencies, DirectoryTable::Categories, DirectoryTable::Users}) {
        if (directoryTableName(table) == name) {
            *out = table;
            return true;
        }
    }
    return false;
}

QStringList directoryColumns(DirectoryTable table)
{
    switch (table) {
    case DirectoryTable::Agencies:
        return kAgencyColumns;
    case DirectoryTable::Categories:
        return kCategoryColumns;
    case DirectoryTable::Users:
        return kUserColumns;
    }
    return {};
}

QByteArray agenciesCsv(const QList<Agency>& agencies)
{
    QList<QStringList> rows{kAgencyColumns};
    for (const Agency& a : agencies) {
        rows.append({a.code, a.name, agencyKindName(a.kind), QString::number(a.processingLimitDays),
                     a.leader.name, a.leader.title, a.leader.phone, a.leader.email, a.focalPerson.name,
                     a.focalPerson.title, a.focalPerson.phone, a.focalPerson.email});
    }
    return writeCsv(rows);
}

QByteArray categoriesCsv(const QList<Category>& categories)
{
    QList<QStringList> rows{kCategoryColumns};
    for (const Category& c : categories)
        rows.append({c.code, c.name, c.routing.join(QLatin1Char(';')), yesNo(c.active)});
    return writeCsv(rows);
}

QByteArray usersCsv(const QList<User>& users)
{
    QList<QStringList> rows{kUserColumns};
    for (const User& u : users) {
        rows.append({u.username, u.displayName, roleName(u.role), u.agencyCode, yesNo(u.stateSecretClearance),
                     yesNo(u.disabled)});
    }
    return writeCsv(rows);
}

DirectoryImport<Agency> readAgenciesCsv(const QByteArray& csv)
{
    return readTable<Agency>(csv, kAgencyColumns, QStringLiteral("code"), [](Row& row, Agency* agency) {
        agency->code = row.text(QStringLiteral("code"));
        agency->name = row.text(QStringLiteral("name"));
        if (!agencyKindFromName(row.text(QStringLiteral("kind")), &agency->kind))
            row.report(QStringLiteral("kind"),
                       QCoreApplication::translate(
                           "paht::DirectoryCsv",
                           "'%1' is not a kind of agency: write provincial_department, "
                           "commune_people_committee, central_agency or public_service_company.")
                           .arg(row.text(QStringLiteral("kind"))));
        bool number = false;
        agency->processingLimitDays = row.text(QStringLiteral("processing_limit_days")).toInt(&number);
        if (!number)
            row.report(
                QStringLiteral("processing_limit_days"),
                QCoreApplication::translate("paht::DirectoryCsv", "Write a whole number of working days."));
        agency->leader = contactOf(row, QStringLiteral("leader"));
        agency->focalPerson = contactOf(row, QStringLiteral("focal"));
        if (!row.bad()) {
            if (const DirectoryCheck problem = DirectoryRules::checkAgency(*agency))
                row.report(*problem);
        }
        return agency->code;
    });
}

DirectoryImport<Category> readCategoriesCsv(const QByteArray& csv, const QStringList& agencyCodes)
{
    return readTable<Category>(
        csv, kCategoryColumns, QStringLiteral("code"), [&](Row& row, Category* category) {
            category->code = row.text(QStringLiteral("code"));
            category->name = row.text(QStringLiteral("name"));
            for (const QString& code :
                 row.text(QStringLiteral("routing")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                category->routing.append(code.trimmed());
            category->active = row.yesNo(QStringLiteral("active"));
            if (!row.bad()) {
                if (const DirectoryCheck problem = DirectoryRules::checkCategory(*category, agencyCodes))
                    row.report(*problem);
            }
            return category->code;
        });
}

DirectoryImport<User> readUsersCsv(const QByteArray& csv, const QStringList& agencyCodes)
{
    return readTable<User>(csv, kUserColumns, QStringLiteral("username"), [&](Row& row, User* user) {
        user->username = row.text(QStringLiteral("username"));
        user->displayName = row.text(QStringLiteral("display_name"));
        if (!roleFromName(row.text(QStringLiteral("role")), &user->role))
            row.report(
                QStringLiteral("role"),
                QCoreApplication::translate("paht::DirectoryCsv", "'%1' is not a role: write one of %2.")
                    .arg(row.text(QStringLiteral("role")), roleNames().join(QStringLiteral(", "))));
        user->agencyCode = row.text(QStringLiteral("agency_code"));
        user->stateSecretClearance = row.yesNo(QStringLiteral("state_secret_clearance"));
        user->disabled = row.yesNo(QStringLiteral("disabled"));
        if (!row.bad()) {
            if (const DirectoryCheck problem = DirectoryRules::checkUser(*user, agencyCodes))
                row.report(*problem);
        }
        return user->username;
    });
}

} // namespace paht
