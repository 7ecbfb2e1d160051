package vn.steerboard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;

/** What every page's header needs: who is signed in and the current path for the language switch. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final AccessPolicy access;

    PageModel(AccessPolicy access) {
        this.access = access;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return access.current().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
