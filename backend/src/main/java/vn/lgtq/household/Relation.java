package vn.lgtq.household;

/** A person's relation to the head of the household. */
public enum Relation {
    HEAD("Chủ hộ"), SPOUSE("Vợ/chồng"), CHILD("Con"), PARENT("Bố/mẹ"), GRANDCHILD("Cháu"), SIBLING("Anh/chị/em"),
    OTHER("Khác");

    public final String label;

    Relation(String label) {
        this.label = label;
    }
}
