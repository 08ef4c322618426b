#include "Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ges::envelope {

QByteArray success(const QJsonValue &data, const QString &corrId)
{
    const QJsonObject status{{"code", 0}, {"message", "Successful"}, {"corrId", corrId}};
    QJsonObject root{{"status", status}};
    if (!data.isUndefined())
        root.insert("data", data);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray failure(const ApiError &error, const QString &corrId)
{
    QJsonObject root{{"status", error.statusJson(corrId)}};
    if (!error.data.isUndefined() && !error.data.isNull())
        root.insert("data", error.data);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<Parsed> parse(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QJsonObject status = root.value("status").toObject();
    if (status.isEmpty())
        return std::nullopt;
    Parsed parsed;
    parsed.code = status.value("code").toInt();
    parsed.message = status.value("message").toString();
    parsed.errorCode = status.value("errorCode").toString();
    parsed.corrId = status.value("corrId").toString();
    parsed.details = status.value("details").toArray();
    parsed.data = root.value("data");
    return parsed;
}

} // namespace ges::envelope
