#pragma once

namespace paht {

// How long to wait before trying the store again: 1 s, doubling to at most 60 s, back to the start
// after a success, so that a province's consoles do not hammer a store that is coming back up.
class Backoff
{
public:
    explicit Backoff(int firstMs = 1000, int maxMs = 60000) : m_firstMs(firstMs), m_maxMs(maxMs) {}

    int next(); // the delay to wait now; the following one is twice as long
    void reset() { m_nextMs = 0; }
    bool isWaiting() const { return m_nextMs != 0; }

private:
    int m_firstMs;
    int m_maxMs;
    int m_nextMs = 0;
};

} // namespace paht
