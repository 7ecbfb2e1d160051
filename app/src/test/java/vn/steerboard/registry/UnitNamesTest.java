package vn.steerboard.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void officialFormIsNfcWithTheAsciiApostrophe() {
        assertThat(UnitNames.official("Xã  M’Drắk ")).isEqualTo("Xã M'Drắk");
        assertThat(UnitNames.official(Normalizer.normalize("Xã Thái Hòa", Normalizer.Form.NFD))).isEqualTo("Xã Thái Hòa");
        assertThat(Normalizer.isNormalized(UnitNames.official("Phường B’Lao"), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void keyFoldsBothTonePlacementConventions() {
        assertThat(UnitNames.key("Xã Thái Hoà")).isEqualTo(UnitNames.key("Xã Thái Hòa"));
        assertThat(UnitNames.key("Xã Giao Thuỷ")).isEqualTo(UnitNames.key("Xã Giao Thủy"));
        assertThat(UnitNames.key("Phường Nguyễn Uý")).isEqualTo(UnitNames.key("Phường Nguyễn Úy"));
        assertThat(UnitNames.key("Xã Qúy Sơn")).isEqualTo(UnitNames.key("Xã Quý Sơn"));
        assertThat(UnitNames.key("xã Bắc Sơn")).isEqualTo(UnitNames.key("Xã Bắc Sơn"));
        assertThat(UnitNames.key("Xã Cư M’gar")).isEqualTo(UnitNames.key("Xã Cư M'gar"));
        assertThat(UnitNames.key(Normalizer.normalize("Xã  Chiêm Hoá", Normalizer.Form.NFD)))
                .isEqualTo(UnitNames.key("Xã Chiêm Hóa"));
    }

    @Test
    void keyKeepsEveryOtherMark() {
        assertThat(UnitNames.key("Xã Sơn Hà")).isNotEqualTo(UnitNames.key("Xã Sơn Hạ"));
        assertThat(UnitNames.key("Xã Đông Hòa")).isNotEqualTo(UnitNames.key("Xã Dong Hoa"));
        assertThat(UnitNames.key("Xã Hòa An")).isNotEqualTo(UnitNames.key("Xã Hoa An"));
    }

    @Test
    void looseDropsAllDiacriticsAndFoldsApostrophes() {
        assertThat(UnitNames.loose("Xã Thái Hoà")).isEqualTo("xa thai hoa").isEqualTo(UnitNames.loose("xa  THAI hoa"));
        assertThat(UnitNames.loose("Đặc khu Phú Quốc")).isEqualTo("dac khu phu quoc");
        assertThat(UnitNames.loose("Xã M’Drắk")).isEqualTo(UnitNames.loose("xa m'drak"));
    }
}
