#pragma once

#include "domain/Agency.h"
#include "domain/Category.h"
#include "domain/User.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace paht {

// The directory as CSV files a province can edit in a spreadsheet and load (issue [5/6] item 5): one
// file per table, a header row naming the columns (in any order), UTF-8. Users never carry passwords.
enum class DirectoryTable
{
    Agencies,
    Categories,
    Users
};

QString directoryTableName(DirectoryTable table); // agencies, categories, users
bool directoryTableFromName(const QString& name, DirectoryTable* out);
QStringList directoryColumns(DirectoryTable table);

struct CsvRowProblem
{
    int line = 0;  // the file's line, 1 = the header
    QString field; // the column, when one is at fault
    QString message;
};

template <typename Entry>
struct DirectoryImport
{
    QList<Entry> entries; // complete only when there are no problems
    QList<CsvRowProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

QByteArray agenciesCsv(const QList<Agency>& agencies);
QByteArray categoriesCsv(const QList<Category>& categories);
QByteArray usersCsv(const QList<User>& users);

// Each row is decoded and checked with DirectoryRules; every bad row is reported, not just the first,
// so an administrator mends the file in one pass. A code listed twice is a problem too.
DirectoryImport<Agency> readAgenciesCsv(const QByteArray& csv);
// `agencyCodes`: the agencies a category may route to or a user belong to.
DirectoryImport<Category> readCategoriesCsv(const QByteArray& csv, const QStringList& agencyCodes);
DirectoryImport<User> readUsersCsv(const QByteArray& csv, const QStringList& agencyCodes);

} // namespace paht
