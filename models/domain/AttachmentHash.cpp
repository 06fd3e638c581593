#include "domain/AttachmentHash.h"

namespace paht {

bool isAttachmentHash(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool lowerHex = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !lowerHex)
            return false;
    }
    return true;
}

} // namespace paht
