#include "Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ges::envelope {

namespace {
// A JSON string literal, as QJsonDocument writes one.
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char kShort[] = "btn?fr"; // \b \t \n, \f \r: 0x08-0x0d
            if (u >= 0x08 && u <= 0x0d && kShort[u - 0x08] != '?') {
                out += '\\';
                out += kShort[u - 0x08];
                continue;
            }
            static const char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}
} // namespace

QByteArray success(const QJsonValue &data, const QString &corrId)
{
    // Written around the serialised data rather than as one QJsonObject: putting `data`
    // into a root object deep-copies it, which with the serialisation was a fifth of a
    // retrieve's CPU. The bytes are the same as QJsonDocument's (keys sorted, compact).
    QByteArray out;
    if (data.isObject() || data.isArray()) {
        const QByteArray json = data.isObject()
                                    ? QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact);
        out.reserve(json.size() + 96);
        out += "{\"data\":";
        out += json;
        out += ',';
    } else if (!data.isUndefined()) {
        // A scalar cannot be a document of its own; the rare case takes the long way.
        const QByteArray json = QJsonDocument(QJsonArray{data}).toJson(QJsonDocument::Compact);
        out += "{\"data\":";
        out += json.mid(1, json.size() - 2);
        out += ',';
    } else {
        out += '{';
    }
    out += "\"status\":{\"code\":0,\"corrId\":";
    appendJsonString(out, corrId);
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
