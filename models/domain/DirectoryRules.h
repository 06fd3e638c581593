#pragma once

#include "domain/Agency.h"
#include "domain/Category.h"
#include "domain/User.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace paht {

// What is wrong with an entry of the directory, and in which field (the JSON field name).
struct DirectoryProblem
{
    QString field;
    QString message; // translated
    friend bool operator==(const DirectoryProblem& a, const DirectoryProblem& b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

using DirectoryCheck = std::optional<DirectoryProblem>;

// The rules an administrator's change to the directory must keep. The store enforces them on every
// change and import; the console checks them first for a quick answer.
namespace DirectoryRules {

constexpr int kMinPasswordLength = 10;

DirectoryCheck checkUsername(const QString& username); // 3–32 of a-z 0-9 . _ -
DirectoryCheck checkPassword(const QString& password);
// An agency role needs one of `agencyCodes`; a center role none.
DirectoryCheck checkUser(const User& user, const QStringList& agencyCodes);
// a leader and a focal person the center can reach; R-10: a processing limit of 1–5 working days.
DirectoryCheck checkAgency(const Agency& agency);
// routing names only agencies of the directory, each once.
DirectoryCheck checkCategory(const Category& category, const QStringList& agencyCodes);

} // namespace DirectoryRules

} // namespace paht
