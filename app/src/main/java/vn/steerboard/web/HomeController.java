package vn.steerboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.registry.Registry;

@Controller
class HomeController {

    private final AccessPolicy access;
    private final Registry registry;

    HomeController(AccessPolicy access, Registry registry) {
        this.access = access;
        this.registry = registry;
    }

    @GetMapping("/")
    String home(Model model) {
        access.current().map(actor -> actor.unitCode()).flatMap(registry::find)
                .ifPresent(unit -> model.addAttribute("unit", unit));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @RequestMapping("/error/forbidden")
    String forbidden() {
        return "forbidden";
    }
}
