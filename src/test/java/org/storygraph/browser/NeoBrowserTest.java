package org.storygraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.system.EmbeddedNeo4j;

class NeoBrowserTest extends IntegrationTest {

    @Autowired
    EmbeddedNeo4j embedded;

    @Test
    void browserOpensPointedAtTheEmbeddedBoltPort() {
        int bolt = embedded.boltUri().getPort();

        var redirect = get("/browser");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/browser/?dbms=bolt%3A%2F%2F127.0.0.1%3A" + bolt + "&preselectAuthMethod=NO_AUTH");
        assertThat(get("/browser/").statusCode()).isEqualTo(302);

        var page = get(location.substring(location.indexOf("/browser/")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("app-", ".js");
        assertThat(get("/browser/manifest.json").statusCode()).isEqualTo(200);
    }
}
