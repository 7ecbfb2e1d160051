package vn.steerboard.delivery;

import java.util.List;

/** What one load did: procedures new to the catalogue, procedures given a new version, and those left as they were. */
public record CatalogueLoad(int created, int changed, int unchanged, List<String> codesWritten) {
}
