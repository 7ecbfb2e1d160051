package vn.steerboard.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.steerboard.common.InvalidParameterException;

/**
 * The server's own connection properties cannot be undone from the URL an agency types, in any case: the drivers
 * read property names ignoring case, so a typed {@code SocketTimeout=0} beside the server's {@code socketTimeout}
 * would leave the choice of timeout to the driver. On every dialect the driver gets each of the server's
 * properties once, with the server's value; a name typed twice in two cases is refused.
 */
class JdbcServerPropertiesTest {

    private static final int STATEMENT_SECONDS = 30;

    /** Every key of the properties equal to the name ignoring case. */
    private static List<String> keys(Properties props, String name) {
        return props.stringPropertyNames().stream().filter(k -> k.equalsIgnoreCase(name)).sorted().toList();
    }

    private static Properties driverGets(String url) {
        return JdbcTarget.parse(url).connectionProperties("quet", "mat-khau", STATEMENT_SECONDS);
    }

    private static void serverValues(String url, Map<String, String> expected) {
        Properties props = driverGets(url);
        expected.forEach((name, value) -> {
            assertThat(keys(props, name)).as("%s: keys named %s in any case", url, name).containsExactly(name);
            assertThat(props.getProperty(name)).as("%s: %s", url, name).isEqualTo(value);
        });
    }

    @Test
    void aTypedPropertyTheServerSetsIsDroppedWhateverItsCase() {
        serverValues("jdbc:postgresql://db.dancu.invalid:5432/dancu?SocketTimeout=0&CONNECTTIMEOUT=0&LoginTimeout=0"
                + "&applicationname=khac&sslmode=require", Map.of("socketTimeout", "90", "connectTimeout", "10",
                "loginTimeout", "15", "ApplicationName", "steerboard-quality-scan"));
        serverValues("jdbc:mysql://db.dancu.invalid:3306/hotich?SOCKETTIMEOUT=0&ConnectTimeout=0&useSSL=true",
                Map.of("socketTimeout", "90000", "connectTimeout", "10000"));
        serverValues("jdbc:mariadb://db.dancu.invalid:3306/hotich?sockettimeout=0&connecttimeout=0",
                Map.of("socketTimeout", "90000", "connectTimeout", "10000"));
        serverValues("jdbc:sqlserver://db.dancu.invalid:1433;databaseName=hotich;SocketTimeout=0;LOGINTIMEOUT=0;encrypt=true",
                Map.of("socketTimeout", "90000", "loginTimeout", "15", "databaseName", "hotich"));
        // what the server does not set is kept as typed
        assertThat(driverGets("jdbc:postgresql://db.dancu.invalid:5432/dancu?SSLMode=require").getProperty("SSLMode"))
                .isEqualTo("require");
        assertThat(driverGets("jdbc:sqlserver://db.dancu.invalid:1433;databaseName=hotich;Encrypt=true")
                .getProperty("Encrypt")).isEqualTo("true");
    }

    @Test
    void sqlServersDatabaseIsTheOneCheckedHoweverItIsNamed() {
        // 'database' is the driver's other name for 'databaseName', in any case: the driver gets the name checked, once
        for (String url : List.of("jdbc:sqlserver://db.dancu.invalid:1433;database=hotich",
                "jdbc:sqlserver://db.dancu.invalid:1433;DATABASENAME=hotich", "jdbc:sqlserver://db.dancu.invalid:1433;DataBase=hotich")) {
            JdbcTarget target = JdbcTarget.parse(url);
            assertThat(target.database()).as(url).isEqualTo("hotich");
            Properties props = target.connectionProperties("quet", "mat-khau", STATEMENT_SECONDS);
            assertThat(props.stringPropertyNames().stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith("database")))
                    .as(url).containsExactly("databaseName");
            assertThat(props.getProperty("databaseName")).isEqualTo("hotich");
        }
    }

    @Test
    void aNameTypedTwiceInTwoCasesOrUnderItsOtherNameIsRefused() {
        for (String url : List.of("jdbc:postgresql://db.dancu.invalid:5432/dancu?socketTimeout=100&SocketTimeout=0",
                "jdbc:mysql://db.dancu.invalid:3306/hotich?connectTimeout=5&CONNECTTIMEOUT=0",
                "jdbc:mariadb://db.dancu.invalid:3306/hotich?socketTimeout=5&sockettimeout=0",
                "jdbc:sqlserver://db.dancu.invalid:1433;databaseName=hotich;SOCKETTIMEOUT=0;socketTimeout=5",
                "jdbc:sqlserver://db.dancu.invalid:1433;databaseName=hotich;database=master")) {
            assertThatThrownBy(() -> JdbcTarget.parse(url)).as(url).isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("given twice");
        }
    }

    @Test
    void oracleTakesNoTypedPropertyAtAll() {
        assertThatThrownBy(() -> JdbcTarget.parse("jdbc:oracle:thin:@//db.dancu.invalid:1521/ORCL?oracle.jdbc.ReadTimeout=0"))
                .isInstanceOf(InvalidParameterException.class);
        Properties props = driverGets("jdbc:oracle:thin:@//db.dancu.invalid:1521/ORCL");
        assertThat(keys(props, "oracle.jdbc.ReadTimeout")).containsExactly("oracle.jdbc.ReadTimeout");
        assertThat(props.getProperty("oracle.jdbc.ReadTimeout")).isEqualTo("90000");
    }
}
