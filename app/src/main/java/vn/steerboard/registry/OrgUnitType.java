package vn.steerboard.registry;

/** The level of a unit in the organisation tree. */
public enum OrgUnitType {
    /** Ministries and ministerial-level agencies. */
    CENTRAL,
    /** The 34 provinces and centrally-run cities. */
    PROVINCE,
    /** Communes, wards and special zones. */
    COMMUNE
}
