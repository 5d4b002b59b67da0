package org.storygraph.entity;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EntityController {

    private final EntityService entities;

    EntityController(EntityService entities) {
        this.entities = entities;
    }

    @GetMapping("/api/entities")
    List<EntitySummary> list(@RequestParam(required = false) String q,
                             @RequestParam(required = false) String type,
                             @RequestParam(defaultValue = "50") int limit) {
        return entities.find(q, EntityType.parse(type), limit);
    }

    @GetMapping("/api/entities/{id}")
    EntityDetail get(@PathVariable String id) {
        return entities.get(id);
    }
}
