package vn.lgtq.household.transfer;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestTokens;

/** Household files for the tests, and uploading them and waiting for the import to finish. */
final class ImportFiles {
    static final String HEADER = "Mã hộ*,Địa chỉ,Số điện thoại,Nhóm số,Họ và tên*,Quan hệ với chủ hộ*,"
            + "Ngày sinh (dd/mm/yyyy) hoặc năm sinh,Giới tính,Số CCCD";
    static final String XLSX = FileFormat.XLSX_TYPE;
    private static final Set<String> FINISHED = Set.of("DONE", "REJECTED", "FAILED");

    /** The commune the tests make their hamlets in: no other test lists its units. */
    static final String COMMUNE = "03670";

    private ImportFiles() {
    }

    /** A commune officer of {@link #COMMUNE}. */
    static RequestSpecification officer() {
        return Callers.as("chiengcoi", COMMUNE, "commune-officer");
    }

    static String officerToken() {
        return TestTokens.token("chiengcoi", COMMUNE, "commune-officer");
    }

    /** A CSV file with the template's header and these lines, as Excel saves it (BOM, CRLF). */
    static byte[] csv(String... lines) {
        return ("\uFEFF" + HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook of these rows (the first is the header); Integer and LocalDate values become number cells. */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value instanceof java.time.LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ValidatableResponse upload(RequestSpecification caller, long hamletId, String fileName, byte[] content,
            String mediaType) {
        return caller.contentType("multipart/form-data").multiPart("file", fileName, content, mediaType)
                .post("/api/v1/hamlets/" + hamletId + "/household-imports").then();
    }

    /**
     * Uploads a large file with the JDK's client (RestAssured takes many seconds to encode tens of megabytes);
     * answers the status and body.
     */
    static HttpResponse<String> uploadLarge(String token, long hamletId, byte[] content) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
            body.write(("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ho.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(content);
            body.write("\r\n--b0undary--\r\n".getBytes(StandardCharsets.US_ASCII));
            URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/hamlets/" + hamletId
                    + "/household-imports");
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=b0undary")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads the file as the commune officer and waits for the import to end. */
    static JsonPath importCsv(long hamletId, byte[] content) {
        return await(upload(officer(), hamletId, "ho-gia-dinh.csv", content, "text/csv")
                .statusCode(202).extract().jsonPath().getString("id"));
    }

    /** Polls the job until it is finished. */
    static JsonPath await(String jobId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath job = officer().get("/api/v1/household-imports/" + jobId).then().statusCode(200)
                    .body("id", equalTo(jobId)).extract().jsonPath();
            if (FINISHED.contains(job.getString("status"))) {
                return job;
            }
            assertTrue(Instant.now().isBefore(deadline), "import " + jobId + " did not finish: " + job.prettify());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
