#pragma once

#include "domain/Event.h"
#include "domain/Report.h"
#include "domain/User.h"
#include "workflow/Command.h"
#include "workflow/Directory.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <optional>

namespace paht {

// One pending command in the console's outbox: written before anything is sent, replayed with the same
// commandId until the store answers (architecture "Sync protocol").
struct OutboxEntry
{
    enum class State
    {
        Pending,
        Applied,
        Conflict,
        Rejected,
        Blocked
    };
    Command command;
    State state = State::Pending;
    QDateTime queuedAt; // UTC
    int attempts = 0;
    QJsonObject answer; // the store's answer once there is one (conflict: holds the current report)
};

// One report as the feed delivers it: the report and its timeline.
struct ReportWithEvents
{
    Report report;
    QList<Event> events;
};

// The console's local SQLite cache, one file per store and user, readable by the user alone: the reports
// the user may see with their timelines, the directory, the sync cursor, the outbox and the offline-unlock
// verifier. Schema migrations guard against a newer file. Emits `reportsChanged` after every write so
// that item models refresh; it never talks to the network.
class LocalCache : public QObject
{
    Q_OBJECT

public:
    // <AppLocalDataLocation>/<sha256(storeUrl) first 16 hex>/<username>/cache.sqlite
    static QString defaultPath(const QString& storeUrl, const QString& username);

    explicit LocalCache(QString file, QObject* parent = nullptr);
    ~LocalCache() override;

    bool open(QString* error);
    bool isOpen() const;
    QString file() const { return m_file; }
    // Downloaded photos live next to the cache file, so that "forget" removes both (see PhotoCache).
    QString photoFolder() const;
    QString lastError() const { return m_lastError; }
    // "Forget this workstation": closes and deletes the cache file and its photo folder.
    bool forget(QString* error);

    // Sync cursor (pull since=) and the store's history id; empty epoch = never bootstrapped.
    qint64 cursor() const;
    QString epoch() const;
    bool setCursor(qint64 seq, const QString& epoch);
    QDateTime lastSync() const; // UTC; null if never
    bool setLastSync(const QDateTime& at);

    bool upsert(const Report& report, const QList<Event>& events);
    bool upsert(const QList<ReportWithEvents>& page); // one transaction, one reportsChanged
    // A report from a command's answer, which carries no timeline: the cached events stay until the
    // next pull; an older version than the cached one is ignored.
    bool refreshReport(const Report& report);
    bool remove(const QString& reportId); // a revoke: the report and its events go
    bool clearReports();                  // before a re-bootstrap (410)
    std::optional<Report> report(const QString& reportId) const;
    QList<Report> reports() const;
    QList<Event> events(const QString& reportId) const;
    QStringList attachmentsOf(const QString& reportId) const; // the report's and its results' photos
    // Report ids whose number, title, description, address or reporter name contain every word of
    // `text`, ignoring case and Vietnamese diacritics, with đ/Đ folded to d ("duong" finds "Đường").
    QStringList search(const QString& text) const;

    bool setDirectory(const Directory& directory);
    Directory directory() const;
    bool setUsers(const QList<User>& users);
    QList<User> users() const;
    bool setSessionUser(const User& user); // who this cache belongs to
    std::optional<User> sessionUser() const;

    // Offline unlock: an argon2id verifier of the user's password, kept at each online login.
    bool setVerifier(const QByteArray& argon2idString);
    QByteArray verifier() const;

    // How many reminders the user has been notified of, by "<report id>@<agency code>": a reminder is
    // notified once, not again on the next sync nor after a restart (see ReminderInbox).
    QHash<QString, int> notifiedReminders() const;
    bool setNotifiedReminders(const QHash<QString, int>& counts);

    // Outbox, oldest first. `uploadsFirst` names files in the photo cache that the command references
    // and the store has not received yet: they are queued with it and uploaded before it is sent.
    bool enqueue(const Command& command, const QDateTime& queuedAt, const QStringList& uploadsFirst = {});
    QStringList pendingUploads() const; // oldest first
    bool uploaded(const QString& sha256);
    // Every entry not yet acknowledged by the user: pending, conflict, rejected (applied ones need none).
    QList<OutboxEntry> outbox() const;
    QList<OutboxEntry> pendingCommands() const;                             // state Pending, oldest first
    std::optional<OutboxEntry> outboxEntry(const QString& commandId) const; // any state
    bool recordAnswer(const QString& commandId, OutboxEntry::State state, const QJsonObject& answer);
    bool recordAttempt(const QString& commandId);
    bool dismiss(const QString& commandId); // the user has seen a conflict/rejection
    int pendingCount() const;
    int conflictCount() const; // Conflict or Rejected, not dismissed

    QSqlDatabase connection() const;

signals:
    void reportsChanged(const QStringList& reportIds); // empty list: everything may have changed
    void outboxChanged();

private:
    QString openConnection(); // opens the SQLite connection and migrates; the problem, or empty
    bool fail(const QString& message) const;
    bool exec(const QString& sql, const QVariantList& values = {}) const;
    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value);
    bool writeReport(const Report& report, const QList<Event>* events);

    QString m_file;
    QString m_connectionName;
    mutable QString m_lastError;
};

// Folds text for search: lower case, Vietnamese diacritics removed, đ/Đ → d.
QString foldForSearch(const QString& text);

} // namespace paht
