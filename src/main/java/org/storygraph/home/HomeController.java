package org.storygraph.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String VIEW = "home/index";

    private final HomeService home;

    HomeController(HomeService home) {
        this.home = home;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("database", home.database());
        model.addAttribute("labelCounts", home.labelCounts());
        return VIEW;
    }
}
