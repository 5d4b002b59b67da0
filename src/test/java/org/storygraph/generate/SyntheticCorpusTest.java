package org.storygraph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.write.ContributionRows;

class SyntheticCorpusTest {

    private static List<ArticleGraph> articles(int events, int entities, long seed) {
        var articles = new ArrayList<ArticleGraph>();
        new SyntheticCorpus(events, entities, seed).articles(articles::add);
        return articles;
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertThat(articles(300, 50, 3)).isEqualTo(articles(300, 50, 3));
        assertThat(articles(300, 50, 3)).isNotEqualTo(articles(300, 50, 4));
    }

    @Test
    void inBatchesItHandsOverTheSameArticlesInLists() {
        var batches = new ArrayList<List<ArticleGraph>>();
        new SyntheticCorpus(300, 50, 3).articles(40, batches::add);
        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 40));
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(articles(300, 50, 3));
    }

    @Test
    void everyEventIsReportedWithMixedPrecisionAndSeveralSourcesForSome() {
        var articles = articles(2000, 200, 1);
        var sources = new HashMap<String, Integer>();
        var precisions = new HashSet<String>();
        for (var article : articles) {
            for (var event : article.events()) {
                sources.merge(event.id(), 1, Integer::sum);
                precisions.add(event.precision());
                assertThat(article.article().published()).isAfterOrEqualTo(java.time.LocalDate.parse(event.end()));
            }
        }
        assertThat(sources).hasSize(2000);
        assertThat(precisions).containsExactlyInAnyOrder("DAY", "WEEK", "MONTH", "YEAR");
        assertThat(sources.values().stream().filter(n -> n > 1).count()).isGreaterThan(800);
        assertThat(articles).allSatisfy(a -> assertThat(a.quotes()).isNotEmpty());
    }

    @Test
    void aFewEntitiesTakeMostMentions() {
        Map<String, Integer> mentions = new HashMap<>();
        articles(2000, 200, 1).forEach(a -> a.mentions().forEach(m -> mentions.merge(m.entityId(), 1, Integer::sum)));
        var counts = mentions.values().stream().sorted(Comparator.reverseOrder()).toList();
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        int topTenth = counts.subList(0, counts.size() / 10).stream().mapToInt(Integer::intValue).sum();
        assertThat(topTenth).as("mentions of the top 10%% of entities").isGreaterThan(total / 2);
        assertThat(counts.get(counts.size() - 1)).isLessThan(counts.get(0) / 50);
    }

    @Test
    void itsRowsPassTheWritersReferenceChecks() {
        var articles = articles(500, 60, 2);
        var rows = ContributionRows.of(articles);
        assertThat(rows.articles()).hasSize(articles.size());
        for (var article : articles) {
            for (var event : article.events()) {
                var mention = event.mentions().get(0);
                assertThat(article.article().text().substring(mention.triggerBegin(), mention.triggerEnd()))
                        .isEqualTo(mention.trigger());
            }
        }
    }

    @Test
    void refusesACorpusTooSmallToHaveAnyShape() {
        assertThatThrownBy(() -> new SyntheticCorpus(0, 10, 1)).hasMessageContaining("at least 1 event");
    }
}
