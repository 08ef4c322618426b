#pragma once
#include <QString>
#include <QUrlQuery>

// Filters and position of one page of GET /ges/v1/admin/callbacks. Empty fields are not
// sent, so the server applies no filter for them.
struct CallbackQuery
{
    QString tenant;
    QString service;
    QString state; // API state name, e.g. "QUEUED"
    int limit = 100;
    QString cursor; // the previous page's nextCursor; empty for the first page

    QUrlQuery toUrlQuery() const;
};
