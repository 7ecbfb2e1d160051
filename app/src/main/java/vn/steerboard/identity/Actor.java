package vn.steerboard.identity;

/** Who is acting: a signed-in user or an API token, with its role and the unit it is bound to. */
public record Actor(String name, Role role, String unitCode, boolean token) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
