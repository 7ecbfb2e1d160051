package vn.steerboard.delivery;

/** Published inside the transaction of a catalogue load that wrote at least one version. */
public record CatalogueChanged(int created, int changed, String by) {
}
