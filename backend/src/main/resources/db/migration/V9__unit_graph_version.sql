-- The backend keeps the unit graph (parents, former districts, predecessors) and the unit codes in memory to
-- resolve every caller's scope without walking the graph in SQL. Every change to `unit` or `unit_predecessor`
-- stamps the graph with a new number; a request compares it with the number of the graph it holds and reloads
-- on a difference. The number comes from a sequence, so a rolled-back change never hands out a number that a
-- later, different graph could reuse.
CREATE SEQUENCE unit_graph_version_seq;

CREATE TABLE unit_graph_version (
    single  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single),
    version BIGINT NOT NULL
);
INSERT INTO unit_graph_version (version) VALUES (nextval('unit_graph_version_seq'));

CREATE FUNCTION unit_graph_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE unit_graph_version SET version = nextval('unit_graph_version_seq');
    RETURN NULL;
END;
$$;

CREATE TRIGGER unit_graph_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit
    FOR EACH STATEMENT EXECUTE FUNCTION unit_graph_changed();
CREATE TRIGGER unit_graph_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_predecessor
    FOR EACH STATEMENT EXECUTE FUNCTION unit_graph_changed();
