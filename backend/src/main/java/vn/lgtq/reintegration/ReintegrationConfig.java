package vn.lgtq.reintegration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "lgtq.reintegration")
public interface ReintegrationConfig {
    /**
     * Master key 1 (32 bytes, base64) for identities, histories and notes, from the environment
     * ({@code LGTQ_REINTEGRATION_KEY}), never in the database; may be left out once nothing is sealed under key 1.
     */
    Optional<String> key();

    /** More master keys, "id:base64" (ids 2–255), e.g. {@code LGTQ_REINTEGRATION_KEYS=2:...=}; old ones stay to decrypt. */
    Optional<List<String>> keys();

    /** The key id new values are sealed under (and the blind index computed with). */
    @WithDefault("1")
    int keyId();

    ContactDays contactDays();

    /** How long a break-glass grant lets an officer read a case outside their scope. */
    @WithDefault("60")
    int breakGlassMinutes();

    /** Days between two contacts, by support level. */
    interface ContactDays {
        @WithDefault("90")
        int low();

        @WithDefault("30")
        int medium();

        @WithDefault("14")
        int high();
    }
}
