package org.storygraph.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storygraph.web.DateSpan;

@RestController
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @Operation(summary = "The timeline as a Knight Lab TimelineJS 3 document",
            description = "Same filters as /api/events. Undated events are left out: TimelineJS needs a start_date.")
    @GetMapping(path = "/api/export/timelinejs", produces = MediaType.APPLICATION_JSON_VALUE)
    TimelineJs timelineJs(@RequestParam(required = false) String entity, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to) {
        var events = exports.events(entity, DateSpan.parse("from", from), DateSpan.parse("to", to));
        return TimelineJs.of(entity == null ? null : exports.entityName(entity), events);
    }

    @Operation(summary = "Entities and events as GraphML (Gephi, yEd)",
            description = "Everything, or with entity the entities and events within depth (1-3, default 1) steps of it"
                    + " through co-occurrence and participation.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/graphml+xml",
            schema = @Schema(type = "string")))
    @GetMapping("/api/export/graphml")
    ResponseEntity<byte[]> graphMl(@RequestParam(required = false) String entity,
                                   @RequestParam(required = false) Integer depth) {
        byte[] graphml = GraphMl.write(exports.graph(entity, depth));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, GraphMl.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("storygraph.graphml"))
                .body(graphml);
    }

    @Operation(summary = "Events as CSV, one row per event and reporting sentence",
            description = "RFC 4180 with a header row. Same filters as /api/events.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/api/export/events.csv")
    ResponseEntity<byte[]> eventsCsv(@RequestParam(required = false) String entity,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        var events = exports.events(entity, DateSpan.parse("from", from), DateSpan.parse("to", to));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8;header=present")
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("storygraph-events.csv"))
                .body(EventsCsv.write(events).getBytes(StandardCharsets.UTF_8));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
