package org.storygraph.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (graphml.graphdrawing.org) as Gephi and yEd read it: declared keys for node label, type, name and date
 * and for edge type, weight and role. Written through an XMLStreamWriter, which escapes every text.
 */
final class GraphMl {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {
    }

    static byte[] write(GraphExport graph) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            key(xml, "label", "node", "label", "string");
            key(xml, "type", "node", "type", "string");
            key(xml, "name", "node", "name", "string");
            key(xml, "date", "node", "date", "string");
            key(xml, "edge_type", "edge", "type", "string");
            key(xml, "weight", "edge", "weight", "double");
            key(xml, "role", "edge", "role", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "storygraph");
            xml.writeAttribute("edgedefault", "directed");
            for (var node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                data(xml, "label", node.label());
                data(xml, "type", node.type());
                data(xml, "name", node.name());
                data(xml, "date", node.date());
                xml.writeEndElement();
            }
            int n = 0;
            for (var edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + n++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                data(xml, "edge_type", edge.type());
                data(xml, "weight", String.valueOf(edge.weight()));
                data(xml, "role", edge.role());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write GraphML: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void key(XMLStreamWriter xml, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", forWhat);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String contentType() {
        return "application/graphml+xml;charset=" + StandardCharsets.UTF_8.name();
    }
}
