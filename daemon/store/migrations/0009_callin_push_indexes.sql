-- Indexes for reads that look past LIVE call-in requests (0007's indexes are all partial
-- on state = 'LIVE'): explaining a match miss ("expired" / "already used") reads the
-- newest request of a number and code, or of a caller, whatever its state, and requests
-- are kept 14 days after expiry. The caller index also serves the privacy erase.
--
-- Plain CREATE INDEX (migrations run in a transaction, where CONCURRENTLY is not allowed):
-- it holds a SHARE lock on call_in_requests while it builds, so call-in creates and
-- matches wait for it during the upgrade (a table of at most ~14 days of requests:
-- seconds). IF NOT EXISTS: an operator may build them beforehand with CONCURRENTLY under
-- these names, and this is then a no-op. See docs/call-in.md, "Upgrading".
CREATE INDEX IF NOT EXISTS call_in_requests_code_newest
    ON call_in_requests (to_phone_number, access_code, created_at DESC);
CREATE INDEX IF NOT EXISTS call_in_requests_caller_newest
    ON call_in_requests (from_phone_number, created_at DESC);
