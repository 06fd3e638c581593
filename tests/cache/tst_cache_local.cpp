// LocalCache: owner-only files, WAL, schema guard, reports and timelines, directory, cursor and a
// persistent outbox that survives a killed console.
#include "DomainSamples.h"

#include "cache/CacheSchema.h"
#include "cache/LocalCache.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

using namespace paht;

namespace {

constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

Command sampleCommand(const QString& type, qint64 version)
{
    Command command;
    command.commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.type = type;
    command.reportId = QStringLiteral("PAHT-2026-000123");
    command.expectedVersion = version;
    command.payload = {{QStringLiteral("categoryCode"), QStringLiteral("chieu_sang")}};
    return command;
}

int userVersion(const QString& file)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return version;
}

void setUserVersion(const QString& file, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

// Run as a child process: queue one command, then die the hard way (no destructor, no close).
int queueAndGetKilled(const QString& file, const QString& commandId)
{
    LocalCache cache(file);
    if (!cache.open(nullptr))
        return 2;
    Command command = sampleCommand(QStringLiteral("classify"), 1);
    command.commandId = commandId;
    if (!cache.enqueue(command, samples::at(9, 9)))
        return 3;
    std::raise(SIGKILL);
    return 4;
}

} // namespace

class CacheLocalTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void filesAreOwnerOnlyAndWriteAheadLogged()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("store/intake/cache.sqlite"));
        LocalCache cache(file);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY(cache.upsert(samples::newReport(), {samples::dispatchedEvent()}));
        for (const QString& path : {file, file + QStringLiteral("-wal")}) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(QFileInfo(path).permissions() & kOthers, QFile::Permissions());
            QVERIFY(QFileInfo(path).permissions() & QFile::ReadOwner);
        }
        for (const QString& folder :
             {dir.filePath(QStringLiteral("store")), dir.filePath(QStringLiteral("store/intake"))})
            QCOMPARE(QFileInfo(folder).permissions() & kOthers, QFile::Permissions());
        QSqlQuery query(cache.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }

    void defaultPathIsOnePerStoreAndUser()
    {
        const QString a = LocalCache::defaultPath(QStringLiteral("https://paht.quangninh.gov.vn"),
                                                  QStringLiteral("intake"));
        QCOMPARE(a, LocalCache::defaultPath(QStringLiteral("https://paht.quangninh.gov.vn/"),
                                            QStringLiteral("intake")));
        QVERIFY(a != LocalCache::defaultPath(QStringLiteral("https://paht.quangninh.gov.vn"),
                                             QStringLiteral("editor")));
        QVERIFY(a !=
                LocalCache::defaultPath(QStringLiteral("https://test.paht.vn"), QStringLiteral("intake")));
        QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(a.endsWith(QStringLiteral("/intake/cache.sqlite")));
        // A user name never walks out of the cache folder.
        const QString odd =
            LocalCache::defaultPath(QStringLiteral("https://paht.vn"), QStringLiteral("../../x"));
        QVERIFY(!odd.contains(QStringLiteral("/../")));
        QVERIFY(!LocalCache::defaultPath(QStringLiteral("https://paht.vn"), QStringLiteral(".."))
                     .contains(QStringLiteral("/../")));
    }

    void aNewerCacheFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            LocalCache cache(file);
            QVERIFY(cache.open(nullptr));
            QVERIFY(cache.upsert(samples::newReport(), {}));
        }
        QCOMPARE(userVersion(file), CacheSchema::currentVersion());
        // Reopening a current file migrates nothing and keeps the data.
        {
            LocalCache cache(file);
            QVERIFY(cache.open(nullptr));
            QCOMPARE(cache.reports().size(), 1);
        }
        setUserVersion(file, CacheSchema::currentVersion() + 1);
        LocalCache cache(file);
        QString error;
        QVERIFY(!cache.open(&error));
        QVERIFY(!cache.isOpen());
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QVERIFY(error.contains(QString::number(CacheSchema::currentVersion() + 1)));
        QCOMPARE(userVersion(file), CacheSchema::currentVersion() + 1);
    }

    void reportsAndTimelinesRoundTrip()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(nullptr));
        QSignalSpy changed(&cache, &LocalCache::reportsChanged);
        const Report report = samples::publishedReport();
        const QList<Event> events{samples::dispatchedEvent(), samples::citizenEvent()};
        QVERIFY(cache.upsert(report, events));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{report.id});
        QCOMPARE(*cache.report(report.id), report);
        QCOMPARE(cache.events(report.id), events);
        QVERIFY(cache.attachmentsOf(report.id).contains(samples::sha('0')));

        // An answer's report updates the row but keeps the timeline; an older one is ignored.
        Report newer = report;
        newer.version = report.version + 1;
        newer.title = QStringLiteral("Đã cập nhật");
        QVERIFY(cache.refreshReport(newer));
        QCOMPARE(cache.report(report.id)->title, QStringLiteral("Đã cập nhật"));
        QCOMPARE(cache.events(report.id), events);
        QVERIFY(cache.refreshReport(report));
        QCOMPARE(cache.report(report.id)->version, newer.version);

        QVERIFY(cache.remove(report.id));
        QVERIFY(!cache.report(report.id));
        QVERIFY(cache.events(report.id).isEmpty());
        QVERIFY(cache.attachmentsOf(report.id).isEmpty());
    }

    void cursorDirectoryAndSessionUserPersist()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        Directory directory;
        directory.add(samples::constructionDepartment());
        directory.add(samples::waterCompany());
        directory.add(samples::urbanInfrastructure());
        {
            LocalCache cache(file);
            QVERIFY(cache.open(nullptr));
            QVERIFY(cache.epoch().isEmpty());
            QVERIFY(cache.setCursor(1842, QStringLiteral("3f9c0e21a4b7d615")));
            QVERIFY(cache.setLastSync(samples::at(9, 9)));
            QVERIFY(cache.setDirectory(directory));
            QVERIFY(cache.setUsers({samples::specialist(), samples::clearedOperator()}));
            QVERIFY(cache.setSessionUser(samples::specialist()));
            QVERIFY(cache.upsert(samples::newReport(), {}));
        }
        LocalCache cache(file);
        QVERIFY(cache.open(nullptr));
        QCOMPARE(cache.cursor(), 1842);
        QCOMPARE(cache.epoch(), QStringLiteral("3f9c0e21a4b7d615"));
        QCOMPARE(cache.lastSync(), samples::at(9, 9));
        QCOMPARE(cache.directory().agencies, directory.agencies);
        QCOMPARE(cache.directory().categories, directory.categories);
        QCOMPARE(cache.users().size(), 2);
        QCOMPARE(*cache.sessionUser(), samples::specialist());

        // A re-bootstrap starts from nothing: reports and cursor go together.
        QSignalSpy changed(&cache, &LocalCache::reportsChanged);
        QVERIFY(cache.clearReports());
        QVERIFY(cache.reports().isEmpty());
        QVERIFY(cache.epoch().isEmpty());
        QCOMPARE(cache.cursor(), 0);
        QCOMPARE(changed.first().first().toStringList(), QStringList());
        QCOMPARE(cache.directory().agencies.size(), 2);
    }

    void theOutboxSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        const Command first = sampleCommand(QStringLiteral("classify"), 1);
        const Command second = sampleCommand(QStringLiteral("dispatch"), 2);
        {
            LocalCache cache(file);
            QVERIFY(cache.open(nullptr));
            QSignalSpy changed(&cache, &LocalCache::outboxChanged);
            QVERIFY(cache.enqueue(first, samples::at(9, 9)));
            QVERIFY(cache.enqueue(second, samples::at(9, 10)));
            QCOMPARE(changed.size(), 2);
            QVERIFY(!cache.enqueue(first, samples::at(9, 11))); // one commandId, one entry
        }                                                       // closed without sending anything
        LocalCache cache(file);
        QVERIFY(cache.open(nullptr));
        const QList<OutboxEntry> pending = cache.pendingCommands();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).command, first);
        QCOMPARE(pending.at(1).command, second);
        QCOMPARE(pending.at(0).queuedAt, samples::at(9, 9));
        QCOMPARE(cache.pendingCount(), 2);

        QVERIFY(cache.recordAttempt(first.commandId));
        QVERIFY(cache.recordAnswer(first.commandId, OutboxEntry::State::Applied,
                                   {{QStringLiteral("status"), QStringLiteral("applied")}}));
        QVERIFY(cache.recordAnswer(second.commandId, OutboxEntry::State::Conflict,
                                   {{QStringLiteral("status"), QStringLiteral("conflict")}}));
        QCOMPARE(cache.pendingCount(), 0);
        QCOMPARE(cache.conflictCount(), 1);
        QCOMPARE(cache.outbox().size(), 1); // applied needs no acknowledgement
        QCOMPARE(cache.outbox().first().state, OutboxEntry::State::Conflict);
        QCOMPARE(cache.outboxEntry(first.commandId)->attempts, 1);
        QVERIFY(cache.dismiss(second.commandId));
        QCOMPARE(cache.conflictCount(), 0);
        QVERIFY(cache.outbox().isEmpty());
    }

    void aKilledConsoleLosesNothingQueued()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        const QString commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PAHT_QUEUE_AND_DIE"), file + QLatin1Char('|') + commandId);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        LocalCache cache(file);
        QVERIFY(cache.open(nullptr));
        QCOMPARE(cache.pendingCount(), 1);
        QCOMPARE(cache.pendingCommands().first().command.commandId, commandId);
    }

    void forgettingDeletesTheFileAndThePhotos()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("store/intake/cache.sqlite"));
        LocalCache cache(file);
        QVERIFY(cache.open(nullptr));
        QVERIFY(cache.upsert(samples::newReport(), {}));
        QVERIFY(QDir().mkpath(cache.photoFolder()));
        QFile photo(QDir(cache.photoFolder()).filePath(samples::sha('0')));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write("bytes");
        photo.close();
        QVERIFY(cache.forget(nullptr));
        QVERIFY(!cache.isOpen());
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(cache.photoFolder()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("store/intake"))));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString dying = qEnvironmentVariable("PAHT_QUEUE_AND_DIE");
    if (!dying.isEmpty())
        return queueAndGetKilled(dying.section(QLatin1Char('|'), 0, 0), dying.section(QLatin1Char('|'), 1));
    CacheLocalTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cache_local.moc"
