package org.majlis.ingest.page;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes off a page what is never its article: scripts, styles, buttons and comments; navigation, headers, footers and
 * asides; hidden elements; cookie dialogs; and forms and blocks whose names mark them as furniture (comments, share
 * buttons, related lists), unless such a block holds most of the page's text.
 */
final class Boilerplate {

	private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
			"svg", "canvas", "button", "input", "select", "textarea", "nav", "aside", "header", "footer", "dialog", "menu",
			"link", "meta");
	private static final Set<String> NEVER_CONTENT_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
			"alertdialog", "search", "menu", "menubar", "toolbar");
	/** A block named as furniture stays when it holds more than this share of the page's text. */
	private static final double MOST_OF_THE_TEXT = 0.6;

	private Boilerplate() {
	}

	static void remove(Document page) {
		removeComments(page);
		Element body = page.body();
		int pageText = body.text().length();
		for (Element element : List.copyOf(body.getAllElements())) {
			if (element != body && element.parent() != null && (neverContent(element)
					|| mayBeFurniture(element) && element.text().length() <= MOST_OF_THE_TEXT * pageText)) {
				element.remove();
			}
		}
	}

	/** A block named as furniture, or a form: some sites (ASP.NET's) wrap the whole page in one. */
	private static boolean mayBeFurniture(Element element) {
		return element.normalName().equals("form") || ElementNames.furniture(element);
	}

	private static boolean neverContent(Element element) {
		String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
		return NEVER_CONTENT.contains(element.normalName()) || NEVER_CONTENT_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
				|| element.hasAttr("hidden") || element.attr("aria-hidden").equals("true") || element.attr("aria-modal").equals("true")
				|| style.contains("display:none") || style.contains("visibility:hidden");
	}

	private static void removeComments(Document page) {
		NodeTraversor.filter(new NodeFilter() {

			@Override
			public FilterResult head(Node node, int depth) {
				return node instanceof Comment ? FilterResult.REMOVE : FilterResult.CONTINUE;
			}
		}, page);
	}
}
