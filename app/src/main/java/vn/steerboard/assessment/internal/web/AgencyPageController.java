package vn.steerboard.assessment.internal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.assessment.AgencyAssessmentView;
import vn.steerboard.assessment.AgencyAssessments;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.Appraisals;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;

/** The agencies' self-assessment pages and MOST's appraisal pages; the same services as the API. */
@Controller
class AgencyPageController {

    private static final String BASE = "/assessments/agencies";

    private final AgencyAssessments assessments;
    private final Appraisals appraisals;
    private final AgencyPageModels models;
    private final AccessPolicy access;
    private final VietnamTime time;
    private final vn.steerboard.registry.Registry registry;

    AgencyPageController(AgencyAssessments assessments, Appraisals appraisals, AgencyPageModels models, AccessPolicy access,
            VietnamTime time, vn.steerboard.registry.Registry registry) {
        this.registry = registry;
        this.assessments = assessments;
        this.appraisals = appraisals;
        this.models = models;
        this.access = access;
        this.time = time;
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) String framework, @RequestParam(required = false) Integer year, Model model) {
        Actor actor = access.requireActor();
        model.addAttribute("assessments", assessments.list(framework, year));
        model.addAttribute("frameworks", models.agencyFrameworks());
        int today = time.today().getYear();
        model.addAttribute("years", IntStream.rangeClosed(AgencyAssessments.FIRST_YEAR, today).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("canStart", actor.role().needsUnit() && registry.find(actor.unitCode()).map(u -> u.type()
                == vn.steerboard.registry.OrgUnitType.PROVINCE || u.type() == vn.steerboard.registry.OrgUnitType.CENTRAL)
                .orElse(false));
        model.addAttribute("isAdmin", actor.isAdmin());
        return "assessment/agencies";
    }

    @PostMapping(BASE + "/start")
    String start(@RequestParam(required = false) String unit, @RequestParam(required = false) String framework,
            @RequestParam(required = false) Integer year, RedirectAttributes redirect, Locale locale) {
        try {
            return "redirect:" + BASE + "/" + assessments.start(unit, framework, year).ref();
        } catch (InvalidParameterException | ConflictException e) {
            redirect.addFlashAttribute("errors", models.errors(e, locale));
            return "redirect:" + BASE;
        }
    }

    @GetMapping(BASE + "/{ref}")
    String view(@PathVariable String ref, Model model, Locale locale) {
        AgencyAssessmentView view = assessments.view(ref);
        model.addAttribute("view", view);
        model.addAttribute("sections", models.sections(view, locale));
        model.addAttribute("levels", models.levels(view));
        model.addAttribute("adjustments", models.adjustments(view));
        model.addAttribute("rights", AgencyPageModels.rights(access.requireActor(), view));
        return "assessment/agency";
    }

    /** Saves what is filled in ("a_CODE" = answer, "n_CODE" = note); "submit" submits after saving. */
    @PostMapping(BASE + "/{ref}")
    String save(@PathVariable String ref, @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("a_") && value != null && !value.isBlank()) {
                answers.put(key.substring(2), new AnswerInput(value, form.get("n_" + key.substring(2))));
            }
        });
        return act(ref, redirect, locale, () -> {
            if (!answers.isEmpty()) {
                assessments.answer(ref, answers);
            }
            if (form.containsKey("submit")) {
                assessments.submit(ref);
                return "assessment.agency.page.submitted";
            }
            return "assessment.agency.page.saved";
        });
    }

    @PostMapping(BASE + "/{ref}/evidence")
    String attach(@PathVariable String ref, @RequestParam(required = false) String criterion,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Locale locale) throws IOException {
        byte[] content = file == null || file.isEmpty() ? new byte[0] : EvidenceDownloads.bytes(file);
        String name = file == null ? null : file.getOriginalFilename();
        return act(ref, redirect, locale, () -> {
            assessments.attach(ref, criterion, name, content);
            return "assessment.agency.page.attached";
        });
    }

    @PostMapping(BASE + "/{ref}/adjust")
    String adjust(@PathVariable String ref, @RequestParam(required = false) String criterion,
            @RequestParam(required = false) String answer, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Locale locale) {
        return act(ref, redirect, locale, () -> {
            appraisals.adjust(ref, criterion, answer, reason);
            return "assessment.agency.page.adjusted";
        });
    }

    @PostMapping(BASE + "/{ref}/appraise")
    String appraise(@PathVariable String ref, RedirectAttributes redirect, Locale locale) {
        return act(ref, redirect, locale, () -> {
            appraisals.appraise(ref);
            return "assessment.agency.page.appraised";
        });
    }

    @GetMapping(BASE + "/{ref}/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String ref, @PathVariable long id) {
        return EvidenceDownloads.send(assessments.file(ref, id));
    }

    private String act(String ref, RedirectAttributes redirect, Locale locale, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (InvalidParameterException | ConflictException | RejectedFileException e) {
            redirect.addFlashAttribute("errors", models.errors(e, locale));
        }
        return "redirect:" + BASE + "/" + ref;
    }

}
