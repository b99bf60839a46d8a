package vn.lgtq.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.lgtq.reference.SonLaDemo;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;

/**
 * `make bench`: generates the Sơn La-size demo data on the embedded PostgreSQL, then reads the dashboard and its
 * workbook through HTTP as the province officer, a few times per view, and prints the medians. Run only by the Maven
 * profile `bench`, never by `make test`.
 */
@QuarkusTest
class DashboardBench {
    private static final int RUNS = Integer.getInteger("bench.runs", 3);

    @Inject
    SonLaDemo demo;

    @Test
    void readTheDashboardOnSonLaSizeData() {
        long start = System.nanoTime();
        demo.loadOnce();
        System.out.printf(Locale.ROOT, "%nbench: Sơn La-size demo data generated in %.1f s%n", seconds(start));
        long province = Callers.province().get("/api/v1/dashboard").then().extract().jsonPath().getLong("unit.id");
        long commune = TestUnits.current("04105");
        long hamlet = TestUnits.current("04105-TK20");
        median("province, ten years", province, "2017-01-01", "2026-11-28", "/api/v1/dashboard");
        median("province, one year", province, "2026-01-01", "2026-11-28", "/api/v1/dashboard");
        median("commune 04105, ten years", commune, "2017-01-01", "2026-11-28", "/api/v1/dashboard");
        median("Tiểu khu 20, ten years", hamlet, "2017-01-01", "2026-11-28", "/api/v1/dashboard");
        median("province workbook, ten years", province, "2017-01-01", "2026-11-28", "/api/v1/dashboard/report");
        System.out.println();
    }

    private static void median(String view, long unitId, String from, String to, String path) {
        List<Double> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            RequestSpecification caller = Callers.province();
            long start = System.nanoTime();
            int status = caller.queryParam("unitId", unitId).queryParam("from", from).queryParam("to", to).get(path)
                    .then().extract().statusCode();
            runs.add(seconds(start));
            assertEquals(200, status, view);
        }
        runs.sort(null);
        int middle = runs.size() / 2;
        double median = runs.size() % 2 == 1 ? runs.get(middle) : (runs.get(middle - 1) + runs.get(middle)) / 2;
        System.out.printf(Locale.ROOT, "bench: dashboard %s: median of %d runs %.2f s (fastest %.2f s)%n", view,
                RUNS, median, runs.get(0));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
