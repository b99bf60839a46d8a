-- What the dashboard adds up per hamlet and calendar month, kept exact by the triggers below in the same
-- transaction as the rows they count: members joining and leaving a group of the hamlet, the groups' meetings and
-- their fund's amounts by kind. A period's figure is the sum of its whole months here plus a live count of its
-- partial first and last months; members and the fund balance on a day are all months before plus the live rest.
-- Increments, not recounts: two transactions adding rows to the same month both land (the upsert takes the row).
CREATE TABLE hamlet_month (
    hamlet_id          BIGINT NOT NULL,
    month              DATE   NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    members_joined     BIGINT NOT NULL DEFAULT 0,
    members_left       BIGINT NOT NULL DEFAULT 0,
    meetings           BIGINT NOT NULL DEFAULT 0,
    fund_contributions BIGINT NOT NULL DEFAULT 0,
    fund_support       BIGINT NOT NULL DEFAULT 0,
    fund_expenses      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (hamlet_id, month)
);

-- The same per year (month is 1 January): ten years are 10 rows a hamlet, not 120.
CREATE TABLE hamlet_year (LIKE hamlet_month INCLUDING DEFAULTS, PRIMARY KEY (hamlet_id, month));
ALTER TABLE hamlet_year ADD CHECK (EXTRACT(DOY FROM month) = 1);

-- Adds changes per hamlet and month to both tables; zero changes write nothing.
CREATE FUNCTION hamlet_month_add(changes JSONB) RETURNS void LANGUAGE sql AS $$
    INSERT INTO hamlet_month AS s (hamlet_id, month, members_joined, members_left, meetings, fund_contributions,
                                   fund_support, fund_expenses)
    SELECT c.hamlet_id, c.month, sum(c.joined), sum(c.left_), sum(c.meetings), sum(c.contributions), sum(c.support),
           sum(c.expenses)
    FROM jsonb_to_recordset(changes) AS c(hamlet_id BIGINT, month DATE, joined BIGINT, left_ BIGINT,
                                          meetings BIGINT, contributions BIGINT, support BIGINT, expenses BIGINT)
    GROUP BY 1, 2
    HAVING sum(c.joined) <> 0 OR sum(c.left_) <> 0 OR sum(c.meetings) <> 0 OR sum(c.contributions) <> 0
        OR sum(c.support) <> 0 OR sum(c.expenses) <> 0
    ORDER BY 1, 2
    ON CONFLICT (hamlet_id, month) DO UPDATE SET
        members_joined = s.members_joined + excluded.members_joined,
        members_left = s.members_left + excluded.members_left,
        meetings = s.meetings + excluded.meetings,
        fund_contributions = s.fund_contributions + excluded.fund_contributions,
        fund_support = s.fund_support + excluded.fund_support,
        fund_expenses = s.fund_expenses + excluded.fund_expenses;
    INSERT INTO hamlet_year AS s (hamlet_id, month, members_joined, members_left, meetings, fund_contributions,
                                  fund_support, fund_expenses)
    SELECT c.hamlet_id, date_trunc('year', c.month)::date, sum(c.joined), sum(c.left_), sum(c.meetings),
           sum(c.contributions), sum(c.support), sum(c.expenses)
    FROM jsonb_to_recordset(changes) AS c(hamlet_id BIGINT, month DATE, joined BIGINT, left_ BIGINT,
                                          meetings BIGINT, contributions BIGINT, support BIGINT, expenses BIGINT)
    GROUP BY 1, 2
    HAVING sum(c.joined) <> 0 OR sum(c.left_) <> 0 OR sum(c.meetings) <> 0 OR sum(c.contributions) <> 0
        OR sum(c.support) <> 0 OR sum(c.expenses) <> 0
    ORDER BY 1, 2
    ON CONFLICT (hamlet_id, month) DO UPDATE SET
        members_joined = s.members_joined + excluded.members_joined,
        members_left = s.members_left + excluded.members_left,
        meetings = s.meetings + excluded.meetings,
        fund_contributions = s.fund_contributions + excluded.fund_contributions,
        fund_support = s.fund_support + excluded.fund_support,
        fund_expenses = s.fund_expenses + excluded.fund_expenses;
$$;

-- Each row as the changes it makes in its group's hamlet: a membership joins in one month and may leave in another.
CREATE FUNCTION membership_changes(rows_json JSONB, sign INTEGER) RETURNS JSONB LANGUAGE sql AS $$
    SELECT COALESCE(jsonb_agg(c), '[]') FROM (
        SELECT g.hamlet_id, date_trunc('month', r.joined_on)::date AS month, sign AS joined, 0 AS left_,
               0 AS meetings, 0 AS contributions, 0 AS support, 0 AS expenses
        FROM jsonb_to_recordset(rows_json) AS r(group_id BIGINT, joined_on DATE, left_on DATE)
        JOIN lgtq_group g ON g.id = r.group_id
        UNION ALL
        SELECT g.hamlet_id, date_trunc('month', r.left_on)::date, 0, sign, 0, 0, 0, 0
        FROM jsonb_to_recordset(rows_json) AS r(group_id BIGINT, joined_on DATE, left_on DATE)
        JOIN lgtq_group g ON g.id = r.group_id
        WHERE r.left_on IS NOT NULL
    ) c;
$$;

CREATE FUNCTION meeting_changes(rows_json JSONB, sign INTEGER) RETURNS JSONB LANGUAGE sql AS $$
    SELECT COALESCE(jsonb_agg(c), '[]') FROM (
        SELECT g.hamlet_id, date_trunc('month', r.held_on)::date AS month, 0 AS joined, 0 AS left_, sign AS meetings,
               0 AS contributions, 0 AS support, 0 AS expenses
        FROM jsonb_to_recordset(rows_json) AS r(group_id BIGINT, held_on DATE)
        JOIN lgtq_group g ON g.id = r.group_id
    ) c;
$$;

CREATE FUNCTION fund_changes(rows_json JSONB, sign INTEGER) RETURNS JSONB LANGUAGE sql AS $$
    SELECT COALESCE(jsonb_agg(c), '[]') FROM (
        SELECT g.hamlet_id, date_trunc('month', r.entry_on)::date AS month, 0 AS joined, 0 AS left_, 0 AS meetings,
               CASE WHEN r.kind = 'CONTRIBUTION' THEN sign * r.amount ELSE 0 END AS contributions,
               CASE WHEN r.kind = 'SUPPORT' THEN sign * r.amount ELSE 0 END AS support,
               CASE WHEN r.kind = 'EXPENSE' THEN sign * r.amount ELSE 0 END AS expenses
        FROM jsonb_to_recordset(rows_json) AS r(group_id BIGINT, entry_on DATE, kind TEXT, amount BIGINT)
        JOIN lgtq_group g ON g.id = r.group_id
    ) c;
$$;

-- One trigger function for the three tables: TG_ARGV[0] names the function that turns rows into changes.
-- The rows pass as JSON so that one function serves every table's transition tables.
CREATE FUNCTION hamlet_month_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes JSONB := '[]';
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        EXECUTE format('SELECT %I($1, 1)', TG_ARGV[0]) INTO changes
            USING (SELECT COALESCE(jsonb_agg(to_jsonb(a)), '[]') FROM added a);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        EXECUTE format('SELECT $1 || %I($2, -1)', TG_ARGV[0]) INTO changes
            USING changes, (SELECT COALESCE(jsonb_agg(to_jsonb(r)), '[]') FROM removed r);
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT %I($1, -1)', TG_ARGV[0]) INTO changes
            USING (SELECT COALESCE(jsonb_agg(to_jsonb(r)), '[]') FROM removed r);
    END IF;
    PERFORM hamlet_month_add(changes);
    RETURN NULL;
END;
$$;

CREATE TRIGGER membership_months_added AFTER INSERT ON group_membership REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('membership_changes');
CREATE TRIGGER membership_months_removed AFTER DELETE ON group_membership REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('membership_changes');
CREATE TRIGGER membership_months_changed AFTER UPDATE ON group_membership
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('membership_changes');
CREATE TRIGGER meeting_months_added AFTER INSERT ON group_meeting REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('meeting_changes');
CREATE TRIGGER meeting_months_removed AFTER DELETE ON group_meeting REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('meeting_changes');
CREATE TRIGGER meeting_months_changed AFTER UPDATE ON group_meeting
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('meeting_changes');
CREATE TRIGGER fund_months_added AFTER INSERT ON fund_entry REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('fund_changes');
CREATE TRIGGER fund_months_removed AFTER DELETE ON fund_entry REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('fund_changes');
CREATE TRIGGER fund_months_changed AFTER UPDATE ON fund_entry
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_rows_changed('fund_changes');

-- A group moved to another hamlet takes what it counted with it.
CREATE FUNCTION group_months_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hamlet_month_add(COALESCE((SELECT jsonb_agg(c) FROM (
        SELECT side.hamlet_id, date_trunc('month', d.day)::date AS month, side.sign * d.joined AS joined,
               side.sign * d.left_ AS left_, side.sign * d.meetings AS meetings,
               side.sign * d.contributions AS contributions, side.sign * d.support AS support,
               side.sign * d.expenses AS expenses
        FROM (SELECT n.id, o.hamlet_id AS old_hamlet, n.hamlet_id AS new_hamlet
              FROM removed o JOIN added n USING (id) WHERE o.hamlet_id <> n.hamlet_id) moved
        CROSS JOIN LATERAL (VALUES (moved.old_hamlet, -1), (moved.new_hamlet, 1)) AS side(hamlet_id, sign)
        JOIN LATERAL (
            SELECT m.joined_on AS day, 1 AS joined, 0 AS left_, 0 AS meetings, 0::bigint AS contributions,
                   0::bigint AS support, 0::bigint AS expenses FROM group_membership m WHERE m.group_id = moved.id
            UNION ALL SELECT m.left_on, 0, 1, 0, 0, 0, 0 FROM group_membership m
                WHERE m.group_id = moved.id AND m.left_on IS NOT NULL
            UNION ALL SELECT m.held_on, 0, 0, 1, 0, 0, 0 FROM group_meeting m WHERE m.group_id = moved.id
            UNION ALL SELECT f.entry_on, 0, 0, 0, CASE WHEN f.kind = 'CONTRIBUTION' THEN f.amount ELSE 0 END,
                   CASE WHEN f.kind = 'SUPPORT' THEN f.amount ELSE 0 END,
                   CASE WHEN f.kind = 'EXPENSE' THEN f.amount ELSE 0 END
                FROM fund_entry f WHERE f.group_id = moved.id
        ) d ON TRUE
    ) c), '[]'));
    RETURN NULL;
END;
$$;

CREATE TRIGGER group_months_moved AFTER UPDATE ON lgtq_group REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION group_months_moved();

CREATE FUNCTION hamlet_month_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE hamlet_year SET
        members_joined = CASE WHEN TG_TABLE_NAME = 'group_membership' THEN 0 ELSE members_joined END,
        members_left = CASE WHEN TG_TABLE_NAME = 'group_membership' THEN 0 ELSE members_left END,
        meetings = CASE WHEN TG_TABLE_NAME = 'group_meeting' THEN 0 ELSE meetings END,
        fund_contributions = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE fund_contributions END,
        fund_support = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE fund_support END,
        fund_expenses = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE fund_expenses END;
    UPDATE hamlet_month SET
        members_joined = CASE WHEN TG_TABLE_NAME = 'group_membership' THEN 0 ELSE members_joined END,
        members_left = CASE WHEN TG_TABLE_NAME = 'group_membership' THEN 0 ELSE members_left END,
        meetings = CASE WHEN TG_TABLE_NAME = 'group_meeting' THEN 0 ELSE meetings END,
        fund_contributions = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE fund_contributions END,
        fund_support = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE fund_support END,
        fund_expenses = CASE WHEN TG_TABLE_NAME = 'fund_entry' THEN 0 ELSE fund_expenses END;
    RETURN NULL;
END;
$$;
CREATE TRIGGER membership_months_truncated AFTER TRUNCATE ON group_membership
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_truncated();
CREATE TRIGGER meeting_months_truncated AFTER TRUNCATE ON group_meeting
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_truncated();
CREATE TRIGGER fund_months_truncated AFTER TRUNCATE ON fund_entry
    FOR EACH STATEMENT EXECUTE FUNCTION hamlet_month_truncated();

-- The rows there are today.
INSERT INTO hamlet_month (hamlet_id, month, members_joined, members_left, meetings, fund_contributions, fund_support,
                          fund_expenses)
SELECT g.hamlet_id, d.month, sum(d.joined), sum(d.left_), sum(d.meetings), sum(d.contributions), sum(d.support),
       sum(d.expenses)
FROM (
    SELECT group_id, date_trunc('month', joined_on)::date AS month, 1 AS joined, 0 AS left_, 0 AS meetings,
           0 AS contributions, 0 AS support, 0 AS expenses FROM group_membership
    UNION ALL SELECT group_id, date_trunc('month', left_on)::date, 0, 1, 0, 0, 0, 0 FROM group_membership
        WHERE left_on IS NOT NULL
    UNION ALL SELECT group_id, date_trunc('month', held_on)::date, 0, 0, 1, 0, 0, 0 FROM group_meeting
    UNION ALL SELECT group_id, date_trunc('month', entry_on)::date, 0, 0, 0,
           CASE WHEN kind = 'CONTRIBUTION' THEN amount ELSE 0 END, CASE WHEN kind = 'SUPPORT' THEN amount ELSE 0 END,
           CASE WHEN kind = 'EXPENSE' THEN amount ELSE 0 END FROM fund_entry
) d JOIN lgtq_group g ON g.id = d.group_id
GROUP BY 1, 2;
INSERT INTO hamlet_year (hamlet_id, month, members_joined, members_left, meetings, fund_contributions, fund_support,
                         fund_expenses)
SELECT hamlet_id, date_trunc('year', month)::date, sum(members_joined), sum(members_left), sum(meetings),
       sum(fund_contributions), sum(fund_support), sum(fund_expenses)
FROM hamlet_month GROUP BY 1, 2;

-- The live edges of a period: members joining or leaving, by day.
CREATE INDEX membership_joined_on_idx ON group_membership (joined_on);
CREATE INDEX membership_left_on_idx ON group_membership (left_on);
CREATE INDEX fund_entry_on_idx ON fund_entry (entry_on);
