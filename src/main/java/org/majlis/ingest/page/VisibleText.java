package org.majlis.ingest.page;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees in a block, as plain-text articles come: one paragraph a line (block elements and {@code <br>}
 * end lines), entities decoded, runs of spaces folded, Arabic-Indic digits as written, and without the invisible
 * direction marks and embeddings of right-to-left markup. A heading that repeats the title is left out.
 */
final class VisibleText {

	/** Bidirectional marks, embeddings, overrides and isolates, the Arabic letter mark, zero-width space and BOM, soft hyphen. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C\\uFEFF\\u00AD]");
	private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
	private static final Pattern LINE_EDGES = Pattern.compile("(?m)^ +| +$");
	private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

	private VisibleText() {
	}

	static String of(Element content, String title) {
		content.select("h1, h2, h3").stream().filter(h -> title != null && sameText(h.text(), title)).forEach(Element::remove);
		StringBuilder text = new StringBuilder();
		content.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(inPre(textNode) ? textNode.getWholeText() : SPACES.matcher(textNode.getWholeText().replace('\n', ' ')).replaceAll(" "));
				}
				else if (node instanceof Element element && (element.normalName().equals("br") || Blocks.isBlock(element))) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && Blocks.isBlock(element)) {
					text.append('\n');
				}
			}
		});
		String visible = INVISIBLE.matcher(text).replaceAll("");
		visible = LINE_EDGES.matcher(SPACES.matcher(visible).replaceAll(" ")).replaceAll("");
		return BLANK_LINES.matcher(visible).replaceAll("\n").strip();
	}

	private static boolean inPre(TextNode node) {
		for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
			if (parent instanceof Element element && element.normalName().equals("pre")) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameText(String a, String b) {
		String x = INVISIBLE.matcher(a).replaceAll("").strip();
		String y = INVISIBLE.matcher(b).replaceAll("").strip();
		return x.equals(y) || x.length() >= 10 && y.length() >= 10 && (y.startsWith(x) || x.startsWith(y));
	}
}
