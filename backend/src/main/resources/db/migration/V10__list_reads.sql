-- Indexes in the order the lists are read: a province page walks the index and stops after its rows instead of
-- sorting every row in scope (300,000 households, 400,000 patrols).
CREATE INDEX household_code_idx ON household (code, id);
CREATE INDEX household_head_name_idx ON household (head_name, id);
CREATE INDEX patrol_started_idx ON patrol (started_at, id);
CREATE INDEX propaganda_session_held_idx ON propaganda_session (held_on, id);
CREATE INDEX tip_hamlet_idx ON tip (hamlet_id, created_at);
-- The dashboard counts members on a date (left later or not at all); the partial index serves only today's members.
CREATE INDEX membership_group_idx ON group_membership (group_id, joined_on);

-- Name search: search_text is already folded (no marks, lower case), so a trigram index serves LIKE '%…%'.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX household_search_trgm_idx ON household USING gin (search_text gin_trgm_ops);

-- Rows per hamlet of the long lists, kept exact by the triggers below in the same transaction as the rows: the
-- total of a province page is a sum over its 3,000 hamlets instead of a count over 300,000 rows.
CREATE TABLE hamlet_row_count (
    list      VARCHAR(32) NOT NULL,
    hamlet_id BIGINT      NOT NULL,
    row_count BIGINT      NOT NULL,
    PRIMARY KEY (list, hamlet_id)
);

CREATE FUNCTION hamlet_rows_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO hamlet_row_count (list, hamlet_id, row_count)
    SELECT TG_ARGV[0], hamlet_id, count(*) FROM added GROUP BY hamlet_id ORDER BY hamlet_id
    ON CONFLICT (list, hamlet_id) DO UPDATE SET row_count = hamlet_row_count.row_count + excluded.row_count;
    RETURN NULL;
END;
$$;

CREATE FUNCTION hamlet_rows_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE hamlet_row_count c SET row_count = c.row_count - r.n
    FROM (SELECT hamlet_id, count(*) AS n FROM removed GROUP BY hamlet_id) r
    WHERE c.list = TG_ARGV[0] AND c.hamlet_id = r.hamlet_id;
    RETURN NULL;
END;
$$;

-- Only rows that moved to another hamlet change the counts; other updates write nothing.
CREATE FUNCTION hamlet_rows_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM removed o JOIN added n USING (id) WHERE o.hamlet_id <> n.hamlet_id) THEN
        UPDATE hamlet_row_count c SET row_count = c.row_count - r.n
        FROM (SELECT o.hamlet_id, count(*) AS n FROM removed o JOIN added n USING (id)
              WHERE o.hamlet_id <> n.hamlet_id GROUP BY 1) r
        WHERE c.list = TG_ARGV[0] AND c.hamlet_id = r.hamlet_id;
        INSERT INTO hamlet_row_count (list, hamlet_id, row_count)
        SELECT TG_ARGV[0], n.hamlet_id, count(*) FROM removed o JOIN added n USING (id)
        WHERE o.hamlet_id <> n.hamlet_id GROUP BY 2 ORDER BY 2
        ON CONFLICT (list, hamlet_id) DO UPDATE SET row_count = hamlet_row_count.row_count + excluded.row_count;
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION hamlet_rows_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM hamlet_row_count WHERE list = TG_ARGV[0];
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    counted TEXT;
BEGIN
    FOREACH counted IN ARRAY ARRAY['household', 'patrol', 'propaganda_session'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_rows_added AFTER INSERT ON %1$s REFERENCING NEW TABLE AS added'
            ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_rows_added(%1$L)', counted);
        EXECUTE format('CREATE TRIGGER %1$s_rows_removed AFTER DELETE ON %1$s REFERENCING OLD TABLE AS removed'
            ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_rows_removed(%1$L)', counted);
        EXECUTE format('CREATE TRIGGER %1$s_rows_moved AFTER UPDATE ON %1$s REFERENCING OLD TABLE AS removed'
            ' NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION hamlet_rows_moved(%1$L)', counted);
        EXECUTE format('CREATE TRIGGER %1$s_rows_truncated AFTER TRUNCATE ON %1$s'
            ' FOR EACH STATEMENT EXECUTE FUNCTION hamlet_rows_truncated(%1$L)', counted);
        EXECUTE format('INSERT INTO hamlet_row_count (list, hamlet_id, row_count)'
            ' SELECT %1$L, hamlet_id, count(*) FROM %1$s GROUP BY hamlet_id', counted);
    END LOOP;
END;
$$;
