package vn.lgtq.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Paging and sorting query parameters shared by every list endpoint. */
public class PageParams {
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    public int size;

    /** A field name, optionally prefixed with "-" for descending order. */
    @QueryParam("sort")
    @Pattern(regexp = "-?[a-zA-Z]+")
    public String sort;

    public boolean descending() {
        return sort != null && sort.startsWith("-");
    }

    public String sortField(String fallback) {
        return sort == null ? fallback : sort.replaceFirst("^-", "");
    }
}
