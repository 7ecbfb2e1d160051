package vn.steerboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Sign-in and refusal pages; the home page is the committee's overview. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @RequestMapping("/error/forbidden")
    String forbidden() {
        return "forbidden";
    }
}
