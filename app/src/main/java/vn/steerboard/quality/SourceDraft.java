package vn.steerboard.quality;

/**
 * A database registered for quality scans. {@code kind}: JDBC (the server connects; {@code location} is the JDBC
 * URL, credentials are stored encrypted and never shown again), FILE (a CSV or Parquet path on the server) or
 * UPLOAD (the agency scans inside its own network and uploads the report).
 */
public record SourceDraft(String ownerUnit, String name, String description, String nationalDatabase, String kind,
        String location, String username, String password, String suiteYaml, Boolean daily) {
}
