#pragma once

#include "domain/Location.h"
#include "domain/Report.h"

#include <QList>
#include <QString>

namespace paht {

// What step 1.1 looks at: the content, the reporter's contact, confidentiality
// and where the problem is.
enum class IntakeField
{
    Title,
    Description,
    ReporterName,
    Phone,
    Email,
    Confidentiality,
    Location,
};

enum class FindingSeverity
{
    Missing,   // the operator must obtain it before dispatching (clarify with the reporter, R-7)
    Malformed, // present but not in a usable form
    Warning,   // worth a look, does not block
    Notice,    // information for the operator only, e.g. the result will not be published
};

struct IntakeFinding
{
    IntakeField field = IntakeField::Title;
    FindingSeverity severity = FindingSeverity::Warning;
    QString message; // translated, for the intake screen

    friend bool operator==(const IntakeFinding& a, const IntakeFinding& b)
    {
        return a.field == b.field && a.severity == b.severity && a.message == b.message;
    }
};

// The completeness check behind the intake screen. Pure: it reads the report only.
class IntakeCheck
{
public:
    explicit IntakeCheck(const Report& report);

    const QList<IntakeFinding>& findings() const { return m_findings; }
    bool has(IntakeField field, FindingSeverity severity) const;
    // Nothing missing or malformed: warnings and notices do not block dispatch.
    bool isComplete() const;

    // False only when the text has enough letters to judge and none of them is Vietnamese-specific
    // (a letter with a Vietnamese diacritic, or đ). Short or letterless text is given the benefit of the
    // doubt.
    static bool looksVietnamese(const QString& text);
    // Quảng Ninh's bounding box plus a margin for GPS error and coastal islands.
    static bool isInsideProvince(const Location& location);

    static constexpr int minLettersToJudgeLanguage = 20;

private:
    void add(IntakeField field, FindingSeverity severity, const QString& message);
    void checkContent(const Report& report);
    void checkReporter(const Report& report);
    void checkConfidentiality(const Report& report);
    void checkLocation(const Report& report);

    QList<IntakeFinding> m_findings;
};

} // namespace paht
