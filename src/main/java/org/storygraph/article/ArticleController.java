package org.storygraph.article;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ArticleController {

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping("/api/articles")
    List<ArticleSummary> list() {
        return articles.list();
    }

    @GetMapping("/api/articles/{id}")
    ArticleDetail get(@PathVariable String id) {
        return articles.get(id);
    }
}
