package vn.lgtq.tip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "lgtq.tips")
public interface TipConfig {
    /**
     * Master key 1 (32 bytes, base64) for informants, from the environment ({@code LGTQ_TIPS_INFORMANT_KEY}), never
     * in the database; the only key before key ids. May be left out once no value is sealed under key 1.
     */
    Optional<String> informantKey();

    /** More master keys, "id:base64" (ids 2–255), e.g. {@code LGTQ_TIPS_INFORMANT_KEYS=2:...=}; old ones stay to decrypt. */
    Optional<List<String>> informantKeys();

    /** The key id new values are sealed under; {@code make rotate-keys} moves older values to it. */
    @WithDefault("1")
    int informantKeyId();

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
}
