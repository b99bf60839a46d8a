package vn.lgtq.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

/** Access tokens shaped like Keycloak's for realm lgtq, signed with the test-only key the %test profile trusts. */
public final class TestTokens {
    private static final PrivateKey KEY = readKey();

    private TestTokens() {
    }

    public static String token(String username, String unitCode, String... roles) {
        var builder = Jwt.issuer("lgtq-test").audience("lgtq-api").subject(username)
                .claim("preferred_username", username)
                .claim("name", "Cán bộ " + username)
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (unitCode != null) {
            builder.claim("unit_code", unitCode);
        }
        return builder.expiresIn(600).sign(KEY);
    }

    private static PrivateKey readKey() {
        try {
            return KeyUtils.readPrivateKey("/test-token-key.pem");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the test signing key", e);
        }
    }
}
