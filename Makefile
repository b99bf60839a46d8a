SHELL := /bin/bash
.PHONY: run stop test e2e openapi reset bench rotate-keys

# Demo data for `make run`: son-la (about 3,000 made-up hamlets and ten years of activity, generated once per
# database) or small (the few demo hamlets the browser tests use): `make run DEMO=small`.
DEMO ?= son-la

# The whole system on this machine (PostgreSQL, Keycloak, backend, SPA), in the foreground.
run:
	@DEMO=$(DEMO) bash scripts/run.sh

stop:
	@bash scripts/stop.sh

test:
	cd backend && ./mvnw -B verify
	npm --prefix frontend ci --no-audit --no-fund
	npm --prefix frontend run typecheck
	npm --prefix frontend test
	npm --prefix frontend run lint:openapi
	bash scripts/need.sh docker-compose docker-compose
	docker-compose --env-file .env.example -f docker-compose.yml config -q
	bash scripts/e2e.sh

e2e:
	bash scripts/e2e.sh

# Re-encrypts every sealed value under the current key ids, in batches while the system runs (README.md, "Keys and
# rotation"). With the backend's settings exported, against that database; without, the local one with new local keys.
rotate-keys:
	@bash scripts/rotate-keys.sh

# Rewrites openapi.yaml from what the backend serves.
openapi:
	cd backend && ./mvnw -B -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml

# Deletes local databases (PostgreSQL data and the imported realm) so the next `make run` starts fresh.
reset: stop
	rm -rf .run/pgdata .run/e2e-pgdata .run/keycloak-*/data/h2 .run/e2e-keycloak

# Imports a generated file of 300,000 households (about 1.1 million people) a few times on the embedded
# PostgreSQL, then reads the dashboard and every read of the performance targets (ReadBench) on the Sơn La-size
# demo data, kept in .run/bench-pgdata between runs, and prints medians and p95/p99; then soaks the API
# (SoakBench: 100,000 requests from 32 clients, file descriptors, threads and heap before and after); not part of
# `make test`. Throughput is measured with wrk (installed from Debian if missing). Options: BENCH_RUNS (default 3), BENCH (one class, e.g. `make bench BENCH=SoakBench`),
# SOAK_REQUESTS (default 100000), SCALE=N: ReadBench alone on Sơn La and N-1 more provinces of Sơn La-size made-up
# data in their real communes (kept in .run/bench-pgdata-scaleN), with the national dashboard and the database size.
bench:
	mkdir -p .run
	bash scripts/need.sh wrk wrk
	cd backend && ./mvnw -B -Pbench test -Dbench.runs=$${BENCH_RUNS:-3} \
		$(if $(BENCH),-Dtest=$(BENCH),$(if $(SCALE),-Dtest=ReadBench)) $(if $(SCALE),-Dbench.scale=$(SCALE)) \
		-Dbench.pgdata=$(CURDIR)/.run/bench-pgdata$(if $(filter-out 1,$(SCALE)),-scale$(SCALE)) \
		$(if $(SOAK_REQUESTS),-Dsoak.requests=$(SOAK_REQUESTS))
