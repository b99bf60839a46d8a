package vn.lgtq.mediation;

public enum MediatorRole {
    GROUP_LEADER, HAMLET_LEADER, MEDIATION_TEAM_MEMBER, OTHER
}
