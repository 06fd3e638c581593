#include "calendar/Clock.h"

namespace paht {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace paht
