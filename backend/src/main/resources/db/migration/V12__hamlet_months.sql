-- What the dashboard reads per hamlet and calendar month, kept exact by the triggers below in the same transaction
-- as the rows they count. Besides the month's meetings, each row holds running totals through the month's last day:
-- meetings held, memberships open (joined less left), the fund's contributions, support and expenses. A figure on
-- any day is the hamlet's last row before that day's month plus a live count of the month's days up to it, so a
-- province's period is two index probes a hamlet and at most two partial months of rows, however long the period.
CREATE TABLE hamlet_month (
    hamlet_id             BIGINT NOT NULL,
    month                 DATE   NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    meetings              BIGINT NOT NULL DEFAULT 0,
    meetings_through      BIGINT NOT NULL DEFAULT 0,
    members_through       BIGINT NOT NULL DEFAULT 0,
    contributions_through BIGINT NOT NULL DEFAULT 0,
    support_through       BIGINT NOT NULL DEFAULT 0,
    expenses_through      BIGINT NOT NULL DEFAULT 0,
    -- A hamlet's last month before a day, and its months' meetings, read from the index alone.
    PRIMARY KEY (hamlet_id, month)
        INCLUDE (meetings, meetings_through, members_through, contributions_through, support_through, expenses_through)
);

-- The rows of a changed table as changes to hamlet_month: a query of (hamlet_id, month, meetings, members,
-- contributions, support, expenses) over the trigger's transition tables, the rows added counting 1 and the rows
-- removed -1. A membership opens in the month it is joined and closes in the month it is left.
CREATE FUNCTION hamlet_month_rows_sql(tbl TEXT, rows_name TEXT, sign INTEGER) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE tbl
        WHEN 'group_membership' THEN format('
            SELECT g.hamlet_id, CAST(date_trunc(''month'', r.joined_on) AS date) AS month, 0 AS meetings,
                   %2$s AS members, 0 AS contributions, 0 AS support, 0 AS expenses
            FROM %1$I r JOIN lgtq_group g ON g.id = r.group_id
            UNION ALL
            SELECT g.hamlet_id, CAST(date_trunc(''month'', r.left_on) AS date), 0, %3$s, 0, 0, 0
            FROM %1$I r JOIN lgtq_group g ON g.id = r.group_id WHERE r.left_on IS NOT NULL', rows_name, sign, -sign)
        WHEN 'group_meeting' THEN format('
            SELECT g.hamlet_id, CAST(date_trunc(''month'', r.held_on) AS date) AS month, %2$s AS meetings,
                   0 AS members, 0 AS contributions, 0 AS support, 0 AS expenses
            FROM %1$I r JOIN lgtq_group g ON g.id = r.group_id', rows_name, sign)
        WHEN 'fund_entry' THEN format('
            SELECT g.hamlet_id, CAST(date_trunc(''month'', r.entry_on) AS date) AS month, 0 AS meetings,
                   0 AS members,
                   CASE WHEN r.kind = ''CONTRIBUTION'' THEN %2$s * r.amount ELSE 0 END AS contributions,
                   CASE WHEN r.kind = ''SUPPORT'' THEN %2$s * r.amount ELSE 0 END AS support,
                   CASE WHEN r.kind = ''EXPENSE'' THEN %2$s * r.amount ELSE 0 END AS expenses
            FROM %1$I r JOIN lgtq_group g ON g.id = r.group_id', rows_name, sign)
    END;
$$;

-- A group moved to another hamlet takes what it counted with it: all its rows leave the old hamlet and join the
-- new one.
CREATE FUNCTION hamlet_month_moves_sql() RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT '
        SELECT side.hamlet_id, CAST(date_trunc(''month'', d.day) AS date) AS month, side.sign * d.meetings AS meetings,
               side.sign * d.members AS members, side.sign * d.contributions AS contributions,
               side.sign * d.support AS support, side.sign * d.expenses AS expenses
        FROM (SELECT n.id, o.hamlet_id AS old_hamlet, n.hamlet_id AS new_hamlet
              FROM removed o JOIN added n USING (id) WHERE o.hamlet_id <> n.hamlet_id) moved
        CROSS JOIN LATERAL (VALUES (moved.old_hamlet, -1), (moved.new_hamlet, 1)) AS side(hamlet_id, sign)
        CROSS JOIN LATERAL (
            SELECT m.joined_on AS day, 0 AS meetings, 1 AS members, CAST(0 AS bigint) AS contributions,
                   CAST(0 AS bigint) AS support, CAST(0 AS bigint) AS expenses
            FROM group_membership m WHERE m.group_id = moved.id
            UNION ALL SELECT m.left_on, 0, -1, 0, 0, 0 FROM group_membership m
                WHERE m.group_id = moved.id AND m.left_on IS NOT NULL
            UNION ALL SELECT m.held_on, 1, 0, 0, 0, 0 FROM group_meeting m WHERE m.group_id = moved.id
            UNION ALL SELECT f.entry_on, 0, 0, CASE WHEN f.kind = ''CONTRIBUTION'' THEN f.amount ELSE 0 END,
                   CASE WHEN f.kind = ''SUPPORT'' THEN f.amount ELSE 0 END,
                   CASE WHEN f.kind = ''EXPENSE'' THEN f.amount ELSE 0 END
                FROM fund_entry f WHERE f.group_id = moved.id
        ) d';
$$;

-- Adds the changes (a query, see above) to their months and to the running totals of those months and every later
-- one, as three statements run by the trigger function itself (only it sees the transition tables). A new month
-- starts from the totals of the hamlet's month before it, so writers of the same hamlet take turns: an advisory
-- lock per hamlet, in id order (no deadlock between two statements); each statement after it sees what the previous
-- holder committed. Running totals as a window over the hamlet's rows and changes: a bulk insert of a million rows
-- is one pass, not a join of every month with every earlier change.
CREATE FUNCTION hamlet_month_apply_sql(changes TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[
        format('
            SELECT pg_advisory_xact_lock(12, CAST(hamlet_id AS integer))
            FROM (SELECT DISTINCT hamlet_id FROM (%s) c ORDER BY 1) c', changes),
        format('
            WITH c AS (SELECT DISTINCT hamlet_id, month FROM (%s) c)
            INSERT INTO hamlet_month (hamlet_id, month, meetings_through, members_through, contributions_through,
                                      support_through, expenses_through)
            SELECT c.hamlet_id, c.month, COALESCE(p.meetings_through, 0), COALESCE(p.members_through, 0),
                   COALESCE(p.contributions_through, 0), COALESCE(p.support_through, 0),
                   COALESCE(p.expenses_through, 0)
            FROM c LEFT JOIN LATERAL (SELECT * FROM hamlet_month s WHERE s.hamlet_id = c.hamlet_id
                                      AND s.month < c.month ORDER BY s.month DESC LIMIT 1) p ON TRUE
            ORDER BY 1, 2
            ON CONFLICT (hamlet_id, month) DO NOTHING', changes),
        format('
            WITH c AS (
                SELECT hamlet_id, month, sum(meetings) AS meetings, sum(members) AS members,
                       sum(contributions) AS contributions, sum(support) AS support, sum(expenses) AS expenses
                FROM (%s) c GROUP BY 1, 2
            ),
            t AS (
                SELECT s.hamlet_id, s.month, 1 AS is_row, 0 AS meetings, 0 AS members, 0 AS contributions,
                       0 AS support, 0 AS expenses
                FROM hamlet_month s WHERE s.hamlet_id IN (SELECT hamlet_id FROM c)
                UNION ALL SELECT hamlet_id, month, 0, meetings, members, contributions, support, expenses FROM c
            ),
            r AS (
                SELECT hamlet_id, month, is_row, sum(meetings) OVER w AS meetings, sum(members) OVER w AS members,
                       sum(contributions) OVER w AS contributions, sum(support) OVER w AS support,
                       sum(expenses) OVER w AS expenses
                FROM t WINDOW w AS (PARTITION BY hamlet_id ORDER BY month, is_row ROWS UNBOUNDED PRECEDING)
            )
            UPDATE hamlet_month s SET
                meetings = s.meetings + COALESCE(c.meetings, 0),
                meetings_through = s.meetings_through + r.meetings,
                members_through = s.members_through + r.members,
                contributions_through = s.contributions_through + r.contributions,
                support_through = s.support_through + r.support,
                expenses_through = s.expenses_through + r.expenses
            FROM r LEFT JOIN c ON c.hamlet_id = r.hamlet_id AND c.month = r.month
            WHERE r.is_row = 1 AND s.hamlet_id = r.hamlet_id AND s.month = r.month
                AND ((r.meetings, r.members, r.contributions, r.support, r.expenses) <> (0, 0, 0, 0, 0)
                    OR c.meetings <> 0)', changes)];
$$;

-- One trigger function for the three tables and the groups' moves.
CREATE FUNCTION hamlet_month_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
    FOREACH statement IN ARRAY hamlet_month_apply_sql(changes) LOOP
        EXECUTE statement;
    END LOOP;
    RETURN NULL;
END;
$$;

-- Emptying a counted table empties what was counted of it.
CREATE FUNCTION hamlet_month_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE hamlet_month SET
        meetings = CASE WHEN TG_TABLE_NAME = 'group_meeting' THEN 0 ELSE meetings END,
        meetings_through = CASE WHEN TG_TABLE_NAME = 'group_meeting' THEN 0 ELSE meetings_through END,
        members_through = CASE WHEN TG_TABLE_NAME = 'group_membership' THEN 0 ELSE members_through END,
        contributions_through = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE contributions_through END,
        support_through = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE support_through END,
        expenses_through = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE expenses_through END;
    RETURN NULL;
END;
$$;

-- Every write to a counted table, by statement; a group moved to another hamlet too.
DO $$
DECLARE
    counted TEXT;
BEGIN
    FOREACH counted IN ARRAY ARRAY['group_membership', 'group_meeting', 'fund_entry'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_months_added AFTER INSERT ON %1$s REFERENCING NEW TABLE AS added'
            ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed()', counted);
        EXECUTE format('CREATE TRIGGER %1$s_months_removed AFTER DELETE ON %1$s REFERENCING OLD TABLE AS removed'
            ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed()', counted);
        EXECUTE format('CREATE TRIGGER %1$s_months_changed AFTER UPDATE ON %1$s'
            ' REFERENCING OLD TABLE AS removed NEW TABLE AS added'
            ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed()', counted);
        EXECUTE format('CREATE TRIGGER %1$s_months_truncated AFTER TRUNCATE ON %1$s'
            ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_truncated()', counted);
    END LOOP;
END;
$$;
CREATE TRIGGER group_months_moved AFTER UPDATE ON lgtq_group REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed();

-- The rows there are today.
INSERT INTO hamlet_month (hamlet_id, month, meetings, meetings_through, members_through, contributions_through,
                          support_through, expenses_through)
SELECT hamlet_id, month, meetings,
       sum(meetings) OVER running, sum(members) OVER running, sum(contributions) OVER running,
       sum(support) OVER running, sum(expenses) OVER running
FROM (
    SELECT g.hamlet_id, CAST(date_trunc('month', d.day) AS date) AS month, sum(d.meetings) AS meetings,
           sum(d.members) AS members, sum(d.contributions) AS contributions, sum(d.support) AS support,
           sum(d.expenses) AS expenses
    FROM (
        SELECT group_id, joined_on AS day, 0 AS meetings, 1 AS members, 0 AS contributions, 0 AS support,
               0 AS expenses FROM group_membership
        UNION ALL SELECT group_id, left_on, 0, -1, 0, 0, 0 FROM group_membership WHERE left_on IS NOT NULL
        UNION ALL SELECT group_id, held_on, 1, 0, 0, 0, 0 FROM group_meeting
        UNION ALL SELECT group_id, entry_on, 0, 0, CASE WHEN kind = 'CONTRIBUTION' THEN amount ELSE 0 END,
               CASE WHEN kind = 'SUPPORT' THEN amount ELSE 0 END, CASE WHEN kind = 'EXPENSE' THEN amount ELSE 0 END
        FROM fund_entry
    ) d JOIN lgtq_group g ON g.id = d.group_id
    GROUP BY 1, 2
) m
WINDOW running AS (PARTITION BY hamlet_id ORDER BY month);

-- Ratings of a year from the index alone.
CREATE INDEX group_rating_year_group_idx ON group_rating (rating_year, group_id) INCLUDE (rating_rank);
DROP INDEX group_rating_year_idx;

-- The live days of a period's edge months, and the groups that met in the last months (overdue groups).
CREATE INDEX membership_joined_on_idx ON group_membership (joined_on) INCLUDE (group_id);
CREATE INDEX membership_left_on_idx ON group_membership (left_on) INCLUDE (group_id);
CREATE INDEX fund_entry_on_idx ON fund_entry (entry_on) INCLUDE (group_id, kind, amount);
CREATE INDEX group_meeting_held_group_idx ON group_meeting (held_on, group_id);
DROP INDEX group_meeting_held_on_idx;

-- Every write updates running totals here: vacuumed often, so that the probes stay index-only.
ALTER TABLE hamlet_month SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);

-- Statistics now, not at the next autovacuum: the dashboard's plans depend on them.
ANALYZE hamlet_month;
