package vn.steerboard.assessment.internal.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.assessment.ReviewView;
import vn.steerboard.assessment.Reviews;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** The province's review of enterprise assessments: the queue, one assessment with its evidence, sample, adjust. */
@Controller
class ReviewPageController {

    private static final String BASE = "/assessments/reviews";

    record Answer(ReviewView.ReviewedAnswer answer, String question, String shown, String shownVerified, boolean file) {}

    private final Reviews reviews;
    private final FrameworkLibrary frameworks;
    private final Registry registry;
    private final AccessPolicy access;
    private final AnswerTexts texts;
    private final AgencyPageModels models;

    ReviewPageController(Reviews reviews, FrameworkLibrary frameworks, Registry registry, AccessPolicy access,
            AnswerTexts texts, AgencyPageModels models) {
        this.reviews = reviews;
        this.frameworks = frameworks;
        this.registry = registry;
        this.access = access;
        this.texts = texts;
        this.models = models;
    }

    @GetMapping(BASE)
    String queue(@RequestParam(required = false) String province, Model model) {
        String chosen = province != null && !province.isBlank() ? province : home(access.requireActor());
        model.addAttribute("province", chosen);
        model.addAttribute("provinces", registry.all(OrgUnitType.PROVINCE, null));
        model.addAttribute("queue", reviews.queue(chosen));
        model.addAttribute("zone", vn.steerboard.common.VietnamTime.ZONE);
        return "assessment/reviews";
    }

    @GetMapping(BASE + "/{ref}")
    String review(@PathVariable String ref, Model model, Locale locale) {
        ReviewView view = reviews.view(ref);
        Framework f = frameworks.get(view.frameworkCode(), view.frameworkVersion());
        boolean en = vn.steerboard.common.ProblemTexts.isEnglish(locale);
        List<Answer> answers = view.answers().stream().map(a -> {
            Framework.Criterion c = f.criterion(a.criterion()).orElseThrow();
            return new Answer(a, en ? a.questionEn() : a.questionVi(), texts.shown(c, a.answer(), locale),
                    a.verified() == null ? "" : texts.shown(c, a.verified(), locale), c.type() == vn.steerboard.assessment.AnswerType.FILE);
        }).toList();
        model.addAttribute("view", view);
        model.addAttribute("answers", answers);
        model.addAttribute("canChange", access.canChange(view.provinceCode()));
        model.addAttribute("provinceName", registry.find(view.provinceCode()).map(OrgUnit::nameVi).orElse(view.provinceCode()));
        return "assessment/review";
    }

    @PostMapping(BASE + "/{ref}/sample")
    String sample(@PathVariable String ref, RedirectAttributes redirect, Locale locale) {
        return act(ref, redirect, locale, () -> reviews.sample(ref), "assessment.review.page.sampled");
    }

    @PostMapping(BASE + "/{ref}/adjust")
    String adjust(@PathVariable String ref, @RequestParam(required = false) String criterion,
            @RequestParam(required = false) String answer, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Locale locale) {
        return act(ref, redirect, locale, () -> reviews.adjust(ref, criterion, answer, reason), "assessment.review.page.adjusted");
    }

    private String act(String ref, RedirectAttributes redirect, Locale locale, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidParameterException | ConflictException | RejectedFileException e) {
            redirect.addFlashAttribute("errors", models.errors(e, locale));
        }
        return "redirect:" + BASE + "/" + ref;
    }

    /** The province a reviewer works for: its own, or the province above its commune; Hà Nội for national accounts. */
    private String home(Actor actor) {
        if (actor.unitCode() == null) {
            return "01";
        }
        return registry.lineage(actor.unitCode()).stream().filter(code -> registry.find(code)
                .map(u -> u.type() == OrgUnitType.PROVINCE).orElse(false)).findFirst().orElse(actor.unitCode());
    }
}
