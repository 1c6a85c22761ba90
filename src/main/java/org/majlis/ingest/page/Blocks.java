package org.majlis.ingest.page;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Block-level elements, the text an element shows in its own lines, and the share of its text that is links. */
final class Blocks {

	private static final Set<String> BLOCK = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
			"h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot",
			"td", "th", "tr", "ul", "center");

	private Blocks() {
	}

	static boolean isBlock(Element element) {
		return BLOCK.contains(element.normalName());
	}

	/** The text of the element's text nodes and inline children, without that of its block children. */
	static String inlineText(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode node) {
				text.append(node.text());
			}
			else if (child instanceof Element inline && !isBlock(inline)) {
				text.append(inline.text());
			}
		}
		return text.toString().strip();
	}

	/** The share of the element's text that lies inside links, 0 for an element without text. */
	static double linkDensity(Element element) {
		int length = element.text().length();
		if (length == 0) {
			return 0;
		}
		int links = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
		return Math.min(1, (double) links / length);
	}
}
