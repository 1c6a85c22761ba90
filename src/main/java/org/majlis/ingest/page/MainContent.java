package org.majlis.ingest.page;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the block of a page that holds its article, as readability does: every paragraph of running text gives points
 * to its parent (in full), grandparent (half) and further ancestors (less), more for longer text and more commas; a
 * block's total counts only for the share of its text outside links. The best block is joined by those of its siblings
 * that score near it or read as paragraphs, and furniture left inside (link lists, "read also" lines) is taken out.
 */
final class MainContent {

	private static final int MIN_PARAGRAPH = 25;
	private static final int ANCESTOR_LEVELS = 5;

	private MainContent() {
	}

	static Optional<Element> find(Document page) {
		Map<Element, Double> scores = score(page.body());
		return scores.keySet().stream()
			.max((a, b) -> Double.compare(adjusted(a, scores), adjusted(b, scores)))
			.map(top -> withSiblings(top, scores))
			.map(MainContent::withoutLinkLists);
	}

	private static Map<Element, Double> score(Element body) {
		Map<Element, Double> scores = new IdentityHashMap<>();
		Map<Element, Integer> nearest = new IdentityHashMap<>();
		for (Element paragraph : body.select("p, pre, td, blockquote, div, section, article, main, li")) {
			String text = Blocks.inlineText(paragraph);
			if (text.length() < MIN_PARAGRAPH) {
				continue;
			}
			double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
			Element ancestor = paragraph.parent();
			for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
				double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
				scores.merge(ancestor, points / divider, Double::sum);
				nearest.merge(ancestor, level, Math::min);
			}
		}
		scores.replaceAll((element, points) -> points + initial(element, nearest.get(element)));
		return scores;
	}

	/**
	 * Points for the kind of block, and for what its names say only where it holds paragraphs itself or as grandparent:
	 * a {@code ContentCell} table cell five levels up is a layout, not the story.
	 */
	private static double initial(Element element, int nearestParagraph) {
		int byTag = switch (element.normalName()) {
			case "div", "article", "main", "section" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		return byTag + (nearestParagraph <= 1 ? ElementNames.weight(element) : Math.min(0, ElementNames.weight(element)));
	}

	private static double adjusted(Element element, Map<Element, Double> scores) {
		return scores.getOrDefault(element, 0.0) * (1 - Blocks.linkDensity(element));
	}

	private static Element withSiblings(Element top, Map<Element, Double> scores) {
		Element parent = top.parent();
		if (parent == null) {
			return top;
		}
		double threshold = Math.max(10, adjusted(top, scores) * 0.2);
		Element content = new Element("div");
		for (Element sibling : List.copyOf(parent.children())) {
			if (sibling == top || adjusted(sibling, scores) >= threshold || readsAsParagraph(sibling)) {
				content.appendChild(sibling.clone());
			}
		}
		return content;
	}

	private static boolean readsAsParagraph(Element element) {
		if (!element.normalName().equals("p")) {
			return false;
		}
		String text = element.text();
		double links = Blocks.linkDensity(element);
		return text.length() > 80 && links < 0.25 || !text.isEmpty() && links == 0 && text.matches("(?s).*[.؟!]$");
	}

	private static Element withoutLinkLists(Element content) {
		List<Element> blocks = content.select("ul, ol, div, section, table, tr, td, p, h2, h3, h4, h5, h6");
		for (Element block : blocks.reversed()) {
			if (block.parent() != null && isLinkList(block)) {
				block.remove();
			}
		}
		return content;
	}

	private static boolean isLinkList(Element block) {
		double links = Blocks.linkDensity(block);
		boolean list = block.normalName().equals("ul") || block.normalName().equals("ol");
		return links > 0.5 || list && links > 0.2;
	}

	private static int commas(String text) {
		return (int) text.chars().filter(c -> c == ',' || c == '،').count();
	}
}
