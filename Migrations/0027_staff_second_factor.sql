-- A second factor (TOTP, RFC 6238) for the staff who move money (cooperation offices) and for
-- admins. The key is sealed under the personal-data key like an ID number, with that key's id so
-- a login after `minning pii rotate` re-seals it; the last step used makes each code good once.
ALTER TABLE staff_accounts
    ADD COLUMN second_factor_sealed bytea,
    ADD COLUMN second_factor_key_id text,
    ADD COLUMN second_factor_confirmed_at timestamptz,
    ADD COLUMN second_factor_last_step bigint,
    ADD CONSTRAINT staff_accounts_second_factor_check
        CHECK ((second_factor_sealed IS NULL) = (second_factor_key_id IS NULL)
               AND (second_factor_confirmed_at IS NULL OR second_factor_sealed IS NOT NULL));

-- A session of such a role opens its pages only once the code was given in it.
ALTER TABLE staff_sessions ADD COLUMN second_factor_at timestamptz;

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('create', 'update', 'read_personal_data', 'withdraw_consent', 'import', 'revoke', 'correct', 'search_personal_data',
                      'log_in', 'log_out', 'change_password', 'disable', 'enrol_second_factor', 'verify_second_factor',
                      'reset_second_factor'));
