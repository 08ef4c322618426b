#pragma once
#include "shared/Callback.h"

#include <QByteArray>
#include <QList>

namespace ges {

// The export's file formats, written page by page so nothing holds the whole file.
// CSV: RFC 4180 (CRLF, quotes doubled, fields with , " CR LF quoted), one header row, and
// a cell that a spreadsheet would run as a formula (starting with = + - @ TAB CR) gets a
// leading ' (OWASP "CSV injection"). JSON: one array of Callback + "tenant".
class CallbackExportFormat
{
public:
    enum class Kind
    {
        Csv,
        Json
    };
    explicit CallbackExportFormat(Kind kind) : m_kind(kind) {}

    QByteArray contentType() const;
    QByteArray fileName() const;
    QByteArray begin() const;
    QByteArray rows(const QList<Callback> &page);
    QByteArray end() const;

    static QByteArray csvCell(const QString &value);

private:
    Kind m_kind;
    bool m_first = true; // JSON: no comma before the first element
};

} // namespace ges
