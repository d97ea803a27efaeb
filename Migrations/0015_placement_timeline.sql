-- The day of every step of a placement (China time), so that each dated fact is judged against the
-- step before it: a hire between the acceptance and today, a separation between the hire and today.
ALTER TABLE placements
    ADD COLUMN proposed_on date,
    ADD COLUMN accepted_on date,
    ADD COLUMN closed_on date;

UPDATE placements SET proposed_on = (created_at AT TIME ZONE 'Asia/Shanghai')::date;
-- The acceptance day was not kept before: the earliest day it can have been is the one known.
UPDATE placements SET accepted_on = least(proposed_on, coalesce(hired_on, proposed_on))
WHERE status IN ('accepted', 'hired', 'separated');
UPDATE placements SET closed_on = (updated_at AT TIME ZONE 'Asia/Shanghai')::date
WHERE status IN ('declined', 'withdrawn');

ALTER TABLE placements ALTER COLUMN proposed_on SET NOT NULL;
ALTER TABLE placements
    ADD CONSTRAINT placements_accepted_day CHECK (accepted_on IS NOT NULL OR status NOT IN ('accepted', 'hired', 'separated')),
    ADD CONSTRAINT placements_closed_day CHECK ((closed_on IS NOT NULL) = (status IN ('declined', 'withdrawn')));
-- NOT VALID: rows written before the timeline rule may hold a hire dated before its proposal
-- (the reason for this migration); every row written from now on is checked.
ALTER TABLE placements
    ADD CONSTRAINT placements_steps_in_order CHECK (accepted_on >= proposed_on AND hired_on >= accepted_on) NOT VALID;
