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
public final class AdministrativeCodes {

    /** The 34 province codes in force since 1 July 2025. */
    public java.util.Set<String> provincesInForce() {
        return java.util.Collections.unmodifiableSet(provinces);
    }

    /** The 29 retired pre-2025 province codes, each with its successor(s). */
    public Map<String, List<String>> retiredProvinces() {
        return java.util.Collections.unmodifiableMap(retiredProvinces);
    }

    /** Each 2025 commune code with its 2025 province. */
    public Map<String, String> communeProvinces() {
        return java.util.Collections.unmodifiableMap(communeProvince);
    }

    /** The pre-2025 commune codes (valid on records dated before 1 July 2025). */
    public java.util.Set<String> legacyCommunes() {
        return java.util.Collections.unmodifiableSet(legacyCommunes);
    }

    public Map<String, List<String>> retiredCommunes() {
        return java.util.Collections.unmodifiableMap(retiredCommunes);
    }


    public static final java.time.LocalDate TWO_TIER_START = java.time.LocalDate.of(2025, 7, 1);

    final Set<String> provinces = new HashSet<>();
    final Map<String, String> communeProvince = new HashMap<>();
    final Map<String, List<String>> retiredProvinces = new HashMap<>();
    final Map<String, List<String>> retiredCommunes = new HashMap<>();
    final Set<String> legacyCommunes = new HashSet<>();

    public static AdministrativeCodes load() {
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
            if (parts[0].isBlank()) {
                return; // a pre-2025 commune without a code of its own
            }
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
