package vn.lgtq.unit;

/** The four levels of the administrative hierarchy; a commune's district is optional since 1 July 2025. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, HAMLET;

    /** Levels a unit of this level may hang under. */
    public boolean acceptsParent(UnitLevel parent) {
        return switch (this) {
            case PROVINCE -> parent == null;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == PROVINCE || parent == DISTRICT;
            case HAMLET -> parent == COMMUNE;
        };
    }
}
