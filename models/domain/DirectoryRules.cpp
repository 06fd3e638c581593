#include "domain/DirectoryRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace paht::DirectoryRules {

namespace {

DirectoryCheck problem(const QString& field, const QString& message)
{
    return DirectoryProblem{field, message};
}

DirectoryCheck checkContact(const AgencyContact& contact, const QString& field, const QString& who)
{
    if (contact.name.trimmed().isEmpty())
        return problem(
            field + QStringLiteral(".name"),
            QCoreApplication::translate("paht::DirectoryRules", "Name the agency's %1 (R-25).").arg(who));
    if (contact.phone.trimmed().isEmpty() && contact.email.trimmed().isEmpty())
        return problem(field + QStringLiteral(".phone"),
                       QCoreApplication::translate(
                           "paht::DirectoryRules",
                           "Give a phone number or an e-mail address for the agency's %1 (R-25).")
                           .arg(who));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 .()-]{6,20}$"));
    if (!contact.phone.trimmed().isEmpty() && !phone.match(contact.phone.trimmed()).hasMatch())
        return problem(field + QStringLiteral(".phone"),
                       QCoreApplication::translate("paht::DirectoryRules", "'%1' is not a phone number.")
                           .arg(contact.phone));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!contact.email.trimmed().isEmpty() && !email.match(contact.email.trimmed()).hasMatch())
        return problem(field + QStringLiteral(".email"),
                       QCoreApplication::translate("paht::DirectoryRules", "'%1' is not an e-mail address.")
                           .arg(contact.email));
    return std::nullopt;
}

} // namespace

DirectoryCheck checkUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    if (!pattern.match(username).hasMatch())
        return problem(QStringLiteral("username"),
                       QCoreApplication::translate(
                           "paht::DirectoryRules",
                           "A user name has 3 to 32 characters: lower-case letters without accents, digits, "
                           "'.', '_' or '-'."));
    return std::nullopt;
}

DirectoryCheck checkPassword(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return problem(
            QStringLiteral("password"),
            QCoreApplication::translate("paht::DirectoryRules", "A password has at least %1 characters.")
                .arg(kMinPasswordLength));
    return std::nullopt;
}

DirectoryCheck checkUser(const User& user, const QStringList& agencyCodes)
{
    if (const DirectoryCheck bad = checkUsername(user.username))
        return bad;
    if (user.displayName.trimmed().isEmpty())
        return problem(QStringLiteral("displayName"),
                       QCoreApplication::translate("paht::DirectoryRules", "Give the user's full name."));
    if (isAgencyRole(user.role)) {
        if (user.agencyCode.isEmpty())
            return problem(QStringLiteral("agencyCode"),
                           QCoreApplication::translate("paht::DirectoryRules",
                                                       "An agency's staff member needs an agency."));
        if (!agencyCodes.contains(user.agencyCode))
            return problem(QStringLiteral("agencyCode"),
                           QCoreApplication::translate("paht::DirectoryRules",
                                                       "There is no agency '%1' in the directory.")
                               .arg(user.agencyCode));
    } else if (!user.agencyCode.isEmpty()) {
        return problem(
            QStringLiteral("agencyCode"),
            QCoreApplication::translate("paht::DirectoryRules",
                                        "The center's staff belong to no agency: leave the agency empty."));
    }
    return std::nullopt;
}

DirectoryCheck checkAgency(const Agency& agency)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9-]{2,32}$"));
    if (!code.match(agency.code).hasMatch())
        return problem(QStringLiteral("code"),
                       QCoreApplication::translate(
                           "paht::DirectoryRules",
                           "An agency code has 2 to 32 characters: capital letters, digits or '-'."));
    if (agency.name.trimmed().isEmpty())
        return problem(QStringLiteral("name"),
                       QCoreApplication::translate("paht::DirectoryRules", "Give the agency's name."));
    if (const DirectoryCheck bad =
            checkContact(agency.leader, QStringLiteral("leader"),
                         QCoreApplication::translate("paht::DirectoryRules", "leader")))
        return bad;
    if (const DirectoryCheck bad =
            checkContact(agency.focalPerson, QStringLiteral("focalPerson"),
                         QCoreApplication::translate("paht::DirectoryRules", "focal person")))
        return bad;
    if (agency.processingLimitDays < 1 || agency.processingLimitDays > Agency::kMaxProcessingDays)
        return problem(QStringLiteral("processingLimitDays"),
                       QCoreApplication::translate("paht::DirectoryRules",
                                                   "The processing limit is 1 to %1 working days (R-10).")
                           .arg(Agency::kMaxProcessingDays));
    return std::nullopt;
}

DirectoryCheck checkCategory(const Category& category, const QStringList& agencyCodes)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9_]{2,40}$"));
    if (!code.match(category.code).hasMatch())
        return problem(QStringLiteral("code"),
                       QCoreApplication::translate(
                           "paht::DirectoryRules",
                           "A category code has 2 to 40 characters: lower-case letters without accents, "
                           "digits or '_'."));
    if (category.name.trimmed().isEmpty())
        return problem(QStringLiteral("name"),
                       QCoreApplication::translate("paht::DirectoryRules", "Give the category's name."));
    QSet<QString> seen;
    for (const QString& agency : category.routing) {
        if (!agencyCodes.contains(agency))
            return problem(QStringLiteral("routing"),
                           QCoreApplication::translate("paht::DirectoryRules",
                                                       "There is no agency '%1' in the directory.")
                               .arg(agency));
        if (seen.contains(agency))
            return problem(QStringLiteral("routing"),
                           QCoreApplication::translate("paht::DirectoryRules", "Agency '%1' is listed twice.")
                               .arg(agency));
        seen.insert(agency);
    }
    return std::nullopt;
}

} // namespace paht::DirectoryRules
