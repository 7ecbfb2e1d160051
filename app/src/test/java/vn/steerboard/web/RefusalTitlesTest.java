package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.steerboard.common.RejectedFileException;

/**
 * Every kind of refused input the code names has a title in both bundles ({@code problem.title.<type>}), so a
 * Vietnamese reader never falls back to the generic 400 title or to another kind's ("Tệp bị từ chối" for answers).
 * The kinds are read from the main sources, where each refusal names its type as a literal.
 */
class RefusalTitlesTest {

    private static final Pattern TYPED = Pattern.compile("RejectedFileException\\(\\s*\"([a-z][a-z-]+)\"\\s*,");

    @Test
    void everyRefusalTypeIsTitledInVietnameseAndEnglish() throws IOException {
        Set<String> types = new TreeSet<>(Set.of(RejectedFileException.FILE, RejectedFileException.INPUT));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = TYPED.matcher(Files.readString(source));
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        }
        assertThat(types).as("the kinds found in the sources").contains("rejected-submission", "rejected-answers",
                "rejected-sign-up", "incomplete-assessment", "rejected-events");
        for (String language : new String[] {"vi", "en"}) {
            Properties bundle = bundle(language);
            for (String type : types) {
                assertThat(bundle.getProperty("problem.title." + type)).as("%s title of %s", language, type).isNotBlank();
                if ("vi".equals(language) && !type.equals(RejectedFileException.FILE)) {
                    assertThat(bundle.getProperty("problem.title." + type)).as("%s is not called a file", type)
                            .doesNotStartWith("Tệp");
                }
            }
        }
    }

    private Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/committee_" + language + ".properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return bundle;
    }

    @Test
    void aRefusalPlacedAgainKeepsItsKind() {
        RejectedFileException answers = new RejectedFileException("rejected-answers", "Answers refused, nothing stored",
                "1 problem", java.util.List.of(new vn.steerboard.common.RowProblem(3, "C1", "x", "not a choice")));
        RejectedFileException placed = answers.withProblems(java.util.List.of(new vn.steerboard.common.RowProblem(7, "C1", "x",
                "not a choice")));
        assertThat(placed.type()).isEqualTo("rejected-answers");
        assertThat(placed.title()).isEqualTo(answers.title());
        assertThat(placed.getMessage()).isEqualTo("1 problem");
        assertThat(placed.problems().get(0).row()).isEqualTo(7);
        assertThat(new RejectedFileException("bad.csv: 2 problems", java.util.List.of()).type()).isEqualTo("rejected-file");
    }
}
