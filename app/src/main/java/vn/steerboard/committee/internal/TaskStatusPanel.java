package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskFigures;
import vn.steerboard.programme.TaskFilter;
import vn.steerboard.programme.TaskStatus;
import vn.steerboard.programme.TaskView;

/**
 * The overview's tasks by status: a bar chart and a table of the day's counts, and the list beside them. A click on a
 * bar, or on a count in the table (a link, so reachable by keyboard), filters that list to the status on the same
 * day ({@code /?asOf=&status=}); the filter is named above the list with a link that removes it. Only for readers who
 * may list the whole nation: a bound reader's list would hold its own subtree under national counts.
 */
@Component
class TaskStatusPanel {

    static final int LISTED = 10;
    private static final Map<TaskStatus, String> COLOURS = Map.of(TaskStatus.COMPLETED_ON_TIME, "#2e7d32",
            TaskStatus.COMPLETED_LATE, "#9ccc65", TaskStatus.IN_PROGRESS, "#1565c0", TaskStatus.OVERDUE, "#c62828",
            TaskStatus.NOT_STARTED, "#9e9e9e");

    private final TaskFigures tasks;
    private final MessageSource messages;
    private final JsonMapper json;

    TaskStatusPanel(TaskFigures tasks, MessageSource messages, JsonMapper json) {
        this.tasks = tasks;
        this.messages = messages;
        this.json = json;
    }

    /** The chart, the table's links and, when a status is chosen and the reader may list the nation, its tasks. */
    void addTo(Model model, LocalDate asOf, StatusCounts counts, TaskStatus chosen, boolean lists, boolean bound,
            Locale locale) {
        TaskStatus status = lists ? chosen : null;
        Map<TaskStatus, String> links = new LinkedHashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            links.put(s, lists ? link(asOf, s, bound) : null);
        }
        model.addAttribute("statuses", List.of(TaskStatus.values()));
        model.addAttribute("statusLinks", links);
        model.addAttribute("statusFilter", status);
        model.addAttribute("statusClear", link(asOf, null, bound));
        model.addAttribute("statusChart", json.writeValueAsString(chart(counts, links, status, locale)));
        if (status != null) {
            model.addAttribute("statusTasks", listed(asOf, status));
        }
    }

    Page<TaskView> listed(LocalDate asOf, TaskStatus status) {
        TaskFilter.Sort sort = status == TaskStatus.OVERDUE ? TaskFilter.Sort.DAYS_OVERDUE : TaskFilter.Sort.DEADLINE;
        return tasks.tasks(asOf, new TaskFilter(null, status, null, null, null, null, null, null, sort),
                new PageRequest(0, LISTED));
    }

    /** The overview filtered by a status (none: the filter removed), on the day, at the panel. */
    static String link(LocalDate asOf, TaskStatus status, boolean bound) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/").queryParam("asOf", asOf);
        if (bound) {
            uri.queryParam("scope", "nation");
        }
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        return uri.fragment("task-status").build().toUriString();
    }

    private Map<String, Object> chart(StatusCounts counts, Map<TaskStatus, String> links, TaskStatus chosen, Locale locale) {
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> data = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            String name = messages.getMessage("status." + s, null, locale);
            names.add(name);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", counts.count(s));
            item.put("name", name);
            item.put("itemStyle", Map.of("color", COLOURS.get(s), "opacity", chosen == null || chosen == s ? 1 : 0.35));
            if (links.get(s) != null) {
                item.put("link", links.get(s));
            }
            data.add(item);
        }
        return Map.of("tooltip", Map.of("trigger", "item"), "grid", Map.of("left", 45, "right", 15, "top", 20, "bottom", 75),
                "xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("interval", 0, "width", 80, "overflow", "break")),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("name", messages.getMessage("room.status.chart", null, locale), "type", "bar",
                        "data", data, "cursor", "pointer", "label", Map.of("show", true, "position", "top"))));
    }
}
