package vn.steerboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * UI text lives in the message bundles, in Vietnamese and English (DESIGN.md): no Vietnamese text sits in a Java
 * string literal or in a template's visible text. Vietnamese words a file needs as data, not as UI, are allowed by
 * file with the reason; the files that still carry UI text are listed apart, and that list may only shrink.
 */
class UiTextInBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/steerboard");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** A letter only Vietnamese uses among the languages shown here: tone marks, ă, â, ê, ô, ơ, ư, đ. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);

    /** Files whose Vietnamese words are data (official names, legal citations, accepted input words, demo content). */
    static final Map<String, String> DATA = Map.ofEntries(
            Map.entry("demo/internal/DemoIndicators.java", "synthetic demo content"),
            Map.entry("demo/internal/DemoDelivery.java", "synthetic demo content"),
            Map.entry("demo/internal/DemoDossiers.java", "synthetic demo content (invented names)"),
            Map.entry("demo/internal/DemoCatalogue.java", "synthetic demo content"),
            Map.entry("demo/internal/DemoProgramme.java", "synthetic demo content"),
            Map.entry("demo/internal/DemoTaskDrafts.java", "synthetic demo content"),
            Map.entry("demo/internal/DemoTaskShapes.java", "synthetic demo content"),
            Map.entry("demo/internal/DemoQuality.java", "synthetic demo content"),
            Map.entry("demo/internal/DemoAccounts.java", "demo people's names"),
            Map.entry("demo/internal/DemoAssessments.java", "synthetic demo content"),
            Map.entry("demo/internal/DemoAgencyAssessments.java", "synthetic demo content"),
            Map.entry("registry/OrgUnitKind.java", "the kinds as the official lists name them, parsed from them"),
            Map.entry("registry/internal/AdministrativeUnitsMigration.java", "reading the official lists"),
            Map.entry("registry/ConversionBasis.java", "citing the National Assembly resolution as its text does"),
            Map.entry("delivery/internal/ProcedureRows.java", "yes/no words accepted in a spreadsheet (có, không)"),
            Map.entry("delivery/internal/IndicatorFeed.java", "the catalogue records of its data set and indicators, stored as data"),
            Map.entry("assessment/internal/IndicatorCatalogueEntries.java",
                    "the catalogue records of its data sets and indicators, stored as data"),
            Map.entry("common/VietnameseText.java", "the letters it folds"),
            Map.entry("indicator/Period.java", "periods as officers write them (quý 3/2026, tháng 3/2026), parsed"),
            Map.entry("registry/internal/OrgUnitApiController.java", "API documentation: examples of Vietnamese names"),
            Map.entry("fragments/layout.html", "the language switch names each language in itself (Tiếng Việt)"));

    /** Files that still hold UI text in code; each is to move it to the bundles (issue 12). Only shrinks. */
    static final Set<String> STANDING = Set.of();

    @Test
    void noVietnameseTextOutsideTheBundles() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files(SOURCES, ".java")) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            if (literals(withoutComments(Files.readString(file))).stream().anyMatch(t -> VIETNAMESE.matcher(t).find())) {
                found.add(relative);
            }
        }
        for (Path file : files(TEMPLATES, ".html")) {
            String relative = TEMPLATES.relativize(file).toString().replace('\\', '/');
            if (VIETNAMESE.matcher(visibleText(Files.readString(file))).find()) {
                found.add(relative);
            }
        }
        found.removeAll(DATA.keySet());
        List<String> unexpected = found.stream().filter(f -> !STANDING.contains(f)).toList();
        assertThat(unexpected).as("Vietnamese UI text in code or templates; put it in the message bundles").isEmpty();
        assertThat(found).as("a file listed in STANDING no longer holds UI text: remove it from the list")
                .containsExactlyInAnyOrderElementsOf(STANDING);
    }

    @Test
    void theCheckSeesLiteralsAndTemplateTextButNotCommentsOrPrototypeText() {
        assertThat(literals(withoutComments("// \"Giá trị\"\nString a = \"Value\"; /* \"Dự báo\" */"))).containsExactly("Value");
        assertThat(literals(withoutComments("String a = \"Giá trị\";"))).containsExactly("Giá trị");
        assertThat(visibleText("<td th:text=\"#{x}\">tỉnh</td>")).doesNotContain("tỉnh");
        assertThat(visibleText("<td>tỉnh</td>")).contains("tỉnh");
        assertThat(visibleText("<input placeholder=\"Tìm\">")).contains("Tìm");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        }
    }

    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = source.startsWith("\"\"\"", i) ? source.indexOf("\"\"\"", i + 3) + 3 : stringEnd(source, i);
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                i = Math.max(source.indexOf('\n', i), i + 2);
                i = i < 0 ? source.length() : i;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '\'' && i + 2 < source.length()) {
                int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                out.append(source, i, end + 1);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int stringEnd(String source, int start) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != '"' && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }

    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher m = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL).matcher(source);
        while (m.find()) {
            literals.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return literals;
    }

    /**
     * What a template shows as written: text between tags whose opening tag does not replace it (th:text,
     * th:utext), and the plain (non th:) title, alt, placeholder and aria-label attributes.
     */
    static String visibleText(String template) {
        StringBuilder text = new StringBuilder();
        Matcher tag = Pattern.compile("<([a-zA-Z][\\w-]*)([^>]*)>([^<]*)").matcher(template);
        while (tag.find()) {
            String attributes = tag.group(2);
            if (!attributes.contains("th:text") && !attributes.contains("th:utext")) {
                text.append(tag.group(3)).append('\n');
            }
            Matcher plain = Pattern.compile("(?<![:\\w-])(title|alt|placeholder|aria-label)=\"([^\"]*)\"").matcher(attributes);
            while (plain.find()) {
                text.append(plain.group(2)).append('\n');
            }
        }
        return text.toString();
    }
}
