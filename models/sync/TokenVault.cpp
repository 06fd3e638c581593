#include "sync/TokenVault.h"

#include <QTimer>
#include <memory>
#include <utility>

#ifdef PAHT_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace paht {

namespace {

#ifdef PAHT_HAVE_QTKEYCHAIN
// Runs one keychain job with a deadline: `done` is called exactly once, with the job's result or, if
// the deadline passes first, with a timeout error. The job deletes itself when it finishes.
template <typename Job, typename Done>
void runWithDeadline(Job* job, QObject* context, int timeoutMs, Done done)
{
    auto answered = std::make_shared<bool>(false);
    auto* deadline = new QTimer(job); // goes with the job
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, context, [answered, done] {
        if (std::exchange(*answered, true))
            return;
        done(nullptr);
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, job, done](QKeychain::Job*) {
        if (std::exchange(*answered, true))
            return;
        done(job);
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    deadline->start(timeoutMs);
    job->start();
}
#endif

} // namespace

TokenVault::TokenVault(QString service, QString account, QObject* parent)
    : QObject(parent), m_service(std::move(service)), m_account(std::move(account))
{}

bool TokenVault::isAvailable()
{
#ifdef PAHT_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

void TokenVault::store(const QString& token)
{
#ifdef PAHT_HAVE_QTKEYCHAIN
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(m_account);
    job->setTextData(token);
    const QString service = m_service;
    const QString account = m_account;
    runWithDeadline(job, this, m_timeoutMs, [this, job, service, account](QKeychain::Job* result) {
        if (result && result->error() == QKeychain::NoError) {
            emit stored(true, {});
            return;
        }
        if (!result) {
            // A write that succeeds after we gave up would keep a token the user was told is not kept.
            QObject::connect(job, &QKeychain::Job::finished, [service, account](QKeychain::Job* late) {
                if (late->error() != QKeychain::NoError)
                    return;
                auto* undo = new QKeychain::DeletePasswordJob(service);
                undo->setKey(account);
                undo->setInsecureFallback(false);
                undo->start();
            });
        }
        emit stored(false, result
                               ? tr("The session was not remembered (system keychain: %1). You will log in "
                                    "again next time.")
                                     .arg(result->errorString())
                               : tr("The system keychain did not answer in time; the session was not "
                                    "remembered. You will log in again next time."));
    });
#else
    Q_UNUSED(token)
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit stored(false,
                        tr("No system keychain is available; the session was not remembered. You will log "
                           "in again next time."));
        },
        Qt::QueuedConnection);
#endif
}

void TokenVault::load()
{
#ifdef PAHT_HAVE_QTKEYCHAIN
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(m_account);
    runWithDeadline(job, this, m_timeoutMs, [this](QKeychain::Job* result) {
        const auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(result);
        emit loaded(read && read->error() == QKeychain::NoError ? read->textData() : QString());
    });
#else
    QMetaObject::invokeMethod(
        this, [this] { emit loaded({}); }, Qt::QueuedConnection);
#endif
}

void TokenVault::erase()
{
#ifdef PAHT_HAVE_QTKEYCHAIN
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(m_account);
    runWithDeadline(job, this, m_timeoutMs, [this](QKeychain::Job*) { emit erased(); });
#else
    QMetaObject::invokeMethod(
        this, [this] { emit erased(); }, Qt::QueuedConnection);
#endif
}

} // namespace paht
