// Decoding refuses bad documents and says which field is wrong and why, so the store can answer an
// agency's software or a console with something a person can act on.
#include "DomainSamples.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace paht;
using namespace Qt::StringLiterals;

namespace {

// "assignments[1].state" -> {"assignments", 1, "state"}
QVariantList tokens(const QString& path)
{
    QVariantList out;
    static const QRegularExpression part(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0)
            out << match.captured(1);
        else
            out << match.captured(2).toInt();
    }
    return out;
}

// Sets the value at `path` (Undefined removes it).
QJsonValue edit(const QJsonValue& node, QVariantList path, const QJsonValue& value)
{
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        array[index] = path.isEmpty() ? value : edit(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    const QString key = head.toString();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        object.insert(key, edit(object.value(key), path, value));
    }
    return object;
}

QJsonObject sampleJson(const QString& type)
{
    if (type == u"Report")
        return samples::publishedReport().toJson();
    if (type == u"Agency")
        return samples::constructionDepartment().toJson();
    if (type == u"Category")
        return samples::urbanInfrastructure().toJson();
    if (type == u"User")
        return samples::specialist().toJson();
    if (type == u"Event")
        return samples::dispatchedEvent().toJson();
    return {};
}

DecodeResult decode(const QString& type, const QJsonObject& json)
{
    if (type == u"Report") {
        Report value;
        return Report::fromJson(json, &value);
    }
    if (type == u"Agency") {
        Agency value;
        return Agency::fromJson(json, &value);
    }
    if (type == u"Category") {
        Category value;
        return Category::fromJson(json, &value);
    }
    if (type == u"User") {
        User value;
        return User::fromJson(json, &value);
    }
    Event value;
    return Event::fromJson(json, &value);
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

} // namespace

class DomainDecodeErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void samplesDecode_data();
    void samplesDecode();
    void errors_data();
    void errors();
    void decodeLeavesTargetUntouched();
};

void DomainDecodeErrorsTest::samplesDecode_data()
{
    QTest::addColumn<QString>("type");
    for (const char* type : {"Report", "Agency", "Category", "User", "Event"})
        QTest::newRow(type) << QString::fromLatin1(type);
}

// The base documents of the error table are valid, so each error below comes from its one edit.
void DomainDecodeErrorsTest::samplesDecode()
{
    QFETCH(QString, type);
    const DecodeResult error = decode(type, sampleJson(type));
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
}

void DomainDecodeErrorsTest::errors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason"); // a part of the reason

    const auto row = [](const char* name, const char* type, const char* path, const QJsonValue& value,
                        const char* field, const char* reason) {
        QTest::newRow(name) << QString::fromLatin1(type) << QString::fromLatin1(path) << value
                            << QString::fromLatin1(field) << QString::fromUtf8(reason);
    };
    // Missing fields and wrong types.
    row("report: title missing", "Report", "title", kRemove, "title", "missing");
    row("report: title blank", "Report", "title", u"   "_s, "title", "must not be empty");
    row("report: title a number", "Report", "title", 12, "title", "expected a string, got a number");
    row("report: location missing", "Report", "location", kRemove, "location", "missing");
    row("report: location a string", "Report", "location", u"Hạ Long"_s, "location", "expected an object");
    row("report: reporter name missing", "Report", "reporter.name", kRemove, "reporter.name", "missing");
    row("report: reporter phone a number", "Report", "reporter.phone", 912345678, "reporter.phone",
        "expected a string");
    row("report: isOrganisation a string", "Report", "reporter.isOrganisation", u"yes"_s,
        "reporter.isOrganisation", "expected a boolean");
    row("report: assignments an object", "Report", "assignments", QJsonObject(), "assignments",
        "expected an array");
    row("report: assignment item a string", "Report", "assignments[1]", u"SXD"_s, "assignments[1]",
        "expected an object");
    // Bad enums.
    row("report: bad state", "Report", "state", u"done"_s, "state", "unknown value \"done\"");
    row("report: bad confidentiality (R-4)", "Report", "confidentiality", u"secret"_s, "confidentiality",
        "unknown value");
    row("report: bad assignment state", "Report", "assignments[1].state", u"closed"_s, "assignments[1].state",
        "unknown value \"closed\"");
    row("report: bad rating level (R-19)", "Report", "rating.level", u"excellent"_s, "rating.level",
        "unknown value");
    row("report: bad revision kind", "Report", "assignments[0].resultRevisions[1].kind", u"rewritten"_s,
        "assignments[0].resultRevisions[1].kind", "unknown value");
    row("report: bad reporter flag (R-28)", "Report", "reporterFlag", u"spam"_s, "reporterFlag",
        "unknown value");
    row("report: bad rejection kind (R-5)", "Report", "rejection", QJsonObject{{u"kind"_s, u"lawsuit"_s}},
        "rejection.kind", "unknown value");
    row("report: bad contact channel", "Report", "clarificationNotes[0].channel", u"fax"_s,
        "clarificationNotes[0].channel", "unknown value");
    row("report: bad stage name", "Report", "intake.stage", u"triage"_s, "intake.stage", "unknown stage");
    // Bad numbers.
    row("report: version fractional", "Report", "version", 1.5, "version", "whole number");
    row("report: version zero", "Report", "version", 0, "version", "between 1 and");
    row("report: version a string", "Report", "version", u"3"_s, "version", "expected a number");
    row("report: latitude out of range", "Report", "location.latitude", 95.0, "location.latitude",
        "between -90 and 90");
    row("report: longitude out of range", "Report", "location.longitude", -181.0, "location.longitude",
        "between -180 and 180");
    row("report: negative reminders", "Report", "assignments[0].reminders", -1, "assignments[0].reminders",
        "between 0 and");
    // Identifiers, hashes, instants.
    row("report: bad number", "Report", "id", u"PAHT-26-123"_s, "id", "PAHT-2026-000123");
    row("report: serial zero", "Report", "id", u"PAHT-2026-000000"_s, "id", "report number");
    row("report: uppercase SHA-256", "Report", "attachments[1]", QString(64, QLatin1Char('F')),
        "attachments[1]", "SHA-256");
    row("report: short SHA-256 in a result", "Report", "assignments[0].result.attachments[0]", u"abc123"_s,
        "assignments[0].result.attachments[0]", "SHA-256");
    row("report: instant without zone", "Report", "receivedAt", u"2026-03-02T08:15:00"_s, "receivedAt",
        "no time zone");
    row("report: instant not a date", "Report", "receivedAt", u"hôm qua"_s, "receivedAt", "not an ISO-8601");
    row("report: bad instant deep down", "Report", "assignments[0].clarification.askedAt",
        u"2026-13-01T00:00:00Z"_s, "assignments[0].clarification.askedAt", "not an ISO-8601");
    row("report: stage deadline without zone", "Report", "assignments[0].acceptance.deadline",
        u"2026-03-03T09:00:00"_s, "assignments[0].acceptance.deadline", "time zone");
    // Agencies.
    row("agency: processingLimitDays 6 (R-10)", "Agency", "processingLimitDays", 6, "processingLimitDays",
        "between 1 and 5");
    row("agency: processingLimitDays 0", "Agency", "processingLimitDays", 0, "processingLimitDays",
        "between 1 and 5");
    row("agency: processingLimitDays missing", "Agency", "processingLimitDays", kRemove,
        "processingLimitDays", "missing");
    row("agency: bad kind", "Agency", "kind", u"ministry"_s, "kind", "unknown value");
    row("agency: leader phone a number", "Agency", "leader.phone", 2033835222, "leader.phone",
        "expected a string");
    row("agency: code blank", "Agency", "code", QString(), "code", "must not be empty");
    // Categories.
    row("category: routing item a number", "Category", "routing[1]", 7, "routing[1]", "expected a string");
    row("category: active a string", "Category", "active", u"true"_s, "active", "expected a boolean");
    // Users.
    row("user: agency specialist without agency", "User", "agencyCode", QString(), "agencyCode",
        "required for role agency_specialist");
    row("user: bad role", "User", "role", u"director"_s, "role", "unknown value \"director\"");
    row("user: username missing", "User", "username", kRemove, "username", "missing");
    // Events.
    row("event: type not snake_case", "Event", "type", u"Dispatched"_s, "type", "snake_case");
    row("event: bad actor role", "Event", "actorRole", u"mayor"_s, "actorRole", "unknown value");
    row("event: isPublic missing", "Event", "isPublic", kRemove, "isPublic", "missing");
    row("event: payload an array", "Event", "payload", QJsonArray(), "payload", "expected an object");
}

void DomainDecodeErrorsTest::errors()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QFETCH(QString, reason);

    const QJsonObject json = edit(sampleJson(type), tokens(path), value).toObject();
    const DecodeResult error = decode(type, json);
    QVERIFY2(error.has_value(), "the document was accepted");
    QCOMPARE(error->field, field);
    QVERIFY2(error->reason.contains(reason), qPrintable(error->toString()));
    QCOMPARE(error->toString(), field + u": "_s + error->reason);
}

void DomainDecodeErrorsTest::decodeLeavesTargetUntouched()
{
    User user = samples::clearedOperator();
    QJsonObject json = samples::specialist().toJson();
    json.remove(u"agencyCode"_s);
    QVERIFY(User::fromJson(json, &user).has_value());
    QCOMPARE(user, samples::clearedOperator());

    // An intake operator belongs to no agency.
    QJsonObject center = samples::clearedOperator().toJson();
    center.insert(u"agencyCode"_s, u"SXD"_s);
    const DecodeResult error = User::fromJson(center, &user);
    QVERIFY(error.has_value());
    QCOMPARE(error->field, u"agencyCode"_s);
}

QTEST_GUILESS_MAIN(DomainDecodeErrorsTest)
#include "tst_domain_decode_errors.moc"
