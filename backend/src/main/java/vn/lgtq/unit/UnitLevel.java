package vn.lgtq.unit;

/**
 * The levels of the administrative hierarchy, the country above the provinces; a commune's district is optional since
 * 1 July 2025.
 */
public enum UnitLevel {
    COUNTRY, PROVINCE, DISTRICT, COMMUNE, HAMLET;

    /** Levels a unit of this level may hang under. */
    public boolean acceptsParent(UnitLevel parent) {
        return switch (this) {
            case COUNTRY -> parent == null;
            case PROVINCE -> parent == COUNTRY;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == PROVINCE || parent == DISTRICT;
            case HAMLET -> parent == COMMUNE;
        };
    }
}
