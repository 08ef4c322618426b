#include "JsonObjectEdit.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QRegularExpression>

JsonObjectEdit::JsonObjectEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("{\"orderId\": \"A-1\"}"));
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        const bool valid = isValid();
        if (valid != m_wasValid) {
            m_wasValid = valid;
            emit validityChanged(valid);
        }
    });
}

void JsonObjectEdit::setObject(const QJsonObject &object)
{
    setPlainText(object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson()));
}

std::optional<QJsonObject> JsonObjectEdit::object() const
{
    if (!isValid())
        return std::nullopt;
    const QString text = toPlainText().trimmed();
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString JsonObjectEdit::problem() const
{
    const QString text = toPlainText().trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return tr("Not JSON at character %1: %2").arg(error.offset).arg(error.errorString());
    if (!document.isObject())
        return tr("User data must be a JSON object: { \"key\": value, ... }");
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    for (const QString &key : document.object().keys())
        if (!identifier.match(key).hasMatch())
            return tr("\"%1\" is not a valid key: letters, digits, _ and $, not starting "
                      "with a digit")
                .arg(key);
    return {};
}
