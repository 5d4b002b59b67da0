package org.storygraph.embed;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 "rich" response (oembed.com, section 2.3.4): the iframe HTML and its size in pixels. */
record OEmbed(String type, String version, String title,
              @JsonProperty("provider_name") String providerName,
              @JsonProperty("provider_url") String providerUrl,
              String html, int width, int height) {

    static OEmbed rich(String title, String providerUrl, String html, int width, int height) {
        return new OEmbed("rich", "1.0", title, "Storygraph", providerUrl, html, width, height);
    }
}
