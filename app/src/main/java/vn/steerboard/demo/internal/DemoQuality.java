package vn.steerboard.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.quality.SourceDraft;
import vn.steerboard.quality.SourceImport;

/**
 * Demo databases: synthetic citizen-registry extracts (CSV files written into each agency's unit folder under
 * {@code steerboard.quality.files-root}, no real person in them) for a few agencies, each with its own rate of planted defects, registered and scanned once
 * so that the ranking and the retired-codes report have something to show.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "steerboard.demo.enabled", havingValue = "true")
class DemoQuality implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoQuality.class);

    record Demo(String unit, String name, double defectRate, int rows) {
    }

    private static final Demo[] DEMOS = {
        new Demo("01", "CSDL dân cư Thành phố Hà Nội (bản sao kiểm thử)", 0.01, 3000),
        new Demo("00004", "Sổ hộ tịch điện tử phường Ba Đình", 0.04, 800),
        new Demo("79", "CSDL dân cư Thành phố Hồ Chí Minh (bản sao kiểm thử)", 0.02, 3000),
        new Demo("48", "CSDL dân cư Thành phố Đà Nẵng (bản sao kiểm thử)", 0.08, 1500),
        new Demo("BCA", "CSDL quốc gia về dân cư — mẫu đối chiếu", 0.005, 4000),
    };

    private final SourceImport sources;
    private final VietnamTime time;
    private final DemoBackground background;

    DemoQuality(SourceImport sources, VietnamTime time, DemoBackground background) {
        this.background = background;
        this.sources = sources;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        background.run("quality scans", this::seed);
    }

    /** The seeding itself, on the start-up thread or the background one (DemoBackground). */
    void seed() {
        if (!sources.none()) {
            return;
        }
        String suite;
        try (var in = DemoQuality.class.getResourceAsStream("/quality/citizens.yaml")) {
            suite = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int seed = 0;
        for (Demo demo : DEMOS) {
            // each agency's extract lives in its own unit's folder, where only that unit's FILE sources can read
            Path file = sources.unitFolder(demo.unit()).resolve("citizens-" + demo.unit() + ".csv");
            write(file, demo, new Random(++seed));
            sources.registerAndScan(new SourceDraft(demo.unit(), demo.name(),
                    "Dữ liệu tổng hợp sinh tự động để minh họa; không chứa thông tin của người thật.",
                    "Cơ sở dữ liệu quốc gia về dân cư", "FILE", file.getFileName().toString(), null, null, suite, false),
                    "demo", time.today());
        }
        log.info("Demo quality sources scanned: {}", DEMOS.length);
    }

    private void write(Path file, Demo demo, Random random) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,cccd,full_name,birth_date,tax_code,phone,email,status,province_code,commune_code,updated_at,household_no\n");
            String[] names = {"Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Minh Châu", "Phạm Thu Hà", "Hoàng Đức Anh"};
            for (int i = 0; i < demo.rows(); i++) {
                boolean bad = random.nextDouble() < demo.defectRate();
                LocalDate birth = LocalDate.of(1950 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
                int genderCentury = (birth.getYear() >= 2000 ? 2 : 0) + random.nextInt(2);
                String cccd = String.format("%03d%d%02d%06d", 1, genderCentury, birth.getYear() % 100, random.nextInt(1_000_000));
                String name = names[random.nextInt(names.length)];
                String province = demo.unit().length() == 2 ? demo.unit() : "01";
                String commune = "00004";
                LocalDate updated = time.today().minusDays(random.nextInt(25));
                if (bad) {
                    switch (random.nextInt(6)) {
                        case 0 -> cccd = cccd.substring(0, 11);
                        case 1 -> name = Normalizer.normalize(name, Normalizer.Form.NFD);
                        case 2 -> province = "02";
                        case 3 -> commune = "00001";
                        case 4 -> cccd = "";
                        default -> updated = time.today().minusDays(200 + random.nextInt(300));
                    }
                }
                out.write(String.join(",", String.valueOf(i), cccd, name, birth.toString(), "0100101146",
                        "09" + "01346789".charAt(random.nextInt(8)) + String.format("%07d", random.nextInt(10_000_000)), "cd" + i + "@example.vn", "ACTIVE", province,
                        commune, updated.toString(), String.format("HK%06d", i)) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
