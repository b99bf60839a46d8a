package vn.lgtq.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query and path parameters: no control characters in any of them, and dates (YYYY-MM-DD) that exist and lie in
 * {@link InputRules}' range. A refusal is a 400 problem+json that names the parameter.
 */
@Provider
public class ParamInput implements ParamConverterProvider {

    @ServerRequestFilter
    public void checkParameters(UriInfo uri) {
        MultivaluedMap<String, String> query;
        try {
            query = uri.getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("query", "Chuỗi truy vấn không giải mã được.");
        }
        check(query);
        check(uri.getPathParameters(true));
    }

    private static void check(MultivaluedMap<String, String> params) {
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            InputRules.requireCleanName(param.getKey(), param.getKey());
            for (String value : param.getValue()) {
                InputRules.requireCleanName(param.getKey(), value);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = "date";
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof jakarta.ws.rs.QueryParam query) {
                name = query.value();
            } else if (annotation instanceof jakarta.ws.rs.PathParam path) {
                name = path.value();
            }
        }
        return (ParamConverter<T>) new DateConverter(name);
    }

    /** Public so that the REST layer can instantiate it in generated code. */
    public static class DateConverter implements ParamConverter<LocalDate> {
        private final String name;

        public DateConverter(String name) {
            this.name = name;
        }

        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw refused("ngày phải theo dạng YYYY-MM-DD và có thật");
            }
            String problem = InputRules.dateProblem(date);
            if (problem != null) {
                throw refused(problem);
            }
            return date;
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }

        private WebApplicationException refused(String reason) {
            return new WebApplicationException(ProblemException.invalid(name, "Ngày không hợp lệ: " + reason + ".")
                    .problem().toResponse());
        }
    }
}
