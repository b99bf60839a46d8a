package vn.lgtq.unit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ScopeFunctionsTest {
    @Test
    void aFewIdsGoAsAnInListMoreAsOneArray() {
        Map<String, Object> params = new HashMap<>();
        assertEquals("h.hamletId in :units", ScopeFunctions.inScope("h.hamletId", "units", Set.of(7L, 9L), params));
        assertEquals(Set.of(7L, 9L), Set.copyOf((List<?>) params.get("units")));

        List<Long> many = LongStream.rangeClosed(1, ScopeFunctions.FEW_IDS + 1).boxed().toList();
        assertEquals("in_scope(id, :scope)", ScopeFunctions.inScope("id", "scope", many, params));
        assertArrayEquals(many.toArray(Long[]::new), (Long[]) params.get("scope"));
    }

    @Test
    void noIdsMatchNothingThroughTheArray() {
        Map<String, Object> params = new HashMap<>();
        assertEquals("in_scope(id, :scope)", ScopeFunctions.inScope("id", "scope", Set.of(), params));
        assertEquals(0, ((Long[]) params.get("scope")).length);
    }
}
