#pragma once

#include "domain/DirectoryRules.h"
#include "exchange/DirectoryCsv.h"

#include <QDate>
#include <QStringList>

namespace paht {

// The administrator's forms' checks before a change goes to the store: DirectoryRules, and what only a
// form can get wrong: a password typed twice unlike, an administrator about to lock themselves out, a
// new entry named like an existing one (the store's PUT would change that one), an API key.
namespace DirectoryForms {

constexpr int kMaxApiKeyName = 64;

// A new account: DirectoryRules' user and password, the password typed again, an unused username.
DirectoryCheck checkNewAccount(const User& user, const QString& password, const QString& repeated,
                               const QStringList& agencyCodes, const QStringList& usernames);
// A change to an account by `administrator`, who may not disable themselves or drop their own role.
DirectoryCheck checkAccountChange(const User& user, const QStringList& agencyCodes,
                                  const QString& administrator);
DirectoryCheck checkUnused(const QString& field, const QString& name, const QStringList& taken);
// A key for the citizen app, or for one agency's own software (`agencyCode` then of the directory).
DirectoryCheck checkApiKey(const QString& name, const QString& kind, const QString& agencyCode,
                           const QStringList& agencyCodes, const QStringList& names);

// "paht-agencies-2026-03-09.csv": the name an export is offered under.
QString exportFileName(DirectoryTable table, const QDate& day);

} // namespace DirectoryForms

} // namespace paht
