package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch's content hash streamed into the digest is the hash of its JSON text, byte for byte: the idempotency keys
 * stored before (over writeValueAsString in UTF-8, or writeValueAsBytes) still match the same batch sent again.
 */
class JsonDigestTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theStreamedHashIsTheHashOfTheJsonText() throws Exception {
        List<Object> contents = new ArrayList<>();
        contents.add(Map.of("values", List.of()));
        contents.add(List.of("Thành phố Hà Nội", "Thành phố Hà Nội", "Đắk Lắk", "Thừa Thiên Huế"));
        contents.add(List.of("\"quoted\" \\ back\\slash", "tab\tnew\nline\u0001\u001f", "\u2028\u2029 \u202e", "🇻🇳 😀 𝔸"));
        contents.add(java.util.Arrays.asList(null, true, false, 0, -1, Long.MAX_VALUE, 0.1, 1e-7, 1.0E300, -0.0));
        Random random = new Random(11);
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("element", "E" + random.nextInt(50));
            value.put("unit", String.format("%05d", random.nextInt(99_999)));
            value.put("period", "2026-" + (1 + random.nextInt(12)));
            value.put("value", random.nextDouble() * 1_000_000);
            value.put("note", random.nextBoolean() ? "Ghi chú số " + i + " — đã rà soát" : null);
            values.add(value);
        }
        contents.add(Map.of("values", values));
        for (Object content : contents) {
            String text = hex(json.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
            assertThat(JsonDigest.sha256(json, content)).as("%.80s", content).isEqualTo(text)
                    .isEqualTo(hex(json.writeValueAsBytes(content)));
        }
    }

    private static String hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
