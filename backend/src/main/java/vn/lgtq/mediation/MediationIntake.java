package vn.lgtq.mediation;

/** How the case reached the group: a party asked, the group noticed it, or the commune sent it down. */
public enum MediationIntake {
    PARTY_REQUEST, GROUP_NOTICED, COMMUNE_REFERRAL
}
