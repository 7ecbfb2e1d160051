package vn.steerboard.registry;

import java.time.LocalDate;

/** A unit of the organisation tree as the registry publishes it. */
public record OrgUnit(
        String code,
        OrgUnitType type,
        OrgUnitKind kind,
        String kindName,
        String nameVi,
        String nameEn,
        String shortName,
        String parentCode,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
