-- 山海协作 (§二十七): Fujian pairs its better-off counties with its own mountain counties as it
-- pairs them with Ningxia's, and judges them the same way. A pairing says which kind it is; the
-- receiving side stays in ningxia_region_code (a Fujian mountain county for mountain_sea), so the
-- ledger, targets and records that point at pairings are unchanged.
ALTER TABLE pairings ADD COLUMN kind text NOT NULL DEFAULT 'east_west' CHECK (kind IN ('east_west', 'mountain_sea'));
ALTER TABLE pairings DROP CONSTRAINT pairings_ningxia_region_code_check;
ALTER TABLE pairings ADD CONSTRAINT pairings_receiving_side_check CHECK (
    (kind = 'east_west' AND ningxia_region_code LIKE '64%')
    OR (kind = 'mountain_sea' AND ningxia_region_code LIKE '35%' AND ningxia_region_code <> fujian_region_code)
);

-- A mountain county's products bought by its partner count as consumption cooperation too.
ALTER TABLE consumption_purchases DROP CONSTRAINT consumption_purchases_origin_region_code_check;
ALTER TABLE consumption_purchases ADD CONSTRAINT consumption_purchases_origin_check CHECK (origin_region_code LIKE '64%' OR origin_region_code LIKE '35%');
