-- Requests per client and minute on the rate-limited endpoints, shared by every backend instance.
-- A client is the HMAC of its address (IPv6: of its /64) under a key kept out of the database: no address is stored.
-- Unlogged: a counter lost in a crash costs nothing, and writing it skips the WAL.
CREATE UNLOGGED TABLE rate_limit (
    client_hash  bytea       NOT NULL,
    window_start timestamptz NOT NULL,
    used         integer     NOT NULL,
    PRIMARY KEY (client_hash, window_start)
);
