package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldRemovesDiacriticsCaseAndDStroke() {
        assertThat(VietnameseText.fold("Thành phố Hà Nội")).isEqualTo("thanh pho ha noi");
        assertThat(VietnameseText.fold("ĐẮK LẮK")).isEqualTo("dak lak");
        assertThat(VietnameseText.fold("  Phường   Ba   Đình ")).isEqualTo("phuong ba dinh");
    }

    @Test
    void foldTreatsDecomposedInputLikeComposed() {
        String decomposed = Normalizer.normalize("Huế", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("hue");
    }

    @Test
    void cleanStoresNfc() {
        String decomposed = Normalizer.normalize("Nguyễn Văn Ấn", Normalizer.Form.NFD);
        assertThat(VietnameseText.isNfc(decomposed)).isFalse();
        assertThat(VietnameseText.clean(decomposed)).isEqualTo("Nguyễn Văn Ấn");
        assertThat(VietnameseText.isNfc(VietnameseText.clean(decomposed))).isTrue();
    }

    @Test
    void sortKeysOrderTheVietnameseWay() {
        List<String> names = new ArrayList<>(List.of("Đồng Nai", "Gia Lai", "Cà Mau", "An Giang", "Điện Biên",
                "Ăn Quả", "Âu Cơ", "Bắc Ninh", "Đà Nẵng"));
        names.sort(Comparator.comparing(VietnameseText::sortKey));
        assertThat(names).containsExactly("An Giang", "Ăn Quả", "Âu Cơ", "Bắc Ninh", "Cà Mau", "Đà Nẵng",
                "Điện Biên", "Đồng Nai", "Gia Lai");
    }
}
