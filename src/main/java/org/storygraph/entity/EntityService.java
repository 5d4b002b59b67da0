package org.storygraph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.web.BadParameter;
import org.storygraph.web.NotFound;

@Service
class EntityService {

    static final int MAX_LIMIT = 500;
    /** How many of the entities named with it most an entity's page lists. */
    private static final int RELATED = 12;

    private final Graph graph;

    EntityService(Graph graph) {
        this.graph = graph;
    }

    /** Entities whose name or an alias matches {@code q} (all when blank), most mentioned first. */
    List<EntitySummary> find(String q, EntityType type, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        var params = new HashMap<String, Object>();
        params.put("type", type == null ? null : type.name());
        params.put("limit", limit);
        if (q == null || q.isBlank()) {
            return graph.read("entities-list", params, EntityService::summary);
        }
        if (q.length() > NameSearch.MAX_CHARS) {
            throw new BadParameter("q", "q is " + q.length() + " characters long; a name search takes at most "
                    + NameSearch.MAX_CHARS);
        }
        var query = NameSearch.lucene(q);
        if (query.isEmpty()) {
            return List.of();
        }
        params.put("query", query.get());
        return graph.read("entities-search", params, EntityService::summary);
    }

    EntityDetail get(String id) {
        var surroundings = graph.read("entity-related", Map.of("id", id, "limit", RELATED), r -> r);
        return graph.read("entity-detail", Map.of("id", id), r -> {
                    var s = summary(r);
                    var around = surroundings.get(0);
                    return new EntityDetail(s.id(), s.name(), s.type(), s.aliases(), s.mentions(), s.articles(),
                            r.get("roles").asList(EntityService::role),
                            r.get("quotes").asList(Value::asString),
                            r.get("events").asList(Value::asString),
                            around.get("related").asList(v -> new EntityDetail.Related(v.get("id").asString(),
                                    v.get("name").asString(null), v.get("type").asString(null),
                                    v.get("sentences").asLong())),
                            around.get("articles").asList(v -> new EntityDetail.MentioningArticle(
                                    v.get("id").asString(), v.get("title").asString(null),
                                    v.get("outlet").asString(null),
                                    v.get("published").isNull() ? null : v.get("published").asLocalDate(),
                                    v.get("mentions").asLong())));
                })
                .stream().findFirst()
                .orElseThrow(() -> new NotFound("entity", id));
    }

    private static EntitySummary summary(Record r) {
        return new EntitySummary(r.get("id").asString(), r.get("name").asString(null), r.get("type").asString(null),
                r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString),
                r.get("mentions").asLong(), r.get("articles").asLong());
    }

    private static EntityDetail.Role role(Value v) {
        var at = v.get("at");
        return new EntityDetail.Role(v.get("title").asString(null),
                at.isNull() ? null : new EntityDetail.Ref(at.get("id").asString(), at.get("name").asString(null)));
    }
}
