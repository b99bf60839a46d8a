package vn.lgtq.reintegration;

/** How closely the person is followed; each level has its contact interval in configuration. */
public enum SupportLevel {
    LOW, MEDIUM, HIGH;

    int contactDays(ReintegrationConfig config) {
        return switch (this) {
            case LOW -> config.contactDays().low();
            case MEDIUM -> config.contactDays().medium();
            case HIGH -> config.contactDays().high();
        };
    }
}
