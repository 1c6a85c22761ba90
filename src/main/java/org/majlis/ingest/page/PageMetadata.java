package org.majlis.ingest.page;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.majlis.common.ArabicText;
import org.majlis.common.PartialDate;

/**
 * What a page says about its article: publication date (JSON-LD {@code datePublished}, then the
 * {@code article:published_time} meta, then {@code <time datetime>}), title, outlet ({@code og:site_name}, the JSON-LD
 * publisher, else the host), canonical url ({@code link rel=canonical}, {@code og:url}, else the given url) and language
 * ({@code <html lang>}).
 */
record PageMetadata(String title, PartialDate publishedAt, String outlet, String url, String declaredLanguage) {

	static PageMetadata of(Document page, String givenUrl) {
		JsonLdArticle jsonLd = JsonLdArticle.in(page);
		String url = first(page.select("link[rel~=(?i)^canonical$][href]").stream().map(link -> link.absUrl("href")),
				meta(page, "og:url").stream(), Stream.ofNullable(givenUrl));
		PartialDate published = Stream.of(jsonLd.datePublished(), meta(page, "article:published_time"),
				Optional.ofNullable(page.selectFirst("time[datetime]")).map(time -> time.attr("datetime")))
			.flatMap(Optional::stream)
			.map(PublicationDate::parse)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		String title = first(jsonLd.headline().stream(), meta(page, "og:title").stream(),
				Optional.ofNullable(page.selectFirst("h1")).map(Element::text).stream(), Stream.of(page.title()));
		String outlet = first(meta(page, "og:site_name").stream(), jsonLd.publisher().stream(), host(url).stream());
		return new PageMetadata(title, published, outlet, url, language(page));
	}

	/**
	 * The page's language, unless the page declares another than Arabic for a text that is mostly Arabic: site templates
	 * often keep a default {@code lang="en"}, and the text is what gets read.
	 */
	String languageOf(String text) {
		if (declaredLanguage == null || declaredLanguage.equals("ar")) {
			return declaredLanguage;
		}
		long letters = text.codePoints().filter(Character::isLetter).count();
		long arabic = text.codePoints().filter(c -> Character.isLetter(c) && ArabicText.hasArabic(Character.toString(c))).count();
		return arabic * 2 > letters ? "ar" : declaredLanguage;
	}

	private static String language(Document page) {
		String lang = page.select("html[lang]").attr("lang");
		if (lang.isBlank()) {
			lang = page.select("meta[http-equiv~=(?i)^content-language$]").attr("content");
		}
		String primary = lang.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
		return primary.isEmpty() ? null : primary;
	}

	private static Optional<String> meta(Document page, String property) {
		return page.select("meta[property=%1$s], meta[name=%1$s]".formatted(property)).stream()
			.map(meta -> meta.attr("content").strip())
			.filter(content -> !content.isEmpty())
			.findFirst();
	}

	private static Optional<String> host(String url) {
		try {
			String host = url == null ? null : URI.create(url).getHost();
			return Optional.ofNullable(host).map(h -> h.startsWith("www.") ? h.substring(4) : h);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@SafeVarargs
	private static String first(Stream<String>... candidates) {
		return Stream.of(candidates).flatMap(s -> s).map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(null);
	}
}
