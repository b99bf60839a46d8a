package vn.lgtq.household;

public enum Gender {
    MALE("Nam"), FEMALE("Nữ"), OTHER("Khác");

    public final String label;

    Gender(String label) {
        this.label = label;
    }
}
