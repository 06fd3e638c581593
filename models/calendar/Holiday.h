#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace paht {

// One day of a public holiday of the Labour Code 2019, Art. 112. A holiday of several days (Tết) gives
// one Holiday per day, all with the same key.
struct Holiday
{
    QString key; // stable: "new_year", "tet", "hung_kings", "reunification", "labour_day", "national_day",
                 // "national_day_adjacent"
    QDate date;

    // The holiday's English name, marked with QT_TRANSLATE_NOOP("paht::Holiday", ...): show it through
    // displayName() (or QCoreApplication::translate("paht::Holiday", englishName(key))).
    static const char* englishName(const QString& key); // nullptr for an unknown key
    // The official Vietnamese name, for translators and for documents that must quote the law.
    static QString vietnameseName(const QString& key);
    static QStringList keys(); // in calendar order
    static bool isKnownKey(const QString& key) { return englishName(key) != nullptr; }

    QString displayName() const; // translated in the "paht::Holiday" context; the key if unknown

    friend bool operator==(const Holiday& a, const Holiday& b) { return a.key == b.key && a.date == b.date; }
    friend bool operator!=(const Holiday& a, const Holiday& b) { return !(a == b); }
};

} // namespace paht
