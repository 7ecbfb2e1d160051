package vn.steerboard.quality.engine.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Province and commune codes in force since 1 July 2025 and the retired pre-2025 codes with their
 * successors, derived from the official lists in ../shared/data (General Statistics Office codes).
 */
final class AdministrativeCodes {

    static final java.time.LocalDate TWO_TIER_START = java.time.LocalDate.of(2025, 7, 1);

    final Set<String> provinces = new HashSet<>();
    final Map<String, String> communeProvince = new HashMap<>();
    final Map<String, List<String>> retiredProvinces = new HashMap<>();
    final Map<String, List<String>> retiredCommunes = new HashMap<>();
    final Set<String> legacyCommunes = new HashSet<>();

    static AdministrativeCodes load() {
        AdministrativeCodes codes = new AdministrativeCodes();
        read("provinces-2025.txt", line -> codes.provinces.add(line));
        read("communes-2025.txt", line -> {
            String[] parts = line.split(",");
            codes.communeProvince.put(parts[0], parts[1]);
        });
        read("provinces-retired.txt", line -> {
            String[] parts = line.split(",", -1);
            codes.retiredProvinces.put(parts[0], parts[1].isBlank() ? List.of() : List.of(parts[1].split(" ")));
        });
        read("communes-retired.txt", line -> {
            String[] parts = line.split(",", -1);
            codes.legacyCommunes.add(parts[0]);
            codes.retiredCommunes.put(parts[0], parts[2].isBlank() ? List.of() : List.of(parts[2].split(" ")));
        });
        return codes;
    }

    private static void read(String name, Consumer<String> line) {
        try (InputStream in = AdministrativeCodes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Dictionary resource " + name + " is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).forEach(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
