#pragma once
#include <QString>

// QSettings treats '/' in keys as groups, and server URLs are full of them: free text
// becomes one key segment through URL-safe base64.
inline QString settingsKey(const char *group, const QString &freeText)
{
    return QLatin1String(group) + '/' +
           QString::fromLatin1(freeText.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
