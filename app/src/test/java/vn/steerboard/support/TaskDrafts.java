package vn.steerboard.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A task draft the API accepts (Ba Đình leads, Hà Nội approves), for tests that change one field of it. */
public final class TaskDrafts {

    private TaskDrafts() {
    }

    public static Map<String, Object> valid(String code) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", code);
        draft.put("planCode", DemoFacts.PLAN_2026);
        draft.put("title", "Kiểm tra biên");
        draft.put("description", "Mô tả\nhai dòng");
        draft.put("responsiblePerson", "Trần Thị Bình");
        draft.put("startDate", "2026-02-01");
        draft.put("deadline", "2027-12-31");
        draft.put("leadUnit", DemoFacts.BA_DINH);
        draft.put("coordinatingUnits", List.of("BCA"));
        draft.put("approverUnit", "01");
        draft.put("deliverable", "Sản phẩm");
        draft.put("sourceNumber", "01/KH-BCĐ");
        draft.put("sourceDate", "2026-01-15");
        return draft;
    }
}
