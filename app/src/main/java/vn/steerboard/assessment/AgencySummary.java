package vn.steerboard.assessment;

import java.time.OffsetDateTime;

/** One agency assessment in a list: both scores in the framework's points, and both levels. */
public record AgencySummary(String ref, String unitCode, String unitName, String frameworkCode, int frameworkVersion,
                            int year, AgencyStatus status, OffsetDateTime submittedAt, Double selfPoints, String selfLevel,
                            Double appraisedPoints, String appraisedLevel) {}
