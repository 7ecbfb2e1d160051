package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.report.ReportWriters;
import vn.steerboard.quality.engine.suite.SuiteReader;

/**
 * The HTML report printed as an agency would print it: headless Chromium to PDF, poppler's pdftoppm to an image and
 * pdftotext to its text. The PDF has pages, the first page is not blank and shows the criteria bars in their colour,
 * and the printed text carries the Vietnamese headings, the score and band, every criterion's label and score, and
 * the as-of date. Without Chromium or poppler the test is skipped on a developer machine and fails under CI=true.
 */
class ReportPrintTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> POPPLER = List.of("pdftoppm", "pdftotext", "pdfinfo");
    /** The bars' fill, #2563eb, as pdftoppm renders it (anti-aliasing aside). */
    static final int BAR_RED = 0x25;
    static final int BAR_GREEN = 0x63;
    static final int BAR_BLUE = 0xeb;

    @TempDir
    Path dir;

    static Path tool(String name) {
        for (String folder : List.of("/usr/bin", "/usr/local/bin")) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static void requireTools() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM.toString());
        }
        POPPLER.stream().filter(name -> tool(name) == null).forEach(name -> missing.add(name + " (poppler-utils)"));
        if (missing.isEmpty()) {
            return;
        }
        String why = "printing the report needs " + String.join(", ", missing);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires the report print test to run: " + why);
        }
        Assumptions.abort(why);
    }

    static String run(Path workdir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(workdir, "out", ".txt");
        Process process = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) { // a guard against a hung browser, not a timing assertion
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    static ScanReport report() throws Exception {
        RegistryTable table = new RegistryTable(600);
        Suite suite;
        try (var in = ReportPrintTest.class.getResourceAsStream("/registry.yaml")) {
            suite = new SuiteReader(Dictionary.standard()).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:print")) {
            table.load(h2);
            return new QualityEngine(Dictionary.standard(), Clock.systemUTC()).scan(suite, h2, "h2",
                    QualityEngine.Options.defaults().asOf(RegistryTable.AS_OF));
        }
    }

    @Test
    void thePrintedReportHasPagesBarsVietnameseHeadingsScoreAndAsOfDate() throws Exception {
        requireTools();
        ScanReport report = report();
        Path html = dir.resolve("report.html");
        Files.writeString(html, ReportWriters.html(report), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("report.pdf");
        run(dir, CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf, html.toUri().toString());
        assertThat(pdf).exists();

        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)$").matcher(run(dir, tool("pdfinfo").toString(), pdf.toString()));
        assertThat(pages.find()).isTrue();
        int pageCount = Integer.parseInt(pages.group(1));
        // 20-odd checks with their kinds and examples do not fit one A4 page, and a report is not a book
        assertThat(pageCount).isBetween(2, 10);

        run(dir, tool("pdftoppm").toString(), "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                dir.resolve("page").toString());
        BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
        assertThat(page.getWidth()).isGreaterThan(400); // A4 at 60 dpi: about 496 × 702
        long ink = 0;
        long bar = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
                if (Math.abs(r - BAR_RED) < 24 && Math.abs(g - BAR_GREEN) < 24 && Math.abs(b - BAR_BLUE) < 24) {
                    bar++;
                }
            }
        }
        long pixels = (long) page.getWidth() * page.getHeight();
        assertThat(ink).as("inked pixels on page 1").isGreaterThan(pixels / 100).isLessThan(pixels / 2);
        assertThat(bar).as("pixels of the criteria bars' colour (printed, not dropped as a background)").isGreaterThan(200);

        // kept for a person to look at: target/screenshots/quality-report-page1.png
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(dir.resolve("page.png"), screenshots.resolve("quality-report-page1.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        String text = run(dir, tool("pdftotext").toString(), "-layout", pdf.toString(), "-");
        String flat = run(dir, tool("pdftotext").toString(), pdf.toString(), "-").replaceAll("\\s+", " ");
        assertThat(flat).contains("Báo cáo chất lượng cơ sở dữ liệu", "Điểm theo tiêu chí", "Kết quả từng phép kiểm tra",
                "Xếp loại", "Tỷ lệ đạt", "cận dưới Wilson 95%",
                "sai thế kỷ: 6", "cccd_valid", "không khớp năm sinh");
        assertThat(flat).contains("Điểm cơ sở dữ liệu: " + String.format(Findings.VIETNAMESE, "%.1f", report.scores().database()) + " · Xếp loại "
                + report.scores().band());
        assertThat(text).containsPattern("(?m)^\\s*Ngày tham chiếu\\s+01/11/2026\\s*$");
        Map<Criterion, String> labels = Map.of(Criterion.CORRECT, "Đúng", Criterion.SUFFICIENT, "Đủ", Criterion.CLEAN, "Sạch",
                Criterion.LIVE, "Sống", Criterion.UNIFIED, "Thống nhất", Criterion.SHARED, "Dùng chung");
        assertThat(report.scores().criteria()).hasSizeGreaterThanOrEqualTo(5);
        report.scores().criteria().forEach((criterion, score) -> assertThat(text)
                .containsPattern("(?m)^\\s*" + labels.get(criterion) + "\\s+" + Pattern.quote(String.format(Findings.VIETNAMESE,
                        "%.1f", score)) + "\\s*$"));
        // what is printed is masked like the rest: no CCCD in clear
        assertThat(flat).doesNotContainPattern("\\b0[0-9]{11}\\b");
    }
}
