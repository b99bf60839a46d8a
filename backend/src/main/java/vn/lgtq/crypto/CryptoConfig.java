package vn.lgtq.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The key rotation. The keys themselves are configured per feature: {@code lgtq.tips.informant-key(s|-id)},
 * {@code lgtq.reintegration.key(s|-id)}.
 */
@ConfigMapping(prefix = "lgtq.crypto")
public interface CryptoConfig {
    /** Re-encrypt every sealed value not yet under the current key, in the background after startup. */
    @WithDefault("false")
    boolean rotateOnStart();

    /** Stop the application when the rotation is over (exit code 0, or 1 if some value did not open): a one-off run. */
    @WithDefault("false")
    boolean exitAfterRotation();

    /** Rows per transaction: short transactions, so the application keeps running during a rotation. */
    @WithDefault("500")
    int rotationBatchSize();
}
