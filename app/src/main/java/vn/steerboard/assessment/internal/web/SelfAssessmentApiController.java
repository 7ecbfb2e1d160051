package vn.steerboard.assessment.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.AssessmentResult;
import vn.steerboard.assessment.AssessmentSummary;
import vn.steerboard.assessment.AssessmentView;
import vn.steerboard.assessment.EnterpriseProfile;
import vn.steerboard.assessment.EnterpriseSignUp;
import vn.steerboard.assessment.Enterprises;
import vn.steerboard.assessment.SelfAssessments;

/**
 * The public enterprise self-assessment over HTTP. Public, so: CSRF on every change (the token from
 * {@code GET /api/assessment/csrf}, sent as {@code X-CSRF-TOKEN}), abuse limits, and the enterprise known only from its
 * session, which a mailed link opens.
 */
@RestController
@RequestMapping("/api/assessment")
@Tag(name = "Assessment: enterprise self-assessment (public)")
class SelfAssessmentApiController {

    record Started(String framework) {}

    record LinkRequest(String taxCode, String email) {}

    record Verification(String token) {}

    record SignUpReceipt(String status, String email) {}

    record Me(EnterpriseProfile enterprise, List<AssessmentSummary> assessments) {}

    private final Enterprises enterprises;
    private final SelfAssessments assessments;

    SelfAssessmentApiController(Enterprises enterprises, SelfAssessments assessments) {
        this.enterprises = enterprises;
        this.assessments = assessments;
    }

    @GetMapping("/csrf")
    @Operation(summary = "The CSRF token of this session, to send as X-CSRF-TOKEN with every change")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(), "token", token.getToken());
    }

    @PostMapping("/enterprises")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sign up by tax code; a verification link is mailed (never in the answer)")
    SignUpReceipt signUp(@RequestBody EnterpriseSignUp signUp, HttpServletRequest request) {
        return new SignUpReceipt("VERIFICATION_SENT", enterprises.signUp(signUp, request.getRemoteAddr()));
    }

    @PostMapping("/enterprises/link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a new sign-in link when tax code and e-mail match; the same answer either way")
    Map<String, String> link(@RequestBody LinkRequest link, HttpServletRequest request) {
        enterprises.requestLink(link.taxCode(), link.email(), request.getRemoteAddr());
        return Map.of("status", "LINK_SENT_IF_KNOWN");
    }

    @PostMapping("/session")
    @Operation(summary = "Open the enterprise session with the mailed token (single use, 24 hours)")
    EnterpriseProfile open(@RequestBody Verification verification, HttpServletRequest request) {
        var id = enterprises.verify(verification == null ? null : verification.token(), request.getRemoteAddr());
        EnterpriseSession.signIn(request, id);
        return enterprises.profile(id);
    }

    @DeleteMapping("/session")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close the enterprise session")
    void close(HttpServletRequest request) {
        enterprises.signOut();
        EnterpriseSession.signOut(request);
    }

    @GetMapping("/me")
    @Operation(summary = "The enterprise and its assessments, newest first (history)")
    Me me(HttpServletRequest request) {
        var id = EnterpriseSession.of(request);
        List<AssessmentSummary> history = assessments.history(id);
        return new Me(enterprises.profile(id), history);
    }

    @PostMapping("/me/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an assessment under the latest version of a framework, or resume the open one")
    AssessmentView start(@RequestBody Started started, HttpServletRequest request) {
        return assessments.start(EnterpriseSession.of(request), started == null ? null : started.framework());
    }

    @GetMapping("/me/assessments/{ref}")
    @Operation(summary = "One's own assessment, to resume it")
    AssessmentView view(@PathVariable String ref, HttpServletRequest request) {
        return assessments.view(EnterpriseSession.of(request), ref);
    }

    @PutMapping("/me/assessments/{ref}/answers")
    @Operation(summary = "Save answers (criterion → {value, evidence}); all or none, a bad value is named")
    AssessmentView answer(@PathVariable String ref, @RequestBody Map<String, AnswerInput> answers, HttpServletRequest request) {
        return assessments.answer(EnterpriseSession.of(request), ref, answers);
    }

    @PostMapping("/me/assessments/{ref}/completion")
    @Operation(summary = "Complete: score, count nationally, and answer the result")
    AssessmentResult complete(@PathVariable String ref, HttpServletRequest request) {
        return assessments.complete(EnterpriseSession.of(request), ref);
    }

    @GetMapping("/me/assessments/{ref}/result")
    @Operation(summary = "The result of one's own completed assessment")
    AssessmentResult result(@PathVariable String ref, HttpServletRequest request) {
        return assessments.result(EnterpriseSession.of(request), ref);
    }
}
