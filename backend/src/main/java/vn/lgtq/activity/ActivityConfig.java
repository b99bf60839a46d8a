package vn.lgtq.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lgtq.activity")
public interface ActivityConfig {
    /** A group whose last meeting (else founding, else creation) is longer ago than this is overdue. */
    @WithDefault("2")
    int meetingIntervalMonths();
}
