-- The yearly agreement's targets (协议指标) of each pairing, one row per version: a change keeps
-- the old value, with who set the new one and why. The current target is the highest version.
CREATE TABLE pairing_targets (
    pairing_id integer NOT NULL REFERENCES pairings (id),
    year integer NOT NULL CHECK (year BETWEEN 1996 AND 2100),
    metric text NOT NULL CHECK (metric IN (
        'funds_committed_fen', 'funds_transferred_fen', 'people_placed', 'lifted_placed', 'monitored_placed', 'people_trained',
        'enterprises_brought_in', 'investment_arrived_fen', 'jobs_for_lifted', 'cadres_sent', 'technicians_sent',
        'consumption_fen', 'donations_fen')),
    version integer NOT NULL CHECK (version >= 1),
    value bigint NOT NULL CHECK (value BETWEEN 0 AND 10000000000000),
    reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    set_by_key uuid NOT NULL REFERENCES api_keys (id),
    set_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    set_at timestamptz NOT NULL,
    PRIMARY KEY (pairing_id, year, metric, version)
);
