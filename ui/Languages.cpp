#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace paht::ui {

Languages::~Languages()
{
    QCoreApplication::removeTranslator(&m_paht);
    QCoreApplication::removeTranslator(&m_qt);
}

void Languages::apply(const QString& code)
{
    m_current = code == QLatin1String("en") ? code : QStringLiteral("vi");
    QCoreApplication::removeTranslator(&m_paht);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale = m_current == QLatin1String("vi")
                               ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (m_paht.load(QStringLiteral(":/i18n/paht_%1.qm").arg(m_current)))
        QCoreApplication::installTranslator(&m_paht);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

} // namespace paht::ui
