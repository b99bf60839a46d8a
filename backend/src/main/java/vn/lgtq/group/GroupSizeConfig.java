package vn.lgtq.group;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The usual number of households in a group; outside it the group is flagged, not refused. */
@ConfigMapping(prefix = "lgtq.group.size")
public interface GroupSizeConfig {
    @WithDefault("5")
    int min();

    @WithDefault("30")
    int max();
}
