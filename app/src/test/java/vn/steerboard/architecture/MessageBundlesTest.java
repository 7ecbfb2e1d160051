package vn.steerboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text a page shows exists in both languages: each bundle named in spring.messages.basename has a Vietnamese
 * and an English file with exactly the same keys, and no value is left empty in one language.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Properties vi = load(basename + "_vi.properties");
            Properties en = load(basename + "_en.properties");
            for (String key : difference(vi, en)) {
                problems.add(basename + ": '" + key + "' is in Vietnamese only");
            }
            for (String key : difference(en, vi)) {
                problems.add(basename + ": '" + key + "' is in English only");
            }
            for (Properties bundle : List.of(vi, en)) {
                bundle.stringPropertyNames().stream().filter(k -> bundle.getProperty(k).isBlank())
                        .forEach(k -> problems.add(basename + ": '" + k + "' is empty in " + (bundle == vi ? "Vietnamese" : "English")));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theBasenamesAreReadFromTheConfiguration() throws IOException {
        assertThat(basenames()).contains("messages", "i18n/programme", "i18n/delivery", "i18n/assessment");
    }

    private static List<String> basenames() throws IOException {
        Matcher m = Pattern.compile("(?m)^\\s*basename:\\s*(\\S+)").matcher(Files.readString(RESOURCES.resolve("application.yml")));
        assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
        return List.of(m.group(1).split(","));
    }

    private static Set<String> difference(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Path file = RESOURCES.resolve(name);
        assertThat(file).as("bundle file " + name).exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
