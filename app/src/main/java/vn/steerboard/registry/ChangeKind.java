package vn.steerboard.registry;

import vn.steerboard.common.VietnameseText;

/** What the 2025 conversion did to an old commune, as the official table's note says. */
public enum ChangeKind {
    /** "Nhập toàn bộ": the whole old unit went into the new one. */
    MERGED_WHOLE,
    /** "Nhập một phần" (of area and/or population): part of the old unit went into the new one. */
    MERGED_PART,
    /** "Giữ nguyên": the unit kept its boundaries. */
    UNCHANGED,
    /** "Đổi tên". */
    RENAMED,
    /** "Đổi loại hình": e.g. a commune became a ward. */
    RETYPED,
    /** The table gives no note. */
    UNSPECIFIED;

    /** Reads the official table's free-text note, which has stray spaces and line breaks. */
    public static ChangeKind fromNote(String note) {
        String folded = VietnameseText.fold(note);
        if (folded.isEmpty()) {
            return UNSPECIFIED;
        }
        if (folded.startsWith("nhap toan bo")) {
            return MERGED_WHOLE;
        }
        if (folded.startsWith("nhap mot phan")) {
            return MERGED_PART;
        }
        if (folded.startsWith("giu nguyen")) {
            return UNCHANGED;
        }
        if (folded.startsWith("doi ten")) {
            return RENAMED;
        }
        if (folded.startsWith("doi loai hinh")) {
            return RETYPED;
        }
        return UNSPECIFIED;
    }
}
