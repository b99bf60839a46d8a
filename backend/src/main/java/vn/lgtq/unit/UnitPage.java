package vn.lgtq.unit;

import java.util.List;

public record UnitPage(List<UnitDto> items, long total, int page, int size) {
}
