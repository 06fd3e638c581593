#include "domain/Reporter.h"

#include "domain/JsonReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paht {

bool Reporter::isPlausiblePhone(const QString& phone)
{
    QString digits = phone;
    digits.remove(QRegularExpression(u"[\\s.\\-()]"_s));
    static const QRegularExpression pattern(u"^(0\\d{9,10}|\\+84\\d{9,10})$"_s);
    return pattern.match(digits).hasMatch();
}

bool Reporter::isPlausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

QList<DecodeError> Reporter::contactProblems() const
{
    QList<DecodeError> problems;
    if (name.trimmed().isEmpty())
        problems.append({u"name"_s, u"missing"_s});
    if (phone.trimmed().isEmpty())
        problems.append({u"phone"_s, u"missing"_s});
    else if (!isPlausiblePhone(phone))
        problems.append({u"phone"_s, u"not a Vietnamese phone number"_s});
    if (email.trimmed().isEmpty())
        problems.append({u"email"_s, u"missing"_s});
    else if (!isPlausibleEmail(email))
        problems.append({u"email"_s, u"not an email address"_s});
    return problems;
}

QJsonObject Reporter::toJson() const
{
    return {
        {u"name"_s, name}, {u"phone"_s, phone}, {u"email"_s, email}, {u"isOrganisation"_s, isOrganisation}};
}

DecodeResult Reporter::fromJson(const QJsonObject& json, Reporter* out)
{
    Reporter value;
    JsonReader reader(json);
    reader.string("name", &value.name);
    reader.string("phone", &value.phone, JsonReader::Need::Optional);
    reader.string("email", &value.email, JsonReader::Need::Optional);
    reader.boolean("isOrganisation", &value.isOrganisation, JsonReader::Need::Optional);
    if (reader.ok())
        *out = value;
    return reader.result();
}

} // namespace paht
