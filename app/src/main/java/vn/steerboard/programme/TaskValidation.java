package vn.steerboard.programme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.programme.internal.TaskStore;
import vn.steerboard.registry.Registry;

/** Checks a task draft field by field and collects every problem, so an import can list them all. */
final class TaskValidation {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    record Problem(String field, Object value, String reason, vn.steerboard.common.UserMessage userReason) {
        Problem(String field, Object value, String reason) {
            this(field, value, reason, null);
        }

        /** The same problem with its reason in bundle words ({@code reason.*}). */
        Problem because(String key, Object... args) {
            return new Problem(field, value, reason, vn.steerboard.common.UserMessage.of(key, args));
        }
    }

    /** A text field's length limit. */
    private record Limit(String field, String text, int max) {
    }

    private final Registry registry;
    private final TaskStore store;

    TaskValidation(Registry registry, TaskStore store) {
        this.registry = registry;
        this.store = store;
    }

    /** The cleaned draft, or an exception naming the first bad field. */
    TaskDraft validate(TaskDraft draft, Long existingId) {
        List<Problem> problems = new ArrayList<>();
        TaskDraft clean = check(draft, existingId, problems, true);
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            InvalidParameterException refused = InvalidParameterException.field(first.field(), first.value(), first.reason());
            throw first.userReason() == null ? refused
                    : refused.because(first.userReason().key(), first.userReason().args().toArray());
        }
        return clean;
    }

    /** Cleans what it can and adds every problem found; {@code checkStoredCode} looks for duplicates in the database. */
    TaskDraft check(TaskDraft draft, Long existingId, List<Problem> problems, boolean checkStoredCode) {
        if (draft == null) {
            problems.add(new Problem("task", null, "a task is required").because("reason.task.required"));
            return null;
        }
        String code = code(draft.code(), existingId, checkStoredCode, problems);
        if (draft.planCode() == null || !store.planExists(draft.planCode().strip())) {
            problems.add(new Problem("plan", draft.planCode(), "unknown plan code").because("reason.plan.unknown"));
        }
        String title = clean(draft.title());
        if (title == null || title.length() > 500) {
            problems.add(new Problem("title", draft.title(), "required, at most 500 characters")
                    .because("reason.length", 1, 500));
        }
        String lead = unit("leadUnit", draft.leadUnit(), true, problems);
        String approver = unit("approverUnit", draft.approverUnit(), false, problems);
        Set<String> coordinators = coordinators(draft.coordinatingUnits(), lead, problems);
        checkLengths(draft, problems);
        checkDates(draft, problems);
        return new TaskDraft(code, draft.planCode() == null ? null : draft.planCode().strip(), title,
                clean(draft.description()), clean(draft.responsiblePerson()), draft.startDate(), draft.deadline(), lead,
                List.copyOf(coordinators), approver, clean(draft.deliverable()), clean(draft.sourceNumber()),
                draft.sourceDate(), draft.assignedOn() != null ? draft.assignedOn() : draft.sourceDate());
    }

    private String code(String value, Long existingId, boolean checkStoredCode, List<Problem> problems) {
        String code = value == null ? null : value.strip();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new Problem("code", value, "1 to 40 letters, digits, '.', '_', '/' or '-'")
                    .because("reason.task.code"));
        } else if (checkStoredCode && store.idOf(code).filter(id -> !id.equals(existingId)).isPresent()) {
            problems.add(new Problem("code", code, "a task with this code already exists")
                    .because("reason.task.codeTaken"));
        }
        return code;
    }

    /** The coordinating agencies, known, once each, without the lead agency. */
    private Set<String> coordinators(List<String> units, String lead, List<Problem> problems) {
        Set<String> coordinators = new LinkedHashSet<>();
        for (String coordinator : units == null ? List.<String>of() : units) {
            String code = unit("coordinatingUnits", coordinator, false, problems);
            if (code != null && !code.equals(lead)) {
                coordinators.add(code);
            }
        }
        return coordinators;
    }

    private static void checkLengths(TaskDraft draft, List<Problem> problems) {
        for (Limit limit : List.of(new Limit("description", draft.description(), 4000),
                new Limit("responsiblePerson", draft.responsiblePerson(), 200),
                new Limit("deliverable", draft.deliverable(), 1000), new Limit("sourceNumber", draft.sourceNumber(), 80))) {
            String text = clean(limit.text());
            if (text != null && text.length() > limit.max()) {
                problems.add(new Problem(limit.field(), text.length() + " characters", "at most " + limit.max() + " characters")
                        .because("reason.tooLong", limit.max()));
            }
        }
    }

    private static void checkDates(TaskDraft draft, List<Problem> problems) {
        if (draft.startDate() != null && draft.deadline() != null && draft.deadline().isBefore(draft.startDate())) {
            problems.add(new Problem("deadline", draft.deadline(), "is before the start date " + draft.startDate())
                    .because("reason.deadline.beforeStart", draft.startDate()));
        }
        if (draft.assignedOn() == null && draft.sourceDate() == null) {
            problems.add(new Problem("sourceDate", null, "the date of the source document is required")
                    .because("reason.task.sourceDate"));
        }
    }

    private String unit(String field, String value, boolean required, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, value, "required: a unit code from the registry")
                        .because("reason.unit.required"));
            }
            return null;
        }
        String code = value.strip();
        if (!registry.exists(code)) {
            problems.add(new Problem(field, value, "unknown unit code").because("reason.unit.unknown"));
            return null;
        }
        return code;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : VietnameseText.clean(text);
    }
}
