#pragma once

#include <QString>

namespace paht {

// How long a stage may take, on the working-time clock. Written in JSON as "<amount>d" (working days) or
// "<amount>h" (working hours): "1d", "5d", "1h".
struct SlaDuration
{
    enum class Unit
    {
        WorkingDays,
        WorkingHours
    };

    Unit unit = Unit::WorkingDays;
    int amount = 1;

    static SlaDuration workingDays(int amount) { return {Unit::WorkingDays, amount}; }
    static SlaDuration workingHours(int amount) { return {Unit::WorkingHours, amount}; }

    QString toString() const; // "1d", "1h"
    // Returns an empty string, or why `text` is not a duration.
    static QString parse(const QString& text, SlaDuration* out);

    friend bool operator==(const SlaDuration& a, const SlaDuration& b)
    {
        return a.unit == b.unit && a.amount == b.amount;
    }
    friend bool operator!=(const SlaDuration& a, const SlaDuration& b) { return !(a == b); }
};

} // namespace paht
