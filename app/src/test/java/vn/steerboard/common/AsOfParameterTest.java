package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/** The one "as of" parameter: read the same way on every page that takes it, defaulted once, refused clearly. */
@IntegrationTest
class AsOfParameterTest {

    @LocalServerPort
    int port;

    @Test
    void aDayIsReadAsIsoOrAsPeopleTypeIt() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply iso = admin.get("/?asOf=2025-11-15");
        Api.Reply typed = admin.get("/?asOf=" + Api.encode("15/11/2025"));
        assertThat(iso.status()).isEqualTo(200);
        assertThat(typed.status()).isEqualTo(200);
        assertThat(iso.body()).contains("value=\"2025-11-15\"");
        assertThat(typed.body()).contains("value=\"2025-11-15\"");
    }

    @Test
    void noDayMeansTodayInVietnam() {
        Api.Reply page = Api.as(port, DemoFacts.ADMIN).get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"" + vn.steerboard.support.TestFixtures.today() + "\"");
    }

    @Test
    void aDayThatIsNotOneIsRefusedNamingTheParameter() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        for (String bad : new String[] {"2025-02-30", "31/02/2025", "1900-01-01", "9999-12-31", "yesterday", "<script>x</script>"}) {
            Api.Reply reply = admin.get("/?asOf=" + Api.encode(bad));
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.body()).as(bad).contains("asOf").doesNotContain("<script>");
        }
    }
}
