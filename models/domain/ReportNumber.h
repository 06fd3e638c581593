#pragma once

#include <QString>

#include <optional>

namespace paht {

// The public number of a report, "PAHT-2026-000123": what citizens quote on the phone and what the
// Appendix II notice carries. The store picks the serial; this only formats and checks it.
struct ReportNumber
{
    int year = 0;   // 4 digits
    int serial = 0; // 1..999999, printed zero-padded to 6 digits

    QString toString() const;

    // Empty when the year or serial does not fit the format.
    static QString format(int year, int serial);
    static std::optional<ReportNumber> parse(const QString& text);
    static bool isValid(const QString& text) { return parse(text).has_value(); }
};

} // namespace paht
