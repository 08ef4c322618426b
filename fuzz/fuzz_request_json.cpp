// Fuzzes what the external API does with a request body before any store is touched:
// the JSON parse of api/JsonBody with its strictness check (shared/StrictJson), then the validation of each external body —
// CreateCallbackParms (callbacks/create, shared/CreateCallbackRequest), retrieve and
// cancel (api/CallbacksController), call-in create and match (shared/CallInRequest) and
// the routing state report — and the error envelope each refusal is answered with.
// Checked besides "no crash, no UB, no leak": a refusal is a 400 with an errorCode and
// the field problems; an accepted create is normalised (E.164, UTC, identifier keys) and
// its normalised form is accepted again unchanged.
#include "FuzzCheck.h"
#include "shared/CallInRequest.h"
#include "shared/CallbackState.h"
#include "shared/CreateCallbackRequest.h"
#include "shared/Envelope.h"
#include "shared/IsoTime.h"
#include "shared/PhoneNumber.h"
#include "shared/StrictJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace ges;

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// A refusal must reach the client as the envelope of API.md §3, and read back as sent.
void checkRefusal(const ApiError &error, const QJsonObject &json)
{
    fuzz::check(error.httpStatus == 400, "a body was refused with a status other than 400",
                compact(json));
    fuzz::check(!error.errorCode.isEmpty() && !error.details.isEmpty(),
                "a refusal without errorCode or field problems", compact(json));
    const auto parsed = envelope::parse(envelope::failure(error, QStringLiteral("corr-1")));
    fuzz::check(parsed && parsed->code == 400 && parsed->errorCode == error.errorCode &&
                    parsed->details.size() == error.details.size(),
                "the error envelope does not read back", compact(json));
}

// The request as a client would send it again: the normalised fields plus parameters.
QJsonObject resent(const CreateCallbackRequest &r)
{
    QJsonObject json = r.parameters;
    json.insert("serviceName", r.serviceName);
    json.insert("phoneNumber", r.phoneNumber);
    if (r.desiredTime.isValid())
        json.insert("desiredTime", isotime::format(r.desiredTime));
    json.insert("priority", r.priority);
    json.insert("userData", r.userData);
    return json;
}

void checkCreate(const QJsonObject &json)
{
    const auto parsed = CreateCallbackRequest::parse(json);
    if (const auto *error = std::get_if<ApiError>(&parsed))
        return checkRefusal(*error, json);
    const auto &r = std::get<CreateCallbackRequest>(parsed);
    fuzz::check(!r.serviceName.isEmpty(), "accepted without serviceName", compact(json));
    fuzz::check(phone::normalize(r.phoneNumber) == r.phoneNumber,
                "accepted phoneNumber is not normalised", compact(json));
    fuzz::check(!r.desiredTime.isValid() || r.desiredTime.timeSpec() == Qt::UTC,
                "desiredTime is not UTC", compact(json));
    fuzz::check(r.priority >= -1000000 && r.priority <= 1000000, "priority out of range",
                compact(json));
    for (auto it = r.userData.begin(); it != r.userData.end(); ++it)
        fuzz::check(CreateCallbackRequest::isUserDataKey(it.key()), "a userData key kept",
                    it.key());
    const QJsonObject again = resent(r);
    const auto reparsed = CreateCallbackRequest::parse(again);
    fuzz::check(std::holds_alternative<CreateCallbackRequest>(reparsed),
                "the normalised request is refused", compact(json) + " -> " + compact(again));
    const auto &r2 = std::get<CreateCallbackRequest>(reparsed);
    fuzz::check(r2.serviceName == r.serviceName && r2.phoneNumber == r.phoneNumber &&
                    r2.desiredTime == r.desiredTime && r2.priority == r.priority &&
                    r2.userData == r.userData && r2.parameters == r.parameters,
                "the normalised request reads differently", compact(json) + " -> " + compact(again));
}

void checkCallIn(const QJsonObject &json)
{
    const auto create = CreateCallInRequest::parse(json);
    if (const auto *error = std::get_if<ApiError>(&create))
        checkRefusal(*error, json);
    else
        fuzz::check(!std::get<CreateCallInRequest>(create).groupName.isEmpty(),
                    "call-in accepted without groupName", compact(json));
    const auto match = CallInMatchQuery::parse(json);
    if (const auto *error = std::get_if<ApiError>(&match))
        return checkRefusal(*error, json);
    const auto &q = std::get<CallInMatchQuery>(match);
    fuzz::check(q.byAccessCode() ? !q.toPhoneNumber.isEmpty() : !q.fromPhoneNumber.isEmpty(),
                "call-in match without the numbers it needs", compact(json));
}

// retrieve/cancel and the routing report validate inline in their controllers; these are
// the same reads, so what they call is fuzzed with the same values.
void checkLookups(const QJsonObject &json)
{
    const QJsonValue phone = json.value("phoneNumber");
    if (phone.isString())
        (void)phone::normalize(phone.toString());
    (void)json.value("id").toString();
    (void)json.value("serviceName").toString();
    (void)callbackStateFromString(json.value("callbackState").toString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        (void)error.errorString(); // part of the 400 INVALID_JSON message
        return 0;
    }
    if (json::laxSyntax(body) || !doc.isObject())
        return 0;
    const QJsonObject json = doc.object();
    checkCreate(json);
    checkCallIn(json);
    checkLookups(json);
    return 0;
}
