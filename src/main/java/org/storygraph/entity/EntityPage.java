package org.storygraph.entity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One entity's page; it reads {@code /api/entities/{id}}, its events and its quotes. */
@Controller
class EntityPage {

    private final EntityService entities;

    EntityPage(EntityService entities) {
        this.entities = entities;
    }

    /** An unknown id answers 404 with the not-found page, as a missing page should. */
    @GetMapping("/entities/{id}")
    String entity(@PathVariable String id, Model model) {
        model.addAttribute("entity", entities.get(id));
        return "entity/index";
    }
}
