#include "sync/Backoff.h"

#include <algorithm>

namespace paht {

int Backoff::next()
{
    const int delay = m_nextMs == 0 ? m_firstMs : m_nextMs;
    m_nextMs = std::min(delay * 2, m_maxMs);
    return std::min(delay, m_maxMs);
}

} // namespace paht
