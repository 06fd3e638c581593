#pragma once

#include <QDateTime>

namespace paht {

// The only source of "now" for domain code, so that every deadline can be tested at a chosen instant.
class Clock
{
public:
    virtual ~Clock() = default;
    // Always in UTC; callers convert to the working-time zone through WorkingCalendar.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that stands still until told to move: for tests and for "what if" deadline queries.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& instant) { m_now = instant.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace paht
