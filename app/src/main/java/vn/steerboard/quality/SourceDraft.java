package vn.steerboard.quality;

/**
 * A database registered for quality scans. {@code kind}: JDBC (the server connects; {@code location} is a
 * PostgreSQL, MySQL/MariaDB, SQL Server or Oracle URL to a host an ADMIN allowed, without credentials;
 * credentials are stored encrypted and never shown again), FILE (a CSV or Parquet file in the owner unit's
 * folder, {@code location} its name there) or UPLOAD (the agency scans inside its own network and uploads the
 * report). {@code uploadToken}: the name of the API token whose uploads are accepted (bound on the first upload
 * when not given).
 */
public record SourceDraft(String ownerUnit, String name, String description, String nationalDatabase, String kind,
        String location, String username, String password, String suiteYaml, Boolean daily, String uploadToken) {

    public SourceDraft(String ownerUnit, String name, String description, String nationalDatabase, String kind,
            String location, String username, String password, String suiteYaml, Boolean daily) {
        this(ownerUnit, name, description, nationalDatabase, kind, location, username, password, suiteYaml, daily, null);
    }
}
