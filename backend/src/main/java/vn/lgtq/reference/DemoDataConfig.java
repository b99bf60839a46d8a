package vn.lgtq.reference;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data loaded on the first start of a database (never in production). */
@ConfigMapping(prefix = "lgtq.demo-data")
public interface DemoDataConfig {
    /** Whether to load demo data at all (the made-up hamlets the demo logins and browser tests use). */
    boolean enabled();

    /**
     * How much: {@code small} only the few demo hamlets, groups and households; {@code son-la} those first, then a
     * Sơn La-size data set (about 3,000 made-up hamlets, 300,000 households and ten years of activity).
     */
    @WithDefault("small")
    Size size();

    enum Size {
        SMALL, SON_LA
    }
}
