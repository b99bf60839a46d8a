-- Coverage per hamlet: the households in an active group today and the people of those households. Counted live, a
-- province's coverage joined 300,000 memberships with 1.1 million people on every request (most of a second).
-- Kept exact by statement triggers on the three tables that decide it: each recounts the hamlets its statement
-- touched, from the tables as they are. Writers of the same hamlet take turns on hamlet_month's advisory lock (one
-- lock per hamlet for both, taken in id order, so a statement firing both triggers never deadlocks with another);
-- the recount is a statement after the lock, so it sees what the previous holder committed.
CREATE TABLE hamlet_coverage (
    hamlet_id         BIGINT PRIMARY KEY,
    member_households BIGINT NOT NULL,
    member_people     BIGINT NOT NULL
);

-- Planned for the hamlets in hand (EXECUTE): a few hamlets probe the indexes, a bulk load of a whole province hashes
-- the tables once (the demo generator loads memberships with their indexes dropped).
CREATE FUNCTION hamlet_coverage_recount(hamlets BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'SELECT pg_advisory_xact_lock(12, CAST(h AS integer))
             FROM (SELECT DISTINCT h FROM unnest($1) h WHERE h IS NOT NULL ORDER BY 1) x' USING hamlets;
    EXECUTE '
        WITH h AS (SELECT DISTINCT h AS id FROM unnest($1) h WHERE h IS NOT NULL),
        member AS (
            SELECT DISTINCT g.hamlet_id, m.household_id FROM lgtq_group g
            JOIN group_membership m ON m.group_id = g.id AND m.left_on IS NULL
            WHERE g.hamlet_id IN (SELECT id FROM h) AND g.status = ''ACTIVE''
        ),
        counted AS (
            SELECT member.hamlet_id, count(DISTINCT member.household_id) AS households, count(p.id) AS people
            FROM member LEFT JOIN person p ON p.household_id = member.household_id GROUP BY 1
        )
        INSERT INTO hamlet_coverage (hamlet_id, member_households, member_people)
        SELECT h.id, COALESCE(counted.households, 0), COALESCE(counted.people, 0)
        FROM h LEFT JOIN counted ON counted.hamlet_id = h.id
        ORDER BY 1
        ON CONFLICT (hamlet_id) DO UPDATE
            SET member_households = excluded.member_households, member_people = excluded.member_people' USING hamlets;
END;
$$;

-- The hamlets a statement touched: a membership's group's hamlet; for people, the hamlets of the groups their
-- household is in; a group's own hamlet (before and after a move). An update counts only where the columns named in
-- the trigger's argument changed (editing a person's name recounts nothing). A household's hamlet does not decide
-- coverage (its group's does), and deleting a household deletes its people and memberships, which recount.
CREATE FUNCTION hamlet_coverage_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    columns TEXT := TG_ARGV[0];
    touched TEXT;
    hamlets BIGINT[];
BEGIN
    touched := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT * FROM added'
        WHEN 'DELETE' THEN 'SELECT * FROM removed'
        ELSE format('SELECT o.* FROM removed o JOIN added n ON n.id = o.id WHERE (%1$s) IS DISTINCT FROM (%2$s)
                     UNION ALL SELECT n.* FROM removed o JOIN added n ON n.id = o.id WHERE (%1$s) IS DISTINCT FROM (%2$s)',
                    regexp_replace(columns, '(\w+)', 'o.\1', 'g'), regexp_replace(columns, '(\w+)', 'n.\1', 'g'))
    END;
    EXECUTE format(CASE TG_TABLE_NAME
        WHEN 'group_membership' THEN 'SELECT array_agg(DISTINCT g.hamlet_id) FROM (%s) r JOIN lgtq_group g ON g.id = r.group_id'
        WHEN 'person' THEN 'SELECT array_agg(DISTINCT g.hamlet_id) FROM (%s) r
            JOIN group_membership m ON m.household_id = r.household_id AND m.left_on IS NULL
            JOIN lgtq_group g ON g.id = m.group_id'
        ELSE 'SELECT array_agg(DISTINCT r.hamlet_id) FROM (%s) r'
    END, touched) INTO hamlets;
    IF hamlets IS NOT NULL THEN
        PERFORM hamlet_coverage_recount(hamlets);
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    counted RECORD;
BEGIN
    -- A new group has no members yet: groups count when they change or go.
    FOR counted IN SELECT * FROM (VALUES
            ('group_membership', 'household_id, group_id, left_on', TRUE),
            ('person', 'household_id', TRUE),
            ('lgtq_group', 'hamlet_id, status', FALSE)) t(tbl, cols, on_insert) LOOP
        IF counted.on_insert THEN
            EXECUTE format('CREATE TRIGGER %1$s_coverage_added AFTER INSERT ON %1$s REFERENCING NEW TABLE AS added'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_coverage_changed(%2$L)', counted.tbl, counted.cols);
        END IF;
        EXECUTE format('CREATE TRIGGER %1$s_coverage_removed AFTER DELETE ON %1$s REFERENCING OLD TABLE AS removed'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_coverage_changed(%2$L)', counted.tbl, counted.cols);
        EXECUTE format('CREATE TRIGGER %1$s_coverage_changed AFTER UPDATE ON %1$s'
            || ' REFERENCING OLD TABLE AS removed NEW TABLE AS added'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_coverage_changed(%2$L)', counted.tbl, counted.cols);
    END LOOP;
END;
$$;

INSERT INTO hamlet_coverage (hamlet_id, member_households, member_people)
SELECT g.hamlet_id, count(*), sum(p.n)
FROM (SELECT DISTINCT g.hamlet_id, m.household_id FROM lgtq_group g
      JOIN group_membership m ON m.group_id = g.id AND m.left_on IS NULL WHERE g.status = 'ACTIVE') g
CROSS JOIN LATERAL (SELECT count(*) AS n FROM person p WHERE p.household_id = g.household_id) p
GROUP BY 1;
