package vn.lgtq.error;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the published contract: every operation gets a stable operationId derived from its path
 * ("listCommunes", "getCommune", "retireCommune", "listUnitChildren") and the problem+json responses it can answer.
 */
public class OpenApiContract implements OASFilter {
    private static final String PREFIX = "/api/v1/";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input (problem+json with errors[])",
            "401", "Missing or invalid token",
            "403", "The caller's role lacks the right",
            "404", "Not found or outside the caller's scope",
            "409", "Duplicate code or stale version",
            "413", "The body is larger than the limit",
            "415", "The body is not of a supported media type",
            "429", "Too many requests from this client; see Retry-After",
            "500", "Unexpected failure");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        // The Problem response component only exists to make the Problem schema generated; operations inline it.
        if (openAPI.getComponents() != null) {
            openAPI.getComponents().setResponses(null);
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(PREFIX)) {
                item.getOperations().forEach((method, operation) -> complete(path, method, operation));
            }
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getOperationId() == null) {
            String id = operationId(path.substring(PREFIX.length()).split("/"), method);
            operation.setOperationId(id);
            operation.setSummary(humanize(id));
        }
        ERRORS.forEach((status, description) -> {
            if (applies(status, path, method, operation.getRequestBody() != null)) {
                operation.getResponses().addAPIResponse(status, problem(description));
            }
        });
        // A stable order keeps the published file identical from build to build.
        operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
    }

    /** "listUnitChildren" → "List unit children". */
    private static String humanize(String operationId) {
        String words = operationId.replaceAll("([A-Z])", " $1").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean applies(String status, String path, PathItem.HttpMethod method, boolean hasBody) {
        return switch (status) {
            case "404" -> path.contains("{");
            case "409" -> method != PathItem.HttpMethod.GET;
            case "413", "415" -> hasBody;
            case "429" -> path.startsWith(PREFIX + "public/");
            default -> true;
        };
    }

    private static String operationId(String[] segments, PathItem.HttpMethod method) {
        String collection = capitalize(segments[0]);
        String singular = collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
        if (segments.length == 1) {
            return method == PathItem.HttpMethod.POST ? "create" + singular : "list" + collection;
        }
        if (segments.length == 2) {
            return method.name().toLowerCase().replace("put", "update") + singular;
        }
        String action = segments[segments.length - 1];
        return method == PathItem.HttpMethod.GET ? "list" + singular + capitalize(action) : action + singular;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
