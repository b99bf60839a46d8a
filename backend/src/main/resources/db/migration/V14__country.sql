-- The country above the provinces: the Ministry of Public Security's national officers are scoped to it, and its
-- dashboard compares the provinces. Every province, before and after the 2025 reform, hangs under it.
ALTER TABLE unit DROP CONSTRAINT unit_level_check;
ALTER TABLE unit ADD CONSTRAINT unit_level_check
    CHECK (level IN ('COUNTRY', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET'));

INSERT INTO unit (code, name, search_name, level, type)
VALUES ('VN', 'Việt Nam', 'viet nam', 'COUNTRY', 'QUOC_GIA');

UPDATE unit SET parent_id = (SELECT id FROM unit WHERE level = 'COUNTRY')
WHERE level = 'PROVINCE' AND parent_id IS NULL;

-- One country: a province's parent is found by level.
CREATE UNIQUE INDEX unit_one_country ON unit (level) WHERE level = 'COUNTRY';
