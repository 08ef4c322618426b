#pragma once
#include "ApiError.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace ges {

// A click-to-call-in group of a tenant: the numbers a customer may be told to dial, how
// long the access code is, and how long a request stays valid. Parsed and validated here
// so the daemon, the desktop and configuration imports agree on what is acceptable.
struct CallInGroup
{
    QString id;
    QString tenant;
    QString name;
    QStringList phoneNumbers; // E.164, distinct
    int accessCodeLength = 6; // digits
    int expirySeconds = 600;  // a request can be matched this long after it was made
    QJsonObject extra;        // fields this version does not interpret, kept as given

    QJsonObject toJson() const;
    static std::optional<CallInGroup> fromJson(const QJsonObject &json,
                                               QList<FieldProblem> *problems);
};

} // namespace ges
