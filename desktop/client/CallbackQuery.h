#pragma once
#include <QDateTime>
#include <QString>
#include <QUrlQuery>

// Filters, order and position of one page of GET /ges/v1/admin/callbacks (the same
// filters serve the export). Empty fields are not sent, so the server applies no filter
// for them; what the server accepts is in docs/admin-callbacks.md.
struct CallbackQuery
{
    enum class TimeField
    {
        Created,
        Desired
    };

    QString tenant;
    QString service;
    QString state; // API state name, e.g. "QUEUED", or a comma list of them
    QString phone; // at least 3 digits, found anywhere in the number
    TimeField timeField = TimeField::Created; // what from/to apply to
    QDateTime from;                           // invalid: no lower bound
    QDateTime to;                             // invalid: no upper bound
    TimeField sort = TimeField::Created;
    bool ascending = false; // the server's default: newest first
    int limit = 100;
    QString cursor; // the previous page's nextCursor; empty for the first page

    QUrlQuery toUrlQuery() const;
    // The filters and order only (no limit, no cursor): the export's parameters.
    QUrlQuery filterQuery() const;

    static QString timeFieldName(TimeField field);
};
