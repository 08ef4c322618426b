#include "CallbackExportFormat.h"
#include "shared/IsoTime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ges {

namespace {
const QStringList kCsvColumns{
    "id",          "tenant",    "serviceName", "phoneNumber", "callbackState", "callbackReason",
    "desiredTime", "createdAt", "updatedAt",   "expiresAt",   "priority",      "userData"};

QString time(const QDateTime &t)
{
    return t.isValid() ? isotime::format(t) : QString();
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += CallbackExportFormat::csvCell(cells[i]);
    }
    return line + "\r\n";
}
} // namespace

QByteArray CallbackExportFormat::contentType() const
{
    return m_kind == Kind::Csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
}

QByteArray CallbackExportFormat::fileName() const
{
    return m_kind == Kind::Csv ? "callbacks.csv" : "callbacks.json";
}

QByteArray CallbackExportFormat::csvCell(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    QByteArray bytes = cell.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') ||
        bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray CallbackExportFormat::begin() const
{
    return m_kind == Kind::Csv ? csvLine(kCsvColumns) : QByteArray("[");
}

QByteArray CallbackExportFormat::rows(const QList<Callback> &page)
{
    QByteArray out;
    for (const Callback &cb : page) {
        if (m_kind == Kind::Json) {
            QJsonObject json = cb.toJson();
            json.insert("tenant", cb.tenant);
            out += (m_first ? "\n" : ",\n") + QJsonDocument(json).toJson(QJsonDocument::Compact);
            m_first = false;
            continue;
        }
        const QString userData =
            cb.userData.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(cb.userData).toJson(QJsonDocument::Compact));
        out += csvLine({cb.id, cb.tenant, cb.serviceName, cb.phoneNumber, toString(cb.state),
                        cb.reason, time(cb.desiredTime), time(cb.createdAt), time(cb.updatedAt),
                        time(cb.expiresAt), QString::number(cb.priority), userData});
    }
    return out;
}

QByteArray CallbackExportFormat::end() const
{
    return m_kind == Kind::Csv ? QByteArray() : QByteArray("\n]\n");
}

} // namespace ges
