package vn.steerboard.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * The province map on a phone (390 px wide, as an iPhone 12–15 holds it upright): the map fits the screen with no
 * sideways scrolling, every one of the 34 tiles lies inside it at a size a finger can hit, a tap (a touch, not a
 * mouse) on a tile opens that province's scorecard on the same day, and so does Enter on the focused map.
 */
@IntegrationTest
class ProvinceMapPhoneBrowserTest {

    private static final String DAY = "2025-11-15";
    private static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;

    @Test
    void atPhoneWidthTheThirtyFourTilesAreOnScreenAndATapOpensTheScorecard() {
        try (Browser browser = Browser.open(port, PHONE_WIDTH, 844)) {
            phone(browser);
            browser.signIn(DemoFacts.VIEWER, Api.DEMO_PASSWORD);
            browser.go("/map?asOf=" + DAY);
            browser.waitFor(By.cssSelector("#province-map-canvas[data-tiles] svg"));
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;")).isEqualTo(390L);
            assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;")).as("no sideways scrolling").isEqualTo(true);
            WebElement canvas = browser.find(By.id("province-map-canvas"));
            assertThat(canvas.getAttribute("data-tiles")).isEqualTo("34");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("arguments[0].scrollIntoView({block: 'start'}); echarts.getInstanceByDom(arguments[0]).resize();", canvas);
            long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
            assertThat(viewport).isLessThanOrEqualTo(PHONE_WIDTH);
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) js.executeScript("var r = arguments[0].getBoundingClientRect();"
                    + " return {left: r.left, right: r.right, width: r.width, height: r.height};", canvas);
            assertThat(box.get("left").doubleValue()).as("the map's left edge on screen").isGreaterThanOrEqualTo(0);
            assertThat(box.get("right").doubleValue()).as("the map's right edge on screen").isLessThanOrEqualTo(viewport);

            // every tile: its middle inside the map, and a tile at least 24 px each way (WCAG 2.2 target size)
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tiles = (List<Map<String, Object>>) js.executeScript("var c = echarts.getInstanceByDom("
                    + "arguments[0]); var o = c.getOption(); var out = [];"
                    + " [0, 1].forEach(function (s) { o.series[s].data.forEach(function (d) {"
                    + "   var p = c.convertToPixel({seriesIndex: s}, [d.value[0], d.value[1]]);"
                    + "   var q = c.convertToPixel({seriesIndex: s}, [d.value[0] + 1, d.value[1] + 1]);"
                    + "   out.push({code: d.tile.code, x: p[0], y: p[1], w: q[0] - p[0], h: q[1] - p[1], series: s}); }); });"
                    + " return out;", canvas);
            assertThat(tiles).hasSize(34);
            for (Map<String, Object> tile : tiles) {
                double x = ((Number) tile.get("x")).doubleValue();
                double y = ((Number) tile.get("y")).doubleValue();
                assertThat(x).as("tile %s across", tile.get("code")).isBetween(0.0, box.get("width").doubleValue());
                assertThat(y).as("tile %s down", tile.get("code")).isBetween(0.0, box.get("height").doubleValue());
                assertThat(((Number) tile.get("w")).doubleValue()).as("tile %s width", tile.get("code")).isGreaterThanOrEqualTo(24);
                assertThat(((Number) tile.get("h")).doubleValue()).as("tile %s height", tile.get("code")).isGreaterThanOrEqualTo(24);
            }
            assertThat(browser.findAll(By.cssSelector("#province-map-canvas svg text")).stream().map(WebElement::getText))
                    .contains("Hà Nội", "Cà Mau");
            // names stay within their tiles: no label wider than a tile (they break onto two lines on a phone)
            double narrowest = tiles.stream().mapToDouble(t -> ((Number) t.get("w")).doubleValue()).min().orElseThrow();
            double widest = ((Number) js.executeScript("var w = 0; arguments[0].querySelectorAll('svg text').forEach(function (t) {"
                    + " w = Math.max(w, t.getBBox().width); }); return w;", canvas)).doubleValue();
            assertThat(widest).as("the widest label against the narrowest tile").isLessThanOrEqualTo(narrowest);
            // every name whole: the lines drawn inside each tile, read top to bottom and joined by a space, are the
            // tile's name, so a line ends only between two words ("Thái" / "Nguyên", never "Thái Nguyê" / "n")
            namesWhole(js, canvas, "at 390 px");
            browser.screenshot("province-map-phone");
            // narrower still (the phone's screen split in two, a small phone): the map redraws to its box, and a word
            // wider than its line is not cut (ECharts' own wrapping drew "Thái Nguyê" / "n" at this width)
            js.executeScript("arguments[0].style.width = '240px';", canvas);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE
                    .equals(js.executeScript("var s = arguments[0].querySelector('svg');"
                            + " return s !== null && s.getAttribute('width') === '240';", canvas)));
            namesWhole(js, canvas, "at 240 px");
            browser.screenshot("province-map-phone-narrow");
            js.executeScript("arguments[0].style.width = '';", canvas);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE
                    .equals(js.executeScript("var s = arguments[0].querySelector('svg');"
                            + " return s !== null && s.getAttribute('width') === String(arguments[0].clientWidth);", canvas)));

            // a tap with a finger in the middle of Hà Nội's tile
            Map<String, Object> hanoi = tiles.stream().filter(t -> "01".equals(t.get("code"))).findFirst().orElseThrow();
            int dx = (int) Math.round(((Number) hanoi.get("x")).doubleValue() - box.get("width").doubleValue() / 2);
            int dy = (int) Math.round(((Number) hanoi.get("y")).doubleValue() - box.get("height").doubleValue() / 2);
            PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
            Sequence tap = new Sequence(finger, 0)
                    .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(canvas), dx, dy))
                    .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
            ((org.openqa.selenium.interactions.Interactive) browser.driver()).perform(List.of(tap));
            browser.waitForPath("/scorecard/01");
            browser.waitFor(By.id("scorecard-name"));
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + DAY);
            assertThat(browser.find(By.id("scope-line")).getText()).contains("15/11/2025");
            // the scorecard at phone width: no sideways scrolling of the page, and each table's first column (what
            // the row is about) on screen; a wide table scrolls inside its own box
            assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("the scorecard scrolls no sideways").isEqualTo(true);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> keys = (List<Map<String, Object>>) js.executeScript("return Array.prototype.map.call("
                    + "document.querySelectorAll('main table'), function (t) { var c = t.querySelector('tr > :first-child');"
                    + " var r = c.getBoundingClientRect(); return {table: t.id, left: r.left, right: r.right}; });");
            assertThat(keys).isNotEmpty();
            for (Map<String, Object> key : keys) {
                assertThat(((Number) key.get("left")).doubleValue()).as("table %s: its first column", key.get("table"))
                        .isGreaterThanOrEqualTo(0);
                assertThat(((Number) key.get("right")).doubleValue()).as("table %s: its first column", key.get("table"))
                        .isLessThanOrEqualTo(PHONE_WIDTH);
            }
            browser.screenshot("province-map-phone-scorecard");

            // Enter on the focused map, after moving down from the first tile
            browser.go("/map?asOf=" + DAY);
            browser.waitFor(By.cssSelector("#province-map-canvas[data-tiles]"));
            WebElement focused = browser.find(By.id("province-map-canvas"));
            focused.sendKeys(Keys.ARROW_DOWN);
            String chosen = focused.getAttribute("aria-valuetext");
            assertThat(chosen).isNotBlank();
            focused.sendKeys(Keys.ENTER);
            browser.waitForPath("/scorecard/.+");
            browser.waitFor(By.id("scorecard-name"));
            assertThat(browser.find(By.id("scorecard-name")).getText()).isEqualTo(chosen);
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + DAY);
        }
    }

    /**
     * Every name whole: the lines drawn inside each tile, read top to bottom and joined by a space, are the tile's
     * name, so a line ends only between two words ("Thái" / "Nguyên", never "Thái Nguyê" / "n").
     */
    private static void namesWhole(JavascriptExecutor js, WebElement canvas, String when) {
        List<Map<String, Object>> tiles = renderedLines(js, canvas);
        assertThat(tiles).hasSize(34);
        for (Map<String, Object> tile : tiles) {
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) tile.get("lines");
            String name = ((String) tile.get("label")).strip().replaceAll("\\s+", " ");
            assertThat(lines).as("%s: the lines drawn in tile %s (%s)", when, tile.get("code"), name).isNotEmpty();
            assertThat(String.join(" ", lines.stream().map(String::strip).toList()))
                    .as("%s: tile %s drawn as %s", when, tile.get("code"), lines).isEqualTo(name);
        }
    }

    /**
     * Each tile's name as drawn: the SVG text lines whose middle lies inside the tile, top to bottom (ECharts draws a
     * label of several lines as one text element per line).
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> renderedLines(JavascriptExecutor js, WebElement canvas) {
        return (List<Map<String, Object>>) js.executeScript("var el = arguments[0], c = echarts.getInstanceByDom(el),"
                + " o = c.getOption(), box = el.getBoundingClientRect(), out = [];"
                + " var texts = Array.prototype.filter.call(el.querySelectorAll('svg text, svg tspan'), function (t) {"
                + "   return t.querySelector('tspan') === null && t.textContent.trim().length > 0; }).map(function (t) {"
                + "   var b = t.getBoundingClientRect();"
                + "   return {text: t.textContent, x: b.left + b.width / 2 - box.left, y: b.top + b.height / 2 - box.top}; });"
                + " [0, 1].forEach(function (s) { o.series[s].data.forEach(function (d) {"
                + "   var p = c.convertToPixel({seriesIndex: s}, [d.value[0], d.value[1]]);"
                + "   var q = c.convertToPixel({seriesIndex: s}, [d.value[0] + 1, d.value[1] + 1]);"
                + "   var w = q[0] - p[0], h = q[1] - p[1];"
                + "   var lines = texts.filter(function (t) { return Math.abs(t.x - p[0]) < w / 2 && Math.abs(t.y - p[1]) < h / 2; })"
                + "     .sort(function (a, b) { return a.y - b.y; }).map(function (t) { return t.text; });"
                + "   out.push({code: d.tile.code, label: d.tile.label, lines: lines}); }); });"
                + " return out;", canvas);
    }

    /**
     * A phone's screen through Chromium's device emulation: a desktop window cannot be narrower than about 500 px
     * (asked for 390, the window is 485 wide), so the viewport, the touch screen and the mobile viewport rules are
     * set as DevTools sets them.
     */
    private static void phone(Browser browser) {
        org.openqa.selenium.chromium.ChromiumDriver chrome = (org.openqa.selenium.chromium.ChromiumDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", 844,
                "deviceScaleFactor", 2, "mobile", true));
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }
}
