#pragma once
// Stable errorCode names of API.md §3 "Errors". Clients match on these strings.
namespace ges::errc {
inline constexpr char InvalidJson[] = "INVALID_JSON";
inline constexpr char InvalidField[] = "INVALID_FIELD";
inline constexpr char MissingField[] = "MISSING_FIELD";
inline constexpr char CcidHeaderNotAllowed[] = "CCID_HEADER_NOT_ALLOWED";
inline constexpr char ApiKeyMissing[] = "API_KEY_MISSING";
inline constexpr char ApiKeyInvalid[] = "API_KEY_INVALID";
inline constexpr char Unauthorized[] = "UNAUTHORIZED";
inline constexpr char InvalidCredentials[] = "INVALID_CREDENTIALS";
inline constexpr char Forbidden[] = "FORBIDDEN";
inline constexpr char CaptchaFailed[] = "CAPTCHA_FAILED"; // 403: token missing or not accepted
inline constexpr char NotFound[] = "NOT_FOUND";
inline constexpr char ServiceNotFound[] = "SERVICE_NOT_FOUND";
inline constexpr char GroupNotFound[] = "GROUP_NOT_FOUND";
inline constexpr char MethodNotAllowed[] = "METHOD_NOT_ALLOWED";
inline constexpr char DuplicateCallback[] = "DUPLICATE_CALLBACK";
inline constexpr char InvalidState[] = "INVALID_STATE";
inline constexpr char Conflict[] = "CONFLICT";
inline constexpr char PayloadTooLarge[] = "PAYLOAD_TOO_LARGE";
// (ours) 400: HTTP the daemon will not guess at (framing, header syntax, a repeated header
// that must be single); 431: a request head over its size or field-count limit.
inline constexpr char InvalidRequest[] = "INVALID_REQUEST";
inline constexpr char HeadersTooLarge[] = "HEADERS_TOO_LARGE";
inline constexpr char UnsupportedMediaType[] = "UNSUPPORTED_MEDIA_TYPE";
inline constexpr char QueueClosed[] = "QUEUE_CLOSED";
inline constexpr char QueueFull[] = "QUEUE_FULL";    // (ours) over the service's maxWaiting
inline constexpr char EwtTooHigh[] = "EWT_TOO_HIGH"; // (ours) EWT over the service's ewtThreshold
inline constexpr char SlotFull[] = "SLOT_FULL";
inline constexpr char OutsideOfficeHours[] = "OUTSIDE_OFFICE_HOURS";
inline constexpr char TooFarAhead[] = "TOO_FAR_AHEAD";
inline constexpr char InThePast[] = "IN_THE_PAST";
inline constexpr char IdempotencyKeyReused[] = "IDEMPOTENCY_KEY_REUSED"; // (ours) other body
inline constexpr char RateLimited[] = "RATE_LIMITED";
inline constexpr char NotImplemented[] = "NOT_IMPLEMENTED";
inline constexpr char DependencyUnavailable[] = "DEPENDENCY_UNAVAILABLE";
inline constexpr char Internal[] = "INTERNAL_ERROR";
inline constexpr char ApiKeyNotFound[] = "API_KEY_NOT_FOUND"; // (ours) admin API
// (ours) 503: storing a secret needs the ENCRYPTION-KEY secret file, which is missing.
inline constexpr char EncryptionKeyMissing[] = "ENCRYPTION_KEY_MISSING";
inline constexpr char GwsCredentialsNotFound[] = "GWS_CREDENTIALS_NOT_FOUND"; // (ours)
// (ours) 422: a bulk action would touch more callbacks than it may at once.
inline constexpr char BulkLimitExceeded[] = "BULK_LIMIT_EXCEEDED";
// (ours) click-to-call-in: 503 with Retry-After when no number and code of the group is
// free; the routing side's match of a request already matched (409) or expired (404).
inline constexpr char CallInPoolExhausted[] = "CALL_IN_POOL_EXHAUSTED";
inline constexpr char CallInAlreadyUsed[] = "CALL_IN_ALREADY_USED";
inline constexpr char CallInExpired[] = "CALL_IN_EXPIRED";
} // namespace ges::errc
