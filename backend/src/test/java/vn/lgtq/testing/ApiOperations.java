package vn.lgtq.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of the published contract (openapi.yaml at the top of the repository). */
public final class ApiOperations {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private ApiOperations() {
    }

    /** One operation: its id, HTTP method, path template and the media type of its body (null without one). */
    public record Operation(String id, String method, String path, String bodyType) {
        public boolean isRead() {
            return method.equals("GET");
        }

        public boolean isPublic() {
            return path.startsWith("/api/v1/public/");
        }
    }

    public static List<Operation> published() {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!METHODS.contains(op.getKey())) {
                        continue;
                    }
                    JsonNode content = op.getValue().path("requestBody").path("content");
                    String bodyType = content.isObject() && content.fieldNames().hasNext()
                            ? content.fieldNames().next() : null;
                    operations.add(new Operation(op.getValue().path("operationId").asText(),
                            op.getKey().toUpperCase(), path.getKey(), bodyType));
                }
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
