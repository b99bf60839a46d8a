package vn.lgtq.reintegration;

public enum ReintegrationCategory {
    AFTER_COMPULSORY_REHAB, AFTER_VOLUNTARY_REHAB, RELEASED_FROM_PRISON, BACK_FROM_REFORM_SCHOOL, OTHER
}
