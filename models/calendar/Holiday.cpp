#include "calendar/Holiday.h"

#include <QCoreApplication>

#include <array>

namespace paht {

namespace {

struct HolidayName
{
    const char* key;
    const char* english;
    const char* vietnamese; // UTF-8
};

// Labour Code 2019, Art. 112(1). English is the source language of the user interface; the Vietnamese
// column is what translators put in paht_vi.ts.
const std::array<HolidayName, 7> kHolidayNames{{
    {"new_year", QT_TRANSLATE_NOOP("paht::Holiday", "New Year's Day"), "Tết Dương lịch"},
    {"tet", QT_TRANSLATE_NOOP("paht::Holiday", "Lunar New Year (Tet)"), "Tết Nguyên Đán"},
    {"hung_kings", QT_TRANSLATE_NOOP("paht::Holiday", "Hung Kings' Commemoration Day"), "Giỗ Tổ Hùng Vương"},
    {"reunification", QT_TRANSLATE_NOOP("paht::Holiday", "Reunification Day (30 April)"),
     "Ngày Chiến thắng (30/4)"},
    {"labour_day", QT_TRANSLATE_NOOP("paht::Holiday", "International Labour Day"), "Ngày Quốc tế Lao động"},
    {"national_day", QT_TRANSLATE_NOOP("paht::Holiday", "National Day"), "Quốc khánh"},
    {"national_day_adjacent", QT_TRANSLATE_NOOP("paht::Holiday", "National Day (adjacent day)"),
     "Quốc khánh (ngày liền kề)"},
}};

const HolidayName* find(const QString& key)
{
    for (const auto& entry : kHolidayNames) {
        if (key == QLatin1String(entry.key))
            return &entry;
    }
    return nullptr;
}

} // namespace

const char* Holiday::englishName(const QString& key)
{
    const HolidayName* entry = find(key);
    return entry ? entry->english : nullptr;
}

QString Holiday::vietnameseName(const QString& key)
{
    const HolidayName* entry = find(key);
    return entry ? QString::fromUtf8(entry->vietnamese) : QString();
}

QStringList Holiday::keys()
{
    QStringList result;
    for (const auto& entry : kHolidayNames)
        result << QString::fromLatin1(entry.key);
    return result;
}

QString Holiday::displayName() const
{
    const char* english = englishName(key);
    return english ? QCoreApplication::translate("paht::Holiday", english) : key;
}

} // namespace paht
