package vn.steerboard.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import vn.steerboard.support.ModuleSlice;

/** The registry alone: the official units load from its migrations, and lineage and lookups work without anyone else. */
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleSlice.class)
class RegistryModuleTest {

    @Autowired
    Registry registry;

    @Test
    void theOfficialUnitsAnswerOnTheirOwn() {
        assertThat(registry.all(OrgUnitType.PROVINCE, null)).hasSize(34);
        OrgUnit hanoi = registry.get("01");
        assertThat(hanoi.nameVi()).isEqualTo("Thành phố Hà Nội");
        OrgUnit commune = registry.all(OrgUnitType.COMMUNE, "01").get(0);
        assertThat(registry.lineage(commune.code())).containsExactly(commune.code(), "01");
        assertThat(registry.isWithin(commune.code(), "01")).isTrue();
    }
}
