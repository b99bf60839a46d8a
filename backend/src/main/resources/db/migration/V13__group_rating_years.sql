-- Group ratings per hamlet, year and rank, kept exact by the triggers below in the same transaction as the ratings:
-- the dashboard sums a few rows a hamlet instead of joining ten years of ratings (150,000 for a province) to the
-- groups. Increments, not recounts: two transactions rating groups of one hamlet both land (the upsert takes the row).
CREATE TABLE hamlet_group_rating_year (
    hamlet_id   BIGINT   NOT NULL,
    rating_year INTEGER  NOT NULL,
    rating_rank SMALLINT NOT NULL,
    groups      BIGINT   NOT NULL,
    PRIMARY KEY (hamlet_id, rating_year, rating_rank)
);

-- Ratings added count 1 in their group's hamlet, ratings removed -1; a group moved to another hamlet takes its
-- ratings with it. Only the trigger function sees its transition tables, so it runs the upsert itself, in key order:
-- concurrent writers lock the rows they share in the same order.
CREATE FUNCTION group_rating_years_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added_rows CONSTANT TEXT := 'SELECT g.hamlet_id, r.rating_year, r.rating_rank, 1 AS groups
                                 FROM added r JOIN lgtq_group g ON g.id = r.group_id';
    removed_rows CONSTANT TEXT := 'SELECT g.hamlet_id, r.rating_year, r.rating_rank, -1 AS groups
                                   FROM removed r JOIN lgtq_group g ON g.id = r.group_id';
    changes TEXT;
BEGIN
    changes := CASE
        WHEN TG_TABLE_NAME = 'lgtq_group' THEN '
            SELECT side.hamlet_id, r.rating_year, r.rating_rank, side.sign AS groups
            FROM (SELECT n.id, o.hamlet_id AS old_hamlet, n.hamlet_id AS new_hamlet
                  FROM removed o JOIN added n USING (id) WHERE o.hamlet_id <> n.hamlet_id) moved
            CROSS JOIN LATERAL (VALUES (moved.old_hamlet, -1), (moved.new_hamlet, 1)) AS side(hamlet_id, sign)
            JOIN group_rating r ON r.group_id = moved.id'
        WHEN TG_OP = 'INSERT' THEN added_rows
        WHEN TG_OP = 'DELETE' THEN removed_rows
        ELSE added_rows || ' UNION ALL ' || removed_rows
    END;
    EXECUTE format('
        INSERT INTO hamlet_group_rating_year AS y (hamlet_id, rating_year, rating_rank, groups)
        SELECT hamlet_id, rating_year, rating_rank, sum(groups) FROM (%s) c
        GROUP BY 1, 2, 3 HAVING sum(groups) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (hamlet_id, rating_year, rating_rank) DO UPDATE SET groups = y.groups + excluded.groups',
        changes);
    RETURN NULL;
END;
$$;

CREATE TRIGGER group_ratings_added AFTER INSERT ON group_rating REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION group_rating_years_changed();
CREATE TRIGGER group_ratings_removed AFTER DELETE ON group_rating REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION group_rating_years_changed();
CREATE TRIGGER group_ratings_changed AFTER UPDATE ON group_rating REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION group_rating_years_changed();
CREATE TRIGGER group_rating_years_moved AFTER UPDATE ON lgtq_group REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION group_rating_years_changed();

CREATE FUNCTION group_rating_years_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM hamlet_group_rating_year;
    RETURN NULL;
END;
$$;
CREATE TRIGGER group_ratings_truncated AFTER TRUNCATE ON group_rating
    FOR EACH STATEMENT EXECUTE FUNCTION group_rating_years_truncated();

INSERT INTO hamlet_group_rating_year (hamlet_id, rating_year, rating_rank, groups)
SELECT g.hamlet_id, r.rating_year, r.rating_rank, count(*)
FROM group_rating r JOIN lgtq_group g ON g.id = r.group_id GROUP BY 1, 2, 3;

ANALYZE hamlet_group_rating_year;
