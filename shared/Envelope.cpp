#include "Envelope.h"
#include "JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ges::envelope {

QByteArray success(const QJsonValue &data, const QString &corrId)
{
    // Written around the serialised data rather than as one QJsonObject: putting `data`
    // into a root object deep-copies it, which with the serialisation was a fifth of a
    // retrieve's CPU. The bytes are the same as QJsonDocument's (keys sorted, compact).
    if (data.isObject())
        return successJson(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact), corrId);
    if (data.isArray())
        return successJson(QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact), corrId);
    if (!data.isUndefined()) {
        // A scalar cannot be a document of its own; the rare case takes the long way.
        const QByteArray json = QJsonDocument(QJsonArray{data}).toJson(QJsonDocument::Compact);
        return successJson(json.mid(1, json.size() - 2), corrId);
    }
    return successJson({}, corrId);
}

QByteArray successJson(const QByteArray &data, const QString &corrId)
{
    QByteArray out;
    out.reserve(data.size() + 96);
    if (!data.isEmpty()) {
        out += "{\"data\":";
        out += data;
        out += ',';
    } else {
        out += '{';
    }
    out += "\"status\":{\"code\":0,\"corrId\":";
    jsontext::appendString(out, corrId);
    out += ",\"message\":\"Successful\"}}";
    return out;
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
