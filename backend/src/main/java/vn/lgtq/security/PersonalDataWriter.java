package vn.lgtq.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * The JSON writer's side of {@link PersonalData}: a field marked {@link Personal} is written only for a caller whose
 * roles may see its kind; otherwise it is left out (or null, where the type always writes its fields). Outside a
 * request nobody is known, so nothing personal is written.
 */
@Singleton
public class PersonalDataWriter implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("personal-data").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                    List<BeanPropertyWriter> properties) {
                return properties.stream().map(PersonalDataWriter::guarded).toList();
            }
        }));
    }

    private static BeanPropertyWriter guarded(BeanPropertyWriter writer) {
        Personal personal = writer.getAnnotation(Personal.class);
        return personal == null ? writer : new Guarded(writer, personal.value());
    }

    static Set<String> callerRoles() {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return Set.of();
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? Set.of() : identity.getRoles();
    }

    private static final class Guarded extends BeanPropertyWriter {
        private final PersonalData kind;

        Guarded(BeanPropertyWriter base, PersonalData kind) {
            super(base);
            this.kind = kind;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            if (kind.visibleTo(callerRoles())) {
                super.serializeAsField(bean, gen, prov);
            } else if (!_suppressNulls) {
                gen.writeNullField(getName());
            }
        }

        @Override
        public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            if (kind.visibleTo(callerRoles())) {
                super.serializeAsElement(bean, gen, prov);
            } else {
                gen.writeNull();
            }
        }
    }
}
