package vn.lgtq.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;

/**
 * The JSON the API reads: a key given twice, nesting deeper than any request needs, and strings or numbers
 * longer than any field takes are refused while parsing; every string and every date is checked by
 * {@link InputRules} before a DTO sees it. Each refusal is a 400 problem+json (see {@link ProblemMappers}).
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {
    static final int MAX_NESTING = 32;
    static final int MAX_STRING = 1_000_000;
    static final int MAX_NUMBER = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).build());
        mapper.registerModule(new SimpleModule("lgtq-input").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class || InputRules.isDate(type)) {
                    return new Checked(deserializer);
                }
                return deserializer;
            }
        }));
    }

    /** Reads the value as before, then refuses control characters in strings and dates out of range. */
    static final class Checked extends DelegatingDeserializer {
        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            return check(_delegatee.deserialize(parser, ctxt), ctxt);
        }

        private Object check(Object value, DeserializationContext ctxt) throws IOException {
            String problem = null;
            if (value instanceof String text) {
                problem = InputRules.textProblem(text, true);
            } else if (value instanceof TemporalAccessor temporal) {
                problem = InputRules.dateProblem(temporal);
            }
            if (problem != null) {
                throw InputRules.Rejected.of(ctxt, problem, handledType());
            }
            return value;
        }
    }
}
