package org.storygraph.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storygraph.IntegrationTest;

class EmbedTest extends IntegrationTest {

    @Test
    void theEmbedPageHasNoSiteChromeAndCarriesTheFilters() {
        var page = get("/embed/timeline?entity=hancock&from=2018-01&to=2018-02&lanes=participants&height=300");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"timeline\"", "data-entity=\"hancock\"", "data-from=\"2018-01\"",
                "data-to=\"2018-02\"", "data-lanes=\"participants\"", "height: 300px",
                "<script type=\"module\" src=\"/js/embed-timeline.js\"></script>")
                .doesNotContain("<header", "<nav", "<footer");
        assertThat(get("/js/embed-timeline.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theTimelinePageNamesItsOEmbedEndpoint() {
        var page = get("/timeline?entity=hancock&from=2018-01").body();
        var link = page.replaceAll("(?s).*<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\".*", "$1");
        assertThat(link).startsWith(url("/oembed?url="));

        var oembed = getJson(link.substring(url("").length()).replace("&amp;", "&"));
        assertThat(oembed.status()).isEqualTo(200);
        assertThat(oembed.body().get("html").asText()).contains("/embed/timeline?entity=hancock", "from=2018-01");
    }

    @Test
    void theEmbedPageEscapesWhatTheUrlSays() {
        var page = get("/embed/timeline?entity=" + URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void onlyEmbedsMayBeFramed() {
        var embed = get("/embed/timeline");
        assertThat(embed.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors *");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();

        for (var path : List.of("/", "/query", "/api/articles", "/api/entities/nobody", "/oembed?url=x",
                "/swagger-ui/index.html", "/v3/api-docs", "/no/such/page", "/css/storygraph.css")) {
            var response = get(path);
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue("frame-ancestors 'none'");
        }
    }

    @Test
    void oEmbedAnswersARichIframeForATimelineUrl() {
        String timeline = url("/timeline?entity=hancock&from=2018-01&height=500");
        var response = getJson("/oembed?format=json&maxwidth=600&url=" + URLEncoder.encode(timeline, StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        var oembed = response.body();
        assertThat(oembed.get("type").asText()).isEqualTo("rich");
        assertThat(oembed.get("version").asText()).isEqualTo("1.0");
        assertThat(oembed.get("provider_name").asText()).isEqualTo("Storygraph");
        assertThat(oembed.get("provider_url").asText()).isEqualTo(url("/"));
        assertThat(oembed.get("width").asInt()).isEqualTo(600);
        assertThat(oembed.get("height").asInt()).isEqualTo(500);
        assertThat(oembed.get("html").asText())
                .startsWith("<iframe src=\"" + url("/embed/timeline?entity=hancock&amp;from=2018-01&amp;height=500") + "\"")
                .contains("width=\"600\"", "height=\"500\"").endsWith("</iframe>");

        var smaller = getJson("/oembed?maxheight=200&url=" + URLEncoder.encode(url("/timeline"), StandardCharsets.UTF_8)).body();
        assertThat(smaller.get("width").asInt()).isEqualTo(800);
        assertThat(smaller.get("height").asInt()).isEqualTo(200);
    }

    @Test
    void oEmbedRefusesOtherUrlsAndFormats() {
        for (var other : List.of("https://example.org/timeline", url("/query"), url("/timelines"), "not a url at all")) {
            var response = getJson("/oembed?url=" + URLEncoder.encode(other, StandardCharsets.UTF_8));
            assertThat(response.status()).as(other).isEqualTo(404);
            assertThat(response.contentType()).as(other).startsWith("application/problem+json");
        }
        String timeline = URLEncoder.encode(url("/timeline"), StandardCharsets.UTF_8);
        assertThat(getJson("/oembed?format=xml&url=" + timeline).status()).isEqualTo(501);
        assertThat(getJson("/oembed").status()).isEqualTo(400);
        assertThat(getJson("/oembed?url=" + URLEncoder.encode(url("/timeline?from=yesterday"), StandardCharsets.UTF_8))
                .body().get("parameter").asText()).isEqualTo("from");
    }

    @Test
    void theSnippetEndpointBuildsTheIframeForTheTimelinesFilters() {
        var response = getJson("/api/embed-snippet?entity=hancock&to=2018&height=250");

        assertThat(response.status()).isEqualTo(200);
        var snippet = response.body();
        assertThat(snippet.get("embedUrl").asText()).isEqualTo(url("/embed/timeline?entity=hancock&to=2018&height=250"));
        assertThat(snippet.get("timelineUrl").asText()).isEqualTo(url("/timeline?entity=hancock&to=2018"));
        assertThat(snippet.get("html").asText()).contains("width=\"100%\"", "height=\"250\"",
                "src=\"" + url("/embed/timeline?entity=hancock&amp;to=2018&amp;height=250") + "\"");
        assertThat(getJson("/api/embed-snippet?height=5").status()).isEqualTo(400);
    }
}
