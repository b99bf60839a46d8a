package vn.lgtq.activity;

public enum PropagandaChannel {
    MEETING, LOUDSPEAKER, DOOR_TO_DOOR, OTHER
}
