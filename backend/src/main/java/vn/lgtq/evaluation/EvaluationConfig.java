package vn.lgtq.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The yearly evaluations' settings. */
@ConfigMapping(prefix = "lgtq.evaluation")
public interface EvaluationConfig {
    /** The levels of a group's rating, best first. */
    @WithDefault("Tốt,Khá,Trung bình,Yếu")
    List<String> groupRatingScale();

    /** How many of the top levels count as "good or better". */
    @WithDefault("1")
    int goodOrBetterLevels();
}
