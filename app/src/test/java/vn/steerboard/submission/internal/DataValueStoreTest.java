package vn.steerboard.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** COPY's text format: a field's backslash, tab, newline and carriage return cannot end the field or the row. */
class DataValueStoreTest {

    @Test
    void aFieldCannotEndItsFieldOrRow() {
        assertThat(DataValueStore.field(new StringBuilder(), "|01|VN|").toString()).isEqualTo("|01|VN|");
        assertThat(DataValueStore.field(new StringBuilder(), "a\tb\nc\rd\\N").toString()).isEqualTo("a\\tb\\nc\\rd\\\\N");
        assertThat(DataValueStore.field(new StringBuilder(), "Hà Nội").toString()).isEqualTo("Hà Nội");
    }
}
