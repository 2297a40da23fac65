package se.linkoping.lod.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void sizesAreWrittenInThePagesLanguage() {
        assertEquals("812 byte", Sizes.of(812, PageLanguage.SV));
        assertEquals("812 bytes", Sizes.of(812, PageLanguage.EN));
        assertEquals("12,3 kB", Sizes.of(12_345, PageLanguage.SV));
        assertEquals("12.3 kB", Sizes.of(12_345, PageLanguage.EN));
        assertEquals("4,5 MB", Sizes.of(4_500_000, PageLanguage.SV));
        assertEquals("1\u00a0234,6 MB", Sizes.of(1_234_567_890, PageLanguage.SV));
    }
}
