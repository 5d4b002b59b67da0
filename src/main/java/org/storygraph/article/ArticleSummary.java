package org.storygraph.article;

import java.time.LocalDate;

record ArticleSummary(String id, String title, String outlet, String url, LocalDate published) {
}
