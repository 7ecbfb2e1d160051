package vn.steerboard.assessment.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * Which assessment pages the header links to for the signed-in account: the agencies' self-assessments for MOST (ADMIN)
 * and for the accounts of a province or ministry (their own assessments); the province's review of enterprise
 * assessments for ADMIN and the accounts of a province. Others would only be refused there, so they see no link.
 */
@ControllerAdvice(annotations = Controller.class)
class AssessmentNavigation {

    /** The links shown. */
    record Links(boolean agencies, boolean reviews) {}

    private final AccessPolicy access;
    private final Registry registry;

    AssessmentNavigation(AccessPolicy access, Registry registry) {
        this.access = access;
        this.registry = registry;
    }

    @ModelAttribute("assessmentNav")
    Links links() {
        Actor actor = access.current().orElse(null);
        if (actor == null) {
            return new Links(false, false);
        }
        if (actor.isAdmin()) {
            return new Links(true, true);
        }
        OrgUnitType type = actor.unitCode() == null ? null
                : registry.find(actor.unitCode()).map(u -> u.type()).orElse(null);
        return new Links(type == OrgUnitType.PROVINCE || type == OrgUnitType.CENTRAL, type == OrgUnitType.PROVINCE);
    }
}
