package vn.steerboard.registry.internal;

import org.flywaydb.core.api.migration.JavaMigration;

/** The registry's Java migrations (Spring beans in the application), for tests that migrate a database of their own. */
public final class RegistryMigrations {

    private RegistryMigrations() {
    }

    public static JavaMigration[] all() {
        return new JavaMigration[] {new AdministrativeUnitsMigration(), new RegistryCorrections2025Migration()};
    }
}
