package org.storygraph.quote;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QuoteController {

    private final QuoteService quotes;

    QuoteController(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GetMapping("/api/quotes")
    List<QuoteView> quotes(@RequestParam(required = false) String speaker) {
        return quotes.list(speaker);
    }
}
