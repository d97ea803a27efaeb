-- The aspects of the cooperation that the assessment judges beyond funds, labor and parks: people
-- sent to serve on the other side (人才交流), purchases of Ningxia products (消费协作), donations
-- (社会参与), and the joint meetings with the decisions they hand out (联席推进). Each record
-- belongs to a pairing, so scope follows the pairing's two regions.

-- Personal data kept to what the assessment needs: a name, the units and the post; no ID number.
CREATE TABLE talent_assignments (
    id uuid PRIMARY KEY,
    pairing_id bigint NOT NULL REFERENCES pairings (id),
    kind text NOT NULL CHECK (kind IN ('cadre', 'teacher', 'doctor', 'agronomist', 'technician')),
    direction text NOT NULL CHECK (direction IN ('to_ningxia', 'to_fujian')),
    person_name text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 50),
    home_unit text NOT NULL CHECK (length(home_unit) BETWEEN 1 AND 200),
    host_unit text NOT NULL CHECK (length(host_unit) BETWEEN 1 AND 200),
    post text NOT NULL CHECK (length(post) BETWEEN 1 AND 100),
    starts_on date NOT NULL,
    -- Null while the person is still serving.
    ends_on date CHECK (ends_on IS NULL OR ends_on >= starts_on),
    version integer NOT NULL DEFAULT 1,
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL
);
CREATE INDEX talent_assignments_pairing_idx ON talent_assignments (pairing_id, starts_on);

CREATE TABLE consumption_purchases (
    id uuid PRIMARY KEY,
    pairing_id bigint NOT NULL REFERENCES pairings (id),
    buyer_name text NOT NULL CHECK (length(buyer_name) BETWEEN 1 AND 200),
    buyer_kind text NOT NULL CHECK (buyer_kind IN ('government_canteen', 'enterprise', 'union', 'ecommerce', 'other')),
    product_category text NOT NULL CHECK (product_category IN (
        'grain_oil', 'beef_mutton', 'wolfberry', 'wine', 'fruit_vegetables', 'dairy', 'handicraft', 'other')),
    origin_region_code text NOT NULL REFERENCES regions (code) CHECK (origin_region_code LIKE '64%'),
    amount_fen bigint NOT NULL CHECK (amount_fen BETWEEN 1 AND 100000000000),
    purchased_on date NOT NULL,
    evidence_ref text NOT NULL CHECK (length(evidence_ref) BETWEEN 1 AND 100),
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL
);
CREATE INDEX consumption_purchases_pairing_idx ON consumption_purchases (pairing_id, purchased_on);

CREATE TABLE donations (
    id uuid PRIMARY KEY,
    pairing_id bigint NOT NULL REFERENCES pairings (id),
    donor_name text NOT NULL CHECK (length(donor_name) BETWEEN 1 AND 200),
    donor_kind text NOT NULL CHECK (donor_kind IN ('enterprise', 'social_organisation', 'individual', 'other')),
    form text NOT NULL CHECK (form IN ('money', 'in_kind')),
    -- Money as given; goods at the value the receipt states.
    value_fen bigint NOT NULL CHECK (value_fen BETWEEN 1 AND 100000000000),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 200),
    received_on date NOT NULL,
    project_id uuid REFERENCES projects (id),
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL,
    CHECK (form = 'money' OR description <> '')
);
CREATE INDEX donations_pairing_idx ON donations (pairing_id, received_on);

-- A joint meeting: of the two provinces (no pairing) or of one pairing's two sides.
CREATE TABLE meetings (
    id uuid PRIMARY KEY,
    held_on date NOT NULL,
    level text NOT NULL CHECK (level IN ('province', 'city', 'county')),
    place text NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
    pairing_id bigint REFERENCES pairings (id),
    attendee_units text[] NOT NULL CHECK (cardinality(attendee_units) BETWEEN 1 AND 50),
    -- What the cooperation office writes for the meeting pack: 存在问题 and 下一步工作.
    problems text NOT NULL DEFAULT '' CHECK (length(problems) <= 2000),
    next_steps text NOT NULL DEFAULT '' CHECK (length(next_steps) <= 2000),
    version integer NOT NULL DEFAULT 1,
    recorded_by_bureau uuid NOT NULL REFERENCES bureaus (id),
    created_at timestamptz NOT NULL,
    CHECK ((level = 'province') = (pairing_id IS NULL))
);
CREATE INDEX meetings_held_on_idx ON meetings (held_on);

-- 督办事项: what a meeting decided, whose it is, and by when.
CREATE TABLE meeting_decisions (
    id uuid PRIMARY KEY,
    meeting_id uuid NOT NULL REFERENCES meetings (id),
    position integer NOT NULL CHECK (position >= 1),
    task text NOT NULL CHECK (length(task) BETWEEN 1 AND 500),
    owner_bureau_id uuid NOT NULL REFERENCES bureaus (id),
    due_on date NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    progress text NOT NULL DEFAULT '' CHECK (length(progress) <= 1000),
    done_on date,
    version integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL,
    UNIQUE (meeting_id, position),
    CHECK ((status = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX meeting_decisions_owner_idx ON meeting_decisions (owner_bureau_id, status, due_on);
