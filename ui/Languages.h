#pragma once

#include <QString>
#include <QTranslator>

namespace paht::ui {

// The console's languages: Vietnamese first, English second. Installs PAHT's catalogue and Qt's own
// (dialog buttons), and sets the locale used for dates, numbers and durations.
class Languages
{
public:
    Languages() = default;
    ~Languages();
    Languages(const Languages&) = delete;
    Languages& operator=(const Languages&) = delete;

    void apply(const QString& code); // "vi" or "en"; anything else falls back to "vi"
    QString current() const { return m_current; }

private:
    QTranslator m_paht;
    QTranslator m_qt;
    QString m_current;
};

} // namespace paht::ui
