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
            browser.screenshot("province-map-phone");

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
