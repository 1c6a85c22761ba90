package org.majlis.ingest.page;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;

/**
 * What an element's class names and id say it holds, word by word ({@code article-comments} is the words article and
 * comments, {@code NewsDate} news and date): the body of a story, or the furniture around one (comments, sharing, related links, bylines, banners).
 */
final class ElementNames {

	private static final Pattern CAMEL_CASE = Pattern.compile("([a-z0-9])([A-Z])");
	private static final Set<String> CONTENT = Set.of("article", "body", "content", "main", "story", "text", "entry", "post",
			"news", "detail", "details", "maincontent");
	/** Words that mark furniture even beside a content word: {@code article-comments}, {@code related-article}, {@code post-meta}. */
	private static final Set<String> FURNITURE = Set.of("comment", "comments", "share", "sharing", "social", "related", "cookie",
			"cookies", "consent", "gdpr", "newsletter", "subscribe", "advert", "advertisement", "ads", "ad", "sponsor", "sponsored",
			"promo", "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola", "disqus", "trending", "popular",
			"recommended", "readmore", "author", "byline", "meta", "info", "timestamp", "date", "tags", "tag");
	/** Words that mark furniture unless a content word stands beside them: {@code header}, but not {@code article-header}. */
	private static final Set<String> UNLIKELY = Set.of("header", "footer", "masthead", "sidebar", "menu", "nav", "navbar",
			"navigation", "banner", "toolbar", "widget", "print", "pagination", "pager", "login", "signup", "search", "rating",
			"follow", "copyright", "logo", "skip", "hidden", "more");

	private ElementNames() {
	}

	/** Whether the element's names mark it as furniture rather than content. */
	static boolean furniture(Element element) {
		return names(element).anyMatch(ElementNames::furnitureName);
	}

	/** +25 for a content name, -25 for a furniture name, as readability weighs classes. */
	static int weight(Element element) {
		int weight = 0;
		if (names(element).anyMatch(ElementNames::furnitureName)) {
			weight -= 25;
		}
		if (names(element).anyMatch(name -> words(name).stream().anyMatch(CONTENT::contains))) {
			weight += 25;
		}
		return weight;
	}

	private static boolean furnitureName(String name) {
		List<String> words = words(name);
		return words.stream().anyMatch(FURNITURE::contains)
				|| words.stream().anyMatch(UNLIKELY::contains) && words.stream().noneMatch(CONTENT::contains);
	}

	private static Stream<String> names(Element element) {
		return Stream.concat(element.classNames().stream(), Stream.of(element.id())).filter(name -> !name.isBlank());
	}

	private static List<String> words(String name) {
		String separated = CAMEL_CASE.matcher(name).replaceAll("$1-$2");
		return Arrays.stream(separated.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
	}
}
