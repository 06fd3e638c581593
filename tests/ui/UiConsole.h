#pragma once

// A console session of its own for a GUI test, logged in to a StoreFixture on loopback.

#include "ConsoleSession.h"
#include "StoreFixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace paht::ui::testing {

struct Console
{
    explicit Console(const Clock& clock) : session(clock, &network) {}

    bool login(const QString& url, const QString& user)
    {
        QSignalSpy ready(&session, &ConsoleSession::ready);
        session.login(url, user, store::testing::StoreFixture::password());
        return ready.wait(15000);
    }

    QNetworkAccessManager network;
    ConsoleSession session;
};

} // namespace paht::ui::testing
