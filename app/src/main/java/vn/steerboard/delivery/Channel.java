package vn.steerboard.delivery;

/** How a dossier reached the one-stop shop. */
public enum Channel {
    IN_PERSON, ONLINE, POST
}
