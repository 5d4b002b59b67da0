package org.storygraph.semeval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the Track A TimeML input: {@code <DOCID>}, the creation date in {@code <DCT><TIMEX3 value>}, the title in
 * {@code <EXTRAINFO>} and {@code <s id>} elements of space-separated tokens. Any annotation inside a sentence (the
 * trial files carry {@code <EVENT>} tags) is ignored: Track A starts from raw text.
 */
public final class TimemlReader {

    private TimemlReader() {
    }

    /** Every {@code .tml} file of {@code dir}, in file-name order. */
    public static List<TimemlDocument> readDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tml")).sorted().map(TimemlReader::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    public static TimemlDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var factory = DocumentBuilderFactory.newInstance();
            // The corpus is data, not a place for external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml = factory.newDocumentBuilder().parse(in);
            String docId = text(xml, "DOCID");
            Element timex = (Element) ((Element) xml.getElementsByTagName("DCT").item(0)).getElementsByTagName("TIMEX3").item(0);
            LocalDate created = LocalDate.parse(timex.getAttribute("value").substring(0, 10));
            String title = xml.getElementsByTagName("EXTRAINFO").getLength() > 0 ? text(xml, "EXTRAINFO") : docId;
            List<String> ids = new ArrayList<>();
            List<List<String>> words = new ArrayList<>();
            NodeList sentences = xml.getElementsByTagName("s");
            for (int i = 0; i < sentences.getLength(); i++) {
                Element s = (Element) sentences.item(i);
                List<String> tokens = Arrays.stream(s.getTextContent().strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
                if (!tokens.isEmpty()) {
                    ids.add(s.getAttribute("id"));
                    words.add(tokens);
                }
            }
            return TimemlDocument.of(docId, created, title, ids, words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (ParserConfigurationException | SAXException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a TimeML input file: " + e.getMessage(), e);
        }
    }

    private static String text(Document xml, String tag) {
        return xml.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
