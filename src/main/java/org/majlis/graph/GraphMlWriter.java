package org.majlis.graph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a subgraph as GraphML (UTF-8) for Gephi and yEd: every node and edge attribute declared as a key
 * with its type, lists written as their items joined by " | ".
 */
final class GraphMlWriter {

	private static final String NS = "http://graphml.graphdrawing.org/xmlns";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private GraphMlWriter() {
	}

	static byte[] write(Subgraph graph) {
		List<Map<String, Object>> nodes = graph.nodes().stream().map(GraphMlWriter::attributes).toList();
		List<Map<String, Object>> edges = graph.edges().stream().map(GraphMlWriter::attributes).toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(NS);
			xml.writeNamespace("xsi", XSI);
			xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
			Map<String, String> nodeKeys = keys(xml, "node", "n_", nodes);
			Map<String, String> edgeKeys = keys(xml, "edge", "e_", edges);
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "majlis");
			xml.writeAttribute("edgedefault", "directed");
			for (int i = 0; i < nodes.size(); i++) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", graph.nodes().get(i).id());
				data(xml, nodeKeys, nodes.get(i));
				xml.writeEndElement();
			}
			for (int i = 0; i < edges.size(); i++) {
				GraphEdge edge = graph.edges().get(i);
				xml.writeStartElement("edge");
				xml.writeAttribute("id", edge.id());
				xml.writeAttribute("source", edge.source());
				xml.writeAttribute("target", edge.target());
				data(xml, edgeKeys, edges.get(i));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write GraphML", ex);
		}
		return out.toByteArray();
	}

	private static Map<String, Object> attributes(GraphNode node) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("label", node.label());
		attributes.put("caption", node.caption());
		attributes.put("degree", node.degree());
		node.properties().forEach((key, value) -> {
			if (!"id".equals(key)) {
				attributes.putIfAbsent(key, value);
			}
		});
		return attributes;
	}

	private static Map<String, Object> attributes(GraphEdge edge) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("type", edge.type());
		attributes.put("label", edge.type());
		edge.properties().forEach(attributes::putIfAbsent);
		return attributes;
	}

	/** Declares a key for every attribute name used, typed by its values; returns attribute name → key id. */
	private static Map<String, String> keys(XMLStreamWriter xml, String domain, String prefix,
			List<Map<String, Object>> elements) throws XMLStreamException {
		Map<String, String> types = new LinkedHashMap<>();
		for (Map<String, Object> element : elements) {
			element.forEach((name, value) -> {
				if (value != null) {
					types.merge(name, typeOf(value), GraphMlWriter::wider);
				}
			});
		}
		Map<String, String> ids = new LinkedHashMap<>();
		for (Map.Entry<String, String> type : types.entrySet()) {
			String id = prefix + type.getKey();
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", id);
			xml.writeAttribute("for", domain);
			xml.writeAttribute("attr.name", type.getKey());
			xml.writeAttribute("attr.type", type.getValue());
			ids.put(type.getKey(), id);
		}
		return ids;
	}

	private static String typeOf(Object value) {
		return switch (value) {
			case Boolean ignored -> "boolean";
			case Integer ignored -> "long";
			case Long ignored -> "long";
			case Number ignored -> "double";
			default -> "string";
		};
	}

	private static String wider(String one, String other) {
		if (one.equals(other)) {
			return one;
		}
		boolean numbers = List.of("long", "double").containsAll(List.of(one, other));
		return numbers ? "double" : "string";
	}

	private static void data(XMLStreamWriter xml, Map<String, String> keys, Map<String, Object> attributes)
			throws XMLStreamException {
		for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
			if (attribute.getValue() != null) {
				xml.writeStartElement("data");
				xml.writeAttribute("key", keys.get(attribute.getKey()));
				xml.writeCharacters(text(attribute.getValue()));
				xml.writeEndElement();
			}
		}
	}

	private static String text(Object value) {
		if (value instanceof Collection<?> items) {
			return items.stream().map(String::valueOf).collect(Collectors.joining(" | "));
		}
		return String.valueOf(value);
	}
}
