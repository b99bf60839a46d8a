package vn.lgtq.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void foldsVietnameseMarksCaseAndSpaces() {
        assertEquals("tinh son la", SearchText.fold("Tỉnh  Sơn La"));
        assertEquals("xa mai son", SearchText.fold("XÃ MAI SƠN"));
        assertEquals("dien bien dong", SearchText.fold("Điện Biên Đông"));
        assertEquals("thi tran hat lot", SearchText.fold(" Thị trấn Hát Lót "));
        assertEquals("", SearchText.fold(null));
    }

    @Test
    void composedAndDecomposedSpellingsFoldAlike() {
        String decomposed = java.text.Normalizer.normalize("Hoà Bình", java.text.Normalizer.Form.NFD);
        assertEquals(SearchText.fold("Hòa Bình"), SearchText.fold(decomposed));
    }
}
