#include "sync/StoreRefusal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paht {

StoreRefusal StoreRefusal::from(const StoreAnswer& answer)
{
    StoreRefusal refusal;
    refusal.status = answer.status;
    refusal.code = answer.errorCode;
    refusal.message = answer.message;
    const QJsonObject error = answer.json.value(u"error"_s).toObject();
    refusal.field = error.value(u"field"_s).toString();
    for (const QJsonValue& value : error.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        refusal.rows.append({row.value(u"line"_s).toInt(), row.value(u"field"_s).toString(),
                             row.value(u"message"_s).toString()});
    }
    return refusal;
}

QString StoreRefusal::text() const
{
    if (status == 0)
        return tr("The store cannot be reached: %1").arg(message);
    if (!message.isEmpty())
        return message;
    if (status == 401)
        return tr("The session has ended: log in again.");
    if (status == 403)
        return tr("Only an administrator may change the directory.");
    if (code == QLatin1String("already_exists"))
        return tr("It exists already.");
    return tr("The store refused it (HTTP status %1).").arg(status);
}

} // namespace paht
