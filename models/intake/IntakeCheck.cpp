#include "intake/IntakeCheck.h"

#include <QCoreApplication>

namespace paht {

namespace {

// Quảng Ninh, from the provincial boundary (WGS 84).
constexpr double provinceSouth = 20.68;
constexpr double provinceNorth = 21.67;
constexpr double provinceWest = 106.43;
constexpr double provinceEast = 108.1;
// About 5.5 km: a phone's GPS fix near the border, or an islet of Cô Tô just outside the box, is not an
// error.
constexpr double provinceMarginDegrees = 0.05;

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

// A Latin letter carrying one of the marks Vietnamese writes (breve, circumflex, horn, the five tones) or đ.
// Other languages share some of these (é, ô): good enough for a warning.
bool isVietnameseLetter(QChar c)
{
    if (c == QChar(0x0111) || c == QChar(0x0110))
        return true;
    if (c.unicode() < 0x00C0 || c.script() != QChar::Script_Latin)
        return false;
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    for (const QChar mark : decomposed) {
        switch (mark.unicode()) {
        case 0x0300: // huyền
        case 0x0301: // sắc
        case 0x0302: // circumflex: â ê ô
        case 0x0303: // ngã
        case 0x0306: // breve: ă
        case 0x0309: // hỏi
        case 0x031B: // horn: ơ ư
        case 0x0323: // nặng
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

IntakeCheck::IntakeCheck(const Report& report)
{
    checkContent(report);
    checkReporter(report);
    checkConfidentiality(report);
    checkLocation(report);
}

bool IntakeCheck::has(IntakeField field, FindingSeverity severity) const
{
    for (const IntakeFinding& finding : m_findings) {
        if (finding.field == field && finding.severity == severity)
            return true;
    }
    return false;
}

bool IntakeCheck::isComplete() const
{
    for (const IntakeFinding& finding : m_findings) {
        if (finding.severity == FindingSeverity::Missing || finding.severity == FindingSeverity::Malformed)
            return false;
    }
    return true;
}

bool IntakeCheck::looksVietnamese(const QString& text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        if (isVietnameseLetter(c))
            return true;
        ++letters;
    }
    return letters < minLettersToJudgeLanguage;
}

bool IntakeCheck::isInsideProvince(const Location& location)
{
    return location.latitude >= provinceSouth - provinceMarginDegrees &&
           location.latitude <= provinceNorth + provinceMarginDegrees &&
           location.longitude >= provinceWest - provinceMarginDegrees &&
           location.longitude <= provinceEast + provinceMarginDegrees;
}

void IntakeCheck::add(IntakeField field, FindingSeverity severity, const QString& message)
{
    m_findings.append({field, severity, message});
}

void IntakeCheck::checkContent(const Report& report)
{
    if (isBlank(report.title))
        //: Thiếu tiêu đề phản ánh
        add(IntakeField::Title, FindingSeverity::Missing,
            QCoreApplication::translate("paht::IntakeCheck", "The report has no title"));
    else if (!looksVietnamese(report.title))
        //: Tiêu đề có vẻ không viết bằng tiếng Việt
        add(IntakeField::Title, FindingSeverity::Warning,
            QCoreApplication::translate("paht::IntakeCheck", "The title does not look Vietnamese"));

    if (isBlank(report.description))
        //: Thiếu nội dung phản ánh
        add(IntakeField::Description, FindingSeverity::Missing,
            QCoreApplication::translate("paht::IntakeCheck", "The report has no description"));
    else if (!looksVietnamese(report.description))
        //: Nội dung có vẻ không viết bằng tiếng Việt
        add(IntakeField::Description, FindingSeverity::Warning,
            QCoreApplication::translate("paht::IntakeCheck", "The description does not look Vietnamese"));
}

void IntakeCheck::checkReporter(const Report& report)
{
    // The forms are Reporter's own rules, shared with decoding; only the wording is ours.
    const Reporter& reporter = report.reporter;
    if (isBlank(reporter.name))
        //: Thiếu họ tên người phản ánh
        add(IntakeField::ReporterName, FindingSeverity::Missing,
            QCoreApplication::translate("paht::IntakeCheck", "The reporter's name is missing"));

    if (isBlank(reporter.phone))
        //: Thiếu số điện thoại
        add(IntakeField::Phone, FindingSeverity::Missing,
            QCoreApplication::translate("paht::IntakeCheck", "The phone number is missing"));
    else if (!Reporter::isPlausiblePhone(reporter.phone))
        //: Số điện thoại không đúng định dạng Việt Nam
        add(IntakeField::Phone, FindingSeverity::Malformed,
            QCoreApplication::translate("paht::IntakeCheck", "The phone number is not a Vietnamese number"));

    if (isBlank(reporter.email))
        //: Thiếu địa chỉ email
        add(IntakeField::Email, FindingSeverity::Missing,
            QCoreApplication::translate("paht::IntakeCheck", "The email address is missing"));
    else if (!Reporter::isPlausibleEmail(reporter.email.trimmed()))
        //: Địa chỉ email không hợp lệ
        add(IntakeField::Email, FindingSeverity::Malformed,
            QCoreApplication::translate("paht::IntakeCheck", "The email address is not valid"));
}

void IntakeCheck::checkConfidentiality(const Report& report)
{
    // The app always sends a choice (Public by default), so there is nothing "missing" to find: the operator
    // is only told what the choice means for publication.
    switch (report.confidentiality) {
    case Confidentiality::Public:
        break;
    case Confidentiality::Confidential:
        //: Người phản ánh đề nghị giữ bí mật: kết quả chỉ gửi riêng cho người phản ánh, không công khai
        add(IntakeField::Confidentiality, FindingSeverity::Notice,
            QCoreApplication::translate(
                "paht::IntakeCheck",
                "The reporter asked for confidentiality: the result goes to them only and is not published"));
        break;
    case Confidentiality::StateSecret:
        //: Bí mật nhà nước: kết quả không được công khai
        add(IntakeField::Confidentiality, FindingSeverity::Notice,
            QCoreApplication::translate("paht::IntakeCheck", "State secret: the result is not published"));
        break;
    }
}

void IntakeCheck::checkLocation(const Report& report)
{
    if (!isInsideProvince(report.location))
        //: Vị trí nằm ngoài địa bàn tỉnh Quảng Ninh
        add(IntakeField::Location, FindingSeverity::Warning,
            QCoreApplication::translate("paht::IntakeCheck", "The position is outside Quảng Ninh province"));
}

} // namespace paht
