-- hamlet_month's running totals per commune: the hamlets under each commune (their parent today) added up, kept by
-- the same triggers in the same statements. A province's dashboard probed 3,000 hamlets' rows for each end of a
-- period and the country's 24,000 on eight provinces of data (most of a second); whole communes now answer for
-- their hamlets (a few hundred probes), and hamlet_month stays for dashboards that reach single hamlets.
CREATE TABLE commune_month (
    commune_id            BIGINT NOT NULL,
    month                 DATE   NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    meetings              BIGINT NOT NULL DEFAULT 0,
    meetings_through      BIGINT NOT NULL DEFAULT 0,
    members_through       BIGINT NOT NULL DEFAULT 0,
    contributions_through BIGINT NOT NULL DEFAULT 0,
    support_through       BIGINT NOT NULL DEFAULT 0,
    expenses_through      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (commune_id, month)
        INCLUDE (meetings, meetings_through, members_through, contributions_through, support_through, expenses_through)
);

-- Writers take turns per commune now, not per hamlet: a commune's new month starts from the totals of its month
-- before, which any of its hamlets may be changing. One lock class for the month totals and the coverage recount
-- (V15), taken in id order at the start of each of their statements. Arguments: a query of commune ids.
CREATE FUNCTION month_totals_lock_sql(communes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT format('
        SELECT pg_advisory_xact_lock(13, CAST(id AS integer))
        FROM (SELECT DISTINCT id FROM (%s) c(id) WHERE id IS NOT NULL ORDER BY 1) c', communes);
$$;

-- V12's two statements for any table of running totals by unit and month (tbl, its unit column), from changes with
-- the columns (unit_id, month, meetings, members, contributions, support, expenses).
CREATE FUNCTION month_totals_apply_sql(tbl TEXT, unit_column TEXT, changes TEXT) RETURNS TEXT[] LANGUAGE sql
IMMUTABLE AS $$
    SELECT ARRAY[
        format('
            WITH c AS (SELECT DISTINCT unit_id, month FROM (%3$s) c)
            INSERT INTO %1$I (%2$I, month, meetings_through, members_through, contributions_through,
                              support_through, expenses_through)
            SELECT c.unit_id, c.month, COALESCE(p.meetings_through, 0), COALESCE(p.members_through, 0),
                   COALESCE(p.contributions_through, 0), COALESCE(p.support_through, 0),
                   COALESCE(p.expenses_through, 0)
            FROM c LEFT JOIN LATERAL (SELECT * FROM %1$I s WHERE s.%2$I = c.unit_id
                                      AND s.month < c.month ORDER BY s.month DESC LIMIT 1) p ON TRUE
            ORDER BY 1, 2
            ON CONFLICT (%2$I, month) DO NOTHING', tbl, unit_column, changes),
        format('
            WITH c AS (
                SELECT unit_id, month, sum(meetings) AS meetings, sum(members) AS members,
                       sum(contributions) AS contributions, sum(support) AS support, sum(expenses) AS expenses
                FROM (%3$s) c GROUP BY 1, 2
            ),
            t AS (
                SELECT s.%2$I AS unit_id, s.month, 1 AS is_row, 0 AS meetings, 0 AS members, 0 AS contributions,
                       0 AS support, 0 AS expenses
                FROM %1$I s WHERE s.%2$I IN (SELECT unit_id FROM c)
                UNION ALL SELECT unit_id, month, 0, meetings, members, contributions, support, expenses FROM c
            ),
            r AS (
                SELECT unit_id, month, is_row, sum(meetings) OVER w AS meetings, sum(members) OVER w AS members,
                       sum(contributions) OVER w AS contributions, sum(support) OVER w AS support,
                       sum(expenses) OVER w AS expenses
                FROM t WINDOW w AS (PARTITION BY unit_id ORDER BY month, is_row ROWS UNBOUNDED PRECEDING)
            )
            UPDATE %1$I s SET
                meetings = s.meetings + COALESCE(c.meetings, 0),
                meetings_through = s.meetings_through + r.meetings,
                members_through = s.members_through + r.members,
                contributions_through = s.contributions_through + r.contributions,
                support_through = s.support_through + r.support,
                expenses_through = s.expenses_through + r.expenses
            FROM r LEFT JOIN c ON c.unit_id = r.unit_id AND c.month = r.month
            WHERE r.is_row = 1 AND s.%2$I = r.unit_id AND s.month = r.month
                AND ((r.meetings, r.members, r.contributions, r.support, r.expenses) <> (0, 0, 0, 0, 0)
                    OR c.meetings <> 0)', tbl, unit_column, changes)];
$$;

-- Changes per hamlet (V12's queries) as the statements that lock the hamlets' communes, then apply the changes to
-- the hamlets and to their communes.
CREATE FUNCTION hamlet_and_commune_months_sql(changes TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[month_totals_lock_sql(format(
               'SELECT u.parent_id FROM (%s) c JOIN unit u ON u.id = c.hamlet_id', changes))]
        || month_totals_apply_sql('hamlet_month', 'hamlet_id', format('
               SELECT hamlet_id AS unit_id, month, meetings, members, contributions, support, expenses
               FROM (%s) c', changes))
        || month_totals_apply_sql('commune_month', 'commune_id', format('
               SELECT u.parent_id AS unit_id, c.month, c.meetings, c.members, c.contributions, c.support, c.expenses
               FROM (%s) c JOIN unit u ON u.id = c.hamlet_id WHERE u.parent_id IS NOT NULL', changes));
$$;

CREATE OR REPLACE FUNCTION hamlet_month_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes TEXT;
    statement TEXT;
BEGIN
    changes := CASE
        WHEN TG_TABLE_NAME = 'lgtq_group' THEN hamlet_month_moves_sql()
        WHEN TG_OP = 'INSERT' THEN hamlet_month_rows_sql(TG_TABLE_NAME, 'added', 1)
        WHEN TG_OP = 'DELETE' THEN hamlet_month_rows_sql(TG_TABLE_NAME, 'removed', -1)
        ELSE hamlet_month_rows_sql(TG_TABLE_NAME, 'added', 1) || ' UNION ALL '
            || hamlet_month_rows_sql(TG_TABLE_NAME, 'removed', -1)
    END;
    FOREACH statement IN ARRAY hamlet_and_commune_months_sql(changes) LOOP
        EXECUTE statement;
    END LOOP;
    RETURN NULL;
END;
$$;
DROP FUNCTION hamlet_month_apply_sql(TEXT);

-- A hamlet moved to another commune takes its months with it: each of its months' changes (the month's meetings,
-- the running totals less the month's before) leave the old commune and join the new one.
CREATE FUNCTION commune_month_hamlets_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved CONSTANT TEXT := '
        SELECT o.id, o.parent_id AS old_commune, n.parent_id AS new_commune FROM removed o JOIN added n USING (id)
        WHERE n.level = ''HAMLET'' AND o.parent_id IS DISTINCT FROM n.parent_id';
    changes TEXT;
    statement TEXT;
BEGIN
    changes := format('
        SELECT side.commune_id AS unit_id, k.month, side.sign * k.meetings AS meetings,
               side.sign * (k.members_through - COALESCE(lag(k.members_through) OVER w, 0)) AS members,
               side.sign * (k.contributions_through - COALESCE(lag(k.contributions_through) OVER w, 0))
                   AS contributions,
               side.sign * (k.support_through - COALESCE(lag(k.support_through) OVER w, 0)) AS support,
               side.sign * (k.expenses_through - COALESCE(lag(k.expenses_through) OVER w, 0)) AS expenses
        FROM (%s) moved
        CROSS JOIN LATERAL (VALUES (moved.old_commune, -1), (moved.new_commune, 1)) AS side(commune_id, sign)
        JOIN hamlet_month k ON k.hamlet_id = moved.id
        WHERE side.commune_id IS NOT NULL
        WINDOW w AS (PARTITION BY k.hamlet_id, side.sign ORDER BY k.month)', moved);
    FOREACH statement IN ARRAY ARRAY[month_totals_lock_sql(format(
            'SELECT old_commune FROM (%1$s) m UNION ALL SELECT new_commune FROM (%1$s) m', moved))]
            || month_totals_apply_sql('commune_month', 'commune_id', changes) LOOP
        EXECUTE statement;
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE TRIGGER unit_hamlets_moved AFTER UPDATE ON unit REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION commune_month_hamlets_moved();

-- Emptying a counted table empties what was counted of it, in both tables.
CREATE OR REPLACE FUNCTION hamlet_month_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tbl TEXT;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['hamlet_month', 'commune_month'] LOOP
        EXECUTE format('UPDATE %I SET
            meetings = CASE WHEN $1 = ''group_meeting'' THEN 0 ELSE meetings END,
            meetings_through = CASE WHEN $1 = ''group_meeting'' THEN 0 ELSE meetings_through END,
            members_through = CASE WHEN $1 = ''group_membership'' THEN 0 ELSE members_through END,
            contributions_through = CASE WHEN $1 = ''fund_entry'' THEN 0 ELSE contributions_through END,
            support_through = CASE WHEN $1 = ''fund_entry'' THEN 0 ELSE support_through END,
            expenses_through = CASE WHEN $1 = ''fund_entry'' THEN 0 ELSE expenses_through END', tbl)
            USING TG_TABLE_NAME;
    END LOOP;
    RETURN NULL;
END;
$$;

-- The coverage recount takes the same lock as the month totals: one class, the communes', in id order.
CREATE OR REPLACE FUNCTION hamlet_coverage_recount(hamlets BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE month_totals_lock_sql('SELECT u.parent_id FROM unnest($1) h JOIN unit u ON u.id = h') USING hamlets;
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

-- The communes' months there are today, from their hamlets' months.
INSERT INTO commune_month (commune_id, month, meetings, meetings_through, members_through, contributions_through,
                           support_through, expenses_through)
SELECT commune_id, month, meetings,
       sum(meetings_change) OVER running, sum(members) OVER running, sum(contributions) OVER running,
       sum(support) OVER running, sum(expenses) OVER running
FROM (
    SELECT u.parent_id AS commune_id, k.month, sum(k.meetings) AS meetings,
           sum(k.meetings_through - k.meetings_before) AS meetings_change,
           sum(k.members_through - k.members_before) AS members,
           sum(k.contributions_through - k.contributions_before) AS contributions,
           sum(k.support_through - k.support_before) AS support,
           sum(k.expenses_through - k.expenses_before) AS expenses
    FROM (
        SELECT k.*, COALESCE(lag(meetings_through) OVER w, 0) AS meetings_before,
               COALESCE(lag(members_through) OVER w, 0) AS members_before,
               COALESCE(lag(contributions_through) OVER w, 0) AS contributions_before,
               COALESCE(lag(support_through) OVER w, 0) AS support_before,
               COALESCE(lag(expenses_through) OVER w, 0) AS expenses_before
        FROM hamlet_month k WINDOW w AS (PARTITION BY hamlet_id ORDER BY month)
    ) k JOIN unit u ON u.id = k.hamlet_id
    WHERE u.parent_id IS NOT NULL
    GROUP BY 1, 2
) m
WINDOW running AS (PARTITION BY commune_id ORDER BY month);

ALTER TABLE commune_month SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
ANALYZE commune_month;
