-- PostgreSQL's JIT compiles each figures query for about 200 ms, many times what the query itself
-- costs once warm (see bench/README.md); Steerboard's queries are short aggregates, so it stays off.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END
$$;
