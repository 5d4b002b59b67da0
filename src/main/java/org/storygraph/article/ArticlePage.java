package org.storygraph.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One article's page; it reads {@code /api/articles/{id}}. */
@Controller
class ArticlePage {

    private final ArticleService articles;

    ArticlePage(ArticleService articles) {
        this.articles = articles;
    }

    /** An unknown id answers 404, as a missing page should. */
    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, Model model) {
        var article = articles.get(id);
        model.addAttribute("articleId", article.id());
        model.addAttribute("articleTitle", article.title());
        return "article/index";
    }
}
