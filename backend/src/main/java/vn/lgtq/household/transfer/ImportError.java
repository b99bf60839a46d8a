package vn.lgtq.household.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One problem of an imported file: the spreadsheet row and column header it is in")
public record ImportError(
        @Schema(description = "Row number as the spreadsheet shows it (1 = first line); null for the whole file")
        Integer row,
        @Schema(description = "Column header; null when the problem is not in one column") String column,
        String message) {
}
