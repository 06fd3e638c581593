#include "cache/LocalCache.h"

namespace paht {

QString foldForSearch(const QString& text)
{
    // NFD splits "ạ" into "a" + U+0323 and "ư" into "u" + U+031B; dropping the combining marks leaves the
    // base letters. "đ" has no decomposition (it is a letter of its own), so it is folded by hand: people
    // type "duong" for "Đường".
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            folded.append(QLatin1Char('d'));
        else
            folded.append(c.toLower());
    }
    return folded;
}

} // namespace paht
