#include "DeadlineLabel.h"

#include "calendar/WorkingCalendar.h"

#include <QLocale>

namespace paht::ui {

DeadlineLabel::DeadlineLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

QString DeadlineLabel::localTime(const QDateTime& instant)
{
    return QLocale().toString(instant.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat);
}

void DeadlineLabel::setDeadline(const QString& caption, const DeadlineIndicator& indicator)
{
    m_indicator = indicator;
    setVisible(indicator.valid);
    if (!indicator.valid) {
        clear();
        return;
    }
    //: A deadline where the user decides: %1 the step ("Accept by"), %2 the deadline's date and time, %3
    //: how it stands ("5 working hours left"). Vietnamese: "%1 %2 — %3"
    setText(tr("%1 %2 — %3").arg(caption, localTime(indicator.deadline), indicator.text()));
    setStyleSheet(QStringLiteral("color: %1; font-weight: 600").arg(indicator.color().name()));
}

} // namespace paht::ui
