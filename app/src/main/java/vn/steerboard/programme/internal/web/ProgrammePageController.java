package vn.steerboard.programme.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.steerboard.common.AsOf;
import vn.steerboard.programme.League;
import vn.steerboard.programme.TaskFilter;

/** The programme's figure pages, as of any day: overview, task list, rankings. */
@Controller
class ProgrammePageController {

    private final ProgrammePageModels pages;

    ProgrammePageController(ProgrammePageModels pages) {
        this.pages = pages;
    }

    @GetMapping("/programme")
    String overview(AsOf asOf, @RequestParam(required = false) String unit, @RequestParam(required = false) String scope,
            Model model) {
        pages.overview(asOf.day(), pages.scopeOf(Web.blankToNull(unit), scope), model);
        return "programme/overview";
    }

    @GetMapping("/tasks")
    String list(AsOf asOf, TaskFilter filter, @RequestParam(required = false) Integer page, Model model) {
        pages.taskList(asOf.day(), filter, page, model);
        return "programme/tasks";
    }

    @GetMapping("/rankings/tasks")
    String ranking(@RequestParam(defaultValue = "PROVINCES") League league,
            @RequestParam(required = false) String parent, AsOf asOf, Model model) {
        pages.ranking(asOf.day(), league, parent, model);
        return "programme/ranking";
    }
}
