package vn.steerboard.assessment.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.EnterpriseId;
import vn.steerboard.assessment.EnterpriseSignUp;
import vn.steerboard.assessment.Enterprises;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.assessment.NationalCounts;
import vn.steerboard.assessment.SelfAssessments;
import vn.steerboard.assessment.SizeClass;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** The self-assessment pages (phone first) and the national page; the same services as the API. */
@Controller
class SelfAssessmentPageController {

    private final Enterprises enterprises;
    private final SelfAssessments assessments;
    private final FrameworkLibrary frameworks;
    private final NationalCounts counts;
    private final Registry registry;
    private final SelfAssessmentPageModels models;

    SelfAssessmentPageController(Enterprises enterprises, SelfAssessments assessments, FrameworkLibrary frameworks,
            NationalCounts counts, Registry registry, SelfAssessmentPageModels models) {
        this.enterprises = enterprises;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.counts = counts;
        this.registry = registry;
        this.models = models;
    }

    @GetMapping("/assessment")
    String landing(Model model) {
        model.addAttribute("provinces", registry.all(OrgUnitType.PROVINCE, null));
        model.addAttribute("sizes", SizeClass.values());
        return "assessment/landing";
    }

    @PostMapping("/assessment/sign-up")
    String signUp(EnterpriseSignUp signUp, HttpServletRequest request, Model model) {
        try {
            model.addAttribute("email", enterprises.signUp(signUp, request.getRemoteAddr()));
            return "assessment/mailed";
        } catch (RejectedFileException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("signUp", signUp);
            return landing(model);
        }
    }

    @GetMapping("/assessment/verify")
    String confirm(@RequestParam(required = false) String token, Model model) {
        // a GET never uses the token (mail scanners open links); the button posts it
        model.addAttribute("token", token);
        return "assessment/verify";
    }

    @PostMapping("/assessment/verify")
    String verify(@RequestParam(required = false) String token, HttpServletRequest request) {
        EnterpriseSession.signIn(request, enterprises.verify(token, request.getRemoteAddr()));
        return "redirect:/assessment/self";
    }

    @GetMapping("/assessment/self")
    String self(HttpServletRequest request, Model model) {
        EnterpriseId id = EnterpriseSession.of(request);
        model.addAttribute("history", assessments.history(id));
        model.addAttribute("enterprise", enterprises.profile(id));
        model.addAttribute("frameworks", frameworks.list().stream()
                .filter(f -> f.audience() == vn.steerboard.assessment.Framework.Audience.ENTERPRISE).toList());
        return "assessment/self";
    }

    @PostMapping("/assessment/self/start")
    String start(@RequestParam String framework, HttpServletRequest request) {
        return "redirect:/assessment/self/" + assessments.start(EnterpriseSession.of(request), framework).ref();
    }

    @GetMapping("/assessment/self/{ref}")
    String questionnaire(@PathVariable String ref, HttpServletRequest request, Model model) {
        var view = assessments.view(EnterpriseSession.of(request), ref);
        if (view.status() != vn.steerboard.assessment.AssessmentStatus.OPEN) {
            return "redirect:/assessment/self/" + ref + "/result";
        }
        model.addAttribute("view", view);
        model.addAttribute("sections", models.questionnaire(view));
        return "assessment/questionnaire";
    }

    /** Saves what is filled in ("a_CODE" = value, "e_CODE" = evidence); "complete" completes after saving. */
    @PostMapping("/assessment/self/{ref}")
    String save(@PathVariable String ref, @RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
        EnterpriseId id = EnterpriseSession.of(request);
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("a_") && value != null && !value.isBlank()) {
                answers.put(key.substring(2), new AnswerInput(value, form.get("e_" + key.substring(2))));
            }
        });
        try {
            if (!answers.isEmpty()) {
                assessments.answer(id, ref, answers);
            }
            if (form.containsKey("complete")) {
                assessments.complete(id, ref);
                return "redirect:/assessment/self/" + ref + "/result";
            }
            return "redirect:/assessment/self/" + ref + "?saved";
        } catch (RejectedFileException e) {
            model.addAttribute("problems", e.problems());
            return questionnaire(ref, request, model);
        }
    }

    @GetMapping("/assessment/self/{ref}/result")
    String result(@PathVariable String ref, HttpServletRequest request, Model model) {
        model.addAttribute("result", assessments.result(EnterpriseSession.of(request), ref));
        return "assessment/result";
    }

    @GetMapping("/assessment/national")
    String national(@RequestParam(defaultValue = "sme-dx") String framework, Model model) {
        SelfAssessmentPageModels.NationalPage page = models.national(counts.figures(framework),
                "en".equals(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("figuresHtml", page.html());
        return "assessment/national";
    }
}
