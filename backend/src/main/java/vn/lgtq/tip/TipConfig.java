package vn.lgtq.tip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lgtq.tips")
public interface TipConfig {
    /** AES-256 key (base64) that encrypts informants; from the environment, never in the database. */
    String informantKey();

    /** A tip still new after this many hours is flagged overdue in the inbox. */
    @WithDefault("24")
    int triageHours();

    @WithDefault("5242880")
    int photoMaxBytes();

    @WithDefault("5")
    int photosPerTip();

    /** Width × height above which a photo is refused before it is decoded (a small file can hold a huge picture). */
    @WithDefault("40000000")
    long photoMaxPixels();

    /** Requests to the public tip page per client and minute; filing and messages count 5 each. */
    @WithDefault("60")
    int publicRequestsPerMinute();
}
