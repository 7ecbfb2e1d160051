package vn.steerboard.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Browser;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * The province map in headless Chromium: 34 tiles (the provinces of the 2025 list), coloured by the composite index
 * and, by the selector, by an indicator; a click on a tile, and Enter on the focused map, open the province's
 * scorecard on the same day; the table beside it holds the same figures. And the committee side of delivery: the
 * scorecard shows the unit's Decision 766 total and rank as the delivery API gives them, linking to its page.
 */
@IntegrationTest
class ProvinceMapBrowserTest {

    private static final String DAY = "2025-11-15";

    @LocalServerPort
    int port;

    /**
     * For each tile: the fill of the shape drawn under its middle, the fill of the text lines drawn inside it, and
     * the lowest contrast ratio (WCAG 2) between them.
     */
    private static final String CONTRASTS = "var el = arguments[0], c = echarts.getInstanceByDom(el), o = c.getOption(),"
            + " box = el.getBoundingClientRect(), out = [];"
            + " function rgb(s) { s = String(s).trim(); if (s.charAt(0) === '#') { if (s.length === 4) { s = '#' + s[1] + s[1]"
            + "   + s[2] + s[2] + s[3] + s[3]; } return [1, 3, 5].map(function (k) { return parseInt(s.substr(k, 2), 16); }); }"
            + "   return s.replace(/[^0-9.,]/g, '').split(',').slice(0, 3).map(Number); }"
            + " function lum(c) { var l = c.map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92"
            + "   : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; }"
            + " function ratio(a, b) { var x = lum(rgb(a)), y = lum(rgb(b)); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }"
            + " var shapes = Array.prototype.filter.call(el.querySelectorAll('svg path[fill]'), function (p) {"
            + "   var f = p.getAttribute('fill'); return f !== 'none' && f !== 'transparent' && p.getAttribute('fill-opacity') !== '0'; })"
            + "   .map(function (p) { var b = p.getBoundingClientRect(); return {fill: p.getAttribute('fill'), b: b}; });"
            + " var texts = Array.prototype.filter.call(el.querySelectorAll('svg text, svg tspan'), function (t) {"
            + "   return t.querySelector('tspan') === null && t.textContent.trim().length > 0; }).map(function (t) {"
            + "   var b = t.getBoundingClientRect(), host = t.closest('text');"
            + "   return {fill: t.getAttribute('fill') || host.getAttribute('fill'), x: b.left + b.width / 2 - box.left,"
            + "   y: b.top + b.height / 2 - box.top}; });"
            + " [0, 1].forEach(function (s) { o.series[s].data.forEach(function (d) {"
            + "   var p = c.convertToPixel({seriesIndex: s}, [d.value[0], d.value[1]]);"
            + "   var q = c.convertToPixel({seriesIndex: s}, [d.value[0] + 1, d.value[1] + 1]);"
            + "   var w = q[0] - p[0], h = q[1] - p[1];"
            + "   var under = shapes.filter(function (sh) { var b = sh.b; return b.width < 2 * w && b.height < 2 * h"
            + "     && b.left - box.left <= p[0] && b.right - box.left >= p[0] && b.top - box.top <= p[1] && b.bottom - box.top >= p[1]; });"
            + "   var tileFill = under.length ? under[under.length - 1].fill : null;"
            + "   var mine = texts.filter(function (t) { return Math.abs(t.x - p[0]) < w / 2 && Math.abs(t.y - p[1]) < h / 2; });"
            + "   var lowest = mine.reduce(function (m, t) { return Math.min(m, tileFill ? ratio(t.fill, tileFill) : 0); }, 99);"
            + "   out.push({code: d.tile.code, fill: tileFill, ink: mine.map(function (t) { return t.fill; }).join(' '),"
            + "     texts: mine.length, contrast: mine.length ? lowest : 0}); }); });"
            + " return out;";

    @Test
    void theMapShowsTheThirtyFourProvincesAndATileOpensItsScorecardOnTheSameDay() throws Exception {
        try (Browser browser = Browser.open(port, 1280, 1500)) {
            browser.signIn(DemoFacts.VIEWER, Api.DEMO_PASSWORD);
            browser.go("/map?asOf=" + DAY);
            WebElement canvas = browser.waitFor(By.cssSelector("#province-map-canvas[data-tiles] svg"));
            assertThat(browser.find(By.id("province-map-canvas")).getAttribute("data-tiles")).isEqualTo("34");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            @SuppressWarnings("unchecked")
            List<String> codes = (List<String>) js.executeScript("var o = echarts.getInstanceByDom(document.getElementById("
                    + "'province-map-canvas')).getOption(); return o.series[0].data.concat(o.series[1].data).map(function (d) {"
                    + " return d.tile.code; });");
            assertThat(new TreeSet<>(codes)).isEqualTo(provincesOfTheList());
            assertThat(browser.findAll(By.cssSelector("#province-map-canvas svg text")).stream().map(WebElement::getText))
                    .contains("Hà Nội", "Cà Mau", "Lạng Sơn");
            assertThat(browser.find(By.cssSelector("#province-map-canvas svg")).getText()).contains("Cao", "Thấp");
            assertThat(browser.findAll(By.cssSelector("#map-table tbody tr"))).hasSize(34);
            browser.screenshot("province-map-composite");
            // every name readable on its own tile: white on the dark reds and greens, black on the light ones, at
            // least 4.5:1 (WCAG 2 AA for text of this size), measured on what was drawn (the tile's and the text's fill)
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> contrasts = (List<Map<String, Object>>) js.executeScript(CONTRASTS,
                    browser.find(By.id("province-map-canvas")));
            assertThat(contrasts).hasSize(34);
            for (Map<String, Object> tile : contrasts) {
                assertThat(((Number) tile.get("texts")).intValue()).as("tile %s: its name drawn", tile.get("code")).isPositive();
                assertThat(tile.get("contrast")).as("tile %s drawn as %s", tile.get("code"), tile).isInstanceOf(Number.class);
                assertThat(((Number) tile.get("contrast")).doubleValue()).as("tile %s: %s on %s", tile.get("code"),
                        tile.get("ink"), tile.get("fill")).isGreaterThanOrEqualTo(4.5);
            }

            WebElement map = browser.find(By.id("province-map-canvas"));
            js.executeScript("arguments[0].scrollIntoView({block: 'start'}); echarts.getInstanceByDom(arguments[0]).resize();", map);
            // a real click in the middle of Hà Nội's tile
            @SuppressWarnings("unchecked")
            List<Number> pixel = (List<Number>) js.executeScript("var c = echarts.getInstanceByDom(document.getElementById("
                    + "'province-map-canvas')); var o = c.getOption(); var s = o.series[0].data.some(function (d) { return d.tile.code"
                    + " === '01'; }) ? 0 : 1; return c.convertToPixel({seriesIndex: s}, [2, 2]);");
            int dx = pixel.get(0).intValue() - map.getSize().getWidth() / 2;
            int dy = pixel.get(1).intValue() - map.getSize().getHeight() / 2;
            new Actions(browser.driver()).moveToElement(map, dx, dy).click().perform();
            browser.waitForPath("/scorecard/01");
            browser.waitFor(By.id("scorecard-name"));
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + DAY);
            assertThat(browser.find(By.id("scope-line")).getText()).contains("15/11/2025");

            // by keyboard: focus the map, move east from the first tile, Enter
            browser.go("/map?asOf=" + DAY);
            browser.waitFor(By.cssSelector("#province-map-canvas[data-tiles]"));
            WebElement focused = browser.find(By.id("province-map-canvas"));
            focused.sendKeys(Keys.ARROW_RIGHT);
            String chosen = focused.getAttribute("aria-valuetext");
            assertThat(chosen).isNotBlank();
            focused.sendKeys(Keys.ENTER);
            browser.waitFor(By.id("scorecard-name"));
            assertThat(browser.find(By.id("scorecard-name")).getText()).isEqualTo(chosen);
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + DAY);
        }
    }

    @Test
    void theSelectorColoursTheMapByAnIndicatorAndARefusedMeasureIsNamed() {
        try (Browser browser = Browser.open(port, 1280, 1100)) {
            browser.signIn(DemoFacts.VIEWER, Api.DEMO_PASSWORD);
            browser.go("/map?asOf=" + DAY);
            browser.waitFor(By.cssSelector("#province-map-canvas[data-tiles]"));
            List<WebElement> options = browser.findAll(By.cssSelector("#map-measure option"));
            assertThat(options.size()).isGreaterThan(3);
            assertThat(options.get(0).getText()).isEqualTo("Chỉ số tổng hợp");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("map-measure"))).selectByValue("CHU_KY_SO");
            browser.waitFor(By.cssSelector("#map-measure option[value=CHU_KY_SO][selected]"));
            browser.waitFor(By.cssSelector("#province-map-canvas[data-tiles] svg"));
            assertThat(browser.driver().getCurrentUrl()).contains("measure=CHU_KY_SO").contains("asOf=" + DAY);
            assertThat(browser.find(By.id("map-table-title")).getText()).contains("chữ ký số");
            assertThat(browser.find(By.id("province-map-canvas")).getAttribute("data-tiles")).isEqualTo("34");
            browser.screenshot("province-map-indicator");
        }
        Api.Reply refused = Api.as(port, DemoFacts.VIEWER).get("/map?measure=" + Api.encode("<script>x</script>"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("<script>x");
        assertThat(Api.anonymous(port).get("/map").status()).isIn(302, 401);
    }

    @Test
    void aScorecardShowsTheUnitsDecision766TotalAndRankFromTheDeliveryApi() {
        Api viewer = Api.as(port, DemoFacts.VIEWER);
        for (String[] unit : List.of(new String[] {"PROVINCES", "01"}, new String[] {"MINISTRIES", DemoFacts.BKHCN})) {
            JsonNode league = viewer.get("/api/delivery/league?kind=" + unit[0] + "&period=2025&asOf=" + DAY).json();
            JsonNode row = null;
            for (JsonNode r : league) {
                if (r.get("index").get("unitCode").asString().equals(unit[1])) {
                    row = r;
                }
            }
            assertThat(row).as(unit[1]).isNotNull();
            try (Browser browser = Browser.open(port, 1280, 1000)) {
                browser.signIn(DemoFacts.VIEWER, Api.DEMO_PASSWORD);
                browser.go("/scorecard/" + unit[1] + "?asOf=" + DAY);
                WebElement figure = browser.find(By.id("sc-delivery"));
                String score = row.get("index").get("score").isNull() ? "—"
                        : String.format(java.util.Locale.ROOT, "%.1f", row.get("index").get("score").asDouble()).replace('.', ',');
                assertThat(figure.findElement(By.tagName("strong")).getText()).isEqualTo(score);
                String rank = row.get("rank").isNull() ? "chưa đủ số liệu để xếp hạng" : "Hạng " + row.get("rank").asInt() + "/" + league.size();
                assertThat(figure.getText()).contains("Chỉ số 766 năm 2025", rank);
                assertThat(figure.getAttribute("href")).endsWith("/delivery/units/" + unit[1] + "?period=2025&asOf=" + DAY);
                figure.click();
                browser.waitForPath("/delivery/units/" + unit[1]);
            }
        }
        try (Browser browser = Browser.open(port, 1280, 1400)) {
            browser.signIn(DemoFacts.ADMIN, Api.DEMO_PASSWORD);
            browser.go("/?asOf=" + DAY);
            List<WebElement> provinces = browser.findAll(By.cssSelector("#overview-delivery-table tr.delivery-province"));
            assertThat(provinces).hasSize(6);
            JsonNode league = viewer.get("/api/delivery/league?kind=PROVINCES&period=2025&asOf=" + DAY).json();
            assertThat(provinces.get(0).getText()).contains(league.get(0).get("index").get("unitName").asString());
            assertThat(browser.findAll(By.cssSelector("#overview-delivery-table tr.delivery-ministry"))).hasSize(2);
            browser.screenshot("overview-delivery");
        }
    }

    /** The province codes of the 2025 list the registry was loaded from (../shared/data, copied under reference/). */
    private static TreeSet<String> provincesOfTheList() throws Exception {
        JsonNode list = Api.JSON.readTree(Files.readString(Path.of("src/main/resources/reference/vn-admin-units-2025.json")));
        TreeSet<String> codes = new TreeSet<>();
        list.forEach(p -> codes.add(String.format("%02d", p.get("code").asInt())));
        assertThat(codes).hasSize(34);
        return codes;
    }
}
