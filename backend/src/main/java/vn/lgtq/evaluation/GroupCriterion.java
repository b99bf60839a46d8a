package vn.lgtq.evaluation;

/** What a group did in the year, as checked when it is rated. */
public enum GroupCriterion {
    REGULAR_MEETINGS, TIPS_PROVIDED, DISPUTES_MEDIATED, PATROLS_JOINED, COMMITMENTS_SIGNED, NO_SOCIAL_EVILS
}
