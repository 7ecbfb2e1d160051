package vn.steerboard.quality;

import java.time.OffsetDateTime;

/** A registered database as anyone allowed may see it: never its credentials, only whether they are stored. */
public record SourceView(long id, String ownerUnit, String ownerName, String name, String description,
        String nationalDatabase, String kind, String location, String username, boolean credentialsStored,
        String suiteYaml, boolean daily, Double latestScore, String latestBand, OffsetDateTime latestScanAt) {
}
