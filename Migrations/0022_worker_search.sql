-- Clerks find a worker by the start of the name (LIKE 'prefix%' reads this index in any collation)
-- and by ID number (through id_number_hmac, indexed already); a search by ID number is audited
-- like a read of personal data.
CREATE INDEX workers_name_prefix_idx ON workers (name text_pattern_ops);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('create', 'update', 'read_personal_data', 'withdraw_consent', 'import', 'revoke', 'correct', 'search_personal_data'));
