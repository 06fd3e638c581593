#include "items/DirectoryForms.h"

#include "exchange/DirectoryCsv.h"
#include "sync/StoreAdministration.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paht::DirectoryForms {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paht::DirectoryForms", text);
}

DirectoryCheck problem(const QString& field, const QString& message)
{
    return DirectoryProblem{field, message};
}

} // namespace

DirectoryCheck checkNewAccount(const User& user, const QString& password, const QString& repeated,
                               const QStringList& agencyCodes, const QStringList& usernames)
{
    if (DirectoryCheck bad = DirectoryRules::checkUser(user, agencyCodes))
        return bad;
    if (DirectoryCheck bad = checkUnused(u"username"_s, user.username, usernames))
        return bad;
    if (DirectoryCheck bad = DirectoryRules::checkPassword(password))
        return bad;
    if (password != repeated)
        //: Vietnamese: "Hai lần nhập mật khẩu không khớp nhau."
        return problem(u"passwordRepeated"_s, tr("The two passwords differ."));
    return std::nullopt;
}

DirectoryCheck checkAccountChange(const User& user, const QStringList& agencyCodes,
                                  const QString& administrator)
{
    if (DirectoryCheck bad = DirectoryRules::checkUser(user, agencyCodes))
        return bad;
    // ADMIN_API.md: the store refuses these too; the last administrator would leave nobody to undo them.
    if (user.username == administrator && user.disabled)
        //: Vietnamese: "Bạn không thể tự khóa tài khoản của mình."
        return problem(u"disabled"_s, tr("You cannot disable your own account."));
    if (user.username == administrator && user.role != Role::Administrator)
        //: Vietnamese: "Bạn không thể tự bỏ vai trò quản trị của mình."
        return problem(u"role"_s, tr("You cannot take away your own administrator role."));
    return std::nullopt;
}

DirectoryCheck checkUnused(const QString& field, const QString& name, const QStringList& taken)
{
    if (taken.contains(name))
        //: A username, code or key name already in use. Vietnamese: "“%1” đã được dùng."
        return problem(field, tr("“%1” is taken already.").arg(name));
    return std::nullopt;
}

DirectoryCheck checkApiKey(const QString& name, const QString& kind, const QString& agencyCode,
                           const QStringList& agencyCodes, const QStringList& names)
{
    if (name.trimmed().isEmpty())
        //: R-21. Vietnamese: "Đặt tên khóa theo phần mềm sẽ dùng khóa."
        return problem(u"name"_s, tr("Name the key after the software that will use it."));
    // The name travels in the revoking request's path: one segment of at most 64 characters.
    if (name.size() > kMaxApiKeyName || name.contains(u'/'))
        //: R-21. Vietnamese: "Tên khóa dài tối đa %1 ký tự và không chứa dấu “/”."
        return problem(u"name"_s,
                       tr("A key's name has at most %1 characters and no “/”.").arg(kMaxApiKeyName));
    if (DirectoryCheck bad = checkUnused(u"name"_s, name, names))
        return bad;
    if (kind == ApiKeyEntry::kAgencySystem && agencyCode.isEmpty())
        //: R-21. Vietnamese: "Chọn cơ quan có phần mềm sẽ dùng khóa."
        return problem(u"agencyCode"_s, tr("Choose the agency whose software will use the key."));
    if (kind == ApiKeyEntry::kAgencySystem && !agencyCodes.contains(agencyCode))
        //: Glossary: Cơ quan xử lý → "Không có cơ quan “%1” trong danh mục."
        return problem(u"agencyCode"_s, tr("There is no agency “%1” in the directory.").arg(agencyCode));
    return std::nullopt;
}

QString exportFileName(DirectoryTable table, const QDate& day)
{
    return u"paht-%1-%2.csv"_s.arg(directoryTableName(table), day.toString(Qt::ISODate));
}

} // namespace paht::DirectoryForms
