package vn.lgtq.tip;

/** Who reported it: the logged-in user, a named informant, someone anonymous, or a citizen on the public page. */
public enum TipSource {
    SELF, INFORMANT, ANONYMOUS, CITIZEN
}
