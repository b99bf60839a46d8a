package vn.lgtq.reintegration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lgtq.reintegration")
public interface ReintegrationConfig {
    /** AES-256 key (base64) for identities, histories and contact notes; from the environment, never in the database. */
    String key();

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
