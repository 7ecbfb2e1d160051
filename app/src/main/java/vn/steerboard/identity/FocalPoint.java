package vn.steerboard.identity;

import java.time.OffsetDateTime;

/** The official a unit names as its contact for the programme. Personal data: never public. */
public record FocalPoint(String unitCode, String fullName, String position, String email, String phone,
        OffsetDateTime updatedAt, String updatedBy) {
}
