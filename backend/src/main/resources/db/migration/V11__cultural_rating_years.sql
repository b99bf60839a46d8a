-- Cultural-family ratings per hamlet and year, kept exact by the triggers below in the same transaction as the
-- ratings: the dashboard sums a few thousand rows here instead of counting three million ratings.
CREATE TABLE hamlet_cultural_year (
    hamlet_id         BIGINT  NOT NULL,
    rating_year       INTEGER NOT NULL,
    households_rated  BIGINT  NOT NULL,
    cultural_families BIGINT  NOT NULL,
    PRIMARY KEY (hamlet_id, rating_year)
);

CREATE FUNCTION cultural_ratings_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO hamlet_cultural_year (hamlet_id, rating_year, households_rated, cultural_families)
    SELECT hamlet_id, rating_year, count(*), count(*) FILTER (WHERE cultural) FROM added GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (hamlet_id, rating_year) DO UPDATE
        SET households_rated = hamlet_cultural_year.households_rated + excluded.households_rated,
            cultural_families = hamlet_cultural_year.cultural_families + excluded.cultural_families;
    RETURN NULL;
END;
$$;

CREATE FUNCTION cultural_ratings_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE hamlet_cultural_year y
    SET households_rated = y.households_rated - r.n, cultural_families = y.cultural_families - r.cultural
    FROM (SELECT hamlet_id, rating_year, count(*) AS n, count(*) FILTER (WHERE cultural) AS cultural
          FROM removed GROUP BY 1, 2) r
    WHERE y.hamlet_id = r.hamlet_id AND y.rating_year = r.rating_year;
    RETURN NULL;
END;
$$;

-- An update counts as the old rows removed and the new ones added, for the rows whose counted columns changed.
CREATE FUNCTION cultural_ratings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE hamlet_cultural_year y
    SET households_rated = y.households_rated - r.n, cultural_families = y.cultural_families - r.cultural
    FROM (SELECT o.hamlet_id, o.rating_year, count(*) AS n, count(*) FILTER (WHERE o.cultural) AS cultural
          FROM removed o JOIN added n USING (id)
          WHERE (o.hamlet_id, o.rating_year, o.cultural) IS DISTINCT FROM (n.hamlet_id, n.rating_year, n.cultural)
          GROUP BY 1, 2) r
    WHERE y.hamlet_id = r.hamlet_id AND y.rating_year = r.rating_year;
    INSERT INTO hamlet_cultural_year (hamlet_id, rating_year, households_rated, cultural_families)
    SELECT n.hamlet_id, n.rating_year, count(*), count(*) FILTER (WHERE n.cultural)
    FROM removed o JOIN added n USING (id)
    WHERE (o.hamlet_id, o.rating_year, o.cultural) IS DISTINCT FROM (n.hamlet_id, n.rating_year, n.cultural)
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (hamlet_id, rating_year) DO UPDATE
        SET households_rated = hamlet_cultural_year.households_rated + excluded.households_rated,
            cultural_families = hamlet_cultural_year.cultural_families + excluded.cultural_families;
    RETURN NULL;
END;
$$;

CREATE FUNCTION cultural_ratings_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM hamlet_cultural_year;
    RETURN NULL;
END;
$$;

CREATE TRIGGER cultural_ratings_added AFTER INSERT ON household_cultural_rating REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION cultural_ratings_added();
CREATE TRIGGER cultural_ratings_removed AFTER DELETE ON household_cultural_rating REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION cultural_ratings_removed();
CREATE TRIGGER cultural_ratings_changed AFTER UPDATE ON household_cultural_rating
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION cultural_ratings_changed();
CREATE TRIGGER cultural_ratings_truncated AFTER TRUNCATE ON household_cultural_rating
    FOR EACH STATEMENT EXECUTE FUNCTION cultural_ratings_truncated();

INSERT INTO hamlet_cultural_year (hamlet_id, rating_year, households_rated, cultural_families)
SELECT hamlet_id, rating_year, count(*), count(*) FILTER (WHERE cultural) FROM household_cultural_rating GROUP BY 1, 2;
